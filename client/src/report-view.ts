// The openness report webview: the 12 components as a graded chart (pipeline stage × code/data), MOF progress per
// class, the four risk areas, the stage guidance; export to a Markdown summary and an SVG badge.
// Strict Content-Security-Policy, nonce'd inline style and script, no remote resources.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ReportData } from '../../server/src/engine/services/report/report-data.js';
import { REPORT_REQUEST, type ReportParams, type ReportResponse } from '../../server/src/protocol.js';

// Colours live in the nonce'd stylesheet as classes: the CSP forbids inline style attributes.
const GRADE_CSS = `.g1{--g:#c62828}.g2{--g:#ef6c00}.g3{--g:#f9a825}.g4{--g:#9ccc65}.g5{--g:#2e7d32}.gna{--g:#9e9e9e}.gunk{--g:#616161}
.comp{border-left-color:var(--g)}.grade{background:var(--g)}`;
const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function renderReport(r: ReportData, nonce: string, cspSource: string): string {
  const cell = (stage: string, kind: string) =>
    r.openness.components
      .filter((c) => c.stage === stage && c.kind === kind)
      .map((c) => {
        const cls = c.grade ? `g${c.grade}` : c.gradeLabel === 'N/A' ? 'gna' : 'gunk';
        return `<div class="comp ${cls}" title="${esc(c.basis)}" data-component="${esc(c.id)}"><span class="grade">${esc(c.gradeLabel ?? '?')}</span> ${esc(c.label)}<div class="sub">${esc(c.status)}${c.license ? ` · ${esc(c.license)}` : ''}</div></div>`;
      })
      .join('');
  const stages = ['training', 'evaluation', 'deployment'];
  const chart = `<table class="chart"><thead><tr><th></th><th>code</th><th>data</th></tr></thead><tbody>${stages.map((s) => `<tr><th>${s}</th><td>${cell(s, 'code')}</td><td>${cell(s, 'data')}</td></tr>`).join('')}</tbody></table>`;
  // An SVG bar: its width is an attribute, which the CSP allows (inline style attributes are not).
  const bar = (label: string, v: number) =>
    `<div class="bar"><span class="lbl">${label}</span><svg class="track" width="160" height="12" viewBox="0 0 100 12" preserveAspectRatio="none" role="img" aria-label="${label} ${v}%"><rect class="bg" width="100" height="12"/><rect class="fill" width="${Math.max(0, Math.min(100, v))}" height="12"/></svg> ${v}%</div>`;
  const mof = r.mof
    ? `<h2>MOF: ${esc(r.mof.label)}</h2>${bar('Class III', r.mof.progress.class3)}${bar('Class II', r.mof.progress.class2)}${bar('Class I', r.mof.progress.class1)}${r.mof.missing.class1.length ? `<p class="sub">Missing for Class I: ${r.mof.missing.class1.map(esc).join(', ')}</p>` : ''}`
    : '';
  // Evidence quotes are card text: escaped like everything else.
  const evidence = (x: { line: number | null; quote: string | null }) =>
    x.line ? ` <span class="sub">line ${x.line}${x.quote ? `: “${esc(x.quote)}”` : ''}</span>` : '';
  const risks = r.risks.length
    ? `<h2>Risk areas</h2><ul class="risks">${r.risks.map((x) => `<li class="${esc(x.state)}"><b>${esc(x.title)}</b>: ${esc(x.state)}${evidence(x)}</li>`).join('')}</ul>`
    : '';
  const disclosures = r.disclosures.length
    ? `<h2>Disclosures</h2><ul class="disclosures">${r.disclosures.map((x) => `<li class="${esc(x.state)}"><b>${esc(x.title)}</b>: ${esc(x.state)}${evidence(x)}</li>`).join('')}</ul>`
    : '';
  const stage = r.stage
    ? `<h2>Stage: ${esc(r.stage.title)} <span class="sub">(${esc(r.stage.source)})</span></h2><p>${esc(r.stage.definition)}</p><h3>Release</h3><ul>${r.stage.release.map((g) => `<li>${esc(g)}</li>`).join('')}</ul><h3>Assess</h3><ul>${r.stage.assess.map((g) => `<li>${esc(g)}</li>`).join('')}</ul><h3>Document</h3><ul>${r.stage.document.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>`
    : '<h2>Stage: undeclared</h2>';
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>Openness report</title>
<style nonce="${nonce}">
body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);padding:0 1em}
.chart{border-collapse:collapse;width:100%;max-width:56em}.chart th,.chart td{border:1px solid var(--vscode-panel-border);padding:.4em;vertical-align:top}
.comp{border-left:6px solid;padding:.2em .5em;margin:.2em 0}.grade{color:#fff;border-radius:3px;padding:0 .35em;font-weight:bold}
.sub{opacity:.75;font-size:.9em}.bar{margin:.2em 0}.lbl{display:inline-block;width:6em}.track{vertical-align:middle;border:1px solid var(--vscode-panel-border)}
.track .bg{fill:var(--vscode-editorWidget-background)}.track .fill{fill:var(--vscode-progressBar-background)}
${GRADE_CSS}
.risks .assessed,.risks .not-applicable{color:var(--vscode-testing-iconPassed)}.risks .missing,.risks .unassessed{color:var(--vscode-errorForeground)}
button{background:var(--vscode-button-background);color:var(--vscode-button-foreground);border:0;padding:.4em .8em;margin-right:.5em;cursor:pointer}
</style></head><body>
<h1>Openness report</h1><p class="sub">${esc(r.file)}</p>
<p id="level"><b>Openness:</b> ${esc(r.openness.level)}${r.openness.weakest ? ` — weakest component <code>${esc(r.openness.weakest)}</code>` : ''} · ${r.counts.errors} errors, ${r.counts.warnings} warnings</p>
<p><button id="md">Export Markdown summary</button><button id="svg">Export SVG badge</button></p>
${chart}${mof}${disclosures}${risks}${stage}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.getElementById('md').addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'markdown' }));
document.getElementById('svg').addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'svg' }));
</script></body></html>`;
}

export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private last: ReportResponse | undefined;

  constructor(private readonly client: BaseLanguageClient) {}

  async show(uri: string | undefined): Promise<ReportResponse | undefined> {
    if (!uri) {
      void vscode.window.showInformationMessage('Open a model card or release manifest to see its openness report.');
      return undefined;
    }
    const params: ReportParams = { uri };
    const res = (await this.client.sendRequest(REPORT_REQUEST, params)) as ReportResponse | null;
    if (!res) {
      void vscode.window.showInformationMessage('This file is not a model card or release manifest.');
      return undefined;
    }
    this.last = res;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'modelcardLint.report',
        'Openness report',
        vscode.ViewColumn.Beside,
        { enableScripts: true, localResourceRoots: [] },
      );
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: { type: string; format: string }) => {
        if (m.type === 'export') void this.export(m.format === 'svg' ? 'svg' : 'markdown');
      });
    }
    this.panel.title = `Openness: ${uri.split('/').pop()}`;
    this.panel.webview.html = renderReport(res.data, nonce(), this.panel.webview.cspSource);
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    return res;
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
