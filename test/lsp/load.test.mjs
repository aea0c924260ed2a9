// The language server under load (issue 5): 1,000 incremental edits per second for 10 seconds keep it alive and
// responsive, the final published diagnostics match a direct engine lint of the final text, cancelled requests are
// honoured, and an exception in one feature (malformed params) is logged while the server keeps serving.
// Responsive is checked by order and by counting edits, never by a clock: hover and code lens requests sent during
// the storm are answered while it goes on (between edits, not after the backlog), and the ones sent with the last
// edit are answered before that edit's debounced diagnostics are published.
//
// What the server does with `$/cancelRequest` (server/src/lsp/safe.ts): a request cancelled before its handler runs
// is answered with the RequestCancelled error (-32800) and no work is done; a request cancelled while it runs still
// gets its result (handlers are synchronous; LSP allows returning a result for a cancelled request).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import lsp from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../unit/engine.mjs';
import { rng } from '../../bench/generate.mjs';
import { TestClient, fileUri } from './client.mjs';

const { CancellationTokenSource } = lsp;
const REQUEST_CANCELLED = -32800;
const dir = mkdtempSync(join(tmpdir(), 'mcl-load-'));
const path = join(dir, 'MODEL_CARD.md');
const uri = fileUri(path);
const START = readFileSync(new URL('../../examples/weak-model/MODEL_CARD.md', import.meta.url), 'utf8');

// A seeded PRNG (mulberry32, shared with the benchmark's generator): the storm is the same on every run.
const random = rng;

const SNIPPETS = [
  'x',
  ' ',
  'a',
  '\n',
  '\r\n',
  '## Uses\n',
  '## Training Data\n\nWeb text.\n',
  '😀',
  '模型',
  'license: mit\n',
  '---\n',
  '`',
  '<!-- ',
  ' -->',
  '- ',
  'openness:\n  weights: mit\n',
  '\n\n',
  'é',
];
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;

/** One random incremental change against `doc`, never splitting a surrogate pair. */
function randomChange(doc, rnd) {
  const text = doc.getText();
  let start = Math.floor(rnd() * (text.length + 1));
  if (isLow(text.charCodeAt(start))) start--;
  let end = start;
  const op = rnd();
  if (op < 0.35 && text.length > 200) {
    end = Math.min(text.length, start + 1 + Math.floor(rnd() * 6));
    if (isLow(text.charCodeAt(end))) end++;
  }
  const insert =
    op < 0.35 && text.length > 200
      ? rnd() < 0.5
        ? ''
        : SNIPPETS[Math.floor(rnd() * SNIPPETS.length)]
      : SNIPPETS[Math.floor(rnd() * SNIPPETS.length)];
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert };
}

/** A JSON-RPC message as it goes over stdio. */
const frame = (message) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
};

/** Resolves with the server's response to request `id`, read from its stdout beside the client's own reader. */
function responseTo(proc, id) {
  let buffer = Buffer.alloc(0);
  return new Promise((resolve) => {
    const onData = (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const head = buffer.indexOf('\r\n\r\n');
        if (head < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString('ascii'))?.[1]);
        if (buffer.length < head + 4 + length) return;
        const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString('utf8'));
        buffer = buffer.subarray(head + 4 + length);
        if (message.id === id && !message.method) {
          proc.stdout.off('data', onData);
          resolve(message);
          return;
        }
      }
    };
    proc.stdout.on('data', onData);
  });
}

describe('language server under load', { timeout: 60_000 }, () => {
  let client;
  let doc;
  before(async () => {
    client = new TestClient();
    await client.initialize({ rootPath: dir });
    doc = TextDocument.create(uri, 'markdown', 1, START);
    await client.open(uri, START);
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
  });
  after(() => {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes 1,000 edits per second for 10 s, answers hover and code lens throughout, and ends on the right diagnostics', async (t) => {
    const rnd = random(20261128);
    /** Per answered probe: edits sent when it was asked, and when its answer came. */
    const lags = [];
    const cancelled = [];
    const pending = [];
    let version = 1;
    const t0 = performance.now();
    let sent = 0;
    /** Hover and code lens asked together with the last edit: answered before that version's diagnostics? */
    const last = [];
    const probe = (method, params) => {
      const asked = sent;
      return client.request(method, params).then((value) => {
        lags.push({ method, asked, answered: sent });
        return value;
      });
    };
    // Every 10 ms, as many edits as keep the pace at 1,000 per second (timers fire late under load).
    await new Promise((resolve) => {
      const tick = setInterval(() => {
        const elapsed = performance.now() - t0;
        const due = Math.min(10_000, Math.floor(elapsed));
        while (sent < due) {
          const change = randomChange(doc, rnd);
          version++;
          doc = TextDocument.update(doc, [change], version);
          void client.change(uri, version, [change]);
          sent++;
        }
        if (sent >= 10_000) {
          clearInterval(tick);
          // Asked in the same tick as the last edit: they queue right behind it, and the debounced lint of the final
          // version (150 ms after that edit) must not come first.
          for (const [method, params] of [
            ['textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }],
            ['textDocument/codeLens', { textDocument: { uri } }],
          ])
            last.push(
              client.request(method, params).then((value) => ({
                method,
                value,
                beforeFinalDiagnostics: !client.published.some((p) => p.uri === uri && p.version === version),
              })),
            );
          resolve();
        }
      }, 10);
      // Requests during the storm: hover and code lens every 250 ms, and a cancelled hover every 500 ms.
      const probes = setInterval(() => {
        if (sent >= 10_000) return clearInterval(probes);
        const at = doc.positionAt(Math.floor(rnd() * doc.getText().length));
        pending.push(probe('textDocument/hover', { textDocument: { uri }, position: at }));
        pending.push(probe('textDocument/codeLens', { textDocument: { uri } }));
        if (Math.floor((performance.now() - t0) / 250) % 2 === 0) {
          const source = new CancellationTokenSource();
          const p = client.conn.sendRequest(
            'textDocument/hover',
            { textDocument: { uri }, position: at },
            source.token,
          );
          source.cancel();
          pending.push(
            p.then(
              (value) => cancelled.push({ value }),
              (error) => cancelled.push({ error }),
            ),
          );
        }
      }, 250);
    });
    const stormMs = performance.now() - t0;
    await Promise.all(pending);
    assert.equal(sent, 10_000);
    assert.equal(client.proc.exitCode, null, `the server died: ${client.stderr}`);

    // Responsive during the storm: the probes were answered while edits kept coming, not once the storm was over.
    // (A server that linted every edit, or queued requests behind the edits' work, answers after the last edit.)
    assert.ok(lags.length >= 60, `only ${lags.length} requests answered`);
    const early = lags.filter((l) => l.asked < 8_000);
    const during = early.filter((l) => l.answered < 10_000);
    assert.ok(
      during.length >= 0.9 * early.length,
      `${during.length} of the ${early.length} requests asked before edit 8,000 were answered during the storm`,
    );
    const edits = lags.map((l) => l.answered - l.asked).sort((a, b) => a - b);

    // Cancelled requests: each got an answer (never left hanging); those cancelled before they ran got -32800.
    assert.ok(cancelled.length >= 15, `${cancelled.length} cancelled requests answered`);
    for (const c of cancelled) if (c.error) assert.equal(c.error.code, REQUEST_CANCELLED, c.error.message);
    assert.ok(
      cancelled.some((c) => c.error?.code === REQUEST_CANCELLED),
      'no request was answered with RequestCancelled',
    );

    // The final diagnostics are those of the final text.
    const final = await client.waitForDiagnostics(uri, (p) => p.version === version, 15_000);
    const text = doc.getText();
    const expected = lint(text, path, { kind: 'model-card' })
      .findings.map(
        (f) =>
          `${f.ruleId} ${JSON.stringify({ start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) })}`,
      )
      .sort();
    const actual = final.diagnostics.map((d) => `${d.code} ${JSON.stringify(d.range)}`).sort();
    assert.deepEqual(actual, expected);
    assert.equal(final.version, version);

    assert.deepEqual(
      client.logs.filter((m) => /failed/.test(m)),
      [],
      'no feature failed during the storm',
    );
    const honoured = cancelled.filter((c) => c.error).length;
    t.diagnostic(
      `storm ${stormMs.toFixed(0)} ms; ${lags.length} hover/code lens requests answered after p50 ${edits[edits.length >> 1]}, p95 ${edits[Math.floor(edits.length * 0.95)]}, worst ${edits.at(-1)} more edits; ${honoured}/${cancelled.length} cancelled requests answered -32800, the rest with a result`,
    );

    // Responsive after the storm: the requests asked with the last edit came before its debounced diagnostics.
    const answers = await Promise.all(last);
    for (const a of answers)
      assert.ok(a.beforeFinalDiagnostics, `${a.method} was answered after the final diagnostics`);
    assert.ok(answers.find((a) => a.method === 'textDocument/codeLens').value.length >= 1);
  });

  it('answers a request cancelled before it runs with RequestCancelled (-32800)', async () => {
    // The request and its cancellation in one write (far below the pipe's atomic size): the server reads both in one
    // chunk, so the cancellation is read while the request still waits in the queue, whatever the load. The response
    // is read from the server's stdout (its id is not one the test client's connection knows).
    const id = 'cancelled-before-it-runs';
    const answer = responseTo(client.proc, id);
    client.proc.stdin.write(
      Buffer.concat([
        frame({ id, method: 'textDocument/codeLens', params: { textDocument: { uri } } }),
        frame({ method: '$/cancelRequest', params: { id } }),
      ]),
    );
    const response = await answer;
    assert.equal(response.error?.code, REQUEST_CANCELLED, `answered ${JSON.stringify(response)}`);
    assert.equal(response.result, undefined);
  });

  it('survives exceptions in features (malformed params): logs them, answers empty, keeps serving', async () => {
    const logsBefore = client.logs.length;
    const bad = [
      ['textDocument/hover', { textDocument: { uri }, position: null }, null],
      ['textDocument/completion', { textDocument: { uri }, position: { line: 'x' } }, []],
      ['textDocument/codeAction', { textDocument: { uri }, range: null, context: null }, []],
      ['textDocument/inlayHint', { textDocument: { uri }, range: null }, []],
      ['modelcardLint/report', null, null],
      [
        'workspace/executeCommand',
        { command: 'modelcardLint.server.openRuleDocs', arguments: [{ toString: 1 }] },
        null,
      ],
    ];
    for (const [method, params, empty] of bad) {
      const outcome = await client.request(method, params).then(
        (value) => ({ value }),
        (error) => ({ error }),
      );
      assert.equal(client.proc.exitCode, null, `${method} took the server down: ${client.stderr}`);
      if (outcome.error)
        assert.notEqual(outcome.error.code, -32603, `${method}: internal error ${outcome.error.message}`);
      else if (empty !== null || outcome.value !== null)
        assert.deepEqual(outcome.value ?? empty, empty, `${method} answered ${JSON.stringify(outcome.value)}`);
    }
    // Malformed notifications must not kill it either.
    await client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///nowhere.md', version: 3 },
      contentChanges: [{ text: 'x' }],
    });
    await client.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 999_999 },
      contentChanges: [{ range: { start: { line: 1e6, character: 0 }, end: { line: -1, character: -5 } }, text: 'x' }],
    });
    await client.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: fileUri(join(dir, 'model-card.md')), languageId: 'markdown', version: 1, text: null },
    });
    await client.conn.sendNotification('workspace/didChangeConfiguration', {
      settings: { modelcardLint: { debounceMs: 'soon', rules: 7 } },
    });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(client.proc.exitCode, null, `a malformed notification took the server down: ${client.stderr}`);
    assert.ok(
      client.logs.slice(logsBefore).some((m) => /modelcard-lint: hover failed/.test(m)),
      'the failure was logged',
    );

    // Still serving: a valid hover and fresh diagnostics after a valid edit.
    const hover = await client.request('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 1 },
    });
    assert.ok(hover === null || hover.contents);
    await client.change(uri, 1_000_001, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' },
    ]);
    await client.waitForDiagnostics(uri, (p) => p.version === 1_000_001, 10_000);
    assert.equal(await client.shutdown(), 0);
  });
});
