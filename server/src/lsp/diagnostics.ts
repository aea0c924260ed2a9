// Pushes diagnostics after open/change/save with a short debounce and a version guard: a result computed for an
// old version is never published (vscode-markdownlint's generation counter).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Positions, SOURCE, toDiagnostic } from './convert.js';
import { ConfigProblems } from './config-problems.js';
import { lifecycle } from './safe.js';
import type { ServerState } from './state.js';
import { sendStatus } from './status.js';
import { plural } from './log.js';

export class DiagnosticsScheduler {
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Incremented on every change; a lint publishes only if its generation is still the latest. */
  private generation = new Map<string, number>();

  constructor(
    private readonly state: ServerState,
    private readonly configProblems?: ConfigProblems,
  ) {}

  /** Versions with an immediate lint pending: TextDocuments also reports an opened document as changed, and that
   * second, debounced request must not delay the first diagnostics by the debounce. */
  private immediateFor = new Map<string, number>();

  /** Schedule a lint; `immediate` for open/save/config changes. */
  schedule(doc: TextDocument, immediate = false): void {
    const uri = doc.uri;
    // Notifications before `initialize` or after `shutdown` are dropped, as the protocol asks.
    if (!lifecycle.initialized || lifecycle.shutdown) return;
    if (!immediate && this.immediateFor.get(uri) === doc.version) return;
    if (immediate) this.immediateFor.set(uri, doc.version);
    else this.immediateFor.delete(uri);
    const gen = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, gen);
    const old = this.timers.get(uri);
    if (old) clearTimeout(old);
    const delay = immediate ? 0 : this.state.cachedSettings(uri).debounceMs;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.immediateFor.delete(uri);
        void this.run(uri, gen);
      }, delay),
    );
  }

  private async run(uri: string, gen: number): Promise<void> {
    // Requests that came with the edit are already queued (the JSON-RPC reader handles one per immediate): yield once so
    // they are answered before the debounced lint publishes, even when one of them took longer than the debounce.
    await new Promise((resolve) => setImmediate(resolve));
    const settings = await this.state.settingsFor(uri);
    if (this.state.prepare) await this.state.prepare(uri);
    const doc = this.state.documents.get(uri);
    if (!doc || this.generation.get(uri) !== gen) return;
    try {
      this.publish(doc, settings);
    } catch (e) {
      this.state.log.error(`modelcard-lint: linting ${uri} failed: ${(e as Error).stack ?? e}`);
    }
  }

  publish(doc: TextDocument, settings = this.state.cachedSettings(doc.uri)): void {
    if (ConfigProblems.isConfig(doc.uri)) {
      this.configProblems?.validate(doc);
      return;
    }
    let cached;
    const started = performance.now();
    try {
      cached = this.state.resultFor(doc, settings);
    } catch (e) {
      // Never leave the previous version's findings on screen as if they were current.
      this.state.log.error(`modelcard-lint: linting ${doc.uri} failed: ${(e as Error).stack ?? e}`);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      void this.state.connection.sendDiagnostics({
        uri: doc.uri,
        version: doc.version,
        diagnostics: [
          {
            range,
            severity: 1,
            source: SOURCE,
            message:
              'Model Card Lint could not lint this document (see the "Model Card Lint" output); its findings are not shown.',
          },
        ],
      });
      return;
    }
    const current = this.state.documents.get(doc.uri);
    // The version guard: never publish for a text the client no longer has.
    if (current && current.version !== doc.version) return;
    const pos = cached ? new Positions(doc, cached.result) : null;
    const diagnostics =
      cached && pos
        ? cached.result.findings.map((f) => toDiagnostic(pos, f, this.state.docsHref(f.ruleId), doc.uri))
        : [];
    void this.state.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    this.state.log.debug(
      cached
        ? `linted ${doc.uri} (version ${doc.version}, ${cached.result.doc.kind}): ${plural(diagnostics.length, 'finding')} in ${Math.round(performance.now() - started)} ms`
        : `left ${doc.uri} alone (version ${doc.version}): neither a card nor a manifest, ignored, or disabled`,
    );
    sendStatus(this.state, doc.uri, cached?.result ?? null);
  }

  clear(uri: string): void {
    this.immediateFor.delete(uri);
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.generation.delete(uri);
    void this.state.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Re-lint every open document (settings or config files changed). */
  relintAll(): void {
    for (const doc of this.state.documents.all()) this.schedule(doc, true);
  }
}

export { SOURCE };
