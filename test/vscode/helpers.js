// Shared helpers for the extension-host suite: open fixtures, wait on diagnostics events, reach the extension's API.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const EXTENSION_ID = 'modelcard-lint.modelcard-lint';
const SOURCE = 'modelcard-lint';
/** Failure guard only: every wait below resolves on an event as soon as its condition holds. */
const GUARD_MS = 12000;

const wsUri = (rel) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, ...rel.split('/'));

async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(wsUri(rel));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Our diagnostics for a document (other extensions' are ignored). */
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
const ruleOf = (d) => String(typeof d.code === 'object' && d.code ? d.code.value : d.code);
const rulesOf = (uri) => ours(uri).map(ruleOf);

/** Resolves with our diagnostics once `pred(diagnostics)` holds, re-checking on every onDidChangeDiagnostics for `uri`. */
function waitForDiagnostics(uri, pred, what = 'the expected diagnostics') {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const finish = (fn, v) => {
      clearTimeout(timer);
      sub.dispose();
      fn(v);
    };
    const check = () => {
      const ds = ours(uri);
      if (pred(ds)) finish(resolve, ds);
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(
      () =>
        finish(
          reject,
          new Error(`timed out waiting for ${what} on ${uri.path}; have: ${rulesOf(uri).join(', ') || 'none'}`),
        ),
      GUARD_MS,
    );
    check();
  });
}

/** The object `activate()` returned: { client, statusText(), statusTooltip() }. */
async function extensionApi() {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext.isActive ? ext.exports : ext.activate();
}

/**
 * A round trip to the server. The server sends its status notification right after publishing diagnostics, and
 * JSON-RPC delivers in order, so once this answers every notification sent before it has been handled.
 */
async function serverBarrier(uri) {
  const api = await extensionApi();
  return api.client.sendRequest('modelcardLint/report', { uri: uri.toString() });
}

async function setSetting(key, value) {
  await vscode.workspace.getConfiguration('modelcardLint').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Plain text of a hover list. */
const hoverText = (hovers) =>
  hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

const fullRange = (doc) => new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end);

/**
 * The text of an output channel once `pred(text)` holds, re-read whenever its file changes. VS Code gives extensions
 * no way to read a channel; it writes each one to `<n>-<name>.log` in an `output_logging_…` folder of
 * `<user data>/logs/<session>/exthost…` (the runners say where the user data is in MCL_USER_DATA).
 */
function waitForOutput(name, pred, what) {
  const root = process.env.MCL_USER_DATA;
  assert.ok(root, 'MCL_USER_DATA is not set: run the suite through test/vscode/run-*.mjs');
  const logs = path.join(root, 'logs');
  const find = () => {
    const files = [];
    for (const session of fs.readdirSync(logs))
      for (const host of fs.readdirSync(path.join(logs, session)).filter((d) => d.startsWith('exthost')))
        for (const out of fs.readdirSync(path.join(logs, session, host)).filter((d) => d.startsWith('output_logging_')))
          for (const f of fs.readdirSync(path.join(logs, session, host, out)))
            if (f.endsWith(`-${name}.log`)) files.push(path.join(logs, session, host, out, f));
    return files.sort().pop();
  };
  return new Promise((resolve, reject) => {
    let file;
    let watcher;
    const finish = (fn, v) => {
      clearTimeout(timer);
      watcher?.close();
      fn(v);
    };
    const read = () => (file ? fs.readFileSync(file, 'utf8') : '');
    const check = () => {
      if (pred(read())) finish(resolve, read());
    };
    const timer = setTimeout(
      () => finish(reject, new Error(`timed out waiting for ${what}; ${file ?? 'no file'} has:\n${read()}`)),
      GUARD_MS,
    );
    file = find();
    if (!file) return finish(reject, new Error(`no output channel "${name}" under ${logs}`));
    watcher = fs.watch(file, check);
    check();
  });
}

async function closeAll() {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

module.exports = {
  EXTENSION_ID,
  SOURCE,
  wsUri,
  open,
  ours,
  ruleOf,
  rulesOf,
  waitForDiagnostics,
  extensionApi,
  serverBarrier,
  setSetting,
  hoverText,
  fullRange,
  waitForOutput,
  closeAll,
};
