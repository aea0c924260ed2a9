// Protocol tests: the bundled server over stdio, driven like a real client. Covers initialize, diagnostics on
// open and after incremental edits, the version guard, code actions, code lens, inlay hints, workspace lint,
// configuration changes and shutdown/exit.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient, fileUri } from './client.mjs';
import { applyTextEdits, editsOf } from './edits.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mcl-lsp-'));
/** Every temporary directory this file makes, removed when it ends. */
const temps = [dir];
after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const CARD = ['---', 'license: mit', 'tags: [demo]', '---', '# Demo model', '', 'A demo.', ''].join('\n');
const cardUri = fileUri(join(dir, 'MODEL_CARD.md'));

describe('language server over stdio', () => {
  let client;
  let init;
  before(async () => {
    client = new TestClient();
    init = await client.initialize({ rootPath: dir, initializationOptions: { statusNotification: true } });
  });
  after(() => client.kill());

  it('announces its capabilities', () => {
    const c = init.capabilities;
    assert.equal(c.textDocumentSync.change, 2);
    assert.ok(c.codeActionProvider.codeActionKinds.includes('quickfix'));
    assert.ok(c.codeActionProvider.codeActionKinds.includes('source.fixAll.modelcardLint'));
    assert.equal(c.hoverProvider, true);
    assert.ok(c.completionProvider);
    assert.ok(c.codeLensProvider);
    assert.equal(c.inlayHintProvider, true);
    assert.deepEqual(c.executeCommandProvider.commands.sort(), [
      'modelcardLint.server.insertRiskAssessment',
      'modelcardLint.server.lintWorkspace',
      'modelcardLint.server.openRuleDocs',
      'modelcardLint.server.writeOpennessFromManifest',
    ]);
    assert.equal(init.serverInfo.name, 'modelcard-lint');
  });

  it('publishes diagnostics with rule id, docs link and source on open, and no per-diagnostic fix payload', async () => {
    await client.open(cardUri, CARD);
    const p = await client.waitForDiagnostics(cardUri, (x) => x.version === 1);
    const d = p.diagnostics.find((x) => x.code === 'undeclared-openness');
    assert.ok(d, `undeclared-openness missing: ${p.diagnostics.map((x) => x.code)}`);
    assert.equal(d.source, 'modelcard-lint');
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
    assert.match(d.codeDescription.href, /docs\/rules\/undeclared-openness\.md$/);
    // Code actions look the finding up again by rule and range (issue 10): nothing rides along in `data`.
    assert.equal(d.data, undefined);
    assert.equal(p.version, 1);
  });

  it('re-lints after an incremental edit and drops the fixed finding', async () => {
    await client.change(cardUri, 2, [
      {
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } },
        text: 'openness:\n  weights: mit\n',
      },
    ]);
    const p = await client.waitForDiagnostics(cardUri, (x) => x.version === 2);
    assert.equal(
      p.diagnostics.some((x) => x.code === 'undeclared-openness'),
      false,
    );
  });

  it('never publishes a stale version under rapid edits', async () => {
    const before = client.published.length;
    for (let v = 3; v <= 40; v++) {
      await client.change(cardUri, v, [
        { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: 'x' },
      ]);
    }
    const last = await client.waitForDiagnostics(cardUri, (x) => x.version === 40);
    const versions = client.published
      .slice(before)
      .filter((x) => x.uri === cardUri)
      .map((x) => x.version);
    assert.deepEqual(
      [...versions].sort((a, b) => a - b),
      versions,
      `published out of order: ${versions}`,
    );
    assert.equal(versions.at(-1), 40);
    assert.ok(versions.length < 38, `debounce should coalesce edits, got ${versions.length} publishes`);
    assert.equal(last.version, 40);
  });

  it('offers the rule fix as a preferred quick fix and applies it', async () => {
    const uri = fileUri(join(dir, 'model-card.md'));
    // With `stage:` declared, the openness block is the finding's only fix (no stage suggestions beside it).
    const text = ['---', 'license: mit', 'stage: near-term', '---', '# Model', ''].join('\n');
    await client.open(uri, text);
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
    const d = p.diagnostics.find((x) => x.code === 'undeclared-openness');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const fix = actions.find((a) => a.title === 'Add the inferred `openness:` block');
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    const out = applyTextEdits(text, editsOf(fix, uri));
    assert.match(
      out,
      /^---\nlicense: mit\nstage: near-term\nopenness:\n {2}pretraining_code: unknown\n[\s\S]* {2}weights: mit\n---\n# Model\n$/,
    );
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable undeclared-openness for the entire file'));
    assert.ok(titles.includes('Show documentation for undeclared-openness'));
    const disable = actions.find((a) => a.title === 'Disable undeclared-openness for the entire file');
    assert.equal(
      applyTextEdits(text, editsOf(disable, uri)),
      [
        '---',
        'license: mit',
        'stage: near-term',
        '---',
        '<!-- modelcard-lint-disable-file undeclared-openness -->',
        '# Model',
        '',
      ].join('\n'),
    );
  });

  it('summarises a pile of missing disclosures in one diagnostic with related information and one fix for all', async () => {
    const uri = fileUri(join(dir, 'bare', 'MODEL_CARD.md'));
    const text = '# Model Card for tiny-llm\n\nA small language model.\n';
    await client.open(uri, text);
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
    const d = p.diagnostics.find((x) => x.code === 'missing-disclosures');
    assert.equal(d.severity, 1, 'the missing licence is an error');
    assert.match(d.message, /^12 disclosures missing: licence, /);
    assert.equal(d.relatedInformation.length, 12);
    assert.match(d.relatedInformation[0].message, /^undisclosed-license \(error\): No licence disclosure\./);
    assert.ok(p.diagnostics.filter((x) => x.range.start.line === d.range.start.line).length <= 3);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    assert.equal(actions[0].title, 'Insert the 12 missing sections');
    const out = applyTextEdits(text, editsOf(actions[0], uri));
    assert.match(out, /^# Model Card for tiny-llm\n\nA small language model\.\n\n## License\n\n/);
    assert.ok(actions.some((a) => a.title === 'Disable missing-disclosures for this line'));
  });

  it('"disable for this line" adds a directive above, then extends it for another rule', async () => {
    const uri = fileUri(join(dir, 'dl', 'MODEL_CARD.md'));
    const text = ['---', 'license: mit', 'pipeline_tag: no', '---', '# Model', ''].join('\n');
    await client.open(uri, text);
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
    const tag = p.diagnostics.find((x) => x.code === 'invalid-pipeline-tag');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: tag.range,
      context: { diagnostics: [tag] },
    });
    const once = applyTextEdits(
      text,
      editsOf(
        actions.find((a) => a.title === 'Disable invalid-pipeline-tag for this line'),
        uri,
      ),
    );
    assert.equal(once.split('\n')[2], '# modelcard-lint-disable-next-line invalid-pipeline-tag');
    await client.change(uri, 2, [{ text: once }]);
    const p2 = await client.waitForDiagnostics(uri, (x) => x.version === 2);
    assert.equal(
      p2.diagnostics.some((x) => x.code === 'invalid-pipeline-tag'),
      false,
    );
    const amb = p2.diagnostics.find((x) => x.code === 'ambiguous-yaml-boolean');
    const actions2 = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: amb.range,
      context: { diagnostics: [amb] },
    });
    const twice = applyTextEdits(
      once,
      editsOf(
        actions2.find((a) => a.title === 'Disable ambiguous-yaml-boolean for this line'),
        uri,
      ),
    );
    assert.equal(
      twice.split('\n')[2],
      '# modelcard-lint-disable-next-line invalid-pipeline-tag ambiguous-yaml-boolean',
    );
  });

  it('offers "fix all <rule> problems in this file" when a rule has several fixes', async () => {
    const uri = fileUri(join(dir, 'fr', 'MODEL_CARD.md'));
    const text = ['---', 'license: mit', 'language:', '- no', '- yes', '---', '# Model', ''].join('\n');
    await client.open(uri, text);
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
    const d = p.diagnostics.find((x) => x.code === 'ambiguous-yaml-boolean');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const all = actions.find((a) => a.title === 'Fix all ambiguous-yaml-boolean problems in this file');
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    assert.equal(
      applyTextEdits(text, editsOf(all, uri)),
      ['---', 'license: mit', 'language:', '- "no"', '- "yes"', '---', '# Model', ''].join('\n'),
    );
  });

  it('answers the report request with data, a Markdown summary and an SVG badge', async () => {
    const r = await client.request('modelcardLint/report', { uri: cardUri });
    assert.equal(r.data.kind, 'model-card');
    assert.equal(r.data.openness.components.length, 12);
    assert.equal(r.data.risks.length, 4);
    assert.match(r.markdown, /^## Openness report: /);
    assert.match(r.badge, /^<svg [^>]*role="img"/);
  });

  it('includes or leaves out Annex XI Section 2 in the EU documentation as the client chooses (report, export)', async () => {
    const SECTION_2 = 'Annex XI, Section 2: additional information (GPAI models with systemic risk)';
    const titles = (r) => r.eu.sections.map((s) => s.title);
    const auto = await client.request('modelcardLint/report', { uri: cardUri });
    assert.deepEqual(auto.eu.systemicRisk, { included: false, basis: 'unknown', flops: null });
    assert.ok(!titles(auto).includes(SECTION_2));
    const forced = await client.request('modelcardLint/report', { uri: cardUri, systemicRisk: true });
    assert.deepEqual(forced.eu.systemicRisk, { included: true, basis: 'forced', flops: null });
    assert.ok(titles(forced).includes(SECTION_2), titles(forced).join(' | '));
    // Only a boolean is a choice: anything else leaves it to the card's compute.
    const odd = await client.request('modelcardLint/report', { uri: cardUri, systemicRisk: 'yes' });
    assert.deepEqual(odd.eu.systemicRisk, auto.eu.systemicRisk);
    const md = await client.request('modelcardLint/euExport', { uri: cardUri, format: 'markdown', systemicRisk: true });
    assert.ok(md.text.includes(SECTION_2), md.text.slice(0, 400));
    const json = await client.request('modelcardLint/euExport', { uri: cardUri, format: 'json', systemicRisk: false });
    assert.deepEqual(JSON.parse(json.text).systemicRisk, { included: false, basis: 'forced', flops: null });
  });

  it('answers source.fixAll.modelcardLint with every safe fix', async () => {
    const uri = fileUri(join(dir, 'fixall', 'MODEL_CARD.md'));
    const text = [
      '---',
      'license: mit',
      '---',
      '# Model',
      '<!-- modelcard-lint-disable-file undisclosed-contcat -->',
      '',
    ].join('\n');
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (x) => x.version === 1);
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.modelcardLint');
    const out = applyTextEdits(text, editsOf(actions[0], uri));
    assert.match(out, /openness:\n/);
    assert.match(out, /undisclosed-contact -->/);
  });

  it('shows the openness summary as code lenses', async () => {
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: cardUri } });
    assert.equal(lenses.length, 2);
    assert.equal(lenses[0].command.title, 'Openness: semi-open · weakest pretraining_code (undeclared)');
    assert.equal(lenses[0].command.command, 'modelcardLint.showReport');
    assert.equal(lenses[1].command.title, 'Stage: undeclared');
  });

  it('shows the computed grade as inlay hints', async () => {
    const hints = await client.request('textDocument/inlayHint', {
      textDocument: { uri: cardUri },
      range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
    });
    const weights = hints.find((h) => h.position.line === 3);
    assert.equal(weights.label, 'D5 · restriction-free');
    const licence = hints.find((h) => h.position.line === 1);
    assert.equal(licence.label, 'D5 · restriction-free for weights');
  });

  it('sends the status notification for the status bar', () => {
    const s = client.status.get(cardUri);
    assert.equal(s.kind, 'model-card');
    assert.equal(s.level, 'semi-open');
    assert.equal(s.components.length, 12);
  });

  it('re-lints open documents when the settings change', async () => {
    client.settings = { rules: { 'undeclared-stage': 'error' } };
    const n = client.published.length;
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await client.waitForDiagnostics(
      cardUri,
      (x) => client.published.indexOf(x) >= n && x.diagnostics.some((d) => d.code === 'undeclared-stage'),
    );
    assert.equal(p.diagnostics.find((d) => d.code === 'undeclared-stage').severity, 1);
    client.settings = {};
  });

  it('links a cross-file finding to the sibling manifest (related information)', async () => {
    const rel = mkdtempSync(join(tmpdir(), 'mcl-rel-'));
    temps.push(rel);
    writeFileSync(
      join(rel, 'model.yml'),
      'framework:\n  name: Model Openness Framework\n  version: "1.0"\nrelease:\n  name: M\n  components:\n  - name: Model parameters (Final)\n    license: Apache-2.0\n',
    );
    const uri = fileUri(join(rel, 'MODEL_CARD.md'));
    await client.open(uri, '---\nlicense: llama3\n---\n# Model\n');
    const p = await client.waitForDiagnostics(uri);
    const d = p.diagnostics.find((x) => x.code === 'card-manifest-mismatch');
    assert.ok(d, p.diagnostics.map((x) => x.code).join());
    assert.deepEqual(d.range, { start: { line: 1, character: 9 }, end: { line: 1, character: 15 } });
    assert.equal(d.relatedInformation[0].location.uri, fileUri(join(rel, 'model.yml')));
    assert.deepEqual(d.relatedInformation[0].location.range, {
      start: { line: 7, character: 13 },
      end: { line: 7, character: 23 },
    });
  });

  it('leaves other Markdown alone', async () => {
    const uri = fileUri(join(dir, 'NOTES.md'));
    await client.open(uri, '# Shopping list\n\n- milk\n');
    const p = await client.waitForDiagnostics(uri);
    assert.deepEqual(p.diagnostics, []);
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses, []);
  });

  it('opens rule documentation through window/showDocument', async () => {
    await client.request('workspace/executeCommand', {
      command: 'modelcardLint.server.openRuleDocs',
      arguments: ['undeclared-stage'],
    });
    assert.match(client.shown.uri, /undeclared-stage\.md$/);
  });

  it('inserts a risk assessment through workspace/applyEdit, and says why when the card already has one', async () => {
    const uri = fileUri(join(dir, 'risk', 'MODEL_CARD.md'));
    await client.open(uri, '---\r\nlicense: mit\r\n---\r\n# Risky\r\n');
    await client.waitForDiagnostics(uri, (x) => x.version === 1);
    const before = client.appliedEdits.length;
    const r = await client.request('workspace/executeCommand', {
      command: 'modelcardLint.server.insertRiskAssessment',
      arguments: [uri],
    });
    assert.deepEqual(r, { applied: true });
    const [change] = client.appliedEdits[before].edit.documentChanges;
    assert.equal(change.textDocument.uri, uri);
    assert.deepEqual(change.edits[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } });
    assert.match(
      change.edits[0].newText,
      /^risk_assessment:\r\n {2}research_and_innovation:\r\n {4}status: unassessed/,
    );
    await client.open(uri.replace('MODEL_CARD', 'MODEL_CARD2'), '---\nrisk_assessment: {}\n---\n# R\n');
    const again = await client.request('workspace/executeCommand', {
      command: 'modelcardLint.server.insertRiskAssessment',
      arguments: [uri.replace('MODEL_CARD', 'MODEL_CARD2')],
    });
    assert.deepEqual(again, { applied: false, message: 'This card already has a risk_assessment block.' });
  });

  it('writes the openness: block from the model.yml beside the card; says why when there is none or nothing to do', async () => {
    const sub = join(dir, 'release');
    mkdirSync(sub, { recursive: true });
    writeFileSync(
      join(sub, 'model.yml'),
      "framework:\n  name: Model Openness Framework\n  version: '1.0'\n  date: '2024-12-15'\nrelease:\n  name: R\n  producer: P\n  license: {}\n  components:\n  - name: Model parameters (Final)\n    license: Apache-2.0\n  - name: Model card\n",
    );
    const uri = fileUri(join(sub, 'README.md'));
    const text = '---\nlicense: mit\nopenness:\n  weights: mit\n---\n# R\n';
    await client.open(uri, text);
    const p = await client.waitForDiagnostics(uri, (x) => x.version === 1);
    assert.ok(p.diagnostics.some((d) => d.code === 'card-manifest-mismatch'));
    const before = client.appliedEdits.length;
    const r = await client.request('workspace/executeCommand', {
      command: 'modelcardLint.server.writeOpennessFromManifest',
      arguments: [uri],
    });
    assert.deepEqual(r, {
      applied: true,
      message:
        'openness: weights, inference_code, pretraining_code, pretraining_data, evaluation_code, evaluation_data from model.yml; no card component for Model card.',
    });
    const [change] = client.appliedEdits[before].edit.documentChanges;
    assert.equal(change.textDocument.version, 1);
    assert.equal(
      applyTextEdits(text, change.edits),
      '---\nlicense: mit\nopenness:\n  weights: apache-2.0\n  inference_code: closed\n  pretraining_code: closed\n  pretraining_data: closed\n  evaluation_code: closed\n  evaluation_data: closed\n---\n# R\n',
    );
    const none = fileUri(join(dir, 'alone', 'README.md'));
    await client.open(none, '---\nlicense: mit\n---\n# Alone\n');
    await client.waitForDiagnostics(none, (x) => x.version === 1);
    assert.deepEqual(
      await client.request('workspace/executeCommand', {
        command: 'modelcardLint.server.writeOpennessFromManifest',
        arguments: [none],
      }),
      { applied: false, message: 'No MOF release manifest (model.yml) beside this card.' },
    );
  });

  it('shuts down and exits cleanly', async () => {
    const c = new TestClient();
    await c.initialize();
    assert.equal(await c.shutdown(), 0);
  });
});

describe('workspace lint', () => {
  it('lints files that are not open and reports progress', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'mcl-ws-'));
    temps.push(ws);
    writeFileSync(join(ws, 'MODEL_CARD.md'), '---\nlicense: mit\n---\n# Model\n');
    writeFileSync(
      join(ws, 'model.yml'),
      'framework:\n  name: Model Openness Framework\n  version: "1.0"\n  date: "2024-12-15"\nrelease:\n  name: M\n  producer: P\n  license: {}\n  components:\n  - name: Model card\n    license: CC-BY-4.0\n',
    );
    writeFileSync(join(ws, 'notes.md'), '# Notes\n');
    const c = new TestClient();
    try {
      await c.initialize({ rootPath: ws });
      const summary = await c.request('workspace/executeCommand', {
        command: 'modelcardLint.server.lintWorkspace',
        arguments: [],
      });
      assert.equal(summary.files, 2);
      await c.waitForDiagnostics(fileUri(join(ws, 'MODEL_CARD.md')));
      await c.waitForDiagnostics(fileUri(join(ws, 'model.yml')));
      assert.ok(c.progress.some((p) => p.value.kind === 'end'));
    } finally {
      c.kill();
    }
  });
});
