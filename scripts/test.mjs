// `npm test`: build, then run every test layer in order, each under a timeout, and print one summary table.
// Layers: unit + protocol (node --test), code-server setup, VS Code suite (code-server), UI checks (packaged .vsix),
// the web build in the web worker extension host, other editors (Neovim, Emacs). A layer whose prerequisite is missing
// fails with the reason; none is skipped.
// `node scripts/test.mjs --only unit,editors` runs a subset (ids: lint, unit, setup, vscode, e2e, web, editors).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const only = (() => {
  const i = process.argv.indexOf('--only');
  return i > 0 ? new Set(process.argv[i + 1].split(',')) : null;
})();

function nodeTestFiles() {
  const files = [];
  for (const dir of ['test/unit', 'test/lsp']) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.test.mjs')) files.push(`${dir}/${f}`);
  }
  return files;
}

const node = process.execPath;
const MIN = 60_000;
const LAYERS = [
  { id: 'lint', name: 'lint (ESLint + Prettier)', cmd: [node, 'scripts/lint.mjs'], timeout: 5 * MIN },
  {
    id: 'unit',
    name: 'unit + protocol (node --test)',
    cmd: [node, '--test', '--test-reporter=spec', '--test-concurrency=2', ...nodeTestFiles()],
    // 5–8 minutes on two cores (the pre-commit test installs the hook from a clone within it); the timeout is a hang
    // guard, not a budget: it ran out at 10 minutes on a loaded machine, and CI allows 90.
    timeout: 25 * MIN,
  },
  { id: 'setup', name: 'code-server 4.100.3 setup', cmd: [node, 'test/e2e/setup.mjs'], timeout: 6 * MIN },
  {
    id: 'vscode',
    name: 'VS Code suite (code-server)',
    cmd: [node, 'test/vscode/run-code-server.mjs'],
    timeout: 5 * MIN,
    needs: 'setup',
  },
  { id: 'e2e', name: 'UI checks (packaged .vsix)', cmd: [node, 'test/e2e/ui.mjs'], timeout: 5 * MIN, needs: 'setup' },
  {
    id: 'web',
    name: 'web extension (web worker host)',
    cmd: [node, 'test/e2e/web.mjs'],
    timeout: 5 * MIN,
    needs: 'setup',
  },
  { id: 'editors', name: 'other editors (Neovim, Emacs, Vim)', cmd: [node, 'test/editors/run.mjs'], timeout: 2 * MIN },
];

/** Runs one layer with its output streamed through; resolves with status, duration and the counts it printed. */
function runLayer(layer) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(layer.cmd[0], layer.cmd.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MCL_SKIP_BUILD: '1' },
    });
    let tail = '';
    const keep = (chunk, out) => {
      out.write(chunk);
      tail = (tail + chunk).slice(-20_000);
    };
    child.stdout.on('data', (c) => keep(c, process.stdout));
    child.stderr.on('data', (c) => keep(c, process.stderr));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    }, layer.timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      const counts = countsIn(tail);
      resolve({
        ok: code === 0 && !timedOut,
        ms: Date.now() - t0,
        note: timedOut ? `timed out after ${layer.timeout / 1000} s` : counts,
      });
    });
  });
}

/** "N passed, M failed" from our runners, or node --test's "ℹ pass N" / "ℹ fail M". */
function countsIn(text) {
  const ours = [...text.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  if (ours) return `${ours[1]} passed, ${ours[2]} failed`;
  const pass = /ℹ pass (\d+)/.exec(text);
  const fail = /ℹ fail (\d+)/.exec(text);
  return pass ? `${pass[1]} passed, ${fail ? fail[1] : 0} failed` : '';
}

const results = [];
const t0 = Date.now();
const build = spawnSync(node, ['scripts/build.mjs'], { stdio: 'inherit' });
results.push({ name: 'build', ok: build.status === 0, ms: Date.now() - t0, note: '' });

for (const layer of LAYERS) {
  if (only && !only.has(layer.id)) continue;
  console.log(`\n━━ ${layer.name} ━━`);
  const needed = layer.needs && results.find((r) => r.id === layer.needs);
  if (!results[0].ok) {
    results.push({ id: layer.id, name: layer.name, ok: false, ms: 0, note: 'not run: the build failed' });
    continue;
  }
  if (needed && !needed.ok) {
    results.push({ id: layer.id, name: layer.name, ok: false, ms: 0, note: `not run: ${needed.name} failed` });
    continue;
  }
  results.push({ id: layer.id, name: layer.name, ...(await runLayer(layer)) });
}

const rows = results.map((r) => [r.name, r.ok ? 'passed' : 'FAILED', `${(r.ms / 1000).toFixed(1)} s`, r.note ?? '']);
const widths = [0, 1, 2].map((i) =>
  Math.max(...rows.map((r) => r[i].length), ['layer', 'result', 'duration'][i].length),
);
const line = (cells) =>
  cells
    .map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c))
    .join('  ')
    .trimEnd();
console.log(
  `\n${line(['layer', 'result', 'duration', 'details'])}\n${line(widths.map((w) => '-'.repeat(w)).concat('-------'))}`,
);
for (const r of rows) console.log(line(r));
const failed = results.filter((r) => !r.ok).length;
console.log(
  `\n${failed ? `${failed} layer(s) FAILED` : 'all layers passed'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
process.exit(failed ? 1 : 0);
