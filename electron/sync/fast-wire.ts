import type { z } from 'zod';

/**
 * A fast path beside the zod record schemas of wire.ts. zod costs about 40 µs per fee
 * record (38 fields, each a pipe of nullish, union and transform), which made validation
 * the largest part of the writer's work in a large sync. Each building block of wire.ts is
 * registered here with a plain check that converts a value exactly as its zod schema does
 * (the same converter functions, shared) or answers FAIL; `fastParser` composes the checks
 * of an object schema's shape. A record the fast path accepts gives the very value zod
 * would; a record it fails is parsed by zod, which then says why (or accepts it, should a
 * check be stricter than its schema: the fast path never accepts more than zod).
 * test/unit/fast-wire.test.ts compares both on valid and broken records.
 */
export const FAIL: unique symbol = Symbol('fail');
export type Check = (value: unknown) => unknown;

const checks = new WeakMap<z.ZodType, Check>();

/** Registers the fast check of a schema; returns the schema. */
export function fast<T extends z.ZodType>(schema: T, check: Check): T {
  checks.set(schema, check);
  return schema;
}

/** The check of a registered schema, or null when it has none. */
export function checkOf(schema: z.ZodType): Check | null {
  return checks.get(schema) ?? null;
}

/** `schema.nullish().transform(v => v ?? null)` of a schema with a check. */
export function nullishCheck(inner: Check): Check {
  return (v) => (v === null || v === undefined ? null : inner(v));
}

/** An array of a schema with a check. */
export function arrayCheck(inner: Check): Check {
  return (v) => {
    if (!Array.isArray(v)) return FAIL;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const item = inner(v[i]);
      if (item === FAIL) return FAIL;
      out[i] = item;
    }
    return out;
  };
}

/**
 * The check of an object schema (unknown keys dropped, as z.object does), or null when a
 * field has no check. Made as a function with one property read per field by its name
 * (new Function over the schema's own keys, never over input): a loop reading `input[key]`
 * for thirty-odd keys makes every read a megamorphic keyed load, and this ran once per
 * synced record — a million and a half times in a large sync.
 */
export function objectCheck(shape: Record<string, z.ZodType>): Check | null {
  const fields: Array<[string, Check]> = [];
  for (const [key, schema] of Object.entries(shape)) {
    const check = checkOf(schema);
    // '__proto__' would set the result's prototype in an object literal: zod's way for that one
    if (!check || key === '__proto__') return null;
    fields.push([key, check]);
  }
  const name = (i: number) => `v${i}`;
  const source = `return function objectCheck(v) {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return FAIL;
  ${fields.map(([key], i) => `const ${name(i)} = c[${i}](v[${JSON.stringify(key)}]); if (${name(i)} === FAIL) return FAIL;`).join('\n  ')}
  return { ${fields.map(([key], i) => `${JSON.stringify(key)}: ${name(i)}`).join(', ')} };
};`;
  return new Function('FAIL', 'c', source)(
    FAIL,
    fields.map(([, check]) => check),
  ) as Check;
}

/**
 * A parser for a record schema: the fast path, and zod where it fails (or for a schema
 * without a check). Returns zod's safeParse result shape so callers treat both alike.
 */
export function fastParser<S extends z.ZodObject>(
  schema: S,
): (raw: unknown) => { success: true; data: z.output<S> } | { success: false; error: z.ZodError } {
  const check = checkOf(schema);
  return (raw) => {
    const value = check ? check(raw) : FAIL;
    if (value !== FAIL) return { success: true, data: value as z.output<S> };
    return schema.safeParse(raw) as { success: true; data: z.output<S> } | { success: false; error: z.ZodError };
  };
}
