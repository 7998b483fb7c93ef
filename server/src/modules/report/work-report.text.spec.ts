import { coveragePercent, dateText, groupedYuan, periodLabel, reportTitle, yuanText } from './work-report.text';
import { keysetAfter } from '../../common/crud.service';

describe('work report text', () => {
  it('writes money as the report does: whole 万元 when exact, else grouped yuan with fen', () => {
    expect(yuanText(10_276_000_000n)).toBe('10276万元');
    expect(yuanText(600_000_000n)).toBe('600万元');
    expect(yuanText(1_000_000n)).toBe('1万元');
    expect(yuanText(8_350_000n)).toBe('83,500.00元');
    expect(yuanText(123_450n)).toBe('1,234.50元');
    expect(yuanText(0n)).toBe('0.00元');
    expect(groupedYuan(10_276_000_000n)).toBe('102,760,000.00');
    expect(groupedYuan(99n)).toBe('0.99');
    expect(groupedYuan(-123_456_789n)).toBe('-1,234,567.89');
  });

  it('names periods and dates in Chinese', () => {
    expect(periodLabel('2016-01-01', '2016-06-30')).toBe('2016年上半年');
    expect(periodLabel('2016-07-01', '2016-12-31')).toBe('2016年下半年');
    expect(periodLabel('2016-01-01', '2016-12-31')).toBe('2016年');
    expect(periodLabel('2016-01-01', '2016-03-31')).toBe('2016年1月1日至2016年3月31日');
    expect(periodLabel('2015-07-01', '2016-06-30')).toBe('2015年7月1日至2016年6月30日');
    expect(dateText('2016-06-30')).toBe('2016年6月30日');
    expect(reportTitle('2016年上半年', null)).toBe('老龄办2016年上半年工作总结（数据部分）');
    expect(reportTitle('2016年上半年', '翠竹街道')).toBe('老龄办2016年上半年工作总结（数据部分）——翠竹街道');
  });

  it('rounds the exam coverage half up to one decimal, in integers', () => {
    expect(coveragePercent(1331, 13708)).toBe('9.7');
    expect(coveragePercent(1, 8)).toBe('12.5'); // 12.5 exactly
    expect(coveragePercent(1, 16)).toBe('6.3'); // 6.25 → 6.3
    expect(coveragePercent(2, 3)).toBe('66.7');
    expect(coveragePercent(5, 5)).toBe('100.0');
    expect(coveragePercent(0, 0)).toBe('0.0');
  });
});

describe('keysetAfter', () => {
  const keys = [
    { column: 'completedOn', direction: 'ASC' as const },
    { column: 'id', direction: 'ASC' as const },
  ];
  it('continues after a value: greater, or equal with a greater id', () => {
    expect(keysetAfter('e', keys, ['2016-05-01', 7])).toEqual({
      sql: '((e.completedOn > :__ks0) OR (e.completedOn = :__ks0 AND e.id > :__ks1))',
      params: { __ks0: '2016-05-01', __ks1: 7 },
    });
  });
  it('after a NULL ascending: the other NULLs with a greater id, then every value', () => {
    expect(keysetAfter('e', keys, [null, 7])).toEqual({ sql: '((e.completedOn IS NOT NULL) OR (e.completedOn IS NULL AND e.id > :__ks1))', params: { __ks1: 7 } });
  });
  it('descending puts NULLs last', () => {
    const desc = [{ column: 'completedOn', direction: 'DESC' as const }, keys[1]];
    expect(keysetAfter('e', desc, ['2016-05-01', 7])!.sql).toBe('(((e.completedOn < :__ks0 OR e.completedOn IS NULL)) OR (e.completedOn = :__ks0 AND e.id > :__ks1))');
    expect(keysetAfter('e', desc, [null, 7])!.sql).toBe('((e.completedOn IS NULL AND e.id > :__ks1))');
    expect(keysetAfter('a', [{ column: 'id', direction: 'DESC' }], [1])!.sql).toBe('(((a.id < :__ks0 OR a.id IS NULL)))');
  });
});
