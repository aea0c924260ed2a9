// The change against the last commit in the editor (issue 13): the client sends the committed text of an open card
// (modelcardLint/baseline); the server compares through the lint session and the diff engine, answers with the code
// lens line, adds that lens and puts the changes in the report; null clears it. (Reading git is the VS Code client's:
// test/vscode/suite/10-baseline.test.js.)
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient, fileUri } from './client.mjs';

// The committed card (also the VS Code suite's, test/vscode/suite/10-baseline.test.js).
const COMMITTED = readFileSync(new URL('../fixtures/baseline/README.md', import.meta.url), 'utf8');
const EDITED = COMMITTED.replace('  weights: apache-2.0', '  weights: closed').replace(/## Limitations[\s\S]*$/, '');

describe('change against the last commit (modelcardLint/baseline)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcl-baseline-'));
  const uri = fileUri(join(dir, 'README.md'));
  let client;
  before(async () => {
    client = new TestClient();
    await client.initialize({ rootPath: dir });
    await client.open(uri, EDITED);
    await client.waitForDiagnostics(uri, (x) => x.version === 1);
  });
  after(() => {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers with the code lens line, adds the lens, and puts each change in the report', async () => {
    const r = await client.request('modelcardLint/baseline', { uri, ref: 'HEAD', text: COMMITTED });
    assert.deepEqual(r, { summary: 'Since HEAD: 2 regressions · 1 other change' });
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    const lens = lenses.find((l) => l.command.arguments[1] === 'baseline');
    assert.equal(lens.command.title, r.summary);
    assert.equal(lens.command.command, 'modelcardLint.showReport');
    const report = await client.request('modelcardLint/report', { uri });
    assert.equal(report.baseline.ref, 'HEAD');
    assert.deepEqual(
      report.baseline.changes.map((c) => `${c.kind} ${c.rule}: ${c.message}`),
      [
        'regression openness-regression: `weights` closed: D5 (released under apache-2.0) → D1 (closed).',
        'change null: Weakest component: `pretraining_code` → `weights`.',
        'regression disclosure-removed: The limitations disclosure was removed: the baseline had it (section "Limitations"); now nothing in the card discloses it.',
      ],
    );
  });

  it('a version equal to the committed one has no change; null (no committed version) removes the lens', async () => {
    const same = await client.request('modelcardLint/baseline', { uri, ref: 'HEAD', text: EDITED });
    assert.deepEqual(same, { summary: 'Since HEAD: no change in openness, disclosures or risk areas' });
    const none = await client.request('modelcardLint/baseline', { uri, ref: 'HEAD', text: null });
    assert.deepEqual(none, { summary: null });
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(
      lenses.some((l) => l.command.arguments[1] === 'baseline'),
      false,
    );
    const report = await client.request('modelcardLint/report', { uri });
    assert.equal(report.baseline, null);
  });
  it('follows each edit against the same committed version', async () => {
    await client.request('modelcardLint/baseline', { uri, ref: 'HEAD', text: COMMITTED });
    const lens = async () =>
      (await client.request('textDocument/codeLens', { textDocument: { uri } })).find(
        (l) => l.command.arguments[1] === 'baseline',
      ).command.title;
    await client.change(uri, 2, [
      { range: { start: { line: 3, character: 11 }, end: { line: 3, character: 17 } }, text: 'apache-2.0' },
    ]);
    await client.waitForDiagnostics(uri, (x) => x.version === 2);
    assert.equal(await lens(), 'Since HEAD: 1 regression');
    await client.change(uri, 3, [
      { range: { start: { line: 4, character: 18 }, end: { line: 4, character: 28 } }, text: 'mit' },
    ]);
    await client.waitForDiagnostics(uri, (x) => x.version === 3);
    assert.equal(await lens(), 'Since HEAD: 1 regression · 1 other change');
  });
});
