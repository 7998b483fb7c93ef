import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord, dateColumn, enumColumn, moneyColumn } from '../../common/base.entity';
import { DateScalar, MoneyScalar } from '../../common/scalars';

export enum ProjectCategory {
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  HOME_CARE_CENTER = 'HOME_CARE_CENTER',
  DAY_CARE_CENTER = 'DAY_CARE_CENTER',
  PRIVATE_INSTITUTION = 'PRIVATE_INSTITUTION',
  TRAINING = 'TRAINING',
  OTHER = 'OTHER',
}
registerEnumType(ProjectCategory, { name: 'ProjectCategory' });

/** Declared in lifecycle order: a project only moves forward, or to CANCELLED. */
export enum ProjectStatus {
  PROPOSED = 'PROPOSED',
  APPROVED = 'APPROVED',
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  COMPLETED = 'COMPLETED',
  IN_SERVICE = 'IN_SERVICE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ProjectStatus, { name: 'ProjectStatus' });

/** 项目: an investment or service project (care institution build, home-care center, training …). */
@Directive('@key(fields: "id")')
@ObjectType({ description: '项目 Investment or service project' })
@Entity('project')
@Index('idx_project_status', ['status'])
export class Project extends BaseRecord {
  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ProjectCategory)
  @Column(enumColumn('category', 32))
  category: ProjectCategory;

  @Field(() => ProjectStatus)
  @Column(enumColumn('status', 32, { default: 'PROPOSED' }))
  status: ProjectStatus;

  @Field(() => MoneyScalar, { description: 'Total investment, yuan' })
  @Column(moneyColumn('total_investment_fen'))
  totalInvestment: bigint;

  /** m² in hundredths (GraphQL field `floorArea` is a resolver). */
  @Column({ type: 'int', name: 'floor_area_centi', nullable: true })
  floorAreaCenti: number | null;

  @Field(() => Int)
  @Column({ type: 'int', name: 'beds_added', default: 0 })
  bedsAdded: number;

  @Field(() => DateScalar, { nullable: true })
  @Column(dateColumn('started_on', true))
  startedOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column(dateColumn('planned_completion_on', true))
  plannedCompletionOn: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column(dateColumn('completed_on', true))
  completedOn: string | null;

  @Field(() => String, { description: 'Lead unit (牵头单位)' })
  @Column({ type: 'varchar', length: 200, name: 'lead_unit', default: '' })
  leadUnit: string;

  @Field(() => String, { nullable: true, description: 'Approval reference (文号)' })
  @Column({ type: 'varchar', length: 100, name: 'approval_ref', nullable: true })
  approvalRef: string | null;
}
