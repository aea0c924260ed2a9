// `modelcard-lint export`: lint one file through the lint session, hand the result to the engine's exporters
// (engine/export) and write what they return. Nothing here decides what goes into an export; exit 2 on usage errors,
// on I/O errors and on a file that is not the kind of document the mode reads.
import { writeFileSync } from 'node:fs';
import { cardOpennessUpdate } from '../../engine/export/card-openness-edit.js';
import { applyEdits } from '../../engine/fix.js';
import { BOM } from '../../engine/parse/text.js';
import { basename, dirname as dirnameOf, extname, resolve } from 'node:path';
import {
  cardToManifest,
  euDocumentation,
  euDocumentationMarkdown,
  manifestToOpenness,
  manifestYaml,
  opennessYaml,
} from '../../engine/export/index.js';
import type { LintResult } from '../../engine/lint.js';
import { readEvalResults } from '../../node/eval-results.js';
import { LintSession } from '../../node/session.js';
import { displayPath, repositoryRoot, treeRoots } from '../files.js';
import { writeFixed, WriteRefused } from '../write.js';
import type { Io } from '../main.js';
import { parseOrExit } from '../options.js';
import { EXPORT_HELP, parseExportCli, type ExportOptions } from './args.js';

const WANTS = { 'mof-manifest': 'model-card', 'eu-documentation': 'model-card', 'card-openness': 'release-manifest' };

/** `path`: the file's absolute path (its directory is the repository's, for `.eval_results/`); `file`: as shown. */
function render(opts: ExportOptions, result: LintResult, path: string, file: string, io: Io): string {
  const json = (x: unknown) => JSON.stringify(x, null, 2) + '\n';
  if (opts.mode === 'eu-documentation') {
    // The Hub's `.eval_results/` beside the card: listed as evidence; their problems on stderr.
    const evalResults = readEvalResults(path);
    for (const f of evalResults.files)
      for (const p of f.problems) io.stderr(`modelcard-lint export: ${f.file}:${p.line}: ${p.message}\n`);
    for (const s of evalResults.skipped) io.stderr(`modelcard-lint export: skipped ${s}\n`);
    const doc = euDocumentation(result, { systemicRisk: opts.systemicRisk, evalResults: evalResults.files });
    return opts.format === 'json' ? json({ file, ...doc }) : euDocumentationMarkdown(doc, file);
  }
  const e =
    opts.mode === 'mof-manifest'
      ? cardToManifest(result, { fallbackName: opts.name ?? basename(file, extname(file)) })
      : manifestToOpenness(result);
  if (opts.name && 'manifest' in e) e.manifest.release.name = opts.name;
  if (opts.format === 'json') {
    if (!('manifest' in e)) return json({ file, ...e });
    const { mof } = e;
    return json({
      file,
      manifest: e.manifest,
      dropped: e.dropped,
      notes: e.notes,
      mof: { class: mof.class, label: mof.label, progress: mof.progress },
    });
  }
  // Text mode: the document on stdout (or --output), what it could not carry on stderr.
  for (const d of e.dropped) io.stderr(`modelcard-lint export: dropped ${d.what}: ${d.reason}\n`);
  if ('manifest' in e) {
    for (const n of e.notes) io.stderr(`modelcard-lint export: note: ${n}\n`);
    io.stderr(`modelcard-lint export: MOF grading of the manifest: ${e.mof.label}\n`);
    return manifestYaml(e);
  }
  return opennessYaml(e);
}

/** `--card-openness MANIFEST --into CARD`: the card's `openness:` block written or updated through the one applier, in
 * place (the --fix write: same file as read, inside the tree, never through a link out of it) or to --output. */
function writeInto(
  opts: ExportOptions,
  session: LintSession,
  manifest: LintResult,
  file: string,
  root: string,
  io: Io,
): number {
  const path = resolve(io.cwd, opts.into!);
  const shown = displayPath(path, root);
  const read = session.lintFile(path, { cardGlobs: opts.cards.map((g) => resolve(io.cwd, g)) });
  const fail = (why: string) => {
    io.stderr(`modelcard-lint export: ${shown}: ${why}\n`);
    return 2;
  };
  if (read.ioError) return fail(read.ioError);
  if (read.outcome.status === 'config-error') {
    for (const p of read.outcome.problems) io.stderr(`modelcard-lint export: config ${p.path}: ${p.message}\n`);
    return 2;
  }
  if (read.outcome.status !== 'linted' || read.outcome.result.kind !== 'model-card' || !read.text || !read.identity)
    return fail('not a model card; nothing written (--card forces a Markdown file to be read as a card)');
  if (read.invalidUtf8) return fail('not valid UTF-8; nothing written');
  const doc = read.outcome.result.doc;
  const update = cardOpennessUpdate(doc, manifest.doc);
  if ('refused' in update) return fail(`${update.refused}; nothing written`);
  const output = (doc.hadBom ? BOM : '') + applyEdits(doc.text, update.edits);
  try {
    if (opts.output !== null) writeFileSync(resolve(io.cwd, opts.output), output);
    else if (update.edits.length) writeFixed(path, output, read.identity, dirnameOf(path));
  } catch (e) {
    if (e instanceof WriteRefused) {
      io.stderr(
        `modelcard-lint export: ${e.message.replace(path, shown).replace('fixes not applied', 'nothing written')}\n`,
      );
      return 2;
    }
    return fail(`cannot write ${opts.output ?? shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const { changes, kept, dropped } = update;
  if (opts.format === 'json') {
    io.stdout(
      JSON.stringify({ file, card: shown, changed: update.edits.length > 0, changes, kept, dropped }, null, 2) + '\n',
    );
    return 0;
  }
  for (const c of changes)
    io.stderr(`modelcard-lint export: ${shown}: openness.${c.id}: ${c.before ?? '(none)'} → ${c.after}\n`);
  if (!changes.length)
    io.stderr(`modelcard-lint export: ${shown}: its openness: block already says what ${file} says\n`);
  if (kept.length) io.stderr(`modelcard-lint export: kept (the manifest cannot say): ${kept.join(', ')}\n`);
  for (const d of dropped) io.stderr(`modelcard-lint export: dropped ${d.what}: ${d.reason}\n`);
  return 0;
}

export async function runExport(argv: string[], io: Io): Promise<number> {
  const opts = parseOrExit(argv, parseExportCli, EXPORT_HELP, 'modelcard-lint export', io);
  if (typeof opts === 'number') return opts;
  const path = resolve(io.cwd, opts.file);
  const root = repositoryRoot(io.cwd);
  const file = displayPath(path, root);
  const session = new LintSession(undefined, () => treeRoots([opts.file], io.cwd));
  const read = session.lintFile(path, { cardGlobs: opts.cards.map((g) => resolve(io.cwd, g)) });
  if (read.ioError) {
    io.stderr(`modelcard-lint export: ${file}: ${read.ioError}\n`);
    return 2;
  }
  const outcome = read.outcome;
  if (outcome.status === 'config-error') {
    for (const p of outcome.problems) io.stderr(`modelcard-lint export: config ${p.path}: ${p.message}\n`);
    return 2;
  }
  const wanted = WANTS[opts.mode];
  const what = wanted === 'model-card' ? 'a model card' : 'a MOF release manifest';
  if (
    outcome.status !== 'linted' ||
    outcome.result.kind !== wanted ||
    (wanted === 'model-card' ? !outcome.result.doc.card : !outcome.result.doc.manifest)
  ) {
    const hint = wanted === 'model-card' ? ' (--card forces a Markdown file to be read as a card)' : '';
    io.stderr(`modelcard-lint export: ${file}: not ${what}; nothing exported${hint}\n`);
    return 2;
  }
  if (opts.into !== null) return writeInto(opts, session, outcome.result, file, root, io);
  const text = render(opts, outcome.result, path, file, io);
  if (opts.output === null) {
    io.stdout(text);
    return 0;
  }
  try {
    writeFileSync(resolve(io.cwd, opts.output), text);
  } catch (e) {
    io.stderr(
      `modelcard-lint export: cannot write ${opts.output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
    );
    return 2;
  }
  return 0;
}
