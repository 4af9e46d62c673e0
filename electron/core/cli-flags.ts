/** A command-line mistake, reported in one line and exit code 2. */
export class ArgsError extends Error {}

/**
 * Walks `--flag value` / `--flag=value` arguments, calling `onFlag(name, value)` where
 * `value()` takes the flag's value (or throws "needs a value"). Shared by the host and the
 * sandbox command lines.
 */
export function walkFlags(argv: string[], onFlag: (name: string, value: () => string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    let name = argv[i]!;
    let inline: string | undefined;
    const eq = name.indexOf('=');
    if (name.startsWith('--') && eq > 0) {
      inline = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const flag = name;
    onFlag(flag, () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new ArgsError(`${flag} needs a value`);
      return v;
    });
  }
}
