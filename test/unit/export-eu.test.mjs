// `export --eu-documentation` (issue 13, docs/export.md) on the Llama 3.1 and OLMo 7B corpus cards, read by hand:
// each filled item cites the right line and text, each missing item names the rule that asks for it (or none), and
// Annex XI §2 follows the training-compute presumption. Plus hostile card text rendered as text in the Markdown.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { EU_SECTIONS, euDocumentation, euDocumentationMarkdown, lint } from './engine.mjs';

const CARDS = fileURLToPath(new URL('../../../shared/corpus/cards', import.meta.url));
const LLAMA = join(CARDS, 'meta-llama__llama-models__models--llama3_1--MODEL_CARD.md');
const OLMO = join(CARDS, 'YinanWusoymilk__hf-readme__training_and_application--readme_files--allenai_OLMo-7B.md');

function exportOf(path, options) {
  const text = readFileSync(path, 'utf8');
  const doc = euDocumentation(lint(text, path), options);
  const items = Object.fromEntries(doc.sections.flatMap((s) => s.items).map((i) => [i.id, i]));
  return { doc, items, lines: text.split(/\r?\n/) };
}

/** The item is filled from `name` on `line`, the card's line holds `onLine`, and the excerpt starts with `starts`. */
function filled(x, id, { name, line, onLine, starts }) {
  const i = x.items[id];
  assert.equal(i.status, 'filled', id);
  assert.equal(i.source.name, name, id);
  assert.equal(i.line, line, id);
  assert.ok(x.lines[line - 1].includes(onLine), `${id}: line ${line} is "${x.lines[line - 1]}"`);
  if (starts) assert.ok(i.excerpt.startsWith(starts), `${id}: ${i.excerpt}`);
}

function missing(x, id, rule) {
  const i = x.items[id];
  assert.equal(i.status, 'missing', id);
  assert.equal(i.rule, rule, id);
  assert.equal(i.excerpt, null, id);
}

describe('EU documentation items (knowledge)', () => {
  it('has Annex XI §1 and §2, Annex XII and the Model Documentation Form, each item with a unique id', () => {
    assert.deepEqual(
      EU_SECTIONS.map((s) => [s.id, s.items.length]),
      [
        ['annex-xi-1', 11],
        ['annex-xi-2', 3],
        ['annex-xii', 11],
        ['cop-mdf', 32],
      ],
    );
    const ids = EU_SECTIONS.flatMap((s) => s.items.map((i) => i.id));
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('export --eu-documentation: Llama 3.1 card', () => {
  const x = exportOf(LLAMA);

  it('presumes systemic risk from the estimated compute (405B × 15T tokens) and includes Annex XI §2', () => {
    assert.equal(x.doc.systemicRisk.included, true);
    assert.equal(x.doc.systemicRisk.basis, 'estimated');
    assert.ok(x.doc.systemicRisk.flops > 1e25);
    assert.ok(x.doc.sections.some((s) => s.id === 'annex-xi-2'));
  });

  it('fills the items the card answers, with the line they came from', () => {
    filled(x, 'annex-xi-1.1f', {
      name: 'license',
      line: 86,
      onLine: '**License:**',
      starts: '**License:** A custom commercial license, the Llama 3.1 Community License',
    });
    filled(x, 'annex-xi-1.1c', { name: '"Model Release Date"', line: 82, onLine: 'Model Release Date' });
    assert.equal(x.items['annex-xi-1.1c'].excerpt, 'July 23, 2024.');
    filled(x, 'cop-mdf.1.1', { name: '"Model developer"', line: 5, onLine: '**Model developer:** Meta' });
    assert.equal(x.items['cop-mdf.1.1'].excerpt, 'Meta');
    filled(x, 'annex-xi-1.1d', {
      name: 'architecture',
      line: 7,
      onLine: '**Model Architecture:**',
      starts:
        '**Model Architecture:** Llama 3.1 is an auto-regressive language model that uses an optimized transformer',
    });
    filled(x, 'annex-xi-1.1b', {
      name: 'out-of-scope-use',
      line: 95,
      onLine: '**Out-of-scope**',
      starts: '**Out-of-scope** Use in any manner that violates applicable laws',
    });
    filled(x, 'annex-xi-1.2c', {
      name: 'training-data',
      line: 184,
      onLine: '## Training Data',
      starts: '## Training Data **Overview:** Llama 3.1 was pretrained on ~15 trillion tokens',
    });
    filled(x, 'annex-xi-1.2e', {
      name: 'environmental-impact',
      line: 104,
      onLine: '**Training Energy Use**',
      starts: '**Training Energy Use** Training utilized a cumulative of **39.3**M GPU hours',
    });
    filled(x, 'cop-mdf.7.1', { name: 'compute', line: 100, onLine: '## Hardware and Software' });
    filled(x, 'annex-xi-2.2', {
      name: 'safety-evaluation',
      line: 929,
      onLine: '### Evaluations',
      starts: '### Evaluations We evaluated Llama models for common use cases',
    });
    filled(x, 'cop-mdf.contact', { name: 'contact', line: 88, onLine: '**Feedback:**' });
  });

  it('marks what the card does not say as missing, with no rule where none checks it', () => {
    missing(x, 'cop-mdf.1.2', null); // no front matter and no level-1 heading: the card never names one model
    missing(x, 'cop-mdf.1.6', null);
    missing(x, 'annex-xi-1.1e', null); // modalities are in an HTML table, not a label or pipeline_tag
    missing(x, 'cop-mdf.1.5', null);
  });

  it('--no-systemic-risk leaves Annex XI §2 out', () => {
    const y = exportOf(LLAMA, { systemicRisk: false });
    assert.equal(y.doc.systemicRisk.basis, 'forced');
    assert.ok(!y.doc.sections.some((s) => s.id === 'annex-xi-2'));
  });
});

describe('export --eu-documentation: OLMo 7B card', () => {
  const x = exportOf(OLMO);

  it('states no training compute, so Annex XI §2 is left out', () => {
    assert.deepEqual(x.doc.systemicRisk, { included: false, basis: 'unknown', flops: null });
    assert.ok(!x.doc.sections.some((s) => s.id === 'annex-xi-2'));
    assert.equal(x.doc.model, 'OLMo 7B');
  });

  it('fills items from front matter, labels, headings and sections', () => {
    filled(x, 'annex-xi-1.1f', { name: 'license', line: 2, onLine: 'license: apache-2.0' });
    assert.equal(x.items['annex-xi-1.1f'].excerpt, 'license: apache-2.0');
    filled(x, 'annex-xii.2c', { name: 'training-data', line: 3, onLine: 'datasets:' });
    filled(x, 'cop-mdf.1.1', { name: '"Developed by"', line: 65, onLine: '**Developed by:** Allen Institute for AI' });
    assert.equal(x.items['cop-mdf.1.1'].excerpt, 'Allen Institute for AI (AI2)');
    filled(x, 'cop-mdf.1.2', { name: 'heading', line: 13, onLine: '# Model Card for OLMo 7B' });
    assert.equal(x.items['cop-mdf.1.2'].excerpt, 'OLMo 7B');
    filled(x, 'annex-xi-1.1d', {
      name: 'architecture',
      line: 181,
      onLine: '### Architecture',
      starts: '### Architecture OLMo 7B architecture with peer models for comparison.',
    });
    filled(x, 'cop-mdf.5.1', { name: 'training-procedure', line: 203, onLine: '### Hyperparameters' });
    filled(x, 'annex-xi-1.2e', {
      name: 'environmental-impact',
      line: 230,
      onLine: '## Environmental Impact',
      starts: '## Environmental Impact OLMo 7B variants were either trained on MI250X GPUs',
    });
    filled(x, 'cop-mdf.contact', { name: 'contact', line: 265, onLine: '## Model Card Contact' });
  });

  it('marks the missing acceptable-use policy with undisclosed-out-of-scope-use', () => {
    missing(x, 'annex-xi-1.1b', 'undisclosed-out-of-scope-use');
    missing(x, 'annex-xii.1b', 'undisclosed-out-of-scope-use');
    missing(x, 'cop-mdf.4.1', 'undisclosed-out-of-scope-use');
    missing(x, 'annex-xi-1.1c', null); // no release date anywhere in the card
  });

  it('with --systemic-risk, Annex XI §2.2 is missing and asked for by undisclosed-safety-evaluation', () => {
    const y = exportOf(OLMO, { systemicRisk: true });
    missing(y, 'annex-xi-2.2', 'undisclosed-safety-evaluation');
    assert.equal(y.items['annex-xi-2.1'].status, 'filled');
    assert.equal(y.items['annex-xi-2.1'].line, 136);
  });
});

describe('export --eu-documentation: hostile card text', () => {
  const HOSTILE = '![t](https://evil.example/pixel.png) <img src=x onerror=alert(1)> a|b';
  const card = [
    '---',
    `license: "${HOSTILE}"`,
    '---',
    `# Model Card for ${HOSTILE}`,
    '',
    `- **Developed by:** ${HOSTILE}`,
    `- **Release date:** ${HOSTILE}`,
    '',
  ].join('\n');

  it('shows Markdown and HTML from the card as text, never as markup, and keeps table rows intact', () => {
    const md = euDocumentationMarkdown(euDocumentation(lint(card, '/tmp/x/README.md')), 'README.md');
    assert.match(md, /Allen|evil\\\.example/);
    assert.doesNotMatch(md, /(?<!\\)!\[|(?<!\\)<img/);
    for (const row of md.split('\n').filter((l) => l.startsWith('| ')))
      assert.equal(row.match(/(?<!\\)\|/g).length, 5, row);
  });
});
