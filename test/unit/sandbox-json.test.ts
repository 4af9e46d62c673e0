import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MONEY_KEYS, toJson } from '../../electron/sandbox/json';
import { parseLossless } from '../../electron/sync/json';

const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 8 }))
  .map(([neg, units, scale]) => {
    const digits = units.toString().padStart(scale + 1, '0');
    const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
    return neg && units !== 0n ? `-${text}` : text;
  });

describe('sandbox toJson', () => {
  it('writes money strings as raw JSON numbers with every digit, everything else as JSON.stringify does', () => {
    const record = { official_amount: '12345678901234.12345678', amount: '-0.00000001', name: '华为 "云"\n', n: 3 };
    const text = toJson({ list: [record], total_count: 1 });
    expect(text).toBe(
      '{"list":[{"official_amount":12345678901234.12345678,"amount":-0.00000001,"name":"华为 \\"云\\"\\n","n":3}],"total_count":1}',
    );
  });

  it('keeps a money field that is not a plain decimal quoted (fault-injected records)', () => {
    expect(toJson({ amount: 'abc', payment_amount: '1e3', cash_amount: '' })).toBe(
      '{"amount":"abc","payment_amount":"1e3","cash_amount":""}',
    );
  });

  it('drops undefined fields, writes undefined array items and non-finite numbers as null', () => {
    expect(toJson({ a: undefined, b: [undefined, Number.NaN, Infinity], c: null })).toBe(
      '{"b":[null,null,null],"c":null}',
    );
  });

  it('leaves text that looks like a money field inside a string or a key alone', () => {
    const record = {
      note: ',"amount":"5"',
      'x"amount': '6',
      x_amount: '7',
      amount: '8',
      nested: [{ cash_amount: '9' }],
    };
    expect(toJson(record)).toBe(
      '{"note":",\\"amount\\":\\"5\\"","x\\"amount":"6","x_amount":"7","amount":8,"nested":[{"cash_amount":9}]}',
    );
  });

  it('writes what a replacer marking each money string would (the previous writer)', () => {
    const MARK = '\u0001';
    const reference = (value: unknown) =>
      JSON.stringify(value, (key, v: unknown) =>
        typeof v === 'string' && MONEY_KEYS.has(key) && /^-?(0|[1-9]\d*)(\.\d+)?$/.test(v) ? MARK + v : v,
      ).replace(/"\\u0001(-?[0-9.]+)"/g, '$1');
    const keys = fc.constantFrom(...MONEY_KEYS, 'name', 'amounts', 'x_amount', 'a"b', ',');
    const leaf = fc.oneof(decimal, fc.string(), fc.constantFrom('1e3', '01', '-', '', '"amount":"1"'), fc.integer());
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), tie('object')),
      object: fc.dictionary(keys, tie('node'), { maxKeys: 6 }),
    }));
    fc.assert(
      fc.property(tree.object, (v) => {
        expect(toJson(v)).toBe(reference(v));
      }),
    );
  });

  it('round-trips through the app parser: money exact, other strings unchanged', () => {
    const keys = [...MONEY_KEYS];
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.constantFrom(...keys), value: decimal, label: fc.string() }), { maxLength: 20 }),
        (items) => {
          const body = { items: items.map((i) => ({ [i.key]: i.value, label: i.label })) };
          const back = parseLossless(toJson(body)) as { items: Record<string, string>[] };
          expect(back.items.map((r, k) => r[items[k]!.key])).toEqual(items.map((i) => i.value));
          expect(back.items.map((r) => r.label)).toEqual(items.map((i) => i.label));
        },
      ),
    );
  });
});
