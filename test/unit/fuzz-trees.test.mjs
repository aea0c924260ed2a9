// The short, fixed-seed run of the tree property test (test/fuzz/trees.mjs) inside `npm test`: random trees with
// symbolic links, hard links and FIFOs through the real CLI, lint and --fix.
import fc from 'fast-check';
import { it } from 'node:test';
import { checkTree, treeArb } from '../fuzz/trees.mjs';

it('random trees: every run answers, reports each file inside once, never reads or writes outside (12 trees)', () => {
  fc.assert(fc.property(treeArb, checkTree), { numRuns: 12, seed: 20261206 });
});
