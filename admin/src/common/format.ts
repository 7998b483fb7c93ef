// Pure formatting helpers (no floating point on money).

/** "1234567.5" | "1234567.50" → "¥1,234,567.50"; null → "". Works on the decimal string, never a float. */
export function formatMoney(value: string | number | null | undefined, symbol = '¥'): string {
  if (value === null || value === undefined || value === '') return '';
  const s = String(value).trim();
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return s;
  const [, sign, int, frac = ''] = m;
  const grouped = int.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${symbol}${grouped}.${frac.padEnd(2, '0')}`;
}

/** Masks an ID number like the API does for analysts: first 3 and last 4 characters kept. */
export function maskIdNumber(id: string | null | undefined): string {
  if (!id) return '';
  if (id.includes('*') || id.length < 8) return id;
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}

/** Money input: digits with at most two decimals. */
export const MONEY_RE = /^\d{1,15}(\.\d{1,2})?$/;

/** GB 11643 check character (ISO 7064 MOD 11-2). */
export function idCheckChar(first17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = first17.split('').reduce((acc, c, i) => acc + Number(c) * w[i], 0);
  return '10X98765432'[sum % 11];
}

export function formatNumber(n: number | null | undefined, locale = 'zh-CN', digits = 0): string {
  if (n === null || n === undefined) return '';
  return n.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A file size for a progress line: "850 KB", "12.3 MB". */
export const formatBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
