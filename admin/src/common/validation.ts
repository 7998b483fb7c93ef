// Client-side checks mirroring the API's (the server stays the judge: its BAD_USER_INPUT lands on the same field).
import { idCheckChar } from './format';

const decimals = (v: unknown) => {
  if (v === null || v === undefined || v === '') return 0;
  const s = String(v);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
};

export const maxDecimals = (n: 1 | 2) => (v: unknown) => (decimals(v) > n ? `eg.validation.decimals${n}` : undefined);

export const notFuture = (v: unknown) => {
  if (!v) return undefined;
  const today = new Date().toISOString().slice(0, 10);
  return String(v) > today ? 'eg.validation.notFuture' : undefined;
};

export const idNumber = (v: unknown) => {
  if (!v) return undefined;
  const s = String(v).toUpperCase();
  if (s.includes('*')) return undefined; // masked value shown back to the form
  if (!/^\d{17}[\dX]$/.test(s)) return 'eg.validation.idNumber';
  return idCheckChar(s.slice(0, 17)) === s[17] ? undefined : 'eg.validation.idChecksum';
};

export const centerCode = (v: unknown) => (v && !/^[A-Z0-9-]+$/.test(String(v)) ? 'eg.validation.code' : undefined);
