import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_SEED } from '../../electron/core/core';
import { startSandbox, type Sandbox } from '../../electron/sandbox';
import type { OrderDetail, OrderPage } from '../../shared/orders/schema';
import type { SyncStatus } from '../../shared/sync/schema';
import { spawnHost, type HostProcess } from '../support/host-process';
import { tempDir } from '../support/temp';
import { hostClient } from '../support/ws-client';

let sandbox: Sandbox | null = null;
let host: HostProcess | null = null;
afterEach(async () => {
  await host?.stop();
  await sandbox?.close();
  host = sandbox = null;
});

describe('the browser host with the partner API going away', () => {
  it('keeps browsing offline: cached order details with their age, uncached ones say so plainly', async () => {
    sandbox = await startSandbox({ scale: 'tiny', seed: SANDBOX_SEED, ratePerSec: 0 });
    host = await spawnHost(tempDir(), ['--no-auto-sync', '--sandbox-url', sandbox.baseUrl, '--lang', 'en-US']);
    const client = await hostClient(host);
    await client.call('sync.start', { kind: 'full' });
    await expect
      .poll(async () => (await client.call<SyncStatus>('sync.status')).run?.status, { timeout: 60_000 })
      .toBe('finished');

    const list = await client.call<OrderPage>('orders.list', {
      filter: {},
      sort: { field: 'createTime', order: 'desc' },
      offset: 0,
      limit: 5,
    });
    expect(list.total).toBeGreaterThan(100);
    const [opened, neverOpened] = list.rows;
    const live = await client.call<OrderDetail>('orders.detail', { orderId: opened!.orderId });
    expect(live.source).toBe('live');
    expect(live.lineItems.length).toBeGreaterThan(0);
    expect(live.notice).toBeNull();

    await sandbox.close();
    sandbox = null;

    // Browsing the local cache works exactly as before.
    const again = await client.call<OrderPage>('orders.list', {
      filter: {},
      sort: { field: 'createTime', order: 'desc' },
      offset: 0,
      limit: 5,
    });
    expect(again).toEqual(list);
    const cached = await client.call<OrderDetail>('orders.detail', { orderId: opened!.orderId });
    expect(cached.source).toBe('cache');
    expect(cached.lineItems).toEqual(live.lineItems);
    expect(cached.notice).toMatch(/^Offline: showing the order details cached \d+ minutes? ago\.$/);
    const uncached = await client.call<OrderDetail>('orders.detail', { orderId: neverOpened!.orderId });
    expect(uncached.source).toBe('list');
    expect(uncached.order?.orderId).toBe(neverOpened!.orderId);
    expect(uncached.notice).toMatch(/Offline, and the details of this order are not cached yet/);

    // A sync now reports the offline state in plain words.
    await client.call('sync.start', { kind: 'incremental' });
    await expect
      .poll(async () => (await client.call<SyncStatus>('sync.status')).state, { timeout: 30_000 })
      .toBe('offline');
    expect((await client.call<SyncStatus>('sync.status')).message).toMatch(/cannot be reached/);
    client.close();
  }, 120_000);
});
