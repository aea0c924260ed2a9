// The web build's language server (dist/web/server.js, run in a worker thread by web-host.mjs), driven like the Node
// server, with a file system that answers its modelcardLint/readFiles requests as the VS Code web client does
// (web-fs.mjs). It reads a card's `.eval_results/*.yaml` through the client as the Node server reads them from disk
// (issue 12), and a manifest or results file changed on disk is read again at once when the client reports the change
// (it was kept for 10 s). The browser itself is tested by test/e2e/web.mjs; this is the same server code, faster.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TestClient, fileUri } from './client.mjs';
import { CREDITED_HOVER, FIXTURE, RESULT, evalResultsWorkspace, evaluationHover } from './eval-results-fixture.mjs';
import { serveFiles } from './web-fs.mjs';

const WEB_SERVER = fileURLToPath(new URL('./web-host.mjs', import.meta.url));
const manifest = (license) =>
  `framework:\n  name: Model Openness Framework\n  version: "1.0"\nrelease:\n  name: M\n  components:\n  - name: Model parameters (Final)\n    license: ${license}\n`;
const codesOf = (p) => p.diagnostics.map((d) => d.code);

describe('web server: .eval_results and files changed on disk', () => {
  let client;
  let ws;
  let dir;
  let asked;
  let cardUri;
  let evalFile;
  const nextFor = (n, pred) => client.nextDiagnostics(cardUri, n, pred);

  before(async () => {
    ws = evalResultsWorkspace('mcl-web-');
    ({ dir, cardUri, evalFile } = ws);
    client = new TestClient({ server: WEB_SERVER });
    asked = serveFiles(client, dir);
    await client.initialize({ rootPath: dir });
    await client.open(cardUri, ws.readCard());
  });
  after(() => {
    client.kill();
    ws.remove();
  });

  it('reads .eval_results through the client and credits it, as the Node server does', async () => {
    const p = await client.waitForDiagnostics(cardUri);
    assert.ok(!codesOf(p).includes('undisclosed-evaluation'), codesOf(p).join(' '));
    assert.ok(asked.includes(`list ${fileUri(join(dir, '.eval_results'))}`), asked.join('\n'));
    assert.ok(asked.includes(`read ${fileUri(evalFile)}`), asked.join('\n'));
    assert.match(await evaluationHover(client, ws), CREDITED_HOVER);
  });

  it('the EU documentation lists the results, as `export --eu-documentation` does', async () => {
    const r = await client.request('modelcardLint/euExport', { uri: cardUri, format: 'json' });
    const eu = JSON.parse(r.text);
    assert.deepEqual(
      eu.evaluationResults.map((e) => [e.dataset, e.value, e.file, e.line]),
      [['Idavidrein/gpqa', 0.412, '.eval_results/gpqa.yaml', 3]],
    );
  });

  it('a results file deleted and created (didChangeWatchedFiles) is read again at once', async () => {
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

  it('a manifest changed on disk is read again at once, not after 10 s', async () => {
    const path = join(dir, 'model.yml');
    let n = client.published.length;
    writeFileSync(path, manifest('llama3'));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(path), type: 1 }],
    });
    await nextFor(n, (codes) => codes.includes('card-manifest-mismatch'));
    n = client.published.length;
    // The card says `license: apache-2.0`: now the manifest agrees with it.
    writeFileSync(path, manifest('Apache-2.0'));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(path), type: 2 }],
    });
    const agreed = await nextFor(n, () => true);
    assert.ok(!codesOf(agreed).includes('card-manifest-mismatch'), codesOf(agreed).join(' '));
    rmSync(path);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(path), type: 3 }],
    });
  });
});

describe('web server: a symbolic link for .eval_results is not followed', () => {
  it('lints the card on its own text, and asks for nothing behind the link', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcl-web-link-'));
    const outside = mkdtempSync(join(tmpdir(), 'mcl-web-outside-'));
    const client = new TestClient({ server: WEB_SERVER });
    try {
      cpSync(join(FIXTURE, 'README.md'), join(dir, 'README.md'));
      mkdirSync(join(outside, 'results'));
      writeFileSync(join(outside, 'results', 'gpqa.yaml'), RESULT);
      symlinkSync(join(outside, 'results'), join(dir, '.eval_results'));
      const asked = serveFiles(client, dir);
      await client.initialize({ rootPath: dir });
      const uri = fileUri(join(dir, 'README.md'));
      await client.open(uri, readFileSync(join(dir, 'README.md'), 'utf8'));
      const p = await client.waitForDiagnostics(uri);
      assert.ok(codesOf(p).includes('undisclosed-evaluation'), codesOf(p).join(' '));
      assert.ok(!asked.some((a) => a.startsWith('read ') && a.includes('.eval_results')), asked.join('\n'));
    } finally {
      client.kill();
      rmSync(dir, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
