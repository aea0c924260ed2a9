// The GitHub Action's `baseline` input (issue 13): the README step run as the runner runs it (INPUT_* variables,
// GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files, the action unpacked with only its release files) on a real git
// repository whose card and manifest were made less open since the base commit. Checks the "Changes against <ref>"
// summary section row by row, the `regressions` output, the exit code under each `fail-on`, the error on a ref that is
// not in the clone (a shallow checkout) and the refusal of option-like refs before anything runs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { ACTION, ROOT, runAction, unpackAction } from './action-runner.mjs';
import { buildDist, CLI } from './cli-paths.mjs';
import { readmeSnippet } from './readme-snippet.mjs';

const EXAMPLES = join(ROOT, 'examples');
const TMP = mkdtempSync(join(tmpdir(), 'mcl-action-baseline-'));
const hasGit = spawnSync('git', ['--version']).status === 0;

/** git as the repository's other git calls run it: no fsmonitor, a fixed identity, no signing, no user config. */
function git(cwd, ...args) {
  const r = spawnSync(
    'git',
    [
      '-c',
      'core.fsmonitor=false',
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.org',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } },
  );
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function write(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

/** The "Changes against …" section of a summary: from its heading to the end. */
const section = (summary) => summary.slice(summary.indexOf('### Changes against '));

// The repository: the good example card with every component at grade 5 (fully open) and the example manifest (MOF
// Class III). Both lint clean (no error, no warning), so every failure below comes from the diff.
const CARD = readFileSync(join(EXAMPLES, 'good-model/README.md'), 'utf8').replace(
  '  pretraining_data: odc-by\n',
  '  pretraining_data: cc-by-4.0\n',
);
const MANIFEST = readFileSync(join(EXAMPLES, 'manifest/model.yml'), 'utf8');
const WEIGHTS =
  '  - name: Model parameters (Final)\n    description: Final trained weights\n    license: CDLA-Permissive-2.0\n';
// The pull request, first commit: the card's weights closed; the manifest drops its weights (Class III lost) and adds
// its training code (an improvement).
const CARD_CLOSED = CARD.replace('  weights: apache-2.0\n', '  weights: closed\n');
const MANIFEST_LOWERED =
  MANIFEST.replace(WEIGHTS, '') + '  - name: Training code\n    description: Training code\n    license: Apache-2.0\n';
// Then, in the work tree: the card's "Safety Evaluation" section removed (a disclosure lost; lint: only an info).
const withoutSafetyEvaluation = (t) =>
  t.slice(0, t.indexOf('### Safety Evaluation')) + t.slice(t.indexOf('## Environ'));

describe('GitHub Action: baseline', { skip: hasGit ? false : 'no git' }, () => {
  let actionDir;
  let repo;
  let base;
  let lowered;
  after(() => rmSync(TMP, { recursive: true, force: true }));
  before(() => {
    buildDist();
    actionDir = unpackAction(TMP);
    repo = mkdtempSync(join(TMP, 'ws-'));
    git(repo, 'init', '-q');
    write(repo, { 'card/README.md': CARD, 'release/model.yml': MANIFEST });
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'release 1.0');
    base = git(repo, 'rev-parse', 'HEAD');
    write(repo, { 'card/README.md': CARD_CLOSED, 'release/model.yml': MANIFEST_LOWERED });
    git(repo, 'commit', '-q', '-am', 'close the weights');
    lowered = git(repo, 'rev-parse', 'HEAD');
    write(repo, {
      'card/README.md': withoutSafetyEvaluation(CARD_CLOSED),
      // Not in the base commit: listed as new, not compared.
      'new/README.md': CARD,
    });
  });

  it('action.yml declares the baseline input and the regressions output', () => {
    assert.equal(ACTION.inputs.baseline.required, false);
    assert.equal(ACTION.inputs.baseline.default, '');
    assert.match(ACTION.outputs.regressions.description, /regressions against the baseline/);
  });

  it('runs the README step: the changes against the base in the summary, the regressions output, exit 1', () => {
    const workflow = parse(readmeSnippet('action-baseline'));
    const steps = Object.values(workflow.jobs)[0].steps;
    // The base commit must be in the clone: the README's checkout fetches the whole history.
    assert.equal(steps.find((s) => s.uses?.startsWith('actions/checkout@')).with['fetch-depth'], 0);
    const step = steps.find((s) => s.uses?.startsWith('modelcard-lint/modelcard-lint@'));
    // The runner evaluates the expression to the pull request's base commit.
    assert.equal(step.with.baseline, '${{ github.event.pull_request.base.sha }}');
    const r = runAction(actionDir, repo, { ...step.with, baseline: base }, TMP);
    assert.equal(step.with['fail-on'], 'error');
    assert.equal(r.status, 1, r.stdout + r.stderr);

    // Lint alone is clean: the diff fails the step.
    assert.equal(r.outputs.errors, '0');
    assert.equal(r.outputs.warnings, '0');
    assert.equal(r.outputs.files, '3');
    assert.equal(r.outputs.regressions, '6');
    assert.match(
      r.stdout,
      new RegExp(
        `^modelcard-lint diff: 6 regression\\(s\\) against ${base}, 4 error\\(s\\), 1 warning\\(s\\); failing because fail-on is error$`,
        'm',
      ),
    );
    assert.doesNotMatch(r.stdout, /^modelcard-lint: /m, 'lint does not fail the step');
    // The log: the diff's findings as annotations on the new versions.
    assert.match(
      r.stdout,
      /^::error file=card\/README\.md,line=23,col=3,.*title=openness-regression::`weights` closed/m,
    );
    assert.match(
      r.stdout,
      /^::warning file=card\/README\.md,line=72,.*title=disclosure-removed::The safety evaluation/m,
    );
    assert.match(r.stdout, /^::error file=release\/model\.yml,line=2,.*title=mof-class-lost::MOF Class III lost/m);

    // The lint summary first, then the section.
    assert.match(r.summary, /^## Model Card Lint\n/);
    assert.deepEqual(section(r.summary).split('\n'), [
      `### Changes against ${base}`,
      '',
      // The new card's 29 improvements (each component, the level, each disclosure and risk area) are counted, not listed.
      '❌ 6 regressions (4 errors, 1 warning, 0 info), 30 improvements, 2 other changes in 3 files (1 new, 0 deleted, 0 unchanged). Fails on: error.',
      '',
      '| File | Openness | MOF class | Regressions | Improvements |',
      '|---|---|---|--:|--:|',
      '| card/README\\.md | fully\\-open → semi\\-open | — | 3 | 0 |',
      '| new/README\\.md | new file: fully\\-open | — | 0 | 29 |',
      '| release/model\\.yml | semi\\-open (unchanged) | Class III → unclassified | 3 | 1 |',
      '',
      '| Location | Change | Rule | Severity | Message |',
      '|---|---|---|---|---|',
      // Per file: regressions first (errors, then warnings, then those no rule reports), improvements, other changes.
      '| card/README\\.md\\:23\\:3 | regression | openness\\-regression | error | \\`weights\\` closed\\: D5 \\(released under apache\\-2\\.0\\) → D1 \\(closed\\)\\. |',
      '| card/README\\.md\\:1\\:1 | regression | openness\\-regression | error | Openness level dropped from fully\\-open to semi\\-open\\. |',
      '| card/README\\.md\\:72\\:4 | regression | disclosure\\-removed | warning | The safety evaluation disclosure was removed\\: the baseline had it \\(section "Safety Evaluation"\\); now nothing in the card discloses it\\. |',
      '| card/README\\.md\\:1\\:1 | change | — | — | Weakest component\\: \\`pretraining\\_code\\` → \\`weights\\`\\. |',
      '| release/model\\.yml\\:2\\:1 | regression | openness\\-regression | error | \\`weights\\` closed\\: D5 \\(released under CDLA\\-Permissive\\-2\\.0\\) → D1 \\(closed\\)\\. |',
      '| release/model\\.yml\\:2\\:1 | regression | mof\\-class\\-lost | error | MOF Class III lost\\: the release is unclassified now\\. |',
      '| release/model\\.yml\\:2\\:1 | regression | — | — | MOF progress \\(III/II/I\\)\\: 100/60/33% → 83/55/33%\\. |',
      '| release/model\\.yml\\:35\\:11 | improvement | — | — | \\`pretraining\\_code\\` graded higher\\: C1 \\(closed\\) → C5 \\(released under Apache\\-2\\.0\\)\\. |',
      '| release/model\\.yml\\:2\\:1 | change | — | — | Weakest component\\: \\`pretraining\\_code\\` → \\`pretraining\\_data\\`\\. |',
      '',
    ]);
    // The same counts as the CLI's own JSON.
    const cli = spawnSync(process.execPath, [CLI, 'diff', `--baseline=${base}`, '--format', 'json'], {
      cwd: repo,
      encoding: 'utf8',
    });
    assert.equal(cli.status, 1, cli.stderr);
    assert.deepEqual(JSON.parse(cli.stdout).summary, {
      files: 3,
      regressions: 6,
      improvements: 30,
      changes: 2,
      errors: 4,
      warnings: 1,
      infos: 0,
    });
  });

  it('fail-on decides whether regressions fail the step: error, warning or never', () => {
    // Against the base: regressions at error and warning severity. Against the first commit of the pull request: only
    // the removed disclosure (warning). Against HEAD for the manifest alone: nothing changed.
    const cases = [
      [base, '.', 'error', 1, '6'],
      [base, '.', 'warning', 1, '6'],
      [base, '.', 'never', 0, '6'],
      [lowered, '.', 'error', 0, '1'],
      [lowered, '.', 'warning', 1, '1'],
      [lowered, '.', 'never', 0, '1'],
      ['HEAD', 'release', 'warning', 0, '0'],
    ];
    for (const [ref, paths, failOn, status, regressions] of cases) {
      const r = runAction(actionDir, repo, { baseline: ref, paths, 'fail-on': failOn }, TMP);
      const what = `baseline ${ref}, fail-on ${failOn}: ${r.stdout}${r.stderr}`;
      assert.equal(r.status, status, what);
      assert.equal(r.outputs.regressions, regressions, what);
      assert.equal(r.outputs.errors, '0', what);
      assert.equal(r.outputs.warnings, '0', what);
      assert.ok(section(r.summary).includes(`. Fails on: ${failOn}.\n`), what);
      assert.equal(/failing because fail-on is/.test(r.stdout), status === 1, what);
    }
    const one = runAction(actionDir, repo, { baseline: lowered, 'fail-on': 'warning' }, TMP);
    assert.deepEqual(section(one.summary).split('\n'), [
      `### Changes against ${lowered}`,
      '',
      '⚠️ 1 regression (0 errors, 1 warning, 0 info), 29 improvements, 0 other changes in 3 files (1 new, 0 deleted, 1 unchanged). Fails on: warning.',
      '',
      '| File | Openness | MOF class | Regressions | Improvements |',
      '|---|---|---|--:|--:|',
      '| card/README\\.md | semi\\-open (unchanged) | — | 1 | 0 |',
      '| new/README\\.md | new file: fully\\-open | — | 0 | 29 |',
      '',
      '| Location | Change | Rule | Severity | Message |',
      '|---|---|---|---|---|',
      '| card/README\\.md\\:72\\:4 | regression | disclosure\\-removed | warning | The safety evaluation disclosure was removed\\: the baseline had it \\(section "Safety Evaluation"\\); now nothing in the card discloses it\\. |',
      '',
    ]);
    const none = runAction(actionDir, repo, { baseline: 'HEAD', paths: 'release' }, TMP);
    assert.deepEqual(section(none.summary).split('\n'), [
      '### Changes against HEAD',
      '',
      '✅ 0 regressions (0 errors, 0 warnings, 0 info), 0 improvements, 0 other changes in 1 file (0 new, 0 deleted, 1 unchanged). Fails on: error.',
      '',
    ]);
    // The profile applies to the diff rules too: hf-basic turns openness-regression and mof-class-lost off.
    const hf = runAction(actionDir, repo, { baseline: base, profile: 'hf-basic', 'fail-on': 'error' }, TMP);
    assert.equal(hf.status, 0, hf.stdout + hf.stderr);
    assert.equal(hf.outputs.regressions, '6');
    assert.ok(
      section(hf.summary).includes(
        '| release/model\\.yml\\:2\\:1 | regression | mof\\-class\\-lost | off | MOF Class III lost\\: the release is unclassified now\\. |',
      ),
      hf.summary,
    );
    // A file named in `paths` that is neither a card nor a manifest: lint passes over it, and so does the diff (the
    // CLI's diff would refuse it, exit 2).
    write(repo, { 'NOTES.md': '# Notes\n\nNothing about a model.\n' });
    const named = runAction(actionDir, repo, { baseline: base, paths: 'card/README.md NOTES.md' }, TMP);
    assert.equal(named.status, 1, named.stdout + named.stderr);
    assert.equal(named.outputs.regressions, '3');
    assert.match(section(named.summary), /in 1 file \(0 new, 0 deleted, 0 unchanged\)/);
    const onlyNotes = runAction(actionDir, repo, { baseline: base, paths: 'NOTES.md' }, TMP);
    assert.equal(onlyNotes.status, 0, onlyNotes.stdout + onlyNotes.stderr);
    assert.equal(onlyNotes.outputs.regressions, '0');
    assert.deepEqual(section(onlyNotes.summary).split('\n'), [
      `### Changes against ${base}`,
      '',
      'No model card or release manifest among the paths to compare.',
      '',
    ]);
    rmSync(join(repo, 'NOTES.md'));
    // Without a baseline: no section, no regressions output.
    const plain = runAction(actionDir, repo, {}, TMP);
    assert.equal(plain.status, 0, plain.stdout + plain.stderr);
    assert.ok(!plain.summary.includes('### Changes against'));
    assert.equal(plain.outputs.regressions, undefined);
  });

  it('a manifest deleted since the base: a row and a regression per thing it had; the step fails', () => {
    const ws = mkdtempSync(join(TMP, 'ws-'));
    git(ws, 'init', '-q');
    write(ws, { 'card/README.md': CARD, 'release/model.yml': MANIFEST });
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'release 1.0');
    rmSync(join(ws, 'release'), { recursive: true });
    const r = runAction(actionDir, ws, { baseline: 'HEAD' }, TMP);
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.equal(r.outputs.regressions, '4');
    assert.match(
      r.stdout,
      /^::error file=release\/model\.yml,line=2,col=1,.*title=mof-class-lost::MOF Class III lost: the manifest is deleted\./m,
    );
    assert.deepEqual(section(r.summary).split('\n'), [
      '### Changes against HEAD',
      '',
      '❌ 4 regressions (3 errors, 0 warnings, 0 info), 0 improvements, 0 other changes in 2 files (0 new, 1 deleted, 1 unchanged). Fails on: error.',
      '',
      '| File | Openness | MOF class | Regressions | Improvements |',
      '|---|---|---|--:|--:|',
      '| release/model\\.yml | deleted: semi\\-open → — | Class III → — | 4 | 0 |',
      '',
      '| Location | Change | Rule | Severity | Message |',
      '|---|---|---|---|---|',
      // Its closed components are nothing open lost: only the released weights, the level and the class.
      '| release/model\\.yml\\:2\\:1 | regression | openness\\-regression | error | \\`weights\\` lost with the deleted file\\: it was D5 \\(released under CDLA\\-Permissive\\-2\\.0\\)\\. |',
      '| release/model\\.yml\\:2\\:1 | regression | openness\\-regression | error | Openness level semi\\-open lost\\: the file is deleted\\. |',
      '| release/model\\.yml\\:2\\:1 | regression | mof\\-class\\-lost | error | MOF Class III lost\\: the manifest is deleted\\. |',
      '| release/model\\.yml\\:2\\:1 | regression | — | — | MOF progress \\(III/II/I\\)\\: 100/60/33% → 0/0/0%\\. |',
      '',
    ]);
  });

  it('escapes card text, file names and the ref in the section', () => {
    const ws = mkdtempSync(join(TMP, 'ws-'));
    git(ws, 'init', '-q');
    const dir = 'a|b <i>x</i>';
    write(ws, { [`${dir}/README.md`]: CARD });
    git(ws, 'add', '.');
    git(ws, 'commit', '-q', '-m', 'base');
    const branch = 'feat/x|<b>y</b>';
    git(ws, 'branch', branch);
    write(ws, {
      [`${dir}/README.md`]: CARD.replace(
        '  weights: apache-2.0\n',
        '  weights: "![x](http://e.test/p.png)|<b>hi</b>\\u202E"\n',
      ),
    });
    const r = runAction(actionDir, ws, { baseline: branch, 'fail-on': 'never' }, TMP);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const s = section(r.summary);
    assert.ok(s.startsWith('### Changes against feat/x\\|\\<b\\>y\\</b\\>\n'), s);
    assert.ok(s.includes('\n| a\\|b \\<i\\>x\\</i\\>/README\\.md | fully\\-open → semi\\-open | — |'), s);
    assert.ok(!s.includes('![x]('), s);
    assert.ok(!s.includes('<b>') && !s.includes('<i>'), s);
    assert.ok(!s.includes('](http'), s);
    assert.ok(s.includes('\\!\\[x\\]\\(http\\:'), s);
    assert.ok(!s.includes('\u202e') && s.includes('\\\\u202e'), 'a bidi override is shown, not applied');
    // Every row has as many cells as its header.
    const cells = (line) => line.replace(/\\\|/g, '').split('|').length;
    for (const table of s.split('\n\n').filter((t) => t.startsWith('|'))) {
      const [head, ...rows] = table.trim().split('\n');
      for (const row of rows) assert.equal(cells(row), cells(head), row);
    }
  });

  it('a ref that is not in the clone: an error annotation with the fetch-depth advice, exit 2', () => {
    // What actions/checkout leaves by default: a clone of depth 1, without the base commit.
    const shallow = join(TMP, 'shallow');
    git(TMP, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
    for (const failOn of ['error', 'never']) {
      const r = runAction(actionDir, shallow, { baseline: base, 'fail-on': failOn }, TMP);
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(
        r.stdout,
        new RegExp(
          `^::error title=modelcard-lint::modelcard-lint diff --baseline=${base} exited 2: --baseline ${base}: "${base}" is not a commit in this repository\\. Fetch it first: actions/checkout with \`fetch-depth: 0\` \\(or \`git fetch\` the base commit\\)\\.$`,
          'm',
        ),
      );
      // The lint part ran and reported; no section and no regressions output.
      assert.match(r.summary, /^## Model Card Lint\n/);
      assert.ok(!r.summary.includes('### Changes against'));
      assert.equal(r.outputs.files, '2');
      assert.equal(r.outputs.regressions, undefined);
    }
    const unknown = runAction(actionDir, repo, { baseline: 'no-such-branch' }, TMP);
    assert.equal(unknown.status, 2);
    assert.match(
      unknown.stdout,
      /^::error title=modelcard-lint::.*"no-such-branch" is not a commit in this repository\./m,
    );
    // Not a git repository at all.
    const plain = mkdtempSync(join(TMP, 'nogit-'));
    write(plain, { 'README.md': CARD });
    const r = runAction(actionDir, plain, { baseline: 'main' }, TMP);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(
      r.stdout,
      /^::error title=modelcard-lint::modelcard-lint diff --baseline=main exited 2: --baseline main: not in a git repository/m,
    );
  });

  it('refuses option-like refs and refs with whitespace, control characters or ":" before anything runs', () => {
    const canary = join(TMP, 'canary');
    const refused = [
      [`--output=${canary}`, /starts with "-"/],
      ['-c', /starts with "-"/],
      ['--upload-pack=touch x', /starts with "-"/],
      ['HEAD --help', /contains whitespace, a control character or ":"/],
      ['HEAD\n--output=x', /contains whitespace, a control character or ":"/],
      ['HEAD\tx', /contains whitespace, a control character or ":"/],
      ['HEAD\u0007', /contains whitespace, a control character or ":"/],
      ['HEAD:card/README.md', /contains whitespace, a control character or ":"/],
    ];
    for (const [ref, message] of refused) {
      const r = runAction(actionDir, repo, { baseline: ref }, TMP);
      assert.equal(r.status, 2, `${JSON.stringify(ref)}: ${r.stdout}${r.stderr}`);
      const annotation = r.stdout.split('\n').find((l) => l.startsWith('::error title=modelcard-lint::baseline '));
      assert.ok(annotation, r.stdout);
      assert.match(annotation, message);
      assert.doesNotMatch(annotation.slice(2), /\n|\r/);
      // Nothing ran: no summary, no outputs, no annotation from the CLI.
      assert.equal(r.summary, '');
      assert.deepEqual(r.outputs, {});
      assert.equal(r.stdout.trim().split('\n').length, 1, r.stdout);
    }
    assert.throws(() => readFileSync(canary));
  });
});
