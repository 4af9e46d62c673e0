import crypto from 'node:crypto';
import os from 'node:os';
import type { ParsedInput } from '../../shared/ipc/contract';
import type { MessageKey } from '../../shared/i18n/messages';
import { AppError } from '../../shared/ipc/errors';
import type { DbClient } from '../db/client';
import type { ProfileService } from '../sync/profiles';
import { checkBuyer, parseRequestedAmount } from './validate';
import type { Refusal } from './repository';
import type { MatchRefusal } from './match';

/** The default number prefix of a profile's sequence, until the rep sets one. */
export const DEFAULT_PREFIX = 'PW-';

type CustomerRefusal = { refused: 'customerNotFound' };

function refuse(r: Refusal | MatchRefusal | CustomerRefusal): never {
  switch (r.refused) {
    case 'notFound':
      throw new AppError('NOT_FOUND', 'invoices.error.notFound');
    case 'customerNotFound':
      throw new AppError('NOT_FOUND', 'invoices.error.customerNotFound');
    case 'notDraft':
      throw new AppError('CONFLICT', 'invoices.error.notDraft');
    case 'notIssued':
      throw new AppError('CONFLICT', 'invoices.error.notIssued');
    case 'stale':
      throw new AppError('CONFLICT', 'invoices.error.stale');
    case 'conflict':
      throw new AppError('CONFLICT', 'invoices.error.conflict', { count: r.items.length }, { items: r.items });
    case 'match':
      // The matching's own codes are message keys (shared/i18n/features/invoice-rules.ts, money.ts).
      throw new AppError('INVALID_INPUT', r.code as MessageKey, r.params, { code: r.code, ...r.params });
  }
}

const refused = (v: object): v is Refusal | MatchRefusal => 'refused' in v;

/**
 * Invoices: local-only work product. Every write is a durable operation in the writer
 * worker, where the matching is re-run on the pool as it is inside the same transaction.
 */
export class InvoiceService {
  private readonly actor: string;

  constructor(
    private readonly db: DbClient,
    private readonly profiles: ProfileService,
  ) {
    // Who did it, for the audit trail: the rep's OS account (the app has no sign-in of its own).
    let user = 'rep';
    try {
      user = os.userInfo().username || user;
    } catch {
      // some sandboxes have no passwd entry
    }
    this.actor = user;
  }

  private now() {
    return new Date().toISOString();
  }

  private async profileId(): Promise<string> {
    return (await this.profiles.activeProfile()).id;
  }

  list(input: ParsedInput<'invoices.list'>) {
    return this.db.run('invoices.list', input);
  }

  async get(id: string) {
    const detail = await this.db.run('invoices.get', id);
    if (!detail) refuse({ refused: 'notFound' });
    return detail;
  }

  pool(input: ParsedInput<'invoices.pool'>) {
    return this.db.run('invoices.pool', { customerId: input.customerId, exceptInvoice: input.exceptInvoice ?? null });
  }

  async create(input: ParsedInput<'invoices.create'>) {
    const r = await this.db.run('invoices.create', {
      id: crypto.randomUUID(),
      profileId: await this.profileId(),
      customerId: input.customerId,
      type: input.type,
      now: this.now(),
      actor: this.actor,
    });
    if (refused(r)) refuse(r.refused === 'notFound' ? { refused: 'customerNotFound' } : r);
    return this.get(r.id);
  }

  async save(input: ParsedInput<'invoices.save'>) {
    const requestedAmount =
      input.mode === 'amount' && input.requestedAmount !== null && input.requestedAmount.trim() !== ''
        ? parseRequestedAmount(input.requestedAmount)
        : null;
    checkBuyer(input.buyer, input.type, { complete: false });
    const r = await this.db.run('invoices.saveDraft', {
      id: input.id,
      revision: input.revision,
      changes: { type: input.type, mode: input.mode, requestedAmount, buyer: input.buyer, note: input.note },
      itemIds: input.mode === 'pick' ? input.itemIds : [],
      now: this.now(),
      actor: this.actor,
    });
    if (refused(r)) refuse(r);
    return this.get(input.id);
  }

  async issue(input: ParsedInput<'invoices.issue'>) {
    const current = await this.get(input.id);
    if (current.invoice.status !== 'draft') refuse({ refused: 'notDraft' });
    checkBuyer(current.invoice.buyer, current.invoice.type, { complete: true });
    if (current.lines.length === 0) throw new AppError('INVALID_INPUT', 'invoices.error.noLines');
    const r = await this.db.run('invoices.issue', {
      id: input.id,
      revision: input.revision,
      now: this.now(),
      actor: this.actor,
      defaultPrefix: DEFAULT_PREFIX,
    });
    if (refused(r)) refuse(r);
    return this.get(input.id);
  }

  async void(input: ParsedInput<'invoices.void'>) {
    if (!input.reason.trim()) throw new AppError('INVALID_INPUT', 'invoices.error.voidReason');
    const r = await this.db.run('invoices.void', {
      id: input.id,
      reason: input.reason.trim(),
      now: this.now(),
      actor: this.actor,
    });
    if (refused(r)) refuse(r);
    return this.get(input.id);
  }

  async delete(id: string) {
    const r = await this.db.run('invoices.deleteDraft', { id, now: this.now(), actor: this.actor });
    if (refused(r)) refuse(r);
    return null;
  }

  async sequence() {
    const s = await this.db.run('invoices.sequence', await this.profileId());
    return { prefix: s?.prefix ?? DEFAULT_PREFIX, nextNumber: s?.nextNumber ?? 1 };
  }

  async setPrefix(prefix: string) {
    if (!/^[A-Za-z0-9-]{0,12}$/.test(prefix)) throw new AppError('INVALID_INPUT', 'invoices.error.prefix');
    await this.db.run('invoices.setPrefix', { profileId: await this.profileId(), prefix });
    return this.sequence();
  }
}
