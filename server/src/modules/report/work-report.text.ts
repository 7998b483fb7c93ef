import { formatMoney } from '../../common/money';
import type { WorkReport } from './work-report.types';

/** 1,000,000 fen = 10,000 yuan = 1万元. */
const WAN_FEN = 1_000_000n;

/** Groups the integer part with commas: "102760000.00" → "102,760,000.00". */
export function groupedYuan(fen: bigint): string {
  const [int, frac] = formatMoney(fen).split('.');
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  return `${neg ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** Money as a report writes it: whole 万元 when exact ("10276万元"), else yuan with fen ("1,234.50元"). */
export function yuanText(fen: bigint): string {
  if (fen !== 0n && fen % WAN_FEN === 0n) return `${(fen / WAN_FEN).toString()}万元`;
  return `${groupedYuan(fen)}元`;
}

/** "2016-06-30" → "2016年6月30日" */
export function dateText(d: string): string {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day}日`;
}

/** The period as the office names it: 2016年上半年 / 下半年 / 全年, else "2016年1月1日至2016年3月31日". */
export function periodLabel(from: string, to: string): string {
  const y = from.slice(0, 4);
  if (to.slice(0, 4) === y) {
    if (from.endsWith('-01-01') && to.endsWith('-06-30')) return `${y}年上半年`;
    if (from.endsWith('-07-01') && to.endsWith('-12-31')) return `${y}年下半年`;
    if (from.endsWith('-01-01') && to.endsWith('-12-31')) return `${y}年`;
  }
  return `${dateText(from)}至${dateText(to)}`;
}

export function reportTitle(period: string, streetName: string | null): string {
  return `老龄办${period}工作总结（数据部分）${streetName ? `——${streetName}` : ''}`;
}

/** completed ÷ eligible in percent with one decimal, rounded half up, in integers ("45.3"). */
export function coveragePercent(completed: number, eligible: number): string {
  if (eligible <= 0) return '0.0';
  const tenths = Math.floor((completed * 2000 + eligible) / (2 * eligible));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

type ReportFigures = Omit<WorkReport, 'sentences'>;

/**
 * The figures as the sentences of the office's report (e.g. "全区共有星光老年之家165个，其中五星级5个……"), one
 * paragraph per topic, in the order of the 2016 report. Every number comes from the report's figures.
 */
export function reportSentences(r: ReportFigures): string[] {
  const scope = r.scopeName;
  const out: string[] = [];

  const c = r.centers;
  if (c.ratingRoundId) {
    const levels = c.byLevel.map((l) => `${l.label}${l.count}个`).join('，');
    let s = `${scope}共有星光老年之家${c.rated}个。根据服务情况、使用面积、挂牌时间和社区老人、残疾人数量等进行综合考查，${dateText(c.assessedOn!)}评定结果为：${levels}`;
    s += c.rectifications > 0 ? `；对评定为一星级或不及格的${c.rectifications}个星光老年之家责令整改。` : '。';
    if (c.opened > 0) s += `本期新挂牌星光老年之家${c.opened}个。`;
    out.push(s);
  } else {
    out.push(`本期${scope}未完成星光老年之家星级评定${c.opened > 0 ? `，新挂牌星光老年之家${c.opened}个` : ''}。`);
  }

  const a = r.associations;
  out.push(`${scope}共有老年协会${a.total}家，其中街道老年协会${a.street}家，社区老年协会${a.community}家。`);

  const p = r.residents;
  out.push(
    `截至${dateText(p.asOf)}，${scope}登记在册的60周岁以上老年人${p.aged60Plus}人，其中80周岁以上${p.aged80Plus}人，百岁老人${p.centenarians}名；` +
      `生活困难老人${p.hardship}名；在区社会福利中心生活的老人${p.welfareCenter}位。`,
  );

  const v = r.visits;
  if (v.visits > 0) {
    const parts = v.byOccasion.filter((o) => o.visits > 0).map((o) => `${o.label}慰问${o.visits}次、慰问金${yuanText(o.cash)}`);
    const who = [v.residents > 0 ? `慰问老人${v.residents}人` : null, v.centers > 0 ? `星光老年之家${v.centers}个次` : null].filter(Boolean).join('、');
    out.push(`本期共开展敬老慰问${v.visits}次，${who}，发放慰问金${yuanText(v.cash)}，其中${parts.join('，')}。`);
  } else {
    out.push('本期没有慰问记录。');
  }

  const e = r.exams;
  out.push(
    `${e.year}年${scope}符合免费体检条件（60周岁以上、无工作单位承担体检的户籍老人）的老人${e.eligible}人，已完成体检${e.completed}人，覆盖率${e.coveragePercent}%；` +
      `另有${e.scheduled}人已预约体检，${e.missed}人未参加。`,
  );

  const s = r.subsidy;
  if (s.amount > 0n) {
    const paid = s.byLevel.filter((l) => l.amount > 0n);
    const levels = paid.map((l) => `${l.label}${l.centers}个共${yuanText(l.amount)}`);
    const centers = paid.reduce((n, l) => n + l.centers, 0);
    out.push(`${s.fiscalYears.join('、')}年度经审批的福彩公益金资助星光老年之家运营补助共${yuanText(s.amount)}，资助星光老年之家${centers}个，其中${levels.join('，')}。`);
  } else {
    out.push('本期尚无经审批的星光老年之家运营补助。');
  }

  const pr = r.projects;
  const started = pr.started.map((x) => {
    const [y, m] = (x.startedOn ?? '').split('-').map(Number);
    return `${x.name}总投资${yuanText(x.totalInvestment)}，于${y}年${m}月开工${x.bedsAdded > 0 ? `，建成后将增加床位${x.bedsAdded}张` : ''}`;
  });
  out.push(
    `${started.length ? `${started.join('；')}。` : ''}全区已投入使用的养老床位${pr.bedsInService}张，在建项目床位${pr.bedsUnderConstruction}张（在建项目总投资${yuanText(pr.investmentUnderConstruction)}），` +
      `建成后床位总数达${pr.bedsTotal}张。`,
  );
  return out;
}
