// The `modelcardLint/status` notification (the VS Code status bar) goes only to a client that asked for it with
// `initializationOptions.statusNotification` (protocol.ts, STATUS_OPTION; the VS Code client sets it): other clients,
// such as Emacs lsp-mode, log a warning for every notification they do not know.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TestClient, fileUri } from './client.mjs';

const CARD = '---\nlicense: mit\n---\n# Model\n\nA model.\n';

describe('status notification', () => {
  let ws;
  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'mcl-status-'));
  });
  after(() => rmSync(ws, { recursive: true, force: true }));

  /** Every notification method the server sent while a card was opened and linted. */
  async function notificationsOnOpen(initializationOptions) {
    const c = new TestClient();
    const methods = [];
    c.conn.onUnhandledNotification((m) => methods.push(m.method));
    try {
      await c.initialize({ rootPath: ws, initializationOptions });
      const uri = fileUri(join(ws, 'MODEL_CARD.md'));
      await c.open(uri, CARD);
      await c.waitForDiagnostics(uri);
      // The status follows the diagnostics; a request answered after them proves it would have arrived.
      await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      return { status: c.status.get(uri), methods };
    } finally {
      c.kill();
    }
  }

  it('is sent to a client that asked for it', async () => {
    const { status } = await notificationsOnOpen({ statusNotification: true });
    assert.equal(status.kind, 'model-card');
    assert.equal(status.components.length, 12);
  });

  it('is not sent to a client that did not ask (no options, or another value)', async () => {
    for (const options of [undefined, {}, { statusNotification: 'yes' }]) {
      const { status, methods } = await notificationsOnOpen(options);
      assert.equal(status, undefined, JSON.stringify(options));
      assert.deepEqual(methods, [], JSON.stringify(options));
    }
  });
});
