import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { channels, type ChannelName } from '../../shared/ipc/contract';
import { testCore } from '../support/core';
import { tempDir } from '../support/temp';

/**
 * Malformed payloads per channel. Typed as a record over every channel name, so adding a
 * channel without listing its malformed inputs here does not compile.
 */
const NO_INPUT = [{}, 0, 'x', null, [], { language: 'en-US' }, true];
const MALFORMED: Record<ChannelName, unknown[]> = {
  'app.info': NO_INPUT,
  'settings.get': NO_INPUT,
  'db.status': NO_INPUT,
  'sync.status': NO_INPUT,
  'sync.cancel': NO_INPUT,
  'sync.profiles.list': NO_INPUT,
  'sync.start': [undefined, null, 'full', { kind: 'everything' }, { kind: 'full', extra: 1 }, [], 7],
  'sync.setAutoSync': [undefined, {}, { enabled: 'yes' }, { enabled: 1 }, { enabled: true, minutes: 1 }],
  'sync.quarantine': [
    undefined,
    {},
    { offset: -1, limit: 10 },
    { offset: 0, limit: 0 },
    { offset: 0, limit: 100_000 },
    { offset: 0.5, limit: 10 },
    { offset: '0', limit: 10 },
  ],
  'sync.profiles.remove': [undefined, {}, { id: '' }, { id: 5 }, { id: 'x'.repeat(100) }, { id: 'a', more: 1 }],
  'sync.profiles.activate': [undefined, {}, { id: '' }, { id: null }],
  'sync.profiles.test': [undefined, 'sandbox', { id: '' }],
  'sync.profiles.save': [
    undefined,
    {},
    { kind: 'sandbox', name: 'x', domain: 'd', user: 'u', rememberPassword: false },
    { kind: 'china', name: '', domain: 'd', user: 'u', rememberPassword: false },
    { kind: 'china', name: 'n', domain: 'has space', user: 'u', rememberPassword: false },
    { kind: 'china', name: 'n', domain: 'd', user: 'u' },
    { kind: 'china', name: 'n', domain: 'd', user: 'u', rememberPassword: false, password: 'x'.repeat(300) },
    { kind: 'mars', name: 'n', domain: 'd', user: 'u', rememberPassword: false },
  ],
  'customers.facets': NO_INPUT,
  'orders.facets': NO_INPUT,
  'dashboard.summary': NO_INPUT,
  'customers.list': [
    undefined,
    {},
    { filter: {}, sort: { field: 'name', order: 'asc' }, offset: 0 },
    { filter: {}, sort: { field: 'name', order: 'asc' }, offset: 0, limit: 10_000 },
    {
      filter: { associatedFrom: '2025-05-01', associatedTo: '2025-01-01' },
      sort: { field: 'name', order: 'asc' },
      offset: 0,
      limit: 50,
    },
    { filter: { search: 'x'.repeat(10_000) }, sort: { field: 'name', order: 'asc' }, offset: 0, limit: 50 },
    { filter: { level: 'V9' }, sort: { field: 'name', order: 'asc' }, offset: 0, limit: 50 },
    { filter: {}, sort: { field: 'rowid; DROP TABLE customers', order: 'asc' }, offset: 0, limit: 50 },
  ],
  'customers.detail': [undefined, {}, { customerId: '' }, { customerId: 1 }],
  'orders.list': [
    undefined,
    { filter: {}, sort: { field: 'createTime', order: 'sideways' }, offset: 0, limit: 50 },
    { filter: { createdFrom: '2025-02-30x' }, sort: { field: 'createTime', order: 'asc' }, offset: 0, limit: 50 },
    {
      filter: { createdFrom: '2025-06-01', createdTo: '2025-01-01' },
      sort: { field: 'createTime', order: 'asc' },
      offset: 0,
      limit: 50,
    },
    { filter: { orderId: 'CS 1234' }, sort: { field: 'createTime', order: 'asc' }, offset: 0, limit: 50 },
    { filter: { orderId: 'CS1234;--' }, sort: { field: 'createTime', order: 'asc' }, offset: 0, limit: 50 },
    { filter: { status: 'all' }, sort: { field: 'createTime', order: 'asc' }, offset: -5, limit: 50 },
  ],
  'orders.detail': [undefined, {}, { orderId: '' }, { orderId: 'a b' }, { orderId: 'x'.repeat(65) }],
  'exports.start': [
    undefined,
    {},
    { kind: 'orders', format: 'pdf', filter: {}, sort: { field: 'createTime', order: 'asc' } },
    { kind: 'secrets', format: 'csv', filter: {}, sort: { field: 'createTime', order: 'asc' } },
  ],
  'exports.cancel': [undefined, {}, { jobId: '' }],
  'invoices.list': [undefined, {}, { offset: -1, limit: 10 }, { offset: 0, limit: 10, status: 'paid' }],
  'invoices.get': [undefined, {}, { id: '' }, { id: 'x'.repeat(100) }],
  'invoices.pool': [undefined, {}, { customerId: '' }, { customerId: 'c', exceptInvoice: 5 }],
  'invoices.create': [
    undefined,
    { customerId: 'c' },
    { customerId: 'c', type: 'vat' },
    { customerId: '', type: 'ordinary' },
  ],
  'invoices.save': [
    undefined,
    {},
    { id: 'i', revision: 1, type: 'ordinary', mode: 'amount', requestedAmount: 12.5, itemIds: [], buyer: {}, note: '' },
    {
      id: 'i',
      revision: 0,
      type: 'ordinary',
      mode: 'amount',
      requestedAmount: '1',
      itemIds: [],
      buyer: { name: '', creditCode: '', address: '', phone: '', bank: '', account: '' },
      note: '',
    },
    {
      id: 'i',
      revision: 1,
      type: 'ordinary',
      mode: 'everything',
      requestedAmount: null,
      itemIds: [],
      buyer: { name: 'x'.repeat(10_000), creditCode: '', address: '', phone: '', bank: '', account: '' },
      note: '',
    },
  ],
  'invoices.issue': [undefined, { id: 'i' }, { id: 'i', revision: '1' }],
  'invoices.void': [undefined, { id: 'i' }, { id: 'i', reason: 'x'.repeat(1000) }],
  'invoices.delete': [undefined, {}, { id: '' }],
  'invoices.sequence': NO_INPUT,
  'invoices.setPrefix': [undefined, {}, { prefix: 7 }, { prefix: 'x'.repeat(100) }],
  'invoices.pdf': [undefined, {}, { id: '' }, { id: 'x'.repeat(100) }, { id: 'i', extra: 1 }],
  'invoices.print': [undefined, {}, { id: 7 }],
  'invoices.exportExcel': [
    undefined,
    {},
    { issuedFrom: '2025-01-01' },
    { issuedFrom: '2025-13-01', issuedTo: '2025-12-31' },
    { issuedFrom: '2025-01-01', issuedTo: '2025-12-31', type: 'red' },
    { issuedFrom: '2025-01-01', issuedTo: '2025-12-31', extra: true },
  ],
  'backups.list': NO_INPUT,
  'backups.create': NO_INPUT,
  'backups.export': NO_INPUT,
  'backups.uploadSlot': NO_INPUT,
  'backups.previewImport': [
    undefined,
    {},
    { source: { kind: 'disk' } },
    { source: { kind: 'backup', name: '../workstation.db' } },
    { source: { kind: 'backup', name: 'workstation-20250101T000000-000Z-manual.db/../../x' } },
    { source: { kind: 'upload', ticket: 'abc' } },
    { source: { kind: 'file', path: '/etc/passwd' } },
  ],
  'backups.import': [undefined, {}, { token: '' }, { token: 'z'.repeat(32) }, { token: 'a'.repeat(32), force: true }],
  'qrcodes.list': [
    undefined,
    { today: '2026-13' },
    { today: '2026-01-01', status: 'lost' },
    { today: '2026-01-01', limit: 10_000 },
  ],
  'qrcodes.get': [undefined, {}, { id: '' }, { id: 'x'.repeat(65) }],
  'qrcodes.facets': NO_INPUT,
  'qrcodes.create': [
    undefined,
    {},
    { name: 'n', tag: 't', associationType: 'partner', campaign: '', ownerRep: '', notes: '', expiresOn: null },
    { name: 'n', tag: 't', associationType: 'referral', campaign: '', ownerRep: '', notes: '', expiresOn: '1/2/2026' },
    {
      name: 'n',
      tag: 'x'.repeat(201),
      associationType: 'referral',
      campaign: '',
      ownerRep: '',
      notes: '',
      expiresOn: null,
    },
  ],
  'qrcodes.createBatch': [
    undefined,
    { kind: 'sequence', prefix: 'E', from: 1, count: 0, digits: 3 },
    {
      kind: 'list',
      tags: [],
      name: '',
      associationType: 'referral',
      campaign: '',
      ownerRep: '',
      notes: '',
      expiresOn: null,
    },
    { kind: 'zip' },
  ],
  'qrcodes.update': [undefined, { id: 'a' }, { id: 'a', fields: {} }],
  'qrcodes.duplicate': [undefined, {}, { id: '' }],
  'qrcodes.archive': [undefined, { ids: [], archived: true }, { ids: ['a'] }, { ids: ['a'], archived: 'yes' }],
  'qrcodes.timeline': [undefined, {}, { ids: 'a' }],
  'qrcodes.forCustomer': [undefined, {}, { customerId: '' }],
  'qrcodes.setup.get': NO_INPUT,
  'qrcodes.setup.set': [
    null,
    'https://x',
    { link: 5 },
    { link: 'x'.repeat(5001) },
    { logo: 'x'.repeat(300_001) },
    { extra: 1 },
  ],
  'qrcodes.layout.get': NO_INPUT,
  'qrcodes.layout.set': [
    undefined,
    {},
    {
      sheet: '48up',
      custom: { rows: 1, cols: 1, marginXMm: 0, marginYMm: 0, codeMm: 20 },
      language: 'zh-CN',
      logo: false,
    },
    {
      sheet: 'custom',
      custom: { rows: 0, cols: 1, marginXMm: 0, marginYMm: 0, codeMm: 20 },
      language: 'zh-CN',
      logo: false,
    },
  ],
  'qrcodes.pdf': [undefined, { ids: [] }, { ids: ['a'], layout: {} }],
  'qrcodes.print': [undefined, { ids: ['a'] }],
  'qrcodes.exportImage': [undefined, { id: 'a', format: 'gif' }],
  'certificates.list': [
    undefined,
    {},
    { offset: 0, limit: 0 },
    { offset: 0, limit: 10, status: 'valid' },
    { offset: 0, limit: 10, expiringWithin: -1 },
  ],
  'certificates.get': [undefined, {}, { id: '' }, { id: '../../etc/passwd' }],
  'certificates.create': [
    undefined,
    {},
    { fields: {}, account: null, upload: null },
    {
      fields: {
        scope: 'personal',
        kind: 'HCIP',
        name: '',
        track: 'Datacom',
        number: 'N',
        status: 'passed',
        issueDate: null,
        expiryDate: null,
        note: '',
      },
      account: null,
      upload: null,
    },
    {
      fields: {
        scope: 'personal',
        kind: 'HCIP',
        name: 'x',
        track: 'Datacom',
        number: 'N',
        status: 'passed',
        issueDate: '2025-13-01',
        expiryDate: null,
        note: '',
      },
      account: null,
      upload: null,
    },
    {
      fields: {
        scope: 'personal',
        kind: 'HCIP',
        name: 'x',
        track: 'Datacom',
        number: 'N',
        status: 'passed',
        issueDate: null,
        expiryDate: null,
        note: '',
      },
      account: 'has space',
      upload: null,
    },
  ],
  'certificates.update': [undefined, {}, { id: 'x', revision: 0, fields: {}, upload: null }],
  'certificates.bind': [undefined, {}, { id: 'x', account: 'a', onDate: '2025-01-01', note: '' }],
  'certificates.unbind': [undefined, {}, { id: 'x', onDate: 'today', note: '' }],
  'certificates.transfer': [undefined, {}, { id: 'x', account: '', onDate: '2025-01-01', note: '' }],
  'certificates.undo': [undefined, {}, { id: 'x', transferId: 'last', note: '' }],
  'certificates.uploadSlot': NO_INPUT,
  'certificates.inspectUpload': [undefined, {}, { ticket: '../x' }],
  'certificates.openFile': [undefined, {}, { id: 5 }],
  'certificates.inbox': NO_INPUT,
  'certificates.markRead': [undefined, {}, { ids: 'all' }],
  'certificates.expiring': NO_INPUT,
  'certificates.previewImport': [
    undefined,
    {},
    { csv: 5, fileName: 'x.csv' },
    { csv: 'x'.repeat(2_000_001), fileName: 'x.csv' },
  ],
  'certificates.confirmImport': [undefined, {}, { token: 'z'.repeat(32) }],
  'certificates.exportCsv': NO_INPUT,
  'certificates.bidPack': [undefined, {}, { ids: [], title: '' }, { ids: ['x'], title: '' }],
  'bills.cycles': NO_INPUT,
  'bills.cycle': [
    undefined,
    {},
    { cycle: '2025-13', filter: {}, sort: { field: 'official', order: 'desc' }, offset: 0, limit: 50 },
    { cycle: '2025-1', filter: {}, sort: { field: 'official', order: 'desc' }, offset: 0, limit: 50 },
    {
      cycle: '2025-01',
      filter: {},
      sort: { field: 'official; DROP TABLE bill_totals', order: 'desc' },
      offset: 0,
      limit: 50,
    },
    {
      cycle: '2025-01',
      filter: { search: 'x'.repeat(10_000) },
      sort: { field: 'name', order: 'asc' },
      offset: 0,
      limit: 50,
    },
    { cycle: '2025-01', filter: { customerId: '' }, sort: { field: 'name', order: 'asc' }, offset: 0, limit: 50 },
    { cycle: '2025-01', filter: {}, sort: { field: 'name', order: 'asc' }, offset: 0, limit: 10_000 },
  ],
  'bills.totals': [
    undefined,
    {},
    { cycle: '2025-00', filter: {} },
    { cycle: '2025-01' },
    { cycle: '2025-01', filter: { x: 1 } },
  ],
  'bills.records': [
    undefined,
    { cycle: '2025-01', sort: { field: 'tradeTime', order: 'desc' }, offset: 0, limit: 50 },
    {
      cycle: '2025-01',
      customerId: 'c',
      kind: 'all',
      sort: { field: 'tradeTime', order: 'desc' },
      offset: 0,
      limit: 50,
    },
    { cycle: '2025-01', customerId: 'c', sort: { field: 'payment', order: 'desc' }, offset: 0, limit: 50 },
    { cycle: 'x', customerId: 'c', sort: { field: 'tradeTime', order: 'desc' }, offset: -1, limit: 50 },
  ],
  'settings.set': [
    undefined,
    null,
    'en-US',
    42,
    [],
    {},
    { language: 'fr-FR' },
    { language: 'EN-us' },
    { theme: 1 },
    { theme: 'neon' },
    { language: 'en-US', extra: true },
    // What JSON.parse makes of a prototype-pollution attempt on the WebSocket wire.
    JSON.parse('{"__proto__": {"language": "en-US"}}'),
    { language: 'x'.repeat(100_000) },
  ],
};

let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

describe('every channel validates its input before any handler runs', () => {
  it.each(Object.keys(channels) as ChannelName[])('%s refuses malformed payloads with INVALID_INPUT', async (name) => {
    core = await testCore(tempDir());
    const before = core.settings.value;
    for (const payload of MALFORMED[name]) {
      const result = await core.dispatcher.dispatch(name, payload);
      expect(result.ok, `payload ${JSON.stringify(payload)?.slice(0, 60)}`).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT');
        expect(result.error.message).toMatch(/^输入无效：/); // zh-CN is the default language
        expect(Array.isArray(result.error.details)).toBe(true);
      }
    }
    // Nothing changed and the core still answers.
    expect(core.settings.value).toEqual(before);
    const info = await core.dispatcher.dispatch('app.info', undefined);
    expect(info.ok).toBe(true);
  });

  it('answers an unknown or non-string channel with UNKNOWN_CHANNEL', async () => {
    core = await testCore(tempDir());
    for (const channel of ['nope', 'constructor', '__proto__', 'toString', 42, null, { a: 1 }]) {
      const result = await core.dispatcher.dispatch(channel, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    }
  });

  it('writes error messages in the language the user chose', async () => {
    core = await testCore(tempDir(), { language: 'en-US' });
    const result = await core.dispatcher.dispatch('settings.set', { language: 'fr-FR' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!result.ok) expect(result.error.message).toMatch(/^Invalid input: language/);
  });

  it('accepts valid input, persists it, and emits settings.changed', async () => {
    const dir = tempDir();
    core = await testCore(dir);
    const seen: unknown[] = [];
    core.bus.subscribe((name, payload) => seen.push({ name, payload }));
    const result = await core.dispatcher.dispatch('settings.set', { theme: 'dark' });
    expect(result).toEqual({ ok: true, value: { language: 'zh-CN', theme: 'dark' } });
    expect(seen).toEqual([{ name: 'settings.changed', payload: { language: 'zh-CN', theme: 'dark' } }]);
    await core.close();
    core = await testCore(dir);
    expect(await core.dispatcher.dispatch('settings.get', undefined)).toEqual({
      ok: true,
      value: { language: 'zh-CN', theme: 'dark' },
    });
  });
});
