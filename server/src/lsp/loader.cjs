#!/usr/bin/env node
// `modelcard-lint-server` entry: loads the bundled server through a V8 code cache, so later starts skip most of
// the JavaScript compilation (Node 20 has no module.enableCompileCache). V8 rejects a cache that does not match
// the code, so a stale or foreign cache only costs the compile it would have cost anyway.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const file = path.join(__dirname, 'server-main.js');
const source = fs.readFileSync(file, 'utf8');
const stamp = `${source.length}-${fs.statSync(file).mtimeMs | 0}`;
const cacheDir = path.join(os.tmpdir(), 'modelcard-lint-cache');
const cacheFile = path.join(cacheDir, `server-${process.version}-${stamp}.bin`);

let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(Module.wrap(source), { filename: file, cachedData, importModuleDynamically: undefined });
const mod = new Module(file, module);
mod.filename = file;
mod.paths = Module._nodeModulePaths(__dirname);
const fn = script.runInThisContext();
fn.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, __dirname);

function writeCache() {
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
  } catch {
    // A read-only or full temp directory only means no cache.
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
