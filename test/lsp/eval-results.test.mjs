// The language server credits the Hub's `.eval_results/*.yaml` beside a card (issue 12) and lints the card again when
// one of them is created, changed or deleted: through the file watcher it registers (workspace/didChangeWatchedFiles)
// and, for clients without watching, when the file is saved in the editor. The card is test/fixtures/eval-results/
// (eval-results-fixture.mjs, shared with the web server's test).
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient, fileUri } from './client.mjs';
import { CREDITED_HOVER, RESULT, evalResultsWorkspace, evaluationHover } from './eval-results-fixture.mjs';

describe('language server and .eval_results', () => {
  let client;
  let ws;
  let dir;
  let cardUri;
  let evalFile;
  const nextFor = (n, pred) => client.nextDiagnostics(cardUri, n, pred);

  before(async () => {
    ws = evalResultsWorkspace('mcl-lsp-eval-');
    ({ dir, cardUri, evalFile } = ws);
    client = new TestClient();
    await client.initialize({ rootPath: dir });
  });
  after(() => {
    client.kill();
    ws.remove();
  });

  it('registers watchers for .eval_results and its YAML files', async () => {
    await client.open(cardUri, ws.readCard());
    await client.waitForDiagnostics(cardUri);
    const globs = client.watchedGlobs();
    for (const g of ['**/.eval_results', '**/*.yaml', '**/*.yml']) assert.ok(globs.includes(g), globs.join(' '));
  });

  it('credits the results: no undisclosed-evaluation, and the hover names the file', async () => {
    const p = await client.waitForDiagnostics(cardUri);
    const codes = p.diagnostics.map((d) => d.code);
    assert.ok(!codes.includes('undisclosed-evaluation'), codes.join(' '));
    assert.match(await evaluationHover(client, ws), CREDITED_HOVER);
  });

  it('lints the card again when the file is deleted and created (didChangeWatchedFiles)', async () => {
    let n = client.published.length;
    rmSync(evalFile);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(evalFile), type: 3 }],
    });
    const gone = await nextFor(n, (codes) => codes.includes('undisclosed-evaluation'));
    assert.equal(gone.version, 1);
    n = client.published.length;
    writeFileSync(evalFile, RESULT);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(evalFile), type: 1 }],
    });
    await nextFor(n, (codes) => !codes.includes('undisclosed-evaluation'));
  });

  it('a change elsewhere does not re-lint the card', async () => {
    const said = () => client.logs.filter((m) => m.startsWith('A file that cards read changed')).length;
    const before = said();
    const n = client.published.length;
    // Another directory's YAML file (one beside the card could be its manifest: that re-lints it, dependencies.test).
    mkdirSync(join(dir, 'other'));
    const other = join(dir, 'other', 'notes.yaml');
    writeFileSync(other, 'a: 1\n');
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(other), type: 1 }],
    });
    // The server handles notifications in order: once the second event's re-lint is published, the first was seen.
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(evalFile), type: 2 }],
    });
    await nextFor(n, () => true);
    assert.equal(said(), before + 1);
    assert.equal(client.logs.at(-1), 'A file that cards read changed: re-linting 1 open document beside it.');
  });

  it('lints the card again when the results file is saved in the editor (clients without file watching)', async () => {
    const uri = fileUri(evalFile);
    await client.open(uri, RESULT, 'yaml');
    const n = client.published.length;
    writeFileSync(evalFile, '- value: 3\n');
    await client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
    await nextFor(n, (codes) => codes.includes('undisclosed-evaluation'));
  });
});
