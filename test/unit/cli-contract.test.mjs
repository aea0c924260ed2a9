// Runs the shared CLI contract check (../shared/checks/cli-contract: DESIGN §5 JSON and SARIF shape, exit codes,
// MOF progress of MOT's 27 test manifests, the whole corpus without a crash) against the built CLI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { it } from 'node:test';

const root = new URL('../../', import.meta.url).pathname;
const check = new URL('../../../shared/checks/cli-contract', import.meta.url).pathname;

it(
  'passes ../shared/checks/cli-contract',
  { skip: existsSync(check) ? false : 'no ../shared/checks/cli-contract beside the repository' },
  () => {
    const r = spawnSync('bash', [check], { cwd: root, encoding: 'utf8', timeout: 300_000 });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    assert.match(r.stdout, /cli-contract: \d+ corpus files, 0 problem\(s\)/);
  },
);
