// The server's V8 code cache cannot be used to run someone else's code (issue 8, critical 1). V8 accepts cached data
// built from any source of the same length, so a planted cache is code. The test builds exactly such a cache (a
// function that writes a marker file), plants it where an attacker could, and starts the real server entry: the
// marker must never appear. A positive control plants the same cache where the loader trusts it, proving the
// planted cache would run if the loader's checks were gone.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { TestClient } from '../lsp/client.mjs';

const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
const BUNDLE = fileURLToPath(new URL('../../dist/server-main.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'mcl-cache-'));
after(() => rmSync(work, { recursive: true, force: true }));

const bytes = readFileSync(BUNDLE);
const bundleHash = createHash('sha256').update(bytes).digest('hex');
const wrappedLength = Module.wrap(bytes.toString('utf8')).length;

/** Cached data for a function of the bundle's exact wrapped length that writes `marker`. */
function evilCache(marker) {
  const body = `(function (exports, require, module, __filename, __dirname) { require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned'); process.exit(0); })`;
  const padded = body.slice(0, -2) + ' '.repeat(wrappedLength - body.length) + body.slice(-2);
  assert.equal(padded.length, wrappedLength);
  const script = new vm.Script(padded, { filename: 'evil.js' });
  return script.createCachedData();
}

const withHeader = (data) =>
  Buffer.concat([
    Buffer.from(`MCLCACHE1\n${bundleHash}\n${createHash('sha256').update(data).digest('hex')}\n`, 'latin1'),
    data,
  ]);
const goodName = `server-${process.version}-${bundleHash.slice(0, 32)}.bin`;

function start(env) {
  return spawnSync(process.execPath, [SERVER, '--version'], {
    env: { ...process.env, MODELCARD_LINT_NO_CODE_CACHE: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function caseDir(name) {
  const d = join(work, name);
  mkdirSync(d, { recursive: true });
  return d;
}

describe('V8 code cache', () => {
  it('ignores a cache planted in the shared temporary directory (the old location)', () => {
    const d = caseDir('tmp');
    const marker = join(d, 'marker');
    const old = join(d, 'modelcard-lint-cache');
    mkdirSync(old);
    const stamp = `${bytes.toString('utf8').length}-${statSync(BUNDLE).mtimeMs | 0}`;
    writeFileSync(join(old, `server-${process.version}-${stamp}.bin`), evilCache(marker));
    const r = start({ TMPDIR: d, XDG_CACHE_HOME: join(d, 'home-cache'), HOME: d });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^\d+\.\d+\.\d+/);
    assert.equal(existsSync(marker), false, 'the planted cache ran');
  });

  it('creates its per-user directory 0700 and writes a cache keyed by the bundle hash', () => {
    const d = caseDir('fresh');
    const r = start({ XDG_CACHE_HOME: d });
    assert.equal(r.status, 0, r.stderr);
    const dir = join(d, 'modelcard-lint');
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    const files = readdirSync(dir);
    assert.deepEqual(files, [goodName]);
    assert.equal(statSync(join(dir, goodName)).mode & 0o777, 0o600);
    assert.equal(readFileSync(join(dir, goodName)).subarray(0, 10).toString(), 'MCLCACHE1\n');
  });

  it('reuses the cache it wrote: a second session, after a lint, neither rejects nor rewrites it', async () => {
    // The server changes a V8 flag to cap its young generation (server/src/node/young-generation.ts); V8 stamps a
    // cache with the flags of the process that wrote it, so a cache written after that change was rejected by every
    // later start, which then compiled the bundle from source and wrote the cache again.
    const d = caseDir('reuse');
    const file = join(d, 'modelcard-lint', goodName);
    const session = async () => {
      const client = new TestClient({ env: { XDG_CACHE_HOME: d, MODELCARD_LINT_NO_CODE_CACHE: '' } });
      try {
        await client.initialize();
        const uri = 'file:///reuse/README.md';
        await client.open(uri, '---\nlicense: mit\n---\n# A model\n\nA small model.\n');
        const p = await client.waitForDiagnostics(uri, (x) => x.version === 1, 30_000);
        assert.ok(p.diagnostics.length > 0, 'the card was not linted');
        assert.equal(await client.shutdown(), 0);
      } finally {
        client.kill();
      }
      const st = statSync(file);
      return `${st.ino}:${st.mtimeMs}`;
    };
    const first = await session();
    assert.equal(await session(), first, 'the second start rewrote the cache: V8 rejected it');
  });

  it("removes other versions' caches once they are a week old, and nothing else", () => {
    const d = caseDir('prune');
    const dir = join(d, 'modelcard-lint');
    mkdirSync(dir, { mode: 0o700 });
    chmodSync(dir, 0o700);
    // Fixed, long past: the test reads no clock (the recent file keeps the mtime the file system gave it).
    const old = new Date('2001-01-01T00:00:00Z');
    const oldCache = `server-v18.0.0-${'a'.repeat(32)}.bin`;
    const oldTmp = `server-v18.0.0-${'b'.repeat(32)}.bin.${'c'.repeat(16)}.tmp`;
    const recent = `server-v19.0.0-${'d'.repeat(32)}.bin`;
    const other = 'notes.txt';
    for (const f of [oldCache, oldTmp, recent, other]) writeFileSync(join(dir, f), 'x', { mode: 0o600 });
    for (const f of [oldCache, oldTmp, other]) utimesSync(join(dir, f), old, old);
    // An old directory with a cache's name is not a file: left alone.
    const oldDir = `server-v17.0.0-${'e'.repeat(32)}.bin`;
    mkdirSync(join(dir, oldDir));
    utimesSync(join(dir, oldDir), old, old);
    assert.equal(start({ XDG_CACHE_HOME: d }).status, 0);
    assert.deepEqual(readdirSync(dir).sort(), [goodName, oldDir, other, recent].sort());
  });

  it('positive control: a cache in a trusted directory is code (so the checks below are what protect)', () => {
    const d = caseDir('control');
    const dir = join(d, 'modelcard-lint');
    mkdirSync(dir, { mode: 0o700 });
    chmodSync(dir, 0o700);
    const marker = join(d, 'marker');
    writeFileSync(join(dir, goodName), withHeader(evilCache(marker)), { mode: 0o600 });
    start({ XDG_CACHE_HOME: d });
    assert.equal(existsSync(marker), true, 'V8 rejected the crafted cache: this test no longer proves anything');
  });

  it('ignores a cache whose header does not match the bundle and data', () => {
    const d = caseDir('header');
    const dir = join(d, 'modelcard-lint');
    mkdirSync(dir, { mode: 0o700 });
    chmodSync(dir, 0o700);
    const marker = join(d, 'marker');
    // Raw V8 data without our header (what the old loader wrote), and a header for another bundle.
    writeFileSync(join(dir, goodName), evilCache(marker), { mode: 0o600 });
    assert.equal(start({ XDG_CACHE_HOME: d }).status, 0);
    assert.equal(existsSync(marker), false);
    const other = Buffer.concat([
      Buffer.from(`MCLCACHE1\n${'0'.repeat(64)}\n${'0'.repeat(64)}\n`, 'latin1'),
      evilCache(marker),
    ]);
    writeFileSync(join(dir, goodName), other, { mode: 0o600 });
    assert.equal(start({ XDG_CACHE_HOME: d }).status, 0);
    assert.equal(existsSync(marker), false);
  });

  it('ignores a cache directory that others may write to, that is a symlink, or that another user owns', () => {
    const marker = join(work, 'perm-marker');
    // World-writable directory.
    const open = caseDir('open');
    const dir = join(open, 'modelcard-lint');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    writeFileSync(join(dir, goodName), withHeader(evilCache(marker)), { mode: 0o600 });
    assert.equal(start({ XDG_CACHE_HOME: open }).status, 0);
    assert.equal(existsSync(marker), false, 'world-writable directory trusted');
    // Symlink to a directory that would otherwise pass.
    const linked = caseDir('linked');
    const real = join(linked, 'real');
    mkdirSync(real, { mode: 0o700 });
    chmodSync(real, 0o700);
    writeFileSync(join(real, goodName), withHeader(evilCache(marker)), { mode: 0o600 });
    symlinkSync(real, join(linked, 'modelcard-lint'));
    assert.equal(start({ XDG_CACHE_HOME: linked }).status, 0);
    assert.equal(existsSync(marker), false, 'symlinked directory trusted');
    // A group-writable cache file inside a good directory.
    const gw = caseDir('group-writable');
    const gdir = join(gw, 'modelcard-lint');
    mkdirSync(gdir, { mode: 0o700 });
    chmodSync(gdir, 0o700);
    writeFileSync(join(gdir, goodName), withHeader(evilCache(marker)));
    chmodSync(join(gdir, goodName), 0o666);
    assert.equal(start({ XDG_CACHE_HOME: gw }).status, 0);
    assert.equal(existsSync(marker), false, 'group-writable cache file trusted');
  });

  it(
    'ignores a directory or file owned by another user',
    { skip: process.getuid?.() !== 0 && 'needs root to chown' },
    () => {
      const marker = join(work, 'owner-marker');
      const d = caseDir('owner');
      const dir = join(d, 'modelcard-lint');
      mkdirSync(dir, { mode: 0o700 });
      chmodSync(dir, 0o700);
      writeFileSync(join(dir, goodName), withHeader(evilCache(marker)), { mode: 0o600 });
      chownSync(dir, 4242, 4242);
      assert.equal(start({ XDG_CACHE_HOME: d }).status, 0);
      assert.equal(existsSync(marker), false, 'directory of another user trusted');
      chownSync(dir, 0, 0);
      chownSync(join(dir, goodName), 4242, 4242);
      assert.equal(start({ XDG_CACHE_HOME: d }).status, 0);
      assert.equal(existsSync(marker), false, 'file of another user trusted');
    },
  );
});
