import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoTime } from '../../shared/invoices/iso-time';

/** Date.parse's answer, with NaN kept comparable. */
const reference = (text: string): number => Date.parse(text);

const pad = (v: number, width: number) => String(v).padStart(width, '0');

/** ISO-looking text around the fast path's edges: valid and invalid fields, every layout. */
const isoish = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 25 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,5}$/)),
    layout: fc.constantFrom('date', 'minutes', 'seconds', 'fraction'),
    zone: fc.constantFrom('', 'Z', '+08:00', '-05:30', '+23:59', '+24:00', '+08', 'z', ' '),
  })
  .map((f) => {
    const date = `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)}`;
    if (f.layout === 'date') return date;
    let time = `${date}T${pad(f.hour, 2)}:${pad(f.minute, 2)}`;
    if (f.layout !== 'minutes') time += `:${pad(f.second, 2)}`;
    if (f.layout === 'fraction' && f.fraction !== null) time += `.${f.fraction}`;
    return time + f.zone;
  });

describe('parseIsoTime', () => {
  it('reads the pool forms like Date.parse', () => {
    for (const text of [
      '2024-03-15',
      '2024-02-29',
      '1970-01-01T00:00:00Z',
      '2024-03-15T10:00:00+08:00',
      '2024-03-15T10:00:00.123Z',
      '2024-03-15T10:00:00.1-05:30',
      '2024-03-15T10:00Z',
      '1999-12-31T23:59:59.999+14:00',
    ]) {
      expect(parseIsoTime(text), text).toBe(reference(text));
    }
    expect(parseIsoTime('2024-03-15T10:00:00+08:00')).toBe(Date.UTC(2024, 2, 15, 2));
  });

  it('says NaN where Date.parse does, and reads local times the same way', () => {
    for (const text of ['', 'yesterday', '2024-13-01', '2023-02-29', '2024-03-15T25:00:00Z', '2024-03-15T10:00:00']) {
      expect(Object.is(parseIsoTime(text), reference(text)), text).toBe(true);
    }
  });

  it('agrees with Date.parse on random ISO-like text', () => {
    fc.assert(
      fc.property(isoish, (text) => Object.is(parseIsoTime(text), reference(text))),
      { numRuns: 20_000 },
    );
  });

  it('agrees with Date.parse on any instant written by toISOString', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('0000-01-01T00:00:00Z'), max: Date.parse('9999-12-31T23:59:59.999Z') }),
        (ms) => {
          const text = new Date(ms).toISOString();
          return parseIsoTime(text) === ms && parseIsoTime(text.slice(0, 10)) === reference(text.slice(0, 10));
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
