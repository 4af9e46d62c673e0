import { spawn, type ChildProcess } from 'node:child_process';
import { HOST_MAIN } from './paths';

export interface HostProcess {
  child: ChildProcess;
  url: string;
  origin: string;
  port: number;
  token: string;
  stop(): Promise<void>;
}

/** Spawns the built browser host and resolves once it prints its one ready line. */
export function spawnHost(dataDir: string, extra: string[] = []): Promise<HostProcess> {
  // Tests sync only when they ask to: a background sync would add events and load.
  const sync = extra.includes('--auto-sync') ? [] : ['--no-auto-sync'];
  const flags = [...sync, ...extra.filter((a) => a !== '--auto-sync' && a !== '--no-auto-sync')];
  const child = spawn(process.execPath, [HOST_MAIN, '--headless', '--data-dir', dataDir, '--port', '0', ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}${err}`)), 20_000);
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => reject(new Error(`host exited with ${code}: ${err}`)));
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /^Workstation ready: (http:\/\/127\.0\.0\.1:(\d+)\/#token=([0-9a-f]+))$/m.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        child,
        url: m[1]!,
        origin: `http://127.0.0.1:${m[2]}`,
        port: Number(m[2]),
        token: m[3]!,
        stop: () =>
          new Promise<void>((r) => {
            if (child.exitCode !== null) return r();
            child.once('exit', () => r());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
