import { z } from 'zod';

/**
 * A finished file handed to the user (a PDF, a spreadsheet, a backup): saved where the user
 * chose in Electron (`path`), or offered once as a download by the browser host
 * (`downloadUrl`). `cancelled` when the user closed the save dialog.
 */
export const FileDelivery = z.object({
  state: z.enum(['done', 'cancelled']),
  fileName: z.string(),
  downloadUrl: z.string().nullable(),
  path: z.string().nullable(),
  bytes: z.number().int(),
});
export type FileDelivery = z.infer<typeof FileDelivery>;
