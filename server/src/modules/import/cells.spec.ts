import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { makeIdNumber } from '../../common/id-number';
import { cellText, excelSerialToIso, headerKey, parseBool, parseDate, parseDecimal, parseEnum, parseIdNumber, parseInteger, parseMoneyCell } from './cells';
import { csvRows, detectEncoding, peek, sniffFormat } from './readers';
import { KINDS, EXAMPLE_ID_NUMBER } from './kinds';

const value = <T>(p: { ok: true; value: T } | { ok: false }) => (p.ok ? p.value : undefined);
const code = (p: { ok: boolean; code?: string }) => (p.ok ? 'OK' : p.code);

describe('import cells', () => {
  it('reads dates the way staff type them, and Excel date cells and serial numbers', () => {
    for (const s of ['1940-02-02', '1940/2/2', '1940.02.02', '1940年2月2日', '19400202', '１９４０－０２－０２', ' 1940-2-2 ']) expect(value(parseDate(s))).toBe('1940-02-02');
    expect(value(parseDate(new Date(Date.UTC(1940, 1, 2))))).toBe('1940-02-02');
    expect(value(parseDate(14643))).toBe('1940-02-02'); // Excel serial
    expect(excelSerialToIso(42551)).toBe('2016-06-30');
    for (const s of ['1940-02-30', '2015-02-29', '02/02/1940', 'abc', '1799-12-31', '3000-01-01']) expect(code(parseDate(s))).toBe('BAD_DATE');
  });

  it('reads numbers exactly: integers, decimals with a limit, money in fen', () => {
    expect(value(parseInteger('1,500'))).toBe(1500);
    expect(value(parseInteger(12))).toBe(12);
    expect(value(parseInteger('12.0'))).toBe(12);
    expect(code(parseInteger('12.5'))).toBe('BAD_NUMBER');
    expect(code(parseInteger('十二'))).toBe('BAD_NUMBER');
    expect(value(parseDecimal('320.50', 2))).toBe(320.5);
    expect(value(parseDecimal(86.5, 1))).toBe(86.5);
    expect(code(parseDecimal('85.55', 1))).toBe('TOO_MANY_DECIMALS');
    expect(code(parseDecimal('1e3', 2))).toBe('BAD_NUMBER');
    expect(value(parseMoneyCell('¥1,000.50'))).toBe(100050n);
    expect(value(parseMoneyCell(0.1))).toBe(10n);
    expect(code(parseMoneyCell('1.005'))).toBe('BAD_MONEY');
  });

  it('reads booleans and enums by their Chinese labels or their codes', () => {
    expect(value(parseBool('是'))).toBe(true);
    expect(value(parseBool('否'))).toBe(false);
    expect(value(parseBool(true))).toBe(true);
    expect(code(parseBool('也许'))).toBe('BAD_BOOLEAN');
    const gender = KINDS.residents.columns.find((c) => c.field === 'gender')!.type as never;
    expect(value(parseEnum('女', gender))).toBe('FEMALE');
    expect(value(parseEnum('male', gender))).toBe('MALE');
    const bad = parseEnum('未知', gender);
    expect(bad).toEqual({ ok: false, code: 'BAD_ENUM', reason: '不是有效的性别，可填：男、女' });
  });

  it('checks ID numbers with the GB 11643 rules and refuses numbers Excel has rounded', () => {
    const id = makeIdNumber('440303', '1940-02-02', 12, 'FEMALE');
    expect(value(parseIdNumber(id.toLowerCase()))).toBe(id);
    expect(value(parseIdNumber(` ${id.slice(0, 6)} ${id.slice(6)} `))).toBe(id);
    const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    expect(parseIdNumber(wrong)).toEqual({ ok: false, code: 'ID_CHECK_CHAR', reason: `身份证号校验位错误：按前 17 位计算应为 ${id[17]}` });
    expect(code(parseIdNumber('44030319400230001X'))).toBe('ID_BIRTH_DATE');
    expect(code(parseIdNumber('4403031940'))).toBe('ID_FORMAT');
    expect(code(parseIdNumber(440303194002020000))).toBe('ID_AS_NUMBER');
    expect(code(parseIdNumber('4.40303E+17'))).toBe('ID_AS_NUMBER');
    expect(EXAMPLE_ID_NUMBER).toMatch(/^44030319400202\d{3}X$/);
  });

  it('cell text and header keys', () => {
    expect(cellText("'=1+1")).toBe('=1+1'); // the apostrophe our CSV exports put before formulas
    expect(cellText(13800138000)).toBe('13800138000');
    expect(headerKey(' 使用面积（㎡）* ')).toBe(headerKey('使用面积(㎡)'));
    expect(headerKey('IdNumber')).toBe('idnumber');
  });
});

describe('import readers', () => {
  const stream = (...chunks: Buffer[]) => Readable.from(chunks, { objectMode: false });
  const rowsOf = async (buf: Buffer, chunk = 7) => {
    const parts: Buffer[] = [];
    for (let i = 0; i < buf.length; i += chunk) parts.push(buf.subarray(i, i + chunk));
    const { head, stream: s } = await peek(stream(...parts), 16);
    const out: string[][] = [];
    for await (const r of csvRows(s, head)) out.push([String(r.row), ...(r.cells as string[])]);
    return out;
  };

  it('detects UTF-8 (with or without BOM) and GB18030/GBK', () => {
    const text = '姓名,性别\r\n张桂英,女\r\n';
    expect(detectEncoding(Buffer.from('\ufeff' + text))).toBe('utf8');
    expect(detectEncoding(Buffer.from(text))).toBe('utf8');
    expect(detectEncoding(iconv.encode(text, 'gbk'))).toBe('gb18030');
    // a UTF-8 character cut at the end of the sample is still UTF-8
    expect(detectEncoding(Buffer.from(text).subarray(0, 4))).toBe('utf8');
    expect(() => detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0]))).toThrow(/UTF-16/);
  });

  it('reads CSV rows with Excel row numbers, whatever the encoding and the chunking', async () => {
    const text = '姓名,备注\r\n张桂英,"多行\r\n备注"\r\n\r\n李秀兰,"有""引号"""\r\n';
    const expected = [['1', '姓名', '备注'], ['2', '张桂英', '多行\r\n备注'], ['3', ''], ['4', '李秀兰', '有"引号"']];
    expect(await rowsOf(Buffer.from('\ufeff' + text))).toEqual(expected);
    expect(await rowsOf(Buffer.from(text), 1)).toEqual(expected);
    expect(await rowsOf(iconv.encode(text, 'gbk'), 3)).toEqual(expected);
  });

  it('tells xlsx from csv by content and refuses old .xls', () => {
    expect(sniffFormat(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('xlsx');
    expect(sniffFormat(Buffer.from('a,b\n'))).toBe('csv');
    expect(() => sniffFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toThrow(/\.xls/);
  });
});
