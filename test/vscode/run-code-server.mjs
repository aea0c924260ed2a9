// `npm run test:vscode`: runs the extension-host suite (index.js) offline inside code-server 4.100.3 (VS Code 1.100.3),
// loading the extension from source via the workbench payload; mocha's counts and exit code come back here.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { spawnSync } from 'node:child_process';
import { chromiumMissing, launchChromium, remoteUri, workbenchUrl } from '../e2e/lib/browser.mjs';
import { exitOnSignals, extensionHostErrors, newRun, startCodeServer } from '../e2e/lib/code-server.mjs';
import { ROOT } from '../e2e/lib/paths.mjs';
import { setup } from '../e2e/setup.mjs';

const GUARD_MS = Number(process.env.MCL_VSCODE_TIMEOUT_MS ?? 240_000);
const RESULT = /MCL_VSCODE_RESULT (\{.*\})/;

function fail(msg) {
  console.error(`test:vscode: ${msg}`);
  process.exit(1);
}

exitOnSignals();
const missing = chromiumMissing();
if (missing) fail(missing);
if (!setup()) fail('code-server is not installed and could not be set up (see above)');
if (
  !process.env.MCL_SKIP_BUILD &&
  spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' }).status !== 0
)
  fail('build failed');

const t0 = Date.now();
const workspace = mkdtempSync(join(tmpdir(), 'mcl-vscode-ws-'));
cpSync(join(ROOT, 'test/vscode/workspace'), workspace, { recursive: true });
const run = newRun('vscode');
let server;
let browser;
let result = null;
let exitCode = 'none';
try {
  server = await startCodeServer(run, workspace);
  browser = await launchChromium();
  const page = await browser.newPage();
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  // The workbench forwards extension-host console output here, and reports the test outcome through codeAutomationExit.
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args])).replace(/%c/g, '');
    const m = RESULT.exec(line);
    if (m) result = JSON.parse(m[1]);
    else console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  const payload = [
    ['extensionDevelopmentPath', remoteUri(ROOT)],
    ['extensionTestsPath', remoteUri(join(ROOT, 'test/vscode/index.js'))],
  ];
  await page.goto(workbenchUrl(server.url, workspace, payload));
  let guard;
  exitCode = await Promise.race([
    finished,
    new Promise((resolve) => (guard = setTimeout(() => resolve('timeout'), GUARD_MS))),
  ]);
  clearTimeout(guard);
} catch (e) {
  console.error(`test:vscode: ${e.message}`);
} finally {
  await browser?.close();
  await server?.stop();
}

const secs = ((Date.now() - t0) / 1000).toFixed(1);
const counts = result ? `${result.passed} passed, ${result.failed} failed` : 'no result reported';
const ok = exitCode === 0 && result && result.failed === 0 && result.passed > 0;
console.log(`\nVS Code suite under code-server 4.100.3: ${counts}; extension tests exit code ${exitCode} (${secs} s)`);
if (ok) {
  run.remove();
  rmSync(workspace, { recursive: true, force: true });
} else {
  console.log(`code-server log: ${server?.logFile ?? join(run.logs, 'code-server.log')}; workspace copy: ${workspace}`);
  const errors = extensionHostErrors(run);
  if (errors.length) console.log(`extension host errors about Model Card Lint:\n  ${errors.join('\n  ')}`);
}
process.exit(ok ? 0 : 1);
