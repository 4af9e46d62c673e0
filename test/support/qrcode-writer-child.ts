/**
 * A real process creating QR codes (batches and single codes), editing and archiving them as
 * fast as it can, for the durability test (killed with SIGKILL at random moments). Through
 * the app's own QrCodeService and database workers. Every write the service acknowledged is
 * printed as one line, *after* the acknowledgement: the parent then knows what must survive.
 *
 *   node --import tsx test/support/qrcode-writer-child.ts DATA_DIR SEED BATCH_SIZE
 */
import path from 'node:path';
import { silentLogger } from '../../electron/core/logger';
import { DbClient } from '../../electron/db/client';
import { QrCodeService } from '../../electron/qrcodes/service';
import { ProfileService } from '../../electron/sync/profiles';
import { SessionSecretStore } from '../../electron/sync/secrets';
import { DB_WORKER } from './paths';

const [dataDir, seedText, sizeText] = process.argv.slice(2) as [string, string, string];
/** Codes per batch (from the parent, which checks every batch is there whole or not at all). */
const BATCH_SIZE = Number(sizeText);
const seed = Number(seedText) || 1;
const out = (line: string) => process.stdout.write(`${line}\n`);
const common = { associationType: 'referral' as const, ownerRep: '王磊', notes: '', expiresOn: null };

async function main() {
  const db = new DbClient({
    file: path.join(dataDir, 'workstation.db'),
    workerScript: DB_WORKER,
    logger: silentLogger,
  });
  const opened = await db.open();
  if (opened.state !== 'ready') throw new Error(`database ${opened.state}`);
  const profiles = new ProfileService(db, new SessionSecretStore());
  await profiles.load();
  const codes = new QrCodeService(db, profiles);
  out('ready');
  for (let round = 0; ; round++) {
    const campaign = `K${seed}-${round}`;
    const batch = await codes.createBatch(
      {
        kind: 'sequence',
        prefix: `${campaign}-`,
        from: 1,
        count: BATCH_SIZE,
        digits: 3,
        name: '',
        campaign,
        ...common,
      },
      'zh-CN',
    );
    out(`batch ${campaign} ${batch.ids.join(',')}`);
    const one = await codes.create(
      { name: '单个', tag: `${campaign}-S`, campaign: `${campaign}-S`, ...common },
      'zh-CN',
    );
    out(`created ${one.id}`);
    const edited = await codes.update(
      one.id,
      { name: `改名 ${round}`, tag: `${campaign}-S`, campaign: `${campaign}-S`, ...common, notes: `edit ${round}` },
      'zh-CN',
    );
    out(`edited ${edited.id} ${round}`);
    await codes.archive([batch.ids[0]!], true);
    out(`archived ${batch.ids[0]}`);
  }
}

main().catch((err) => {
  process.stderr.write(`qrcode-writer-child: ${(err as Error)?.stack ?? err}\n`);
  process.exit(1);
});
