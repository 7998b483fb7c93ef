import { Ctx as GqlCtx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { Ctx } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { fromScaled } from '../../common/fixed';
import { services } from '../../services';
import { Project } from './project.entity';
import { ProjectProgress } from './project-progress.entity';
import {
  CreateProjectInput, CreateProjectProgressInput, ProjectFilter, ProjectList, ProjectProgressFilter, ProjectProgressList, ProjectProgressSort,
  ProjectSort, UpdateProjectInput, UpdateProjectProgressInput,
} from './project.inputs';

/** A project's progress entries in report order (reportedOn, then id), through the request's loader. */
async function progressOf(p: Project, ctx: Ctx): Promise<ProjectProgress[]> {
  const rows = await ctx.loaders.groupBy(ProjectProgress, 'projectId').load(p.id);
  return [...rows].sort((a, b) => (a.reportedOn < b.reportedOn ? -1 : a.reportedOn > b.reportedOn ? 1 : a.id - b.id));
}

const ProjectCrud = createCrudResolver({
  one: 'project', many: 'projects', typeName: 'Project', entity: Project, list: ProjectList, filter: ProjectFilter, sort: ProjectSort,
  createInput: CreateProjectInput, updateInput: UpdateProjectInput, facade: (ctx) => services(ctx).projects,
});

@Resolver(() => Project)
export class ProjectResolver extends ProjectCrud {
  @FieldResolver(() => Float, { nullable: true, description: 'Floor area in m² (two decimals)' })
  floorArea(@Root() p: Project): number | null {
    return fromScaled(p.floorAreaCenti, 2);
  }

  @FieldResolver(() => [ProjectProgress], { description: 'Progress entries, oldest first (by reportedOn)' })
  progress(@Root() p: Project, @GqlCtx() ctx: Ctx): Promise<ProjectProgress[]> {
    return progressOf(p, ctx);
  }

  @FieldResolver(() => ProjectProgress, { nullable: true, description: 'The most recent progress entry, or null' })
  async latestProgress(@Root() p: Project, @GqlCtx() ctx: Ctx): Promise<ProjectProgress | null> {
    const rows = await progressOf(p, ctx);
    return rows.length ? rows[rows.length - 1] : null;
  }
}

const ProjectProgressCrud = createCrudResolver({
  one: 'projectProgress', many: 'projectProgresses', typeName: 'ProjectProgress', entity: ProjectProgress, list: ProjectProgressList,
  filter: ProjectProgressFilter, sort: ProjectProgressSort, createInput: CreateProjectProgressInput, updateInput: UpdateProjectProgressInput,
  facade: (ctx) => services(ctx).projectProgress,
});

@Resolver(() => ProjectProgress)
export class ProjectProgressResolver extends ProjectProgressCrud {
  @FieldResolver(() => Project)
  async project(@Root() e: ProjectProgress, @GqlCtx() ctx: Ctx): Promise<Project> {
    return (await ctx.loaders.byId(Project).load(e.projectId))!;
  }
}
