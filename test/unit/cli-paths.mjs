// What the tests that run the built CLI share: where the repository, the bundle and the shared corpus beside the
// repository are, the corpus files several of them use, and the build those that copy dist/ elsewhere start with.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = join(ROOT, 'dist/cli.js');
export const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
/** A real card: OLMo-7B's. */
export const OLMO = join(
  CORPUS,
  'cards/YinanWusoymilk__hf-readme__training_and_application--readme_files--allenai_OLMo-7B.md',
);
/** A real MOF release manifest (LLM360's Amber). */
export const AMBER = join(CORPUS, 'manifests/lfai__Amber.yml');

/** `scripts/build.mjs` unless MCL_SKIP_BUILD says dist/ is fresh (`npm test` builds once before every layer). */
export function buildDist() {
  if (process.env.MCL_SKIP_BUILD) return;
  const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  assert.equal(b.status, 0, 'build failed');
}
