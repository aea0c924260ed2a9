// The language server in a web worker (vscode.dev, github.dev, any VS Code for the Web): the same server as
// dist/server.js (lsp/server.ts, the lint session, the engine), with the file system replaced by the client's
// `vscode.workspace.fs` (prefetch.ts, store.ts and the modules scripts/build-web.mjs substitutes for node/*).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { READ_FILES_REQUEST, type ReadFileAnswer, type ReadFileRequest, type ReadFilesParams } from '../../protocol.js';
import { CANCEL_UNDISPATCHED } from '../safe.js';
import { startServer } from '../server.js';
import { forgetFiles, prepare } from './prefetch.js';
import { setRequester } from './store.js';

// Workers have no setImmediate; Lint Workspace yields to the message loop with it between files.
const g = globalThis as { setImmediate?: (fn: (...args: unknown[]) => void, ...args: unknown[]) => unknown };
g.setImmediate ??= (fn, ...args) => setTimeout(fn, 0, ...args);

// `self` is the DedicatedWorkerGlobalScope; the project's type libraries are DOM's, where it is a Window.
const worker = self as unknown as Worker;
const connection = createConnection(
  new BrowserMessageReader(worker),
  new BrowserMessageWriter(worker),
  CANCEL_UNDISPATCHED,
);
setRequester((requests: ReadFileRequest[]) =>
  connection.sendRequest<ReadFileAnswer[]>(READ_FILES_REQUEST, { requests } satisfies ReadFilesParams),
);
startServer(connection, { prepare, filesChanged: forgetFiles });
