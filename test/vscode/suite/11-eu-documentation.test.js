// The report view's EU documentation tab (issue 13): the report for a card carries the items that `modelcard-lint
// export --eu-documentation` writes, and "Export EU Documentation" (the tab's buttons) opens the server's Markdown or
// JSON, with Annex XI Section 2 as the user chooses (the command's second argument, the tab's list); a manifest has
// none.
const assert = require('assert');
const vscode = require('vscode');
const h = require('../helpers');

describe('EU documentation tab', () => {
  after(h.closeAll);

  it('the report of a card carries the EU items; the export opens the same document as Markdown and JSON', async () => {
    const card = await h.open('good/README.md');
    await h.serverBarrier(card.uri);
    const res = await vscode.commands.executeCommand('modelcardLint.showReport');
    assert.ok(res && res.eu, 'no EU documentation in the report');
    const items = res.eu.sections.flatMap((s) => s.items);
    assert.ok(items.length >= 50, `${items.length} items`);
    assert.strictEqual(res.eu.summary.filled + res.eu.summary.withheld + res.eu.summary.missing, items.length);
    for (const i of items.filter((x) => x.status === 'filled')) assert.ok(i.line > 0, `${i.id} has no line`);

    const md = await vscode.commands.executeCommand('modelcardLint.exportEuDocumentation');
    assert.match(md.getText(), /^# EU AI Act documentation: /);
    assert.strictEqual(md.languageId, 'markdown');
    await vscode.window.showTextDocument(card);
    const json = await vscode.commands.executeCommand('modelcardLint.exportEuDocumentation', 'json');
    const parsed = JSON.parse(json.getText());
    assert.strictEqual(parsed.file, 'README.md');
    assert.deepStrictEqual(parsed.summary, res.eu.summary);
  });

  it('Annex XI Section 2 is included or left out as asked, whatever the card says', async () => {
    const SECTION_2 = 'Annex XI, Section 2: additional information (GPAI models with systemic risk)';
    const card = await h.open('good/README.md');
    await h.serverBarrier(card.uri);
    const auto = JSON.parse(
      (await vscode.commands.executeCommand('modelcardLint.exportEuDocumentation', 'json')).getText(),
    );
    await vscode.window.showTextDocument(card);
    const forced = JSON.parse(
      (await vscode.commands.executeCommand('modelcardLint.exportEuDocumentation', 'json', true)).getText(),
    );
    assert.deepStrictEqual(forced.systemicRisk.included, true);
    assert.strictEqual(forced.systemicRisk.basis, 'forced');
    assert.ok(forced.sections.some((s) => s.title === SECTION_2));
    assert.ok(forced.sections.length >= auto.sections.length);
    await vscode.window.showTextDocument(card);
    const left = JSON.parse(
      (await vscode.commands.executeCommand('modelcardLint.exportEuDocumentation', 'json', false)).getText(),
    );
    assert.strictEqual(left.systemicRisk.included, false);
    assert.ok(!left.sections.some((s) => s.title === SECTION_2));
  });

  it('a manifest has no EU documentation', async () => {
    const doc = await h.open('manifest/model.yml');
    await h.serverBarrier(doc.uri);
    const res = await vscode.commands.executeCommand('modelcardLint.showReport');
    assert.strictEqual(res.eu, null);
  });
});
