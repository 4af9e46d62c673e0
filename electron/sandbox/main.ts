/**
 * Standalone sandbox: `npm run sandbox -- --port N --scale small|large|tiny --seed S
 * [--now ISO] [--rate N] [--token-ttl SEC] [--faults JSON]`. Prints exactly one line
 * `Sandbox ready: <base URL> domain=<name> user=<name> password=<password>`; SIGINT/SIGTERM
 * stop it.
 */
import { ArgsError, parseSandboxArgs } from './args';
import { type SandboxOptions, startSandbox } from './index';

async function main() {
  let opts: SandboxOptions;
  try {
    opts = parseSandboxArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof ArgsError) {
      process.stderr.write(`sandbox: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const sandbox = await startSandbox(opts);
  const { domain, user, password } = sandbox.credentials;
  process.stdout.write(`Sandbox ready: ${sandbox.baseUrl} domain=${domain} user=${user} password=${password}\n`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await sandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`sandbox failed to start: ${(err as Error)?.stack ?? err}\n`);
  process.exit(1);
});
