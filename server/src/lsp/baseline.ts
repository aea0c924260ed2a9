// The editor's change against the last commit (issue 13): the client reads the committed version of an open card with
// VS Code's git extension and sends its text (BASELINE_REQUEST); this keeps it per document, lints it once through the
// lint session under the document's path (as `modelcard-lint diff --baseline` does) and compares each version of the
// document with it using the engine's diff. Nothing is read from git here.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiffReport } from '../engine/diff/report.js';
import type { LintConfig } from '../engine/config.js';
import type { LintResult } from '../engine/lint.js';
import { baselineView, type BaselineView } from '../engine/services/report/baseline.js';
import { uriToPath, type ServerState } from './state.js';

const MAX_KEPT = 256;

interface Kept {
  ref: string;
  text: string;
  /** The baseline's lint, for the config it was linted under (a config change lints it again). The session keeps one
   * config object while the config files and settings stay the same, so the baseline is linted once, not once per
   * keystroke; it is linted `once` (node/session.ts), so it does not replace the document's incremental parse. */
  linted?: { config: LintConfig; result: LintResult | null };
  /** The last comparison, for one version of the document. */
  view?: { version: number; result: LintResult; view: BaselineView | null };
}

export class Baselines {
  private readonly kept = new Map<string, Kept>();

  /** Kept until the document closes; the request may arrive before its didOpen, so it is not checked against the open
   * documents, and a client that never closes is bounded instead. */
  set(uri: string, ref: string, text: string | null): void {
    this.kept.delete(uri);
    if (text === null) return;
    this.kept.set(uri, { ref, text });
    if (this.kept.size > MAX_KEPT) this.kept.delete(this.kept.keys().next().value!);
  }

  forget(uri: string): void {
    this.kept.delete(uri);
  }

  /** The document's change against its baseline; null without a baseline or when either side is not linted. */
  view(state: ServerState, doc: TextDocument): BaselineView | null {
    const k = this.kept.get(doc.uri);
    if (!k) return null;
    const cached = state.resultFor(doc);
    if (!cached) return null;
    if (k.view?.version === doc.version && k.view.result === cached.result) return k.view.view;
    const config = cached.result.analysis.config;
    if (k.linted?.config !== config) {
      const outcome = state.session.lintText({
        path: uriToPath(doc.uri),
        text: k.text,
        once: true,
        settings: state.doorSettingsOf(state.cachedSettings(doc.uri)),
      });
      k.linted = { config, result: outcome.status === 'linted' ? outcome.result : null };
    }
    const old = k.linted.result;
    // A committed version that was neither a card nor a manifest: the document is new as far as openness goes.
    const view =
      old && old.kind !== cached.result.kind
        ? null
        : baselineView(toDiffReport(uriToPath(doc.uri), old, cached.result), k.ref);
    k.view = { version: doc.version, result: cached.result, view };
    return view;
  }
}
