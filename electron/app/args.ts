import { Language } from '../../shared/settings/schema';

export interface ShellArgs {
  /** Overrides userData (tests and `npm start -- --data-dir` use it). */
  dataDir?: string;
  language?: Language;
}

/**
 * Reads our own options from Electron's argv (`--data-dir DIR`, `--lang zh-CN|en-US`, also
 * `--flag=value`). Unlike the host's strict parser it ignores everything else: Electron's
 * argv also holds the executable, the app path and Chromium switches. A bad value is
 * ignored rather than fatal, so a typo never stops the desktop app from opening.
 */
export function parseShellArgs(argv: readonly string[]): ShellArgs {
  const out: ShellArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name !== '--data-dir' && name !== '--lang') continue;
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--')) value = argv[++i];
    if (!value) continue;
    if (name === '--data-dir') out.dataDir = value;
    else {
      const lang = Language.safeParse(value);
      if (lang.success) out.language = lang.data;
    }
  }
  return out;
}
