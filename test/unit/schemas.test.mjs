// The generated JSON Schemas (schemas/*.schema.json) must match what scripts/gen-schemas.mjs produces from the zod
// definitions now, and the zod card schema must accept DESIGN §3's front matter and reject its typical mistakes.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it, before } from 'node:test';
import { parse } from 'yaml';
import { generateSchemas, loadSchemas } from '../../scripts/gen-schemas.mjs';

const schemasDir = new URL('../../schemas/', import.meta.url);

describe('generated JSON Schemas', () => {
  let generated;
  before(async () => {
    generated = await generateSchemas();
  });

  it('generates the card front-matter and config schemas', () => {
    assert.ok(generated['card-front-matter.schema.json'], 'card-front-matter.schema.json not generated');
    assert.ok(generated['config.schema.json'], 'config.schema.json not generated');
  });

  it('committed files match the zod definitions (run `npm run gen:schemas`)', () => {
    for (const [name, text] of Object.entries(generated)) {
      const path = new URL(name, schemasDir);
      assert.ok(existsSync(path), `schemas/${name} is missing`);
      assert.equal(readFileSync(path, 'utf8'), text, `schemas/${name} is out of date`);
    }
  });

  it('the card schema carries $id, title and the Hub vocabularies', () => {
    const card = JSON.parse(generated['card-front-matter.schema.json']);
    assert.match(card.$id, /\/schemas\/card-front-matter\.schema\.json$/);
    assert.ok(card.title.length > 10);
    assert.equal(card.properties.license.enum.length, 83);
    assert.ok(card.properties.license.enum.includes('llama3.1'));
    assert.equal(card.properties.pipeline_tag.enum.length, 57); // @huggingface/tasks 0.21.54
    assert.deepEqual(Object.keys(card.properties.openness.properties).length, 12);
    assert.deepEqual(Object.keys(card.properties.risk_assessment.properties).sort(), [
      'broader_society',
      'equity_and_access',
      'research_and_innovation',
      'safety_and_security',
    ]);
    assert.deepEqual(card.properties.stage.enum, ['near-term', 'mid-term', 'long-term']);
    // Unknown top-level keys stay allowed (cards carry many tool-specific keys).
    assert.notEqual(card.additionalProperties, false);
    assert.equal(card.properties.openness.additionalProperties, false);
  });

  it('the config schema offers every lint rule and diff rule id under rules: (for completion), other keys allowed', async () => {
    const { RULES, DIFF_RULES } = await import('../../dist/engine.mjs');
    const config = JSON.parse(generated['config.schema.json']);
    const ids = [...RULES, ...DIFF_RULES].map((r) => r.meta.id).sort();
    for (const map of [config.properties.rules, config.properties.overrides.items.properties.rules]) {
      assert.deepEqual(Object.keys(map.properties).sort(), ids);
      assert.deepEqual(map.properties['openness-regression'].enum, ['off', 'hint', 'info', 'warning', 'error']);
      assert.match(map.properties['openness-regression'].description, /^Diff rule \(`modelcard-lint diff`\): /);
      assert.equal(
        map.properties['undisclosed-contact'].description,
        RULES.find((r) => r.meta.id === 'undisclosed-contact').meta.description,
      );
      // Unknown ids are the engine's to report (with a did-you-mean), not the schema's.
      assert.equal(map.additionalProperties.type, 'string');
    }
  });
});

describe('card front-matter zod schema', () => {
  let schema;
  before(async () => {
    schema = (await loadSchemas()).cardFrontMatterSchema;
  });

  const good = `
language: [en, "no"]
license: llama3
pipeline_tag: text-generation
base_model: [a/b, c/d]
co2_eq_emissions: {emissions: 24700000, training_type: pre-training, source: paper}
model-index:
- name: m
  results:
  - task: {type: text-generation}
    dataset: {type: cais/mmlu, name: MMLU}
    metrics: [{type: acc, value: 0.7}]
    source: {url: https://example.org}
openness:
  weights: llama3
  inference_code: {status: released, license: mit, url: https://github.com/org/repo}
  pretraining_data: closed
  alignment_data: {status: released, license: other, permissions: {research: true, commercial: false, modify: true, copyright_derivatives: true, relicense_derivatives: false}}
stage: mid-term
risk_assessment:
  safety_and_security: {status: assessed, summary: "red-teamed", evidence: [https://example.org/report], mitigations: ["refusal tuning"]}
  research_and_innovation: {status: not-applicable, justification: "n/a for a tokenizer"}
  equity_and_access: unassessed
  broader_society: in-progress
custom_key: {anything: [1, 2]}
`;

  it('accepts the DESIGN §3 extension keys next to Hub keys', () => {
    const r = schema.safeParse(parse(good));
    assert.equal(r.success, true, JSON.stringify(r.error?.issues));
  });

  const cases = [
    ['license: Apache 2.0', ['license']],
    ['pipeline_tag: text-generaton', ['pipeline_tag']],
    ['stage: midterm', ['stage']],
    ['openness: {weigths: mit}', ['openness']],
    ['openness: {weights: {status: open}}', ['openness', 'weights']],
    ['risk_assessment: {safety_and_security: {summary: x}}', ['risk_assessment', 'safety_and_security']],
    ['co2_eq_emissions: {emissions: "25 t"}', ['co2_eq_emissions']],
    [
      'model-index: [{name: m, results: [{task: {type: t}, dataset: {type: d}, metrics: [{type: acc, value: 1}]}]}]',
      ['model-index', 0, 'results', 0, 'dataset', 'name'],
    ],
  ];
  for (const [yaml, path] of cases) {
    it(`rejects ${yaml}`, () => {
      const r = schema.safeParse(parse(yaml));
      assert.equal(r.success, false);
      const paths = r.error.issues.map((i) => i.path.slice(0, path.length));
      assert.ok(
        paths.some((p) => JSON.stringify(p) === JSON.stringify(path)),
        `no issue at ${JSON.stringify(path)}: ${JSON.stringify(r.error.issues)}`,
      );
    });
  }
});
