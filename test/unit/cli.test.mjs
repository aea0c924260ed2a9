// The command line as CI runs it: file expansion by content, config files found by walking up (extends, rules,
// overrides, ignores, root), --config, --profile, --max-warnings, --stdin, the four formats and the exit codes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDirs } from './temp-dirs.mjs';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const run = (args, opts = {}) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', ...opts });
const json = (r) => JSON.parse(r.stdout);

const GOOD_ENOUGH = '---\nlicense: mit\n---\n# Model\n';
const NO_LICENCE = '# Model Card\n\n## Uses\n\nResearch.\n';
// JSON diagnostics with the findings a `missing-disclosures` summary lists (each keeps its own rule id).
const flat = (ds) => ds.flatMap((d) => [d, ...(d.members ?? [])]);

const tempDir = tempDirs();

function tree(files) {
  const dir = tempDir('mcl-cli-');
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return dir;
}

describe('modelcard-lint CLI', () => {
  it('exits 1 on errors, 0 on warnings only, 2 on a missing file', () => {
    const d = tree({ 'a/MODEL_CARD.md': NO_LICENCE, 'b/MODEL_CARD.md': GOOD_ENOUGH });
    assert.equal(run([join(d, 'a/MODEL_CARD.md')]).status, 1);
    assert.equal(run([join(d, 'b/MODEL_CARD.md')]).status, 0);
    assert.equal(run([join(d, 'nope.md')]).status, 2);
    assert.equal(run(['--format', 'xml', join(d, 'b/MODEL_CARD.md')]).status, 2);
  });

  it('a missing path prints an error, exits 2 and writes nothing on stdout (no "no problems" summary)', () => {
    const d = tree({ 'b/MODEL_CARD.md': GOOD_ENOUGH });
    for (const args of [
      [join(d, 'nope.md')],
      [join(d, 'b/MODEL_CARD.md'), join(d, 'nope.md')],
      ['--format', 'json', join(d, 'nope.md')],
      [join(d, 'nothing-*.md')],
    ]) {
      const r = run(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.match(r.stderr, /^modelcard-lint: .*(nope\.md|nothing-\*\.md): no such file or no files match\n$/);
    }
    // The existing file alone still lints and gets its summary line.
    const alone = run([join(d, 'b/MODEL_CARD.md')]);
    assert.equal(alone.status, 0);
    assert.match(alone.stdout, /\(0 errors, 4 warnings, 1 info\) in 1 file\n/);
  });

  it('directories yield cards and manifests by content, not other Markdown or YAML', () => {
    const d = tree({
      'MODEL_CARD.md': GOOD_ENOUGH,
      'notes.md': '# Notes\n',
      'ci.yml': 'on: push\n',
      'm/model.yml': 'framework:\n  name: Model Openness Framework\nrelease:\n  name: M\n  components: []\n',
    });
    const out = json(run(['--format', 'json', d]));
    assert.deepEqual(out.results.map((r) => [r.file.slice(d.length + 1), r.kind]).sort(), [
      ['MODEL_CARD.md', 'model-card'],
      ['m/model.yml', 'release-manifest'],
    ]);
  });

  it('config files are found by walking up inside a repository; the inner one wins; overrides and ignores apply', () => {
    const d = tree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.modelcard-lint.yaml': 'rules:\n  undisclosed-license: warning\n  undisclosed-contact: error\n',
      'sub/.modelcard-lint.yaml':
        'rules:\n  undisclosed-contact: off\noverrides:\n  - files: ["legacy/**"]\n    rules: { undisclosed-intended-use: off }\nignores: ["vendor/**"]\n',
      'sub/MODEL_CARD.md': NO_LICENCE,
      'sub/legacy/MODEL_CARD.md': '# Model Card\n',
      'sub/vendor/MODEL_CARD.md': '# Model Card\n',
    });
    const out = json(run(['--format', 'json', join(d, 'sub')]));
    const byFile = Object.fromEntries(out.results.map((r) => [r.file.slice(d.length + 5), r.diagnostics]));
    assert.deepEqual(Object.keys(byFile).sort(), ['MODEL_CARD.md', 'legacy/MODEL_CARD.md']);
    const top = flat(byFile['MODEL_CARD.md']);
    assert.equal(top.find((x) => x.rule === 'undisclosed-license').severity, 'warning');
    assert.equal(
      top.some((x) => x.rule === 'undisclosed-contact'),
      false,
    );
    assert.equal(
      flat(byFile['legacy/MODEL_CARD.md']).some((x) => x.rule === 'undisclosed-intended-use'),
      false,
    );
  });

  it('`extends` picks a profile; --profile overrides it; --config replaces discovery', () => {
    const d = tree({
      '.modelcard-lint.yaml': 'extends: strict\n',
      'MODEL_CARD.md': `${GOOD_ENOUGH}<!-- modelcard-lint-disable-file undisclosed-contact -->\n`,
      'other.yaml': 'rules:\n  undeclared-stage: error\n',
    });
    const card = join(d, 'MODEL_CARD.md');
    // missing-directive-reason is off by default and on (warning) in strict.
    const strict = json(run(['--format', 'json', card])).results[0].diagnostics;
    assert.equal(strict.find((x) => x.rule === 'missing-directive-reason').severity, 'warning');
    const rec = json(run(['--format', 'json', '--profile', 'recommended', card])).results[0].diagnostics;
    assert.equal(
      rec.some((x) => x.rule === 'missing-directive-reason'),
      false,
    );
    const hf = json(run(['--format', 'json', '--profile', 'hf-basic', card])).results[0].diagnostics;
    assert.equal(
      hf.some((x) => x.rule === 'undeclared-stage'),
      false,
    );
    const r = run(['--format', 'json', '--config', join(d, 'other.yaml'), card]);
    assert.equal(json(r).results[0].diagnostics.find((x) => x.rule === 'undeclared-stage').severity, 'error');
    assert.equal(r.status, 1);
  });

  it('an invalid config file is a usage error (exit 2) that names the problem', () => {
    const d = tree({ '.modelcard-lint.yaml': 'rules:\n  undisclosed-license: loud\n', 'MODEL_CARD.md': GOOD_ENOUGH });
    const r = run([join(d, 'MODEL_CARD.md')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /rules\.undisclosed-license/);
  });

  it('--max-warnings turns too many warnings into exit 1', () => {
    const d = tree({ 'MODEL_CARD.md': GOOD_ENOUGH });
    const file = join(d, 'MODEL_CARD.md');
    const warnings = json(run(['--format', 'json', file])).summary.warnings;
    assert.ok(warnings > 0);
    assert.equal(run(['--max-warnings', String(warnings), file]).status, 0);
    assert.equal(run(['--max-warnings', String(warnings - 1), file]).status, 1);
  });

  it('--stdin lints standard input under --stdin-filename', () => {
    const r = run(['--stdin', '--stdin-filename', 'MODEL_CARD.md', '--format', 'json'], { input: NO_LICENCE });
    const out = json(r);
    assert.equal(out.results[0].file, 'MODEL_CARD.md');
    assert.ok(flat(out.results[0].diagnostics).some((x) => x.rule === 'undisclosed-license'));
  });

  it('github format writes workflow commands; sarif carries rule help URIs', () => {
    const d = tree({ 'MODEL_CARD.md': NO_LICENCE });
    const gh = run(['--format', 'github', join(d, 'MODEL_CARD.md')]).stdout;
    // The missing licence is listed, first, in the summary of what the title lacks: at error, as its rule says.
    assert.match(
      gh,
      /^::error file=.*MODEL_CARD\.md,line=1,col=3,endLine=1,endColumn=13,title=missing-disclosures::\d+ disclosures missing: licence, /m,
    );
    const sarif = JSON.parse(run(['--format', 'sarif', join(d, 'MODEL_CARD.md')]).stdout);
    const rule = sarif.runs[0].tool.driver.rules.find((r) => r.id === 'missing-disclosures');
    assert.match(rule.helpUri, /docs\/rules\/missing-disclosures\.md$/);
    assert.equal(sarif.runs[0].results.find((r) => r.ruleId === 'missing-disclosures').level, 'error');
  });

  it('stylish output names the file, its openness line and a summary', () => {
    const d = tree({ 'MODEL_CARD.md': NO_LICENCE });
    const out = run(['--no-color', join(d, 'MODEL_CARD.md')]).stdout;
    assert.match(out, /openness unknown · stage undeclared/);
    assert.match(out, /✖ \d+ problems \(1 error, \d+ warnings, \d+ info\) in 1 file/);
  });
});
