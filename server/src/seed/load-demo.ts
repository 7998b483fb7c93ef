import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Street } from '../modules/area/street.entity';
import { Community } from '../modules/area/community.entity';
import { Association, AssociationLevel } from '../modules/association/association.entity';
import { Center, CenterStatus } from '../modules/center/center.entity';
import { Resident, Gender, Residence } from '../modules/resident/resident.entity';
import { HealthExam, ExamStatus } from '../modules/exam/health-exam.entity';
import { Visit, VisitOccasion } from '../modules/visit/visit.entity';
import { Project, ProjectCategory, ProjectStatus } from '../modules/project/project.entity';
import { ProjectProgress } from '../modules/project/project-progress.entity';
import { writeAudit } from '../modules/audit/audit.service';
import { SYSTEM_ACTOR } from '../common/context';
import { DemoDistrict, generateDemoDistrict, DEMO_ASSESSED_ON } from './demo-district';
import { Ctx } from '../common/context';
import { Loaders } from '../common/loaders';
import { services } from '../services';
import { SubsidyMode } from '../modules/subsidy/subsidy.entities';

/** Multi-row INSERTs in chunks (a few hundred rows per statement), inside the caller's transaction. */
export async function insertChunked<E extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<E>, rows: Partial<E>[], chunk = 400) {
  for (let i = 0; i < rows.length; i += chunk) {
    await m.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + chunk) as never).updateEntity(false).execute();
  }
}

/** Loads the generated demo district into an empty database in one transaction; returns the row counts. */
export async function loadDemoDistrict(ds: DataSource, district: DemoDistrict = generateDemoDistrict()) {
  return ds.transaction(async (m) => {
    await insertChunked(m, Street, district.streets.map((s) => ({ name: s.name, version: 1 })));
    const streetId = new Map((await m.find(Street)).map((s) => [s.name, s.id]));
    await insertChunked(
      m,
      Community,
      district.streets.flatMap((s) => s.communities.map((name) => ({ name, streetId: streetId.get(s.name)!, version: 1 }))),
    );
    const communityId = new Map((await m.find(Community)).map((c) => [`${c.streetId}/${c.name}`, c.id]));
    const cid = (street: string, community: string) => {
      const id = communityId.get(`${streetId.get(street)}/${community}`);
      if (!id) throw new Error(`demo data: unknown community ${street}/${community}`);
      return id;
    };

    await insertChunked(
      m,
      Association,
      district.associations.map((a) => ({
        name: a.name,
        level: a.level as AssociationLevel,
        streetId: streetId.get(a.street)!,
        communityId: a.community ? cid(a.street, a.community) : null,
        presidentName: a.presidentName,
        phone: a.phone,
        memberCount: a.memberCount,
        foundedOn: a.foundedOn,
        version: 1,
      })),
    );
    const associationId = new Map((await m.find(Association)).map((a) => [a.name, a.id]));
    const aid = (name: string | null) => (name ? (associationId.get(name) ?? null) : null);

    await insertChunked(
      m,
      Center,
      district.centers.map((c) => ({
        code: c.code,
        name: c.name,
        communityId: cid(c.street, c.community),
        address: c.address,
        floorAreaCenti: c.floorAreaCenti,
        plaqueDate: c.plaqueDate,
        elderlyCount: c.elderlyCount,
        disabledCount: c.disabledCount,
        serviceScoreTenths: c.serviceScoreTenths,
        status: c.status as CenterStatus,
        associationId: aid(c.association),
        contactName: c.contactName,
        contactPhone: c.contactPhone,
        version: 1,
      })),
    );
    const centerId = new Map((await m.find(Center, { select: { id: true, code: true } })).map((c) => [c.code, c.id]));

    await insertChunked(
      m,
      Resident,
      district.residents.map((r) => ({
        name: r.name,
        gender: r.gender as Gender,
        idNumber: r.idNumber,
        birthDate: r.birthDate,
        phone: r.phone,
        communityId: cid(r.street, r.community),
        householdRegistered: r.householdRegistered,
        hasEmployer: r.hasEmployer,
        hardship: r.hardship,
        disabled: r.disabled,
        residence: r.residence as Residence,
        associationId: aid(r.association),
        deceasedOn: r.deceasedOn,
        version: 1,
      })),
    );
    const residentId = new Map((await m.find(Resident, { select: { id: true, idNumber: true } })).map((r) => [r.idNumber, r.id]));

    await insertChunked(
      m,
      HealthExam,
      district.exams.map((e) => ({
        residentId: residentId.get(e.residentIdNumber)!,
        year: e.year,
        scheduledOn: e.scheduledOn,
        provider: e.provider,
        status: e.status as ExamStatus,
        completedOn: e.completedOn,
        notes: e.notes,
        version: 1,
      })),
    );
    await insertChunked(
      m,
      Visit,
      district.visits.map((v) => ({
        visitedOn: v.visitedOn,
        occasion: v.occasion as VisitOccasion,
        residentId: v.residentIdNumber ? residentId.get(v.residentIdNumber)! : null,
        centerId: v.centerCode ? centerId.get(v.centerCode)! : null,
        cash: v.cashFen,
        goods: v.goods,
        visitingUnit: v.visitingUnit,
        version: 1,
      })),
    );
    for (const p of district.projects) {
      const res = await m.insert(Project, {
        name: p.name,
        category: p.category as ProjectCategory,
        status: p.status as ProjectStatus,
        totalInvestment: p.totalInvestmentFen,
        floorAreaCenti: p.floorAreaCenti,
        bedsAdded: p.bedsAdded,
        startedOn: p.startedOn,
        plannedCompletionOn: p.plannedCompletionOn,
        completedOn: p.completedOn,
        leadUnit: p.leadUnit,
        approvalRef: p.approvalRef,
        version: 1,
      });
      const projectId = res.identifiers[0].id as number;
      if (p.progress.length) await insertChunked(m, ProjectProgress, p.progress.map((g) => ({ ...g, projectId, version: 1 })));
    }
    const counts = {
      streets: district.streets.length,
      communities: communityId.size,
      associations: district.associations.length,
      centers: district.centers.length,
      residents: district.residents.length,
      exams: district.exams.length,
      visits: district.visits.length,
      projects: district.projects.length,
    };
    await writeAudit(m, SYSTEM_ACTOR, null, { action: 'LOAD_DEMO', entity: 'District', entityId: null, after: counts });
    return counts;
  });
}

export const DEMO_RATING_ROUND = '2016年星光老年之家星级评定';
export const DEMO_SUBSIDY_ROUND = '2016年市福彩公益金资助星光老年之家运营补助';
export const DEMO_SUBSIDY_BUDGET_YUAN = 6_000_000n;

/**
 * The demo district's decisions, made through the same services as the API: the 2016 rating round
 * (assessed 2016-06-30) computed and finalized, and the 2016 subsidy round computed by one system actor and
 * approved by another (the four-eyes rule holds for seed data too).
 */
export async function loadDemoRounds(ds: DataSource) {
  const ctxAs = (name: string): Ctx => ({ requestId: 'demo-seed', ds, loaders: new Loaders(ds), actor: { kind: 'SYSTEM', id: null, name, role: 'SYSTEM' }, now: new Date() });
  const svc = services({ ds });
  const seed = ctxAs('demo-seed');
  const round = await svc.ratingRounds.create(seed, { name: DEMO_RATING_ROUND, assessedOn: DEMO_ASSESSED_ON });
  await svc.ratingRounds.compute(seed, String(round.id));
  const finalized = await svc.ratingRounds.finalize(seed, String(round.id));
  const subsidy = await svc.subsidyRounds.create(seed, {
    name: DEMO_SUBSIDY_ROUND, fiscalYear: 2016, budget: DEMO_SUBSIDY_BUDGET_YUAN * 100n, ratingRoundId: String(finalized.id), mode: SubsidyMode.WEIGHTED, fundSource: '市福彩公益金',
  });
  await svc.subsidyRounds.compute(seed, String(subsidy.id));
  const approved = await svc.subsidyRounds.approve(ctxAs('demo-approver'), String(subsidy.id));
  return { ratingRoundId: finalized.id, subsidyRoundId: approved.id };
}
