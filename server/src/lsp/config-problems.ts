// An invalid config file is never ignored silently in the editor: its problems become diagnostics on the config file
// itself (placed on the offending key when it can be found) and one message, shown once per distinct problem set.
// The documents it governs get no findings until it is fixed, as the CLI exits 2.
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ConfigProblem } from '../engine/config.js';
import { CONFIG_FILE_NAMES, parseConfigText, readConfigText } from '../node/config-files.js';
import { SOURCE } from './convert.js';
import { pathToUri, uriToPath, type ServerState } from './state.js';

export class ConfigProblems {
  private shown = new Set<string>();
  private published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly state: ServerState,
  ) {}

  show(problems: ConfigProblem[]): void {
    const key = problems.map((p) => `${p.path}\u0000${p.message}`).join('\u0001');
    if (this.shown.has(key)) return;
    this.shown.add(key);
    const byFile = new Map<string, ConfigProblem[]>();
    for (const p of problems) byFile.set(p.path, [...(byFile.get(p.path) ?? []), p]);
    for (const [path, list] of byFile) {
      const uri = pathToUri(path);
      const open = this.state.documents.get(uri);
      const read = open ? { text: open.getText() } : readConfigText(path);
      const doc = TextDocument.create(uri, 'yaml', 0, 'text' in read ? read.text : '');
      const diagnostics: Diagnostic[] = list.map((p) => {
        // "rules.undisclosed-contcat: unknown rule" → put it on `undisclosed-contcat` when that text is in the file.
        const key = /^[\w.[\]-]*?([\w-]+)(?:\[\d+\])?:/.exec(p.message)?.[1] ?? /"([^"]+)"/.exec(p.message)?.[1];
        const at = key ? doc.getText().indexOf(key) : -1;
        const range =
          at >= 0
            ? { start: doc.positionAt(at), end: doc.positionAt(at + key!.length) }
            : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        return { range, severity: DiagnosticSeverity.Error, source: SOURCE, message: p.message };
      });
      this.published.add(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
    void this.connection.window.showErrorMessage(
      `Model Card Lint: invalid configuration in ${[...byFile.keys()].join(', ')} — ${problems[0]!.message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}. Cards under it are not linted until it is fixed.`,
    );
  }

  /** Whether a document is a config file (its diagnostics come from here, not from the linter). */
  static isConfig(uri: string): boolean {
    return CONFIG_FILE_NAMES.some((n) => uri.endsWith(`/${n}`));
  }

  /** Validate an open config file as it is typed. */
  validate(doc: TextDocument): void {
    const path = uriToPath(doc.uri);
    const { problems } = parseConfigText(path, doc.getText());
    if (problems.length) this.show(problems);
    else {
      this.published.delete(doc.uri);
      void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    }
  }

  /** A config file changed: forget what was shown and clear its diagnostics (the next lint shows what remains). */
  clear(): void {
    this.shown.clear();
    for (const uri of this.published) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.clear();
  }
}
