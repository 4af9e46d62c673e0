/**
 * The large preset (≈5k customers, 200k orders, 1M fee records): start-up time and memory
 * of the standalone sandbox process (`electron/sandbox/main.ts`), printed; only sane bounds
 * are asserted (timing targets belong to benchmarks).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { PRESETS, startSandbox } from '../../electron/sandbox';
import { ROOT } from '../support/paths';
import { PATHS, SandboxClient, TEST_NOW } from '../support/sandbox';

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
});

/** Resident set size of a process in MB (Linux), or undefined. */
function rssMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

function startCli(args: string[]): Promise<{ child: ChildProcess; line: string; ms: number; stdout: () => string }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/sandbox/main.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve({ child, line: out.slice(0, nl), ms: performance.now() - t0, stdout: () => out });
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${err}`)));
  });
}

describe('large preset', () => {
  it('standalone: one ready line, start-up time and RSS', { timeout: 180_000 }, async () => {
    const { child, line, ms, stdout } = await startCli([
      '--port',
      '0',
      '--scale',
      'large',
      '--seed',
      '9',
      '--now',
      TEST_NOW.toISOString(),
      '--rate',
      '0',
    ]);
    const m = /^Sandbox ready: (http:\/\/127\.0\.0\.1:\d+) domain=(\S+) user=(\S+) password=(\S+)$/.exec(line);
    expect(m, line).not.toBeNull();
    const rssReady = rssMb(child.pid!);

    const [, baseUrl, domain, user, password] = m!;
    const client = new SandboxClient({ baseUrl, credentials: { domain, user, password } } as never);
    await client.login();
    const customers = (await client.post(PATHS.customers, { limit: 1 })).json.count;
    const orders = (await client.get(PATHS.orders, { limit: 100 })).json.total_count;
    const cycle = '2025-01';
    const t0 = performance.now();
    const consumers = await client.post(PATHS.consumers, { bill_cycle: cycle, limit: 100 });
    const firstCycleMs = performance.now() - t0;
    for (const c of consumers.json.sub_customers.slice(0, 20))
      expect(
        (await client.get(PATHS.feeRecords, { bill_cycle: cycle, customer_id: c.customer_id, limit: 100 })).status,
      ).toBe(200);
    expect((await client.get(PATHS.monthlySums, { cycle, charge_mode: '3', limit: 100 })).status).toBe(200);
    const rssAfter = rssMb(child.pid!);
    const peak = rssMb(child.pid!, 'VmHWM');
    console.log(
      `large preset (standalone, tsx): ready in ${ms.toFixed(0)} ms; RSS ${rssReady?.toFixed(0)} MB at ready, ` +
        `${rssAfter?.toFixed(0)} MB after a cycle of fee records (peak ${peak?.toFixed(0)} MB); ` +
        `first §8 of a cycle ${firstCycleMs.toFixed(0)} ms; ${customers} customers, ${orders} orders, ` +
        `${consumers.json.total_count} customers with spend in ${cycle}`,
    );
    expect(customers).toBeGreaterThan(4_000);
    expect(customers).toBeLessThan(6_500);
    expect(orders).toBeGreaterThan(150_000);
    expect(orders).toBeLessThan(250_000);
    if (rssAfter !== undefined) expect(rssAfter).toBeLessThan(600);

    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(stdout().trim().split('\n')).toHaveLength(1);
  });

  it('in-process: generation time and fee record volume', { timeout: 180_000 }, async () => {
    const t0 = performance.now();
    const sb = await startSandbox({ scale: 'large', seed: 9, now: TEST_NOW, ratePerSec: 0 });
    const startMs = performance.now() - t0;
    try {
      const cycles = sb.data.cycles();
      const t1 = performance.now();
      const perCycle = [cycles[3]!, cycles[12]!].map((c) => sb.data.feeRecordCount(c));
      const feeMs = (performance.now() - t1) / 2;
      const estimate = ((perCycle[0]! + perCycle[1]!) / 2) * (cycles.length - 0.5);
      console.log(
        `large preset (in-process): startSandbox ${startMs.toFixed(0)} ms; ` +
          `${sb.data.customers().length} customers, ${sb.data.orderCount()} orders; ` +
          `fee records per full cycle ${perCycle.join(', ')} (≈${Math.round(estimate)} over ${cycles.length} cycles), ` +
          `${feeMs.toFixed(0)} ms to generate a cycle`,
      );
      expect(cycles).toHaveLength(PRESETS.large.cycles);
      expect(estimate).toBeGreaterThan(600_000);
      expect(estimate).toBeLessThan(1_400_000);
    } finally {
      await sb.close();
    }
  });
});
