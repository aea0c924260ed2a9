// `npm run test:editors`: headless Neovim (built-in LSP client) and Emacs (eglot) start `node dist/server.js --stdio`
// on sample files and must receive the expected rule ids. A missing editor is a failure with the apt command to fix it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '../..');
const SERVER = `${process.execPath} ${join(ROOT, 'dist/server.js')} --stdio`;
const TIMEOUT_MS = 20_000;
const ELPA = '/usr/share/emacs/site-lisp/elpa';

const CASES = [
  {
    file: 'MODEL_CARD.md',
    // The card lacks every disclosure: one `missing-disclosures` summary lists them (undisclosed-license first).
    expect: ['undeclared-openness', 'missing-disclosures', 'unassessed-risk-area'],
  },
  { file: 'model.yml', expect: ['mof-next-class'] },
];

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const EDITORS = [
  {
    name: 'neovim',
    missing: () => (has('nvim') ? null : 'nvim not found: apt-get install -y neovim'),
    args: (file) => [
      'nvim',
      ['--headless', '-n', '-i', 'NONE', '--noplugin', '-u', join(HERE, 'nvim-check.lua'), file],
    ],
  },
  {
    name: 'emacs-eglot',
    missing: () =>
      !has('emacs')
        ? 'emacs not found: apt-get install -y emacs-nox elpa-eglot'
        : !existsSync(ELPA) || !readdirSync(ELPA).some((d) => d.startsWith('eglot'))
          ? `eglot not found in ${ELPA}: apt-get install -y elpa-eglot`
          : null,
    args: (file) => ['emacs', ['--batch', '-Q', '-l', join(HERE, 'eglot-check.el'), file]],
  },
];

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
let passed = 0;
let failed = 0;
for (const editor of EDITORS) {
  const missing = editor.missing();
  for (const c of CASES) {
    const label = `${editor.name} ${c.file}`;
    if (missing) {
      failed++;
      console.log(`FAIL ${label}: ${missing}`);
      continue;
    }
    const result = join(dir, `${editor.name}-${c.file}.json`);
    const [cmd, args] = editor.args(join(dir, c.file));
    const t0 = Date.now();
    const r = spawnSync(cmd, args, {
      cwd: dir,
      encoding: 'utf8',
      timeout: TIMEOUT_MS + 10_000,
      env: {
        ...process.env,
        ...xdg,
        MCL_SERVER: SERVER,
        MCL_EXPECT: c.expect.join(','),
        MCL_RESULT: result,
        MCL_TIMEOUT_MS: String(TIMEOUT_MS),
      },
    });
    let out;
    try {
      out = JSON.parse(readFileSync(result, 'utf8'));
    } catch {
      out = {
        error: `no result file; exit ${r.status ?? r.signal}; ${(r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' ')}`,
      };
    }
    const ok = r.status === 0;
    ok ? passed++ : failed++;
    const codes = [...new Set(out.codes ?? [])];
    console.log(
      `${ok ? 'PASS' : 'FAIL'} ${label} (${Date.now() - t0} ms, ${out.client ?? cmd}): ${ok ? `received ${codes.join(', ')}` : `expected ${c.expect.join(', ')}; ${out.error ?? ''} got ${codes.join(', ') || 'nothing'}`}`,
    );
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`\nOther editors: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
