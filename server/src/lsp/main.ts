// `modelcard-lint-server`: the language server on its own, for any LSP client (`--stdio`), or over IPC from the
// VS Code client (`--node-ipc`).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { VERSION } from '../engine/meta.js';
import { startServer } from './server.js';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${VERSION}\n`);
} else if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
  process.stderr.write('Usage: modelcard-lint-server --stdio   (or --node-ipc, --socket=PORT, --pipe=NAME)\n');
  process.exitCode = 2;
} else {
  startServer(createConnection(ProposedFeatures.all));
}
