/**
 * A real process adding certificates with files as fast as it can, for the crash-safety
 * test (killed with SIGKILL at random moments). Through the app's own CertificateService,
 * file store and database workers; the bytes are streamed in small chunks, as the upload
 * route receives them, so kills land while a file is being written, renamed or committed.
 * Every certificate the service acknowledged is printed *after* the acknowledgement.
 *
 *   node --import tsx test/integration/certificates-writer-child.ts DATA_DIR SEED
 */
import path from 'node:path';
import { Readable } from 'node:stream';
import { CertificateService } from '../../electron/certificates/service';
import { silentLogger } from '../../electron/core/logger';
import { DbClient } from '../../electron/db/client';
import { DB_WORKER } from '../support/paths';

const [dataDir, seedText] = process.argv.slice(2) as [string, string];
let seed = Number(seedText) || 1;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const out = (line: string) => process.stdout.write(`${line}\n`);

/** A complete PDF of about `size` bytes (padding in a comment), different every time. */
function pdfOf(size: number, n: number): Buffer {
  const head = Buffer.from(`%PDF-1.4\n% certificate ${n} ${seed}\n`, 'latin1');
  const tail = Buffer.from('\ntrailer <<>>\n%%EOF\n', 'latin1');
  const pad = Buffer.alloc(Math.max(0, size - head.length - tail.length), 0x41 + (n % 26));
  return Buffer.concat([head, pad, tail]);
}

async function* chunks(data: Buffer) {
  for (let i = 0; i < data.length; i += 64 * 1024) {
    yield data.subarray(i, i + 64 * 1024);
    await new Promise((r) => setImmediate(r));
  }
}

async function main() {
  const db = new DbClient({
    file: path.join(dataDir, 'workstation.db'),
    workerScript: DB_WORKER,
    logger: silentLogger,
  });
  const opened = await db.open();
  if (opened.state !== 'ready') throw new Error(`database ${opened.state}`);
  const service = new CertificateService({ db, dataDir, logger: silentLogger, actor: 'crash-test' });
  await service.start();
  service.close();
  out('ready');
  for (let n = 0; ; n++) {
    const data = pdfOf(50_000 + Math.floor(rand() * 3_000_000), n);
    const slot = service.uploadSlot();
    const ticket = slot.url.split('/').pop()!;
    const got = await service.receiveUpload(ticket, Readable.from(chunks(data)), `c${n}.pdf`);
    if (got !== 'ok') throw new Error(`upload ${got}`);
    const d = await service.create({
      fields: {
        scope: 'company',
        kind: 'other',
        name: `crash ${seed}-${n}`,
        track: '',
        number: `K-${seed}-${n}`,
        status: 'passed',
        issueDate: '2025-01-01',
        expiryDate: '2027-01-01',
        note: '',
      },
      account: null,
      upload: ticket,
    });
    out(`created ${d.certificate.id} ${d.certificate.file!.sha256} ${d.certificate.file!.bytes}`);
  }
}

main().catch((err) => {
  process.stderr.write(`certificates-writer-child: ${(err as Error)?.stack ?? err}\n`);
  process.exit(1);
});
