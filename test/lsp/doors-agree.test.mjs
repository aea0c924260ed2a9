// The CLI and the language server are two doors to one lint session (server/src/node/session.ts): over every file
// of the shared corpus (../shared/corpus) and for every config in test/fixtures/config/, both must report the same
// findings — rule id, severity, range and message — and leave alone the same files (issue 10, "Done when"); so must
// Lint Workspace, the server's third door.
// Each config becomes the `.modelcard-lint.*` of a copy of the corpus, found by discovery in both doors; one server
// process serves every copy, and the CLI walks each copy the way a user runs it (`modelcard-lint .`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TestClient, fileUri } from './client.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const corpus = resolve(repo, '../shared/corpus');
const configs = join(repo, 'test/fixtures/config');
// What the VS Code client hands the server (client/src/common.ts documentSelector: Markdown and YAML).
const LANGUAGE = { '.md': 'markdown', '.markdown': 'markdown', '.yml': 'yaml', '.yaml': 'yaml' };
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };
/** Documents open at once: enough to keep the server busy, few enough to stay within its result cache. */
const BATCH = 12;

function filesUnder(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

/** `rule@line:col-line:col severity message`, 1-based like the CLI's JSON (engine/report.ts). */
const key = (rule, severity, r, message) => `${rule}@${r[0]}:${r[1]}-${r[2]}:${r[3]} ${severity} ${message}`;

function cliFindings(cli, dir) {
  const r = spawnSync(process.execPath, [cli, '.', '--format', 'ndjson'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  assert.ok(r.status === 0 || r.status === 1, `CLI exit ${r.status}: ${r.stderr}`);
  const byFile = new Map();
  for (const line of r.stdout.split('\n').filter(Boolean)) {
    const res = JSON.parse(line);
    byFile.set(
      resolve(dir, res.file),
      res.diagnostics.map((d) => key(d.rule, d.severity, [d.line, d.column, d.endLine, d.endColumn], d.message)),
    );
  }
  return byFile;
}

const fromDiagnostics = (diagnostics) =>
  diagnostics.map((d) => {
    const { start, end } = d.range;
    const r = [start.line + 1, start.character + 1, end.line + 1, end.character + 1];
    return key(d.code, SEVERITY[d.severity], r, d.message);
  });

async function serverFindings(client, files) {
  const byFile = new Map();
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    await Promise.all(batch.map((f) => client.open(fileUri(f), readFileSync(f, 'utf8'), LANGUAGE[extname(f)])));
    const published = await Promise.all(batch.map((f) => client.waitForDiagnostics(fileUri(f), () => true, 60000)));
    published.forEach((p, k) => byFile.set(batch[k], fromDiagnostics(p.diagnostics)));
    await Promise.all(batch.map((f) => client.close(fileUri(f))));
  }
  return byFile;
}

test('the CLI and the language server give identical findings on every corpus file for every config', async () => {
  const root = mkdtempSync(join(tmpdir(), 'mcl-doors-'));
  // Both doors from one build, copied first: the run is long, and a rebuild of dist/ meanwhile (another checkout's
  // `npm run build`) would otherwise compare two versions of the engine.
  const bin = join(root, 'bin');
  mkdirSync(bin);
  for (const f of ['cli.js', 'server.js', 'server-main.js']) copyFileSync(join(repo, 'dist', f), join(bin, f));
  const cli = join(bin, 'cli.js');
  const client = new TestClient({ server: join(bin, 'server.js') });
  try {
    const names = readdirSync(configs).sort();
    assert.ok(names.length >= 5, 'the config fixtures are there');
    await client.initialize({ rootPath: root, settings: {} });
    let compared = 0;
    let linted = 0;
    let quiet = 0;
    const disagreements = [];
    const cliAll = new Map();
    for (const name of names) {
      const dir = join(root, name.replace(/\./g, '-'));
      cpSync(corpus, dir, { recursive: true });
      writeFileSync(join(dir, `.modelcard-lint${extname(name)}`), readFileSync(join(configs, name)));
      const files = filesUnder(dir).filter((f) => LANGUAGE[extname(f)]);
      const fromCli = cliFindings(cli, dir);
      for (const [f, found] of fromCli) cliAll.set(f, found);
      const fromServer = await serverFindings(client, files);
      for (const f of new Set([...files, ...fromCli.keys()])) {
        const a = fromCli.get(f) ?? [];
        const b = fromServer.get(f) ?? [];
        compared++;
        if (fromCli.has(f)) linted++;
        else quiet++;
        if (JSON.stringify(a) !== JSON.stringify(b))
          disagreements.push({
            config: name,
            file: relative(dir, f),
            cliOnly: a.filter((x) => !b.includes(x)).slice(0, 3),
            serverOnly: b.filter((x) => !a.includes(x)).slice(0, 3),
          });
      }
    }
    assert.deepEqual(disagreements.slice(0, 10), [], `${disagreements.length} files disagree`);

    // The third door, Lint Workspace (server/src/lsp/workspace-lint.ts), over all the copies at once: it publishes
    // every file the CLI linted, with the same findings, and nothing for the files the CLI left alone.
    const before = client.published.length;
    const summary = await client.request('workspace/executeCommand', {
      command: 'modelcardLint.server.lintWorkspace',
      arguments: [],
    });
    const fromWorkspace = new Map(
      client.published.slice(before).map((p) => [fileURLToPath(p.uri), fromDiagnostics(p.diagnostics)]),
    );
    // (An empty publication for a file the CLI left alone is the clearing of a document closed above.)
    assert.equal(summary.files, cliAll.size);
    assert.deepEqual(
      [...cliAll.keys()].filter((f) => !fromWorkspace.has(f)),
      [],
      'Lint Workspace published every file the CLI linted',
    );
    const workspaceDisagreements = [...new Set([...cliAll.keys(), ...fromWorkspace.keys()])]
      .filter((f) => JSON.stringify(cliAll.get(f) ?? []) !== JSON.stringify(fromWorkspace.get(f) ?? []))
      .map((f) => ({ file: relative(root, f), cli: cliAll.get(f), workspace: fromWorkspace.get(f) }));
    assert.deepEqual(workspaceDisagreements.slice(0, 10), [], `${workspaceDisagreements.length} files disagree`);
    // The comparison is not vacuous: both doors linted the corpus, and some files were left alone by both.
    assert.ok(compared >= names.length * 380, `compared ${compared}`);
    assert.ok(linted >= names.length * 300, `linted ${linted}`);
    assert.ok(quiet > 0, 'some files are neither cards nor manifests, or ignored');
  } finally {
    client.kill();
    rmSync(root, { recursive: true, force: true });
  }
});

test("the CLI, the server and Lint Workspace agree on a card credited by the Hub's .eval_results (issue 12)", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mcl-doors-eval-'));
  cpSync(fileURLToPath(new URL('../fixtures/eval-results', import.meta.url)), dir, { recursive: true });
  const card = join(dir, 'README.md');
  const client = new TestClient();
  try {
    await client.initialize({ rootPath: dir, settings: {} });
    const fromCli = cliFindings(join(repo, 'dist/cli.js'), dir);
    assert.deepEqual([...fromCli.keys()], [card], 'the results file is not linted as a document');
    assert.ok(!fromCli.get(card).some((k) => k.startsWith('undisclosed-evaluation@')), 'credited in the CLI');
    const fromServer = await serverFindings(client, [card]);
    assert.deepEqual(fromServer.get(card), fromCli.get(card));
    const before = client.published.length;
    await client.request('workspace/executeCommand', { command: 'modelcardLint.server.lintWorkspace', arguments: [] });
    const published = client.published.slice(before).filter((p) => fileURLToPath(p.uri) === card);
    assert.deepEqual(fromDiagnostics(published.at(-1).diagnostics), fromCli.get(card));
  } finally {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
