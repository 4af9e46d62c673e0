/** Command line of the standalone sandbox (see main.ts). */
import { type Faults } from './faults';
import type { SandboxOptions } from './index';
import { ArgsError, walkFlags } from '../core/cli-flags';

export { ArgsError };

const SCALES = ['tiny', 'small', 'large'] as const;

export function parseSandboxArgs(argv: string[]): SandboxOptions {
  const out: SandboxOptions = { seed: 1, scale: 'small', port: 0 };
  walkFlags(argv, (arg, next) => {
    const number = (v: string, ok: (n: number) => boolean, what: string) => {
      const n = Number(v);
      if (v.trim() === '' || !ok(n)) throw new ArgsError(`${arg} must be ${what}, got ${v}`);
      return n;
    };
    switch (arg) {
      case '--port':
        out.port = number(next(), (n) => Number.isInteger(n) && n >= 0 && n <= 65535, '0–65535');
        break;
      case '--scale': {
        const v = next();
        if (!(SCALES as readonly string[]).includes(v)) throw new ArgsError(`--scale must be ${SCALES.join('|')}`);
        out.scale = v as (typeof SCALES)[number];
        break;
      }
      case '--seed': {
        const v = next();
        out.seed = /^\d+$/.test(v) ? Number(v) : v;
        break;
      }
      case '--now': {
        const v = next();
        const d = new Date(v);
        if (Number.isNaN(d.getTime()) || d.getTime() > Date.now())
          throw new ArgsError(`--now must be a date/time in the past, got ${v}`);
        out.now = d;
        break;
      }
      case '--rate':
        out.ratePerSec = number(next(), (n) => n >= 0, 'requests per second (0 = unthrottled)');
        break;
      case '--token-ttl':
        out.tokenTtlSec = number(next(), (n) => n > 0, 'seconds > 0');
        break;
      case '--faults': {
        const v = next();
        try {
          out.faults = JSON.parse(v) as Faults;
        } catch {
          throw new ArgsError('--faults must be a JSON object, e.g. {"rate429":0.05}');
        }
        break;
      }
      case '--retry-after':
        out.retryAfter = true;
        break;
      default:
        throw new ArgsError(`unknown option ${arg}`);
    }
  });
  return out;
}
