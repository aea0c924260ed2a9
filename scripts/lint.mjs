// `npm run lint`: ESLint, then Prettier's check, over the repository (configs: eslint.config.mjs, .prettierrc.json).
// A script rather than `a && b` in package.json so the test runner can start it as one layer with plain node.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// Through package.json: the packages' `exports` do not list their bin files.
const bin = (pkg, rel) => join(dirname(require.resolve(`${pkg}/package.json`)), rel);
const steps = [
  ['ESLint', bin('eslint', 'bin/eslint.js'), ['.']],
  ['Prettier', bin('prettier', 'bin/prettier.cjs'), ['--check', '.', '--log-level', 'warn']],
];
let failed = false;
for (const [name, script, args] of steps) {
  const r = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`lint: ${name} failed (exit ${r.status ?? r.signal})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
