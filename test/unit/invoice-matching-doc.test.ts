import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type PoolItem, type PoolItemKind, matchSpecifiedAmount } from '../../shared/invoices/matching';
import { translate } from '../../shared/i18n/messages';

/**
 * The worked examples of docs/invoice-matching.md, twice: written out here (so a change to
 * the doc that the reviewer did not mean shows up as a failure) and read from the doc's
 * tables (so the doc cannot drift from the code).
 */
const doc = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/invoice-matching.md'),
  'utf8',
);

type Line = { id: string; amount: string; reason: string; remainder: string };
type Case = { requested: string } & ({ lines: Line[]; total: string } | { error: string; max: string });
type Example = { title: string; pool: PoolItem[]; cases: Case[] };

const item = (id: string, kind: PoolItemKind, time: string, available: string): PoolItem => ({
  id,
  kind,
  time,
  available,
});
const l = (id: string, amount: string, reason: string, remainder = '0.00'): Line => ({ id, amount, reason, remainder });

const EXPECTED: Example[] = [
  {
    title: '示例 1',
    pool: [
      item('B3', 'bill', '2024-03-10', '500.00'),
      item('R1', 'refund', '2024-03-15', '-120.00'),
      item('B1', 'bill', '2024-01-10', '300.00'),
      item('B2', 'bill', '2024-02-10', '200.00'),
    ],
    cases: [
      {
        requested: '500.00',
        total: '500.00',
        lines: [
          l('R1', '-120.00', 'refundFirst'),
          l('B1', '300.00', 'oldestFirst'),
          l('B2', '200.00', 'oldestFirst'),
          l('B3', '120.00', 'partialLast', '380.00'),
        ],
      },
    ],
  },
  {
    title: '示例 2',
    pool: [
      item('A1', 'adjustment', '2024-05-01', '-50.00'),
      item('R1', 'refund', '2024-04-20', '-30.00'),
      item('A2', 'adjustment', '2024-06-01', '40.00'),
      item('B2', 'bill', '2024-01-31', '100.00'),
      item('B1', 'bill', '2024-01-31', '100.00'),
      item('B3', 'bill', '2023-12-31', '20.00'),
    ],
    cases: [
      {
        requested: '150.00',
        total: '150.00',
        lines: [
          l('R1', '-30.00', 'refundFirst'),
          l('A1', '-50.00', 'refundFirst'),
          l('A2', '40.00', 'adjustmentFirst'),
          l('B3', '20.00', 'oldestFirst'),
          l('B1', '100.00', 'oldestFirst'),
          l('B2', '70.00', 'partialLast', '30.00'),
        ],
      },
    ],
  },
  {
    title: '示例 3',
    pool: [
      item('B3', 'bill', '2024-01-31', '50.00'),
      item('B1', 'bill', '2023-11-30', '80.25'),
      item('R1', 'refund', '2024-02-15', '0.00'),
      item('B2', 'bill', '2023-12-31', '19.75'),
    ],
    cases: [
      {
        requested: '100.00',
        total: '100.00',
        lines: [l('B1', '80.25', 'oldestFirst'), l('B2', '19.75', 'oldestFirst')],
      },
    ],
  },
  {
    title: '示例 4',
    pool: [
      item('B1', 'bill', '2024-01-31', '0.00'),
      item('B2', 'bill', '2024-02-29', '150.00'),
      item('R1', 'refund', '2024-03-05', '-100.00'),
      item('B3', 'bill', '2024-03-31', '300.00'),
    ],
    cases: [
      {
        requested: '200.00',
        total: '200.00',
        lines: [
          l('R1', '-100.00', 'refundFirst'),
          l('B2', '150.00', 'oldestFirst'),
          l('B3', '150.00', 'partialLast', '150.00'),
        ],
      },
      { requested: '350.01', error: 'invoice.match.aboveAvailable', max: '350.00' },
    ],
  },
];

/** The doc's examples: each `### 示例 n` section's pool table, then its `T = …` cases. */
function examplesInDoc(markdown: string): Example[] {
  const sections = markdown.split(/^### /m).filter((s) => s.startsWith('示例'));
  return sections.map((section) => {
    const rows = (line: string) =>
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
    const lines = section.split('\n');
    const title = /^(示例 \d+)/.exec(section)![1]!;
    const pool: PoolItem[] = [];
    const cases: Case[] = [];
    let header: string[] | null = null;
    for (const text of lines) {
      const t = /^T = ([\d.]+)$/.exec(text.trim());
      if (t) {
        cases.push({ requested: t[1]!, lines: [], total: '' });
        continue;
      }
      const err = /error `([\w.]+)`, max = ([\d.-]+)/.exec(text);
      if (err) {
        const c = cases.pop()!;
        cases.push({ requested: c.requested, error: err[1]!, max: err[2]! });
        continue;
      }
      const total = /^Total = ([\d.-]+)\./.exec(text.trim());
      if (total) (cases[cases.length - 1] as { total: string }).total = total[1]!;
      if (!text.startsWith('|')) {
        header = null;
        continue;
      }
      const cells = rows(text);
      if (!header) {
        header = cells;
        continue;
      }
      if (cells.every((c) => /^-+$/.test(c))) continue;
      const get = (name: string) => cells[header!.indexOf(name)]!;
      if (header.includes('available')) {
        pool.push(item(get('id'), get('kind') as PoolItemKind, get('time'), get('available')));
      } else if (header.includes('reason') && header.includes('#')) {
        (cases[cases.length - 1] as { lines: Line[] }).lines.push(
          l(get('id'), get('amount'), get('reason'), get('remainder')),
        );
      }
    }
    return { title, pool, cases };
  });
}

describe('docs/invoice-matching.md worked examples', () => {
  const inDoc = examplesInDoc(doc);

  it('the doc has exactly the examples written out here', () => {
    expect(inDoc).toEqual(EXPECTED);
  });

  describe.each(EXPECTED)('$title', ({ pool, cases }) => {
    it.each(cases)('T = $requested', (c) => {
      const result = matchSpecifiedAmount(pool, c.requested);
      if ('error' in c) {
        expect(result).toMatchObject({ ok: false, error: { code: c.error, params: { max: c.max } } });
        return;
      }
      if (!result.ok) throw new Error(`refused: ${result.error.code}`);
      expect(result.total).toBe(c.total);
      expect(
        result.lines.map((x) => ({ id: x.itemId, amount: x.amount, reason: x.reason.code, remainder: x.remainder })),
      ).toEqual(c.lines);
    });
  });

  it('the error message quoted in example 4 is the one the app shows', () => {
    const result = matchSpecifiedAmount(EXPECTED[3]!.pool, '350.01');
    if (result.ok) throw new Error('expected a refusal');
    const zh = translate('zh-CN', result.error.code, result.error.params);
    const en = translate('en-US', result.error.code, result.error.params);
    expect(doc).toContain(`"${zh}"`);
    expect(doc).toContain(`"${en}"`);
  });
});
