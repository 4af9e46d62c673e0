import { spawn } from 'node:child_process';
import { ROOT } from './paths';

/**
 * Runs a writer child (`node --import tsx <script> ...args`) and kills it with SIGKILL `ms`
 * after it prints "ready". Every other line it prints — an acknowledged write, printed after
 * the acknowledgement — goes to `onLine` as its space-separated words, so the caller knows
 * what must survive the kill.
 */
export function runAndKill(
  script: string,
  args: string[],
  ms: number,
  onLine: (words: string[]) => void,
): Promise<{ killed: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | null = null;
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      buffered += d;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') timer ??= setTimeout(() => child.kill('SIGKILL'), ms);
        else onLine(line.split(' '));
      }
    });
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL' && code === null, stderr });
    });
  });
}
