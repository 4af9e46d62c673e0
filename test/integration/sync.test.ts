import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openWriter } from '../../electron/db/open';
import { startSandbox, type Sandbox } from '../../electron/sandbox';
import { makePlan } from '../../electron/sync/plan';
import { ROOT } from '../support/paths';
import { dbSnapshot, integrityCheck, sandboxSnapshot } from '../support/sync-compare';
import { syncRig, type SyncRig } from '../support/sync';
import { tempDir } from '../support/temp';

let sandbox: Sandbox | null = null;
let rig: SyncRig | null = null;
afterEach(async () => {
  await rig?.close();
  await sandbox?.close();
  rig = sandbox = null;
});

const cyclesOf = (kind: 'full' | 'incremental' = 'full') => makePlan(kind, Date.now()).cycles;

async function fullSync(dir: string) {
  rig = await syncRig(dir, () => sandbox);
  await rig.engine.start('full');
  await rig.engine.idle();
  return rig.engine.status();
}

describe('sync engine against the sandbox over loopback HTTP', () => {
  it('a full sync of the small preset stores exactly the API data', async () => {
    sandbox = await startSandbox({ scale: 'small', seed: 7, ratePerSec: 0 });
    const dir = tempDir();
    const status = await fullSync(dir);
    expect(status.state).toBe('idle');
    expect(status.run).toMatchObject({ status: 'finished', kind: 'full' });
    const expected = sandboxSnapshot(sandbox, cyclesOf());
    expect(expected.fee_records.count).toBeGreaterThan(20_000);
    expect(dbSnapshot(dir)).toEqual(expected);
    expect(rig!.events.some((e) => e.name === 'sync.finished')).toBe(true);
    expect(rig!.events.some((e) => e.name === 'sync.progress')).toBe(true);
  }, 180_000);

  it('an incremental sync after the clock advances brings exactly the changes, with fewer requests', async () => {
    // Recent data, as with the real API: the trailing window and the last two cycles cover the changes.
    sandbox = await startSandbox({
      scale: 'tiny',
      seed: 11,
      ratePerSec: 0,
      now: new Date(Date.now() - 25 * 86_400_000),
    });
    const dir = tempDir();
    await fullSync(dir);
    const fullRequests = sandbox.stats().total;
    const changes = sandbox.advance({ days: 20 });
    expect(changes).toBeTruthy();
    expect(dbSnapshot(dir)).not.toEqual(sandboxSnapshot(sandbox, cyclesOf()));
    await rig!.engine.start('incremental');
    await rig!.engine.idle();
    const incrementalRequests = sandbox.stats().total - fullRequests;
    expect(dbSnapshot(dir)).toEqual(sandboxSnapshot(sandbox, cyclesOf()));
    expect(incrementalRequests).toBeLessThan(fullRequests / 2);
  }, 120_000);

  it('survives faults on more than 10% of responses with exact data, quarantining malformed records', async () => {
    sandbox = await startSandbox({
      scale: 'tiny',
      seed: 3,
      ratePerSec: 0,
      faults: {
        rate429: 0.04,
        rate5xx: 0.04,
        rateDrop: 0.03,
        rateTruncate: 0.03,
        latencyMs: [0, 5],
        malformedRate: 0.01,
      },
    });
    const dir = tempDir();
    rig = await syncRig(dir, () => sandbox, { maxAttempts: 12 });
    await rig.engine.start('full');
    await rig.engine.idle();
    const st = sandbox.stats();
    const faulted = st.faults['429'] + st.faults['5xx'] + st.faults.drop + st.faults.truncate;
    expect(faulted / st.total).toBeGreaterThan(0.1);
    expect((await rig.engine.status()).state).toBe('idle');
    const malformed = new Set(sandbox.data.malformedIds());
    expect(malformed.size).toBeGreaterThan(0);
    const quarantine = await rig.db.run('sync.quarantineList', { offset: 0, limit: 500 });
    expect(new Set(quarantine.rows.map((r) => r.record_key))).toEqual(malformed);
    for (const r of quarantine.rows) {
      expect(r.reason.length).toBeGreaterThan(3);
      expect(() => JSON.parse(r.payload)).not.toThrow();
    }
    // Everything else is exact.
    expect(dbSnapshot(dir)).toEqual(sandboxSnapshot(sandbox, cyclesOf(), malformed));
  }, 120_000);

  it('re-authenticates when the token expires mid-sync and loses no page', async () => {
    sandbox = await startSandbox({ scale: 'tiny', seed: 5, ratePerSec: 0, faults: { expireTokensEvery: 25 } });
    const dir = tempDir();
    const status = await fullSync(dir);
    expect(status.state).toBe('idle');
    expect(sandbox.stats().requests.KeystoneCreateUserTokenByPassword).toBeGreaterThan(2);
    expect(dbSnapshot(dir)).toEqual(sandboxSnapshot(sandbox, cyclesOf()));
  }, 60_000);

  it('goes offline clearly when the API disappears and resumes when it returns', async () => {
    sandbox = await startSandbox({ scale: 'tiny', seed: 9, ratePerSec: 0 });
    const port = Number(new URL(sandbox.baseUrl).port);
    const dir = tempDir();
    rig = await syncRig(dir, () => sandbox, { offlineRetryMs: 300 });
    await sandbox.close();
    await rig.engine.start('full');
    await rig.engine.idle();
    const offline = await rig.engine.status();
    expect(offline.state).toBe('offline');
    expect(offline.message).toMatch(/cannot be reached.*resumes/);
    expect(rig.events.some((e) => e.name === 'sync.offline')).toBe(true);
    sandbox = await startSandbox({ scale: 'tiny', seed: 9, ratePerSec: 0, port });
    await expect
      .poll(async () => (await rig!.engine.status()).run?.status, { timeout: 20_000, interval: 200 })
      .toBe('finished');
    await rig.engine.idle();
    expect((await rig.engine.status()).state).toBe('idle');
    expect(dbSnapshot(dir)).toEqual(sandboxSnapshot(sandbox, cyclesOf()));
  }, 60_000);

  it('resumes exactly after the syncing process is killed (SIGKILL) at random points', async () => {
    sandbox = await startSandbox({ scale: 'small', seed: 21, ratePerSec: 0, faults: { latencyMs: [1, 4] } });
    const dir = tempDir();
    const run = (killAfterMs: number | null) =>
      new Promise<{ killed: boolean; code: number | null }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            'dist/electron/sync-cli.js',
            '--data-dir',
            dir,
            '--endpoint',
            sandbox!.baseUrl,
            '--domain',
            sandbox!.credentials.domain,
            '--user',
            sandbox!.credentials.user,
            '--rate',
            '0',
          ],
          { cwd: ROOT, env: { ...process.env, WORKSTATION_PASSWORD: sandbox!.credentials.password }, stdio: 'ignore' },
        );
        let killed = false;
        const timer =
          killAfterMs === null ? null : setTimeout(() => ((killed = true), child.kill('SIGKILL')), killAfterMs);
        child.on('exit', (code) => {
          if (timer) clearTimeout(timer);
          resolve({ killed: killed && code === null, code });
        });
      });
    let kills = 0;
    let created = false;
    for (let i = 0; i < 12; i++) {
      const r = await run(400 + Math.floor(Math.random() * 1200));
      if (r.killed) kills++;
      else expect(r.code).toBe(0);
      // A kill before the process got as far as creating the database leaves none; once it exists it is always whole.
      const check = integrityCheck(dir);
      expect(check).toMatch(created ? /^ok$/ : /^(ok|absent)$/);
      created ||= check === 'ok';
    }
    expect(kills).toBeGreaterThanOrEqual(10);
    expect((await run(null)).code).toBe(0);
    expect(integrityCheck(dir)).toBe('ok');
    expect(dbSnapshot(dir)).toEqual(sandboxSnapshot(sandbox, cyclesOf()));
    // The first runs bulk-load the orders (their indexes set aside, electron/db/deferred.ts),
    // however often that was cut short: every index and trigger is back, the search index full.
    const schema = (db: Database.Database) =>
      db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").raw().all();
    const fresh = openWriter(path.join(tempDir(), 'fresh.db')).db;
    const synced = new Database(path.join(dir, 'workstation.db'), { readonly: true });
    try {
      expect(schema(synced)).toEqual(schema(fresh));
      expect(synced.prepare('SELECT count(*) FROM sync_deferred').pluck().get()).toBe(0);
      expect(synced.prepare('SELECT count(*) FROM orders_fts').pluck().get()).toBe(
        synced.prepare('SELECT count(*) FROM orders').pluck().get(),
      );
    } finally {
      synced.close();
      fresh.close();
    }
  }, 300_000);
});
