// The GitHub Action (action.yml, action/main.cjs) run as the runner runs it: the README workflow's `with:` values and
// action.yml's defaults as INPUT_* variables, a GITHUB_WORKSPACE repository, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT
// files, the action unpacked in a directory of its own with only the release files (action.yml, action/, dist/cli.js).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { ACTION, ROOT, runAction, unpackAction } from './action-runner.mjs';
import { buildDist, CLI } from './cli-paths.mjs';
import { readmeSnippet } from './readme-snippet.mjs';

const EXAMPLES = join(ROOT, 'examples');
// Every directory the tests make lives here and goes at the end.
const TMP = mkdtempSync(join(tmpdir(), 'mcl-action-test-'));

// A card whose licence is hostile Markdown (and a bidi override): an error (invalid-license-id) that quotes card text in its message.
const HOSTILE_CARD = `---
license: "![x](http://e.test/p.png)|<b>hi</b>\\u202E"
pipeline_tag: text-generation
---
# Tiny model

A model.
`;

/** A checked-out repository: a git work tree holding the given files. */
function workspace(files) {
  const dir = mkdtempSync(join(TMP, 'ws-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** The lint step of the README workflow: its `with:` values. */
function readmeStepInputs() {
  const workflow = parse(readmeSnippet('action-workflow'));
  const steps = Object.values(workflow.jobs)[0].steps;
  const step = steps.find((s) => s.uses?.startsWith('modelcard-lint/modelcard-lint@'));
  const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
  return { inputs: step.with, upload };
}

const cliJson = (ws) =>
  JSON.parse(spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: ws, encoding: 'utf8' }).stdout);

describe('GitHub Action', () => {
  let actionDir;
  after(() => rmSync(TMP, { recursive: true, force: true }));
  before(() => {
    buildDist();
    actionDir = unpackAction(TMP);
  });

  it('action.yml is a node20 action whose inputs are the ones the entry point reads', () => {
    assert.equal(ACTION.runs.using, 'node20');
    assert.equal(ACTION.runs.main, 'action/main.cjs');
    assert.deepEqual(Object.keys(ACTION.inputs).sort(), [
      'baseline',
      'fail-on',
      'format',
      'paths',
      'profile',
      'sarif-file',
    ]);
    assert.deepEqual(Object.keys(ACTION.outputs).sort(), ['errors', 'files', 'regressions', 'sarif-file', 'warnings']);
  });

  it('runs the README step: annotations, SARIF for upload-sarif, a job summary, outputs, exit 1 on an error', () => {
    const { inputs, upload } = readmeStepInputs();
    const ws = workspace({
      'models/tiny/MODEL_CARD.md': HOSTILE_CARD,
      'models/tiny/model.yml': readFileSync(join(EXAMPLES, 'manifest/model.yml'), 'utf8'),
      // The Hub's unfilled template: more findings than the summary lists (its placeholders, each a finding).
      'models/weak/MODEL_CARD.md': readFileSync(
        join(
          ROOT,
          '../shared/corpus/cards/huggingface__huggingface_hub__src--huggingface_hub--templates--modelcard_template.md',
        ),
        'utf8',
      ),
      'CHANGELOG.md': '# Changelog\n\n## 1.0.0\n\n- First release.\n',
    });
    const r = runAction(actionDir, ws, inputs, TMP);
    assert.equal(inputs['fail-on'], 'error');
    assert.equal(r.status, 1, r.stdout + r.stderr);

    // Annotations: the CLI's `--format github` on stdout, paths relative to the repository.
    assert.match(r.stdout, /^::error file=models\/tiny\/MODEL_CARD\.md,line=2,.*title=invalid-license-id::/m);
    assert.match(r.stdout, /^::warning file=models\/weak\/MODEL_CARD\.md,/m);
    assert.match(r.stdout, /^::notice file=models\/tiny\/model\.yml,.*title=mof-next-class::/m);
    assert.match(r.stdout, /failing because fail-on is error/);

    // SARIF where upload-sarif looks for it.
    assert.equal(upload.with.sarif_file, inputs['sarif-file']);
    assert.equal(upload.if, 'always()');
    const sarifPath = join(ws, inputs['sarif-file']);
    assert.ok(existsSync(sarifPath));
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const uris = new Set(sarif.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].sort(), [
      'models/tiny/MODEL_CARD.md',
      'models/tiny/model.yml',
      'models/weak/MODEL_CARD.md',
    ]);

    // Outputs.
    const json = cliJson(ws);
    assert.deepEqual(r.outputs, {
      files: String(json.summary.files),
      errors: String(json.summary.errors),
      warnings: String(json.summary.warnings),
      'sarif-file': inputs['sarif-file'],
    });
    assert.equal(json.summary.errors, 2);

    // Summary: per file the openness level and MOF class from the JSON, the counts, the worst finding first.
    const s = r.summary;
    assert.match(s, /^## Model Card Lint\n/);
    assert.ok(
      s.includes(`❌ 2 errors, ${json.summary.warnings} warnings, `) &&
        s.includes('in 3 files: 2 model cards, 1 release manifest'),
      s,
    );
    const rows = s.split('\n').filter((l) => l.startsWith('| models'));
    assert.equal(rows.length, 3);
    const manifest = json.results.find((x) => x.file === 'models/tiny/model.yml');
    assert.equal(manifest.mof.class, 3);
    assert.match(
      rows.find((l) => l.includes('model\\.yml')),
      /\| release manifest \| semi\\-open .*\| Class III \(III 100% · II 60% · I 33%\) \|/,
    );
    for (const res of json.results) {
      const row = rows.find((l) => l.startsWith(`| ${res.file.replace(/[-._]/g, '\\$&')} |`));
      assert.ok(row, res.file);
      assert.ok(row.includes(res.openness.level.replace(/-/g, '\\-')), row);
      const count = (sev) => res.diagnostics.filter((d) => d.severity === sev).length;
      assert.ok(row.endsWith(`| ${count('error')} | ${count('warning')} |`), row);
      if (!res.mof) assert.ok(row.includes('| — |'), row);
    }
    const worst = s.slice(s.indexOf('### Worst findings'));
    assert.match(
      worst.split('\n')[4],
      /^\| error \| models\/tiny\/MODEL\\_CARD\\\.md\\:2\\:\d+ \| invalid\\-license\\-id \|/,
    );
    assert.match(s, /… and \d+ more findings\./);

    // Card text is escaped: no image, link, HTML or extra table cell from the hostile licence.
    assert.ok(!s.includes('![x]('), s);
    assert.ok(!s.includes('<b>'), s);
    assert.ok(s.includes('\\!\\[x\\]\\(http\\:'), s);
    assert.ok(s.includes('\\|\\<b\\>hi\\</b\\>'), s);
    assert.ok(!s.includes('\u202e') && s.includes('\\\\u202e'), 'a bidi override is shown, not applied');
    const cells = (line) => line.replace(/\\\|/g, '').split('|').length;
    assert.equal(cells(worst.split('\n')[4]), cells(worst.split('\n')[2]));
  });

  it('fail-on: error, warning and never decide the exit code', () => {
    const withError = workspace({ 'MODEL_CARD.md': HOSTILE_CARD });
    const withWarnings = workspace({
      'MODEL_CARD.md': readFileSync(join(EXAMPLES, 'weak-model/MODEL_CARD.md'), 'utf8'),
    });
    const clean = workspace({ 'README.md': readFileSync(join(EXAMPLES, 'good-model/README.md'), 'utf8') });
    const cases = [
      [withError, 'error', 1],
      [withError, 'warning', 1],
      [withError, 'never', 0],
      [withWarnings, 'error', 0],
      [withWarnings, 'warning', 1],
      [withWarnings, 'never', 0],
      [clean, 'error', 0],
      [clean, 'warning', 0],
    ];
    for (const [ws, failOn, status] of cases) {
      const r = runAction(actionDir, ws, { 'fail-on': failOn }, TMP);
      assert.equal(r.status, status, `fail-on ${failOn} in ${ws}: ${r.stdout}${r.stderr}`);
      assert.match(r.summary, new RegExp(`Fails on: ${failOn}\\.`));
      assert.equal(existsSync(join(ws, 'modelcard-lint.sarif')), false, 'no SARIF unless sarif-file is set');
      assert.equal(r.outputs['sarif-file'], '');
    }
    const r = runAction(actionDir, clean, {}, TMP);
    assert.match(r.summary, /✅ 0 errors, 0 warnings, 0 info in 1 file: 1 model card, 0 release manifests\./);
    assert.match(r.summary, /\| README\\\.md \| model card \| semi\\-open/);
    assert.ok(!r.summary.includes('### Worst findings'));
  });

  it('honours paths, profile and format', () => {
    const ws = workspace({
      'a/MODEL_CARD.md': readFileSync(join(EXAMPLES, 'weak-model/MODEL_CARD.md'), 'utf8'),
      'b/MODEL_CARD.md': HOSTILE_CARD,
    });
    // Only a/ is linted; the profile is passed on (hf-basic checks fewer things than recommended); stylish in the log.
    const rec = runAction(actionDir, ws, { paths: 'a', 'fail-on': 'never' }, TMP);
    const hf = runAction(
      actionDir,
      ws,
      { paths: 'a\n', profile: 'hf-basic', format: 'stylish', 'fail-on': 'never' },
      TMP,
    );
    assert.equal(rec.outputs.files, '1');
    assert.equal(rec.outputs.errors, '0');
    assert.ok(!rec.summary.includes('| b/'), rec.summary);
    const cli = (profile) =>
      JSON.parse(
        spawnSync(process.execPath, [CLI, '--format', 'json', '--profile', profile, 'a'], {
          cwd: ws,
          encoding: 'utf8',
        }).stdout,
      ).summary.warnings;
    assert.equal(rec.outputs.warnings, String(cli('recommended')));
    assert.equal(hf.outputs.warnings, String(cli('hf-basic')));
    assert.ok(cli('hf-basic') < cli('recommended'));
    assert.match(hf.stdout, /^a\/MODEL_CARD\.md$/m);
    assert.doesNotMatch(hf.stdout, /^::/m);
    // Several paths: one per line.
    const both = runAction(actionDir, ws, { paths: 'a\nb', 'fail-on': 'never' }, TMP);
    assert.equal(both.outputs.files, '2');
  });

  it('stops with exit 2 and an error annotation on bad inputs, a missing path or a missing bundle', () => {
    const ws = workspace({ 'MODEL_CARD.md': HOSTILE_CARD });
    const bad = runAction(actionDir, ws, { 'fail-on': 'sometimes' }, TMP);
    assert.equal(bad.status, 2);
    assert.match(bad.stdout, /^::error title=modelcard-lint::fail-on must be one of error, warning, never/m);
    const missing = runAction(actionDir, ws, { paths: 'no-such-dir', 'fail-on': 'never' }, TMP);
    assert.equal(missing.status, 2, missing.stdout + missing.stderr);
    assert.match(missing.stdout, /^::error title=modelcard-lint::modelcard-lint exited 2/m);
    const noDist = unpackAction(TMP, false);
    const r = runAction(noDist, ws, {}, TMP);
    assert.equal(r.status, 2);
    assert.match(r.stdout, /dist\/cli\.js is missing: reference a release tag/);
    rmSync(noDist, { recursive: true, force: true });
  });
});
