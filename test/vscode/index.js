// extensionTestsPath entry (same contract under @vscode/test-electron and code-server): runs suite/*.test.js with mocha.
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

/** Printed last so the runners can report pass/fail counts; keep the format in sync with runners/result.mjs. */
const RESULT_TAG = 'MCL_VSCODE_RESULT';

exports.run = async function run() {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30000, slow: 4000 });
  const dir = path.join(__dirname, 'suite');
  for (const f of fs
    .readdirSync(dir)
    .filter((n) => n.endsWith('.test.js'))
    .sort())
    mocha.addFile(path.join(dir, f));
  const stats = await new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.stats));
    } catch (e) {
      reject(e);
    }
  });
  console.log(
    `${RESULT_TAG} ${JSON.stringify({ passed: stats.passes, failed: stats.failures, pending: stats.pending })}`,
  );
  if (stats.failures > 0) throw new Error(`${stats.failures} VS Code integration test(s) failed`);
  if (stats.passes === 0) throw new Error('no VS Code integration test ran');
};
