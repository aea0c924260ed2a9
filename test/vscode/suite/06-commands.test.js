// The editor commands: "New Model Card" opens a complete template that the server lints as a card, and
// "Insert Risk Assessment" adds a `risk_assessment:` block with the four areas to the active card.
const assert = require('assert');
const vscode = require('vscode');
const h = require('../helpers');

/** Untitled editors are dirty: revert them instead of letting "close" ask to save. */
async function revertAndClose() {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('commands', () => {
  after(h.closeAll);

  it('"New Model Card" opens a template with openness, stage, risk_assessment and every disclosure section', async () => {
    const doc = await vscode.commands.executeCommand('modelcardLint.newModelCard');
    try {
      const text = doc.getText();
      for (const key of ['openness:', 'stage:', 'risk_assessment:', 'safety_and_security:', 'weights:'])
        assert.ok(text.includes(key), `template lacks ${key}`);
      await h.serverBarrier(doc.uri);
      const ds = await h.waitForDiagnostics(doc.uri, (d) => d.length > 0, 'diagnostics on the new card');
      // Every disclosure has its section: findings may say a section is still empty (on its heading), never that it
      // is missing altogether ("No … disclosure").
      const missing = ds.filter((d) => h.ruleOf(d).startsWith('undisclosed-') && /^No .* disclosure\./.test(d.message));
      assert.deepStrictEqual(missing.map(h.ruleOf), []);
      assert.ok(
        ds.some((d) => h.ruleOf(d).startsWith('undisclosed-')),
        'the stub sections should still ask to be filled in',
      );
    } finally {
      await revertAndClose();
    }
  });

  it('"Insert Risk Assessment" adds the four areas to the active card\'s front matter', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '---\nlicense: mit\n---\n# Model Card\n\n## Uses\n\nResearch.\n',
    });
    await vscode.window.showTextDocument(doc);
    try {
      await vscode.commands.executeCommand('modelcardLint.insertRiskAssessment');
      const text = doc.getText();
      assert.match(text, /^---\nlicense: mit\nrisk_assessment:\n/);
      for (const area of ['research_and_innovation', 'safety_and_security', 'equity_and_access', 'broader_society'])
        assert.ok(text.includes(`  ${area}:`), area);
      const ds = await h.waitForDiagnostics(
        doc.uri,
        (d) => d.some((x) => h.ruleOf(x) === 'unassessed-risk-area' && /marked as not yet assessed/.test(x.message)),
        'unassessed-risk-area on the inserted entries',
      );
      assert.strictEqual(ds.filter((x) => h.ruleOf(x) === 'invalid-extension-metadata').length, 0);
    } finally {
      await revertAndClose();
    }
  });
});
