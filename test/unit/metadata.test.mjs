// Project metadata that must never drift: rule docs generated blocks, the docs index, the rule registry's shape,
// versions in package.json / CHANGELOG / the engine, and the TypeScript types (tsc --noEmit).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { RULES, VERSION } from './engine.mjs';

const root = new URL('../../', import.meta.url).pathname;

describe('project metadata', () => {
  it('rule docs match the registry (npm run gen:docs)', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-docs.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });

  it('rule ids are unique kebab-case and every rule has a one-sentence description', () => {
    const ids = RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of RULES) {
      assert.match(r.meta.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.match(r.meta.description, /^[A-Z`].*\.$/, r.meta.id);
      assert.equal(
        r.check.name.toLowerCase(),
        r.meta.id.replace(/-/g, ''),
        `${r.meta.id}: the check should be named after the rule`,
      );
    }
  });

  it('rules/ holds one file per registered rule (plus the registry), each named by its id', () => {
    const files = readdirSync(new URL('server/src/engine/rules/', `file://${root}`)).filter((f) => f !== 'index.ts');
    assert.deepEqual(files.map((f) => f.replace(/\.ts$/, '')).sort(), RULES.map((r) => r.meta.id).sort());
  });

  it('the README states the number of rules', () => {
    const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8');
    assert.match(readme, new RegExp(`\\b${RULES.length} rules\\b`));
  });

  it('the engine, package.json and CHANGELOG agree on the version', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${root}`), 'utf8'));
    assert.equal(VERSION, pkg.version);
    assert.match(
      readFileSync(new URL('CHANGELOG.md', `file://${root}`), 'utf8'),
      new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')}\\b`, 'm'),
    );
  });

  it('type-checks (tsc --noEmit)', () => {
    const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});
