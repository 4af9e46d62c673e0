/**
 * Starts the partner API sandbox in a child process (sandbox-child.ts under tsx) and talks
 * to it over IPC: its stats (requests per operation, 429s sent) and its flow control stay
 * reachable while its CPU and memory stay out of the measured process.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { SandboxStats, Scale } from '../../electron/sandbox';
import type { ChildOptions, FromChild, ToChild } from './sandbox-child';
import { ROOT } from './support';

const START_TIMEOUT_MS = 120_000;
const CALL_TIMEOUT_MS = 10_000;

export interface SandboxProcess {
  baseUrl: string;
  credentials: { domain: string; user: string; password: string };
  pid: number;
  stats(): Promise<SandboxStats>;
  setRate(rate: number): Promise<void>;
  close(): Promise<void>;
}

/** Sandbox operation name → the sync client's API name (the limiter's key). */
export const API_OF_OPERATION: Record<string, string> = {
  ListSubCustomers: 'customers',
  ListCustomerOrders: 'orders',
  ShowCustomerOrderDetails: 'order-details',
  ShowRefundOrderDetails: 'refund-details',
  ListSubcustomerMonthlyBills: 'monthly-sums',
  ListSubCustomerBillDetail: 'fee-records',
  ListConsumeSubCustomers: 'consume-customers',
};

/**
 * The sandbox clock for the benchmarks: the start of the current hour (UTC) minus one hour,
 * so the data ends where a sync's plan (built from the real clock) begins and a full sync
 * sees the whole preset; the same value in both processes makes the data identical.
 */
export function benchNow(): Date {
  const hour = 3_600_000;
  return new Date(Math.floor(Date.now() / hour) * hour - hour);
}

export async function startSandboxProcess(opts: {
  scale: Scale;
  seed: number | string;
  ratePerSec: number;
  now: Date;
  responseCache?: boolean;
}): Promise<SandboxProcess> {
  const childOpts: ChildOptions = { ...opts, now: opts.now.toISOString() };
  const child: ChildProcess = fork(path.join(ROOT, 'test/bench/sandbox-child.ts'), [JSON.stringify(childOpts)], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const waiting = new Map<number, (value: unknown) => void>();
  let failure: Error | null = null;

  const ready = new Promise<Extract<FromChild, { kind: 'ready' }>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the sandbox did not start in time')), START_TIMEOUT_MS);
    child.on('message', (msg: FromChild) => {
      if (msg.kind === 'ready') {
        clearTimeout(timer);
        resolve(msg);
      } else if (msg.kind === 'error') {
        clearTimeout(timer);
        reject(new Error(`sandbox: ${msg.message}`));
      } else {
        const w = waiting.get(msg.id);
        waiting.delete(msg.id);
        w?.(msg.value);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      failure = new Error(`the sandbox process exited (${code ?? signal})`);
      reject(failure);
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const call = <T>(msg: Omit<ToChild, 'id'>): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`sandbox ${msg.kind} timed out`)), CALL_TIMEOUT_MS);
      waiting.set(id, (v) => {
        clearTimeout(timer);
        resolve(v as T);
      });
      child.send({ ...msg, id } as ToChild);
    });
  };

  let info: Extract<FromChild, { kind: 'ready' }>;
  try {
    info = await ready;
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    baseUrl: info.baseUrl,
    credentials: info.credentials,
    pid: child.pid!,
    stats: () => call<SandboxStats>({ kind: 'stats' }),
    setRate: (rate) => call<void>({ kind: 'setRate', rate } as Omit<ToChild, 'id'>),
    async close() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
