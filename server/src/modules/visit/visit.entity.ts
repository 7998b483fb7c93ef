import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, dateColumn, enumColumn, moneyColumn } from '../../common/base.entity';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { Resident } from '../resident/resident.entity';
import { Center } from '../center/center.entity';

export enum VisitOccasion {
  SPRING_FESTIVAL = 'SPRING_FESTIVAL',
  DOUBLE_NINTH = 'DOUBLE_NINTH',
  CENTENARIAN_BIRTHDAY = 'CENTENARIAN_BIRTHDAY',
  HOSPITAL = 'HOSPITAL',
  OTHER = 'OTHER',
}
registerEnumType(VisitOccasion, { name: 'VisitOccasion', description: '春节, 重阳, 百岁生日, 住院, 其他' });

/** 慰问: a condolence visit with money and/or goods, to a resident and/or a center. */
@ObjectType({ description: '慰问 Condolence visit' })
@Entity('visit')
@Index('idx_visit_date', ['visitedOn'])
@Index('idx_visit_resident', ['residentId'])
@Index('idx_visit_center', ['centerId'])
export class Visit extends BaseRecord {
  @Field(() => DateScalar)
  @Column(dateColumn('visited_on'))
  visitedOn: string;

  @Field(() => VisitOccasion)
  @Column(enumColumn('occasion', 24))
  occasion: VisitOccasion;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', name: 'resident_id', nullable: true })
  residentId: number | null;

  @ManyToOne(() => Resident, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'resident_id' })
  resident?: Resident | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', name: 'center_id', nullable: true })
  centerId: number | null;

  @ManyToOne(() => Center, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'center_id' })
  center?: Center | null;

  @Field(() => MoneyScalar, { description: 'Cash given, yuan' })
  @Column(moneyColumn('cash_fen'))
  cash: bigint;

  @Field(() => String, { nullable: true, description: 'Goods given (慰问品)' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  goods: string | null;

  @Field(() => String, { description: 'Visiting unit (慰问单位)' })
  @Column({ type: 'varchar', length: 200, name: 'visiting_unit', default: '' })
  visitingUnit: string;
}
