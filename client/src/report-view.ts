// The openness report webview: the 12 components as a graded chart (pipeline stage × code/data), MOF progress per
// class, the four risk areas, the stage guidance, the change against the last commit, the EU documentation tab (HTML in
// report-html.ts); export to a Markdown summary, an SVG badge, and the EU documentation as Markdown or JSON.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { renderReport } from './report-html.js';
import {
  EU_EXPORT_REQUEST,
  REPORT_REQUEST,
  type EuExportParams,
  type EuExportResponse,
  type ReportParams,
  type ReportResponse,
} from '../../server/src/protocol.js';

export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private last: ReportResponse | undefined;
  private uri: string | undefined;
  /** Per card: the user's Annex XI Section 2 choice in the EU tab (absent: from the card's training compute). */
  private readonly systemicRisk = new Map<string, boolean>();

  constructor(private readonly client: BaseLanguageClient) {}

  /** The systemic-risk choice for a card: true / false include / leave out Annex XI Section 2; undefined: auto. */
  setSystemicRisk(uri: string, value: boolean | undefined): void {
    if (value === undefined) this.systemicRisk.delete(uri);
    else this.systemicRisk.set(uri, value);
  }

  systemicRiskOf(uri: string | undefined): boolean | undefined {
    return uri ? this.systemicRisk.get(uri) : undefined;
  }

  async show(uri: string | undefined, euOpen = false): Promise<ReportResponse | undefined> {
    if (!uri) {
      void vscode.window.showInformationMessage('Open a model card or release manifest to see its openness report.');
      return undefined;
    }
    const params: ReportParams = { uri, systemicRisk: this.systemicRisk.get(uri) };
    const res = (await this.client.sendRequest(REPORT_REQUEST, params)) as ReportResponse | null;
    if (!res) {
      void vscode.window.showInformationMessage('This file is not a model card or release manifest.');
      return undefined;
    }
    this.last = res;
    this.uri = uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'modelcardLint.report',
        'Openness report',
        vscode.ViewColumn.Beside,
        { enableScripts: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: { type: string; format?: string; value?: string }) => {
        if (m.type === 'export') void this.export(m.format === 'svg' ? 'svg' : 'markdown');
        if (m.type === 'eu-export') void this.exportEu(m.format === 'json' ? 'json' : 'markdown');
        if (m.type === 'eu-systemic' && this.uri) {
          this.setSystemicRisk(this.uri, m.value === 'include' ? true : m.value === 'leave-out' ? false : undefined);
          void this.show(this.uri, true);
        }
      });
    }
    this.panel.title = `Openness: ${uri.split('/').pop()}`;
    this.panel.webview.html = renderReport(
      res.data,
      nonce(),
      this.panel.webview.cspSource,
      res.baseline,
      res.eu,
      euOpen,
    );
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    return res;
  }

  /** The EU documentation of the card last shown, as the server writes it (`export --eu-documentation`), in a new
   * editor the user saves where they want; Annex XI Section 2 as chosen in the EU tab unless `systemicRisk` says. */
  async exportEu(
    format: 'markdown' | 'json',
    uri = this.uri,
    systemicRisk = uri ? this.systemicRisk.get(uri) : undefined,
  ): Promise<vscode.TextDocument | undefined> {
    if (!uri) return undefined;
    const params: EuExportParams = { uri, format, systemicRisk };
    const res = (await this.client.sendRequest(EU_EXPORT_REQUEST, params)) as EuExportResponse | null;
    if (!res) {
      void vscode.window.showInformationMessage('EU documentation is written for model cards only.');
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument({ language: res.format, content: res.text });
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.Active);
    return doc;
  }

  private async export(format: 'markdown' | 'svg'): Promise<void> {
    if (!this.last) return;
    const content = format === 'svg' ? this.last.badge : this.last.markdown;
    const doc = await vscode.workspace.openTextDocument({ language: format === 'svg' ? 'xml' : 'markdown', content });
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.Active);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** A script nonce from Web Crypto (global in Node 20 and in the web worker extension host alike). */
function nonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
