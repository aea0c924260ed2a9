// `npm start`: build and package the extension, install it into a fresh code-server on 127.0.0.1 (free port, or $PORT)
// with examples/ as the workspace, print the URL and keep running until Ctrl-C (code-server is stopped by process group).
import { spawnSync } from 'node:child_process';
import { installVsix, newRun, startCodeServer } from '../test/e2e/lib/code-server.mjs';
import { EXAMPLES, ROOT, VSIX } from '../test/e2e/lib/paths.mjs';
import { setup } from '../test/e2e/setup.mjs';

const log = (m) => console.log(`[start] ${m}`);

if (!setup()) process.exit(1);
log('building and packaging the extension …');
const pack = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
if (pack.status !== 0) process.exit(1);

const run = newRun('start');
installVsix(run, VSIX);
log(`installed ${VSIX.slice(ROOT.length + 1)} into a fresh code-server profile (${run.dir})`);

const port = process.env.PORT ? Number(process.env.PORT) : undefined;
const server = await startCodeServer(run, EXAMPLES, { host: '127.0.0.1', port }).catch((e) => {
  console.error(`[start] ${e.message}`);
  process.exit(1);
});

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('stopping code-server …');
  await server.stop();
  run.remove();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
server.exit.then(({ code, signal }) => {
  if (stopping) return;
  console.error(`[start] code-server exited on its own (code ${code}, signal ${signal}); log: ${server.logFile}`);
  void shutdown(1);
});

console.log(`
  Model Card Lint is running in VS Code (code-server 4.100.3) on the sample workspace examples/:

      ${server.url}/?folder=${encodeURI(EXAMPLES)}

  Open good-model/README.md, weak-model/MODEL_CARD.md or manifest/model.yml. Press Ctrl-C to stop.
`);
