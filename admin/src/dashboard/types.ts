export interface Stats {
  centersByLevel: { level: string; count: number }[];
  subsidyByStreet: { streetName: string; fiscalYear: number; centers: number; amount: string }[];
  residentsByAgeBand: { band: string; count: number }[];
  examCoverageTotal: { eligible: number; scheduled: number; completed: number; missed: number };
  projectsByStatus: { status: string; projects: number; investment: string; beds: number }[];
}
