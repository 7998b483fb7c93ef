/**
 * The access matrix (security issue point 1): who may call every root operation of the schema, and which
 * fields are hidden or masked per role — generated, never hand-written, so that it cannot drift.
 *
 * Sources:
 * - the schema itself (`buildAppSchema()`): every Query and Mutation field, the federation ones included;
 * - TypeGraphQL's metadata (`getMetadataStorage()`): `authorizedFields` / `authorizedResolver` give the roles
 *   and `scope:*` entries of each `@Authorized` operation (the authChecker's input);
 * - `PARTNER_ACCESS` (modules/security/partner-access.ts): what an API key's scopes may resolve, enforced per
 *   field by PartnerFieldGuard — an API key needs both the `@Authorized` scope and the PARTNER_ACCESS entry;
 * - the anonymous guard of app.ts (anonymous callers get `login` only) and `personalField` masking, whose
 *   fields say "masked" in their schema description.
 *
 * `npm run access-matrix -w server` writes docs/access-matrix.md; `… -- --check` fails when it is stale.
 * test/access-matrix.e2e-spec.ts checks the file is current and that the server behaves as it says.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLField, GraphQLObjectType, GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildAppSchema } from '../schema';
import { PARTNER_ACCESS, partnerMayResolve } from '../modules/security/partner-access';
import { SCOPES, Scope } from '../modules/auth/api-key.service';
import { entityQueryOf, referenceResolvers } from '../reference-resolvers';

export const MATRIX_FILE = path.resolve(__dirname, '..', '..', '..', 'docs', 'access-matrix.md');

export const USER_ROLES = ['ADMIN', 'OFFICER', 'ANALYST'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const SCOPE_NAMES = Object.keys(SCOPES) as Scope[];

/** Root fields an anonymous caller may use: app.ts's anonymousGuard lets only `login` (and `__typename`) through. */
export const ANONYMOUS_OPERATIONS: readonly string[] = ['login'];

/** Roles that see personal data unmasked (common/context.ts, canSeePersonalData). */
const UNMASKED_ROLES: readonly UserRole[] = ['ADMIN', 'OFFICER'];

export interface OperationAccess {
  kind: 'Query' | 'Mutation';
  name: string;
  /** The `@Authorized(...)` list; null when the operation has none (any logged-in caller passes the authChecker). */
  declared: string[] | null;
  /** Resolved by TypeGraphQL, so PartnerFieldGuard applies (false for `_service` / `_entities`). */
  guarded: boolean;
  roles: Record<UserRole, boolean>;
  /** The scopes whose API key may call it (both `@Authorized` and PARTNER_ACCESS agree). */
  scopes: Scope[];
  anonymous: boolean;
  notes: string[];
}

export interface TypeVisibility {
  type: string;
  /** Fields masked for roles that do not see personal data (ANALYST, API keys). */
  masked: string[];
  /** Scope → the fields of this type an API key with it may resolve (`*` = every field). */
  partner: Partial<Record<Scope, string[]>>;
  /** Fields no scope opens. */
  partnerHidden: string[];
}

export interface AccessMatrix {
  operations: OperationAccess[];
  types: TypeVisibility[];
  /** Object types of the schema that no scope opens and that have no masked field. */
  otherTypes: string[];
}

/** Roles and scopes of `@Authorized` on one operation, from TypeGraphQL's metadata; null without `@Authorized`. */
function declaredRoles(kind: 'Query' | 'Mutation', name: string): { found: boolean; roles: string[] | null } {
  const storage = getMetadataStorage();
  const handlers = kind === 'Query' ? storage.queries : storage.mutations;
  const handler = handlers.find((h) => h.schemaName === name);
  if (!handler) return { found: false, roles: null };
  const inherits = (base: Function, target: Function) => base === target || Object.prototype.isPrototypeOf.call(base, target);
  const field = storage.authorizedFields.find((a) => a.fieldName === handler.methodName && inherits(a.target, handler.target as Function));
  const cls = storage.authorizedResolver.find((a) => inherits(a.target, handler.target as Function));
  const roles = field?.roles ?? cls?.roles;
  return { found: true, roles: roles ? [...roles] : null };
}

function operationAccess(kind: 'Query' | 'Mutation', name: string): OperationAccess {
  const { found, roles: declared } = declaredRoles(kind, name);
  const notes: string[] = [];
  const roles = Object.fromEntries(USER_ROLES.map((r) => [r, declared === null || declared.includes(r)])) as Record<UserRole, boolean>;
  const scopes: Scope[] = [];
  for (const s of SCOPE_NAMES) {
    const byAuthorized = declared === null || declared.includes(`scope:${s}`);
    const byPartnerAccess = !found || partnerMayResolve([s], kind, name);
    if (byAuthorized && byPartnerAccess) scopes.push(s);
    else if (declared?.includes(`scope:${s}`)) notes.push(`\`scope:${s}\` is in @Authorized but PARTNER_ACCESS does not list it: closed`);
    else if (found && declared !== null && partnerMayResolve([s], kind, name)) notes.push(`PARTNER_ACCESS lists it for \`${s}\` but @Authorized lacks \`scope:${s}\`: closed`);
  }
  const anonymous = kind === 'Mutation' && ANONYMOUS_OPERATIONS.includes(name);
  if (anonymous) notes.push('also anonymous (the only operation without a token)');
  if (!found) notes.push('Apollo Federation field (buildSubgraphSchema): no @Authorized and no PartnerFieldGuard on the root; any logged-in caller or API key');
  if (!found && name === '_entities') {
    const byType = Object.keys(referenceResolvers).sort().map((type) => {
      const open = SCOPE_NAMES.filter((sc) => partnerMayResolve([sc], 'Query', entityQueryOf(type)));
      return `${code(type)} ${open.length ? open.map(code).join(', ') : 'no scope'}`;
    });
    notes.push(`an API key resolves an entity type only when its scopes open the type's single-record query (${byType.join('; ')}), and then only the fields of table 2`);
  }
  else if (declared === null) notes.push('no @Authorized: any logged-in user; API keys are refused by PartnerFieldGuard');
  return { kind, name, declared, guarded: found, roles, scopes, anonymous, notes };
}

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);
const code = (s: string) => `\`${s}\``;
const FEDERATION_TYPES = new Set(['_Service']);

/** Builds the matrix from the schema, TypeGraphQL's metadata and PARTNER_ACCESS. */
export async function buildAccessMatrix(schema?: GraphQLSchema): Promise<AccessMatrix> {
  const s = schema ?? (await buildAppSchema());
  const operations: OperationAccess[] = [];
  for (const kind of ['Query', 'Mutation'] as const) {
    const root = kind === 'Query' ? s.getQueryType() : s.getMutationType();
    for (const name of Object.keys(root?.getFields() ?? {})) operations.push(operationAccess(kind, name));
  }

  const partnerTypes = new Set<string>();
  for (const access of Object.values(PARTNER_ACCESS)) for (const t of Object.keys(access)) if (!ROOTS.has(t)) partnerTypes.add(t);

  const types: TypeVisibility[] = [];
  const otherTypes: string[] = [];
  const objectTypes = Object.values(s.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && !ROOTS.has(t.name) && !FEDERATION_TYPES.has(t.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const t of objectTypes) {
    const fields = Object.values(t.getFields()) as GraphQLField<unknown, unknown>[];
    const masked = fields.filter((f) => /\bmasked\b/i.test(f.description ?? '')).map((f) => f.name);
    if (!masked.length && !partnerTypes.has(t.name)) {
      otherTypes.push(t.name);
      continue;
    }
    const partner: Partial<Record<Scope, string[]>> = {};
    const open = new Set<string>();
    for (const sc of SCOPE_NAMES) {
      const listed = PARTNER_ACCESS[sc][t.name];
      if (!listed) continue;
      const visible = listed.includes('*') ? ['*'] : fields.map((f) => f.name).filter((f) => partnerMayResolve([sc], t.name, f));
      partner[sc] = visible;
      for (const f of fields) if (partnerMayResolve([sc], t.name, f.name)) open.add(f.name);
    }
    const partnerHidden = fields.map((f) => f.name).filter((f) => !open.has(f));
    types.push({ type: t.name, masked, partner, partnerHidden });
  }
  return { operations, types, otherTypes };
}

const yes = '✓';
const no = '—';

/** docs/access-matrix.md */
export async function renderAccessMatrix(schema?: GraphQLSchema): Promise<string> {
  const m = await buildAccessMatrix(schema);
  const out: string[] = [];
  out.push('# ElderGraph access matrix');
  out.push('');
  out.push('<!-- Generated by `npm run access-matrix -w server` (server/src/tools/access-matrix.ts). Do not edit: test/access-matrix.e2e-spec.ts fails when this file is stale. -->');
  out.push('');
  out.push(
    'Built from the schema, the `@Authorized` metadata of TypeGraphQL (roles and `scope:*` entries) and `PARTNER_ACCESS` ' +
      '(what an API key\'s scopes may resolve, checked per field by PartnerFieldGuard). An API key needs both the ' +
      '`@Authorized` scope and the PARTNER_ACCESS entry. Anonymous requests get `login` only (app.ts, anonymousGuard) and ' +
      '`UNAUTHENTICATED` for everything else; a role or key that is not listed gets `FORBIDDEN`. ' +
      'test/access-matrix.e2e-spec.ts sends every operation as every role, every scope and anonymously and checks this table.',
  );
  out.push('');
  out.push(`Scopes: ${SCOPE_NAMES.map((s) => `${code(s)} (${SCOPES[s]})`).join('; ')}.`);
  out.push('');
  out.push('## 1. Root operations');
  out.push('');
  out.push(`${m.operations.length} operations (${m.operations.filter((o) => o.kind === 'Query').length} queries, ${m.operations.filter((o) => o.kind === 'Mutation').length} mutations). ${yes} allowed, ${no} refused.`);
  out.push('');
  out.push('| Operation | ADMIN | OFFICER | ANALYST | PARTNER (API-key scopes) | Notes |');
  out.push('|---|:-:|:-:|:-:|---|---|');
  for (const o of m.operations) {
    const partner = o.scopes.length === SCOPE_NAMES.length ? 'any scope' : o.scopes.length ? o.scopes.map(code).join(', ') : no;
    const cells = [`${o.kind === 'Query' ? 'query' : 'mutation'} ${code(o.name)}`, ...USER_ROLES.map((r) => (o.roles[r] ? yes : no)), partner, o.notes.join('; ')];
    out.push(`| ${cells.join(' | ')} |`);
  }
  out.push('');
  out.push('## 2. Fields hidden or masked per role');
  out.push('');
  out.push(
    'Within the operations a role may call, ADMIN and OFFICER see every field unmasked (and their reads of personal data are audited). ' +
      'ANALYST sees every field, personal data masked (ID numbers `440***********123X`: first 3 and last 4 characters; phones: last 4). ' +
      'An API key resolves only the fields its scopes list; any other field, nested ones included, is `FORBIDDEN` to it; ' +
      'personal data it may see is masked as for ANALYST.',
  );
  out.push('');
  out.push('| Type | ADMIN | OFFICER | ANALYST | PARTNER (fields per scope) |');
  out.push('|---|---|---|---|---|');
  for (const t of m.types) {
    const analyst = t.masked.length ? `all; masked: ${t.masked.map(code).join(', ')}` : 'all';
    const scopes = Object.entries(t.partner) as [Scope, string[]][];
    let partner: string;
    if (!scopes.length) {
      partner = 'hidden (no scope)';
    } else {
      // scopes opening the same fields are listed together
      const groups = new Map<string, Scope[]>();
      for (const [sc, fields] of scopes) groups.set(fields.join(','), [...(groups.get(fields.join(',')) ?? []), sc]);
      partner = [...groups].map(([fields, scs]) => `${scs.map(code).join(', ')}: ${fields === '*' ? 'all fields' : fields.split(',').map(code).join(', ')}`).join('<br>');
      const maskedVisible = t.masked.filter((f) => scopes.some(([sc]) => partnerMayResolve([sc], t.type, f)));
      if (maskedVisible.length) partner += `<br>masked: ${maskedVisible.map(code).join(', ')}`;
      if (t.partnerHidden.length) partner += `<br>hidden: ${t.partnerHidden.map(code).join(', ')}`;
    }
    const unmasked = 'all';
    out.push(`| ${code(t.type)} | ${unmasked} | ${unmasked} | ${analyst} | ${partner} |`);
  }
  out.push(`| every other type (${m.otherTypes.length}: ${m.otherTypes.map(code).join(', ')}) | all | all | all | hidden (no scope) |`);
  out.push('');
  out.push(`Roles that see personal data unmasked: ${UNMASKED_ROLES.join(', ')}. A type is reachable only through the operations of section 1 ` +
    '(e.g. `User`, `AuditLogEntry` and `ApiKey` through ADMIN-only operations, `User` also through `me` and `login`).');
  out.push('');
  return out.join('\n');
}

if (require.main === module) {
  const check = process.argv.includes('--check');
  renderAccessMatrix()
    .then((text) => {
      if (check) {
        const current = fs.existsSync(MATRIX_FILE) ? fs.readFileSync(MATRIX_FILE, 'utf8') : '';
        if (current !== text) {
          console.error(`${MATRIX_FILE} is stale: run \`npm run access-matrix -w server\``);
          process.exit(1);
        }
        console.log(`${MATRIX_FILE} is up to date`);
        return;
      }
      fs.mkdirSync(path.dirname(MATRIX_FILE), { recursive: true });
      fs.writeFileSync(MATRIX_FILE, text);
      console.log(`wrote ${MATRIX_FILE}`);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
