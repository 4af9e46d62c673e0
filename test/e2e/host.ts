import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HOST_SCRIPT = path.join(REPO_ROOT, 'dist/electron/host.js');
const READY = /^Workstation ready: (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)$/m;
const START_TIMEOUT_MS = 20_000;
const STOP_TIMEOUT_MS = 5_000;

export interface HostOptions {
  /** `--lang`: the language the host stores as the user's setting at start. */
  lang?: 'zh-CN' | 'en-US';
  /** Sync at launch (the product default). Off unless a test is about syncing, so shell tests stay quiet. */
  autoSync?: boolean;
  /** More host flags, e.g. `--sandbox-rate 0`. */
  extraArgs?: string[];
}

/** One browser-host process on a data directory; restartable on the same directory. */
export class RunningHost {
  private child: ChildProcess | null = null;
  private currentUrl = '';
  /** Everything the process wrote, for failure messages. */
  output = '';
  /** How the process ended, when it ended before stop() (a crash); null while it runs. */
  exited: string | null = null;

  constructor(
    readonly dataDir: string,
    private readonly options: HostOptions = {},
  ) {}

  /** The URL with this launch's token (changes on every restart). */
  get url(): string {
    if (!this.currentUrl) throw new Error('host is not running');
    return this.currentUrl;
  }

  /** `http://127.0.0.1:PORT` without the token: what a page opened by hand would see. */
  get origin(): string {
    return new URL(this.url).origin;
  }

  async start(): Promise<string> {
    if (this.child) throw new Error('host already running');
    const args = [HOST_SCRIPT, '--headless', '--data-dir', this.dataDir, '--port', '0'];
    if (this.options.lang) args.push('--lang', this.options.lang);
    if (!this.options.autoSync) args.push('--no-auto-sync');
    args.push(...(this.options.extraArgs ?? []));
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.exited = null;
    child.once('exit', (code, signal) => {
      if (this.child === child) this.exited = `code ${code}, signal ${signal}`;
    });
    child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.currentUrl = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(() => fail(`no ready line within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
      const fail = (why: string) => {
        clearTimeout(timer);
        reject(new Error(`workstation host did not start: ${why}\n${this.output}`));
      };
      child.stdout!.on('data', (d: Buffer) => {
        stdout += d.toString();
        this.output += d.toString();
        const match = READY.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
      child.once('error', (err) => fail(err.message));
    });
    return this.currentUrl;
  }

  /** SIGTERM (the host closes the database cleanly), SIGKILL if it hangs. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    this.currentUrl = '';
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }

  /** A new process on the same data directory; returns the new URL (new token). */
  async restart(): Promise<string> {
    await this.stop();
    return this.start();
  }
}
