// Activation and diagnostics: opening a model card starts the extension and the server publishes rule findings.
const assert = require('assert');
const vscode = require('vscode');
const h = require('../helpers');

describe('activation and diagnostics', () => {
  after(h.closeAll);

  it('activates on a model card and starts the language server', async () => {
    const doc = await h.open('weak/MODEL_CARD.md');
    assert.strictEqual(doc.languageId, 'markdown');
    await h.waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'any modelcard-lint diagnostic');
    const ext = vscode.extensions.getExtension(h.EXTENSION_ID);
    assert.ok(ext.isActive, 'the extension should be active after opening a model card');
    const api = await h.extensionApi();
    assert.strictEqual(typeof api.statusText, 'function');
    assert.ok(api.client.isRunning(), 'the language client should be running');
  });

  it('reports rule ids with links to the rule documentation', async () => {
    const doc = await h.open('weak/MODEL_CARD.md');
    const expected = ['undeclared-openness', 'missing-disclosures', 'unassessed-risk-area'];
    const ds = await h.waitForDiagnostics(
      doc.uri,
      (d) => expected.every((id) => d.some((x) => h.ruleOf(x) === id)),
      expected.join(', '),
    );
    for (const d of ds) {
      assert.strictEqual(d.source, 'modelcard-lint');
      assert.ok(
        typeof d.code === 'object' && d.code.target instanceof vscode.Uri,
        `diagnostic ${d.message} has no docs link`,
      );
      assert.ok(
        d.code.target.path.endsWith(`/docs/rules/${d.code.value}.md`),
        `docs link of ${d.code.value}: ${d.code.target}`,
      );
    }
    const stat = await vscode.workspace.fs.stat(ds.find((d) => h.ruleOf(d) === 'undeclared-openness').code.target);
    assert.strictEqual(stat.type, vscode.FileType.File, 'the linked rule page exists');
    const risk = ds.filter((d) => h.ruleOf(d) === 'unassessed-risk-area');
    // The four areas without any assessment are one finding (rules/unassessed-risk-area.ts), with one fix for all.
    assert.strictEqual(risk.length, 1, 'one finding for the unassessed areas');
    assert.match(
      risk[0].message,
      /^Risk areas Research & Innovation, Safety & Security, Equity & Access and Broader Society are not assessed/,
    );
    assert.ok(risk.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
  });

  it('finds no errors or warnings on a complete card and leaves other Markdown alone', async () => {
    const good = await h.open('good/README.md');
    await h.serverBarrier(good.uri);
    const loud = h.ours(good.uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual(loud.map(h.ruleOf), [], 'a complete card has no errors or warnings');
    const notes = await h.open('notes/NOTES.md');
    await h.serverBarrier(notes.uri);
    assert.deepStrictEqual(h.rulesOf(notes.uri), []);
  });
});
