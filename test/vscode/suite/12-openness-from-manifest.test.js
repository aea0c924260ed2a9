// "Write Openness Block from Manifest" (issue 13): a card beside a MOF manifest gets the `openness:` entries of the
// six components a manifest can name, through the server's edit (workspace/applyEdit) — the same edit as
// `modelcard-lint export --card-openness --into` and the card-manifest-mismatch suggestion.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('../helpers');

describe('Write Openness Block from Manifest', () => {
  let dir;
  before(() => {
    dir = path.join(vscode.workspace.workspaceFolders[0].uri.fsPath, `openness-from-manifest-${process.pid}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(path.join(dir, '../manifest/model.yml'), path.join(dir, 'model.yml'));
    fs.writeFileSync(
      path.join(dir, 'README.md'),
      '---\nlicense: mit\nopenness:\n  sft_data: closed\n---\n# Example-7B\n',
    );
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await h.closeAll();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('updates the active card from the model.yml beside it, keeping its other entries', async () => {
    const uri = vscode.Uri.file(path.join(dir, 'README.md'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await h.waitForDiagnostics(
      uri,
      (d) => d.some((x) => h.ruleOf(x) === 'card-manifest-mismatch'),
      'card-manifest-mismatch (mit vs. the manifest)',
    );
    const r = await vscode.commands.executeCommand('modelcardLint.writeOpennessFromManifest');
    assert.strictEqual(r.applied, true, r.message);
    assert.match(r.message, /^openness: .* from model\.yml; no card component for /);
    const text = doc.getText();
    assert.match(text, /^---\nlicense: mit\nopenness:\n {2}sft_data: closed\n {2}weights: cdla-permissive-2\.0\n/);
    for (const id of ['inference_code', 'pretraining_code', 'pretraining_data', 'evaluation_code', 'evaluation_data'])
      assert.match(text, new RegExp(`\\n {2}${id}: `), id);
  });
});
