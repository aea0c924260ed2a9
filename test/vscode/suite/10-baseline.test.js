// The change against the last commit (issue 13): in a git repository made inside the workspace, a committed card
// edited in the editor gets a "Since HEAD" code lens from the server (the client read HEAD with the built-in git
// extension and sent the text), the report view lists the changes, and a card with no committed version gets none.
const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('../helpers');

// The committed card (also the protocol test's, test/lsp/baseline.test.mjs).
const CARD = fs.readFileSync(path.join(__dirname, '../../fixtures/baseline/README.md'), 'utf8');

const git = (cwd, ...args) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd });

/** The lenses once one satisfies `pred` (re-asked on a short interval; the guard only fails a hung run). */
async function lensesUntil(uri, pred, what) {
  const until = Date.now() + 15000;
  for (;;) {
    const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri)) ?? [];
    const titles = lenses.map((l) => l.command && l.command.title).filter(Boolean);
    if (pred(titles)) return titles;
    if (Date.now() > until) {
      const git = await vscode.extensions.getExtension('vscode.git').activate();
      const api = git.getAPI(1);
      const repos = api.repositories.map((r) => `${r.rootUri.fsPath} HEAD=${r.state.HEAD && r.state.HEAD.commit}`);
      const summary = (await h.extensionApi()).baselineSummary(uri.toString());
      throw new Error(
        `timed out waiting for ${what}; lenses: ${titles.join(' | ') || 'none'}; git ${api.state}: ${repos.join(', ') || 'no repositories'}; summary ${summary}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('change against the last commit', function () {
  this.timeout(60000);
  let dir;
  before(async function () {
    const hasGit = vscode.extensions.getExtension('vscode.git');
    if (!hasGit) this.skip();
    // The harness turns git off (test/e2e/lib/code-server.mjs); the client waits for it to be turned on.
    await vscode.workspace.getConfiguration('git').update('enabled', true, vscode.ConfigurationTarget.Workspace);
    dir = path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, `baseline-repo-${process.pid}`);
    fs.mkdirSync(dir, { recursive: true });
    git(dir, 'init', '-q');
    fs.writeFileSync(path.join(dir, 'README.md'), CARD);
    git(dir, 'add', 'README.md');
    git(dir, 'commit', '-q', '-m', 'card');
  });
  after(async () => {
    await h.closeAll();
    await vscode.workspace.getConfiguration('git').update('enabled', undefined, vscode.ConfigurationTarget.Workspace);
    // The repository stays: the git extension may still be reading it, and the runners delete the workspace copy.
  });

  it('a committed card edited in the editor shows what changed since HEAD in a code lens and the report', async () => {
    const uri = vscode.Uri.file(path.join(dir, 'README.md'));
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await lensesUntil(
      uri,
      (t) => t.includes('Since HEAD: no change in openness, disclosures or risk areas'),
      'the unchanged lens',
    );
    await editor.edit((e) => {
      const at = doc.getText().indexOf('  weights: apache-2.0');
      e.replace(
        new vscode.Range(doc.positionAt(at), doc.positionAt(at + '  weights: apache-2.0'.length)),
        '  weights: closed',
      );
    });
    await lensesUntil(uri, (t) => t.includes('Since HEAD: 1 regression · 1 other change'), 'the regression lens');
    const api = await h.extensionApi();
    const report = await api.client.sendRequest('modelcardLint/report', { uri: uri.toString() });
    assert.deepStrictEqual(
      report.baseline.changes.filter((c) => c.kind === 'regression').map((c) => c.message),
      ['`weights` closed: D5 (released under apache-2.0) → D1 (closed).'],
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a card that is not in the last commit gets no such lens', async () => {
    const file = path.join(dir, 'MODEL_CARD.md');
    fs.writeFileSync(file, CARD);
    const uri = vscode.Uri.file(file);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const api = await h.extensionApi();
    // The client's answer for this document arrives after the server linted it: wait for the openness lens first.
    const titles = await lensesUntil(uri, (t) => t.some((x) => /openness/i.test(x)), 'the openness lens');
    await h.serverBarrier(uri);
    assert.strictEqual(titles.filter((t) => t.startsWith('Since HEAD')).length, 0);
    assert.notStrictEqual(
      api.baselineSummary(uri.toString()),
      'Since HEAD: no change in openness, disclosures or risk areas',
    );
  });
});
