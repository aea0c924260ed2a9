// What the UI checks (ui.mjs) and the web build's checks (web.mjs) share: packing the .vsix, and named steps that
// each screenshot the page and report PASS/FAIL with their time, so one failing step does not hide the others.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, SCREENSHOTS, VSIX } from './paths.mjs';

/** `npm run package` (production build, desktop and web bundles), unless MCL_SKIP_PACKAGE reuses an existing .vsix. */
export function packageVsix(fail) {
  if (process.env.MCL_SKIP_PACKAGE) return;
  const t0 = Date.now();
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) fail(`npm run package failed:\n${r.stdout}${r.stderr}`);
  console.log(`packaged ${VSIX} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

/** `step(name, shot, fn)` runs `fn`, screenshots `page()` to screenshots/<shot> and records the outcome in `results`. */
export function stepper(page) {
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
