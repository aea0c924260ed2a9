// What the undisclosed-* and unassessed-risk-area rules credit beyond headings, and what they say when a card
// withholds a disclosure: table labels, `base_model:`, disclosures by reference, risk areas assessed in prose.
// The phrasings come from real cards (test/accuracy, tune half); these tests pin the behaviour, not the cards.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from './engine.mjs';

const opts = { config: { profile: 'strict', rules: {} }, kind: 'model-card' };
const run = (text) => lint(text, 'README.md', opts);
const status = (text, id) => run(text).analysis.disclosures.get(id);
const quote = (r, span) => r.doc.text.slice(span.start, span.end);

describe('disclosure evidence', () => {
  it('reads a key/value table row, not the header row', () => {
    const r = run('# m\n\n| Attribute | Details |\n|---|---|\n| **License** | MIT |\n');
    const s = r.analysis.disclosures.get('license');
    assert.equal(s.state, 'present');
    assert.equal(s.evidence.kind, 'label');
    assert.equal(quote(r, s.evidence.span), 'License');
    assert.equal(status('# m\n\n| License | Params |\n|---|---|\n| x | 7B |\n', 'license').state, 'missing');
  });

  it('reads a column of a headed table from its second column on (CRLF line endings too)', () => {
    const r = run('# m\r\n\r\n| Model | Train FLOPs |\r\n|:---|:---:|\r\n| m-7b | 4.6e23 |\r\n');
    assert.equal(r.analysis.disclosures.get('compute').state, 'present');
    assert.equal(
      status('# m\r\n\r\n| Dataset | A | B |\r\n|:---|:---:|:---:|\r\n| MMLU | 49.6 | 56.6 |\r\n', 'training-data')
        .state,
      'missing',
    );
  });

  it('credits the architecture from base_model, a named family or a classical estimator, not from a size alone', () => {
    assert.equal(
      status('---\nbase_model: meta-llama/Llama-3.1-8B\n---\n# m\n', 'architecture').evidence.kind,
      'front-matter',
    );
    assert.equal(status('# m\n\nA DistilBERT model for sentiment analysis.\n', 'architecture').state, 'present');
    assert.equal(
      status('# m\n\nWe trained a gradient boosting model on tabular data.\n', 'architecture').state,
      'present',
    );
    assert.equal(status('# m\n\nThe model has 314B parameters.\n', 'architecture').state, 'missing');
    assert.equal(status('# m\n\nOur model outperforms Llama 2 70B on every task.\n', 'architecture').state, 'missing');
  });

  it('does not count `license: other` without a name or link', () => {
    assert.equal(status('---\nlicense: other\n---\n# m\n', 'license').state, 'missing');
    assert.equal(
      status('---\nlicense: other\nlicense_name: acme-model-license\n---\n# m\n', 'license').state,
      'present',
    );
  });

  it('ignores a bare version in the Trainer framework list', () => {
    assert.equal(
      status('# m\n\n### Framework versions\n\n- Transformers 4.40.0\n- Datasets: 4.5.0\n', 'training-data').state,
      'missing',
    );
  });

  it('credits a pointer with a link as disclosed by reference, but not a pointer without one', () => {
    const r = run('# m\n\nEvaluation results are reported in our [technical report](https://example.org/r.pdf).\n');
    const s = r.analysis.disclosures.get('evaluation');
    assert.equal(s.evidence.kind, 'reference');
    assert.equal(s.evidence.detail, 'by reference to https://example.org/r.pdf');
    assert.equal(status('# m\n\nEvaluation results are reported in our paper.\n', 'evaluation').state, 'missing');
  });

  it('says "withheld" when the card states it will not disclose the training data', () => {
    const r = run('# m\n\n## Training Data\n\nThe training data is proprietary and will not be released.\n');
    const f = r.findings.find((x) => x.ruleId === 'undisclosed-training-data');
    assert.equal(r.analysis.disclosures.get('training-data').state, 'withheld');
    assert.match(f.message, /^The training data is withheld: the card says so \("training data is proprietary"\)\./);
    assert.equal(quote(r, f.span), 'training data is proprietary');
  });

  it('reads how-to sections for the intended use but not for the training procedure', () => {
    assert.equal(
      status('# m\n\n## How to use\n\nYou can use the raw model for image classification.\n', 'intended-use').state,
      'present',
    );
    assert.equal(
      status('# m\n\n## Fine-tuning\n\nYou can customize it with SFT, SteerLM or RLHF.\n', 'training-procedure').state,
      'missing',
    );
  });
});

describe('risk areas assessed in prose', () => {
  const risk = (text, id) => run(text).analysis.risks.get(id);
  it('credits a statement about the area anywhere in the body', () => {
    const s = risk(
      '# m\n\nGPT-J was trained on an English-language only dataset and will not generalise to other languages.\n',
      'equity_and_access',
    );
    assert.equal(s.state, 'assessed');
    assert.equal(s.source, 'body');
    assert.equal(
      risk(
        '# m\n\nThe Pile was not deduplicated before training, so benchmark contamination is possible.\n',
        'research_and_innovation',
      ).state,
      'assessed',
    );
    assert.equal(risk('# m\n\nIt does not detect jailbreak attacks.\n', 'safety_and_security').state, 'assessed');
  });
  it('leaves a keyword in a generic list as a mention, not an assessment', () => {
    const s = risk(
      '# m\n\n## Bias, Risks, and Limitations\n\nThe model may show bias against dialects and can produce harmful text when misused.\n',
      'safety_and_security',
    );
    assert.equal(s.state, 'mentioned');
    assert.equal(
      risk('# m\n\n## Limitations\n\nRisks include privacy and misinformation.\n', 'broader_society').state,
      'mentioned',
    );
  });
});
