// Lint Workspace over the protocol (server/src/lsp/workspace-lint.ts): the summary counts errors, warnings, info and
// hints exactly as published; progress goes on the client's token when it passes one (the VS Code client does, to
// show a Cancel button) and on a server-created one otherwise; either way a cancel stops the lint between files.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import lsp from 'vscode-languageserver-protocol/node.js';
import { TestClient, fileUri } from './client.mjs';

const COMMAND = 'modelcardLint.server.lintWorkspace';
const corpus = resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared/corpus');

const n = (k, word) => `${k} ${word}${k === 1 ? '' : 's'}`;

/** Calls `fn` on every `$/progress` value the client receives from now on (the TestClient collects them). */
function onProgress(client, fn) {
  client.progress.push = function (...xs) {
    const n = Array.prototype.push.apply(this, xs);
    for (const x of xs) fn(x);
    return n;
  };
}

describe('Lint Workspace summary', () => {
  let ws;
  let c;
  before(async () => {
    ws = mkdtempSync(join(tmpdir(), 'mcl-wsl-'));
    // Every severity occurs: the config turns some of the card's findings into info and hints.
    writeFileSync(
      join(ws, '.modelcard-lint.yaml'),
      'rules:\n  undisclosed-architecture: hint\n  open-weights-closed-safety: error\n',
    );
    writeFileSync(join(ws, 'MODEL_CARD.md'), '---\nlicense: mit\n---\n# Model\n\nA model.\n');
    // A card by its name (the editor's default `files.cards` globs), whatever its content.
    mkdirSync(join(ws, 'sub'));
    writeFileSync(join(ws, 'sub', 'model_card.md'), '# Other model\n\nIt classifies text.\n');
    writeFileSync(join(ws, 'notes.md'), '# Notes\n\nNot a card.\n');
    c = new TestClient();
    await c.initialize({ rootPath: ws });
  });
  after(() => {
    c.kill();
    rmSync(ws, { recursive: true, force: true });
  });

  it('counts errors, warnings, info and hints as published, and says so in one line', async () => {
    const summary = await c.request('workspace/executeCommand', { command: COMMAND, arguments: [] });
    const tally = { 1: 0, 2: 0, 3: 0, 4: 0 };
    const published = new Map(c.published.map((p) => [p.uri, p.diagnostics]));
    assert.deepEqual([...published.keys()].sort(), [
      fileUri(join(ws, 'MODEL_CARD.md')),
      fileUri(join(ws, 'sub', 'model_card.md')),
    ]);
    for (const ds of published.values()) for (const d of ds) tally[d.severity]++;
    assert.ok(tally[1] && tally[2] && tally[3] && tally[4], `every severity occurs: ${JSON.stringify(tally)}`);
    assert.deepEqual(summary, {
      files: 2,
      errors: tally[1],
      warnings: tally[2],
      infos: tally[3],
      hints: tally[4],
      message: `2 files: ${n(tally[1], 'error')}, ${n(tally[2], 'warning')}, ${tally[3]} info, ${n(tally[4], 'hint')}`,
    });
  });

  it('reports progress on the token the client passed, cancellable, with counts so far', async () => {
    // Four files are visited (the config file too: Lint Workspace's globs include YAML), two are cards.
    c.progress.length = 0;
    let created = 0;
    c.conn.onRequest('window/workDoneProgress/create', () => (created++, null));
    await c.request('workspace/executeCommand', { command: COMMAND, arguments: [], workDoneToken: 'mine' });
    const kinds = c.progress.filter((p) => p.token === 'mine').map((p) => p.value.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds.at(-1), 'end');
    assert.ok(kinds.includes('report'));
    assert.equal(c.progress.find((p) => p.value.kind === 'begin').value.cancellable, true);
    const last = c.progress.filter((p) => p.value.kind === 'report').at(-1).value;
    assert.match(last.message, /^4\/4 files · \d+ errors?, \d+ warnings?$/);
    assert.equal(last.percentage, 100);
    assert.equal(created, 0, 'no server-created progress when the client passed a token');
    assert.ok(c.progress.every((p) => p.token === 'mine'));
  });
});

describe('Lint Workspace cancel', () => {
  let ws;
  before(() => {
    // The corpus's cards and manifests (371 files): a lint that takes long enough to be cancelled in the middle.
    ws = mkdtempSync(join(tmpdir(), 'mcl-wsc-'));
    cpSync(join(corpus, 'cards'), join(ws, 'cards'), { recursive: true });
    cpSync(join(corpus, 'manifests'), join(ws, 'manifests'), { recursive: true });
  });
  after(() => rmSync(ws, { recursive: true, force: true }));

  it('stops when the client cancels the request, and answers with what it linted', async () => {
    const c = new TestClient();
    try {
      await c.initialize({ rootPath: ws });
      const source = new lsp.CancellationTokenSource();
      onProgress(c, (p) => p.value.kind === 'report' && source.cancel());
      const summary = await c.conn.sendRequest(
        'workspace/executeCommand',
        { command: COMMAND, arguments: [], workDoneToken: 'ws' },
        source.token,
      );
      assert.equal(summary.stopped, 'cancelled');
      assert.match(summary.message, /^\d+ files?: .* \(cancelled\)$/);
      // The first report comes after the first file; the cancel is read within a few files, far from all 371.
      assert.ok(summary.files >= 1 && summary.files < 100, `linted ${summary.files}`);
      assert.equal(c.progress.at(-1).value.kind, 'end');
    } finally {
      c.kill();
    }
  });

  it('stops on window/workDoneProgress/cancel of the progress the server created', async () => {
    const c = new TestClient();
    try {
      await c.initialize({ rootPath: ws });
      let token;
      c.conn.onRequest('window/workDoneProgress/create', (p) => ((token = p.token), null));
      onProgress(c, (p) => {
        if (p.token === token && p.value.kind === 'report')
          void c.conn.sendNotification('window/workDoneProgress/cancel', { token });
      });
      const summary = await c.request('workspace/executeCommand', { command: COMMAND, arguments: [] });
      assert.ok(token !== undefined, 'the server created its progress');
      assert.equal(summary.stopped, 'cancelled');
      assert.ok(summary.files >= 1 && summary.files < 100, `linted ${summary.files}`);
    } finally {
      c.kill();
    }
  });
});
