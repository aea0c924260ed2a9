// The change against the last commit: for each open card or manifest in a git repository, read its committed version
// with VS Code's built-in git extension (`vscode.git`, API 1: repository.show('HEAD', path)) and send the text to the
// server (BASELINE_REQUEST), which compares it through the lint session and shows the change in a code lens and the
// report. The client computes nothing. No repository, no git extension, or no committed version: nothing is shown.
// In an untrusted workspace nothing here runs until the user trusts it: git reads the repository's own config, which
// can name programs to run (core.fsmonitor, hooks, filters), so the git extension is not even asked for (VS Code's
// git extension is itself off in Restricted Mode). The setting `modelcardLint.baseline.enable` turns it off.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { BASELINE_REQUEST, type BaselineParams, type BaselineResponse } from '../../server/src/protocol.js';

/** The part of the git extension's API 1 used here (vscode/extensions/git/src/api/git.d.ts). */
interface GitRepository {
  rootUri: vscode.Uri;
  state: { HEAD?: { commit?: string }; onDidChange: vscode.Event<void> };
  show(ref: string, path: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
  onDidOpenRepository: vscode.Event<GitRepository>;
}

const REF = 'HEAD';
const LANGUAGES = new Set(['markdown', 'yaml']);

export class BaselineSender implements vscode.Disposable {
  private readonly subs: vscode.Disposable[] = [];
  /** Per document: the commit its baseline was read at ('' when none was sent), so a commit re-reads it. */
  private readonly sent = new Map<string, string>();
  /** The last answer per document (the code lens text), for tests and the log. */
  readonly summaries = new Map<string, string | null>();

  constructor(private readonly client: BaseLanguageClient) {}

  async start(): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      const sub = vscode.workspace.onDidGrantWorkspaceTrust(() => {
        sub.dispose();
        void this.start();
      });
      this.subs.push(sub);
      return;
    }
    const ext = await gitExtension();
    if (!ext) return;
    // With `git.enabled: false` the extension has no API until it is turned on.
    if (!ext.enabled) {
      const sub = ext.onDidChangeEnablement((on) => {
        if (!on) return;
        sub.dispose();
        void this.start();
      });
      this.subs.push(sub);
      return;
    }
    let git: GitApi;
    try {
      git = ext.getAPI(1);
    } catch {
      return;
    }
    const all = () => vscode.workspace.textDocuments.forEach((d) => void this.update(git, d));
    const watched = new Set<GitRepository>();
    const watch = (repo: GitRepository) => {
      if (watched.has(repo)) return;
      watched.add(repo);
      this.subs.push(repo.state.onDidChange(all));
    };
    this.subs.push(
      git.onDidOpenRepository((repo) => {
        watch(repo);
        all();
      }),
      vscode.workspace.onDidOpenTextDocument((d) => void this.update(git, d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.sent.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('modelcardLint.baseline')) {
          this.sent.clear();
          all();
        }
      }),
    );
    for (const d of vscode.workspace.textDocuments) {
      const repo = d.uri.scheme === 'file' ? git.getRepository(d.uri) : null;
      if (repo) watch(repo);
    }
    all();
  }

  private async update(git: GitApi, doc: vscode.TextDocument): Promise<void> {
    if (doc.uri.scheme !== 'file' || !LANGUAGES.has(doc.languageId)) return;
    const uri = doc.uri.toString();
    const enabled = vscode.workspace.getConfiguration('modelcardLint', doc.uri).get<boolean>('baseline.enable', true);
    const repo = enabled ? git.getRepository(doc.uri) : null;
    const commit = repo?.state.HEAD?.commit ?? '';
    if (this.sent.get(uri) === commit) return;
    this.sent.set(uri, commit);
    let text: string | null = null;
    if (repo && commit) {
      try {
        text = await repo.show(REF, doc.uri.fsPath);
      } catch {
        // Not in the last commit (a new file) or unreadable: nothing to compare with.
        text = null;
      }
    }
    const params: BaselineParams = { uri, ref: REF, text };
    try {
      const r = (await this.client.sendRequest(BASELINE_REQUEST, params)) as BaselineResponse | null;
      this.summaries.set(uri, r?.summary ?? null);
    } catch {
      this.sent.delete(uri);
    }
  }

  dispose(): void {
    this.subs.forEach((s) => s.dispose());
  }
}

interface GitExtension {
  enabled: boolean;
  onDidChangeEnablement: vscode.Event<boolean>;
  getAPI(version: 1): GitApi;
}

async function gitExtension(): Promise<GitExtension | null> {
  const ext = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!ext) return null;
  try {
    return (ext.isActive ? ext.exports : await ext.activate()) ?? null;
  } catch {
    // Git is not installed, or the extension failed to start.
    return null;
  }
}
