import { execFileSync } from 'node:child_process';
import { REPO_ROOT } from './host';

/**
 * The tests drive dist/. The build script only rebuilds what is stale, so this is quick
 * when the test runner has already built, and makes `playwright test` work on its own.
 */
export default function globalSetup(): void {
  execFileSync(process.execPath, ['build/scripts/build.mjs'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
