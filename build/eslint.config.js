// ESLint flat config. Lives under build/ because the repository's top level is fixed;
// `npm run lint` passes it explicitly.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * The layer rule (as VS Code does it): a wrong-layer import is a lint error.
 *  - shared/   : pure. No Node, no Electron, no React, no other layer.
 *  - renderer/ : browser only. No Node, no Electron, nothing from electron/.
 *  - electron/ : Node. Only electron/app/ may import 'electron'; never renderer/.
 */
const restrict = (paths, patterns) => ['error', { paths, patterns }];
const nodeMsg = (layer) => nodeBuiltins.map((name) => ({ name, message: `${layer} must not import Node built-ins.` }));
const electronMsg = (where) => [{ name: 'electron', message: `Only electron/app/ may import 'electron' (${where}).` }];

export const layerRules = [
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        [
          ...nodeMsg('shared/'),
          ...electronMsg('shared/ is pure'),
          { name: 'react', message: 'shared/ is pure: no React.' },
        ],
        [
          {
            group: [
              '**/electron/**',
              '**/renderer/**',
              'react-dom',
              'react-dom/*',
              'react/*',
              'antd',
              'antd/*',
              'better-sqlite3',
              'ws',
            ],
            message: 'shared/ may import only pure libraries (zod, decimal.js) and itself.',
          },
        ],
      ),
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        [...nodeMsg('renderer/'), ...electronMsg('renderer/ runs in the sandboxed page')],
        [
          {
            group: ['**/electron/**', 'better-sqlite3', 'ws'],
            message: 'renderer/ talks to the core only through window.workstation.',
          },
        ],
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/app/**'],
    rules: {
      'no-restricted-imports': restrict(electronMsg('keep the core shell-independent'), [
        { group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' },
      ]),
    },
  },
  {
    files: ['electron/app/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [],
        [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }],
      ),
    },
  },
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'test/.output/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='only']",
          message: 'Focused tests (.only) silence the rest of the suite.',
        },
      ],
    },
  },
  ...layerRules,
  { settings: { root } },
);
