import fs from 'node:fs';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { testCore } from '../support/core';
import { tempDir } from '../support/temp';

/** Certificates end to end in the core: a real database, the real file store. */
let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const fields = (number: string) => ({
  scope: 'personal' as const,
  kind: 'HCIP' as const,
  name: '张三',
  track: 'Datacom',
  number,
  status: 'passed' as const,
  issueDate: '2025-01-01',
  expiryDate: '2028-01-01',
  note: '',
});

async function upload(c: Core, data: Buffer, name: string): Promise<string> {
  const slot = c.certificates.uploadSlot();
  const ticket = slot.url.split('/').pop()!;
  expect(await c.certificates.receiveUpload(ticket, Readable.from([data]), name)).toBe('ok');
  return ticket;
}

describe('certificates', () => {
  it('adds a certificate with a PDF, refuses a renamed program, transfers A → B → C and undoes as a new entry', async () => {
    core = await testCore(tempDir());
    const c = core;
    const exe = await upload(c, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100)]), 'cert.pdf');
    expect(() => c.certificates.inspectUpload(exe)).toThrow();
    const d = await c.certificates.create({
      fields: fields('HCIP-1'),
      account: 'acct-a',
      upload: await upload(c, PDF, 'a.pdf'),
    });
    expect(d.certificate.file?.mime).toBe('application/pdf');
    const today = c.certificates.today();
    await c.certificates.transfer({ id: d.certificate.id, account: 'acct-b', onDate: today, note: '' });
    const t2 = await c.certificates.transfer({ id: d.certificate.id, account: 'acct-c', onDate: today, note: 'x' });
    expect(t2.certificate.account).toBe('acct-c');
    const back = await c.certificates.undo({ id: d.certificate.id, transferId: t2.undoable!, note: 'mistake' });
    expect(back.certificate.account).toBe('acct-b');
    expect(back.history.map((h) => h.action)).toEqual(['created', 'bind', 'file', 'transfer', 'transfer', 'undo']);
    const ticket = await c.certificates.openFile(d.certificate.id);
    expect(ticket.mime).toBe('application/pdf');
    expect(fs.existsSync(c.options.dataDir)).toBe(true);
  });
});
