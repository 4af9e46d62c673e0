import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ORDER_STATUS, ORDER_TYPE, codeLabel } from '../../shared/codes/bss';
import type { ExportJob, ExportStart } from '../../shared/exports/schema';
import { translate } from '../../shared/i18n/messages';
import { settle } from '../../shared/money/format';
import type { OrderRow } from '../../shared/orders/schema';
import type { Language } from '../../shared/settings/schema';
import type { EventBus } from '../core/events';
import type { Logger } from '../core/logger';
import type { DbClient } from '../db/client';
import { csvWriter, xlsxWriter, type TableWriter } from './writers';

/** Rows per database read: small enough to keep memory flat, big enough to be quick. */
const PAGE = 2000;
const DOWNLOAD_TTL_MS = 10 * 60_000;

type StartInput = z.output<typeof ExportStart>;

export interface ExportServiceOptions {
  db: DbClient;
  bus: EventBus;
  logger: Logger;
  dataDir: string;
  language: () => Language;
  /** Electron: the save dialog (null = the user cancelled). Absent: the browser host, which serves a download. */
  chooseSavePath?: (defaultName: string) => Promise<string | null>;
}

/**
 * Exports of the current list filter, streamed from the reader connection page by page to
 * a temporary file that is renamed into place when complete — a 200k-row export never sits
 * in memory and never leaves a half-written file under the final name.
 */
export class ExportService {
  private readonly jobs = new Map<string, { job: ExportJob; cancel: boolean }>();
  private readonly downloads = new Map<string, { file: string; fileName: string; expires: number }>();

  constructor(private readonly opts: ExportServiceOptions) {}

  async start(input: StartInput): Promise<ExportJob> {
    const language = this.opts.language();
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '').replace(/-/g, '');
    const fileName = `${language === 'zh-CN' ? '订单' : 'orders'}-${stamp}.${input.format}`;
    let target: string;
    if (this.opts.chooseSavePath) {
      const chosen = await this.opts.chooseSavePath(fileName);
      if (!chosen)
        return {
          jobId: '',
          state: 'cancelled',
          fileName,
          written: 0,
          total: 0,
          downloadUrl: null,
          path: null,
          message: null,
        };
      target = chosen;
    } else {
      const dir = path.join(this.opts.dataDir, 'exports');
      await fs.promises.mkdir(dir, { recursive: true });
      target = path.join(dir, fileName);
    }
    const total = await this.opts.db.run('orders.count', { filter: input.filter, sort: input.sort });
    const job: ExportJob = {
      jobId: crypto.randomUUID(),
      state: 'running',
      fileName: path.basename(target),
      written: 0,
      total,
      downloadUrl: null,
      path: this.opts.chooseSavePath ? target : null,
      message: null,
    };
    const entry = { job, cancel: false };
    this.jobs.set(job.jobId, entry);
    void this.run(entry, input, target, language);
    return { ...job };
  }

  cancel(jobId: string): void {
    const entry = this.jobs.get(jobId);
    if (entry) entry.cancel = true;
  }

  /** Another feature's finished file (a PDF, a backup), offered once to the browser host like an export. */
  offerDownload(file: string, fileName: string): string {
    const ticket = crypto.randomBytes(16).toString('hex');
    this.downloads.set(ticket, { file, fileName, expires: Date.now() + DOWNLOAD_TTL_MS });
    return `/download/${ticket}`;
  }

  /** The browser host's one-use download ticket → the finished file. */
  takeDownload(ticket: string): { file: string; fileName: string } | null {
    const d = this.downloads.get(ticket);
    this.downloads.delete(ticket);
    return d && d.expires > Date.now() ? d : null;
  }

  private emit(job: ExportJob) {
    this.opts.bus.emit('exports.progress', { ...job });
  }

  private async run(entry: { job: ExportJob; cancel: boolean }, input: StartInput, target: string, language: Language) {
    const { job } = entry;
    const tmp = `${target}.part`;
    const header = HEADERS.map((k) => translate(language, k));
    const writer: TableWriter =
      input.format === 'csv'
        ? csvWriter(tmp, header)
        : xlsxWriter(tmp, language === 'zh-CN' ? '订单' : 'Orders', header, WIDTHS);
    let lastEmit = 0;
    try {
      for (let offset = 0; ; offset += PAGE) {
        if (entry.cancel) throw new Cancelled();
        const rows = await this.opts.db.run('orders.exportPage', {
          filter: input.filter,
          sort: input.sort,
          offset,
          limit: PAGE,
        });
        for (const r of rows) {
          // Checked per row too: writing one page of XLSX can take a second or more.
          if (entry.cancel) throw new Cancelled();
          await writer.row(orderCells(r, language));
          job.written++;
        }
        if (Date.now() - lastEmit > 200) {
          lastEmit = Date.now();
          this.emit(job);
        }
        if (rows.length < PAGE) break;
      }
      if (entry.cancel) throw new Cancelled();
      await writer.close();
      await fs.promises.rename(tmp, target);
      job.state = 'done';
      if (!this.opts.chooseSavePath) {
        const ticket = crypto.randomBytes(16).toString('hex');
        this.downloads.set(ticket, { file: target, fileName: job.fileName, expires: Date.now() + DOWNLOAD_TTL_MS });
        job.downloadUrl = `/download/${ticket}`;
      }
    } catch (err) {
      await writer.close().catch(() => {});
      await fs.promises.rm(tmp, { force: true });
      job.state = err instanceof Cancelled ? 'cancelled' : 'failed';
      if (job.state === 'failed') {
        this.opts.logger.error('export failed', { error: String(err) });
        job.message = translate(language, 'exports.failed', {
          reason: String((err as Error)?.message ?? err).slice(0, 160),
        });
      }
    }
    this.emit(job);
    this.jobs.delete(job.jobId);
  }
}

class Cancelled extends Error {}

const HEADERS = [
  'exports.col.orderId',
  'exports.col.customer',
  'exports.col.customerId',
  'exports.col.service',
  'exports.col.status',
  'exports.col.orderType',
  'exports.col.amount',
  'exports.col.amountExact',
  'exports.col.official',
  'exports.col.currency',
  'exports.col.createTime',
  'exports.col.paymentTime',
] as const;
const WIDTHS = [22, 28, 34, 18, 12, 16, 14, 20, 20, 8, 22, 22];

/** One order as export cells: codes as words, amounts as exact decimal text (settled and full). */
export function orderCells(r: OrderRow, language: Language): string[] {
  return [
    r.orderId,
    r.customerName ?? '',
    r.customerId,
    r.serviceTypeName ?? r.serviceTypeCode ?? '',
    codeLabel(ORDER_STATUS, r.status, language),
    codeLabel(ORDER_TYPE, r.orderType, language),
    r.amountAfterDiscount === null ? '' : settle(r.amountAfterDiscount),
    r.amountAfterDiscount ?? '',
    r.officialAmount ?? '',
    r.currency ?? 'CNY',
    r.createTime,
    r.paymentTime ?? '',
  ];
}
