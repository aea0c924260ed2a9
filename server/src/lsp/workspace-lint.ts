// "Lint Workspace": lints every card and manifest under the workspace folders, not only open files, publishing
// their diagnostics and reporting progress (vscode-markdownlint's lintWorkspace, done server-side for any client).
import { readFile } from 'node:fs/promises';
import { globSync } from 'tinyglobby';
import type { WorkDoneProgressReporter } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from './convert.js';
import { pathToUri, type ServerState } from './state.js';

export interface WorkspaceLintSummary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

const IGNORE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**'];

export async function lintWorkspace(state: ServerState, progress: WorkDoneProgressReporter, token?: { isCancellationRequested: boolean }): Promise<WorkspaceLintSummary> {
  const summary: WorkspaceLintSummary = { files: 0, errors: 0, warnings: 0, infos: 0 };
  const paths: string[] = [];
  for (const folder of state.workspaceFolders) {
    const settings = await state.settingsFor(pathToUri(folder));
    for (const rel of globSync(settings.workspaceGlobs, { cwd: folder, ignore: IGNORE, dot: false })) paths.push(`${folder.replace(/\/$/, '')}/${rel}`);
  }
  progress.begin('Model Card Lint', 0, `0/${paths.length} files`, true);
  state.resolver.clear();
  for (let i = 0; i < paths.length; i++) {
    if (token?.isCancellationRequested) break;
    const path = paths[i]!;
    const uri = pathToUri(path);
    const open = state.documents.get(uri);
    let text: string;
    try {
      text = open ? open.getText() : await readFile(path, 'utf8');
    } catch {
      continue;
    }
    const settings = await state.settingsFor(uri);
    const r = state.lintText(uri, text, settings);
    if (r) {
      summary.files++;
      const doc = open ?? TextDocument.create(uri, path.endsWith('.md') || path.endsWith('.markdown') ? 'markdown' : 'yaml', 0, text);
      for (const f of r.result.findings) {
        if (f.severity === 'error') summary.errors++;
        else if (f.severity === 'warning') summary.warnings++;
        else summary.infos++;
      }
      const diagnostics = r.result.findings.map((f) => toDiagnostic(doc, f, r.bomShift, state.docsHref(f.ruleId), uri));
      void state.connection.sendDiagnostics(open ? { uri, version: open.version, diagnostics } : { uri, diagnostics });
    }
    if (i % 10 === 0 || i === paths.length - 1) progress.report(Math.round(((i + 1) / Math.max(1, paths.length)) * 100), `${i + 1}/${paths.length} files`);
  }
  progress.done();
  return summary;
}
