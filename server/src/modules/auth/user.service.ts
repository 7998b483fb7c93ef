import { DataSource } from 'typeorm';
import { CrudService } from '../../common/crud.service';
import { Conflict, InvalidState } from '../../common/errors';
import { Ctx } from '../../common/context';
import { CreateUserInput, UpdateUserInput, UserFilter } from './auth.inputs';
import { User } from './user.entity';
import { hashPassword } from './password';

export class UserService extends CrudService<User, UserFilter, CreateUserInput, UpdateUserInput> {
  constructor(ds: DataSource) {
    super(ds, {
      entity: User,
      label: 'User',
      alias: 'u',
      searchColumns: ['email', 'name'],
      sortColumns: { id: 'id', email: 'email', name: 'name', role: 'role', createdAt: 'createdAt' },
      applyFilter: (qb, f) => {
        if (f.role) qb.andWhere('u.role = :role', { role: f.role });
        if (f.active !== undefined && f.active !== null) qb.andWhere('u.active = :active', { active: f.active });
      },
    });
  }

  async create(ctx: Ctx, input: CreateUserInput): Promise<User> {
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    return this.insert(ctx, { email, name: input.name.trim(), role: input.role, active: true, passwordHash, tokenVersion: 1 }, async (u, m) => {
      if (await m.findOne(User, { where: { email } })) throw new Conflict(`A user with email ${email} already exists`, { field: 'email' });
    });
  }

  /** Rename, change role, disable/enable or reset the password; the last three revoke the user's tokens. */
  async update(ctx: Ctx, input: UpdateUserInput): Promise<User> {
    const { id, version, password, ...rest } = input;
    const current = await this.getOrFail(id);
    const changes: Partial<User> = { ...rest };
    if (password) changes.passwordHash = await hashPassword(password);
    const revoke = password !== undefined || (rest.active === false && current.active) || (rest.role != null && rest.role !== current.role);
    if (revoke) changes.tokenVersion = current.tokenVersion + 1;
    return this.patch(ctx, id, version, changes);
  }

  /** Users are disabled, never deleted: the audit trail names them. */
  override async remove(): Promise<string> {
    throw new InvalidState('Users cannot be deleted; disable the account instead (updateUser active: false)');
  }
}
