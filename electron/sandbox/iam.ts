/**
 * The slice of IAM a BSS client needs: `POST /v3/auth/tokens` (password method; the token
 * comes back in `X-Subject-Token`, its expiry in the body) and `GET /v3/auth/projects`.
 * IAM errors use the Keystone shape `{"error":{"code","message","title"}}`.
 */
import crypto from 'node:crypto';
import { REGIONS } from './data/catalog';
import { Rng, mix } from './data/prng';
import { TAG } from './data/generate';
import { fmtIamTime } from './data/time';

export interface Credentials {
  /** account (domain) name */
  domain: string;
  /** IAM user name */
  user: string;
  password: string;
}

export interface Identity {
  credentials: Credentials;
  domainId: string;
  userId: string;
  projects: { id: string; name: string }[];
}

/** The sandbox account, derived from the seed. */
export function makeIdentity(seed: number): Identity {
  const rng = new Rng(mix(seed, TAG.CREDENTIALS));
  const domainId = rng.hex(32);
  const userId = rng.hex(32);
  return {
    credentials: { domain: 'hw-partner-sandbox', user: 'sandbox-admin', password: `Sbx#${rng.hex(10)}` },
    domainId,
    userId,
    projects: REGIONS.slice(0, 4).map((r) => ({ id: rng.hex(32), name: r.code })),
  };
}

export class TokenStore {
  private readonly tokens = new Map<string, number>();

  constructor(public ttlSec: number) {}

  issue(nowMs: number): { token: string; expiresMs: number } {
    const token = `MIIE${crypto
      .randomBytes(120)
      .toString('base64')
      .replace(/[+/=]/g, (c) => (c === '+' ? '-' : c === '/' ? '_' : ''))}`;
    const expiresMs = nowMs + this.ttlSec * 1000;
    this.tokens.set(token, expiresMs);
    for (const [t, exp] of this.tokens) if (exp <= nowMs) this.tokens.delete(t);
    return { token, expiresMs };
  }

  valid(token: string | undefined, nowMs: number): boolean {
    if (!token) return false;
    const exp = this.tokens.get(token);
    return exp !== undefined && exp > nowMs;
  }

  /** Invalidates every token issued so far. */
  expireAll(): void {
    this.tokens.clear();
  }
}

export interface IamResponse {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

const TITLES: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden' };

export function iamError(status: number, message: string): IamResponse {
  return { status, body: { error: { code: status, message, title: TITLES[status] ?? 'Error' } } };
}

function path(value: unknown, ...keys: string[]): unknown {
  let v = value;
  for (const k of keys) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/** `POST /v3/auth/tokens` */
export function createToken(
  id: Identity,
  store: TokenStore,
  body: unknown,
  query: URLSearchParams,
  baseUrl: string,
): IamResponse {
  const methods = path(body, 'auth', 'identity', 'methods');
  if (!Array.isArray(methods) || methods.length === 0)
    return iamError(400, "Invalid input for field 'auth.identity.methods'.");
  if (!methods.includes('password'))
    return iamError(400, 'The sandbox supports only the password method (methods: ["password"]).');
  const name = path(body, 'auth', 'identity', 'password', 'user', 'name');
  const password = path(body, 'auth', 'identity', 'password', 'user', 'password');
  const domain = path(body, 'auth', 'identity', 'password', 'user', 'domain', 'name');
  if (typeof name !== 'string' || typeof password !== 'string' || typeof domain !== 'string')
    return iamError(
      400,
      "Invalid input for field 'auth.identity.password.user': name, password and domain.name are required.",
    );
  const c = id.credentials;
  if (name !== c.user || password !== c.password || domain !== c.domain)
    return iamError(401, 'The username or password is wrong.');

  const domainRef = { id: id.domainId, name: c.domain };
  let project: { id: string; name: string; domain: typeof domainRef } | undefined;
  const scopeProject = path(body, 'auth', 'scope', 'project');
  const scopeDomain = path(body, 'auth', 'scope', 'domain');
  if (scopeProject !== undefined) {
    const pid = path(scopeProject, 'id');
    const pname = path(scopeProject, 'name');
    const found = id.projects.find((p) => p.id === pid || p.name === pname);
    if (!found) return iamError(401, 'The project in the scope does not exist or is not accessible.');
    project = { ...found, domain: domainRef };
  } else if (scopeDomain !== undefined) {
    if (path(scopeDomain, 'id') !== id.domainId && path(scopeDomain, 'name') !== c.domain)
      return iamError(401, 'The domain in the scope does not match the user.');
  }

  const now = Date.now();
  const { token, expiresMs } = store.issue(now);
  const nocatalog = (query.get('nocatalog') ?? '') !== '';
  return {
    status: 201,
    headers: { 'X-Subject-Token': token },
    body: {
      token: {
        expires_at: fmtIamTime(expiresMs),
        issued_at: fmtIamTime(now),
        methods: ['password'],
        catalog: nocatalog
          ? undefined
          : [
              {
                type: 'bss',
                id: id.projects[0]!.id,
                name: 'bss',
                endpoints: [{ id: id.projects[1]!.id, interface: 'public', region: '*', region_id: '*', url: baseUrl }],
              },
              {
                type: 'identity',
                id: id.projects[2]!.id,
                name: 'iam',
                endpoints: [
                  { id: id.projects[3]!.id, interface: 'public', region: '*', region_id: '*', url: `${baseUrl}/v3` },
                ],
              },
            ],
        domain: project ? undefined : domainRef,
        project,
        roles: [
          { id: '0', name: 'te_admin' },
          { id: '0', name: 'op_gated_bss_partner' },
        ],
        user: { domain: domainRef, id: id.userId, name: c.user, password_expires_at: '' },
      },
    },
  };
}

/** `GET /v3/auth/projects` */
export function listProjects(id: Identity, baseUrl: string): IamResponse {
  return {
    status: 200,
    body: {
      links: { self: `${baseUrl}/v3/auth/projects`, previous: null, next: null },
      projects: id.projects.map((p) => ({
        domain_id: id.domainId,
        is_domain: false,
        parent_id: id.domainId,
        name: p.name,
        description: '',
        links: { self: `${baseUrl}/v3/projects/${p.id}` },
        id: p.id,
        enabled: true,
      })),
    },
  };
}
