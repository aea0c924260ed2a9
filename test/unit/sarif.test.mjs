// `--format sarif` as code scanning consumes it (issue 12, docs/sarif.md): the whole corpus validates against the
// official SARIF 2.1.0 schema (ajv, vendored schema: no network) and the SARIF multitool (`validate --rule-kind
// "Sarif;Gh"`) with 0 errors; URIs are percent-encoded and relative to %SRCROOT%; every format names a file the same
// way however the CLI was called; rules carry help from their docs page; fingerprints survive unrelated edits.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  copyFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { CLI, CORPUS } from './cli-paths.mjs';
import { tempDirs } from './temp-dirs.mjs';

const require = createRequire(import.meta.url);
const SCHEMA = fileURLToPath(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url));
const RULE_DOCS = fileURLToPath(new URL('../../docs/rules', import.meta.url));

const cli = (args, cwd) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 300_000,
    maxBuffer: 1 << 30,
  });
  assert.equal(r.signal, null, r.stderr);
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return r.stdout;
};
const sarifOf = (args, cwd) => JSON.parse(cli(['--format', 'sarif', ...args], cwd));

/** The official schema is draft-04 (`id`); ajv 8 reads it as draft-07, which differs from draft-04 only in keywords
 * this schema does not use (boolean exclusiveMinimum/Maximum). */
function schemaValidator() {
  const { id, ...schema } = JSON.parse(readFileSync(SCHEMA, 'utf8'));
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile({ $id: id, ...schema });
}
const validate = schemaValidator();
const schemaErrors = (log) => (validate(log) ? [] : validate.errors.map((e) => `${e.instancePath} ${e.message}`));

const tempDir = tempDirs();

/** A directory with a `.git` (so it is the repository root) and the given files. */
function repo(files) {
  const dir = tempDir('mcl-sarif-');
  mkdirSync(join(dir, '.git'));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return dir;
}

const locations = (log) => log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation);
/** Absolute path of an artifact location, resolved the way a SARIF consumer does. */
const resolveLocation = (log, loc) =>
  fileURLToPath(new URL(loc.uri, loc.uriBaseId ? log.runs[0].originalUriBaseIds[loc.uriBaseId].uri : undefined));

const MANIFEST = 'framework:\n  name: Model Openness Framework\nrelease:\n  name: M\n  components: []\n';
const CARD =
  '---\nlicense: mit\npipeline_tag: text-generatoin\n---\n# Model\n\n## Uses\n\n[More Information Needed]\n\n## Limitations\n\n[More Information Needed]\n';

/** The SARIF multitool of the platform package `@microsoft/sarif-multitool` installs, made executable if needed. */
function multitool() {
  let dir;
  try {
    dir = dirname(require.resolve(`@microsoft/sarif-multitool-${process.platform}/package.json`));
  } catch {
    return null;
  }
  const bin = join(dir, process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool');
  if (!existsSync(bin)) return null;
  try {
    accessSync(bin, constants.X_OK);
    return bin;
  } catch {
    // Its postinstall chmod may not have run (install scripts disabled): run an executable copy instead.
    const copy = join(tempDir('mcl-multitool-'), 'Sarif.Multitool');
    copyFileSync(bin, copy);
    chmodSync(copy, 0o700);
    return copy;
  }
}

describe(
  'SARIF of the whole corpus',
  { skip: existsSync(CORPUS) ? false : 'no ../shared/corpus beside the repository' },
  () => {
    // Every file as an explicit argument, relative to the corpus (its own root when no .git is above it).
    const files = readdirSync(CORPUS, { recursive: true })
      .map(String)
      .filter((f) => /\.(md|ya?ml)$/.test(f) && !/(^|[\\/])(SOURCES|README)\.md$/.test(f))
      .sort();
    const text = cli(['--format', 'sarif', ...files], CORPUS);
    const log = JSON.parse(text);
    const run = log.runs[0];

    it('lints every file and finds something', () => {
      assert.ok(files.length >= 380, `${files.length} corpus files`);
      assert.ok(run.results.length > 1000, `${run.results.length} results`);
    });

    it('validates against the official SARIF 2.1.0 schema with 0 errors', () => {
      const errors = schemaErrors(log);
      assert.deepEqual(errors.slice(0, 20), [], `${errors.length} schema errors`);
    });

    it('names every file relative to %SRCROOT%, percent-encoded, resolving to the file', () => {
      assert.match(run.originalUriBaseIds['%SRCROOT%'].uri, /^file:\/\/.*\/$/);
      const corpusFiles = new Set(files.map((f) => join(CORPUS, f)));
      for (const loc of locations(log)) {
        assert.equal(loc.uriBaseId, '%SRCROOT%', loc.uri);
        assert.doesNotMatch(loc.uri, /^[a-z][a-z0-9+.-]*:|^\/|(^|\/)\.\.(\/|$)|[ #?]|%(?![0-9A-F]{2})/i, loc.uri);
        assert.ok(corpusFiles.has(resolveLocation(log, loc)), `${loc.uri} does not resolve to a corpus file`);
      }
      // The corpus has names with `%` (MOT's test manifests): the reason the old output failed the schema.
      assert.ok(locations(log).some((l) => l.uri.includes('%25')));
    });

    it('describes every rule: descriptions, help from its docs page, help URI; automation id set', () => {
      assert.equal(run.automationDetails.id, 'modelcard-lint/');
      const pages = new Set(
        readdirSync(RULE_DOCS)
          .filter((f) => f !== 'README.md')
          .map((f) => f.replace(/\.md$/, '')),
      );
      for (const rule of run.tool.driver.rules) {
        assert.ok(rule.shortDescription.text && rule.fullDescription.text, rule.id);
        assert.ok(rule.help.text && rule.help.markdown, rule.id);
        assert.match(rule.helpUri, new RegExp(`/docs/rules/${rule.id}\\.md$`));
        if (!pages.has(rule.id)) continue;
        assert.match(rule.help.markdown, /^## Why it matters$/m, `${rule.id}: help is not its docs page`);
        assert.doesNotMatch(
          rule.help.markdown,
          /<!-- generated|\]\((?!https?:)[^)]*\)/,
          `${rule.id}: generator comment or relative link`,
        );
        assert.match(rule.help.text, /^Why it matters$/m, `${rule.id}: help text keeps Markdown headings`);
        assert.ok(rule.fullDescription.text.length > rule.shortDescription.text.length, rule.id);
      }
    });

    it('gives every result a fingerprint, unique within its file', () => {
      const seen = new Set();
      for (const r of run.results) {
        const fp = r.partialFingerprints?.['modelcardLint/v1'];
        assert.match(fp ?? '', /^[0-9a-f]{32}:\d+$/);
        const key = `${r.locations[0].physicalLocation.artifactLocation.uri} ${fp}`;
        assert.ok(!seen.has(key), `duplicate fingerprint ${key}`);
        seen.add(key);
      }
    });

    const tool = multitool();
    it(
      'passes the SARIF multitool (validate --rule-kind "Sarif;Gh") with 0 errors',
      { skip: tool ? false : 'no @microsoft/sarif-multitool binary for this platform', timeout: 300_000 },
      () => {
        const dir = tempDir('mcl-sarif-validate-');
        writeFileSync(join(dir, 'corpus.sarif'), text);
        // A control with the two faults the issue found (an unencoded `%`, a rule without help): proof the rules ran.
        const control = JSON.parse(text);
        control.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a%b.yml';
        delete control.runs[0].tool.driver.rules[0].help;
        delete control.runs[0].tool.driver.rules[0].fullDescription;
        writeFileSync(join(dir, 'control.sarif'), JSON.stringify(control));
        const r = spawnSync(
          tool,
          [
            'validate',
            '--rule-kind',
            'Sarif;Gh',
            '--output',
            join(dir, 'report.sarif'),
            join(dir, 'corpus.sarif'),
            join(dir, 'control.sarif'),
          ],
          {
            cwd: dir,
            encoding: 'utf8',
            timeout: 300_000,
            // The self-contained .NET binary needs ICU unless told not to; its invariant mode is enough here.
            env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
          },
        );
        assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
        const runs = JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')).runs;
        const notifications = runs
          .flatMap((x) => x.invocations ?? [])
          .flatMap((i) => [...(i.toolExecutionNotifications ?? []), ...(i.toolConfigurationNotifications ?? [])]);
        assert.deepEqual(
          notifications.filter((n) => n.level === 'error').map((n) => n.message.text),
          [],
        );
        // A result's level defaults to "warning" when absent (SARIF §3.27.10).
        const errorsIn = (name) =>
          runs
            .flatMap((x) => x.results ?? [])
            .filter(
              (x) =>
                x.level === 'error' && x.locations?.[0]?.physicalLocation?.artifactLocation?.uri?.endsWith(`/${name}`),
            )
            .map((x) => `${x.ruleId}: ${x.message.text ?? (x.message.arguments ?? []).join(' ')}`);
        const controlRules = new Set(errorsIn('control.sarif').map((e) => e.split(':')[0]));
        assert.ok(
          controlRules.has('SARIF1002') && controlRules.has('GH2012'),
          `control errors: ${[...controlRules].join(', ')}`,
        );
        const errors = errorsIn('corpus.sarif');
        assert.deepEqual(errors.slice(0, 20), [], `${errors.length} multitool errors`);
      },
    );
  },
);

describe('SARIF URIs and paths in every format', () => {
  it('percent-encodes a file named with %, space and #, and the URI resolves back to it', () => {
    const d = repo({ 'sub/a b%#c.md': CARD });
    const log = sarifOf(['.'], d);
    assert.deepEqual(schemaErrors(log), []);
    const locs = locations(log);
    assert.ok(locs.length > 0);
    for (const loc of locs) {
      assert.equal(loc.uri, 'sub/a%20b%25%23c.md');
      assert.equal(loc.uriBaseId, '%SRCROOT%');
      assert.equal(resolveLocation(log, loc), join(d, 'sub', 'a b%#c.md'));
    }
    assert.deepEqual(
      JSON.parse(cli(['--format', 'json', '.'], d)).results.map((r) => r.file),
      ['sub/a b%#c.md'],
    );
  });

  // Two files, named the ways a CI script or a person might: all must agree with `.` from the root.
  const d = repo({ 'model.yml': MANIFEST, 'sub/MODEL_CARD.md': CARD, 'other/.keep': '' });
  const invocations = [
    ['`.` from the root', ['.'], d],
    ['globs', ['*.yml', 'sub/*.md'], d],
    ['absolute paths', [join(d, 'model.yml'), join(d, 'sub', 'MODEL_CARD.md')], d],
    ['`../` paths from a sibling directory', ['../model.yml', '../sub/MODEL_CARD.md'], join(d, 'other')],
    ['a subdirectory', ['../model.yml', '.'], join(d, 'sub')],
    ['`./` paths', ['./model.yml', './sub/../sub/MODEL_CARD.md'], d],
  ];
  const FILES = ['model.yml', 'sub/MODEL_CARD.md'];

  /** The file names each format prints, sorted and deduplicated. */
  function namesByFormat(args, cwd) {
    const uniq = (list) => [...new Set(list)].sort();
    const json = JSON.parse(cli(['--format', 'json', ...args], cwd)).results.map((r) => r.file);
    const sarif = locations(sarifOf(args, cwd)).map((l) => decodeURIComponent(l.uri));
    const github = [...cli(['--format', 'github', ...args], cwd).matchAll(/ file=([^,]+),/g)].map((m) => m[1]);
    const stylish = cli(['--no-color', ...args], cwd)
      .split('\n')
      .filter((l) => /^\S/.test(l) && !/^[✖✔ℹ]/.test(l));
    return { json: uniq(json), sarif: uniq(sarif), github: uniq(github), stylish: uniq(stylish) };
  }

  for (const [name, args, cwd] of invocations) {
    it(`names files relative to the repository root in every format: ${name}`, () => {
      assert.deepEqual(namesByFormat(args, cwd), { json: FILES, sarif: FILES, github: FILES, stylish: FILES });
    });
  }

  it('gives the same SARIF results however the CLI was called', () => {
    const key = (r) =>
      `${r.locations[0].physicalLocation.artifactLocation.uri} ${r.partialFingerprints['modelcardLint/v1']}`;
    const results = (args, cwd) => sarifOf(args, cwd).runs[0].results.sort((a, b) => key(a).localeCompare(key(b)));
    const want = results(['.'], d);
    for (const [name, args, cwd] of invocations) assert.deepEqual(results(args, cwd), want, name);
  });

  it(
    'without a .git above, paths are relative to the working directory',
    { skip: hasGitAbove(tmpdir()) ? 'the temporary directory is inside a git checkout' : false },
    () => {
      const plain = tempDir('mcl-sarif-plain-');
      mkdirSync(join(plain, 'x'));
      writeFileSync(join(plain, 'x', 'model.yml'), MANIFEST);
      assert.deepEqual(
        JSON.parse(cli(['--format', 'json', 'x'], plain)).results.map((r) => r.file),
        ['x/model.yml'],
      );
      const log = sarifOf(['x/model.yml'], plain);
      assert.equal(locations(log)[0].uri, 'x/model.yml');
      assert.equal(resolveLocation(log, locations(log)[0]), join(plain, 'x', 'model.yml'));
    },
  );

  it('a file outside the repository root gets an absolute file URI and still validates', () => {
    const outside = tempDir('mcl-sarif-outside-');
    writeFileSync(join(outside, 'model #1.yml'), MANIFEST);
    const log = sarifOf([join(outside, 'model #1.yml')], d);
    assert.deepEqual(schemaErrors(log), []);
    const loc = locations(log)[0];
    assert.equal(loc.uriBaseId, undefined);
    assert.match(loc.uri, /^file:\/\/.*model%20%231\.yml$/);
    assert.equal(fileURLToPath(loc.uri), join(outside, 'model #1.yml'));
  });
});

function hasGitAbove(dir) {
  for (let p = dir; ; p = dirname(p)) {
    if (existsSync(join(p, '.git'))) return true;
    if (dirname(p) === p) return false;
  }
}

describe('SARIF fingerprints', () => {
  const prints = (log) =>
    log.runs[0].results.map((r) => `${r.ruleId} ${r.partialFingerprints['modelcardLint/v1']}`).sort();

  it('stay the same when an unrelated line is inserted above (only line numbers move)', () => {
    const d = repo({ 'MODEL_CARD.md': CARD, 'model.yml': MANIFEST });
    const before = sarifOf(['.'], d);
    writeFileSync(
      join(d, 'MODEL_CARD.md'),
      CARD.replace('---\nlicense', '---\n# maintained by the model team\nlicense').replace(
        '## Uses\n',
        '<!-- reviewed by the model team -->\n\n## Uses\n',
      ),
    );
    writeFileSync(join(d, 'model.yml'), `# release manifest\n${MANIFEST}`);
    const after = sarifOf(['.'], d);
    assert.deepEqual(prints(after), prints(before));
    const lines = (log) => log.runs[0].results.map((r) => r.locations[0].physicalLocation.region.startLine).join();
    assert.notEqual(lines(after), lines(before), 'the insertion should have moved findings');
  });

  it('tell identical findings on identical lines apart by their order', () => {
    const d = repo({ 'MODEL_CARD.md': CARD });
    const placeholders = sarifOf(['MODEL_CARD.md'], d).runs[0].results.filter((r) => r.ruleId === 'placeholder-text');
    assert.equal(placeholders.length, 2);
    const [a, b] = placeholders.map((r) => r.partialFingerprints['modelcardLint/v1']);
    assert.notEqual(a, b);
    assert.match(a, /:1$/);
    assert.match(b, /:2$/);
  });

  it('change when the flagged line itself changes', () => {
    const d = repo({ 'MODEL_CARD.md': CARD });
    const tag = (log) =>
      log.runs[0].results.find((r) => r.ruleId === 'invalid-pipeline-tag').partialFingerprints['modelcardLint/v1'];
    const before = tag(sarifOf(['.'], d));
    writeFileSync(join(d, 'MODEL_CARD.md'), CARD.replace('text-generatoin', 'text-generatio'));
    assert.notEqual(tag(sarifOf(['.'], d)), before);
  });
});
