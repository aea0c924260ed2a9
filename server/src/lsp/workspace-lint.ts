// "Lint Workspace": lints every card and manifest under the workspace folders, not only open files, publishing their
// diagnostics with progress and cancellation (vscode-markdownlint's lintWorkspace, done server-side for any client).
// The walk (node/walk.ts) never leaves a folder, follows no symlinked directory and yields to the event loop, so the
// server keeps answering while a big tree is linted; `workspace.globs` that point outside a folder are refused.
import type { LintWorkspaceSummary } from '../protocol.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkDoneProgressReporter } from 'vscode-languageserver/node.js';
import { compileGlobs } from '../engine/glob.js';
import { readTextFile } from '../node/read-file.js';
import { walk } from '../node/walk.js';
import { Positions, toDiagnostic } from './convert.js';
import { plural } from './log.js';
import { pathToUri, type ServerState } from './state.js';

export type WorkspaceLintSummary = LintWorkspaceSummary;
type Counts = Omit<LintWorkspaceSummary, 'stopped' | 'message'>;
/** A cancellation source: the request's own token, or the token of server-created progress. */
export interface Cancellable {
  isCancellationRequested: boolean;
}

/** Workspace globs are relative to a folder: absolute ones and ones climbing out with `..` are ignored. */
export function folderGlobs(globs: readonly string[]): string[] {
  return globs.filter((g) => !g.startsWith('/') && !/^[A-Za-z]:/.test(g) && !g.split(/[\\/]/).includes('..'));
}

/** "12 files: 3 errors, 20 warnings, 4 info" (hints only when there are some), and why it stopped early. */
export function summaryMessage(c: Counts, stopped?: LintWorkspaceSummary['stopped']): string {
  const counts = [plural(c.errors, 'error'), plural(c.warnings, 'warning'), `${c.infos} info`];
  if (c.hints) counts.push(plural(c.hints, 'hint'));
  const why =
    stopped === 'cancelled'
      ? ' (cancelled)'
      : stopped === 'budget'
        ? ' (stopped: too many files in the workspace)'
        : '';
  return `${plural(c.files, 'file')}: ${counts.join(', ')}${why}`;
}

export async function lintWorkspace(
  state: ServerState,
  progress: WorkDoneProgressReporter,
  tokens: readonly (Cancellable | undefined)[] = [],
): Promise<WorkspaceLintSummary> {
  const counts: Counts = { files: 0, errors: 0, warnings: 0, infos: 0, hints: 0 };
  let stopped: LintWorkspaceSummary['stopped'];
  const cancelled = () => tokens.some((t) => !!t?.isCancellationRequested);
  progress.begin('Model Card Lint', 0, 'Looking for cards and manifests…', true);
  state.session.forgetConfigs();
  const paths: string[] = [];
  for (const folder of state.workspaceFolders) {
    const settings = await state.settingsFor(pathToUri(folder));
    const include = compileGlobs(folderGlobs(settings.workspaceGlobs));
    const r = await walk(folder, { include, cancelled });
    for (const f of r.files) paths.push(f.path);
    if (r.truncated) stopped = r.truncated;
    if (r.truncated === 'cancelled') break;
  }
  for (let i = 0; i < paths.length && !cancelled(); i++) {
    const path = paths[i]!;
    const uri = pathToUri(path);
    const open = state.documents.get(uri);
    let text: string;
    if (open) text = open.getText();
    else {
      const r = readTextFile(path);
      if (!r.ok) continue;
      text = r.text;
    }
    const settings = await state.settingsFor(uri);
    if (state.prepare) await state.prepare(uri);
    const outcome = state.outcomeFor(uri, text, settings, open?.version);
    if (outcome?.status === 'linted') {
      counts.files++;
      const doc = open ?? TextDocument.create(uri, /\.(md|markdown)$/i.test(path) ? 'markdown' : 'yaml', 0, text);
      const findings = outcome.result.findings;
      for (const f of findings) {
        if (f.severity === 'error') counts.errors++;
        else if (f.severity === 'warning') counts.warnings++;
        else if (f.severity === 'info') counts.infos++;
        else counts.hints++;
      }
      const pos = new Positions(doc, outcome.result);
      const diagnostics = findings.map((f) => toDiagnostic(pos, f, state.docsHref(f.ruleId), uri));
      void state.connection.sendDiagnostics(open ? { uri, version: open.version, diagnostics } : { uri, diagnostics });
    }
    if (i % 10 === 0 || i === paths.length - 1) {
      const done = `${i + 1}/${paths.length} files · ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`;
      progress.report(Math.round(((i + 1) / Math.max(1, paths.length)) * 100), done);
    }
    // Let hovers, completions and the cancel button through after every file (a file takes milliseconds; a yield
    // costs microseconds), so a cancel stops the lint within a file or two.
    await new Promise((r) => setImmediate(r));
  }
  if (cancelled()) stopped = 'cancelled';
  progress.done();
  const message = summaryMessage(counts, stopped);
  state.log.info(`Lint Workspace: ${message}`);
  return { ...counts, ...(stopped ? { stopped } : {}), message };
}
