// `modelcard-lint diff` (issue 13, docs/diff.md): pairs of versions built from real corpus files by editing a copy
// (a disclosure section removed, a licence lowered, a component closed, a risk_assessment entry dropped; a manifest
// licence made non-open), their exact findings in every format and the exit codes; the improvement pair; --baseline
// on a temporary git repository; a real history from the corpus; the diff rules' metadata and docs pages.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { AMBER, CLI, CORPUS, OLMO, ROOT } from './cli-paths.mjs';
import { DIFF_RULES, PROFILE_IDS, RULES, diffResults, diffRuleSeverity, lint } from './engine.mjs';

const SCHEMA = fileURLToPath(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url));
const PHI2_EARLY = join(CORPUS, 'cards/bacoco__Phi-2__README.md');
const PHI2_LATER = join(
  CORPUS,
  'cards/YinanWusoymilk__hf-readme__training_and_application--readme_files--microsoft_phi-2.md',
);

const cli = (args, cwd) => spawnSync(process.execPath, [CLI, 'diff', ...args], { cwd, encoding: 'utf8' });
const git = (cwd, ...args) => {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};
const hasGit = spawnSync('git', ['--version']).status === 0;

/** Every tree made here, removed when the file's tests end. */
const trees = [];
after(() => trees.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A directory with a `.git` entry, so it is the repository root and reports name files relative to it. */
function tree(files, { realGit = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mcl-diff-'));
  trees.push(dir);
  if (realGit) git(dir, 'init', '-q');
  else mkdirSync(join(dir, '.git'));
  write(dir, files);
  return dir;
}
function write(dir, files) {
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
}

// The OLMo 7B card as its authors published it, plus an `openness:` block and two structured risk assessments (no
// corpus card has them): the baseline of the card pairs.
const OPENNESS = `openness:
  pretraining_code: {status: released, license: apache-2.0, url: https://github.com/allenai/OLMo}
  pretraining_data: {status: released, license: odc-by}
  weights: apache-2.0
  evaluation_code: apache-2.0
risk_assessment:
  safety_and_security: {status: assessed, summary: "Red-teamed before release.", evidence: [https://allenai.org/olmo], mitigations: ["Safety filters in the demo"]}
  equity_and_access: {status: assessed, summary: "English only.", evidence: [https://allenai.org/olmo], mitigations: ["Documented languages"]}
`;
const corpusReady = existsSync(OLMO) && existsSync(AMBER);
// The card has CRLF line endings; the additions and edits keep them.
const OLD = corpusReady
  ? readFileSync(OLMO, 'utf8').replace('- en\r\n---\r\n', `- en\r\n${OPENNESS.replace(/\n/g, '\r\n')}---\r\n`)
  : '';

const EDITS = {
  removeEnvironmentalImpact: (t) =>
    t.slice(0, t.indexOf('## Environmental Impact')) + t.slice(t.indexOf('## Bias, Risks')),
  lowerWeightsLicence: (t) => t.replace('  weights: apache-2.0\r\n', '  weights: llama3\r\n'),
  closePretrainingCode: (t) => t.replace(/ {2}pretraining_code: \{[^\r\n]*\r\n/, '  pretraining_code: closed\r\n'),
  dropEquityAssessment: (t) => t.replace(/ {2}equity_and_access: [^\r\n]*\r\n/, ''),
};
const allEdits = (t) => Object.values(EDITS).reduce((s, e) => e(s), t);

const CLOSED = '`pretraining_code` closed: C5 (released under apache-2.0) → C1 (closed).';
const LOWERED = '`weights` graded lower: D5 (released under apache-2.0) → D3 (released under llama3).';
const ENV_REMOVED =
  'The environmental impact disclosure was removed: the baseline had it (section "Environmental Impact"); now nothing in the card discloses it.';
const COMPUTE_REMOVED =
  'The compute disclosure was removed: the baseline had it ("GPU Type"); now nothing in the card discloses it.';
const EQUITY = 'The Equity & Access risk area regressed from assessed to mentioned.';
// The removed energy figure was itself the Broader Society assessment (an environmental cost: analyze/analysis.ts).
const SOCIETY = 'The Broader Society risk area regressed from assessed to missing.';

/** `line rule severity: message` of each diagnostic of each result. */
const diagnostics = (report) =>
  report.results.flatMap((r) => r.diagnostics.map((d) => `${d.line} ${d.rule} ${d.severity}: ${d.message}`));

describe('modelcard-lint diff', { skip: corpusReady ? false : 'no ../shared/corpus beside the repository' }, () => {
  describe('a card made less open and less documented (the OLMo 7B card, edited)', () => {
    const dir = tree({ 'old/README.md': OLD, 'README.md': allEdits(OLD) });
    const expected = [
      `8 openness-regression error: ${CLOSED}`,
      `10 openness-regression error: ${LOWERED}`,
      `20 disclosure-removed warning: ${ENV_REMOVED}`,
      `20 disclosure-removed warning: ${COMPUTE_REMOVED}`,
      `237 risk-assessment-regressed warning: ${EQUITY}`,
      `237 risk-assessment-regressed warning: ${SOCIETY}`,
    ];

    it('json: exact findings and changes; exit 1 (a regression at error severity)', () => {
      const r = cli(['--format', 'json', 'old/README.md', 'README.md'], dir);
      assert.equal(r.status, 1, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(diagnostics(out), expected);
      const [file] = out.results;
      assert.equal(file.file, 'README.md');
      assert.equal(file.status, 'compared');
      assert.deepEqual(
        file.changes.filter((c) => !c.rule).map((c) => `${c.kind} ${c.area}: ${c.message}`),
        ['change weakest: Weakest component: `finetuning_code` → `pretraining_code`.'],
      );
      assert.deepEqual(out.summary, {
        files: 1,
        regressions: 6,
        improvements: 0,
        changes: 1,
        errors: 2,
        warnings: 4,
        infos: 0,
      });
    });

    it('stylish: the findings in the lint layout, the other changes marked, the totals', () => {
      const r = cli(['--no-color', 'old/README.md', 'README.md'], dir);
      assert.equal(r.status, 1, r.stderr);
      const lines = r.stdout.split('\n');
      assert.equal(lines[1], 'README.md');
      assert.equal(lines[2], '  openness semi-open');
      assert.match(lines[3], /^ {2}8:3 {4}error {4}`pretraining_code` closed: .* {2}openness-regression$/);
      assert.ok(lines.includes('  ~ Weakest component: `finetuning_code` → `pretraining_code`.'));
      assert.ok(
        lines.includes('✖ 6 regressions (2 errors, 4 warnings, 0 info), 0 improvements, 1 other change in 1 file'),
      );
    });

    it('sarif: valid SARIF 2.1.0 with the diff rules, help from their docs pages, one result per finding', () => {
      const r = cli(['--format', 'sarif', 'old/README.md', 'README.md'], dir);
      assert.equal(r.status, 1, r.stderr);
      const log = JSON.parse(r.stdout);
      const { id, ...schema } = JSON.parse(readFileSync(SCHEMA, 'utf8'));
      delete schema.$schema;
      const ajv = new Ajv({ allErrors: true, strict: false });
      addFormats(ajv);
      const validate = ajv.compile({ $id: id, ...schema });
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
      const run = log.runs[0];
      assert.equal(run.automationDetails.id, 'modelcard-lint-diff/');
      assert.deepEqual(
        run.tool.driver.rules.map((x) => x.id),
        DIFF_RULES.map((x) => x.meta.id),
      );
      for (const rule of run.tool.driver.rules) {
        assert.match(rule.help.markdown, /^## Why it matters$/m, rule.id);
        assert.doesNotMatch(rule.help.markdown, /<!-- generated/, rule.id);
      }
      assert.deepEqual(
        run.results.map(
          (x) => `${x.locations[0].physicalLocation.region.startLine} ${x.ruleId} ${x.level}: ${x.message.text}`,
        ),
        expected, // error and warning are SARIF levels too
      );
      assert.ok(run.results.every((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'README.md'));
      const prints = run.results.map((x) => x.partialFingerprints['modelcardLint/v1']);
      assert.equal(new Set(prints).size, prints.length);
    });

    it('github: one annotation per finding', () => {
      const r = cli(['--format', 'github', 'old/README.md', 'README.md'], dir);
      assert.equal(r.status, 1);
      const lines = r.stdout.trim().split('\n');
      assert.equal(lines.length, 6);
      assert.match(
        lines[0],
        /^::error file=README\.md,line=8,col=3,.*title=openness-regression::`pretraining_code` closed/,
      );
    });

    it('the profile sets the severities: eu-gpai makes a removed disclosure an error, hf-basic ignores openness', () => {
      const eu = JSON.parse(
        cli(['--format', 'json', '--profile', 'eu-gpai', 'old/README.md', 'README.md'], dir).stdout,
      );
      assert.deepEqual(
        eu.results[0].diagnostics.filter((d) => d.rule === 'disclosure-removed').map((d) => d.severity),
        ['error', 'error'],
      );
      const hf = cli(['--format', 'json', '--profile', 'hf-basic', 'old/README.md', 'README.md'], dir);
      assert.equal(hf.status, 0);
      assert.deepEqual(
        JSON.parse(hf.stdout).results[0].diagnostics.map((d) => d.rule),
        ['disclosure-removed', 'disclosure-removed'],
      );
    });
  });

  describe('each edit alone', () => {
    const cases = {
      // One line further down than in the combined pair: the equity entry is still there.
      removeEnvironmentalImpact: [
        `21 disclosure-removed warning: ${ENV_REMOVED}`,
        `21 disclosure-removed warning: ${COMPUTE_REMOVED}`,
        `238 risk-assessment-regressed warning: ${SOCIETY}`,
      ],
      lowerWeightsLicence: [`10 openness-regression error: ${LOWERED}`],
      closePretrainingCode: [`8 openness-regression error: ${CLOSED}`],
      dropEquityAssessment: [`247 risk-assessment-regressed warning: ${EQUITY}`],
    };
    for (const [edit, want] of Object.entries(cases)) {
      it(edit, () => {
        const dir = tree({ 'old.md': OLD, 'MODEL_CARD.md': EDITS[edit](OLD) });
        const r = cli(['--format', 'json', 'old.md', 'MODEL_CARD.md'], dir);
        assert.equal(r.status, want.some((w) => / error: /.test(w)) ? 1 : 0, r.stderr);
        assert.deepEqual(diagnostics(JSON.parse(r.stdout)), want);
      });
    }

    it('a licence swapped at the same grade is license-changed (info, exit 0)', () => {
      const dir = tree({
        'old.md': OLD,
        'MODEL_CARD.md': OLD.replace('  weights: apache-2.0\r\n', '  weights: mit\r\n'),
      });
      const r = cli(['--format', 'json', 'old.md', 'MODEL_CARD.md'], dir);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(diagnostics(JSON.parse(r.stdout)), [
        '10 license-changed info: `weights` licence changed from apache-2.0 to mit, still D5: check that the new terms are intended.',
      ]);
    });
  });

  it('inline directives of the new version silence diff rules; the changes stay listed; the lint knows the ids', () => {
    const next = allEdits(OLD)
      .replace('  weights: llama3\r\n', '  # modelcard-lint-disable-next-line openness-regression -- relicensed\r\n$&')
      .concat('\r\n<!-- modelcard-lint-disable-file disclosure-removed -- moved to the paper -->\r\n');
    const dir = tree({ 'old.md': OLD, 'README.md': next });
    const r = cli(['--format', 'json', 'old.md', 'README.md'], dir);
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(diagnostics(out), [
      `8 openness-regression error: ${CLOSED}`,
      `238 risk-assessment-regressed warning: ${EQUITY}`,
      `238 risk-assessment-regressed warning: ${SOCIETY}`,
    ]);
    const silenced = out.results[0].changes.filter((c) => c.kind === 'regression' && c.rule && !c.severity);
    assert.deepEqual(
      silenced.map((c) => `${c.line} ${c.rule}: ${c.message}`),
      [
        `11 openness-regression: ${LOWERED}`,
        `21 disclosure-removed: ${ENV_REMOVED}`,
        `21 disclosure-removed: ${COMPUTE_REMOVED}`,
      ],
    );
    // Linting the new version: neither directive is an unknown rule, nor reported unused.
    const lintRun = spawnSync(process.execPath, [CLI, '--format', 'json', 'README.md'], { cwd: dir, encoding: 'utf8' });
    const rules = JSON.parse(lintRun.stdout).results[0].diagnostics.map((d) => d.rule);
    assert.ok(rules.length > 0);
    assert.deepEqual(
      rules.filter((id) => /directive/.test(id)),
      [],
    );
  });

  it('the improvement pair (the same edits the other way round): improvements listed, no findings, exit 0', () => {
    const dir = tree({ 'old.md': allEdits(OLD), 'MODEL_CARD.md': OLD });
    const r = cli(['--format', 'json', 'old.md', 'MODEL_CARD.md'], dir);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(diagnostics(out), []);
    assert.deepEqual(
      out.results[0].changes.map((c) => `${c.kind}: ${c.message}`),
      [
        'improvement: `pretraining_code` graded higher: C1 (closed) → C5 (released under apache-2.0).',
        'improvement: `weights` graded higher: D3 (released under llama3) → D5 (released under apache-2.0).',
        'change: Weakest component: `pretraining_code` → `finetuning_code`.',
        'improvement: The environmental impact disclosure was added (section "Environmental Impact").',
        'improvement: The compute disclosure was added ("GPU Type").',
        'improvement: The Equity & Access risk area went from mentioned to assessed.',
        'improvement: The Broader Society risk area went from missing to assessed.',
      ],
    );
    const human = cli(['--no-color', 'old.md', 'MODEL_CARD.md'], dir).stdout;
    assert.match(human, /^ {2}\+ `weights` graded higher/m);
    assert.match(human, /^✔ no regressions; 6 improvements, 1 other change in 1 file$/m);
  });

  it('a manifest whose dataset licence stops being open loses MOF Class I (the Amber manifest, edited)', () => {
    const old = readFileSync(AMBER, 'utf8');
    const at = old.indexOf('license: MIT', old.indexOf('name: Datasets'));
    const next = `${old.slice(0, at)}license: CC-BY-NC-4.0${old.slice(at + 'license: MIT'.length)}`;
    const dir = tree({ 'old.yml': old, 'model.yml': next });
    const r = cli(['--format', 'json', 'old.yml', 'model.yml'], dir);
    assert.equal(r.status, 1, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.deepEqual(diagnostics(out), [
      '46 openness-regression error: `pretraining_data` graded lower: D5 (released under MIT) → D4 (released under CC-BY-NC-4.0).',
      '1 mof-class-lost error: MOF Class I lost: the release is Class II now.',
    ]);
    assert.deepEqual(out.results[0].before.mof, { class: 1, progress: { class1: 100, class2: 100, class3: 100 } });
    assert.deepEqual(out.results[0].after.mof, { class: 2, progress: { class1: 93, class2: 100, class3: 100 } });
    assert.deepEqual(
      out.results[0].changes.filter((c) => !c.rule).map((c) => `${c.kind}: ${c.message}`),
      ['regression: MOF progress (III/II/I): 100/100/100% → 100/100/93%.'],
    );
    // Unchanged: nothing to say, exit 0.
    const same = cli(['--no-color', 'old.yml', 'old.yml'], dir);
    assert.equal(same.status, 0);
    assert.equal(same.stdout, '✔ 1 file compared, no changes\n');
  });

  describe(
    '--baseline <git-ref> on a temporary repository with two commits',
    { skip: hasGit ? false : 'no git' },
    () => {
      const dir = tree({ 'model/README.md': OLD, 'model/model.yml': readFileSync(AMBER, 'utf8') }, { realGit: true });
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'first release');
      write(dir, { 'model/README.md': EDITS.lowerWeightsLicence(OLD) });
      git(dir, 'commit', '-q', '-a', '-m', 'relicense the weights');
      // Working tree after the second commit: the pretraining code closed, and a card that is new since the first.
      write(dir, {
        'model/README.md': EDITS.closePretrainingCode(EDITS.lowerWeightsLicence(OLD)),
        'other/README.md': OLD,
      });

      it('HEAD: only the uncommitted change; a file absent at the ref is new; exit 1', () => {
        const r = cli(['--format', 'json', '--baseline', 'HEAD'], dir);
        assert.equal(r.status, 1, r.stderr);
        const out = JSON.parse(r.stdout);
        assert.equal(out.baseline, 'HEAD');
        assert.deepEqual(
          out.results.map((x) => `${x.file} ${x.status}`),
          ['model/README.md compared', 'model/model.yml compared', 'other/README.md new'],
        );
        assert.deepEqual(diagnostics(out), [`8 openness-regression error: ${CLOSED}`]);
      });

      it('HEAD~1 with a path: both commits of changes, from a subdirectory', () => {
        const r = cli(['--format', 'json', '--baseline', 'HEAD~1', 'README.md'], join(dir, 'model'));
        assert.equal(r.status, 1, r.stderr);
        assert.deepEqual(diagnostics(JSON.parse(r.stdout)), [
          `8 openness-regression error: ${CLOSED}`,
          `10 openness-regression error: ${LOWERED}`,
        ]);
      });

      it('a ref that is no commit, a ref that looks like an option, and no repository: exit 2', () => {
        const bad = cli(['--baseline', 'no-such-branch', 'model/README.md'], dir);
        assert.equal(bad.status, 2);
        assert.match(bad.stderr, /--baseline no-such-branch: "no-such-branch" is not a commit in this repository/);
        const option = cli(['--baseline', '--output=/tmp/x', 'model/README.md'], dir);
        assert.equal(option.status, 2);
        const outside = tree({ 'README.md': OLD });
        const none = cli(['--baseline', 'HEAD', 'README.md'], outside);
        assert.equal(none.status, 2);
        assert.match(none.stderr, /not in a git repository/);
      });
    },
  );

  describe('--baseline: files deleted since the ref and new files', { skip: hasGit ? false : 'no git' }, () => {
    const dir = tree(
      { 'model/README.md': OLD, 'release/model.yml': readFileSync(AMBER, 'utf8'), 'docs/notes.md': '# Notes\n' },
      { realGit: true },
    );
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'first release');
    // The card and the whole release directory deleted; a card added that the ref does not have.
    rmSync(join(dir, 'model/README.md'));
    rmSync(join(dir, 'release'), { recursive: true });
    write(dir, {
      'new/README.md': '---\nlicense: mit\n---\n# New model\n\n## Limitations\n\nIt may produce wrong answers.\n',
    });
    const MANIFEST_LOST = [
      '`pretraining_code` lost with the deleted file: it was C5 (released under Apache-2.0).',
      '`pretraining_data` lost with the deleted file: it was D5 (released under MIT).',
      '`evaluation_code` lost with the deleted file: it was C5 (released under Apache-2.0).',
      '`evaluation_data` lost with the deleted file: it was D5 (released under Apache-2.0).',
      '`inference_code` lost with the deleted file: it was C5 (released under Apache-2.0).',
      '`weights` lost with the deleted file: it was D5 (released under Apache-2.0).',
    ];

    it('a deleted card is a regression of everything it had, a deleted manifest too; a new file is all improvements', () => {
      const r = cli(['--format', 'json', '--baseline', 'HEAD'], dir);
      assert.equal(r.status, 1, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.deepEqual(
        out.results.map((x) => `${x.file} ${x.status}`),
        ['new/README.md new', 'model/README.md deleted', 'release/model.yml deleted'],
      );
      const [added, card, manifest] = out.results;
      // Everything the new card brings, nothing else: no findings, no regressions.
      assert.deepEqual(added.diagnostics, []);
      assert.deepEqual(
        added.changes.map((c) => `${c.kind}: ${c.message}`),
        [
          'improvement: `weights` in the new file: D5 (released under mit).',
          'improvement: Openness level rose from unknown to semi-open.',
          'improvement: The licence disclosure was added (`license: mit`).',
          'improvement: The limitations disclosure was added (section "Limitations").',
        ],
      );
      assert.equal(added.before, null);
      // The deleted card: each graded component, its level, each disclosure it made and each assessed risk area, at
      // the rules' usual severities, located at line 1 of the baseline version.
      assert.equal(card.after, null);
      assert.equal(card.before.level, 'semi-open');
      assert.deepEqual(
        card.changes.map((c) => c.kind),
        card.changes.map(() => 'regression'),
      );
      const rules = card.diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.severity}`);
      assert.ok(rules.every((x) => x.startsWith('1:1 ')));
      assert.deepEqual(
        card.diagnostics.filter((d) => d.rule === 'openness-regression').map((d) => d.message),
        [
          '`pretraining_code` lost with the deleted file: it was C5 (released under apache-2.0).',
          '`pretraining_data` lost with the deleted file: it was D4 (released under odc-by).',
          '`evaluation_code` lost with the deleted file: it was C5 (released under apache-2.0).',
          '`weights` lost with the deleted file: it was D5 (released under apache-2.0).',
          'Openness level semi-open lost: the file is deleted.',
        ],
      );
      assert.ok(
        card.diagnostics.some(
          (d) =>
            d.rule === 'disclosure-removed' &&
            d.severity === 'warning' &&
            d.message === ENV_REMOVED.replace('now nothing in the card discloses it', 'now the card is deleted'),
        ),
      );
      assert.deepEqual(
        card.diagnostics.filter((d) => d.rule === 'risk-assessment-regressed').map((d) => d.message),
        [
          // Research & Innovation from the card's prose (released intermediate checkpoints), the others structured.
          'The Research & Innovation risk area was assessed in the baseline; the card is deleted.',
          'The Safety & Security risk area was assessed in the baseline; the card is deleted.',
          'The Equity & Access risk area was assessed in the baseline; the card is deleted.',
          'The Broader Society risk area was assessed in the baseline; the card is deleted.',
        ],
      );
      assert.deepEqual(
        manifest.diagnostics.map((d) => `${d.rule} ${d.severity}: ${d.message}`),
        [
          ...MANIFEST_LOST.map((m) => `openness-regression error: ${m}`),
          'openness-regression error: Openness level semi-open lost: the file is deleted.',
          'mof-class-lost error: MOF Class I lost: the manifest is deleted.',
        ],
      );
      assert.deepEqual(manifest.before.mof, { class: 1, progress: { class1: 100, class2: 100, class3: 100 } });
      assert.equal(out.summary.files, 3);
      assert.equal(out.summary.improvements, 4);
      assert.equal(out.summary.regressions, card.changes.length + manifest.changes.length);
      // Human output: the headlines say what happened to each file.
      const human = cli(['--no-color', '--baseline', 'HEAD'], dir).stdout;
      assert.match(human, /^release\/model\.yml\n {2}deleted since the baseline · openness was semi-open\n/m);
      assert.match(
        human,
        /^new\/README\.md\n {2}new: no baseline version · openness semi-open\n {2}\+ `weights` in the new file/m,
      );
    });

    it('a deleted path named on the command line, a glob over a deleted directory; a path nowhere is an error', () => {
      const named = JSON.parse(cli(['--format', 'json', '--baseline', 'HEAD', 'model/README.md'], dir).stdout);
      assert.deepEqual(
        named.results.map((x) => `${x.file} ${x.status}`),
        ['model/README.md deleted'],
      );
      const glob = JSON.parse(cli(['--format', 'json', '--baseline', 'HEAD', 'release/*.yml'], dir).stdout);
      assert.deepEqual(
        glob.results.map((x) => `${x.file} ${x.status} ${x.diagnostics.length}`),
        ['release/model.yml deleted 8'],
      );
      const nowhere = cli(['--format', 'json', '--baseline', 'HEAD', 'model/README.md', 'nope.md'], dir);
      assert.equal(nowhere.status, 2);
      assert.equal(nowhere.stdout, '');
      assert.equal(nowhere.stderr, 'modelcard-lint diff: nope.md: no such file or no files match\n');
    });

    it('config files set the diff rules like lint rules: rules, overrides, off; a misspelt id gets a did-you-mean', () => {
      const configured = tree({}, { realGit: false });
      cpSync(dir, configured, { recursive: true });
      write(configured, {
        '.modelcard-lint.yaml':
          "rules:\n  openness-regression: warning\n  mof-class-lost: 'off'\noverrides:\n  - files: model/**\n    rules:\n      disclosure-removed: error\n",
      });
      const r = cli(['--format', 'json', '--baseline', 'HEAD'], configured);
      // No finding at error severity is left but the card's removed disclosures (raised by the override).
      assert.equal(r.status, 1, r.stderr);
      const out = JSON.parse(r.stdout);
      const sev = (file, rule) => [
        ...new Set(
          out.results
            .find((x) => x.file === file)
            .diagnostics.filter((d) => d.rule === rule)
            .map((d) => d.severity),
        ),
      ];
      assert.deepEqual(sev('release/model.yml', 'openness-regression'), ['warning']);
      assert.deepEqual(sev('release/model.yml', 'mof-class-lost'), []);
      assert.deepEqual(sev('model/README.md', 'disclosure-removed'), ['error']);
      assert.deepEqual(sev('model/README.md', 'openness-regression'), ['warning']);
      // The change is still listed, with no severity, where the rule is off.
      const lost = out.results.find((x) => x.file === 'release/model.yml').changes.find((c) => c.area === 'mof-class');
      assert.deepEqual([lost.rule, lost.severity], ['mof-class-lost', null]);

      write(configured, { '.modelcard-lint.yaml': 'rules:\n  disclosure-remove: error\n' });
      const typo = cli(['--baseline', 'HEAD'], configured);
      assert.equal(typo.status, 2);
      assert.match(typo.stderr, /rules\.disclosure-remove: unknown rule; did you mean "disclosure-removed"\?/);
    });
  });

  it('a real history: the microsoft/phi-2 card, early revision (bacoco/Phi-2) → later revision (hf-readme)', () => {
    // The early revision opens with the Microsoft Research License text, so it is read as a card only when told.
    const plain = cli(['--format', 'json', PHI2_EARLY, PHI2_LATER], ROOT);
    assert.equal(plain.status, 2);
    assert.match(plain.stderr, /not a model card or release manifest; not compared/);
    const r = cli(['--format', 'json', '--card', `${CORPUS}/cards/*.md`, PHI2_EARLY, PHI2_LATER], ROOT);
    assert.equal(r.status, 0, r.stderr);
    const [file] = JSON.parse(r.stdout).results;
    // The licence's "solely for non-commercial … research purposes" was a statement about uses (out-of-scope use,
    // test/accuracy/LABELLING.md); the MIT-licensed later revision states another ("Direct adoption for production
    // tasks without evaluation is out of scope"), so no disclosure was removed.
    assert.deepEqual(
      file.diagnostics.map((d) => [d.rule, d.severity, d.line, d.message]),
      [],
    );
    assert.equal(file.before.level, 'unknown');
    assert.equal(file.after.level, 'semi-open');
    assert.ok(
      file.changes.some((c) => c.message === '`weights` graded higher: ungraded (unknown) → D5 (released under mit).'),
    );
  });

  it('usage errors exit 2: one path, three paths, an unknown format', () => {
    assert.equal(cli(['a.md'], ROOT).status, 2);
    assert.equal(cli(['a.md', 'b.md', 'c.md'], ROOT).status, 2);
    assert.equal(cli(['--format', 'xml', 'a.md', 'b.md'], ROOT).status, 2);
    assert.equal(cli(['--help'], ROOT).status, 0);
    const missing = cli([join(ROOT, 'nope.md'), OLMO], ROOT);
    assert.equal(missing.status, 2);
    // Stopped before anything is written: no "compared, no changes" about a run that compared nothing.
    assert.equal(missing.stdout, '');
    assert.equal(missing.stderr, `modelcard-lint diff: ${join(ROOT, 'nope.md')}: no such file\n`);
  });
});

describe('diffResults (engine)', { skip: corpusReady ? false : 'no ../shared/corpus' }, () => {
  it('is pure: the same pair gives the same diff, and a document compared with itself has no changes', () => {
    const old = lint(OLD, 'README.md', { kind: 'model-card' });
    const next = lint(allEdits(OLD), 'README.md', { kind: 'model-card' });
    assert.deepEqual(diffResults(old, next), diffResults(old, next));
    assert.deepEqual(diffResults(old, old), { kind: 'model-card', changes: [], findings: [] });
  });

  it('documents of different kinds are not compared', () => {
    const card = lint(OLD, 'README.md', { kind: 'model-card' });
    const manifest = lint(readFileSync(AMBER, 'utf8'), 'model.yml', { kind: 'release-manifest' });
    const d = diffResults(card, manifest);
    assert.deepEqual(
      d.changes.map((c) => c.area),
      ['kind'],
    );
    assert.deepEqual(d.findings, []);
  });
});

describe('diff rules', () => {
  const KIND = { 'model-card': 'model cards', 'release-manifest': 'release manifests' };
  /** The generated block of a diff rule's docs page, in the format of scripts/gen-docs.mjs. */
  const block = (m) =>
    [
      '<!-- generated:start (npm run gen:docs rewrites this block from the rule metadata) -->',
      `> ${m.description}`,
      '',
      '| | |',
      '|---|---|',
      `| Applies to | ${m.appliesTo.map((k) => KIND[k]).join(', ')} (\`modelcard-lint diff\`: two versions compared) |`,
      `| Tags | ${m.tags.join(', ')} |`,
      '| Fixable | no |',
      `| Severity by profile | ${PROFILE_IDS.map((p) => `${p}: ${diffRuleSeverity(m.id, p)}`).join(' · ')} |`,
      '<!-- generated:end -->',
    ].join('\n');

  it('have unique kebab-case ids, distinct from the lint rules, and one-sentence descriptions', () => {
    const ids = DIFF_RULES.map((r) => r.meta.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of DIFF_RULES) {
      assert.match(r.meta.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.match(r.meta.description, /^[A-Z`].*\.$/);
      assert.ok(!RULES.some((x) => x.meta.id === r.meta.id), `${r.meta.id} is also a lint rule`);
      assert.equal(r.meta.fixable, false);
    }
  });

  for (const { meta } of DIFF_RULES) {
    it(`${meta.id}: docs page with the metadata block and the usual sections`, () => {
      const page = readFileSync(join(ROOT, 'docs/rules', `${meta.id}.md`), 'utf8');
      assert.ok(page.startsWith(`# ${meta.id}\n\n${block(meta)}\n`), `docs/rules/${meta.id}.md block out of date`);
      for (const h of ['## Why it matters', '## What it checks', '## Examples', '## How to fix'])
        assert.ok(page.includes(`\n${h}\n`), `${meta.id}: no "${h}"`);
      assert.match(readFileSync(join(ROOT, 'docs/diff.md'), 'utf8'), new RegExp(`\\(rules/${meta.id}\\.md\\)`));
    });
  }
});
