// A minimal LSP client for protocol tests: spawns the bundled server over stdio and speaks JSON-RPC through
// vscode-languageserver-protocol, collecting published diagnostics and server notifications.
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import lsp from 'vscode-languageserver-protocol/node.js';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = lsp;
const serverPath = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

export function fileUri(path) {
  return pathToFileURL(path).toString();
}

export class TestClient {
  /** `server`: another copy of the bundled server (dist/server.js beside its server-main.js). */
  constructor({ args = ['--stdio'], env, server = serverPath } = {}) {
    this.proc = spawn(process.execPath, [server, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    this.conn = createProtocolConnection(
      new StreamMessageReader(this.proc.stdout),
      new StreamMessageWriter(this.proc.stdin),
    );
    this.diagnostics = new Map();
    this.published = [];
    this.status = new Map();
    this.logs = [];
    this.waiters = [];
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      this.diagnostics.set(p.uri, p);
      this.published.push(p);
      this.flush();
    });
    this.conn.onNotification('modelcardLint/status', (p) => this.status.set(p.uri, p.status));
    this.conn.onNotification('window/logMessage', (p) => this.logs.push(p.message));
    this.messages = [];
    this.conn.onNotification('window/showMessage', (p) => this.messages.push(p.message));
    this.conn.onRequest('window/showMessageRequest', (p) => {
      this.messages.push(p.message);
      return null;
    });
    this.conn.onRequest('workspace/configuration', (p) => p.items.map(() => this.settings ?? {}));
    this.registrations = [];
    this.conn.onRequest('client/registerCapability', (p) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.appliedEdits = [];
    this.conn.onRequest('workspace/applyEdit', (p) => {
      this.appliedEdits.push(p);
      return { applied: true };
    });
    this.conn.onRequest('window/showDocument', (p) => {
      this.shown = p;
      return { success: true };
    });
    this.progress = [];
    this.conn.onNotification('$/progress', (p) => this.progress.push(p));
    this.conn.listen();
  }

  flush() {
    this.waiters = this.waiters.filter((w) => {
      const hit = w.test();
      if (hit) w.resolve(hit);
      return !hit;
    });
  }

  /** Resolves with the first published diagnostics for `uri` matching `pred` (default: any). */
  waitForDiagnostics(uri, pred = () => true, timeoutMs = 10000) {
    const test = () => this.published.find((p) => p.uri === uri && pred(p) && !p.__taken);
    const hit = test();
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no diagnostics for ${uri} in ${timeoutMs} ms; stderr: ${this.stderr}`)),
        timeoutMs,
      );
      this.waiters.push({ test, resolve: (v) => (clearTimeout(timer), resolve(v)) });
    });
  }

  /** The first diagnostics for `uri` published after the first `n` publications whose codes satisfy `pred`. */
  nextDiagnostics(uri, n, pred = () => true) {
    return this.waitForDiagnostics(
      uri,
      (p) => this.published.indexOf(p) >= n && pred(p.diagnostics.map((d) => d.code)),
    );
  }

  /** The glob patterns the server registered for workspace/didChangeWatchedFiles. */
  watchedGlobs() {
    const r = this.registrations.find((x) => x.method === 'workspace/didChangeWatchedFiles');
    return r ? r.registerOptions.watchers.map((w) => w.globPattern) : [];
  }

  async initialize({ capabilities, rootPath, initializationOptions, settings } = {}) {
    this.settings = settings;
    const res = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: rootPath ? fileUri(rootPath) : null,
      workspaceFolders: rootPath ? [{ uri: fileUri(rootPath), name: 'ws' }] : null,
      capabilities: capabilities ?? {
        workspace: {
          configuration: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceFolders: true,
        },
        textDocument: {
          publishDiagnostics: {
            relatedInformation: true,
            versionSupport: true,
            codeDescriptionSupport: true,
            dataSupport: true,
          },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          hover: { contentFormat: ['markdown'] },
        },
        window: { workDoneProgress: true, showDocument: { support: true } },
      },
      initializationOptions,
    });
    await this.conn.sendNotification('initialized', {});
    return res;
  }

  open(uri, text, languageId = 'markdown', version = 1) {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri, version, contentChanges) {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  close(uri) {
    return this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request(method, params) {
    return this.conn.sendRequest(method, params);
  }

  async shutdown() {
    await this.conn.sendRequest('shutdown');
    await this.conn.sendNotification('exit');
    const code = await new Promise((resolve) => {
      if (this.proc.exitCode !== null) resolve(this.proc.exitCode);
      else this.proc.on('exit', (c) => resolve(c));
    });
    this.conn.dispose();
    return code;
  }

  kill() {
    try {
      this.conn.dispose();
    } catch {
      // already disposed
    }
    this.proc.kill();
  }
}
