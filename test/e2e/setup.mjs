// Installs the pinned code-server (test/e2e/code-server) offline-safe and idempotently; `--check` only reports.
// Workarounds (see ../shared/e2e-recipes/FINDINGS.md): seed @vscode/ripgrep's download cache with Debian's rg,
// npm_config_unsafe_perm (postinstall refuses root otherwise), npm_config_yes (node-pty's `npx node-gyp` needs it),
// libkrb5-dev + pkg-config (the kerberos native module). Missing apt packages are installed when running as root.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isolatedEnv } from './lib/code-server.mjs';
import { CODE_SERVER_BIN, CODE_SERVER_DIR, E2E_CACHE } from './lib/paths.mjs';

// @vscode/ripgrep version pinned by code-server 4.100.3's lib/vscode, and the rg release it would download.
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_ASSET = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch];
const APT_NEEDED = ['libkrb5-dev', 'pkg-config', 'ripgrep', 'g++', 'make', 'python3'];
const STAMP = join(CODE_SERVER_DIR, 'node_modules', '.modelcard-lint-setup');

const log = (m) => console.log(`[setup] ${m}`);
const sh = (cmd, args, opts = {}) => spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status === 0;

function lockHash() {
  return createHash('sha256')
    .update(readFileSync(join(CODE_SERVER_DIR, 'package-lock.json')))
    .digest('hex');
}

/** True when code-server from the committed lockfile is already installed (no process spawned: fast). */
export function codeServerReady() {
  return existsSync(CODE_SERVER_BIN) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === lockHash();
}

function missingApt(pkgs) {
  return pkgs.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
}

function ensureApt(pkgs) {
  const missing = missingApt(pkgs);
  if (!missing.length) return true;
  if (process.getuid?.() !== 0) {
    console.error(
      `[setup] missing Debian packages: ${missing.join(' ')}\n        run: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
    return false;
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  return (
    sh('apt-get', ['update', '-qq'], { env }) &&
    sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env })
  );
}

function seedRipgrep(tmp) {
  if (!RIPGREP_ASSET) throw new Error(`no ripgrep asset name known for ${process.arch}`);
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep (rg) not found: apt-get install ripgrep');
  const cache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  const seed = join(E2E_CACHE, 'rgseed');
  mkdirSync(cache, { recursive: true });
  mkdirSync(seed, { recursive: true });
  copyFileSync(rg, join(seed, 'rg'));
  if (!sh('tar', ['czf', join(cache, `ripgrep-v13.0.0-10-${RIPGREP_ASSET}.tar.gz`), '-C', seed, 'rg']))
    throw new Error('could not build the ripgrep seed');
}

export function setup() {
  if (codeServerReady()) {
    log('code-server 4.100.3 already installed');
    return true;
  }
  if (!ensureApt(APT_NEEDED)) return false;
  const t0 = Date.now();
  // A private TMPDIR: @vscode/ripgrep looks for its cache under os.tmpdir(), and nothing leaks into /tmp.
  const tmp = join(E2E_CACHE, 'tmp');
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  seedRipgrep(tmp);
  log('npm ci in test/e2e/code-server (about 40 s cold) …');
  const env = { ...process.env, TMPDIR: tmp, npm_config_unsafe_perm: 'true', npm_config_yes: 'true' };
  const logFile = join(E2E_CACHE, 'code-server-install.log');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: CODE_SERVER_DIR,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  writeFileSync(logFile, `${r.stdout ?? ''}\n${r.stderr ?? ''}`);
  if (r.status !== 0 || !existsSync(CODE_SERVER_BIN)) {
    console.error(`[setup] npm ci failed (exit ${r.status}); last lines of ${logFile}:`);
    console.error(`${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n'));
    return false;
  }
  const v = spawnSync(CODE_SERVER_BIN, ['--version'], {
    encoding: 'utf8',
    env: isolatedEnv(join(tmp, 'version-check')),
  });
  const line = (v.stdout ?? '').split('\n').find((l) => l.startsWith('4.100.3'));
  if (v.status !== 0 || !line) {
    console.error(`[setup] code-server does not run: ${v.stdout}${v.stderr}`);
    return false;
  }
  writeFileSync(STAMP, lockHash() + '\n');
  log(`code-server ${line} installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    console.log(codeServerReady() ? 'code-server ready' : 'code-server not installed: node test/e2e/setup.mjs');
    process.exit(codeServerReady() ? 0 : 1);
  }
  process.exit(setup() ? 0 : 1);
}
