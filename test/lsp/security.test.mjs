// The language server under hostile input and odd clients (issue 8): a message with a bad header ends the process
// instead of leaving it deaf, requests outside initialize…shutdown are refused, a client without workspace-folder
// support is served, Lint Workspace stays inside the folder (no symlink to `/`, no `../` globs) and answers hovers while
// it runs, `ignores:` applies in the editor as in the CLI, an invalid config is shown on the config file, and a
// pathological `files.cards` glob from workspace settings is refused rather than matched.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { TestClient, fileUri } from './client.mjs';

const SERVER = fileURLToPath(new URL('../../dist/server.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'mcl-lsp-sec-'));
after(() => rmSync(work, { recursive: true, force: true }));
const CARD = '# Model card\n\n## Uses\n\nResearch on cards.\n\n## Limitations\n\nIt can be wrong.\n';
let n = 0;
function folder(files) {
  const dir = join(work, `f${n++}`);
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return dir;
}

describe('protocol robustness', () => {
  it('exits on a message header it cannot read, instead of staying alive but deaf', async () => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d) => (stderr += d));
    proc.stdin.write('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}');
    const code = await new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('still running after a bad header')), 10_000);
      proc.on('exit', (c) => (clearTimeout(t), resolve(c)));
    });
    assert.equal(code, 1);
    assert.match(stderr, /unreadable message header/);
  });

  it('refuses requests before initialize and after shutdown', async () => {
    const client = new TestClient();
    try {
      await assert.rejects(
        client.request('textDocument/hover', {
          textDocument: { uri: 'file:///x.md' },
          position: { line: 0, character: 0 },
        }),
        (e) => e.code === -32002,
      );
      await client.initialize();
      await client.request('shutdown');
      await assert.rejects(
        client.request('textDocument/hover', {
          textDocument: { uri: 'file:///x.md' },
          position: { line: 0, character: 0 },
        }),
        (e) => e.code === -32600,
      );
    } finally {
      client.kill();
    }
  });

  it('serves a client without workspace-folder support', async () => {
    const dir = folder({ 'MODEL_CARD.md': CARD });
    const client = new TestClient();
    try {
      await client.initialize({ capabilities: { workspace: {}, textDocument: {} } });
      const uri = fileUri(join(dir, 'MODEL_CARD.md'));
      await client.open(uri, CARD);
      const p = await client.waitForDiagnostics(uri);
      assert.ok(p.diagnostics.length > 0);
      assert.doesNotMatch(client.stderr, /Error|failed/);
      assert.deepEqual(
        client.logs.filter((m) => /failed|Error/.test(m)),
        [],
      );
    } finally {
      client.kill();
    }
  });
});

describe('the editor stays inside the workspace', () => {
  it('Lint Workspace does not follow a symlink to / nor globs outside the folder', async () => {
    const outside = folder({ 'private/MODEL_CARD.md': CARD });
    const dir = folder({ 'MODEL_CARD.md': CARD });
    symlinkSync('/', join(dir, 'root'));
    const settings = { workspace: { globs: ['**/*.md', '../**/*.md', `${outside}/**/*.md`] } };
    const client = new TestClient();
    try {
      await client.initialize({ rootPath: dir, settings });
      const summary = await client.request('workspace/executeCommand', {
        command: 'modelcardLint.server.lintWorkspace',
        arguments: [],
      });
      assert.equal(summary.files, 1, JSON.stringify(summary));
      assert.deepEqual(
        [...client.diagnostics.keys()].filter((u) => !u.startsWith(fileUri(dir))),
        [],
      );
    } finally {
      client.kill();
    }
  });

  it('answers a hover while Lint Workspace walks a big tree', async () => {
    const files = {};
    for (let i = 0; i < 3000; i++) files[`d${i % 50}/notes${i}.md`] = `# Notes ${i}\n`;
    files['MODEL_CARD.md'] = CARD;
    const dir = folder(files);
    const client = new TestClient();
    try {
      await client.initialize({ rootPath: dir });
      const uri = fileUri(join(dir, 'MODEL_CARD.md'));
      await client.open(uri, CARD);
      await client.waitForDiagnostics(uri);
      const lintAll = client.request('workspace/executeCommand', {
        command: 'modelcardLint.server.lintWorkspace',
        arguments: [],
      });
      let finished = false;
      void lintAll.then(() => (finished = true));
      await new Promise((r) => setTimeout(r, 20));
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
      const answeredDuringWalk = !finished;
      const summary = await lintAll;
      assert.equal(summary.files, 1);
      // On a fast machine the walk may end first; then there was nothing to wait for.
      assert.ok(answeredDuringWalk || summary.files === 1);
    } finally {
      client.kill();
    }
  });

  it('honours the config file ignores: as the CLI does', async () => {
    const dir = folder({
      '.modelcard-lint.yaml': 'ignores: ["vendor/**"]\n',
      'vendor/MODEL_CARD.md': CARD,
      'MODEL_CARD.md': CARD,
    });
    const client = new TestClient();
    try {
      await client.initialize({ rootPath: dir });
      const ignored = fileUri(join(dir, 'vendor/MODEL_CARD.md'));
      await client.open(ignored, CARD);
      const p = await client.waitForDiagnostics(ignored);
      assert.deepEqual(p.diagnostics, []);
      const linted = fileUri(join(dir, 'MODEL_CARD.md'));
      await client.open(linted, CARD);
      assert.ok((await client.waitForDiagnostics(linted)).diagnostics.length > 0);
    } finally {
      client.kill();
    }
  });

  it('shows an invalid config file on the config file and in a message', async () => {
    const dir = folder({ '.modelcard-lint.yaml': 'rules:\n  undisclosed-contcat: off\n', 'MODEL_CARD.md': CARD });
    const client = new TestClient();
    try {
      await client.initialize({ rootPath: dir });
      await client.open(fileUri(join(dir, 'MODEL_CARD.md')), CARD);
      const cfg = fileUri(join(dir, '.modelcard-lint.yaml'));
      const p = await client.waitForDiagnostics(cfg, (x) => x.diagnostics.length > 0);
      assert.match(p.diagnostics[0].message, /undisclosed-contcat: unknown rule; did you mean "undisclosed-contact"\?/);
      assert.equal(p.diagnostics[0].range.start.line, 1);
      await new Promise((r) => setTimeout(r, 100));
      assert.ok(
        client.messages.some((m) => /invalid configuration/.test(m)),
        client.messages.join('\n'),
      );
    } finally {
      client.kill();
    }
  });

  it('refuses a pathological files.cards glob from the settings instead of matching it', async () => {
    const name = `${'a'.repeat(40)}.md`;
    const dir = folder({ [name]: '# Notes\n' });
    const client = new TestClient();
    try {
      await client.initialize({ rootPath: dir, settings: { files: { cards: ['**/+(a|a)x', '**/*a*a*a*a*a*a*b'] } } });
      const uri = fileUri(join(dir, name));
      await client.open(uri, '# Notes\n');
      const p = await client.waitForDiagnostics(uri, () => true, 10_000);
      assert.deepEqual(p.diagnostics, []);
    } finally {
      client.kill();
    }
  });
});
