import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { todayInChina } from '../../common/dates';
import { dateText, groupedYuan } from './work-report.text';
import { WorkReport } from './work-report.types';

/** Body text: 宋体 (SimSun) 12 pt for Chinese, Times New Roman for Latin letters and digits. */
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimHei', cs: 'Times New Roman' };

const border = { style: BorderStyle.SINGLE, size: 4, color: '666666' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string | number, opts: { bold?: boolean; right?: boolean } = {}): TableCell {
  return new TableCell({
    borders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: String(text), bold: opts.bold })] })],
  });
}

/** A table with a bold header row; columns after the first are numbers (right-aligned). */
function table(header: string[], rows: (string | number)[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, { bold: true, right: i > 0 })) }),
      ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, { right: i > 0 })) })),
    ],
  });
}

const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, font: HEADING_FONT })] });
const caption = (text: string) => new Paragraph({ spacing: { before: 200, after: 80 }, children: [new TextRun({ text, bold: true })] });

/** The report as a Word document: title, period and scope, the sentences, then the tables behind them. */
export async function workReportDocx(r: WorkReport, now: Date = new Date()): Promise<Buffer> {
  const c = r.centers;
  const levelRows = c.byLevel.map((l) => [l.label, l.count]);
  const children = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [new TextRun({ text: r.title, bold: true, size: 36, font: HEADING_FONT })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 300 },
      children: [new TextRun({ text: `统计范围：${r.scopeName}　统计期间：${dateText(r.from)}至${dateText(r.to)}　生成日期：${dateText(todayInChina(now))}`, size: 21 })],
    }),
    heading('一、主要数据'),
    ...r.sentences.map((s) => new Paragraph({ indent: { firstLine: 480 }, spacing: { line: 400, after: 120 }, children: [new TextRun(s)] })),
    heading('二、数据表'),
    caption(`表1　星光老年之家星级评定${c.ratingRoundName ? `（${c.ratingRoundName}，评定日${dateText(c.assessedOn!)}）` : '（本期无定稿的评定）'}`),
    table(['星级', '数量（个）'], [...levelRows, ['合计', c.rated], ['责令整改', c.rectifications], ['本期新挂牌', c.opened]]),
    caption('表2　老年协会与老年人'),
    table(
      ['项目', '数量'],
      [
        ['老年协会（家）', r.associations.total],
        ['其中：街道老年协会', r.associations.street],
        ['　　　社区老年协会', r.associations.community],
        [`60周岁以上老年人（人，截至${dateText(r.residents.asOf)}）`, r.residents.aged60Plus],
        ['80周岁以上老年人（人）', r.residents.aged80Plus],
        ['百岁老人（名）', r.residents.centenarians],
        ['生活困难老人（名）', r.residents.hardship],
        ['在区社会福利中心生活的老人（位）', r.residents.welfareCenter],
      ],
    ),
    caption('表3　敬老慰问'),
    table(
      ['慰问事由', '次数', '慰问老人（人）', '慰问金（元）'],
      [
        ...r.visits.byOccasion.map((o) => [o.label, o.visits, o.residents, groupedYuan(o.cash)]),
        ['合计', r.visits.visits, r.visits.residents, groupedYuan(r.visits.cash)],
      ],
    ),
    caption(`表4　${r.exams.year}年老年人免费体检`),
    table(
      ['符合条件（人）', '已预约', '已完成', '未参加', '覆盖率'],
      [[String(r.exams.eligible), String(r.exams.scheduled), String(r.exams.completed), String(r.exams.missed), `${r.exams.coveragePercent}%`]],
    ),
    caption(`表5　福彩公益金资助（${r.subsidy.fiscalYears.join('、')}年度，已审批）`),
    table(
      ['星级', '中心数（个）', '金额（元）'],
      [...r.subsidy.byLevel.map((l) => [l.label, l.centers, groupedYuan(l.amount)]), ['合计', r.subsidy.centers, groupedYuan(r.subsidy.amount)]],
    ),
    caption('表6　养老服务项目（全区）'),
    table(
      ['状态', '项目数', '总投资（元）', '床位（张）'],
      [
        ...r.projects.byStatus.map((p) => [p.label, p.projects, groupedYuan(p.investment), p.beds]),
        ['已投入使用与在建床位合计', '', '', r.projects.bedsTotal],
      ],
    ),
  ];
  const doc = new Document({
    creator: 'ElderGraph',
    title: r.title,
    description: `${r.scopeName} ${r.from}..${r.to}`,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(doc);
}
