import { execFileSync } from 'node:child_process';
import { ROOT } from './paths';

/** Integration tests run the bundled db worker and host: build what is stale first. */
export default function setup() {
  execFileSync(process.execPath, ['build/scripts/build.mjs', '--main'], { cwd: ROOT, stdio: 'inherit' });
}
