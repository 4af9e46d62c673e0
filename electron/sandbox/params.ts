/**
 * Parameter reading with the reference's rules, for query strings and JSON bodies alike.
 * Every violation is a 400 CBC.0100. Conventions:
 *  - absent (and, in a body, null) means "not given";
 *  - an empty string means "not given" unless the parameter says "" is not supported
 *    (`emptyRejected`), in which case it is an error;
 *  - integers in a query are decimal digits; in a body they must be JSON integers.
 */
import { paramError } from './errors';
import { parseBjDate, parseCycle, parseUtc } from './data/time';

export const MAX_INT32 = 2_147_483_647;

interface StrOptions {
  /** "" is an error rather than "not given" */
  emptyRejected?: boolean;
  maxLength?: number;
  /** the reference says the value may not contain spaces */
  noSpaces?: boolean;
}

export class Params {
  private constructor(
    private readonly get: (name: string) => unknown,
    private readonly inBody: boolean,
  ) {}

  static query(search: URLSearchParams): Params {
    return new Params((name) => search.get(name) ?? undefined, false);
  }

  /** A JSON request body: absent/empty is `{}`; anything but an object is an error. */
  static body(body: unknown): Params {
    if (body === undefined) return new Params(() => undefined, true);
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw paramError('请求体必须是 JSON 对象', 'the request body must be a JSON object');
    const record = body as Record<string, unknown>;
    return new Params((name) => (record[name] === null ? undefined : record[name]), true);
  }

  str(name: string, opts: StrOptions = {}): string | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw paramError(`${name} 必须是字符串`, `${name} must be a string`);
    if (v === '') {
      if (opts.emptyRejected) throw paramError(`${name} 不支持空字符串`, `${name} must not be an empty string`);
      return undefined;
    }
    if (opts.maxLength !== undefined && v.length > opts.maxLength)
      throw paramError(
        `${name} 长度不能超过 ${opts.maxLength}`,
        `${name} must be at most ${opts.maxLength} characters`,
      );
    if (opts.noSpaces && /\s/.test(v)) throw paramError(`${name} 不能包含空格`, `${name} must not contain spaces`);
    return v;
  }

  requiredStr(name: string, opts: StrOptions = {}): string {
    const v = this.str(name, opts);
    if (v === undefined) throw paramError(`缺少必填参数 ${name}`, `${name} is required`);
    return v;
  }

  int(name: string, min: number, max: number, opts: { emptyRejected?: boolean } = {}): number | undefined {
    const v = this.get(name);
    if (v === undefined) return undefined;
    let n: number;
    if (typeof v === 'number') {
      n = v;
    } else if (!this.inBody && typeof v === 'string' && /^[+-]?\d{1,12}$/.test(v)) {
      n = Number(v);
    } else if (!this.inBody && v === '' && !opts.emptyRejected) {
      return undefined;
    } else {
      throw paramError(`${name} 必须是整数`, `${name} must be an integer`);
    }
    if (!Number.isInteger(n) || n < min || n > max)
      throw paramError(`${name} 取值范围为 [${min}-${max}]`, `${name} must be an integer from ${min} to ${max}`);
    return n;
  }

  /** `offset`: 0-based, default 0. */
  offset(max = MAX_INT32): number {
    return this.int('offset', 0, max) ?? 0;
  }

  /** `limit`: 1–100, default 10. */
  limit(max = 100): number {
    return this.int('limit', 1, max) ?? 10;
  }

  oneOf<T extends string>(name: string, values: readonly T[], opts: StrOptions = {}): T | undefined {
    const v = this.str(name, opts);
    if (v === undefined) return undefined;
    if (!(values as readonly string[]).includes(v))
      throw paramError(`${name} 取值无效，可选值：${values.join('、')}`, `${name} must be one of ${values.join(', ')}`);
    return v as T;
  }

  intOneOf(name: string, values: ReadonlySet<number>, opts: { emptyRejected?: boolean } = {}): number | undefined {
    const n = this.int(name, -MAX_INT32, MAX_INT32, opts);
    if (n !== undefined && !values.has(n))
      throw paramError(
        `${name} 取值无效，可选值：${[...values].join('、')}`,
        `${name} must be one of ${[...values].join(', ')}`,
      );
    return n;
  }

  /** UTC `yyyy-MM-dd'T'HH:mm:ss'Z'` → seconds. */
  time(name: string, opts: StrOptions = {}): number | undefined {
    const v = this.str(name, opts);
    if (v === undefined) return undefined;
    const sec = parseUtc(v);
    if (sec === null)
      throw paramError(
        `${name} 格式应为 yyyy-MM-dd'T'HH:mm:ss'Z'`,
        `${name} must be formatted yyyy-MM-dd'T'HH:mm:ss'Z'`,
      );
    return sec;
  }

  /** Required `YYYY-MM` → cycle number. */
  cycle(name: string, opts: StrOptions = {}): number {
    const v = this.requiredStr(name, opts);
    const cycle = parseCycle(v);
    if (cycle === null) throw paramError(`${name} 格式应为 YYYY-MM`, `${name} must be formatted YYYY-MM`);
    return cycle;
  }

  /** `YYYY-MM-DD` (Beijing) → { day, cycle }. */
  date(name: string): { day: number; cycle: number } | undefined {
    const v = this.str(name);
    if (v === undefined) return undefined;
    const d = parseBjDate(v);
    if (d === null) throw paramError(`${name} 格式应为 YYYY-MM-DD`, `${name} must be formatted YYYY-MM-DD`);
    return d;
  }
}
