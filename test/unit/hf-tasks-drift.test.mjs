// The Hub's task and library lists ship from @huggingface/tasks (scripts/gen-hf-tasks.mjs), not from a hand copy:
// what the engine accepts is exactly what the installed package says, so an upgrade of the package that the generated
// file has not followed fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, it } from 'node:test';
import { PIPELINE_TAGS, lint } from './engine.mjs';

const require = createRequire(import.meta.url);
const tasks = require('@huggingface/tasks');

describe('@huggingface/tasks drift', () => {
  it('pipeline tags: the same ids, names and modalities as the package', () => {
    assert.deepEqual(
      PIPELINE_TAGS.map((p) => [p.id, p.name, p.modality]),
      Object.entries(tasks.PIPELINE_DATA).map(([id, d]) => [id, d.name, d.modality]),
    );
  });

  it('tasks the Hub added are accepted and classified; tasks it removed or never had are not', () => {
    const tag = (id) => PIPELINE_TAGS.find((p) => p.id === id);
    for (const id of ['video-to-video', 'image-text-to-image', 'image-text-to-video'])
      assert.equal(tag(id)?.generative, true, id);
    for (const id of ['biology', 'text2text-generation']) assert.equal(tag(id), undefined, id);
    const card = (t) => `---\nlicense: mit\npipeline_tag: ${t}\n---\n# m\n`;
    const flagged = (t) =>
      lint(card(t), 'README.md', { kind: 'model-card' }).findings.some((f) => f.ruleId === 'invalid-pipeline-tag');
    assert.equal(flagged('video-to-video'), false);
    assert.equal(flagged('text2text-generation'), true);
  });

  it('the generated file (tasks and the Hub filter libraries) is what the generator makes from the installed package', async () => {
    const { generate } = await import('../../scripts/gen-hf-tasks.mjs');
    const path = fileURLToPath(new URL('../../server/src/engine/knowledge/hf-tasks.generated.ts', import.meta.url));
    const options = (await prettier.resolveConfig(path)) ?? {};
    assert.equal(readFileSync(path, 'utf8'), await prettier.format(generate(), { ...options, filepath: path }));
  });
});
