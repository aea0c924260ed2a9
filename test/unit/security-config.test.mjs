// Config files cannot leak what they point at (issue 8, critical 2): a `.modelcard-lint.*` that is a symlink out of its
// directory (to /proc/self/environ, a key file, a YAML of secrets) is not read; a file that is not a regular file (a
// FIFO) does not block; parse errors name a position and a generic reason, never the file's text; and every message
// that names a config key reaches the terminal with its control characters escaped.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const run = (args, opts = {}) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30_000, ...opts });
const work = mkdtempSync(join(tmpdir(), 'mcl-config-sec-'));
after(() => rmSync(work, { recursive: true, force: true }));

const CARD = '---\nlicense: mit\n---\n# Model Card\n\n## Uses\n\nResearch on cards.\n';
const SECRET = 'SHELL=/bin/bash\nAWS_SECRET_ACCESS_KEY=hunter2hunter2\n';

let n = 0;
function project(configName, setup) {
  const root = join(work, `p${n++}`);
  const repo = join(root, 'repo');
  mkdirSync(repo, { recursive: true });
  writeFileSync(join(repo, 'MODEL_CARD.md'), CARD);
  setup({ root, repo, config: join(repo, configName) });
  return repo;
}
const all = (r) => r.stdout + r.stderr;

describe('config files from strangers', () => {
  it('does not read a JSON config that is a symlink to a file outside its directory', () => {
    const repo = project('.modelcard-lint.json', ({ root, config }) => {
      writeFileSync(join(root, 'secrets.env'), SECRET);
      symlinkSync(join(root, 'secrets.env'), config);
    });
    const r = run([join(repo, 'MODEL_CARD.md')]);
    assert.equal(r.status, 2, all(r));
    assert.match(r.stderr, /\.modelcard-lint\.json: is a symbolic link to a file outside its directory; not read/);
    assert.doesNotMatch(all(r), /SHELL|hunter2|AWS/);
  });

  it('does not read /proc/self/environ through a symlink', () => {
    const repo = project('.modelcard-lint.json', ({ config }) => symlinkSync('/proc/self/environ', config));
    const r = run([join(repo, 'MODEL_CARD.md')], { env: { ...process.env, LEAK_ME: 'topsecretvalue' } });
    assert.equal(r.status, 2);
    assert.doesNotMatch(all(r), /topsecretvalue|PATH=|HOME=/);
  });

  it('does not leak the key names of a YAML file outside the tree', () => {
    const repo = project('.modelcard-lint.yaml', ({ root, config }) => {
      writeFileSync(join(root, 'vault.yaml'), 'database_password_for_prod: x\nprivate_api_token: y\n');
      symlinkSync(join(root, 'vault.yaml'), config);
    });
    const r = run([join(repo, 'MODEL_CARD.md')]);
    assert.equal(r.status, 2);
    assert.doesNotMatch(all(r), /database_password|private_api_token/);
  });

  it('follows a symlink that stays inside the config directory', () => {
    const repo = project('.modelcard-lint.yaml', ({ repo: dir, config }) => {
      mkdirSync(join(dir, 'conf'));
      writeFileSync(
        join(dir, 'conf', 'lint.yaml'),
        'rules:\n  undisclosed-license: error\n  undisclosed-intended-use: off\n',
      );
      symlinkSync(join(dir, 'conf', 'lint.yaml'), config);
    });
    const r = run(['--format', 'json', join(repo, 'MODEL_CARD.md')]);
    assert.equal(r.stderr, '');
    const rules = JSON.parse(r.stdout).results[0].diagnostics.map((d) => d.rule);
    assert.ok(!rules.includes('undisclosed-intended-use'), 'the linked config was not applied');
  });

  it('quotes nothing of a config file with a syntax error', () => {
    const json = project('.modelcard-lint.json', ({ config }) => writeFileSync(config, SECRET));
    let r = run([join(json, 'MODEL_CARD.md')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.modelcard-lint\.json: not valid JSON: syntax error/);
    assert.doesNotMatch(all(r), /SHELL|hunter2/);
    const yaml = project('.modelcard-lint.yaml', ({ config }) => writeFileSync(config, 'a: b\n  secret_c: d: e\n'));
    r = run([join(yaml, 'MODEL_CARD.md')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /not valid YAML: [a-z ]+ at line \d+, column \d+/);
    assert.doesNotMatch(all(r), /secret_c/);
  });

  it('does not block on a FIFO named like a config file', { skip: process.platform === 'win32' }, () => {
    const repo = project('.modelcard-lint.yaml', ({ config }) => spawnSync('mkfifo', [config]));
    const r = run([join(repo, 'MODEL_CARD.md')]);
    assert.notEqual(r.error?.code, 'ETIMEDOUT', 'the CLI blocked on the FIFO');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /is not a regular file; not read/);
  });

  it('refuses a config file larger than 256 KiB without reading it into a message', () => {
    const repo = project('.modelcard-lint.yaml', ({ config }) =>
      writeFileSync(config, `# ${'x'.repeat(300 * 1024)}\n`),
    );
    const r = run([join(repo, 'MODEL_CARD.md')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /larger than 256 KiB; not read/);
  });

  it('escapes control characters of config keys in messages', () => {
    const repo = project('.modelcard-lint.json', ({ config }) =>
      writeFileSync(config, JSON.stringify({ '\u001b[2J\u001b[Hfake': 1 })),
    );
    const r = run([join(repo, 'MODEL_CARD.md')]);
    assert.equal(r.status, 2);
    assert.ok(!r.stderr.includes('\u001b'), JSON.stringify(r.stderr));
    assert.match(r.stderr, /\\x1b\[2J/);
  });

  it('never reads a config above the tree: a parent directory of the working directory cannot silence it', () => {
    const repo = project('.modelcard-lint.yaml', ({ root }) => {
      writeFileSync(join(root, '.modelcard-lint.yaml'), 'ignores: ["**"]\n');
    });
    writeFileSync(join(repo, 'MODEL_CARD.md'), '---\nlicense: not-a-licence\n---\n# Model Card\n');
    const r = run(['--format', 'json', '.'], { cwd: repo });
    assert.equal(r.status, 1, all(r));
    assert.ok(JSON.parse(r.stdout).results.some((x) => x.diagnostics.some((d) => d.rule === 'invalid-license-id')));
  });

  it('reads the repository root config from a subdirectory of a git checkout', () => {
    const repo = project('.modelcard-lint.yaml', ({ config }) => {
      writeFileSync(config, 'rules:\n  invalid-license-id: off\n');
    });
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'sub'));
    writeFileSync(join(repo, 'sub', 'MODEL_CARD.md'), '---\nlicense: not-a-licence\n---\n# Model Card\n');
    const r = run(['--format', 'json', '.'], { cwd: join(repo, 'sub') });
    assert.ok(
      !JSON.parse(r.stdout).results.some((x) => x.diagnostics.some((d) => d.rule === 'invalid-license-id')),
      all(r),
    );
  });
});
