// `npm run test:editors`: headless Neovim (built-in LSP client), Emacs (eglot and lsp-mode) and Vim (ALE) start
// `node dist/server.js --stdio` on sample files and must receive exactly the expected rule ids. Neovim and eglot are
// required (a missing one fails with the apt command to fix it); lsp-mode and ALE are skipped, with a message, only when
// Debian apt has no such package on this machine, and fail with the apt command when it has one that is not installed.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '../..');
const SERVER = `${process.execPath} ${join(ROOT, 'dist/server.js')} --stdio`;
const TIMEOUT_MS = 20_000;
const ELPA = '/usr/share/emacs/site-lisp/elpa';
const ALE = '/usr/share/vim-ale';

const CASES = [
  {
    file: 'MODEL_CARD.md',
    // The card lacks every disclosure: one `missing-disclosures` summary lists them (undisclosed-license first).
    expect: ['undeclared-openness', 'missing-disclosures', 'unassessed-risk-area'],
  },
  { file: 'model.yml', expect: ['mof-next-class', 'open-weights-closed-safety'] },
];

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const elpa = (name) => existsSync(ELPA) && readdirSync(ELPA).some((d) => d.startsWith(`${name}-`));
/** Whether Debian apt offers `pkg` here (`apt-cache policy` names a candidate); false without apt. */
const aptOffers = (pkg) =>
  /^\s*Candidate: (?!\(none\))\S/m.test(spawnSync('apt-cache', ['policy', pkg], { encoding: 'utf8' }).stdout ?? '');
/** Why an optional editor cannot run: `skip` when apt has no package for it, else `fail` with the install command. */
const optional = (pkgs, installed) =>
  installed()
    ? null
    : pkgs.every(aptOffers)
      ? { fail: `not installed: apt-get install -y ${pkgs.join(' ')}` }
      : { skip: `Debian apt offers no ${pkgs.filter((p) => !aptOffers(p)).join(', ')} on this machine` };

const EDITORS = [
  {
    name: 'neovim',
    missing: () => (has('nvim') ? null : { fail: 'nvim not found: apt-get install -y neovim' }),
    args: (file) => [
      'nvim',
      ['--headless', '-n', '-i', 'NONE', '--noplugin', '-u', join(HERE, 'nvim-check.lua'), file],
    ],
  },
  {
    name: 'emacs-eglot',
    missing: () =>
      !has('emacs')
        ? { fail: 'emacs not found: apt-get install -y emacs-nox elpa-eglot' }
        : !elpa('eglot')
          ? { fail: `eglot not found in ${ELPA}: apt-get install -y elpa-eglot` }
          : null,
    args: (file) => ['emacs', ['--batch', '-Q', '-l', join(HERE, 'eglot-check.el'), file]],
  },
  {
    name: 'emacs-lsp-mode',
    missing: () => optional(['emacs-nox', 'elpa-lsp-mode'], () => has('emacs') && elpa('lsp-mode')),
    args: (file) => ['emacs', ['--batch', '-Q', '-l', join(HERE, 'lsp-mode-check.el'), file]],
  },
  {
    name: 'vim-ale',
    missing: () => optional(['vim', 'vim-ale'], () => has('vim') && existsSync(join(ALE, 'plugin/ale.vim'))),
    // Vim wants a terminal: without one it still runs, but stops at the end of its input, so stdin stays open.
    args: (file) => ['vim', ['-N', '-u', join(HERE, 'ale-check.vim'), '-i', 'NONE', '-n', file]],
  },
];

/** Run an editor with stdin open (Vim exits on end of input), killed after `ms`. */
function run(cmd, args, options, ms) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output = (output + d).slice(-4000)));
    child.stderr.on('data', (d) => (output = (output + d).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ status: null, signal: e.message, output });
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ status, signal, output });
    });
  });
}

if (!existsSync(join(ROOT, 'dist/server.js'))) {
  console.error('test:editors: dist/server.js is missing: run npm run build');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'mcl-editors-'));
cpSync(join(HERE, 'fixtures'), dir, { recursive: true });
// Editors write logs and state under XDG dirs: keep them in the temp dir, not in $HOME.
const xdg = Object.fromEntries(
  ['CONFIG', 'CACHE', 'DATA', 'STATE'].map((k) => [`XDG_${k}_HOME`, join(dir, 'xdg', k.toLowerCase())]),
);
const home = join(dir, 'home');
mkdirSync(home);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const editor of EDITORS) {
  const missing = editor.missing();
  for (const c of CASES) {
    const label = `${editor.name} ${c.file}`;
    if (missing?.skip) {
      skipped++;
      console.log(`SKIP ${label}: ${missing.skip}`);
      continue;
    }
    if (missing) {
      failed++;
      console.log(`FAIL ${label}: ${missing.fail}`);
      continue;
    }
    const result = join(dir, `${editor.name}-${c.file}.json`);
    const [cmd, args] = editor.args(join(dir, c.file));
    const t0 = Date.now();
    const r = await run(
      cmd,
      args,
      {
        cwd: dir,
        env: {
          ...process.env,
          ...xdg,
          // lsp-mode keeps a session file and a cache under HOME: the temp dir's, not the user's.
          HOME: home,
          MCL_SERVER: SERVER,
          MCL_EXPECT: c.expect.join(','),
          MCL_RESULT: result,
          MCL_TIMEOUT_MS: String(TIMEOUT_MS),
          MCL_ALE: ALE,
        },
      },
      TIMEOUT_MS + 10_000,
    );
    let out;
    try {
      out = JSON.parse(readFileSync(result, 'utf8'));
    } catch {
      out = {
        error: `no result file; exit ${r.status ?? r.signal}; ${r.output.trim().split('\n').slice(-3).join(' ')}`,
      };
    }
    const codes = [...new Set(out.codes ?? [])].sort();
    // Exactly the expected rule ids: an extra finding is as wrong as a missing one.
    const exact = JSON.stringify(codes) === JSON.stringify([...c.expect].sort());
    const ok = r.status === 0 && exact;
    ok ? passed++ : failed++;
    console.log(
      `${ok ? 'PASS' : 'FAIL'} ${label} (${Date.now() - t0} ms, ${out.client ?? cmd}): ${ok ? `received ${codes.join(', ')}` : `expected exactly ${c.expect.join(', ')}; ${out.error ?? ''} got ${codes.join(', ') || 'nothing'}`}`,
    );
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`\nOther editors: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
