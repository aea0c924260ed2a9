// VS Code for the Web entry (package.json `browser`: vscode.dev, github.dev, a web worker extension host): the same
// client as extension.ts, with the language server in a web worker (dist/web/server.js) instead of a Node process.
// The worker has no file system: it asks for config files and sibling manifests (READ_FILES_REQUEST), and the client
// reads them through `vscode.workspace.fs`, only inside the workspace folders.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser.js';
import {
  READ_FILES_REQUEST,
  type ReadFileAnswer,
  type ReadFileRequest,
  type ReadFilesParams,
} from '../../server/src/protocol.js';
import { clientOptions, openOutput, startClient, type ModelCardLintApi } from './common.js';
import { listAnswer, type EntryKind } from './listing.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ModelCardLintApi> {
  const output = openOutput(context, 'web worker');
  const worker = await serverWorker(vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js'));
  client = new LanguageClient('modelcardLint', 'Model Card Lint', clientOptions(true, {}, output), worker);
  context.subscriptions.push(
    client.onRequest(READ_FILES_REQUEST, (params: ReadFilesParams) => Promise.all(params.requests.map(answer))),
  );
  return startClient(context, client, output);
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}

/**
 * A worker for the server bundle. An extension served by a VS Code server (code-server, Codespaces) has a
 * `vscode-remote:` location, from which the web extension host refuses to start workers (microsoft/vscode#144235):
 * there the bundle is read through the file system API and started from a blob: URL of the same origin.
 */
async function serverWorker(uri: vscode.Uri): Promise<Worker> {
  if (uri.scheme !== 'vscode-remote') return new Worker(uri.toString(true));
  const bytes = await vscode.workspace.fs.readFile(uri);
  return new Worker(URL.createObjectURL(new Blob([new TextDecoder().decode(bytes)], { type: 'text/javascript' })));
}

/** Answers one read of the server, refusing anything outside the workspace folders (SECURITY.md: nothing is read
 * outside the tree the user opened). Reasons are generic: they never quote the file. */
async function answer(request: ReadFileRequest): Promise<ReadFileAnswer> {
  let uri: vscode.Uri;
  try {
    uri = vscode.Uri.parse(request.uri, true);
  } catch {
    return { status: 'missing' };
  }
  if (!vscode.workspace.getWorkspaceFolder(uri)) return { status: 'missing' };
  const fs = vscode.workspace.fs;
  try {
    const st = await fs.stat(uri);
    if (request.kind === 'list') {
      if (!(st.type & vscode.FileType.Directory) || st.type & vscode.FileType.SymbolicLink)
        return { status: 'missing' };
      const entries = await fs.readDirectory(uri);
      // A link to a file or folder has the SymbolicLink bit as well: only the exact types are listed.
      return listAnswer(
        entries.map(([n, t]): [string, EntryKind] => [
          n,
          t === vscode.FileType.File ? 'file' : t === vscode.FileType.Directory ? 'dir' : 'other',
        ]),
      );
    }
    if (st.type & vscode.FileType.SymbolicLink) return { status: 'refused', reason: 'is a symbolic link; not read' };
    if (!(st.type & vscode.FileType.File)) return { status: 'refused', reason: 'is not a regular file; not read' };
    const tooLarge = `is larger than ${Math.round(request.maxBytes / 1024)} KiB; not read`;
    if (st.size > request.maxBytes) return { status: 'refused', reason: tooLarge };
    const bytes = await fs.readFile(uri);
    if (bytes.byteLength > request.maxBytes) return { status: 'refused', reason: tooLarge };
    try {
      return { status: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { status: 'refused', reason: 'is not valid UTF-8; not read' };
    }
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return { status: 'missing' };
    return { status: 'refused', reason: 'cannot read' };
  }
}
