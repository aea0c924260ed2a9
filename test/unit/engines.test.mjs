// `npm ci` on Node 20 prints no EBADENGINE warning (issue 12): every package in package-lock.json accepts Node 20.19
// (the first Node 20 that ESLint 10 and its plugins accept) and the Node running the tests, by npm's own check
// (npm-install-checks' checkEngine, from the npm that runs beside this Node; skipped where that npm is not found).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './cli-paths.mjs';

const NPM = join(dirname(dirname(process.execPath)), 'lib', 'node_modules', 'npm');
const CHECKS = join(NPM, 'node_modules', 'npm-install-checks');
const found = existsSync(join(CHECKS, 'package.json'));

describe(
  'engines of the locked packages',
  { skip: found ? false : `npm-install-checks not found under ${NPM}` },
  () => {
    it('accept Node 20.19.0 and this Node, as npm ci checks them', () => {
      const { checkEngine } = createRequire(join(CHECKS, 'package.json'))('./lib/index.js');
      const npmVersion = JSON.parse(readFileSync(join(NPM, 'package.json'), 'utf8')).version;
      const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
      const entries = Object.entries(lock.packages).filter(([path, p]) => path && p.engines);
      assert.ok(entries.length > 20, `${entries.length} packages declare engines`);
      for (const node of ['20.19.0', process.versions.node]) {
        const bad = [];
        for (const [path, p] of entries) {
          // npm checks only engines given as an object (old packages have an array here, which npm ignores).
          if (Array.isArray(p.engines)) continue;
          try {
            checkEngine({ _id: path, engines: { node: p.engines.node } }, npmVersion, node);
          } catch (e) {
            bad.push(`${path.replace(/^.*node_modules\//, '')} wants node ${e.required.node}`);
          }
        }
        assert.deepEqual(bad, [], `Node ${node}`);
      }
    });
  },
);
