// A MOF release manifest gets its class (code lens and status bar); the report command answers with the chart data.
const assert = require('assert');
const vscode = require('vscode');
const h = require('../helpers');

describe('MOF manifest and report', () => {
  after(h.closeAll);

  it('classifies a complete manifest as MOF Class III', async () => {
    const doc = await h.open('manifest/model.yml');
    await h.serverBarrier(doc.uri);
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 10);
    const titles = lenses.map((l) => l.command && l.command.title).filter(Boolean);
    assert.ok(
      titles.some((t) => /^Openness: .*MOF Class III/.test(t)),
      `titles: ${titles.join(' | ')}`,
    );
    const api = await h.extensionApi();
    assert.match(api.statusText(), /MOF Class III/);
  });

  it('"Show Openness Report" returns the report for the active card', async () => {
    const doc = await h.open('good/README.md');
    await h.serverBarrier(doc.uri);
    const res = await vscode.commands.executeCommand('modelcardLint.showReport');
    assert.ok(res && res.data, 'the report command answered nothing');
    assert.strictEqual(res.data.openness.components.length, 12);
    assert.match(res.markdown, /semi-open/);
  });
});
