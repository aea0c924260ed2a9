// Runs the web build's language server (dist/web/server.js, the web worker bundle VS Code for the Web starts) in a
// Node worker thread behind stdio, so the protocol tests' TestClient drives it as it drives dist/server.js. The worker
// gets the one thing a browser worker has that Node's lacks: `self` with onmessage/postMessage. The bundle has no file
// system: what it reads it asks the client for (modelcardLint/readFiles), which the test answers (web-fs.mjs).
// Usage: node test/lsp/web-host.mjs --stdio
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import rpc from 'vscode-jsonrpc/node.js';

const bundle = fileURLToPath(new URL('../../dist/web/server.js', import.meta.url));
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = {
  addEventListener() {},
  set onmessage(fn) { parentPort.on('message', (data) => fn({ data })); },
  postMessage: (m) => parentPort.postMessage(m),
};
require(workerData);
`;

const worker = new Worker(WORKER, { eval: true, workerData: bundle });
const reader = new rpc.StreamMessageReader(process.stdin);
const writer = new rpc.StreamMessageWriter(process.stdout);
reader.listen((msg) => worker.postMessage(msg));
worker.on('message', (msg) => void writer.write(msg));
worker.on('error', (e) => {
  process.stderr.write(`web server worker: ${e?.stack ?? e}\n`);
  process.exit(1);
});
// The server's exit notification ends the worker (process.exit inside it); the host goes with it.
worker.on('exit', (code) => process.exit(code));
process.stdin.on('end', () => void worker.terminate());
