import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

/**
 * The layer rule, tried on fixture sources placed (virtually) in each layer. Each
 * "forbidden" line must fail lint with no-restricted-imports; each "allowed" one must not.
 */
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'build/eslint.config.js') });

async function restrictedImportErrors(file: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

const FORBIDDEN: [string, string][] = [
  ['shared/fixture.ts', "import x from 'node:fs';"],
  ['shared/fixture.ts', "import x from 'fs';"],
  ['shared/fixture.ts', "import x from 'electron';"],
  ['shared/fixture.ts', "import x from 'react';"],
  ['shared/fixture.ts', "import x from '../electron/core/core';"],
  ['shared/money/fixture.ts', "import x from '../../renderer/src/ipc/client';"],
  ['renderer/src/fixture.ts', "import x from 'node:path';"],
  ['renderer/src/fixture.ts', "import x from 'child_process';"],
  ['renderer/src/fixture.ts', "import x from 'electron';"],
  ['renderer/src/screens/fixture.ts', "import x from '../../../electron/db/client';"],
  ['electron/core/fixture.ts', "import x from 'electron';"],
  ['electron/host/fixture.ts', "import x from 'electron';"],
  ['electron/db/fixture.ts', "import x from '../../renderer/src/ipc/client';"],
  ['electron/app/fixture.ts', "import x from '../../renderer/src/main';"],
];

const ALLOWED: [string, string][] = [
  ['shared/fixture.ts', "import x from 'zod';"],
  ['shared/fixture.ts', "import x from 'decimal.js';"],
  ['shared/ipc/fixture.ts', "import x from '../settings/schema';"],
  ['renderer/src/fixture.ts', "import x from 'react';"],
  ['renderer/src/fixture.ts', "import x from '../../shared/ipc/contract';"],
  ['electron/core/fixture.ts', "import x from 'node:fs';"],
  ['electron/core/fixture.ts', "import x from '../../shared/ipc/contract';"],
  ['electron/app/fixture.ts', "import x from 'electron';"],
];

describe('layer rule', () => {
  it.each(FORBIDDEN)('%s: %s fails lint', async (file, source) => {
    expect(await restrictedImportErrors(file, source)).toBe(1);
  });
  it.each(ALLOWED)('%s: %s passes', async (file, source) => {
    expect(await restrictedImportErrors(file, source)).toBe(0);
  });
});
