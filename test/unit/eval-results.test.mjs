// The Hub's `.eval_results/*.yaml` evaluation results (issue 12; knowledge/eval-results.ts): the documentation's own
// examples read as the Hub reads them, what it would refuse reported with its line, `export --eu-documentation`
// listing the repository's results (Markdown and JSON) without following a symbolic link out of the tree, and the
// lint crediting them (lint option `evalResults`, analyze/eval-results-credit.ts; read by the lint session,
// node/eval-results.ts, within its bounds).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { explainAt, lint, parseEvalResults, toFileReport } from './engine.mjs';
import { tempDirs } from './temp-dirs.mjs';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

const tempDir = tempDirs();

// https://huggingface.co/docs/hub/eval-results, "Adding Evaluation Results" (hub-docs b695d61).
const FULL = `- dataset:
    id: cais/hle                  # Required. Hub dataset ID (must be a Benchmark)
    task_id: default              # Required. ID of the Task, as defined in the dataset's eval.yaml
    revision: <hash>              # Optional. Dataset revision hash
  value: 20.90                    # Required. Metric value
  verifyToken: <token>            # Optional. Cryptographic proof of auditable evaluation
  date: "2025-01-15"              # Optional. ISO-8601 date or datetime
  source:                         # Optional. Attribution for this result
    url: https://huggingface.co/spaces/SaylorTwift/smollm3-mmlu-pro  # Required if source provided
    name: Eval traces             # Optional. Display name
    user: SaylorTwift             # Optional. HF username/org
  notes: "no-tools"               # Optional. Details about the evaluation setup
`;
const MINIMAL = `- dataset:
    id: Idavidrein/gpqa
    task_id: gpqa_diamond
  value: 0.412
`;

describe('.eval_results/*.yaml (the Hub format besides model-index)', () => {
  it("reads the documentation's examples", () => {
    assert.deepEqual(parseEvalResults(FULL), {
      results: [
        {
          dataset: 'cais/hle',
          taskId: 'default',
          value: 20.9,
          date: '2025-01-15',
          sourceUrl: 'https://huggingface.co/spaces/SaylorTwift/smollm3-mmlu-pro',
          notes: 'no-tools',
          verifiable: true,
          line: 1,
        },
      ],
      problems: [],
    });
    assert.deepEqual(parseEvalResults(MINIMAL), {
      results: [
        {
          dataset: 'Idavidrein/gpqa',
          taskId: 'gpqa_diamond',
          value: 0.412,
          date: null,
          sourceUrl: null,
          notes: null,
          verifiable: false,
          line: 1,
        },
      ],
      problems: [],
    });
  });

  it('reports what the Hub refuses, with lines; results without an id or a numeric value are not read', () => {
    const text = [
      '- dataset: {id: cais/hle}', // 1: no task_id (required since January 2026): read, reported
      '  value: 20.9',
      '- dataset: {id: cais/hle, task_id: default}', // 3: value is text
      '  value: "twenty"',
      '- value: 3', // 5: no dataset
      '- dataset: {id: "not a dataset id!", task_id: x}', // 6
      '  value: 1',
      '- dataset: {id: a/b, task_id: t, splitt: test}', // 8: unknown keys
      '  value: 1',
      '  scroe: 2',
      '  date: last week',
      '  source: {name: logs}',
    ].join('\n');
    const { results, problems } = parseEvalResults(text);
    assert.deepEqual(
      results.map((r) => `${r.line} ${r.dataset} ${r.taskId} ${r.value}`),
      ['1 cais/hle null 20.9', '8 a/b t 1'],
    );
    assert.deepEqual(
      problems.map((p) => `${p.line}: ${p.message}`),
      [
        '1: `dataset.task_id` is required: the benchmark task the value is for',
        '3: `value` must be a number (the metric value)',
        '5: `dataset.id` must be a Hub dataset id (`owner/name`), the benchmark',
        '5: `dataset.task_id` is required: the benchmark task the value is for',
        '6: `dataset.id` must be a Hub dataset id (`owner/name`), the benchmark',
        '10: unknown key `scroe`',
        '8: unknown key `dataset.splitt`',
        '8: `date` must be an ISO-8601 date or date-time (2025-01-15, 2025-01-15T10:30:00Z)',
        '8: `source.url` is required when `source` is given, an http(s) link',
      ],
    );
    assert.deepEqual(parseEvalResults('dataset: {id: a/b}\nvalue: 1\n').problems, [
      { line: 1, message: 'the file must be a list of results (`- dataset: …`)' },
    ]);
    assert.match(parseEvalResults('- dataset: [\n').problems[0].message, /^not valid YAML: /);
  });

  it('reads at most 1000 results of a file', () => {
    const many = Array.from({ length: 1005 }, (_, i) => `- {dataset: {id: a/b, task_id: t}, value: ${i}}`).join('\n');
    const { results, problems } = parseEvalResults(many);
    assert.equal(results.length, 1000);
    assert.deepEqual(problems, [{ line: 1001, message: 'only the first 1000 results are read' }]);
  });
});

describe('export --eu-documentation lists the repository’s .eval_results', () => {
  const card = '---\nlicense: apache-2.0\n---\n# Tiny LM\n\n## Uses\n\nDrafting replies.\n';
  const repo = () => {
    const dir = tempDir('mcl-eval-results-');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'README.md'), card);
    return dir;
  };
  const run = (dir, ...args) =>
    spawnSync(process.execPath, [CLI, 'export', '--eu-documentation', 'README.md', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });

  it('JSON and Markdown carry the results with file and line; problems go to stderr', () => {
    const dir = repo();
    mkdirSync(join(dir, '.eval_results'));
    writeFileSync(join(dir, '.eval_results', 'gpqa.yaml'), MINIMAL);
    writeFileSync(join(dir, '.eval_results', 'hle.yaml'), FULL + '- dataset: {id: cais/hle}\n  value: oops\n');
    writeFileSync(join(dir, '.eval_results', 'notes.txt'), 'not read');
    const json = run(dir, '--format', 'json');
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual(
      JSON.parse(json.stdout).evaluationResults.map((r) => `${r.file}:${r.line} ${r.dataset} ${r.taskId} ${r.value}`),
      [
        '.eval_results/gpqa.yaml:1 Idavidrein/gpqa gpqa_diamond 0.412',
        '.eval_results/hle.yaml:1 cais/hle default 20.9',
      ],
    );
    assert.equal(
      json.stderr,
      'modelcard-lint export: .eval_results/hle.yaml:13: `dataset.task_id` is required: the benchmark task the value is for\n' +
        'modelcard-lint export: .eval_results/hle.yaml:13: `value` must be a number (the metric value)\n',
    );
    const md = run(dir).stdout;
    assert.match(md, /^## Evaluation results in `\.eval_results\/`$/m);
    assert.match(
      md,
      /^\| `cais\/hle` \| `default` \| 20\.9 \| 2025\\-01\\-15 \| https\\:\/\/huggingface\\\.co\/spaces\/SaylorTwift\/smollm3\\-mmlu\\-pro \| `\.eval_results\/hle\.yaml`:1 \|$/m,
    );
  });

  it('no folder: an empty list and no section; a symbolic link for the folder is not followed', () => {
    const dir = repo();
    assert.deepEqual(JSON.parse(run(dir, '--format', 'json').stdout).evaluationResults, []);
    assert.doesNotMatch(run(dir).stdout, /\.eval_results/);
    const outside = tempDir('mcl-eval-outside-');
    writeFileSync(join(outside, 'x.yaml'), MINIMAL);
    symlinkSync(outside, join(dir, '.eval_results'));
    assert.deepEqual(JSON.parse(run(dir, '--format', 'json').stdout).evaluationResults, []);
  });
});

// A card with an empty evaluation section (test/fixtures/eval-results/): `undisclosed-evaluation` stands on its own
// (three findings or fewer at its position, so it is not folded into `missing-disclosures`).
const CARD = readFileSync(new URL('../fixtures/eval-results/README.md', import.meta.url), 'utf8');
const rules = (r) => r.findings.flatMap((f) => [f.ruleId, ...(f.members ?? []).map((m) => m.ruleId)]);
const FILE = { file: '.eval_results/hle.yaml', ...parseEvalResults(FULL) };

describe('the lint credits .eval_results (lint option evalResults)', () => {
  it('without them the empty evaluation section is reported; with them it is disclosed, with the file as evidence', () => {
    const bare = lint(CARD, '/r/README.md');
    assert.ok(rules(bare).includes('undisclosed-evaluation'));
    assert.equal(bare.analysis.disclosures.get('evaluation').state, 'empty');
    const r = lint(CARD, '/r/README.md', { evalResults: [FILE] });
    assert.ok(!rules(r).includes('undisclosed-evaluation'), rules(r).join(' '));
    assert.deepEqual(r.analysis.disclosures.get('evaluation'), {
      id: 'evaluation',
      state: 'present',
      evidence: {
        kind: 'file',
        span: { start: 0, end: 0 },
        detail: '1 result in `.eval_results/hle.yaml` (cais/hle 20.9)',
        file: { path: '.eval_results/hle.yaml', line: 1 },
      },
    });
    // JSON output: the evidence names the file, its line is in that file.
    assert.deepEqual(toFileReport(r, 'README.md').disclosures.evaluation, {
      state: 'present',
      line: 1,
      column: 1,
      quote: '1 result in `.eval_results/hle.yaml` (cais/hle 20.9)',
      file: '.eval_results/hle.yaml',
    });
    // Hover on the card's evaluation heading says where the evidence is.
    const hover = explainAt(r, CARD.indexOf('## Evaluation') + 4).markdown;
    assert.match(
      hover,
      /\*\*In this card:\*\* disclosed outside the card: 1 result in `\.eval_results\/hle\.yaml` \(cais\/hle 20\.9\), line 1\./,
    );
  });

  it('inferred openness counts their benchmarks as released evaluation data; a declared block is left alone', () => {
    const bare = lint(CARD, '/r/README.md');
    assert.equal(bare.openness.components.evaluation_data.status, 'unknown');
    const r = lint(CARD, '/r/README.md', { evalResults: [FILE] });
    assert.equal(r.openness.components.evaluation_data.status, 'released');
    assert.match(r.openness.components.evaluation_data.basis, /benchmarks with results in `\.eval_results\/hle\.yaml`/);
    assert.deepEqual(r.analysis.card.inferred.evaluation_data, {
      status: 'released',
      source: 'inferred',
      url: 'https://huggingface.co/datasets/cais/hle',
      evidence: 'benchmarks with results in `.eval_results/hle.yaml`',
    });
    const declared = CARD.replace('license: apache-2.0\n', 'license: apache-2.0\nopenness:\n  weights: apache-2.0\n');
    const d = lint(declared, '/r/README.md', { evalResults: [FILE] });
    assert.equal(d.openness.components.evaluation_data.status, 'unknown');
  });

  it('a file whose every item the Hub refuses credits nothing; a card that withholds its evaluation keeps saying so', () => {
    const refused = { file: '.eval_results/bad.yaml', ...parseEvalResults('- value: 3\n') };
    assert.equal(refused.results.length, 0);
    assert.ok(rules(lint(CARD, '/r/README.md', { evalResults: [refused] })).includes('undisclosed-evaluation'));
    const withheld = CARD + 'We do not publish evaluation results for this model.\n';
    const w = lint(withheld, '/r/README.md', { evalResults: [FILE] });
    assert.equal(w.analysis.disclosures.get('evaluation').state, 'withheld');
    assert.ok(rules(w).includes('undisclosed-evaluation'));
  });

  it('a hostile file name stays inside code in the hover and escaped in Markdown', () => {
    const evil = { ...FILE, file: '.eval_results/a`![x](https://e.vil/p.png)`.yaml' };
    const r = lint(CARD, '/r/README.md', { evalResults: [evil] });
    const hover = explainAt(r, CARD.indexOf('## Evaluation') + 4).markdown;
    assert.ok(hover.includes('``.eval_results/a`![x](https://e.vil/p.png)`.yaml``'), hover);
  });
});

describe('the lint session reads .eval_results beside a card (through the CLI)', () => {
  const tree = () => {
    const dir = tempDir('mcl-eval-lint-');
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'README.md'), CARD);
    return dir;
  };
  const lintJson = (dir) => {
    const r = spawnSync(process.execPath, [CLI, '.', '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const results = JSON.parse(r.stdout).results;
    const card = results.find((x) => x.file === 'README.md');
    return {
      files: results.map((x) => x.file),
      rules: card.diagnostics.flatMap((d) => [d.rule, ...(d.members ?? []).map((m) => m.rule)]),
      evidence: card.disclosures.evaluation,
    };
  };

  it('a card with .eval_results/x.yaml has no undisclosed-evaluation; the evidence names the file', () => {
    const dir = tree();
    assert.ok(lintJson(dir).rules.includes('undisclosed-evaluation'));
    mkdirSync(join(dir, '.eval_results'));
    writeFileSync(join(dir, '.eval_results', 'x.yaml'), MINIMAL);
    const out = lintJson(dir);
    assert.ok(!out.rules.includes('undisclosed-evaluation'), out.rules.join(' '));
    assert.deepEqual(out.evidence, {
      state: 'present',
      line: 1,
      column: 1,
      quote: '1 result in `.eval_results/x.yaml` (Idavidrein/gpqa 0.412)',
      file: '.eval_results/x.yaml',
    });
    // The results file itself is no card: it is not in the results.
    assert.deepEqual(out.files, ['README.md']);
  });

  it('refuses a symbolic link (file or folder), a file over 1 MiB and files past the 64th', () => {
    const outside = tempDir('mcl-eval-outside-');
    writeFileSync(join(outside, 'x.yaml'), MINIMAL);
    const linkedDir = tree();
    symlinkSync(outside, join(linkedDir, '.eval_results'));
    assert.ok(lintJson(linkedDir).rules.includes('undisclosed-evaluation'));
    const linkedFile = tree();
    mkdirSync(join(linkedFile, '.eval_results'));
    symlinkSync(join(outside, 'x.yaml'), join(linkedFile, '.eval_results', 'x.yaml'));
    assert.ok(lintJson(linkedFile).rules.includes('undisclosed-evaluation'));
    // Valid results followed by padding past 1 MiB: not read at all.
    const big = tree();
    mkdirSync(join(big, '.eval_results'));
    writeFileSync(join(big, '.eval_results', 'x.yaml'), MINIMAL + '#'.repeat(10));
    truncateSync(join(big, '.eval_results', 'x.yaml'), 1024 * 1024 + 1);
    assert.ok(lintJson(big).rules.includes('undisclosed-evaluation'));
    // 64 files without a result, then the one with results: the 65th in name order is not read.
    const many = tree();
    mkdirSync(join(many, '.eval_results'));
    for (let i = 0; i < 64; i++)
      writeFileSync(join(many, '.eval_results', `a${String(i).padStart(2, '0')}.yaml`), '[]\n');
    writeFileSync(join(many, '.eval_results', 'z.yaml'), MINIMAL);
    assert.ok(lintJson(many).rules.includes('undisclosed-evaluation'));
    // Positive control: the 64th file is read.
    writeFileSync(join(many, '.eval_results', 'a63.yaml'), MINIMAL);
    assert.equal(lintJson(many).evidence.file, '.eval_results/a63.yaml');
  });
});
