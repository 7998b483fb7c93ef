import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, dateColumn, enumColumn } from '../../common/base.entity';
import { DateScalar } from '../../common/scalars';
import { Resident } from '../resident/resident.entity';

export enum ExamStatus {
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  MISSED = 'MISSED',
}
registerEnumType(ExamStatus, { name: 'ExamStatus' });

/** 免费体检: the free yearly health exam; one per resident per year, only for eligible residents. */
@ObjectType({ description: '免费体检 Free health exam' })
@Entity('health_exam')
@Index('uq_exam_resident_year', ['residentId', 'year'], { unique: true })
@Index('idx_exam_year_status', ['year', 'status'])
// a year's exams by status per community (statistics.examCoverage), read in resident order without the rows
@Index('idx_exam_year_resident', ['year', 'residentId', 'status'])
export class HealthExam extends BaseRecord {
  @Field(() => ID)
  @Column({ type: 'int', name: 'resident_id' })
  residentId: number;

  @ManyToOne(() => Resident, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'resident_id' })
  resident?: Resident;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => DateScalar)
  @Column(dateColumn('scheduled_on'))
  scheduledOn: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200, default: '' })
  provider: string;

  @Field(() => ExamStatus)
  @Column(enumColumn('status', 16, { default: 'SCHEDULED' }))
  status: ExamStatus;

  @Field(() => DateScalar, { nullable: true })
  @Column(dateColumn('completed_on', true))
  completedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes: string | null;
}
