// Lint Workspace and the "Model Card Lint" output in the real editor: the command lints files no editor has open
// (their diagnostics arrive), its summary counts what it published, and `modelcardLint.logLevel` decides what the
// output shows (read back from the file VS Code writes the channel to).
const assert = require('assert');
const vscode = require('vscode');
const h = require('../helpers');

const UNOPENED = 'unopened/MODEL_CARD.md';

/** Our diagnostics per severity over every file of the workspace. */
async function publishedCounts() {
  const counts = { errors: 0, warnings: 0, infos: 0, hints: 0 };
  const key = {
    [vscode.DiagnosticSeverity.Error]: 'errors',
    [vscode.DiagnosticSeverity.Warning]: 'warnings',
    [vscode.DiagnosticSeverity.Information]: 'infos',
    [vscode.DiagnosticSeverity.Hint]: 'hints',
  };
  for (const uri of await vscode.workspace.findFiles('**/*.{md,yml,yaml}'))
    for (const d of h.ours(uri)) counts[key[d.severity]]++;
  return counts;
}

describe('Lint Workspace', () => {
  after(async () => {
    await h.setSetting('logLevel', undefined);
    await h.closeAll();
  });

  it('lints files no editor has open, and its summary counts the diagnostics it published', async () => {
    const uri = h.wsUri(UNOPENED);
    const isOpen = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    assert.strictEqual(isOpen(), false);
    assert.deepStrictEqual(h.rulesOf(uri), []);
    const summary = await vscode.commands.executeCommand('modelcardLint.lintWorkspace');
    assert.strictEqual(isOpen(), false, 'Lint Workspace opened the file');
    assert.deepStrictEqual(h.rulesOf(uri), [
      'undeclared-openness',
      'open-weights-closed-safety',
      'invalid-pipeline-tag',
      'missing-disclosures',
      'unassessed-risk-area',
    ]);
    // Seven cards and a manifest; notes/NOTES.md is neither and is not counted.
    const { files, errors, warnings, infos, hints } = summary;
    assert.strictEqual(files, 8);
    assert.deepStrictEqual({ errors, warnings, infos, hints }, await publishedCounts());
    const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info`;
    assert.strictEqual(summary.message, `8 files: ${counts}${hints ? `, ${hints} hint${hints === 1 ? '' : 's'}` : ''}`);
    assert.strictEqual(summary.stopped, undefined);
  });

  it('modelcardLint.logLevel decides what the "Model Card Lint" output shows', async () => {
    // At the default level (info) since activation: the client's line, the server's start line and Lint Workspace's
    // summary, and not one line per lint although every suite before this one has linted.
    const summary = await vscode.commands.executeCommand('modelcardLint.lintWorkspace');
    const atInfo = await h.waitForOutput(
      'Model Card Lint',
      (t) => t.includes(`Lint Workspace: ${summary.message}`),
      'the Lint Workspace summary line',
    );
    assert.match(atInfo, /Model Card Lint \S+ activated; starting the language server/);
    assert.match(atInfo, /language server \S+ started: 1 workspace folder, log level info/);
    assert.doesNotMatch(atInfo, /\blinted (file|untitled):/);
    // debug: a line for every lint, here the re-lint of the open card that a settings change makes.
    const doc = await h.open('weak/MODEL_CARD.md');
    await h.serverBarrier(doc.uri);
    await h.setSetting('logLevel', 'debug');
    const line = `linted ${doc.uri.toString()} (version ${doc.version}, model-card): `;
    const atDebug = await h.waitForOutput(
      'Model Card Lint',
      (t) => t.includes(line),
      `a debug line for ${doc.uri.path}`,
    );
    const found = /^(\d+) findings? in \d+ ms/.exec(atDebug.slice(atDebug.lastIndexOf(line) + line.length));
    assert.ok(found, atDebug.slice(atDebug.lastIndexOf(line)));
    assert.strictEqual(Number(found[1]), h.ours(doc.uri).length);
  });
});
