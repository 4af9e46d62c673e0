/**
 * A real process editing and issuing invoices as fast as it can, for the durability test
 * (killed with SIGKILL at random moments). Through the app's own InvoiceService and
 * database workers. Every write the service acknowledged is printed as one line, *after*
 * the acknowledgement: the parent then knows what must survive the kill.
 *
 *   node --import tsx test/support/invoice-writer-child.ts DATA_DIR CUSTOMER_ID SEED
 */
import path from 'node:path';
import { silentLogger } from '../../electron/core/logger';
import { DbClient } from '../../electron/db/client';
import { InvoiceService } from '../../electron/invoices/service';
import { ProfileService } from '../../electron/sync/profiles';
import { SessionSecretStore } from '../../electron/sync/secrets';
import { DB_WORKER } from './paths';

const [dataDir, customerId, seedText] = process.argv.slice(2) as [string, string, string];
let seed = Number(seedText) || 1;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const out = (line: string) => process.stdout.write(`${line}\n`);
const buyer = {
  name: '上海测试有限公司',
  creditCode: '91110000100017643K',
  address: '',
  phone: '',
  bank: '',
  account: '',
};

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
  const invoices = new InvoiceService(db, profiles);
  out('ready');
  for (;;) {
    let d = await invoices.create({ customerId, type: 'ordinary' });
    out(`created ${d.invoice.id}`);
    const edits = 1 + Math.floor(rand() * 6);
    for (let i = 0; i < edits; i++) {
      const cents = 1 + Math.floor(rand() * 300);
      const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      d = await invoices.save({
        id: d.invoice.id,
        revision: d.invoice.revision,
        type: 'ordinary',
        mode: 'amount',
        requestedAmount: amount,
        itemIds: [],
        buyer,
        note: `edit ${i}`,
      });
      out(`saved ${d.invoice.id} ${d.invoice.revision} ${d.invoice.totalAmount}`);
    }
    if (rand() < 0.6) {
      d = await invoices.issue({ id: d.invoice.id, revision: d.invoice.revision });
      out(`issued ${d.invoice.id} ${d.invoice.number}`);
      // Void some again, so the pool never runs dry however long the test runs.
      if (rand() < 0.5) {
        d = await invoices.void({ id: d.invoice.id, reason: 'durability test' });
        out(`voided ${d.invoice.id}`);
      }
    }
  }
}

main().catch((err) => {
  process.stderr.write(`invoice-writer-child: ${(err as Error)?.stack ?? err}\n`);
  process.exit(1);
});
