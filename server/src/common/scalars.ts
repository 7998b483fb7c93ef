import { GraphQLScalarType, Kind } from 'graphql';
import { formatMoney, parseMoney } from './money';
import { API_DATE_YEARS, isValidDate } from './dates';

export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description:
    'An amount of money in yuan as a decimal string with exactly two decimals ("102760000.00"). ' +
    'Input accepts a string or number with at most two decimals. Stored as integer fen; never a float.',
  serialize(value) {
    if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'string') return formatMoney(value as bigint);
    throw new TypeError('Money cannot represent this value');
  },
  parseValue(value) {
    const fen = parseMoney(value);
    if (fen === null) throw new TypeError(`Money must be a number of yuan with at most two decimals, got ${JSON.stringify(value)?.slice(0, 40)}`);
    return fen;
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      const fen = parseMoney(ast.kind === Kind.STRING ? ast.value : ast.value);
      if (fen !== null) return fen;
    }
    throw new TypeError('Money must be a number of yuan with at most two decimals');
  },
});

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string') return value.slice(0, 10);
    throw new TypeError('Date cannot represent this value');
  },
  parseValue(value) {
    if (!isValidDate(value, API_DATE_YEARS)) throw new TypeError(`Date must be a real calendar date YYYY-MM-DD, got ${JSON.stringify(value)?.slice(0, 40)}`);
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isValidDate(ast.value, API_DATE_YEARS)) return ast.value;
    throw new TypeError('Date must be a real calendar date YYYY-MM-DD');
  },
});

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'A point in time, ISO 8601 in UTC (2016-06-30T08:00:00.000Z)',
  serialize(value) {
    const d = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(d.getTime())) throw new TypeError('DateTime cannot represent this value');
    return d.toISOString();
  },
  parseValue(value) {
    const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : new Date(NaN);
    if (Number.isNaN(d.getTime())) throw new TypeError('DateTime must be an ISO 8601 string');
    return d;
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING) {
      const d = new Date(ast.value);
      if (!Number.isNaN(d.getTime()) && /^\d{4}-\d{2}-\d{2}T/.test(ast.value)) return d;
    }
    throw new TypeError('DateTime must be an ISO 8601 string');
  },
});
