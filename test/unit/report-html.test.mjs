// The report webview's HTML (client/src/report-html.ts, bundled here on the fly: it has no VS Code import): the EU
// documentation tab shows the same items as `export --eu-documentation` (status, the card's words with their line, or
// the rule that asks), the change against the last commit is listed, and nothing from a hostile card reaches the page
// unescaped; one strict CSP, scripts only with the nonce.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { baselineView, euDocumentation, lint, reportData, toDiffReport } from './engine.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOSTILE = '<img src=x onerror=alert(1)>';
const CARD = [
  '---',
  'license: apache-2.0',
  `model_name: "${HOSTILE}"`,
  'openness:',
  '  weights: apache-2.0',
  '---',
  `# Model Card for <script>alert('t')</script>`,
  '',
  `**Model Release Date:** July 23, 2024 ${HOSTILE}`,
  '',
  '## Limitations',
  '',
  `It makes things up <script>alert("x")</script> and "quotes" & 'apostrophes' </td></tr></table>.`,
  '',
].join('\n');

let renderReport;
before(async () => {
  const out = await build({
    entryPoints: [join(ROOT, 'client/src/report-html.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'mcl-report-html-'));
  try {
    writeFileSync(join(dir, 'report-html.mjs'), out.outputFiles[0].text);
    ({ renderReport } = await import(pathToFileURL(join(dir, 'report-html.mjs')).href));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('report webview HTML', () => {
  const path = `/tmp/x/"><svg onload=alert(1)>/README.md`;
  const card = lint(CARD, path, { kind: 'model-card' });
  const eu = euDocumentation(card);
  const old = lint(CARD.replace('  weights: apache-2.0', '  weights: apache-2.0\n  inference_code: mit'), path);
  const baseline = baselineView(toDiffReport(path, old, card), 'HEAD');

  it('the EU tab lists every item of the export: status, the card’s words and line, or the rule that asks', () => {
    const html = renderReport(reportData(card, path), 'n0nce', 'vscode-resource:', baseline, eu);
    assert.match(html, /<button class="tab" role="tab" id="tab-eu" aria-selected="false">EU documentation<\/button>/);
    assert.match(html, /<section id="eu" hidden>/);
    const rows = [...html.matchAll(/<tr class="(filled|withheld|missing)">/g)].length;
    assert.equal(
      rows,
      eu.sections.reduce((n, s) => n + s.items.length, 0),
    );
    assert.match(
      html,
      new RegExp(`<b>${eu.summary.filled} filled</b>, ${eu.summary.withheld} withheld, ${eu.summary.missing} missing`),
    );
    const contact = eu.sections.flatMap((s) => s.items).find((i) => i.status === 'missing' && i.rule);
    assert.ok(html.includes(`missing — <code>${contact.rule}</code>`));
    const release = eu.sections.flatMap((s) => s.items).find((i) => i.source?.kind === 'label');
    assert.ok(release, 'the release date label fills an item');
    assert.match(html, new RegExp(`<td>${release.line}</td></tr>`));
    assert.match(html, /<button id="eu-md">Export Markdown<\/button><button id="eu-json">Export JSON<\/button>/);
    assert.match(html, /<h2 id="baseline">Since HEAD: 1 regression<\/h2>/);
    assert.match(
      html,
      /<li class="regression">− `inference_code` [^<]+ <span class="sub">line 1 · openness-regression<\/span><\/li>/,
    );
  });

  it('the EU tab offers the Annex XI Section 2 choice, shows the one made, and opens on the tab after it', () => {
    const auto = renderReport(reportData(card, path), 'n0nce', 'vscode-resource:', null, eu);
    assert.ok(
      auto.includes(
        `<label>Annex XI Section 2 (systemic risk): <select id="eu-systemic"><option value="auto" selected>from the card's training compute</option><option value="include">include</option><option value="leave-out">leave out</option></select></label>`,
      ),
    );
    assert.match(auto, /Annex XI Section 2 left out \(no training compute over 10\^25 FLOP found\)/);
    assert.match(auto, /<script nonce="n0nce">[\s\S]*getElementById\('eu-systemic'\)[\s\S]*type: 'eu-systemic'/);
    const included = euDocumentation(card, { systemicRisk: true });
    assert.ok(included.sections.length > eu.sections.length, 'Section 2 added');
    const html = renderReport(reportData(card, path), 'n0nce', 'vscode-resource:', null, included, true);
    assert.match(html, /<option value="include" selected>include<\/option>/);
    assert.match(html, /Annex XI Section 2 included \(systemic risk: forced\)/);
    assert.match(html, /id="tab-eu" aria-selected="true"/);
    assert.match(html, /<section id="openness" hidden>/);
    assert.match(html, /<section id="eu">/);
    const left = renderReport(
      reportData(card, path),
      'n0nce',
      'vscode-resource:',
      null,
      euDocumentation(card, { systemicRisk: false }),
    );
    assert.match(left, /<option value="leave-out" selected>leave out<\/option>/);
    assert.match(left, /Annex XI Section 2 left out \(as chosen\)/);
    assert.match(left, /<section id="eu" hidden>/);
  });

  it('escapes everything from the card and the file name; one CSP; scripts only with the nonce', () => {
    const html = renderReport(reportData(card, path), 'n0nce', 'vscode-resource:', baseline, eu);
    assert.equal(html.match(/<script/g).length, 1);
    assert.match(html, /<script nonce="n0nce">/);
    assert.equal(html.includes('<img'), false);
    assert.equal(html.includes('<svg onload'), false);
    assert.equal(html.includes('</td></tr></table>.'), false);
    // The model name fills an EU item (Code of Practice 1.2) with the card's words: shown, escaped.
    assert.ok(html.includes('“&lt;img src=x onerror=alert(1)&gt;”</td><td>3</td>'), 'the model name quoted, escaped');
    assert.ok(html.includes('&quot;&gt;&lt;svg onload=alert(1)&gt;/README.md'), 'the file name escaped');
    assert.equal(html.match(/http-equiv="Content-Security-Policy"/g).length, 1);
    assert.match(
      html,
      /content="default-src 'none'; img-src vscode-resource: data:; style-src 'nonce-n0nce'; script-src 'nonce-n0nce';"/,
    );
    // No tag carries an event-handler attribute (the card's `onerror=` is text inside escaped brackets).
    assert.equal(/<[a-z][^>]*\son\w+=/i.test(html), false);
  });

  it('a manifest (no EU documentation) has no tabs', () => {
    const m = lint(
      "framework:\n  name: Model Openness Framework\n  version: '1.0'\n  date: '2024-12-15'\nrelease:\n  name: M\n  producer: P\n  license: {}\n  components: []\n",
      '/tmp/x/model.yml',
    );
    const html = renderReport(reportData(m, '/tmp/x/model.yml'), 'n', 'c', null, null);
    assert.equal(html.includes('role="tablist"'), false);
    assert.equal(html.includes('id="eu"'), false);
    assert.equal(html.includes('id="baseline"'), false);
  });
});
