// Shared helpers for the extension-host suite: open fixtures, wait on diagnostics events, reach the extension's API.
const assert = require('assert');
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
  closeAll,
};
