// `modelcard-lint --fix` never loses data (issue 5), through the real CLI on temporary copies: the write is atomic
// (a new file renamed over the old one, no temp files left, content complete, mode and symlinks kept), CRLF and BOM
// survive byte for byte outside the fixed spans, read-only files are refused with exit 2 and left untouched (also
// when running as root, which the OS lets write anything), and files that are not valid UTF-8 are never rewritten.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fixAll, lint } from './engine.mjs';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'mcl-fix-'));
let n = 0;

/** A fresh directory holding `files` ({ name: Buffer | string }). */
function workspace(files) {
  const dir = join(root, `ws${n++}`);
  spawnSync('mkdir', ['-p', dir]);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function cli(args, opts = {}) {
  const res = spawnSync(process.execPath, [CLI, '--format', 'json', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    ...opts,
  });
  assert.equal(res.signal, null, `CLI killed: ${res.stderr}`);
  return res;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const crlf = (lines) => lines.join('\r\n') + '\r\n';
// Fixable: `no` (ambiguous boolean, quoted), a pipeline-tag typo, and the missing `openness:` block (inserted).
const CARD_LINES = [
  '---',
  'license: mit',
  'language: [en, no]',
  'pipeline_tag: text-generatoin',
  '---',
  '# Model 模型 😀',
  '',
  '## Uses',
  '',
  'Research only. Ünïcödé, emoji 🏳️‍🌈 and CJK 训练数据 stay as they are.',
  '',
];

/** Every `\n` in the buffer is preceded by `\r`. */
const allCrlf = (buf) => [...buf.entries()].every(([i, b]) => b !== 0x0a || buf[i - 1] === 0x0d);

after(() => {
  // Read-only files inside must not stop the clean-up.
  spawnSync('chmod', ['-R', 'u+w', root]);
  rmSync(root, { recursive: true, force: true });
});

describe('--fix never loses data', () => {
  it('keeps the BOM and CRLF byte for byte and writes exactly the engine fix-all output', () => {
    const original = Buffer.concat([BOM, Buffer.from(crlf(CARD_LINES))]);
    const dir = workspace({ 'README.md': original });
    const file = join(dir, 'README.md');
    const res = cli(['--fix', file]);
    assert.ok(res.status === 0 || res.status === 1, res.stderr);
    const out = readFileSync(file);
    assert.ok(out.subarray(0, 3).equals(BOM) && !out.subarray(3, 6).equals(BOM), 'the BOM is kept, once');
    assert.ok(allCrlf(out), 'no bare LF was written into a CRLF file');
    const text = original.toString('utf8');
    const expected = fixAll(text, file, { kind: 'model-card' });
    assert.ok(expected.changed);
    assert.equal(out.toString('utf8'), expected.output, 'the file holds the complete fixed text');
    // The changed bytes lie within the spans the first pass of fixes edits; every other line is kept as it was.
    const edits = lint(text, file, { kind: 'model-card' }).findings.flatMap((f) => (f.fix ? f.fix.edits : []));
    const touched = (lineStart, lineEnd) => edits.some((e) => e.start <= lineEnd && e.end >= lineStart);
    const body = text.slice(1);
    let at = 0;
    const outText = out.toString('utf8').slice(1);
    for (const line of body.split('\r\n')) {
      const start = at;
      at += line.length + 2;
      if (touched(start, start + line.length)) continue;
      assert.ok(
        outText.includes(line + '\r\n') || (line === '' && outText.endsWith('\r\n')),
        `untouched line lost: ${JSON.stringify(line)}`,
      );
    }
    assert.match(out.toString('utf8'), /language: \[en, "no"\]\r\n/);
    assert.match(
      out.toString('utf8'),
      /pipeline_tag: text-generation\r\nopenness:\r\n {2}pretraining_code: unknown\r\n/,
    );
  });

  it('replaces the file atomically: new inode, same mode, no temp files left', () => {
    const dir = workspace({ 'MODEL_CARD.md': crlf(CARD_LINES), 'other.txt': 'keep me' });
    const file = join(dir, 'MODEL_CARD.md');
    chmodSync(file, 0o640);
    const before = statSync(file);
    const names = readdirSync(dir).sort();
    const res = cli(['--fix', file]);
    assert.ok(res.status === 0 || res.status === 1, res.stderr);
    const now = statSync(file);
    assert.notEqual(now.ino, before.ino, 'written to a temp file and renamed, not rewritten in place');
    assert.equal(now.mode & 0o777, 0o640, 'mode kept');
    assert.deepEqual(readdirSync(dir).sort(), names, 'no temp files left behind');
    assert.equal(readFileSync(join(dir, 'other.txt'), 'utf8'), 'keep me');
  });

  it('is idempotent: a second --fix leaves the file byte-identical', () => {
    const dir = workspace({ 'README.md': Buffer.concat([BOM, Buffer.from(crlf(CARD_LINES))]) });
    const file = join(dir, 'README.md');
    cli(['--fix', file]);
    const once = readFileSync(file);
    const ino = statSync(file).ino;
    cli(['--fix', file]);
    assert.ok(readFileSync(file).equals(once));
    assert.equal(statSync(file).ino, ino, 'nothing to fix: the file is not rewritten');
  });

  it('keeps LF lines LF and CRLF lines CRLF in a mixed file', () => {
    const text = ['---\r\n', 'license: mit\n', 'language: [en, no]\r\n', '---\n', '# Model\r\n', '\n', 'Text.\n'].join(
      '',
    );
    const dir = workspace({ 'README.md': text });
    const file = join(dir, 'README.md');
    cli(['--fix', file]);
    const out = readFileSync(file, 'utf8');
    assert.equal(out, fixAll(text, file, { kind: 'model-card' }).output);
    for (const line of ['---\r\n', 'license: mit\n', '# Model\r\n', '\nText.\n'])
      assert.ok(out.includes(line), JSON.stringify(line));
  });

  it('refuses a read-only file with exit 2 and leaves it untouched, even as root', () => {
    const original = Buffer.concat([BOM, Buffer.from(crlf(CARD_LINES))]);
    const dir = workspace({ 'README.md': original });
    const file = join(dir, 'README.md');
    chmodSync(file, 0o444);
    const before = statSync(file);
    const res = cli(['--fix', file]);
    assert.equal(res.status, 2, `exit ${res.status}; stderr: ${res.stderr}`);
    assert.match(res.stderr, /read-only; fixes not applied/);
    assert.ok(readFileSync(file).equals(original), 'content untouched');
    const now = statSync(file);
    assert.equal(now.ino, before.ino);
    assert.equal(now.mode & 0o777, 0o444);
    assert.deepEqual(readdirSync(dir), ['README.md'], 'no temp files');
    // The report is still printed, for the text as it is on disk.
    const report = JSON.parse(res.stdout);
    assert.ok(report.results[0].diagnostics.some((d) => d.rule === 'ambiguous-yaml-boolean'));
  });

  it('fixes the writable files of a run and refuses the read-only one (exit 2)', () => {
    const dir = workspace({ 'a.md': crlf(CARD_LINES), 'b.md': crlf(CARD_LINES) });
    chmodSync(join(dir, 'b.md'), 0o444);
    const res = cli(['--fix', join(dir, 'a.md'), join(dir, 'b.md')]);
    assert.equal(res.status, 2, res.stderr);
    assert.notEqual(readFileSync(join(dir, 'a.md'), 'utf8'), crlf(CARD_LINES));
    assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), crlf(CARD_LINES));
  });

  it('never rewrites a file that is not valid UTF-8', () => {
    const original = Buffer.concat([
      Buffer.from('---\nlicense: mit\nlanguage: [en, no]\n---\n# Model \xe9t\xe9 '),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
      Buffer.from('\n'),
    ]);
    const dir = workspace({ 'README.md': original });
    const file = join(dir, 'README.md');
    const ino = statSync(file).ino;
    const res = cli(['--fix', file]);
    assert.equal(res.status, 1, res.stderr);
    assert.match(res.stderr, /not valid UTF-8; not fixed/);
    assert.ok(readFileSync(file).equals(original), 'bytes untouched');
    assert.equal(statSync(file).ino, ino);
    const report = JSON.parse(res.stdout);
    assert.ok(report.results[0].diagnostics.some((d) => d.rule === 'input-limit' && /not valid UTF-8/.test(d.message)));
  });

  it('leaves binary content (valid UTF-8 with NUL bytes) untouched', () => {
    const original = Buffer.from('---\nlicense: mit\nlanguage: [en, no]\n---\n# Model\n\u0000\u0001\u0002 binary\n');
    const dir = workspace({ 'MODEL_CARD.md': original });
    const file = join(dir, 'MODEL_CARD.md');
    const res = cli(['--fix', file]);
    assert.equal(res.status, 1, res.stderr);
    assert.ok(readFileSync(file).equals(original));
  });

  it('writes through a symlink to a target inside the tree and keeps the link; refuses one pointing outside', () => {
    const dir = workspace({ 'target.md': crlf(CARD_LINES) });
    symlinkSync(join(dir, 'target.md'), join(dir, 'README.md'));
    cli(['--fix', join(dir, 'README.md')]);
    assert.ok(lstatSync(join(dir, 'README.md')).isSymbolicLink(), 'still a symlink');
    assert.match(readFileSync(join(dir, 'target.md'), 'utf8'), /language: \[en, "no"\]\r\n/);
    assert.deepEqual(readdirSync(dir).sort(), ['README.md', 'target.md']);
    const outside = workspace({ 'secret.md': crlf(CARD_LINES) });
    const tree = workspace({});
    symlinkSync(join(outside, 'secret.md'), join(tree, 'README.md'));
    const before = readFileSync(join(outside, 'secret.md'));
    const res = cli(['--fix', tree]);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stderr, /README\.md: skipped \(a symbolic link to a file outside the tree\)/);
    assert.deepEqual(readFileSync(join(outside, 'secret.md')), before, 'the file outside the tree was rewritten');
  });

  it('a run killed at any moment leaves the original or the complete fixed file, never a partial one', async () => {
    // ~1 MB of CRLF card: its write takes long enough that a kill can land inside it.
    const big = Buffer.concat([
      BOM,
      Buffer.from(
        crlf([...CARD_LINES, ...Array.from({ length: 12000 }, (_, i) => `Line ${i} of the card text, 😀 模型.`)]),
      ),
    ]);
    const dir = workspace({ 'README.md': big });
    const file = join(dir, 'README.md');
    cli(['--fix', file]);
    const fixed = readFileSync(file);
    assert.ok(!fixed.equals(big));
    // Kill points are what the run does to the directory (write.ts: a temp file beside the card, written, then renamed
    // over it), not moments on a clock: before anything, as soon as the temp file exists, at its first write, and when
    // the card is replaced.
    const tmp = (name) => name !== null && name.startsWith('.README.md.') && name.endsWith('.tmp');
    const points = [
      ['at start', () => true, big],
      ['when the temp file appears', (event, name) => event === 'rename' && tmp(name)],
      ['at the first write to the temp file', (event, name) => event === 'change' && tmp(name)],
      ['when the card is replaced', (event, name) => event === 'rename' && name === 'README.md', fixed],
    ];
    for (const [point, at, expected] of points) {
      writeFileSync(file, big);
      const watcher = watch(dir);
      const child = spawn(process.execPath, [CLI, '--fix', file], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      const kill = () => child.kill('SIGKILL');
      if (at()) child.once('spawn', kill);
      else watcher.on('change', (event, name) => at(event, name) && kill());
      const signal = await exited;
      watcher.close();
      // A Node process cannot have read, fixed and written 1 MB before it is up: the first kill surely lands.
      if (point === 'at start') assert.equal(signal, 'SIGKILL');
      const now = readFileSync(file);
      if (expected) assert.ok(now.equals(expected), `after a kill ${point}: ${now.length} bytes`);
      assert.ok(
        now.equals(big) || now.equals(fixed),
        `after a kill ${point}: ${now.length} bytes, neither the original (${big.length}) nor the fixed file (${fixed.length})`,
      );
    }
  });
});
