// The short, fixed-seed run of the property tests (issue 5) inside `npm test`: 3,200 generated and mutated cards and
// manifests over the four properties of test/fuzz/properties.mjs. `npm run fuzz` runs 100,000 with the same code.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KINDS, runJob } from '../fuzz/run.mjs';
import { PROPERTIES } from '../fuzz/properties.mjs';

const SEED = 20261128;
const RUNS = 400;

describe('property tests (short fixed-seed run)', () => {
  for (const property of Object.keys(PROPERTIES)) {
    for (const kind of Object.keys(KINDS)) {
      // Every case runs: no time limit that a loaded machine could hit (that flaked at load 10). The test timeout only
      // guards against a hang; the properties themselves bound each case's work by counters and size ratios.
      it(`${property} over ${kind}s (${RUNS} cases)`, { timeout: 15 * 60_000 }, (t) => {
        const r = runJob({ property, kind, seed: SEED, runs: RUNS, shrink: true });
        t.diagnostic(`${r.runs} cases in ${(r.ms / 1000).toFixed(1)} s`);
        if (r.failed) {
          const c = r.failure.case;
          assert.fail(
            `${r.failure.error}\n  case: ${c?.source} ${c?.path} ${JSON.stringify(c?.options)}\n  text: ${JSON.stringify(c?.text).slice(0, 3000)}\n  replay: node test/fuzz/run.mjs --property ${property} --kind ${kind} --replay ${SEED}:${r.failure.path}`,
          );
        }
        assert.equal(r.runs, RUNS);
      });
    }
  }
});
