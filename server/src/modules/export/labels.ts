/** Chinese labels of the enums, as the office writes them (the same words as the admin panel's zh messages). */
export const ZH = {
  StarLevel: { FIVE: '五星级', FOUR: '四星级', THREE: '三星级', TWO: '二星级', ONE: '一星级', FAIL: '不及格', NEW: '新建' },
  CenterStatus: { ACTIVE: '运营中', SUSPENDED: '暂停', CLOSED: '已关闭' },
  AssociationLevel: { STREET: '街道级', COMMUNITY: '社区级' },
  Gender: { MALE: '男', FEMALE: '女' },
  Residence: { HOME: '居家', WELFARE_CENTER: '区社会福利中心', OTHER_INSTITUTION: '其他机构' },
  ExamStatus: { SCHEDULED: '已预约', COMPLETED: '已完成', MISSED: '未参加' },
  VisitOccasion: { SPRING_FESTIVAL: '春节', DOUBLE_NINTH: '重阳节', CENTENARIAN_BIRTHDAY: '百岁生日', HOSPITAL: '住院', OTHER: '其他' },
  ProjectCategory: {
    PUBLIC_INSTITUTION: '公办养老机构',
    HOME_CARE_CENTER: '居家养老服务中心',
    DAY_CARE_CENTER: '日间照料中心',
    PRIVATE_INSTITUTION: '民办养老机构',
    TRAINING: '培训',
    OTHER: '其他',
  },
  ProjectStatus: { PROPOSED: '拟建', APPROVED: '已立项', UNDER_CONSTRUCTION: '在建', COMPLETED: '已竣工', IN_SERVICE: '已投入使用', CANCELLED: '已取消' },
  RoundStatus: { DRAFT: '草稿', COMPUTED: '已计算', FINALIZED: '已定稿' },
  SubsidyStatus: { DRAFT: '草稿', COMPUTED: '已计算', APPROVED: '已审批' },
  SubsidyMode: { WEIGHTED: '按星级权重分配', FIXED_PER_LEVEL: '按星级定额' },
  RectificationStatus: { OPEN: '待整改', SUBMITTED: '已提交', PASSED: '验收通过', FAILED: '验收不通过' },
  Role: { ADMIN: '管理员', OFFICER: '科员', ANALYST: '分析员' },
  ActorKind: { USER: '用户', API_KEY: '合作方密钥', SYSTEM: '系统' },
} as const;

/** The star levels as short words (五星 … 新建), for sentences such as a compute's summary or a rating's explanation. */
export const STAR_LEVEL_SHORT: Record<string, string> = { FIVE: '五星', FOUR: '四星', THREE: '三星', TWO: '二星', ONE: '一星', FAIL: '不及格', NEW: '新建' };

export type LabelSet = keyof typeof ZH;

/** The Chinese label of an enum value (the value itself when unknown, never blank). */
export function zh(set: LabelSet, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return (ZH[set] as Record<string, string>)[value] ?? value;
}

export const yesNo = (b: boolean | number | null | undefined): string | null => (b === null || b === undefined ? null : b ? '是' : '否');

/** A timestamp as China time `YYYY-MM-DD HH:mm:ss` (UTC+8, no daylight saving). */
export function chinaTime(d: Date | string | null | undefined): string | null {
  if (d === null || d === undefined) return null;
  const t = d instanceof Date ? d.getTime() : Date.parse(String(d));
  if (Number.isNaN(t)) return String(d);
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}
