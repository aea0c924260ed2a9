// A card that declares `openness:` gets the grades of Eiras et al. (2024) §3: closed = 1, API only = 2, licences by
// the paper's precedents (Apache/MIT/BSD-3/GPL/CC BY-SA = 5; RAIL, ODC-By, CC BY-NC "C4AI" = 4; Llama 2/3 = 3),
// N/A for absent components, the five-permission rubric for custom licences; then the overall level and the weakest
// component. Expected values are the paper's, written out here; the engine computes them from the card.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lensTitles, lint } from './engine.mjs';

function card(openness) {
  return ['---', 'license: mit', 'openness:', ...openness.map((l) => `  ${l}`), '---', '# Model', ''].join('\n');
}

function grades(text) {
  const r = lint(text, 'MODEL_CARD.md', { kind: 'model-card' });
  return r.openness;
}

describe('openness grades of a declared `openness:` block', () => {
  const cases = [
    ['weights: closed', 'weights', 1, 'D1'],
    ['inference_code: closed', 'inference_code', 1, 'C1'],
    ['weights: api', 'weights', 2, 'D2'],
    ['inference_code: apache-2.0', 'inference_code', 5, 'C5'],
    ['inference_code: mit', 'inference_code', 5, 'C5'],
    ['inference_code: bsd-3-clause', 'inference_code', 5, 'C5'],
    ['inference_code: gpl-3.0', 'inference_code', 5, 'C5'],
    ['weights: cc-by-sa-4.0', 'weights', 5, 'D5'],
    ['weights: bigscience-bloom-rail-1.0', 'weights', 4, 'D4'],
    ['weights: openrail', 'weights', 4, 'D4'],
    ['pretraining_data: odc-by', 'pretraining_data', 4, 'D4'],
    ['weights: cc-by-nc-4.0', 'weights', 4, 'D4'],
    ['weights: llama2', 'weights', 3, 'D3'],
    ['weights: llama3', 'weights', 3, 'D3'],
    ['weights: {status: released, license: "Apache 2.0"}', 'weights', 5, 'D5'],
  ];
  for (const [line, id, grade, label] of cases) {
    it(`${line} → ${label}`, () => {
      const c = grades(card([line])).components[id];
      assert.equal(c.grade, grade);
      assert.equal(c.label, label);
      assert.equal(c.source, 'declared');
      assert.ok(c.basis.length > 10);
    });
  }

  it('N/A: a component that does not exist has no grade and the label N/A', () => {
    const c = grades(card(['alignment_data: not-applicable'])).components.alignment_data;
    assert.equal(c.grade, null);
    assert.equal(c.label, 'N/A');
  });

  it('a custom licence is graded by the five-permission rubric (3 of 5 → moderately restrictive)', () => {
    const c = grades(
      card([
        'alignment_data: {status: released, license: other, permissions: {research: true, commercial: false, modify: true, copyright_derivatives: true, relicense_derivatives: false}}',
      ]),
    ).components.alignment_data;
    assert.equal(c.grade, 3);
    assert.equal(c.label, 'D3');
  });

  it('a custom licence granting 4 of 5 permissions is slightly restrictive (4)', () => {
    const c = grades(
      card([
        'finetuning_code: {license: other, permissions: {research: true, commercial: true, modify: true, copyright_derivatives: true, relicense_derivatives: false}}',
      ]),
    ).components.finetuning_code;
    assert.equal(c.grade, 4);
    assert.equal(c.label, 'C4');
  });

  it('the hover basis says so where the precedent overrides the literal rubric (GPL relicensing fails)', () => {
    const c = grades(card(['inference_code: gpl-3.0'])).components.inference_code;
    assert.match(c.basis, /preceden/i);
  });

  it('every component at 5 (or N/A) is fully open; one below 5 makes it semi-open, naming the weakest', () => {
    const all5 = [
      'pretraining_code: mit',
      'finetuning_code: mit',
      'alignment_code: not-applicable',
      'pretraining_data: cc-by-4.0',
      'sft_data: cc-by-4.0',
      'alignment_data: not-applicable',
      'evaluation_code: apache-2.0',
      'safety_evaluation_code: apache-2.0',
      'evaluation_data: cc-by-4.0',
      'safety_evaluation_data: cc-by-4.0',
      'inference_code: apache-2.0',
      'weights: apache-2.0',
    ];
    const open = grades(card(all5));
    assert.equal(open.level, 'fully-open');
    const semi = grades(card(all5.map((l) => (l.startsWith('weights') ? 'weights: llama3' : l))));
    assert.equal(semi.level, 'semi-open');
    assert.equal(semi.weakest, 'weights');
  });

  it('every component closed is fully closed', () => {
    const ids = [
      'pretraining_code',
      'finetuning_code',
      'alignment_code',
      'pretraining_data',
      'sft_data',
      'alignment_data',
      'evaluation_code',
      'safety_evaluation_code',
      'evaluation_data',
      'safety_evaluation_data',
      'inference_code',
      'weights',
    ];
    const closed = grades(card(ids.map((id) => `${id}: closed`)));
    assert.equal(closed.level, 'fully-closed');
  });

  it('an undeclared component is unknown and ranks below every released grade when naming the weakest', () => {
    const o = grades(card(['weights: apache-2.0']));
    assert.equal(o.components.pretraining_code.grade, null);
    assert.equal(o.level, 'semi-open');
    assert.equal(o.weakest, 'pretraining_code');
  });

  it('without a block, the licence of the card grades the weights (inferred)', () => {
    const o = grades(['---', 'license: llama3', '---', '# M', ''].join('\n'));
    assert.equal(o.components.weights.grade, 3);
    assert.equal(o.components.weights.source, 'inferred');
  });
});

describe('openness inference reads only what the card says about this model', () => {
  const inferred = (text) => lint(text, 'README.md', { kind: 'model-card' }).analysis.card.inferred;
  it('`library_name` is not a release of the inference code; a link presented as the code is', () => {
    assert.equal(inferred('---\nlibrary_name: transformers\n---\n# m\n').inference_code, undefined);
    assert.equal(
      inferred('# m\n\n![logo](https://github.com/org/assets/raw/logo.png) See https://github.com/org/org.\n')
        .inference_code,
      undefined,
    );
    assert.equal(
      inferred('# m\n\n- **Repository:** https://github.com/acme/tiny-llm\n').inference_code.url,
      'https://github.com/acme/tiny-llm',
    );
    assert.equal(
      inferred('# m\n\nThe [training code](https://github.com/acme/train) is public.\n').inference_code.url,
      'https://github.com/acme/train',
    );
  });
  it('`datasets:` with a `base_model:` are fine-tuning data; `results: []` lists no evaluation', () => {
    const ft = inferred('---\nbase_model: gpt2\ndatasets: [imdb]\n---\n# m\n');
    assert.equal(ft.pretraining_data, undefined);
    assert.equal(ft.sft_data.url, 'https://huggingface.co/datasets/imdb');
    assert.equal(
      inferred('---\ndatasets: [imdb]\n---\n# m\n').pretraining_data.url,
      'https://huggingface.co/datasets/imdb',
    );
    assert.equal(inferred('---\nmodel-index:\n- name: m\n  results: []\n---\n# m\n').evaluation_data, undefined);
  });
});

describe('a component the card declares unknown is not called undeclared', () => {
  it('in the open-weights-closed-safety message and the code lens', () => {
    const t =
      '---\nlicense: apache-2.0\nopenness:\n  weights: apache-2.0\n  safety_evaluation_code: unknown\n  safety_evaluation_data: unknown\n  pretraining_code: unknown\n---\n# m\n';
    const r = lint(t, 'README.md', { kind: 'model-card', config: { profile: 'strict', rules: {} } });
    const f = r.findings.find((x) => x.ruleId === 'open-weights-closed-safety');
    assert.match(f.message, /safety_evaluation_code and safety_evaluation_data are declared unknown:/);
    assert.doesNotMatch(lensTitles(r).openness, /undeclared/);
  });
});

describe('stage inference', () => {
  const stage = (text) => lint(text, 'README.md', { kind: 'model-card' }).stage;
  it('uses the largest model of a family', () => {
    const s = stage('# m\n\nThe family has 7B, 13B and 70B parameter models, pre-trained on 2 trillion tokens.\n');
    assert.equal(s.stage, 'mid-term');
    assert.match(s.signals[0], /6 × 7\.0e\+10 parameters × 2\.0e\+12 tokens/);
  });
  it('treats a chat model as generative whatever its pipeline tag', () => {
    const t =
      '---\npipeline_tag: text-classification\ntags: [conversational]\n---\n# m\n\nA 70B parameter model trained on 15 trillion tokens.\n';
    assert.equal(stage(t).stage, 'mid-term');
    assert.equal(stage(t.replace('tags: [conversational]\n', '')).stage, 'near-term');
  });
});

describe('a licence stated only in the body grades the weights', () => {
  const weights = (text) => lint(text, 'README.md', { kind: 'model-card' }).openness.components.weights;
  it('from a License line, a table row or "released under the X license"', () => {
    assert.deepEqual(
      [weights('# m\n\n| **License** | MIT |\n').license, weights('# m\n\n| **License** | MIT |\n').label],
      ['mit', 'D5'],
    );
    assert.equal(weights('# m\n\n- **License:** Apache 2.0\n').license, 'apache-2.0');
    assert.equal(weights('# m\n\nReleased under the [CC BY-NC 4.0](https://x.org) license.\n').license, 'cc-by-nc-4.0');
  });
  it('not from a value that names no licence', () => {
    assert.equal(weights('# m\n\n**License:** see LICENSE file\n').license, undefined);
  });
});
