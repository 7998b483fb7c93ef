import { createSecretKey, KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/config';
import { Actor } from '../../common/context';
import { AppError, Unauthenticated } from '../../common/errors';
import { hashPassword, verifyPassword } from './password';
import { User, RoleEnum } from './user.entity';
import { writeAudit } from '../audit/audit.service';
import { LoginThrottle, throttleKeys } from '../security/login-throttle';

interface TokenClaims {
  sub: string;
  tv: number;
  role: string;
}

/** A hash of a random password to compare against when the email is unknown, so that timing does not tell. */
let dummyHash: Promise<string> | null = null;

export class AuthService {
  private readonly throttle: LoginThrottle;
  /**
   * The HMAC key as a KeyObject, made once: given a string, jsonwebtoken first tries it as a PEM public key (a
   * thrown and caught parse error) and then makes a secret key, on every verify — 8% of a busy server's CPU.
   */
  private readonly key: KeyObject;

  /** The session check's statement (authenticate). */
  private get userByIdSql(): string {
    const q = (n: string) => this.ds.driver.escape(n);
    return (this.userSql ??= `SELECT ${q('id')}, ${q('email')}, ${q('role')}, ${q('active')}, ${q('token_version')} AS ${q('tokenVersion')} FROM ${q('user')} WHERE ${q('id')} = ?`);
  }
  private userSql?: string;

  constructor(
    private readonly ds: DataSource,
    private readonly config: Pick<AppConfig, 'jwtSecret' | 'jwtTtlSeconds'>,
  ) {
    this.throttle = new LoginThrottle(ds);
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  async login(emailRaw: string, password: string, requestId: string, ip?: string): Promise<{ token: string; user: User }> {
    const email = emailRaw.trim().toLowerCase().slice(0, 200);
    const keys = throttleKeys(email, ip);
    await this.throttle.check(keys);
    const repo = this.ds.getRepository(User);
    const user = await repo.findOne({ where: { email } });
    dummyHash ??= hashPassword('not-a-real-password');
    const ok = user ? await verifyPassword(password, user.passwordHash) : (await verifyPassword(password, await dummyHash), false);
    if (!user || !ok || !user.active) {
      if (!ok) {
        await this.throttle.failure(keys);
        await this.ds.transaction((m) =>
          writeAudit(m, { kind: 'SYSTEM', id: null, name: ip ? `ip:${ip}` : 'unknown', role: 'SYSTEM' }, requestId, { action: 'LOGIN_FAILED', entity: 'User', entityId: user?.id ?? null, after: { email } }),
        );
      }
      throw new AppError('UNAUTHENTICATED', user && ok && !user.active ? 'This account is disabled' : 'Wrong email or password');
    }
    await this.throttle.success(email);
    await this.ds.transaction(async (m) => {
      await m.update(User, { id: user.id }, { lastLoginAt: new Date() });
      await writeAudit(m, { kind: 'USER', id: user.id, name: user.email, role: user.role }, requestId, {
        action: 'LOGIN',
        entity: 'User',
        entityId: user.id,
      });
    });
    return { token: this.sign(user), user };
  }

  sign(user: User): string {
    const claims: TokenClaims = { sub: String(user.id), tv: user.tokenVersion, role: user.role };
    return jwt.sign(claims, this.key, { algorithm: 'HS256', expiresIn: this.config.jwtTtlSeconds, issuer: 'eldergraph' });
  }

  /** Turns a bearer token into the acting user; throws UNAUTHENTICATED for a bad, expired or revoked one. */
  async authenticate(token: string): Promise<Actor> {
    let claims: TokenClaims;
    try {
      claims = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'eldergraph' }) as TokenClaims;
    } catch (e) {
      throw new Unauthenticated((e as Error).name === 'TokenExpiredError' ? 'Your session has expired; please log in again' : 'Invalid token; please log in again');
    }
    const id = Number(claims.sub);
    // every authenticated request runs this: one fixed statement of the four columns needed, not a TypeORM find
    // (building that query took 15% of the CPU of a trivial request — bench/RESULTS.md, peer benchmarks)
    const rows: { id: number | string; email: string; role: RoleEnum; active: unknown; tokenVersion: number | string }[] = Number.isSafeInteger(id)
      ? await this.ds.query(this.userByIdSql, [id])
      : [];
    const user = rows[0];
    if (!user || !Number(user.active) || Number(user.tokenVersion) !== claims.tv) throw new Unauthenticated('This session is no longer valid; please log in again');
    return { kind: 'USER', id: Number(user.id), name: user.email, role: user.role };
  }

  /** Creates the first ADMIN when the user table is empty; returns the password when it was generated. */
  async ensureFirstAdmin(email: string, password: string): Promise<boolean> {
    const repo = this.ds.getRepository(User);
    if ((await repo.count()) > 0) return false;
    await repo.insert({ email: email.toLowerCase(), name: '管理员', role: RoleEnum.ADMIN, active: true, passwordHash: await hashPassword(password), version: 1, tokenVersion: 1 });
    return true;
  }
}
