// `modelcard-lint-server`: the language server on its own, for any LSP client (`--stdio`), or over IPC from the
// VS Code client (`--node-ipc`).
import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node.js';
import { VERSION } from '../engine/meta.js';
import { YoungGenerationCap } from '../node/young-generation.js';
import { CANCEL_UNDISPATCHED } from './safe.js';
import { startServer } from './server.js';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (
  !args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))
) {
  process.stderr.write('Usage: modelcard-lint-server --stdio   (or --node-ipc, --socket=PORT, --pipe=NAME)\n');
  process.exitCode = 2;
} else {
  serve();
}

function serve(): void {
  // An idle server keeps the young generation it grew to: checked after each lint (node/young-generation.ts). The
  // loader (lsp/loader.cjs) writes the V8 code cache with the flags a fresh process has, and once more after the
  // first lint (off the hot path) so the functions compiled for linting are in it too.
  const youngGeneration = new YoungGenerationCap();
  const shared = globalThis as Record<symbol, unknown>;
  shared[Symbol.for('modelcard-lint.withDefaultFlags')] = <T>(fn: () => T): T => youngGeneration.withDefaultFlags(fn);
  let cacheRequested = false;
  const afterLint = (): void => {
    youngGeneration.check();
    if (cacheRequested) return;
    cacheRequested = true;
    const write = shared[Symbol.for('modelcard-lint.writeCodeCache')];
    if (typeof write === 'function') setImmediate(() => (write as () => void)());
  };
  const hooks = { afterLint };
  if (!args.includes('--stdio')) {
    startServer(createConnection(ProposedFeatures.all, CANCEL_UNDISPATCHED), hooks);
    return;
  }
  // Over stdio a message with a bad header leaves the stream out of step for good: every later byte would be read
  // as a header, and the server would stay alive but deaf. Exit instead, so the client sees it and can restart it.
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((e) => {
    if (/Content-Length|Header must provide/.test(e.message)) {
      process.stderr.write(`modelcard-lint-server: unreadable message header (${e.message.split('\n')[0]}); exiting\n`);
      process.exit(1);
    }
  });
  startServer(
    createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout), CANCEL_UNDISPATCHED),
    hooks,
  );
}
