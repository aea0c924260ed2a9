// What the YAML block cache keeps across edits (parse/yaml-blocks.ts forDocument, issue 11): of a document's earlier
// versions only the blocks its last version uses, however many edits came before — typing into the 261 KB
// `model-index` of the largest real card used to keep a split parse per keystroke (22 MB after 120 characters). Entries
// are counted (BlockCache.size), never timed or weighed; findings must stay those of a lint from scratch.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { EngineCache, lint } from './engine.mjs';

const LARGEST = new URL(
  '../../../shared/corpus/cards/YinanWusoymilk__hf-readme__training_and_application--readme_files--Snowflake_snowflake-arctic-embed-m-v1.5.md',
  import.meta.url,
);
const skip = existsSync(LARGEST) ? false : 'corpus absent: ../shared/corpus/cards not found next to the repository';
const PATH = '/cards/README.md';
const strict = { profile: 'strict', rules: {} };
const findings = (r) => r.findings.map((f) => [f.ruleId, f.span.start, f.span.end, f.message]);

/** `n` versions of `text`, each with one more digit typed after the `value:` line nearest the middle of its
 * `model-index` (as bench/lsp-latency.mjs types), or at `at` when given. */
function typed(text, n, at) {
  if (at === undefined) {
    const mi = text.indexOf('\nmodel-index:');
    const values = [...text.slice(mi).matchAll(/\n\s*value: [\d.]+/g)].map((m) => mi + m.index + m[0].length);
    at = values[values.length >> 1];
  }
  const out = [];
  for (let i = 0; i < n; i++) {
    text = text.slice(0, at + i) + String((i % 9) + 1) + text.slice(at + i);
    out.push(text);
  }
  return out;
}

describe('YAML block cache across edits', { skip }, () => {
  const card = skip ? '' : readFileSync(LARGEST, 'utf8');

  it('holds the blocks of the last version only after 40 digits typed into model-index', () => {
    const cache = new EngineCache();
    const versions = typed(card, 40);
    lint(card, PATH, { config: strict, cache });
    lint(versions[0], PATH, { config: strict, cache });
    const afterOne = cache.blocks.size;
    let last;
    for (const v of versions.slice(1)) last = lint(v, PATH, { config: strict, cache });
    // Each keystroke re-parses one result item and the block it is in: before, both versions' entries stayed (two
    // more per keystroke, 78 more after 40).
    assert.equal(cache.blocks.size, afterOne);
    assert.deepEqual(findings(last), findings(lint(versions.at(-1), PATH, { config: strict })));
  });

  it('drops an edited top-level key of an earlier version, and keeps the rest for the next edit', () => {
    const cache = new EngineCache();
    const at = card.indexOf('\nlicense:') + 1;
    const versions = typed(card, 10, at + 'license: '.length);
    lint(card, PATH, { config: strict, cache });
    lint(versions[0], PATH, { config: strict, cache });
    const afterOne = cache.blocks.size;
    for (const v of versions.slice(1)) lint(v, PATH, { config: strict, cache });
    assert.equal(cache.blocks.size, afterOne);
    // The unchanged blocks were kept: the next edit parses the one key only, not the 261 KB model-index; and the
    // model-index, reused whole (moved) by those versions, kept its items: an edit inside it parses one result.
    let yaml = cache.work.yamlChars;
    lint(typed(versions.at(-1), 1, at + 'license: '.length)[0], PATH, { config: strict, cache });
    assert.ok(cache.work.yamlChars - yaml < 1000, `${cache.work.yamlChars - yaml} characters of YAML parsed`);
    yaml = cache.work.yamlChars;
    const mi = typed(versions.at(-1), 1)[0];
    const r = lint(mi, PATH, { config: strict, cache });
    assert.ok(cache.work.yamlChars - yaml < 10_000, `${cache.work.yamlChars - yaml} characters of YAML parsed`);
    assert.deepEqual(findings(r), findings(lint(mi, PATH, { config: strict })));
  });

  it('keeps the blocks of the 32 documents parsed last, a body edit counting as a use', () => {
    const cache = new EngineCache();
    const small = (i) => `---\nmodel_name: m${i}\nlicense: mit\n---\n# Model ${i}\n\nText.\n`;
    for (let i = 0; i < 32; i++) lint(small(i), `/c${i}/README.md`, { config: strict, cache });
    const full = cache.blocks.size;
    // A body edit of the first document: its front matter is reused whole, and it becomes the most recent.
    lint(small(0) + 'More.\n', '/c0/README.md', { config: strict, cache });
    for (let i = 32; i < 40; i++) lint(small(i), `/c${i}/README.md`, { config: strict, cache });
    // Eight documents more, eight of the others' own `model_name` blocks fewer (the shared `license` block stays).
    assert.equal(cache.blocks.size, full);
    // An edit of each one's licence: /c0 was kept (its `model_name` block is not parsed again); /c1 was dropped.
    let yaml = cache.work.yamlChars;
    lint(small(0).replace('mit', 'mix'), '/c0/README.md', { config: strict, cache });
    assert.equal(cache.work.yamlChars - yaml, 'license: mix\n'.length);
    yaml = cache.work.yamlChars;
    lint(small(1).replace('mit', 'miy'), '/c1/README.md', { config: strict, cache });
    assert.equal(cache.work.yamlChars - yaml, 'model_name: m1\nlicense: miy\n'.length);
  });

  it('keeps blocks another open document uses, and forgets a closed document', () => {
    const cache = new EngineCache();
    lint(card, '/a/README.md', { config: strict, cache });
    const one = cache.blocks.size;
    lint(card, '/b/README.md', { config: strict, cache });
    assert.equal(cache.blocks.size, one);
    for (const v of typed(card, 5)) lint(v, '/a/README.md', { config: strict, cache });
    // /b's version is still all there: a third document with the same text parses no YAML.
    const yaml = cache.work.yamlChars;
    lint(card, '/c/README.md', { config: strict, cache });
    assert.equal(cache.work.yamlChars, yaml);
    for (const doc of ['/a/README.md', '/b/README.md', '/c/README.md']) cache.forgetDocument(doc);
    assert.equal(cache.blocks.size, 0);
  });
});
