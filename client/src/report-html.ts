// The openness report webview's HTML (no VS Code API here, so unit tests render it): the 12 components as a graded
// chart, MOF progress, disclosures, risk areas, stage guidance, the change against the last commit, and for a card the
// EU documentation tab. Strict Content-Security-Policy, nonce'd inline style and script, no remote resources; every
// string from a card, manifest or file name goes through `esc`.
import type { EuDocumentation, EuFilledItem } from '../../server/src/engine/export/eu-documentation.js';
import type { BaselineView } from '../../server/src/engine/services/report/baseline.js';
import type { ReportData } from '../../server/src/engine/services/report/report-data.js';

// Colours live in the nonce'd stylesheet as classes: the CSP forbids inline style attributes.
const GRADE_CSS = `.g1{--g:#c62828}.g2{--g:#ef6c00}.g3{--g:#f9a825}.g4{--g:#9ccc65}.g5{--g:#2e7d32}.gna{--g:#9e9e9e}.gunk{--g:#616161}
.comp{border-left-color:var(--g)}.grade{background:var(--g)}`;
const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The change against the last commit (server/src/lsp/baseline.ts): the code lens line, then each change. */
function baselineSection(b: BaselineView | null | undefined): string {
  if (!b) return '';
  const mark = { regression: '−', improvement: '+', change: '~' };
  const items = b.changes
    .map(
      (c) =>
        `<li class="${c.kind}">${mark[c.kind]} ${esc(c.message)} <span class="sub">line ${c.line}${c.rule ? ` · ${esc(c.rule)}` : ''}</span></li>`,
    )
    .join('');
  return `<h2 id="baseline">${esc(b.summary)}</h2>${items ? `<ul class="changes">${items}</ul>` : ''}`;
}

/** One EU documentation item: what filled it (with the card's own words, escaped) or the rule that asks for it. */
function euRow(i: EuFilledItem): string {
  const from =
    i.status === 'missing'
      ? `missing${i.rule ? ` — <code>${esc(i.rule)}</code>` : ''}`
      : `${i.source ? `${esc(i.source.kind)} <code>${esc(i.source.name)}</code>` : ''}${i.excerpt || i.quote ? `: “${esc(i.excerpt ?? i.quote ?? '')}”` : ''}${i.status === 'withheld' && i.rule ? ` — <code>${esc(i.rule)}</code>` : ''}`;
  const line = i.line ? `${i.file ? `${esc(i.file)}:` : ''}${i.line}` : '';
  return `<tr class="${esc(i.status)}"><td><b>${esc(i.ref)}</b> ${esc(i.title)}</td><td>${esc(i.status)}</td><td>${from}</td><td>${line}</td></tr>`;
}

/** The EU documentation tab: the table `modelcard-lint export --eu-documentation` writes, with its two exports. */
function euTab(d: EuDocumentation): string {
  const forced = d.systemicRisk.basis === 'forced';
  const risk = d.systemicRisk.included
    ? `Annex XI Section 2 included (systemic risk: ${esc(d.systemicRisk.basis)})`
    : forced
      ? 'Annex XI Section 2 left out (as chosen)'
      : 'Annex XI Section 2 left out (no training compute over 10^25 FLOP found)';
  // The user's choice overrides the card's compute (a model designated by the Commission, or a compute the card
  // does not state): `export --systemic-risk` / `--no-systemic-risk` in the editor.
  const choice = forced ? (d.systemicRisk.included ? 'include' : 'leave-out') : 'auto';
  const option = (value: string, label: string) =>
    `<option value="${value}"${value === choice ? ' selected' : ''}>${label}</option>`;
  const systemic = `<label>Annex XI Section 2 (systemic risk): <select id="eu-systemic">${option('auto', "from the card's training compute")}${option('include', 'include')}${option('leave-out', 'leave out')}</select></label>`;
  const sections = d.sections
    .map(
      (s) =>
        `<h2>${esc(s.title)}</h2><p class="sub">${esc(s.source)}</p><table class="eu"><thead><tr><th>Item</th><th>Status</th><th>From the card</th><th>Line</th></tr></thead><tbody>${s.items.map(euRow).join('')}</tbody></table>`,
    )
    .join('');
  const results = d.evaluationResults.length
    ? `<h2>Evaluation results in .eval_results/</h2><ul>${d.evaluationResults.map((e) => `<li><code>${esc(e.dataset)}</code>${e.taskId ? ` (${esc(e.taskId)})` : ''}: ${esc(String(e.value))} <span class="sub">${esc(e.file)}:${e.line}</span></li>`).join('')}</ul>`
    : '';
  return `<p id="eu-summary"><b>${d.summary.filled} filled</b>, ${d.summary.withheld} withheld, ${d.summary.missing} missing · ${risk}</p>
<p>${systemic}</p>
<p><button id="eu-md">Export Markdown</button><button id="eu-json">Export JSON</button></p>${sections}${results}`;
}

export function renderReport(
  r: ReportData,
  nonce: string,
  cspSource: string,
  baseline?: BaselineView | null,
  eu?: EuDocumentation | null,
  /** Open on the EU documentation tab (the page is rendered again after a systemic-risk choice made there). */
  euOpen = false,
): string {
  const onEu = !!eu && euOpen;
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
.tab[aria-selected=false]{background:var(--vscode-button-secondaryBackground);color:var(--vscode-button-secondaryForeground)}
.eu{border-collapse:collapse;width:100%}.eu th,.eu td{border:1px solid var(--vscode-panel-border);padding:.3em;vertical-align:top;text-align:left}
.eu .missing td:nth-child(2){color:var(--vscode-errorForeground)}.eu .filled td:nth-child(2){color:var(--vscode-testing-iconPassed)}
.changes .regression{color:var(--vscode-errorForeground)}.changes .improvement{color:var(--vscode-testing-iconPassed)}
.risks .assessed,.risks .not-applicable{color:var(--vscode-testing-iconPassed)}.risks .missing,.risks .unassessed{color:var(--vscode-errorForeground)}
button{background:var(--vscode-button-background);color:var(--vscode-button-foreground);border:0;padding:.4em .8em;margin-right:.5em;cursor:pointer}
</style></head><body>
<h1>Openness report</h1><p class="sub">${esc(r.file)}</p>
${eu ? `<p class="tabs" role="tablist"><button class="tab" role="tab" id="tab-openness" aria-selected="${!onEu}">Openness</button><button class="tab" role="tab" id="tab-eu" aria-selected="${onEu}">EU documentation</button></p>` : ''}
<section id="openness"${onEu ? ' hidden' : ''}>
<p id="level"><b>Openness:</b> ${esc(r.openness.level)}${r.openness.weakest ? ` — weakest component <code>${esc(r.openness.weakest)}</code>` : ''} · ${r.counts.errors} errors, ${r.counts.warnings} warnings</p>
<p><button id="md">Export Markdown summary</button><button id="svg">Export SVG badge</button></p>
${baselineSection(baseline)}${chart}${mof}${disclosures}${risks}${stage}
</section>
${eu ? `<section id="eu"${onEu ? '' : ' hidden'}>${euTab(eu)}</section>` : ''}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.getElementById('md').addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'markdown' }));
document.getElementById('svg').addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'svg' }));
for (const [id, format] of [['eu-md', 'markdown'], ['eu-json', 'json']])
  document.getElementById(id)?.addEventListener('click', () => vscode.postMessage({ type: 'eu-export', format }));
document.getElementById('eu-systemic')?.addEventListener('change', (e) => vscode.postMessage({ type: 'eu-systemic', value: e.target.value }));
for (const [tab, show, hide, other] of [['tab-openness', 'openness', 'eu', 'tab-eu'], ['tab-eu', 'eu', 'openness', 'tab-openness']])
  document.getElementById(tab)?.addEventListener('click', () => {
    document.getElementById(show).hidden = false;
    document.getElementById(hide).hidden = true;
    document.getElementById(tab).setAttribute('aria-selected', 'true');
    document.getElementById(other).setAttribute('aria-selected', 'false');
  });
</script></body></html>`;
}
