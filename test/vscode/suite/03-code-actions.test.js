// Quick fix and "fix all": the code actions the server offers change the document, and the finding goes away.
const assert = require('assert');
const vscode = require('vscode');
const h = require('../helpers');

describe('code actions', () => {
  after(h.closeAll);

  it('applies the quick fix for undeclared-openness', async () => {
    const doc = await h.open('quickfix/MODEL_CARD.md');
    const ds = await h.waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => h.ruleOf(x) === 'undeclared-openness'),
      'undeclared-openness',
    );
    const diag = ds.find((x) => h.ruleOf(x) === 'undeclared-openness');
    const actions = await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      doc.uri,
      diag.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Show documentation for undeclared-openness'), `titles: ${titles.join(' | ')}`);
    const fix = actions.find((a) => a.title === 'Add the inferred `openness:` block');
    assert.ok(fix && fix.edit, `no openness fix among: ${titles.join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit failed');
    assert.match(doc.getText(), /^---\r?\nopenness:\r?\n {2}pretraining_code: /);
    await h.waitForDiagnostics(
      doc.uri,
      (d) => !d.some((x) => h.ruleOf(x) === 'undeclared-openness'),
      'undeclared-openness to disappear',
    );
    await doc.save();
  });

  it('"fix all" (source.fixAll.modelcardLint) applies every safe fix', async () => {
    const doc = await h.open('fixall/MODEL_CARD.md');
    await h.waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => h.ruleOf(x) === 'undeclared-openness'),
      'undeclared-openness',
    );
    const before = doc.getText();
    const actions = await vscode.commands.executeCommand(
      'vscode.executeCodeActionProvider',
      doc.uri,
      h.fullRange(doc),
      'source.fixAll.modelcardLint',
    );
    const fixAll = actions.find((a) => a.kind && a.kind.value === 'source.fixAll.modelcardLint');
    assert.ok(fixAll, `no fix-all action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    const after = doc.getText();
    assert.notStrictEqual(after, before);
    assert.match(after, /^---\r?\nlicense: mit\r?\nopenness:\r?\n/);
    assert.match(after, / {2}weights: mit/);
    await h.waitForDiagnostics(
      doc.uri,
      (d) => !d.some((x) => h.ruleOf(x) === 'undeclared-openness'),
      'undeclared-openness to disappear',
    );
    await doc.save();
  });
});
