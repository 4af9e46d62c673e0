import { Language } from '../../shared/settings/schema';
import { defaultDataDir } from '../core/data-dir';
import { ArgsError, walkFlags } from '../core/cli-flags';

export interface HostArgs {
  headless: boolean;
  dataDir: string;
  port: number;
  language?: Language;
  /** `--no-auto-sync`: do not sync at launch or on the interval (tests, metered networks). */
  autoSync: boolean;
  /** `--sandbox-scale`, `--sandbox-rate`: the embedded sandbox API (demo and tests). */
  sandboxScale?: 'tiny' | 'small' | 'large';
  sandboxRate?: number;
  /** `--sandbox-url URL`: a separately running sandbox (default seed) instead of the embedded one. */
  sandboxUrl?: string;
}

export { ArgsError };

/** Parses `--headless --data-dir DIR --port N --lang zh-CN|en-US` (also `--flag=value`). */
export function parseHostArgs(argv: string[]): HostArgs {
  const out: HostArgs = { headless: false, dataDir: defaultDataDir(), port: 0, autoSync: true };
  walkFlags(argv, (arg, next) => {
    switch (arg) {
      case '--headless':
        out.headless = true;
        break;
      case '--data-dir':
        out.dataDir = next();
        break;
      case '--port': {
        const v = next();
        const n = Number(v);
        if (!/^\d+$/.test(v) || n > 65535) throw new ArgsError(`--port must be 0–65535, got ${v}`);
        out.port = n;
        break;
      }
      case '--lang': {
        const parsed = Language.safeParse(next());
        if (!parsed.success) throw new ArgsError('--lang must be zh-CN or en-US');
        out.language = parsed.data;
        break;
      }
      case '--no-auto-sync':
        out.autoSync = false;
        break;
      case '--sandbox-scale': {
        const v = next();
        if (v !== 'tiny' && v !== 'small' && v !== 'large')
          throw new ArgsError('--sandbox-scale must be tiny, small or large');
        out.sandboxScale = v;
        break;
      }
      case '--sandbox-rate': {
        const v = next();
        if (!/^\d+$/.test(v))
          throw new ArgsError('--sandbox-rate must be a whole number of requests per second (0 = unthrottled)');
        out.sandboxRate = Number(v);
        break;
      }
      case '--sandbox-url': {
        const v = next();
        if (!/^http:\/\/(127\.0\.0\.1|localhost):\d+\/?$/.test(v))
          throw new ArgsError('--sandbox-url must be http://127.0.0.1:PORT');
        out.sandboxUrl = v.replace(/\/$/, '');
        break;
      }
      default:
        throw new ArgsError(`unknown option ${arg}`);
    }
  });
  return out;
}
