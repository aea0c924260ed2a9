// Server memory (issue 11): the language server with many documents open and linted — every corpus file, and 2,000
// files (the corpus replicated under distinct paths in a temporary tree, copy-1/…, copy-2/…, cut at 2,000). For each:
// VmRSS as a user sees it (what the goals are about), then, from bench/memory-probe.cjs loaded into the server, RSS
// and the V8 heap after a full GC: what the server retains, apart from garbage not yet collected.
//   node bench/server-memory.mjs [--cases corpus,2000,typed,workspace] [--server dist/server.js] [--snapshot DIR]
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TestClient, fileUri } from '../test/lsp/client.mjs';
import { CARDS_DIR, CORPUS, LARGEST_CARD, ROOT, corpusFiles, editPositions, emit, log, posAt, round } from './lib.mjs';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: 'corpus,2000,typed,workspace' },
    server: { type: 'string', default: join(ROOT, 'dist', 'server.js') },
    snapshot: { type: 'string' },
  },
});
const settings = { debounceMs: 0 };
const PROBE = join(ROOT, 'bench', 'memory-probe.cjs');
const LINT_WORKSPACE_COMMAND = 'modelcardLint.server.lintWorkspace';

const vmKb = (pid, key) =>
  Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);

/** Type `n` characters at each edit position of the largest real card (as lsp-latency.mjs does), one version each. */
async function typeInto(client, path, n) {
  let text = readFileSync(path, 'utf8');
  const uri = fileUri(path);
  let version = 1;
  for (const [name, start] of Object.entries(editPositions(text))) {
    for (let i = 0, at = start; i < n; i++, at++) {
      const ch = name === 'model-index' ? String((i % 9) + 1) : 'abcdefghij'[i % 10];
      const pos = posAt(text, at);
      text = text.slice(0, at) + ch + text.slice(at);
      const v = ++version;
      await client.change(uri, v, [{ range: { start: pos, end: pos }, text: ch }]);
      await client.waitForDiagnostics(uri, (p) => p.version === v, 120000);
    }
  }
}

/** `typed`: characters typed into the largest real card (which must be among `files`) before measuring;
 * `workspace`: a folder Lint Workspace lints (none of its files open) before measuring. */
async function measure(label, files, { typed = 0, workspace } = {}) {
  const out = join(mkdtempSync(join(tmpdir(), 'mcl-bench-mem-')), 'probe.json');
  const client = new TestClient({
    server: resolve(values.server),
    env: {
      NODE_OPTIONS: `--expose-gc --require ${PROBE}`,
      MCL_MEMORY_PROBE: out,
      ...(values.snapshot ? { MCL_MEMORY_SNAPSHOT: join(resolve(values.snapshot), `${label}.heapsnapshot`) } : {}),
    },
  });
  try {
    await client.initialize({
      rootPath: workspace,
      initializationOptions: { settings, statusNotification: true },
      settings,
    });
    const uris = [];
    for (const f of files) {
      const uri = fileUri(f);
      uris.push(uri);
      await client.open(uri, readFileSync(f, 'utf8'), /\.ya?ml$/i.test(f) ? 'yaml' : 'markdown');
    }
    for (const uri of uris) await client.waitForDiagnostics(uri, (x) => x.version === 1, 600000);
    if (typed) await typeInto(client, join(CARDS_DIR, LARGEST_CARD), typed);
    const linted = workspace
      ? (await client.request('workspace/executeCommand', { command: LINT_WORKSPACE_COMMAND, arguments: [] })).files
      : undefined;
    await new Promise((r) => setTimeout(r, 500));
    const pid = client.proc.pid;
    const rss = { vmRssMB: round(vmKb(pid, 'VmRSS') / 1024, 1), vmHwmMB: round(vmKb(pid, 'VmHWM') / 1024, 1) };
    process.kill(pid, 'SIGUSR2');
    for (let i = 0; i < 600 && !existsSync(out); i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 100));
    const probe = JSON.parse(readFileSync(out, 'utf8'));
    const withDiagnostics = [...client.diagnostics.values()].filter((p) => p.diagnostics.length).length;
    log(
      `  ${label}: ${files.length} files open${workspace ? `, ${linted} linted by Lint Workspace` : ''}: VmRSS ${rss.vmRssMB} MB (peak ${rss.vmHwmMB} MB); after a full GC ` +
        `RSS ${probe.rssAfterGcMB} MB, heap used ${probe.heapUsedMB} MB of ${probe.heapTotalMB} MB, external ` +
        `${probe.externalMB} MB`,
    );
    await client.shutdown();
    return { label, files: files.length, ...(workspace ? { linted } : {}), withDiagnostics, ...rss, afterGc: probe };
  } catch (e) {
    client.kill();
    throw e;
  } finally {
    rmSync(join(out, '..'), { recursive: true, force: true });
  }
}

const corpus = corpusFiles();
const results = [];
for (const c of values.cases.split(',')) {
  if (c === 'corpus') results.push(await measure('corpus', corpus));
  else if (c === 'typed')
    results.push(
      await measure('largest card, 3 × 40 characters typed', [join(CARDS_DIR, LARGEST_CARD)], { typed: 40 }),
    );
  else if (c === 'workspace') {
    const tree = mkdtempSync(join(tmpdir(), 'mcl-bench-mem-ws-'));
    try {
      cpSync(CORPUS, tree, { recursive: true });
      results.push(await measure('Lint Workspace over the corpus', [], { workspace: tree }));
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  } else {
    const n = Number(c);
    const tree = mkdtempSync(join(tmpdir(), 'mcl-bench-mem-tree-'));
    try {
      for (let k = 1; k <= Math.ceil(n / corpus.length); k++)
        cpSync(CORPUS, join(tree, `copy-${k}`), { recursive: true });
      results.push(await measure(`${n} files`, corpusFiles(tree).slice(0, n)));
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  }
}
emit({ cases: results });
