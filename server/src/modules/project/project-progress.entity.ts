import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, dateColumn } from '../../common/base.entity';
import { DateScalar } from '../../common/scalars';
import { Project } from './project.entity';

/** A progress entry of a project: date, percent complete, note. */
@ObjectType({ description: 'Project progress entry' })
@Entity('project_progress')
@Index('idx_progress_project', ['projectId', 'reportedOn'])
export class ProjectProgress extends BaseRecord {
  @Field(() => ID)
  @Column({ type: 'int', name: 'project_id' })
  projectId: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Field(() => DateScalar)
  @Column(dateColumn('reported_on'))
  reportedOn: string;

  @Field(() => Int, { description: '0–100' })
  @Column({ type: 'int' })
  percent: number;

  @Field(() => String)
  @Column({ type: 'varchar', length: 1000, default: '' })
  note: string;
}
