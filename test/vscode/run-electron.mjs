// `npm run test:vscode:electron`: the same suite (index.js) under @vscode/test-electron, for machines that can download
// VS Code (needs a display: run under xvfb-run on Linux CI). Offline it fails fast with a clear message and exit 1;
// MCL_SKIP_IF_NO_VSCODE=1 turns that case into a skip with exit 0. Tests failing is always exit 1.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { ROOT } from '../e2e/lib/paths.mjs';

const VERSION = process.env.MCL_VSCODE_VERSION ?? '1.100.3'; // the VS Code inside code-server 4.100.3: same API in both runners
const skipAllowed = process.env.MCL_SKIP_IF_NO_VSCODE === '1';

if (
  !process.env.MCL_SKIP_BUILD &&
  spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' }).status !== 0
)
  process.exit(1);

let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
if (!vscodeExecutablePath) {
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VERSION, timeout: 20_000 });
  } catch (e) {
    const why = String(e?.message ?? e).split('\n')[0];
    console.error(`test:vscode:electron: cannot download VS Code ${VERSION} here (${why}).`);
    console.error('  Offline, run the same suite under code-server instead: npm run test:vscode');
    console.error('  Or point VSCODE_EXECUTABLE_PATH at an installed VS Code.');
    if (skipAllowed) {
      console.error('  SKIPPED (MCL_SKIP_IF_NO_VSCODE=1).');
      process.exit(0);
    }
    process.exit(1);
  }
}

const workspace = mkdtempSync(join(tmpdir(), 'mcl-electron-ws-'));
const userData = mkdtempSync(join(tmpdir(), 'mcl-electron-ud-'));
cpSync(join(ROOT, 'test/vscode/workspace'), workspace, { recursive: true });
let code;
try {
  code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'test/vscode/index.js'),
    // Where the logs are: test/vscode/helpers.js reads the output channels there.
    extensionTestsEnv: { MCL_USER_DATA: userData },
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--user-data-dir',
      userData,
    ],
  });
} catch (e) {
  console.error(`test:vscode:electron: ${e.message ?? e}`);
  code = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(userData, { recursive: true, force: true });
}
console.log(`VS Code suite under @vscode/test-electron (VS Code ${VERSION}): exit code ${code}`);
process.exit(code === 0 ? 0 : 1);
