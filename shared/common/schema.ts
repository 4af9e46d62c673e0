import { z } from 'zod';

/** A calendar date from a date picker, `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'validation.date');

/** Free text typed by the user: trimmed and bounded (the search also tries its NFKC form). */
export const SearchText = z
  .string()
  .max(200, 'validation.searchTooLong')
  .transform((s) => s.trim());

/** A date range whose end is not before its start. */
export function checkRange(from: string | undefined, to: string | undefined): boolean {
  return !from || !to || from <= to;
}

export const SortOrder = z.enum(['asc', 'desc']);

export const Paging = {
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(500),
};
