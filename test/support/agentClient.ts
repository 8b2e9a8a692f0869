import { Writable } from 'node:stream';
import { createAgent } from '../../src/agent/agentStore';
import type { Agent, AgentRole } from '../../src/agent/agentTypes';
import { createPasswordHasher } from '../../src/agent/passwordHasher';
import type { ScryptCost } from '../../src/agent/passwords';
import { loadConfig } from '../../src/config/config';
import { addMember } from '../../src/organisation/memberships';
import { unitNamed } from './units';
import type { Database } from '../../src/db/database';
import { createLogging } from '../../src/logging/logger';
import { startService, type RunningService } from '../../src/service';
import { cookieHeaderOf, rememberCookies } from './cookieJar';
import type { TestDatabase } from './postgres';

export const AGENT_PASSWORD = 'rätt häst batteri klammer';

/** scrypt at 2^10 instead of the service's 2^17 (~1 ms a hash instead of ~200 ms), so the suite stays quick. */
export const TEST_PASSWORD_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
const testPasswords = createPasswordHasher({ cost: TEST_PASSWORD_COST, maxWaiting: 1000 });

export interface AgentService extends RunningService {
  logLines: string[];
}

/** The whole service in-process on a test database, as the workspace's pages and API are served in production. */
export async function startAgentService(t: TestDatabase, env: Record<string, string> = {}, options: { passwordCost?: ScryptCost } = {}): Promise<AgentService> {
  const logLines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({ PORT: '0', DATABASE_URL: t.url, TWILIO_AUTH_TOKEN: 'agent-test-token', NODE_ENV: 'test', ...env });
  const service = await startService(config, createLogging({ level: 'debug', json: true, stream }), { db: t.db, passwordCost: TEST_PASSWORD_COST, ...options });
  return { ...service, logLines };
}

/** Creates an account; a handler's unit is named (and added to the organisation when it is not there yet). */
export async function createAccount(db: Database, username: string, role: AgentRole, extra: { unit?: string; phone?: string } = {}): Promise<Agent> {
  const unitId = extra.unit ? await unitNamed(db, extra.unit) : null;
  const agent = await createAgent(db, { username, role, unitId, phone: extra.phone ?? null, password: AGENT_PASSWORD }, testPasswords);
  if (unitId !== null) await addMember(db, unitId, agent.id);
  return agent;
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser's worth of state for talking to the workspace over HTTP: its cookies and the session's CSRF token. */
export class AgentClient {
  private cookies = new Map<string, string>();
  csrfToken = '';

  /** `address`: the client address the service should see, sent as a proxy would (X-Forwarded-For from loopback). */
  constructor(
    readonly baseUrl: string,
    private readonly address?: string,
  ) {}

  private remember(response: Response): void {
    rememberCookies(this.cookies, response.headers.getSetCookie());
  }

  cookieHeader(): string {
    return cookieHeaderOf(this.cookies);
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(this.baseUrl + path, {
      redirect: 'manual',
      ...init,
      headers: { ...(init.headers as Record<string, string>), Cookie: this.cookieHeader(), ...(this.address ? { 'X-Forwarded-For': this.address } : {}) },
    });
    this.remember(response);
    return response;
  }

  /** Logs in through the login form, as a browser does; returns the form's answer. */
  async logIn(username: string, password = AGENT_PASSWORD): Promise<Response> {
    const form = await (await this.fetch('/agent/login')).text();
    const token = /name="_login" value="([^"]+)"/.exec(form)?.[1] ?? '';
    const response = await this.fetch('/agent/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password, _login: token, next: '' }).toString(),
    });
    if (response.status === 303) {
      const me = await this.api('GET', '/api/agent/me');
      this.csrfToken = String((me.body as { csrfToken?: string }).csrfToken ?? '');
    }
    return response;
  }

  /** Calls the JSON API with the session's CSRF token (unless told to leave it out). */
  async api<T = Record<string, unknown>>(method: string, path: string, body?: unknown, options: { csrf?: string | null } = {}): Promise<Answer<T>> {
    const csrf = options.csrf === undefined ? this.csrfToken : options.csrf;
    const response = await this.fetch(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...(csrf === null ? {} : { 'X-CSRF-Token': csrf }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T, headers: response.headers };
  }

  async page(path: string): Promise<{ status: number; html: string; location: string | null }> {
    const response = await this.fetch(path);
    return { status: response.status, html: await response.text(), location: response.headers.get('location') };
  }
}

/** Signs in a new account of the role, and returns a client holding its session. */
export async function signedIn(service: RunningService, db: Database, username: string, role: AgentRole, extra: { unit?: string; phone?: string } = {}): Promise<AgentClient> {
  await createAccount(db, username, role, extra);
  const client = new AgentClient(service.url);
  const response = await client.logIn(username);
  if (response.status !== 303) throw new Error(`could not log in as ${username}: ${response.status}`);
  return client;
}
