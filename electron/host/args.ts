import { Language } from '../../shared/settings/schema';
import { defaultDataDir } from '../core/data-dir';

export interface HostArgs {
  headless: boolean;
  dataDir: string;
  port: number;
  language?: Language;
}

export class ArgsError extends Error {}

/** Parses `--headless --data-dir DIR --port N --lang zh-CN|en-US` (also `--flag=value`). */
export function parseHostArgs(argv: string[]): HostArgs {
  const out: HostArgs = { headless: false, dataDir: defaultDataDir(), port: 0 };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const next = () => {
      const v = value ?? argv[++i];
      if (v === undefined || v === '') throw new ArgsError(`${arg} needs a value`);
      return v;
    };
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
      default:
        throw new ArgsError(`unknown option ${arg}`);
    }
  }
  return out;
}
