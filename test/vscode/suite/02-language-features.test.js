// Hover, completion and code lens through VS Code's provider commands, backed by the language server.
const assert = require('assert');
const vscode = require('vscode');
const h = require('../helpers');

/** Position of the first occurrence of `needle` in `doc`, shifted by `delta` characters. */
function positionOf(doc, needle, delta = 0) {
  const offset = doc.getText().indexOf(needle);
  assert.ok(offset >= 0, `${needle} not found in ${doc.uri.path}`);
  return doc.positionAt(offset + delta);
}

describe('language features', () => {
  after(h.closeAll);

  it('explains an openness component key and its grade on hover', async () => {
    const doc = await h.open('good/README.md');
    await h.serverBarrier(doc.uri);
    const hovers = await vscode.commands.executeCommand(
      'vscode.executeHoverProvider',
      doc.uri,
      positionOf(doc, '  weights: apache-2.0', 4),
    );
    const text = h.hoverText(hovers);
    assert.match(text, /Model Architecture and Weights/);
    assert.match(text, /Grade: D5/);
  });

  it('completes licence ids after `license: ` in the front matter', async () => {
    const doc = await h.open('completion/MODEL_CARD.md');
    await h.serverBarrier(doc.uri);
    const list = await vscode.commands.executeCommand(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      positionOf(doc, 'license: ', 'license: '.length),
    );
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const id of ['apache-2.0', 'mit'])
      assert.ok(labels.includes(id), `licence id ${id} not offered; got ${labels.slice(0, 15).join(', ')}`);
  });

  it('shows openness and stage code lenses on a card', async () => {
    const doc = await h.open('good/README.md');
    await h.serverBarrier(doc.uri);
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 10);
    const titles = lenses.map((l) => l.command && l.command.title).filter(Boolean);
    assert.ok(
      titles.some((t) => /^Openness: semi-open · weakest pretraining_data/.test(t)),
      `titles: ${titles.join(' | ')}`,
    );
    assert.ok(
      titles.some((t) => /^Stage: near-term/.test(t)),
      `titles: ${titles.join(' | ')}`,
    );
    assert.ok(
      lenses.every(
        (l) =>
          !l.command || !/^(Openness|Stage):/.test(l.command.title) || l.command.command === 'modelcardLint.showReport',
      ),
    );
  });

  it('shows "Stage: undeclared" on a card without a stage', async () => {
    const doc = await h.open('weak/MODEL_CARD.md');
    await h.serverBarrier(doc.uri);
    const lenses = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 10);
    assert.ok(lenses.some((l) => l.command && l.command.title === 'Stage: undeclared'));
  });
});
