import { Arg, Args, Authorized, Ctx as GqlCtx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Ctx } from '../../common/context';
import { DateTimeScalar } from '../../common/scalars';
import { checkPage, ListResponse, PageArgs } from '../../common/list';
import { parseId } from '../../common/errors';
import { AuditLog } from './audit.entity';
import { verifyAuditChain } from './audit.service';

@InputType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Record type, e.g. Center' })
  @IsOptional()
  @MaxLength(64)
  entity?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  entityId?: string;

  @Field(() => String, { nullable: true, description: 'USER, API_KEY or SYSTEM' })
  @IsOptional()
  @MaxLength(16)
  actorKind?: string;

  @Field(() => ID, { nullable: true }) actorId?: string;

  @Field(() => [String], { nullable: true, description: 'CREATE, UPDATE, DELETE, LOGIN, EXPORT, …' })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(32, { each: true })
  action?: string[];
  @Field(() => DateTimeScalar, { nullable: true }) from?: Date;
  @Field(() => DateTimeScalar, { nullable: true }) to?: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  requestId?: string;
}

@ObjectType()
export class AuditLogList extends ListResponse(AuditLog, 'AuditLogList') {}

@ObjectType()
export class AuditVerification {
  @Field(() => Boolean) ok: boolean;
  @Field(() => Int, { description: 'Entries checked' }) entries: number;
  @Field(() => ID, { nullable: true, description: 'The first entry whose hash or link does not match' }) firstBadId: number | null;
  @Field(() => String, { nullable: true, description: 'link, content or head' }) reason: string | null;
}

/** The audit entries of a filter (alias `a`, unordered): the list below and the list export share it. */
export function auditLogQuery(ds: DataSource, f: AuditLogFilter | null | undefined): SelectQueryBuilder<AuditLog> {
  const qb = ds.getRepository(AuditLog).createQueryBuilder('a');
  if (f?.entity) qb.andWhere('a.entity = :entity', { entity: f.entity });
  if (f?.entityId) qb.andWhere('a.entityId = :entityId', { entityId: f.entityId });
  if (f?.actorKind) qb.andWhere('a.actorKind = :actorKind', { actorKind: f.actorKind });
  if (f?.actorId) qb.andWhere('a.actorId = :actorId', { actorId: parseId(f.actorId, 'filter.actorId') });
  if (f?.action?.length) qb.andWhere('a.action IN (:...actions)', { actions: f.action });
  if (f?.from) qb.andWhere('a.at >= :from', { from: f.from });
  if (f?.to) qb.andWhere('a.at <= :to', { to: f.to });
  if (f?.requestId) qb.andWhere('a.requestId = :rid', { rid: f.requestId });
  return qb;
}

/** The audit trail: append-only (no mutation exists), readable by ADMIN, verifiable end to end. */
@Resolver(() => AuditLog)
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditLogList, { description: 'Audit entries, newest first' })
  async auditLog(@Arg('filter', () => AuditLogFilter, { nullable: true }) f: AuditLogFilter | null, @Args(() => PageArgs) p: PageArgs, @GqlCtx() ctx: Ctx): Promise<AuditLogList> {
    const { skip, take } = checkPage(p);
    const qb = auditLogQuery(ctx.ds, f);
    const totalItems = await qb.getCount();
    const items = totalItems ? await qb.orderBy('a.id', 'DESC').offset(skip).limit(take).getMany() : [];
    return { items, totalItems };
  }

  @Authorized('ADMIN')
  @Query(() => AuditVerification, { description: 'Re-computes the hash chain over every entry: any edited or deleted entry is found' })
  async verifyAuditLog(@GqlCtx() ctx: Ctx): Promise<AuditVerification> {
    return verifyAuditChain(ctx.ds.manager);
  }
}
