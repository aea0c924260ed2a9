// The Hub's `.eval_results/*.yaml` evaluation results (issue 12; knowledge/eval-results.ts): the documentation's own
// examples read as the Hub reads them, what it would refuse reported with its line, and `export --eu-documentation`
// listing the repository's results (Markdown and JSON) without following a symbolic link out of the tree.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseEvalResults } from './engine.mjs';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

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
    const dir = mkdtempSync(join(tmpdir(), 'mcl-eval-results-'));
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
    const outside = mkdtempSync(join(tmpdir(), 'mcl-eval-outside-'));
    writeFileSync(join(outside, 'x.yaml'), MINIMAL);
    symlinkSync(outside, join(dir, '.eval_results'));
    assert.deepEqual(JSON.parse(run(dir, '--format', 'json').stdout).evaluationResults, []);
  });
});
