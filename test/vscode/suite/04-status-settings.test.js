// The status bar openness text (read through activate()'s API) and settings that change what the server reports.
const assert = require('assert');
const vscode = require('vscode');
const h = require('../helpers');

describe('status bar', () => {
  after(h.closeAll);

  it('shows the openness level of the active card', async () => {
    const api = await h.extensionApi();
    const doc = await h.open('good/README.md');
    await h.serverBarrier(doc.uri);
    assert.match(api.statusText(), /semi-open/);
    assert.match(api.statusTooltip(), /Stage: near-term/);
    assert.match(api.statusTooltip(), /\| weights \| D5 \|/);
  });

  it('says "openness unknown" for a card that declares nothing and hides on other files', async () => {
    const api = await h.extensionApi();
    const weak = await h.open('weak/MODEL_CARD.md');
    await h.serverBarrier(weak.uri);
    assert.match(api.statusText(), /openness unknown/);
    const notes = await h.open('notes/NOTES.md');
    await h.serverBarrier(notes.uri);
    assert.strictEqual(api.statusText(), '');
  });
});

describe('settings', () => {
  after(async () => {
    await h.setSetting('profile', undefined);
    await h.setSetting('rules', undefined);
    await h.closeAll();
  });

  it('modelcardLint.profile switches the rule profile', async () => {
    const doc = await h.open('settings/MODEL_CARD.md');
    const risk = (d) => d.some((x) => h.ruleOf(x) === 'unassessed-risk-area');
    await h.waitForDiagnostics(doc.uri, risk, 'unassessed-risk-area under the recommended profile');
    await h.setSetting('profile', 'hf-basic');
    await h.waitForDiagnostics(doc.uri, (d) => !risk(d), 'hf-basic to drop unassessed-risk-area');
    await h.setSetting('profile', 'eu-gpai');
    const ds = await h.waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => h.ruleOf(x) === 'unassessed-risk-area' && x.severity === vscode.DiagnosticSeverity.Error),
      'eu-gpai to make unassessed-risk-area an error',
    );
    assert.ok(ds.length > 0);
    await h.setSetting('profile', undefined);
    await h.waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => h.ruleOf(x) === 'unassessed-risk-area' && x.severity === vscode.DiagnosticSeverity.Warning),
      'the recommended profile back',
    );
  });

  it('modelcardLint.rules overrides a rule severity or turns it off', async () => {
    const doc = await h.open('settings/MODEL_CARD.md');
    const stage = (d) => d.find((x) => h.ruleOf(x) === 'undeclared-stage');
    // Off in the default profile (undeclared-openness mentions the missing stage): a setting turns it on.
    await h.waitForDiagnostics(doc.uri, (d) => d.length > 0 && !stage(d), 'diagnostics without undeclared-stage');
    await h.setSetting('rules', { 'undeclared-stage': 'error' });
    await h.waitForDiagnostics(
      doc.uri,
      (d) => stage(d) && stage(d).severity === vscode.DiagnosticSeverity.Error,
      'undeclared-stage as an error',
    );
    await h.setSetting('rules', { 'undeclared-stage': 'off' });
    await h.waitForDiagnostics(doc.uri, (d) => d.length > 0 && !stage(d), 'undeclared-stage turned off');
  });
});
