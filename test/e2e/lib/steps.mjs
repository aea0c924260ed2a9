// What the UI checks (ui.mjs) and the web build's checks (web.mjs) share: packing the .vsix, one fresh code-server and
// Chromium page on a copy of examples/, and named steps that each screenshot the page and report PASS/FAIL with their
// time, so one failing step does not hide the others.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup } from '../setup.mjs';
import { chromiumMissing, launchChromium, workbenchUrl } from './browser.mjs';
import { exitOnSignals, extensionHostErrors, installVsix, newRun, startCodeServer } from './code-server.mjs';
import { EXAMPLES, ROOT, SCREENSHOTS, VSIX } from './paths.mjs';
import { waitForWorkbench } from './workbench.mjs';

const STEP_MS = Number(process.env.MCL_E2E_STEP_TIMEOUT_MS ?? 30_000);

/**
 * One browser run, start to exit: the .vsix packed and installed into a fresh code-server (user `settings` over
 * hover delay, light theme and zoom 0) whose workspace is a copy of examples/ that `workspace(dir)` may add to;
 * `beforeLoad(page)` before the workbench loads; then `checks({ page, server, step, results })`. Prints the tally
 * under `title`, calls `onPass()` when every step passed, and exits (see finish).
 */
export async function browserChecks({
  label,
  prefix,
  title,
  settings = {},
  workspace: fill,
  beforeLoad,
  checks,
  onPass,
}) {
  const { t0 } = prepare(label);
  const run = newRun(prefix, {
    'editor.hover.delay': 200,
    'workbench.colorTheme': 'Default Light Modern',
    'window.zoomLevel': 0,
    ...settings,
  });
  console.log(installVsix(run, VSIX));
  const workspace = mkdtempSync(join(tmpdir(), `mcl-${prefix}-ws-`));
  cpSync(EXAMPLES, workspace, { recursive: true });
  fill?.(workspace);
  mkdirSync(SCREENSHOTS, { recursive: true });

  let server;
  let browser;
  let page;
  const { results, step } = stepper(() => page);
  try {
    server = await startCodeServer(run, workspace);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(STEP_MS);
    await beforeLoad?.(page);
    await page.goto(workbenchUrl(server.url, workspace));
    await waitForWorkbench(page, 'good-model');
    await checks({ page, server, step, results });
  } catch (e) {
    results.push({ name: 'start code-server and the workbench', ok: false, ms: 0 });
    console.error(`FAIL start: ${e.message}`);
  } finally {
    await browser?.close();
    await server?.stop();
  }
  const failed = tally(results, title, t0);
  if (failed === 0) onPass?.();
  finish(run, workspace, failed);
}

/** Before a browser run: signals handled, Chromium and code-server present, the .vsix packed. `label` prefixes the
 * message of a failure that stops the run; `t0` is when the run started. */
function prepare(label) {
  const fail = (msg) => {
    console.error(`${label}: ${msg}`);
    process.exit(1);
  };
  exitOnSignals();
  const missing = chromiumMissing();
  if (missing) fail(missing);
  if (!setup()) fail('code-server is not installed and could not be set up (see above)');
  const t0 = Date.now();
  packageVsix(fail);
  return { fail, t0 };
}

/** Prints the tally of `results`; returns the number of failed steps. */
function tally(results, title, t0) {
  const failed = results.filter((r) => !r.ok).length;
  console.log(
    `\n${title}: ${results.length - failed} passed, ${failed} failed (${((Date.now() - t0) / 1000).toFixed(1)} s); screenshots in ${SCREENSHOTS}`,
  );
  return failed;
}

/** After a browser run: the code-server run removed when every step passed, else where to look; the workspace
 * removed; the process exits 0 or 1. */
function finish(run, workspace, failed) {
  if (failed === 0) run.remove();
  else {
    console.log(`code-server log: ${join(run.logs, 'code-server.log')}`);
    const errors = extensionHostErrors(run);
    if (errors.length) console.log(`extension host errors about Model Card Lint:\n  ${errors.join('\n  ')}`);
  }
  rmSync(workspace, { recursive: true, force: true });
  process.exit(failed === 0 ? 0 : 1);
}

/** `npm run package` (production build, desktop and web bundles), unless MCL_SKIP_PACKAGE reuses an existing .vsix. */
function packageVsix(fail) {
  if (process.env.MCL_SKIP_PACKAGE) return;
  const t0 = Date.now();
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) fail(`npm run package failed:\n${r.stdout}${r.stderr}`);
  console.log(`packaged ${VSIX} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

/** `step(name, shot, fn)` runs `fn`, screenshots `page()` to screenshots/<shot> and records the outcome in `results`. */
function stepper(page) {
  const results = [];
  async function step(name, shot, fn) {
    const s = Date.now();
    let error = null;
    try {
      await fn();
    } catch (e) {
      error = e.message.split('\n').slice(0, 3).join(' ');
    }
    await page()
      ?.screenshot({ path: join(SCREENSHOTS, shot) })
      .catch(() => {});
    const ms = Date.now() - s;
    results.push({ name, ok: !error, ms });
    console.log(
      `${error ? 'FAIL' : 'PASS'} ${name} (${(ms / 1000).toFixed(1)} s) → screenshots/${shot}${error ? `\n     ${error}` : ''}`,
    );
  }
  return { results, step };
}
