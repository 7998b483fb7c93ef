/**
 * SQL statements per list request must not grow with the page size, for every list with relations.
 *
 * The lists are read from the schema, so a new one is covered without touching this file: every field with a
 * `take` argument (root lists such as `centers`, previews such as `previewRating`, and the paged rows of one record
 * such as `RatingRound.ratings`). Its rows are the list-of-object fields of what it returns (`items`, `ratings` …);
 * their relations are the fields whose type is an object type. Each list is requested with every relation of its
 * rows (one level, `{ id }` or the first scalar) at take 1 and at take 20, and both must cost the same number of
 * statements. A paged field under every row (e.g. `ratings` under each of a page of rounds) is a page of its own per
 * row and is checked as a list in its own right, through the record that owns it.
 *
 * The small page is the first row alone when that row has every relation the 20-row page has somewhere (a null
 * relation costs no statement, so a row without one would read less); otherwise the shortest first rows that do.
 *
 * Data: the demo district, plus streets, rating and subsidy rounds, projects with progress and rectification
 * orders up to 20 of each.
 */
import { GraphQLField, GraphQLObjectType, GraphQLSchema, getNamedType, isLeafType, isListType, isNonNullType, isObjectType } from 'graphql';
import { buildAppSchema } from '../src/schema';
import { Rectification } from '../src/modules/rating/rating.entities';
import { startTestApp, TestApp } from './util';

const PAGE = 20;

interface ListField {
  /** `Query.centers`, `RatingRound.ratings` … */
  path: string;
  owner: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  /** rows field name → its relation selections */
  rows: Record<string, string[]>;
}

const unwrap = (t: unknown) => (isNonNullType(t) ? t.ofType : t);

/** Relations (selection keys) a row has: non-null objects, lists included even when empty (their loader ran). */
const present = (row: Record<string, unknown>) => Object.keys(row).filter((k) => k !== 'id' && row[k] !== null);

/** The selection of one relation: `{ id }`, else the first scalar without required arguments. */
function relationSelection(f: GraphQLField<unknown, unknown>): string | null {
  if (f.args.some((a) => a.name === 'take')) return null; // a paged field per row: checked as a list of its own
  if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) return null;
  const t = getNamedType(f.type) as GraphQLObjectType;
  const fields = Object.values(t.getFields());
  const leaf = fields.find((x) => x.name === 'id') ?? fields.find((x) => isLeafType(getNamedType(x.type)) && !x.args.some((a) => isNonNullType(a.type)));
  return leaf ? `${f.name} { ${leaf.name} }` : null;
}

function listFields(schema: GraphQLSchema): ListField[] {
  const out: ListField[] = [];
  for (const owner of Object.values(schema.getTypeMap())) {
    if (!isObjectType(owner) || owner.name.startsWith('__')) continue;
    for (const field of Object.values(owner.getFields())) {
      if (!field.args.some((a) => a.name === 'take')) continue;
      const wrapper = getNamedType(field.type);
      if (!isObjectType(wrapper)) continue;
      const rows: Record<string, string[]> = {};
      for (const rf of Object.values(wrapper.getFields())) {
        if (!isListType(unwrap(rf.type)) || !isObjectType(getNamedType(rf.type))) continue;
        const relations = Object.values((getNamedType(rf.type) as GraphQLObjectType).getFields())
          .filter((x) => isObjectType(getNamedType(x.type)))
          .map(relationSelection)
          .filter((x): x is string => x !== null);
        const hasId = !!(getNamedType(rf.type) as GraphQLObjectType).getFields().id;
        if (relations.length) rows[rf.name] = [...(hasId ? ['id'] : []), ...relations];
      }
      if (Object.keys(rows).length) out.push({ path: `${owner.name}.${field.name}`, owner, field, rows });
    }
  }
  return out;
}

describe('SQL statements per list request', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  const args: Record<string, Record<string, unknown>> = {};
  const owners: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ demoData: true });
    schema = await buildAppSchema();
    const gql = async (q: string, v?: Record<string, unknown>) => {
      const r = await t.gql(q, v, t.tokens.admin);
      if (r.errors) throw new Error(`${q.slice(0, 80)}: ${JSON.stringify(r.errors)}`);
      return r.data;
    };
    // up to 20 streets, rating rounds and subsidy rounds (the demo district has 10 / 1 / 1)
    for (let i = 0; i < 10; i++) await gql(`mutation($n: String!) { createStreet(input: { name: $n }) { id } }`, { n: `测试街道${i}` });
    const finalized = (await gql(`{ ratingRounds(filter: { status: [FINALIZED] }, take: 1) { items { id } } }`)).ratingRounds.items[0].id;
    for (let i = 0; i < PAGE - 1; i++) {
      await gql(`mutation($i: CreateRatingRoundInput!) { createRatingRound(input: $i) { id } }`, { i: { name: `测试评定${i}`, assessedOn: '2016-06-30' } });
      await gql(`mutation($i: CreateSubsidyRoundInput!) { createSubsidyRound(input: $i) { id } }`, { i: { name: `测试补助${i}`, fiscalYear: 2016, budget: '1000000', ratingRoundId: finalized } });
    }
    // projects, each with a progress entry (the demo district has 6 projects and 13 entries)
    for (let i = 0; i < PAGE; i++) {
      const p = await gql(`mutation($i: CreateProjectInput!) { createProject(input: $i) { id } }`, { i: { name: `测试项目${i}`, category: 'TRAINING', totalInvestment: '10000' } });
      await gql(`mutation($i: CreateProjectProgressInput!) { createProjectProgress(input: $i) { id } }`, { i: { projectId: p.createProject.id, reportedOn: '2016-06-30', percent: 10 } });
    }
    // rectification orders are opened only by finalizing a round: add some for the finalized round's centers
    const have = await t.started.ds.getRepository(Rectification).find();
    const centers = (await gql(`{ centers(take: ${PAGE}) { items { id } } }`)).centers.items as { id: string }[];
    const repo = t.started.ds.getRepository(Rectification);
    const more = centers.filter((c) => !have.some((r) => r.centerId === Number(c.id))).slice(0, Math.max(0, PAGE - have.length));
    await repo.insert(more.map((c) => ({ roundId: Number(finalized), centerId: Number(c.id), level: 'ONE', dueOn: '2016-12-31', status: 'OPEN', note: null, version: 1 })) as never);
    // arguments of the lists that need more than a page: a community with at least a page of exam candidates …
    const communities = (await gql(`{ communities(take: 200) { items { id } } }`)).communities.items as { id: string }[];
    for (const c of communities) {
      if ((await gql(`query($c: ID!) { examCohort(communityId: $c, take: 1) { totalItems } }`, { c: c.id })).examCohort.totalItems >= PAGE) {
        args['Query.examCohort'] = { communityId: c.id };
        break;
      }
    }
    args['Query.previewRating'] = { assessedOn: '2016-06-30' };
    args['Query.previewSubsidy'] = { input: { budget: '6000000', ratingRoundId: finalized } };
    // … and the records that own paged rows (the finalized rating round, the approved subsidy round)
    owners.RatingRound = finalized;
    owners.SubsidyRound = (await gql(`{ subsidyRounds(filter: { status: [APPROVED] }, take: 1) { items { id } } }`)).subsidyRounds.items[0].id;
  }, 300_000);

  afterAll(async () => {
    await t?.close();
  });

  it('covers the lists with relations found in the schema', async () => {
    const paths = listFields(schema).map((l) => l.path);
    // the lists this suite was written against are among them (the schema may add more; they are covered too)
    for (const p of ['Query.centers', 'Query.associations', 'Query.residents', 'Query.healthExams', 'Query.visits', 'Query.projects', 'Query.communities', 'Query.streets', 'Query.rectifications', 'Query.ratingRounds', 'Query.subsidyRounds', 'RatingRound.ratings', 'SubsidyRound.allocations']) {
      expect(paths).toContain(p);
    }
  });

  it('costs the same number of statements at take 1 and take 20, for every list with relations', async () => {
    const lists = listFields(schema);
    const report: string[] = [];
    const failures: string[] = [];
    for (const l of lists) {
      const isRoot = l.owner === schema.getQueryType();
      const given = args[l.path] ?? {};
      const required = l.field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined && !(a.name in given));
      if (required.length) {
        failures.push(`${l.path}: give its required arguments (${required.map((a) => a.name).join(', ')}) in this suite's beforeAll`);
        continue;
      }
      const varDefs = ['$take: Int', ...Object.keys(given).map((k) => `$${k}: ${l.field.args.find((a) => a.name === k)!.type}`)];
      const callArgs = ['take: $take', ...Object.keys(given).map((k) => `${k}: $${k}`)].join(', ');
      const rows = Object.entries(l.rows).map(([name, rel]) => `${name} { ${rel.join(' ')} }`).join(' ');
      let query: string;
      const variables: Record<string, unknown> = { ...given };
      if (isRoot) {
        query = `query(${varDefs.join(', ')}) { list: ${l.field.name}(${callArgs}) { ${rows} } }`;
      } else {
        // paged rows of one record: through the record's own query, e.g. ratingRound(id)
        const one = Object.values(schema.getQueryType()!.getFields()).find((f) => getNamedType(f.type) === l.owner && f.args.length === 1 && f.args[0].name === 'id');
        if (!one || !owners[l.owner.name]) {
          failures.push(`${l.path}: name a ${l.owner.name} with at least ${PAGE} rows in this suite's owners`);
          continue;
        }
        variables.id = owners[l.owner.name];
        query = `query(${['$id: ID!', ...varDefs].join(', ')}) { record: ${one.name}(id: $id) { list: ${l.field.name}(${callArgs}) { ${rows} } } }`;
      }
      const run = async (take: number) => {
        let data: any;
        const statements = await t.countSql(async () => {
          const r = await t.gql(query, { ...variables, take }, t.tokens.admin);
          if (r.errors) throw new Error(`${l.path}: ${JSON.stringify(r.errors)}\n${query}`);
          data = isRoot ? r.data.list : r.data.record.list;
        });
        return { statements, data };
      };
      await run(1); // first use of a code path may read what later requests have cached
      const large = await run(PAGE);
      let take = 1;
      for (const name of Object.keys(l.rows)) {
        const got: Record<string, unknown>[] = large.data[name];
        if (got.length < PAGE) failures.push(`${l.path}.${name}: only ${got.length} rows at take ${PAGE}; seed at least ${PAGE} in this suite's beforeAll`);
        // the shortest first rows that have every relation the page has
        const all = new Set(got.flatMap(present));
        const seen = new Set<string>();
        let k = 0;
        while (k < got.length && [...all].some((r) => !seen.has(r))) present(got[k++]).forEach((r) => seen.add(r));
        take = Math.max(take, k);
      }
      if (take >= PAGE) {
        failures.push(`${l.path}: no shorter page has every relation of the ${PAGE}-row page; seed rows that have them`);
        continue;
      }
      const small = await run(take);
      report.push(`${l.path}: ${small.statements} at take ${take}, ${large.statements} at take ${PAGE}`);
      if (large.statements !== small.statements) failures.push(`${l.path}: ${small.statements} statements at take ${take}, ${large.statements} at take ${PAGE} (${rows})`);
    }
    if (process.env.LOG_LIST_STATEMENTS === '1') console.log(report.join('\n'));
    expect({ failures, checked: report.length }).toEqual({ failures: [], checked: lists.length });
    expect(report.length).toBeGreaterThanOrEqual(13);
  }, 300_000);
});
