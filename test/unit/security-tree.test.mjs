// The CLI never reads or writes outside the tree it was pointed at and always answers (issue 8): a symlink to `/` is
// not walked, a symlink loop lints a card once, a hostile `ignores:` glob is refused instead of hanging, a 700 MiB file
// is reported with input-limit while the other files are still linted, a hard-linked card stays one file after
// --fix, and an edit made while --fix runs is never lost.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const run = (args, opts = {}) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20, ...opts });
const work = mkdtempSync(join(tmpdir(), 'mcl-tree-'));
after(() => rmSync(work, { recursive: true, force: true }));
const CARD = '---\nlicense: mit\nlanguage:\n- en\n- no\n---\n# Model card\n\n## Uses\n\nResearch on cards.\n';

let n = 0;
function tree(files = {}) {
  const dir = join(work, `t${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return dir;
}
const results = (r) => JSON.parse(r.stdout).results;

describe('walks stay inside the tree', () => {
  it('does not walk a symlink to / and lints a card behind a symlink loop once', () => {
    const dir = tree({ 'a/MODEL_CARD.md': CARD });
    symlinkSync('/', join(dir, 'root'));
    symlinkSync('..', join(dir, 'a', 'loop'));
    const r = run(['--format', 'json', dir]);
    assert.notEqual(r.error?.code, 'ETIMEDOUT');
    assert.deepEqual(
      results(r).map((x) => x.file.slice(-15)),
      ['a/MODEL_CARD.md'],
    );
  });

  it('skips a symlinked file that points outside, and says so with --fix', () => {
    const outside = tree({ 'secret.md': CARD });
    const dir = tree({ 'MODEL_CARD.md': CARD });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'README.md'));
    const r = run(['--format', 'json', '--fix', dir]);
    assert.deepEqual(
      results(r).map((x) => x.file.split('/').pop()),
      ['MODEL_CARD.md'],
    );
    assert.match(r.stderr, /README\.md: skipped \(a symbolic link to a file outside the tree\)/);
    assert.equal(readFileSync(join(outside, 'secret.md'), 'utf8'), CARD);
  });

  it('honours .gitignore in directory walks', () => {
    const dir = tree({ 'MODEL_CARD.md': CARD, 'vendor/MODEL_CARD.md': CARD, '.gitignore': 'vendor/\n' });
    assert.deepEqual(
      results(run(['--format', 'json', dir])).map((x) => x.file.split('/').slice(-2).join('/')),
      [`${dir.split('/').pop()}/MODEL_CARD.md`],
    );
  });
});

describe('hostile globs and sizes', () => {
  it('refuses an exponential extglob in ignores instead of hanging', () => {
    const dir = tree({ [`${'a'.repeat(36)}.md`]: CARD, '.modelcard-lint.yaml': 'ignores: ["+(a|a)x"]\n' });
    const r = run(['--format', 'json', dir], { timeout: 30_000 });
    assert.notEqual(r.error?.code, 'ETIMEDOUT', 'hung on the glob');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /ignores\[0\]: the glob uses an extglob/);
  });

  it('refuses a glob with many stars in one segment', () => {
    const dir = tree({
      'MODEL_CARD.md': CARD,
      '.modelcard-lint.yaml': 'overrides:\n  - files: ["*a*a*a*a*a*b"]\n    rules: {}\n',
    });
    const r = run([join(dir, 'MODEL_CARD.md')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /more than 2 `\*` in one path segment/);
  });

  it('reports a 700 MiB file with input-limit without reading it, and lints the others', () => {
    const dir = tree({ 'MODEL_CARD.md': CARD });
    const big = join(dir, 'big.md');
    writeFileSync(big, '');
    truncateSync(big, 700 * 1024 * 1024); // sparse: no disk used
    const r = run(['--format', 'json', big, join(dir, 'MODEL_CARD.md')]);
    const res = results(r);
    assert.equal(res.length, 2);
    assert.ok(
      res[0].diagnostics.some((d) => d.rule === 'input-limit' && /MiB/.test(d.message)),
      JSON.stringify(res[0]),
    );
    assert.equal(res[1].kind, 'model-card');
  });

  it('a file of 20 MB of newlines is refused with input-limit, no crash', () => {
    const dir = tree({});
    const f = join(dir, 'MODEL_CARD.md');
    writeFileSync(f, '\n'.repeat(20 * 1024 * 1024));
    const r = run(['--format', 'json', f]);
    assert.equal(r.status, 1, r.stderr);
    assert.ok(results(r)[0].diagnostics.some((d) => d.rule === 'input-limit'));
  });
});

describe('--fix keeps every file whole', () => {
  it('a hard-linked card stays one file', () => {
    const dir = tree({ 'MODEL_CARD.md': CARD });
    linkSync(join(dir, 'MODEL_CARD.md'), join(dir, 'alias.md'));
    run(['--fix', join(dir, 'MODEL_CARD.md')]);
    assert.equal(statSync(join(dir, 'MODEL_CARD.md')).ino, statSync(join(dir, 'alias.md')).ino);
    assert.match(readFileSync(join(dir, 'alias.md'), 'utf8'), /- "no"/);
  });

  it('an edit made while --fix runs is never lost', async () => {
    // A big card keeps the CLI busy between reading and writing; the append lands somewhere in that window (or
    // before the read). Either the CLI refuses (exit 2, the file has the append) or it read the appended text.
    const dir = tree({
      'MODEL_CARD.md': CARD + 'Filler paragraph with enough words to take time.\n\n'.repeat(120_000),
    });
    const file = join(dir, 'MODEL_CARD.md');
    const child = spawn(process.execPath, [cli, '--fix', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    await new Promise((r) => setTimeout(r, 400));
    appendFileSync(file, '\nMARKER-EDIT-DURING-FIX\n');
    const code = await new Promise((r) => child.on('close', r));
    assert.match(
      readFileSync(file, 'utf8'),
      /MARKER-EDIT-DURING-FIX/,
      `the concurrent edit was lost (exit ${code}: ${stderr})`,
    );
    if (code === 2) assert.match(stderr, /changed since it was read/);
  });

  it('a planted symbolic link cannot redirect the write: the temp file is created exclusively under a random name', () => {
    const dir = tree({ 'README.md': CARD });
    const outside = join(work, `outside-${n++}.txt`);
    writeFileSync(outside, 'SECRET\n', { mode: 0o600 });
    // write-file-atomic's predictable names (file name + hash + pid + counter) and a few obvious ones, all pointing out.
    for (let i = 0; i < 64; i++) symlinkSync(outside, join(dir, `README.md.${i}.tmp`));
    for (let i = 0; i < 64; i++) symlinkSync(outside, join(dir, `.README.md.${i}.tmp`));
    const r = run(['--fix', '--format', 'json', dir], { cwd: dir });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.equal(readFileSync(outside, 'utf8'), 'SECRET\n');
    assert.equal(statSync(outside).mode & 0o777, 0o600);
    assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), /- "no"/);
  });
});

describe('a walk cut short is never a pass', () => {
  it('over 200,000 entries: the files beyond are named as not linted and the run exits 2', () => {
    const dir = tree({ 'zzz/README.md': '---\nlicense: nope\n---\n# Model card\n\n## Uses\n\nResearch.\n' });
    mkdirSync(join(dir, 'aaa'));
    for (let i = 0; i <= 200_000; i++) writeFileSync(join(dir, 'aaa', `f${i}.txt`), '');
    const r = run(['--format', 'json', dir], { cwd: dir });
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /stopped after 200,000 entries; files beyond were not linted/);
    rmSync(join(dir, 'aaa'), { recursive: true, force: true });
  });

  it('directories deeper than 64 levels are reported as skipped, not silently left out', () => {
    const deep = Array.from({ length: 70 }, (_, i) => `d${i}`).join('/');
    const dir = tree({ [`${deep}/README.md`]: '---\nlicense: mit\n---\n# Model card\n' });
    const r = run(['--format', 'json', dir], { cwd: dir });
    assert.match(r.stderr, /skipped \(deeper than 64 directory levels: not walked\)/);
  });
});
