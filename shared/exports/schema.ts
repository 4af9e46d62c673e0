import { z } from 'zod';
import { OrderFilter, OrderSort } from '../orders/schema';

export const ExportFormat = z.enum(['csv', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportStart = z
  .object({ kind: z.literal('orders'), format: ExportFormat, filter: OrderFilter, sort: OrderSort })
  .strict();
export type ExportStart = z.input<typeof ExportStart>;

export const ExportJob = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  fileName: z.string(),
  written: z.number().int(),
  total: z.number().int(),
  /** Browser host: where the finished file downloads from (one use). */
  downloadUrl: z.string().nullable(),
  /** Electron: where the file was saved. */
  path: z.string().nullable(),
  message: z.string().nullable(),
});
export type ExportJob = z.infer<typeof ExportJob>;
