// The server's log (server/src/lsp/log.ts), which VS Code shows in the "Model Card Lint" output: at the default level
// it says the server started, so a user can see it is alive; `modelcardLint.logLevel` (validated by the settings
// schema, server/src/lsp/settings.ts) adds a line per lint at `debug` and silences all but errors at `error`.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient, fileUri } from './client.mjs';

const CARD = '---\nlicense: mit\n---\n# Model\n\nA model.\n';
const STARTED =
  /^Model Card Lint language server \d+\.\d+\.\d+\S* started: 1 workspace folder, log level (\w+) \(setting modelcardLint\.logLevel\)\.$/;

/** Resolves when `pred` holds for the client's log lines (the server sends them without a reply to wait on). */
async function logged(client, pred) {
  for (let i = 0; i < 1000 && !client.logs.some(pred); i++) await new Promise((r) => setTimeout(r, 10));
  return client.logs.find(pred);
}

describe('server log', () => {
  let ws;
  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'mcl-log-'));
    writeFileSync(join(ws, 'MODEL_CARD.md'), CARD);
  });
  after(() => rmSync(ws, { recursive: true, force: true }));

  async function started(settings, options = {}) {
    const c = new TestClient();
    await c.initialize({ rootPath: ws, settings, ...options });
    return c;
  }

  /** The level the server's first line names (null when there is no such line). */
  const levelSaid = async (c) => STARTED.exec((await logged(c, (l) => STARTED.test(l))) ?? '')?.[1] ?? null;

  /** Opens the card and resolves with its uri and first published diagnostics. */
  async function openCard(c) {
    const uri = fileUri(join(ws, 'MODEL_CARD.md'));
    await c.open(uri, CARD);
    return { uri, diagnostics: (await c.waitForDiagnostics(uri)).diagnostics };
  }

  it('says it started, at the default level, and nothing per lint', async () => {
    const c = await started({});
    try {
      assert.equal(await levelSaid(c), 'info', `logs: ${JSON.stringify(c.logs)}`);
      await openCard(c);
      assert.equal(c.logs.length, 1, `nothing but the first line: ${JSON.stringify(c.logs)}`);
    } finally {
      c.kill();
    }
  });

  it('at debug, writes a line for every lint, and what Lint Workspace found', async () => {
    const c = await started({ logLevel: 'debug' });
    try {
      assert.equal(await levelSaid(c), 'debug');
      const { uri, diagnostics } = await openCard(c);
      const line = await logged(c, (l) => l.startsWith('linted '));
      const n = diagnostics.length;
      assert.match(
        line ?? '',
        new RegExp(
          `^linted ${uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(version 1, model-card\\): ${n} findings in \\d+ ms$`,
        ),
      );
      const notes = fileUri(join(ws, 'notes.md'));
      await c.open(notes, '# Notes\n');
      assert.ok(await logged(c, (l) => l.startsWith(`left ${notes} alone (version 1)`)));
      const summary = await c.request('workspace/executeCommand', {
        command: 'modelcardLint.server.lintWorkspace',
        arguments: [],
      });
      assert.ok(await logged(c, (l) => l === `Lint Workspace: ${summary.message}`), JSON.stringify(c.logs));
    } finally {
      c.kill();
    }
  });

  it('takes a new level from a configuration change', async () => {
    const c = await started({});
    try {
      assert.equal(await levelSaid(c), 'info');
      c.settings = { logLevel: 'debug' };
      await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const { uri } = await openCard(c);
      assert.ok(await logged(c, (l) => l.startsWith(`linted ${uri} `)), JSON.stringify(c.logs));
    } finally {
      c.kill();
    }
  });

  it('keeps the default for a level it does not know, and is quiet at error (initializationOptions)', async () => {
    const loud = await started({ logLevel: 'loud' });
    try {
      assert.equal(await levelSaid(loud), 'info');
    } finally {
      loud.kill();
    }
    // A client without workspace/configuration passes its settings at initialize.
    const quiet = await started(undefined, {
      capabilities: {},
      initializationOptions: { settings: { logLevel: 'error' } },
    });
    try {
      const { diagnostics } = await openCard(quiet);
      assert.ok(diagnostics.length > 0, 'the server is running');
      assert.deepEqual(quiet.logs, []);
    } finally {
      quiet.kill();
    }
  });
});
