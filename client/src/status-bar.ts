// Status bar item for the active document: openness level and MOF class; the tooltip lists the 12 component grades.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { DocumentStatus } from '../../server/src/engine/services/report/summary.js';
import { SHOW_REPORT_COMMAND, STATUS_NOTIFICATION, type StatusParams } from '../../server/src/protocol.js';

const ROMAN = ['I', 'II', 'III'];

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'modelcardLint.status',
    vscode.StatusBarAlignment.Right,
    100,
  );
  private readonly byUri = new Map<string, DocumentStatus | null>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly client: BaseLanguageClient) {
    this.item.name = 'Model Card Lint';
    this.item.command = SHOW_REPORT_COMMAND;
  }

  start(): void {
    this.disposables.push(
      this.client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
        this.byUri.set(p.uri, p.status);
        this.render();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((d) => this.byUri.delete(d.uri.toString())),
    );
    this.render();
  }

  /** The text shown for the active editor (also read by the integration tests); empty while hidden. */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  get tooltipText(): string {
    const t = this.item.tooltip;
    return typeof t === 'string' ? t : (t?.value ?? '');
  }

  private visible = false;

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const s = uri ? this.byUri.get(uri) : undefined;
    if (!s) {
      this.item.hide();
      this.visible = false;
      return;
    }
    const mof = s.mofProgress ? ` · MOF ${s.mofClass ? `Class ${ROMAN[s.mofClass - 1]}` : 'unclassified'}` : '';
    const icon = s.level === 'fully-open' ? '$(unlock)' : s.level === 'fully-closed' ? '$(lock)' : '$(law)';
    this.item.text = `${icon} ${s.level === 'unknown' ? 'openness unknown' : s.level}${mof}`;
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**Model Card Lint** — ${s.kind}\n\n`);
    md.appendMarkdown(
      `Openness: **${s.level}**${s.weakest ? ` · weakest \`${s.weakest}\` (${s.weakestLabel ?? '?'})` : ''}\n\n`,
    );
    if (s.mofProgress)
      md.appendMarkdown(
        `MOF progress: III ${s.mofProgress.class3}% · II ${s.mofProgress.class2}% · I ${s.mofProgress.class1}%\n\n`,
      );
    md.appendMarkdown(`Stage: ${s.stage ?? 'undeclared'}${s.stage ? ` (${s.stageSource})` : ''}\n\n`);
    md.appendMarkdown('| component | grade |\n|---|---|\n');
    for (const c of s.components) md.appendMarkdown(`| ${c.id} | ${c.grade} |\n`);
    this.item.tooltip = md;
    this.item.show();
    this.visible = true;
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
