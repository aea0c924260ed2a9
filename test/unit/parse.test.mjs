// The parser with exact positions: front matter (present, absent, unclosed, broken, duplicate keys, CRLF, lone CR,
// BOM, empty files), the Markdown section tree (ATX, setext, bold and HTML headings; none inside code fences or
// comments), the YAML 1.1 `no` trap, manifests, and classification by content.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify, lint, parseDocument } from './engine.mjs';

const ids = (text, kind = 'model-card') =>
  lint(text, 'x.md', { kind, config: { profile: 'strict', rules: {} } }).findings.map((f) => f.ruleId);
const sections = (text) =>
  parseDocument('x.md', text, { kind: 'model-card' }).card.markdown.sections.map(
    (s) => `${s.level} ${s.heading.title}`,
  );

describe('front matter', () => {
  it('reads keys and values with absolute spans', () => {
    const text = '---\nlicense: mit\ntags: [a, b]\n---\n# T\n';
    const fm = parseDocument('x.md', text).card.frontMatter;
    assert.equal(fm.closed, true);
    const lic = fm.root.pairs.find((p) => p.key === 'license');
    assert.equal(text.slice(lic.keySpan.start, lic.keySpan.end), 'license');
    assert.equal(text.slice(lic.value.span.start, lic.value.span.end), 'mit');
    assert.equal(fm.bodyStart, text.indexOf('# T'));
  });

  it('a file without front matter is all body', () => {
    const doc = parseDocument('MODEL_CARD.md', '# Model Card\n\n## Uses\n\nText.\n');
    assert.equal(doc.card.frontMatter, null);
    assert.deepEqual(sections('# Model Card\n\n## Uses\n\nText.\n'), ['1 Model Card', '2 Uses']);
  });

  it('an unclosed front matter is reported on its `---` and the body is still linted', () => {
    const r = lint('---\nlicense: mit\n# Model\n\n## Uses\n\nIt is for research.\n', 'MODEL_CARD.md', {
      kind: 'model-card',
    });
    const f = r.findings.find((x) => x.ruleId === 'yaml-syntax');
    assert.deepEqual(f.span, { start: 0, end: 3 });
    assert.equal(r.analysis.disclosures.get('intended-use').state, 'present');
  });

  it('YAML errors are reported at their position, and the body is still linted', () => {
    const text =
      '---\nlicense: mit\ntags: [a\npipeline_tag: text-generation\n---\n# M\n\n## Training Data\n\nWe trained on 2T tokens of web text.\n';
    const r = lint(text, 'x.md', { kind: 'model-card' });
    const f = r.findings.find((x) => x.ruleId === 'yaml-syntax');
    assert.ok(f.span.start > text.indexOf('tags'));
    assert.equal(r.analysis.disclosures.get('training-data').state, 'present');
  });

  it('duplicate keys point at the second and link the first', () => {
    const text = '---\nlicense: mit\nlicense: apache-2.0\n---\n# M\n';
    const f = lint(text, 'x.md', { kind: 'model-card' }).findings.find((x) => x.ruleId === 'duplicate-key');
    assert.equal(f.span.start, text.lastIndexOf('license'));
    assert.equal(f.related[0].span.start, text.indexOf('license'));
  });

  it('CRLF: spans index the text as given, and fixes keep CRLF', () => {
    const text = '---\r\nlicense: mit\r\n---\r\n# M\r\n';
    const r = lint(text, 'x.md', { kind: 'model-card' });
    const lic = r.doc.card.frontMatter.root.pairs[0];
    assert.equal(text.slice(lic.value.span.start, lic.value.span.end), 'mit');
    const fix = r.findings.find((f) => f.ruleId === 'undeclared-openness').fix.edits[0];
    assert.ok(!/[^\r]\n/.test(fix.newText), 'inserted text uses CRLF');
  });

  it('a BOM is removed for linting and offsets refer to the text after it', () => {
    const doc = parseDocument('x.md', '\uFEFF---\nlicense: mit\n---\n# M\n');
    assert.equal(doc.hadBom, true);
    assert.equal(doc.card.frontMatter.closed, true);
  });

  it('lone CR line breaks are lines too', () => {
    const text = '# A\r\rText.\r\r## B\r\rMore.\r';
    const doc = parseDocument('x.md', text, { kind: 'model-card' });
    assert.deepEqual(
      doc.card.markdown.sections.map((s) => s.heading.title),
      ['A', 'B'],
    );
    assert.equal(doc.lines.positionAt(text.indexOf('## B')).line, 4);
  });

  it('empty files parse to nothing and lint without throwing', () => {
    for (const t of ['', '\n', '---\n---\n', '\uFEFF'])
      assert.doesNotThrow(() => lint(t, 'MODEL_CARD.md', { kind: 'model-card' }));
  });

  it('the YAML 1.1 `no` trap: `no` in a language list is a string for us and a finding for the Hub', () => {
    const text = '---\nlanguage:\n- en\n- no\n---\n# M\n';
    const doc = parseDocument('x.md', text, { kind: 'model-card' });
    const lang = doc.card.frontMatter.root.pairs[0].value;
    assert.equal(lang.items[1].value, 'no');
    assert.ok(ids(text).includes('ambiguous-yaml-boolean'));
  });
});

describe('Markdown sections', () => {
  it('ATX, setext, bold-wrapped and HTML headings; none in code fences or comments', () => {
    const text = [
      '# **Model Details**',
      '',
      'Intro',
      '',
      'Uses',
      '====',
      '',
      '```',
      '# not a heading',
      '```',
      '',
      '<!--',
      '## nor this',
      '-->',
      '',
      '<h2 align="center">Training Data</h2>',
      '',
      '### <span>Cyber Security</span>',
      '',
    ].join('\n');
    assert.deepEqual(sections(text), ['1 Model Details', '1 Uses', '2 Training Data', '3 Cyber Security']);
  });

  it('a section spans to the next heading of the same or a higher level and keeps its children', () => {
    const text = '# A\n\n## B\n\nb\n\n### C\n\nc\n\n## D\n';
    const doc = parseDocument('x.md', text, { kind: 'model-card' });
    const b = doc.card.markdown.sections[1];
    assert.equal(text.slice(b.span.start, b.span.end), '## B\n\nb\n\n### C\n\nc\n\n');
    assert.deepEqual(
      b.children.map((c) => c.heading.title),
      ['C'],
    );
  });

  it('a `<!--` inside code does not hide the comments after it (found by fuzzing)', () => {
    const text =
      '\t<!-- in an indented code block, never closed\n\n# Model\n\n<!-- modelcard-lint-disable-file undisclosed-contact -->\n';
    const doc = parseDocument('x.md', text, { kind: 'model-card' });
    assert.deepEqual(
      doc.card.markdown.comments.map((c) => text.slice(c.start, c.end)),
      ['<!-- modelcard-lint-disable-file undisclosed-contact -->'],
    );
    const r = lint(text, 'x.md', { kind: 'model-card' });
    assert.equal(
      r.findings.some((f) => f.ruleId === 'undisclosed-contact'),
      false,
    );
  });

  it('an indented line lazily continuing a paragraph in nested blockquotes is paragraph text, as in CommonMark', () => {
    // markdown-it alone ends both quotes there and reads `<!-- … -->` and `# …` as an indented code block.
    const text = '> > para\n    <!-- modelcard-lint-disable-next-line x -->\n    # not a heading\n\n# Model\n';
    const m = parseDocument('x.md', text, { kind: 'model-card' }).card.markdown;
    assert.deepEqual(m.code, []);
    assert.deepEqual(
      m.comments.map((c) => text.slice(c.start, c.end)),
      ['<!-- modelcard-lint-disable-next-line x -->'],
    );
    assert.deepEqual(sections(text), ['1 Model']);
    // Indented code after a quote that a blank line ended is still code.
    assert.deepEqual(parseDocument('x.md', '> > para\n\n    code\n', { kind: 'model-card' }).card.markdown.code, [
      { start: 10, end: 19 },
    ]);
  });

  it('bold lead-in labels are found with the text after them', () => {
    const text = '## Model Details\n\n**License** A custom licence.\n\n- **Developed by:** Org\n';
    const labels = parseDocument('x.md', text, { kind: 'model-card' }).card.markdown.labels;
    assert.deepEqual(
      labels.map((l) => l.text),
      ['License', 'Developed by'],
    );
    assert.equal(text.slice(labels[0].restSpan.start, labels[0].restSpan.end), ' A custom licence.');
  });
});

describe('unclosed code fences', () => {
  const md = (text) => parseDocument('x.md', text, { kind: 'model-card' }).card.markdown;

  it('end before the next ## heading: the sections after it are read, the fence line is reported', () => {
    const text = '# M\n\n```python\nimport x\n# a comment\n\n## Training\n\nLoRA.\n\n### Data\n\nWiki.\n';
    assert.deepEqual(sections(text), ['1 M', '2 Training', '3 Data']);
    const m = md(text);
    assert.equal(m.unclosedFences.length, 1);
    assert.equal(text.slice(m.unclosedFences[0].open.start, m.unclosedFences[0].open.end), '```python');
    assert.equal(m.unclosedFences[0].resume, text.indexOf('## Training'));
    // The code is still code, up to the heading.
    assert.deepEqual(m.code, [{ start: text.indexOf('```'), end: text.indexOf('## Training') }]);
  });

  it('comment lines right above the heading are comments again (a directive inserted there works)', () => {
    const text = '# M\n\n```python\ncode\n\n<!-- modelcard-lint-disable-next-line x -->\n## Training\n';
    const m = md(text);
    assert.equal(m.unclosedFences[0].resume, text.indexOf('<!--'));
    assert.deepEqual(m.comments, [{ start: text.indexOf('<!--'), end: text.indexOf('\n## Training') }]);
  });

  it('with no heading after it, run to the end as CommonMark says; a closed fence is not reported', () => {
    const open = md('# M\n\n~~~~\ncode\n# not a section\n');
    assert.deepEqual(
      open.headings.map((h) => h.title),
      ['M'],
    );
    assert.equal(open.unclosedFences[0].resume, null);
    // Closed by a longer fence of the same character, after a shorter one of the other.
    assert.deepEqual(md('# M\n\n```\n~~~\n## x\n`````\n\n## After\n').unclosedFences, []);
    assert.deepEqual(sections('# M\n\n```\n~~~\n## x\n`````\n\n## After\n'), ['1 M', '2 After']);
  });
  it('reads a fence line whole, however long its run of backticks (found by npm run fuzz: 201 backticks)', () => {
    for (const n of [3, 200, 201, 5000]) {
      const fence = '`'.repeat(n);
      assert.deepEqual(md(`# M\n\n${fence}\ncode\n${fence}\n\n## After\n`).unclosedFences, [], `${n}`);
      assert.equal(md(`# M\n\n${fence}\ncode\n${'`'.repeat(n - 1)}\n\n## After\n`).unclosedFences.length, 1, `${n}`);
    }
  });
});

describe('manifests and classification', () => {
  const manifest =
    'framework:\n  name: Model Openness Framework\n  version: "1.0"\nrelease:\n  name: M\n  license:\n    distribution: {name: Apache-2.0}\n  components:\n  - name: Model card\n    license: CC-BY-4.0\n  - name: Inference code\n';
  it('a MOF manifest is recognised by framework.name, whatever its file name', () => {
    assert.equal(classify('anything.yaml', manifest), 'release-manifest');
    assert.equal(classify('model.yml', 'name: x\n'), 'unknown');
  });

  it('components, their licences and the global licences have spans', () => {
    const m = parseDocument('m.yml', manifest).manifest;
    assert.equal(m.frameworkName, 'Model Openness Framework');
    assert.deepEqual(
      m.components.map((c) => [c.name, c.license]),
      [
        ['Model card', 'CC-BY-4.0'],
        ['Inference code', null],
      ],
    );
    assert.equal(manifest.slice(m.licenses.distribution.span.start, m.licenses.distribution.span.end), 'Apache-2.0');
  });

  it('stops reading the front matter at the first key that makes a card (the editor classifies every keystroke)', () => {
    const card = `---\nlicense: mit\nmodel-index:\n${'- name: x\n  results: []\n'.repeat(20000)}---\n# X\n`;
    const work = { classifyChars: 0 };
    assert.equal(classify('README.md', card, work), 'model-card');
    assert.ok(work.classifyChars < 40, `${work.classifyChars} characters read of ${card.length}`);
    // A key that decides nothing is read past: `language:` needs the whole block (a site generator's page has it too).
    const page = `---\ntitle: Docs\n${'x: 1\n'.repeat(1000)}language: en\n---\n# X\n`;
    const pageWork = { classifyChars: 0 };
    assert.equal(classify('page.md', page, pageWork), 'unknown');
    assert.ok(pageWork.classifyChars >= page.indexOf('language'), `${pageWork.classifyChars}`);
    // Read once for its keys and once for the card evidence after it, not a third time to learn that it is closed.
    assert.ok(pageWork.classifyChars <= 2 * page.length + 8, `${pageWork.classifyChars} of ${page.length}`);
  });

  it('cards are recognised by front matter, file name or model-card headings; other Markdown is not', () => {
    assert.equal(classify('README.md', '---\nlicense: mit\n---\n# X\n'), 'model-card');
    assert.equal(classify('docs/MODEL_CARD.md', '# X\n'), 'model-card');
    for (const name of ['模型说明.md', 'docs/模型卡片.md', 'モデルカード.md', '모델 카드.md'])
      assert.equal(classify(name, '# X\n'), 'model-card', name);
    assert.equal(classify('模型训练日志.md', '# X\n'), 'unknown');
    // A research README that hands out its weights (VITS, UniverSeg), and one that only mentions checkpoints.
    const vits =
      '# VITS: End-to-End Text-to-Speech\n\nIn our recent [paper](https://arxiv.org/abs/2106.06103), we propose VITS.\n\nWe also provide the [pretrained models](https://drive.example/f).\n\n## Pre-requisites\n\n1. Python >= 3.6\n';
    assert.equal(classify('README.md', vits), 'model-card');
    assert.equal(classify('README.md', vits.replace(/We also provide[^\n]*/, 'Training takes a week.')), 'unknown');
    assert.equal(classify('README.md', '# Tool\n\nWe release checkpoints of the tool state to disk.\n'), 'unknown');
    // A tagline presenting a model (moondream's README), not a model card's field or a library.
    const tagline = (line) => classify('README.md', `# moondream\n\n${line}\n\n## About\n\nSee below.\n`);
    assert.equal(tagline('a tiny vision language model that kicks ass and runs anywhere'), 'model-card');
    assert.equal(tagline("A model card's `openness:` block grades twelve components."), 'unknown');
    assert.equal(tagline('A fast library for model serving.'), 'unknown');
    // A first line naming the model and how it was made (a fine-tune's README, however short).
    assert.equal(
      tagline(
        '[ruGPT3small](https://github.com/ai-forever/ru-gpts) model finetuned to make posts in the style of a channel.',
      ),
      'model-card',
    );
    assert.equal(tagline('BERT model fine-tuned on SST-2 for sentiment.'), 'model-card');
    assert.equal(tagline('Tools for training models on your own data.'), 'unknown');
    // A README in another language asks for as little evidence as README.md; another Markdown file asks for more.
    const hub = '# HTmiR\n\nFine-tuning of a Kraken model.\n\nWeights: https://huggingface.co/a/htmir-french\n';
    for (const name of ['README-FR.md', 'docs/README_zh.md', 'README.ja.md', 'README.md'])
      assert.equal(classify(name, hub), 'model-card', name);
    assert.equal(classify('NOTES.md', hub), 'unknown');
    assert.equal(
      classify(
        'README.md',
        '# X\n\n## Intended Use\n\nThis model is for research.\n\n## Limitations\n\nIt can be wrong.\n',
      ),
      'model-card',
    );
    // Card headings without anything about a model are a software README's ("Limitations", "Benchmark results").
    assert.equal(
      classify('README.md', '# X\n\n## Usage\n\nRun it.\n\n## Limitations\n\nSlow on Windows.\n'),
      'unknown',
    );
    assert.equal(classify('README.md', '# X Model Card\n\nY\n'), 'model-card');
    assert.equal(
      classify(
        'README.md',
        '# X\n\n## Evaluation\n\nThe model was fine-tuned on our dataset; the weights are below.\n',
      ),
      'model-card',
    );
    assert.equal(classify('README.md', '---\nlanguage: [en, fr]\n---\n# X\n'), 'model-card');
    assert.equal(classify('README.md', '# Shopping list\n\n- milk\n'), 'unknown');
    // Card headings inside code fences (this project's docs are full of them) and software READMEs are not cards.
    assert.equal(
      classify('docs/rules/x.md', '# rule\n\n```markdown\n## Intended Use\n\n## Limitations\n```\n'),
      'unknown',
    );
    assert.equal(classify('README.md', '# Tool\n\n## Usage\n\nRun it.\n\n## Citation\n\nCite us.\n'), 'unknown');
    assert.equal(classify('blog/post.md', '---\ntitle: Hello\nlanguage: en\ntags: [a]\n---\n# Hello\n'), 'unknown');
    assert.equal(classify('docs/model.yml.md', 'framework:\n  name: Model Openness Framework\n'), 'unknown');
    // Setext headings, lone-CR line breaks and an unclosed front matter are read as the Hub reads them.
    assert.equal(classify('README.md', 'Model Card for X\n================\n'), 'model-card');
    assert.equal(classify('README.md', '---\r\r\nlicense: mit\r\r\n---\r\r\n# X\r\r\n'), 'model-card');
    assert.equal(
      classify(
        'README.md',
        '---\n\n## Training procedure:\n\nfine-tuned on 10k model outputs with LoRA; weights below\n',
      ),
      'model-card',
    );
  });
});
