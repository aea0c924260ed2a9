#!/usr/bin/env node
// `modelcard-lint-server` entry: loads the bundled server through a V8 code cache so later starts skip most of the
// JavaScript compilation (Node 20 has no module.enableCompileCache). V8 accepts a cache built from any source of the
// same length, so the cache is code: it lives only in a per-user directory (mode 0700, owned by this user, not a
// symlink), its file name carries the SHA-256 of the exact bundle bytes, and its header repeats that hash and the
// hash of the cache data. Anything that fails a check is ignored and the bundle is compiled from source (SECURITY.md).
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const MAGIC = 'MCLCACHE1\n';
const file = path.join(__dirname, 'server-main.js');
const bytes = fs.readFileSync(file);
const source = bytes.toString('utf8');
const bundleHash = crypto.createHash('sha256').update(bytes).digest('hex');

/** The per-user cache directory, created 0700; null when there is none we can trust. */
function cacheDir() {
  if (process.env.MODELCARD_LINT_NO_CODE_CACHE) return null;
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  let base;
  if (process.platform === 'win32') base = process.env.LOCALAPPDATA;
  else if (process.platform === 'darwin') base = path.join(os.homedir(), 'Library', 'Caches');
  else
    base =
      process.env.XDG_CACHE_HOME && path.isAbsolute(process.env.XDG_CACHE_HOME)
        ? process.env.XDG_CACHE_HOME
        : path.join(os.homedir(), '.cache');
  if (!base || !path.isAbsolute(base)) return null;
  const dir = path.join(base, 'modelcard-lint');
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(dir);
    if (!st.isDirectory() || st.isSymbolicLink()) return null;
    if (uid !== null && (st.uid !== uid || (st.mode & 0o077) !== 0)) return null;
    return dir;
  } catch {
    return null;
  }
}

const dir = cacheDir();
const cacheFile = dir ? path.join(dir, `server-${process.version}-${bundleHash.slice(0, 32)}.bin`) : null;

/** The cached data when the file is ours and its header matches this bundle, else undefined. */
function readCache() {
  if (!cacheFile) return undefined;
  let fd;
  try {
    fd = fs.openSync(cacheFile, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW || 0));
    const st = fs.fstatSync(fd);
    const uid = typeof process.getuid === 'function' ? process.getuid() : null;
    if (!st.isFile() || st.size > 64 * 1024 * 1024) return undefined;
    if (uid !== null && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
    const buf = Buffer.alloc(st.size);
    fs.readSync(fd, buf, 0, st.size, 0);
    const headerLength = MAGIC.length + 64 + 1 + 64 + 1;
    if (buf.length <= headerLength || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
    const header = buf.toString('latin1', MAGIC.length, headerLength);
    const data = buf.subarray(headerLength);
    const dataHash = crypto.createHash('sha256').update(data).digest('hex');
    if (header !== `${bundleHash}\n${dataHash}\n`) return undefined;
    return data;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

const cachedData = readCache();
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: undefined });
const mod = new Module(file, module);
mod.filename = file;
mod.paths = Module._nodeModulePaths(__dirname);
const fn = script.runInThisContext();
fn.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, __dirname);

function writeCache() {
  if (!cacheFile) return;
  const tmp = `${cacheFile}.${crypto.randomBytes(8).toString('hex')}.tmp`;
  try {
    // V8 stamps the cache with the flags that differ from their defaults; the server changes one (its young
    // generation cap) and lends a way to write with the defaults a fresh process starts with (lsp/main.ts).
    const withDefaultFlags = globalThis[Symbol.for('modelcard-lint.withDefaultFlags')];
    const data =
      typeof withDefaultFlags === 'function'
        ? withDefaultFlags(() => script.createCachedData())
        : script.createCachedData();
    const dataHash = crypto.createHash('sha256').update(data).digest('hex');
    // 'wx': never follow or reuse a file someone else put there.
    fs.writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}${bundleHash}\n${dataHash}\n`, 'latin1'), data]), {
      flag: 'wx',
      mode: 0o600,
    });
    fs.renameSync(tmp, cacheFile);
    pruneOldCaches();
  } catch {
    // A read-only or full cache directory only means no cache.
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never created, or already gone
    }
  }
}

/** Each release (and each development build) writes a cache of its own: remove the other versions' caches and
 * temporary files once they are a week old, so the directory does not grow with every update. Only regular files of
 * this user with a cache's name are touched (a release still in use elsewhere just compiles from source once more). */
const CACHE_NAME = /^server-v\d{1,3}\.\d{1,3}\.\d{1,3}-[0-9a-f]{32}\.bin(?:\.[0-9a-f]{16}\.tmp)?$/;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
function pruneOldCaches() {
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  const now = Date.now();
  for (const name of fs.readdirSync(dir).slice(0, 1000)) {
    if (!CACHE_NAME.test(name) || path.join(dir, name) === cacheFile) continue;
    try {
      const st = fs.lstatSync(path.join(dir, name));
      if (!st.isFile() || (uid !== null && st.uid !== uid) || now - st.mtimeMs < WEEK_MS) continue;
      fs.unlinkSync(path.join(dir, name));
    } catch {
      // gone already, or not ours to remove
    }
  }
}

// Saved right away (a server may be stopped any time), and once more after the first lint so the functions
// compiled for linting are in the cache too.
const missing = cachedData === undefined || script.cachedDataRejected;
if (missing) writeCache();
let refreshed = !missing;
globalThis[Symbol.for('modelcard-lint.writeCodeCache')] = () => {
  if (refreshed) return;
  refreshed = true;
  writeCache();
};
