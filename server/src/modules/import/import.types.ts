import type { EntityTarget, ObjectLiteral } from 'typeorm';

/** The record types a spreadsheet can be imported into (the `:kind` of `/import/:kind`). */
export const IMPORT_KINDS = ['centers', 'associations', 'residents', 'exams', 'visits'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const isImportKind = (k: unknown): k is ImportKind => typeof k === 'string' && (IMPORT_KINDS as readonly string[]).includes(k);

export type ImportFormat = 'csv' | 'xlsx';

/** A cell as the readers hand it over: xlsx gives typed values, csv gives strings. */
export type CellValue = string | number | boolean | Date | null;

/** One bad cell (or row, when `column` is null): what Excel shows as the row number, the Chinese header, why. */
export interface ImportError {
  row: number;
  column: string | null;
  value: string | null;
  /** Chinese, for the office's staff */
  reason: string;
  /** machine-readable, e.g. ID_CHECK_CHAR, UNKNOWN_COMMUNITY, DUPLICATE_IN_FILE */
  code: string;
}

export interface ImportResult {
  kind: ImportKind;
  format: ImportFormat;
  /** data rows read (blank rows not counted) */
  total: number;
  /** data rows without any error */
  valid: number;
  /** every error found; `errors` lists the first `maxErrors` of them */
  errorCount: number;
  errors: ImportError[];
  errorsTruncated: boolean;
  /** columns of the file that are not part of the template (ignored) */
  ignoredColumns: string[];
  committed: boolean;
  inserted: number;
  /** why nothing was written, when a commit was asked for and refused (Chinese) */
  message: string | null;
  elapsedMs: number;
}

/** The record types a column can refer to by code, name or ID number. */
export type RefKind = 'street' | 'community' | 'association' | 'center' | 'resident';

export type ColumnType =
  | { t: 'text' }
  | { t: 'int' }
  | { t: 'decimal'; decimals: number }
  | { t: 'date' }
  | { t: 'bool' }
  /** enum value → the labels accepted for it (the first one is written in templates); the value itself is accepted too */
  | { t: 'enum'; name: string; labels: Record<string, string[]> }
  | { t: 'money' }
  | { t: 'idNumber' }
  /** a reference; `within` names the column (field) holding the street name that disambiguates it */
  | { t: 'ref'; ref: RefKind; within?: string };

/**
 * One column of an import sheet. The header row may use `header` (Chinese, as in the template), `field` (the
 * English field name of the create input) or any alias.
 */
export interface ColumnSpec {
  field: string;
  header: string;
  aliases?: string[];
  type: ColumnType;
  required?: boolean;
  /** value of an empty cell */
  default?: unknown;
  /** the template's example value */
  example: string | number | boolean | null;
  /** what is accepted, in Chinese (shown in reasons and in the column list) */
  hint?: string;
  /**
   * Where the value goes in the record: another property and/or a conversion that applies the module's own rule
   * (it throws the module's BAD_USER_INPUT when the value is out of range). `false`: the column only helps to
   * resolve another one (e.g. the street that disambiguates a community name).
   */
  store?: false | { prop?: string; convert?: (v: any) => unknown };
}

/** A row after parsing and reference resolution, as the kind's rules see it. */
export interface RowContext {
  /** parsed values by field (references resolved to ids) */
  values: Record<string, any>;
  /** the referenced records by field (e.g. the resident of an exam) */
  refs: Record<string, any>;
  /** the record that will be inserted (rules may complete it, e.g. a default derived from another field) */
  record: Record<string, any>;
  /** today in China (YYYY-MM-DD) */
  today: string;
  /** true when every field has a value that parsed */
  has(...fields: string[]): boolean;
  /** true when the field's cell is already reported as bad */
  failed(field: string): boolean;
  /** reports an error on a column (by field) */
  fail(field: string | null, code: string, reason: string): void;
}

/** A key that must be unique within the file and against the database (record properties). */
export interface UniqueKey {
  props: string[];
  /** the column (field) the error is reported on */
  field: string;
  /** Chinese name of the key for the reason, e.g. 身份证号 */
  label: string;
}

/** Everything that makes one import kind: a table of columns plus the module's record rules. */
export interface KindSpec {
  kind: ImportKind;
  /** Chinese name of the records, e.g. 老年人 */
  label: string;
  /** audit entity name */
  entityName: string;
  entity: EntityTarget<ObjectLiteral>;
  /** the module's create input: its class-validator rules (lengths, ranges, formats) apply to every row */
  input: new () => object;
  columns: ColumnSpec[];
  unique?: UniqueKey[];
  /** rules across fields and on referenced records (the module's business rules) */
  rules?: (row: RowContext) => void;
}
