// The pre-commit hook (.pre-commit-hooks.yaml) with the real `pre-commit` (Debian package) on a repository holding a
// card, a manifest, a CHANGELOG, software docs and a CI config: every Markdown and YAML file is passed, only the card
// and the manifest are linted. Runs the README's two snippets: the local hook (with a `modelcard-lint` on the PATH)
// and the published one, pointed at a git repository made from this checkout (pre-commit clones the hook repository,
// runs `npm install` and `npm pack`, whose prepack builds the bundle).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { copyCheckout, ROOT } from './checkout-copy.mjs';
import { readmeSnippet } from './readme-snippet.mjs';

const CLI = join(ROOT, 'dist/cli.js');
// Every directory the tests make (repositories, pre-commit's home and its hook environments) lives here.
const TMP = mkdtempSync(join(tmpdir(), 'mcl-pre-commit-test-'));
const HOOKS = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));

// Variables of an enclosing git hook or npm script must not steer the git and npm commands run here.
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GIT_|npm_|PRE_COMMIT)/i.test(k)));

const FILES = {
  'models/tiny/MODEL_CARD.md': '---\nlicense: not-a-licence\n---\n# Tiny\n\nA model.\n',
  'models/tiny/model.yml': readFileSync(join(ROOT, 'examples/manifest/model.yml'), 'utf8'),
  'CHANGELOG.md': '# Changelog\n\n## 1.1.0\n\n- Faster tokenizer.\n\n## 1.0.0\n\n- First release.\n',
  'docs/usage.md':
    '# Usage\n\n## Installation\n\n```sh\npip install tiny-tools\n```\n\n## Command line\n\nRun `tiny --help`.\n',
  'docs/api.md': '# API reference\n\n## `load(path)`\n\nLoads a file and returns a `Document`.\n',
  '.github/workflows/ci.yml': 'name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps: []\n',
  'src/train.py': 'print("training")\n',
};
const LINTED = ['models/tiny/MODEL_CARD.md', 'models/tiny/model.yml'];
const NOT_LINTED = [
  'CHANGELOG.md',
  'docs/usage.md',
  'docs/api.md',
  '.github/workflows/ci.yml',
  '.pre-commit-config.yaml',
];

const git = (cwd, ...args) => {
  const r = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], {
    cwd,
    env: baseEnv,
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};

/** A git repository with FILES and the given pre-commit config, all staged. */
function project(config) {
  const dir = mkdtempSync(join(TMP, 'mcl-precommit-'));
  for (const [name, text] of Object.entries({ ...FILES, '.pre-commit-config.yaml': config })) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  return dir;
}

function preCommit(cwd, env) {
  const r = spawnSync('pre-commit', ['run', '--all-files', '--verbose', '--color', 'never'], {
    cwd,
    env: { ...baseEnv, PRE_COMMIT_HOME: mkdtempSync(join(TMP, 'mcl-pre-commit-home-')), ...env },
    encoding: 'utf8',
    timeout: 540_000,
  });
  assert.equal(r.error, undefined, `pre-commit could not run (${r.error?.message}): apt-get install -y pre-commit`);
  return r;
}

/** The files the stylish output reports findings for (each such file's name is a line of its own). */
const reported = (out) =>
  Object.keys(FILES)
    .concat('.pre-commit-config.yaml')
    .filter((f) => new RegExp(`^${f.replace(/[.]/g, '\\.')}$`, 'm').test(out));

describe('pre-commit hook', () => {
  after(() => rmSync(TMP, { recursive: true, force: true }));
  before(() => {
    if (!process.env.MCL_SKIP_BUILD) {
      const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
      assert.equal(b.status, 0, 'build failed');
    }
    const v = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    assert.equal(v.status, 0, 'pre-commit is missing: apt-get install -y pre-commit');
  });

  it('the hook is node, over Markdown and YAML, and the README local hook selects the same files', () => {
    assert.equal(HOOKS.length, 1);
    const [hook] = HOOKS;
    assert.equal(hook.id, 'modelcard-lint');
    assert.equal(hook.language, 'node');
    assert.equal(hook.entry, 'modelcard-lint');
    assert.deepEqual(hook.types_or, ['markdown', 'yaml']);
    const local = parse(readmeSnippet('pre-commit-local')).repos[0].hooks[0];
    assert.equal(local.id, hook.id);
    assert.equal(local.entry, hook.entry);
    assert.deepEqual(local.types_or, hook.types_or);
  });

  it('the CLI gives a file that is not a card or manifest (as pre-commit passes it) no findings and exit 0', () => {
    const dir = project('repos: []\n');
    const names = NOT_LINTED;
    const r = spawnSync(process.execPath, [CLI, ...names], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`✔ ${names.length} files checked, no problems`));
    const json = JSON.parse(spawnSync(process.execPath, [CLI, '--format', 'json', ...names], { cwd: dir }).stdout);
    for (const res of json.results) {
      assert.equal(res.kind, 'unknown', res.file);
      assert.deepEqual(res.diagnostics, [], res.file);
    }
  });

  it('README local hook: every Markdown and YAML file is passed, only the card and the manifest are linted', () => {
    const dir = project(readmeSnippet('pre-commit-local'));
    // `modelcard-lint` on the PATH, as `npm install -g` leaves it; it records what pre-commit passed.
    const bin = mkdtempSync(join(TMP, 'mcl-bin-'));
    const argsLog = join(bin, 'args.log');
    writeFileSync(
      join(bin, 'modelcard-lint'),
      `#!/bin/sh\nprintf '%s\\n' "$@" >> '${argsLog}'\nexec '${process.execPath}' '${CLI}' "$@"\n`,
    );
    chmodSync(join(bin, 'modelcard-lint'), 0o755);
    const r = preCommit(dir, { PATH: `${bin}:${baseEnv.PATH}` });
    const out = r.stdout + r.stderr;
    assert.equal(r.status, 1, out); // the card has an error
    assert.match(out, /Model Card Lint\.+Failed/);

    const passed = readFileSync(argsLog, 'utf8').split('\n').filter(Boolean).sort();
    assert.deepEqual(passed, [...LINTED, ...NOT_LINTED].sort());
    assert.deepEqual(reported(out), LINTED);
    assert.match(out, /invalid-license-id/);
    assert.match(out, /MOF Class III/);
    // What the CLI made of each passed file.
    const json = JSON.parse(spawnSync(process.execPath, [CLI, '--format', 'json', ...passed], { cwd: dir }).stdout);
    const kinds = Object.fromEntries(json.results.map((x) => [x.file, x.kind]));
    assert.equal(kinds['models/tiny/MODEL_CARD.md'], 'model-card');
    assert.equal(kinds['models/tiny/model.yml'], 'release-manifest');
    for (const f of NOT_LINTED) assert.equal(kinds[f], 'unknown', f);

    // Fix the card: the hook passes.
    writeFileSync(
      join(dir, 'models/tiny/MODEL_CARD.md'),
      FILES['models/tiny/MODEL_CARD.md'].replace('not-a-licence', 'mit'),
    );
    git(dir, 'add', '-A');
    const ok = preCommit(dir, { PATH: `${bin}:${baseEnv.PATH}` });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /Model Card Lint\.+Passed/);
  });

  it(
    'README remote hook: pre-commit installs the hook from a clone (npm install, prepack build) and runs it',
    { timeout: 600_000 },
    () => {
      // The hook repository: this checkout as a commit (pre-commit clones `repo` at `rev`; a path clones offline).
      const hookRepo = copyCheckout('hook-repo-', TMP);
      git(hookRepo, 'init', '-q');
      git(hookRepo, 'add', '-A');
      git(hookRepo, 'commit', '-q', '-m', 'hook repository');
      const rev = git(hookRepo, 'rev-parse', 'HEAD');
      const snippet = readmeSnippet('pre-commit-remote');
      const config = snippet.replace(/repo: \S+/, `repo: ${hookRepo}`).replace(/rev: \S+/, `rev: ${rev}`);
      assert.notEqual(config, snippet);
      const dir = project(config);
      // npm install in the clone: dependencies from npm's cache when it has them (the registry otherwise).
      const r = preCommit(dir, {
        npm_config_prefer_offline: 'true',
        npm_config_audit: 'false',
        npm_config_fund: 'false',
      });
      const out = r.stdout + r.stderr;
      assert.equal(r.status, 1, out);
      assert.match(out, /Model Card Lint\.+Failed/);
      assert.deepEqual(reported(out), LINTED);
      assert.match(out, /invalid-license-id/);
      assert.match(out, /MOF Class III/);
    },
  );
});
