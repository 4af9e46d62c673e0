/**
 * Browser host entry: the same core as the Electron shell under plain Node, serving the
 * renderer and the IPC contract on 127.0.0.1. Prints exactly one line
 * `Workstation ready: <url>` when it can be used; stop it with SIGINT/SIGTERM.
 */
import { fileURLToPath } from 'node:url';
import { startCore } from '../core/core';
import { ArgsError, parseHostArgs, type HostArgs } from './args';
import { startHostServer } from './server';
import { openAppWindow } from './open-window';
import { warmChromiumPdfPrinter } from './chromium-cdp';

async function main() {
  let args: HostArgs;
  try {
    args = parseHostArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof ArgsError) {
      process.stderr.write(`workstation host: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const core = await startCore({
    dataDir: args.dataDir,
    transport: 'browser-host',
    language: args.language,
    autoSync: args.autoSync,
    sandbox: { scale: args.sandboxScale, ratePerSec: args.sandboxRate, url: args.sandboxUrl },
    pdfPrinter: warmChromiumPdfPrinter(),
  });
  const server = await startHostServer(core, {
    port: args.port,
    rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)).replace(/[\\/]$/, ''),
  });
  process.stdout.write(`Workstation ready: ${server.url}\n`);
  if (!args.headless) {
    const opened = await openAppWindow(server.url, args.dataDir);
    if (!opened)
      process.stdout.write(
        'No Chromium/Chrome window could be opened; open the URL above in a Chromium-based browser.\n',
      );
  }

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  process.stderr.write(`workstation host failed to start: ${(err as Error)?.stack ?? err}\n`);
  process.exit(1);
});
