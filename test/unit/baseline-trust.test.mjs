// The editor's change against the last commit (client/src/baseline.ts, bundled here with a fake `vscode` module that
// records every call) in an untrusted workspace: the git extension is not asked for, no committed version is read and
// nothing is sent to the server until the user trusts the workspace; then the open card's committed text is read and
// sent once. (The trusted path in a real VS Code: test/vscode/suite/10-baseline.test.js.)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'mcl-baseline-trust-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function event() {
  const listeners = new Set();
  const ev = (fn) => {
    listeners.add(fn);
    return { dispose: () => listeners.delete(fn) };
  };
  ev.fire = (x) => [...listeners].forEach((fn) => fn(x));
  ev.count = () => listeners.size;
  return ev;
}

/** A fake `vscode` with one open card in a git repository; `calls` lists what the client asked of it. */
function fakeVscode() {
  const calls = [];
  const uri = { scheme: 'file', fsPath: '/ws/README.md', toString: () => 'file:///ws/README.md' };
  const repo = {
    rootUri: { fsPath: '/ws' },
    state: { HEAD: { commit: 'abc123' }, onDidChange: event() },
    show: async (ref, path) => (calls.push(`show ${ref} ${path}`), '# committed card\n'),
  };
  const api = { getRepository: () => (calls.push('getRepository'), repo), onDidOpenRepository: event() };
  const git = { enabled: true, onDidChangeEnablement: event(), getAPI: () => (calls.push('getAPI'), api) };
  const vscode = {
    workspace: {
      isTrusted: false,
      onDidGrantWorkspaceTrust: event(),
      textDocuments: [{ uri, languageId: 'markdown' }],
      onDidOpenTextDocument: event(),
      onDidCloseTextDocument: event(),
      onDidChangeConfiguration: event(),
      getConfiguration: () => ({ get: (_key, fallback) => fallback }),
    },
    extensions: {
      getExtension: (id) => {
        calls.push(`getExtension ${id}`);
        return { isActive: false, activate: async () => (calls.push('activate'), git), exports: undefined };
      },
    },
  };
  return { vscode, calls };
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
};

before(async () => {
  const out = await build({
    entryPoints: [join(ROOT, 'client/src/baseline.ts')],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    external: ['vscode'],
    logLevel: 'silent',
  });
  // `require('vscode')` in the bundle finds this module, which hands out the test's fake.
  mkdirSync(join(dir, 'node_modules', 'vscode'), { recursive: true });
  writeFileSync(join(dir, 'node_modules', 'vscode', 'index.js'), 'module.exports = globalThis.__fakeVscode;\n');
  writeFileSync(join(dir, 'baseline.cjs'), out.outputFiles[0].text);
});

/** The bundled client module, loaded afresh against `vscode` (the fake). */
function load(vscode) {
  globalThis.__fakeVscode = vscode;
  const req = createRequire(join(dir, 'x.cjs'));
  for (const m of ['./baseline.cjs', 'vscode']) delete req.cache[req.resolve(m)];
  return req('./baseline.cjs').BaselineSender;
}

describe('change against the last commit in an untrusted workspace', () => {
  it('asks git for nothing until the workspace is trusted, then reads and sends the committed card once', async () => {
    const { vscode, calls } = fakeVscode();
    const BaselineSender = load(vscode);
    const sent = [];
    const client = { sendRequest: async (method, params) => (sent.push([method, params]), { summary: 'Since HEAD' }) };
    const sender = new BaselineSender(client);
    await sender.start();
    await settle();
    assert.deepEqual(calls, []);
    assert.deepEqual(sent, []);
    assert.equal(vscode.workspace.onDidGrantWorkspaceTrust.count(), 1);

    vscode.workspace.isTrusted = true;
    vscode.workspace.onDidGrantWorkspaceTrust.fire();
    await settle();
    assert.deepEqual(
      calls.filter((c) => !c.startsWith('getRepository')),
      ['getExtension vscode.git', 'activate', 'getAPI', 'show HEAD /ws/README.md'],
    );
    assert.deepEqual(sent, [
      ['modelcardLint/baseline', { uri: 'file:///ws/README.md', ref: 'HEAD', text: '# committed card\n' }],
    ]);
    assert.equal(vscode.workspace.onDidGrantWorkspaceTrust.count(), 0);
    sender.dispose();
  });

  it('in a trusted workspace, reads the committed card at start', async () => {
    const { vscode, calls } = fakeVscode();
    vscode.workspace.isTrusted = true;
    const BaselineSender = load(vscode);
    const sent = [];
    const sender = new BaselineSender({ sendRequest: async (m, p) => (sent.push(p), null) });
    await sender.start();
    await settle();
    assert.ok(calls.includes('show HEAD /ws/README.md'), calls.join(', '));
    assert.equal(sent.length, 1);
    sender.dispose();
  });
});
