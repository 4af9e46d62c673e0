import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { startSandbox, type Sandbox } from '../../electron/sandbox';
import { toUnits } from '../../shared/money/units';
import { LINK_MAX } from '../../shared/qrcodes/link';
import { call, testCore } from '../support/core';
import { syncRig } from '../support/sync';

/**
 * QR codes through the real dispatcher, core and writer worker, on a database synced from
 * the sandbox (whose customers carry labels such as EXPO-001, EXPO-012, visit-shanghai):
 * the link rules, batches that are created whole or not at all, edit/duplicate/archive,
 * the list's filters, and attribution checked against the database itself.
 */
let sandbox: Sandbox;
let core: Core;
let dir: string;
const today = '2026-12-02';

const raw = () => new Database(path.join(dir, 'workstation.db'), { readonly: true });

async function ok<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>) {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

async function refused(p: Promise<{ ok: boolean; error?: { code: string; message: string; details?: unknown } }>) {
  const r = await p;
  expect(r.ok).toBe(false);
  return r.error!;
}

const common = { associationType: 'referral', campaign: 'HDC 2026', ownerRep: '王芳', notes: '', expiresOn: null };
const countCodes = async () => (await ok(call(core, 'qrcodes.list', { status: 'all', today, limit: 1 }))).all;

beforeAll(async () => {
  sandbox = await startSandbox({ scale: 'tiny', seed: 29, ratePerSec: 0 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pw-qrcodes-'));
  const rig = await syncRig(dir, () => sandbox);
  await rig.engine.start('full');
  await rig.engine.idle();
  await rig.close();
  core = await testCore(dir, { language: 'en-US' });
}, 120_000);

afterAll(async () => {
  await core?.close();
  await sandbox?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('partner expansion link', () => {
  it.each([
    ['javascript:alert(1)', /Only https:\/\/ links.*"javascript:"/],
    ['data:text/html,<b>hi</b>', /Only https:\/\/ links.*"data:"/],
    ['http://partner.example.com/?tag={tag}', /Only https:\/\/ links.*"http:"/],
    ['scan me at the booth', /not a web address/],
    ['https:///no-host', /not a web address/],
    ['   ', /Paste the expansion link/],
    [`https://example.com/?q=${'x'.repeat(LINK_MAX)}`, /too long \(10\d\d characters\); at most 1000/],
  ])('refuses %s with a clear message and keeps the saved link', async (link, message) => {
    await ok(call(core, 'qrcodes.setup.set', { link: 'https://partner.example.com/reg?tag={tag}' }));
    const e = await refused(call(core, 'qrcodes.setup.set', { link }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toMatch(message);
    expect((await ok(call(core, 'qrcodes.setup.get'))).link).toBe('https://partner.example.com/reg?tag={tag}');
  });

  it('keeps an https link as pasted, says whether it has {tag}, and the partner name', async () => {
    const s = await ok(
      call(core, 'qrcodes.setup.set', {
        link: '  https://partner.example.com/reg?bp=7&tag={tag}  ',
        partnerName: '华云伙伴',
      }),
    );
    expect(s).toMatchObject({
      link: 'https://partner.example.com/reg?bp=7&tag={tag}',
      hasPlaceholder: true,
      partnerName: '华云伙伴',
    });
    expect(
      (await ok(call(core, 'qrcodes.setup.set', { link: 'https://partner.example.com/fixed' }))).hasPlaceholder,
    ).toBe(false);
    await ok(call(core, 'qrcodes.setup.set', { link: 'https://partner.example.com/reg?bp=7&tag={tag}' }));
  });

  it('refuses a logo that is not a PNG/JPEG data URL', async () => {
    const e = await refused(call(core, 'qrcodes.setup.set', { logo: 'data:image/svg+xml;base64,PHN2Zz4=' }));
    expect(e.message).toMatch(/PNG or JPEG/);
  });
});

describe('batches', () => {
  it('creates EXPO-001 … EXPO-040 in one go, named and numbered', async () => {
    const r = await ok(
      call(core, 'qrcodes.createBatch', {
        kind: 'sequence',
        prefix: 'EXPO-',
        from: 1,
        count: 40,
        digits: 3,
        name: 'HDC',
        ...common,
      }),
    );
    expect(r.created).toBe(40);
    const page = await ok(call(core, 'qrcodes.list', { search: 'EXPO-0', today, limit: 100 }));
    expect(page.total).toBe(40);
    expect(page.items.map((c) => c.tag)).toEqual(
      Array.from({ length: 40 }, (_, i) => `EXPO-${String(i + 1).padStart(3, '0')}`),
    );
    expect(page.items[0]).toMatchObject({
      name: 'HDC EXPO-001',
      campaign: 'HDC 2026',
      ownerRep: '王芳',
      archivedAt: null,
    });
  });

  it('normalizes spaces and full-width forms, keeps Chinese tags', async () => {
    const r = await ok(
      call(core, 'qrcodes.createBatch', {
        kind: 'list',
        tags: ['  booth  A ', '上海 展会', 'ＱＲ１'],
        name: '',
        ...common,
      }),
    );
    const codes = await Promise.all(r.ids.map((id) => ok(call(core, 'qrcodes.get', { id }))));
    expect(codes.map((c) => c.tag)).toEqual(['booth-A', '上海-展会', 'QR1']);
    expect(codes.map((c) => c.name)).toEqual(['booth-A', '上海-展会', 'QR1']);
  });

  it.each([
    [['ok-1', 'a/b'], /No\. 2 "a\/b".*cannot contain "\/"/],
    [['ok-2', 'dup', 'DUP'], /No\. 3 "DUP": Same as tag no\. 2/],
    [['ok-3', 'x'.repeat(33)], /at most 32 characters/],
    [['ok-4', 'EXPO-007'], /Another code already uses this tag/],
    [['ok-5', '   '], /The tag is empty/],
    [['ok-6', 'what?', 'a#b', 'c&d'], /^3 tags have problems; no code was created/],
  ])('refuses %j with a clear message and creates none of them', async (tags, message) => {
    const before = await countCodes();
    const e = await refused(call(core, 'qrcodes.createBatch', { kind: 'list', tags, name: '', ...common }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toMatch(message);
    expect((e.details as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
    expect(await countCodes()).toBe(before);
  });

  it('refuses a batch whose numbered tags collide with existing ones, all or nothing', async () => {
    const before = await countCodes();
    const e = await refused(
      call(core, 'qrcodes.createBatch', {
        kind: 'sequence',
        prefix: 'EXPO-',
        from: 35,
        count: 10,
        digits: 3,
        name: '',
        ...common,
      }),
    );
    expect(e.message).toMatch(/^6 tags have problems/);
    expect(await countCodes()).toBe(before);
    const e2 = await refused(
      call(core, 'qrcodes.createBatch', {
        kind: 'sequence',
        prefix: 'X',
        from: 1,
        count: 501,
        digits: 3,
        name: '',
        ...common,
      }),
    );
    expect(e2.message).toMatch(/At most 500 codes/);
  });
});

describe('edit, duplicate, archive, list', () => {
  it('edits a code, refusing a tag another code has', async () => {
    const code = await ok(call(core, 'qrcodes.create', { name: 'Visit', tag: 'visit 2026', ...common }));
    expect(code.tag).toBe('visit-2026');
    const e = await refused(
      call(core, 'qrcodes.update', { id: code.id, fields: { ...common, name: 'V', tag: 'expo-001', notes: '' } }),
    );
    expect(e.message).toMatch(/Another code already uses this tag/);
    const edited = await ok(
      call(core, 'qrcodes.update', {
        id: code.id,
        fields: {
          ...common,
          name: 'Visit Hangzhou',
          tag: 'visit-hz',
          associationType: 'reseller',
          notes: 'desk 4',
          expiresOn: '2026-01-31',
        },
      }),
    );
    expect(edited).toMatchObject({
      name: 'Visit Hangzhou',
      tag: 'visit-hz',
      associationType: 'reseller',
      expiresOn: '2026-01-31',
    });
    // expired on `today`: not in the active list, in the expired one
    const active = await ok(call(core, 'qrcodes.list', { search: 'visit-hz', today }));
    expect(active.total).toBe(0);
    const expired = await ok(call(core, 'qrcodes.list', { search: 'visit-hz', status: 'expired', today }));
    expect(expired.items.map((c) => c.id)).toEqual([code.id]);
  });

  it('duplicates under the next free tag and archives / unarchives', async () => {
    const [first] = (await ok(call(core, 'qrcodes.list', { search: 'EXPO-001', today }))).items;
    const copy = await ok(call(core, 'qrcodes.duplicate', { id: first!.id }));
    expect(copy).toMatchObject({ tag: 'EXPO-001-2', campaign: 'HDC 2026', archivedAt: null });
    expect((await ok(call(core, 'qrcodes.duplicate', { id: first!.id }))).tag).toBe('EXPO-001-3');
    const r = await ok(call(core, 'qrcodes.archive', { ids: [copy.id], archived: true }));
    expect(r.changed).toBe(1);
    expect((await ok(call(core, 'qrcodes.list', { search: 'EXPO-001-2', today }))).total).toBe(0);
    expect((await ok(call(core, 'qrcodes.list', { search: 'EXPO-001-2', status: 'archived', today }))).total).toBe(1);
    await ok(call(core, 'qrcodes.archive', { ids: [copy.id], archived: false }));
    expect((await ok(call(core, 'qrcodes.list', { search: 'EXPO-001-2', today }))).total).toBe(1);
  });

  it('filters by type, campaign and owner; facets list what exists', async () => {
    const facets = await ok(call(core, 'qrcodes.facets'));
    expect(facets.campaigns).toContain('HDC 2026');
    expect(facets.ownerReps).toContain('王芳');
    const resellers = await ok(call(core, 'qrcodes.list', { status: 'all', associationType: 'reseller', today }));
    expect(resellers.items.map((c) => c.tag)).toEqual(['visit-hz']);
    const none = await ok(call(core, 'qrcodes.list', { campaign: 'nope', today }));
    expect(none.total).toBe(0);
    const mine = await ok(call(core, 'qrcodes.list', { ownerRep: '王芳', status: 'all', today, limit: 500 }));
    expect(mine.total).toBe(await countCodes());
  });
});

describe('attribution', () => {
  it('links customers whose label is a code’s tag; counts, dates, orders and spend match the database', async () => {
    const page = await ok(call(core, 'qrcodes.list', { search: 'EXPO-', status: 'all', today, limit: 100 }));
    const db = raw();
    db.defaultSafeIntegers(true);
    let linked = 0;
    for (const code of page.items) {
      const c = db
        .prepare(
          'SELECT count(*) AS n, min(associated_on) AS a, max(associated_on) AS b FROM customers WHERE label = ?',
        )
        .get(code.tag) as { n: bigint; a: string | null; b: string | null };
      const o = db
        .prepare(
          `SELECT count(o.order_id) AS n, coalesce(sum(o.amount_after_discount), 0) AS s
           FROM customers c JOIN orders o ON o.customer_id = c.customer_id AND o.create_time >= c.associated_on WHERE c.label = ?`,
        )
        .get(code.tag) as { n: bigint; s: bigint };
      expect(code.attribution.customers, code.tag).toBe(Number(c.n));
      expect(code.attribution.firstAssociatedOn).toBe(c.a);
      expect(code.attribution.lastAssociatedOn).toBe(c.b);
      expect(code.attribution.orders, code.tag).toBe(Number(o.n));
      // exact: the decimal text is the database's integer units
      expect(toUnits(code.attribution.spend), code.tag).toBe(o.s);
      linked += Number(c.n);
    }
    db.close();
    // The sandbox gives EXPO-001/002/003/007/012 to customers: the fixture is not empty.
    expect(linked).toBeGreaterThan(0);
  });

  it('shows per month how many customers each code brought, and which code brought a customer', async () => {
    const t = await ok(call(core, 'qrcodes.timeline', { ids: null }));
    expect(t.series.length).toBeGreaterThan(0);
    const db = raw();
    for (const s of t.series) {
      const n = db
        .prepare('SELECT count(*) FROM customers WHERE label = ? AND associated_on IS NOT NULL')
        .pluck()
        .get(s.tag);
      expect(
        s.counts.reduce((a, b) => a + b, 0),
        s.tag,
      ).toBe(n);
    }
    const customer = db
      .prepare("SELECT customer_id FROM customers WHERE label = 'EXPO-012' LIMIT 1")
      .pluck()
      .get() as string;
    const stranger = db
      .prepare('SELECT customer_id FROM customers WHERE label IS NULL LIMIT 1')
      .pluck()
      .get() as string;
    db.close();
    expect(await ok(call(core, 'qrcodes.forCustomer', { customerId: customer }))).toMatchObject({
      tag: 'EXPO-012',
      archived: false,
    });
    expect(await ok(call(core, 'qrcodes.forCustomer', { customerId: stranger }))).toBeNull();
  });
});

describe('layouts', () => {
  it('keeps the profile’s layout, and refuses a grid too small for its code with the size that fits', async () => {
    const base = await ok(call(core, 'qrcodes.layout.get'));
    expect(base).toMatchObject({ sheet: '8up', language: 'en-US', logo: false });
    const custom = { ...base, sheet: 'custom', custom: { rows: 6, cols: 4, marginXMm: 5, marginYMm: 5, codeMm: 60 } };
    const e = await refused(call(core, 'qrcodes.layout.set', custom));
    expect(e.message).toMatch(/at most \d+ mm/);
    const fits = { ...custom, custom: { ...custom.custom, codeMm: 30 } };
    await ok(call(core, 'qrcodes.layout.set', fits));
    expect(await ok(call(core, 'qrcodes.layout.get'))).toEqual(fits);
  });
});
