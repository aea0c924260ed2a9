// The job summary of the GitHub Action: GitHub shows only about 10 annotations of each kind per step, so the summary
// carries what a reviewer needs from `--format json` (per file the openness level and MOF class, the counts, the worst
// findings), and with the `baseline` input the section "Changes against <ref>" from `diff --format json`. Every value
// that came from a file is escaped: card text must not become a link, image, table cell or HTML.
'use strict';

const MAX_FILES = 100;
const MAX_FINDINGS = 20;
const MAX_MESSAGE = 500;
const MAX_CHANGES = 200;
const RANK = { error: 0, warning: 1, info: 2, hint: 3 };
const ROMAN = ['I', 'II', 'III'];

/** Plain Markdown text: controls and bidi marks shown as visible escapes, every Markdown-significant character
 * backslash-escaped (the set of server/src/engine/markdown-text.ts plus `$` for math and `@` for mentions). */
function mdText(value) {
  return String(value)
    .replace(/[\r\n]+/g, ' ')
    .replace(
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&=:$@]/g, '\\$&');
}

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function mofCell(mof) {
  if (!mof) return '—';
  const p = mof.progress;
  const cls = mof.class ? `Class ${ROMAN[mof.class - 1]}` : 'no class';
  return `${cls} (III ${p.class3}% · II ${p.class2}% · I ${p.class1}%)`;
}

function opennessCell(o) {
  if (!o) return '—';
  return o.weakest ? `${mdText(o.level)} (weakest: ${mdText(o.weakest)})` : mdText(o.level);
}

/** Markdown for `$GITHUB_STEP_SUMMARY` from the CLI's `--format json` object. */
function renderSummary(report, { failOn }) {
  const linted = report.results.filter((r) => r.kind !== 'unknown');
  const count = (sev) => report.results.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === sev).length, 0);
  const { errors, warnings, files } = report.summary;
  const infos = count('info');
  const cards = linted.filter((r) => r.kind === 'model-card').length;
  const manifests = linted.length - cards;
  const others = report.results.length - linted.length;
  const icon = errors ? '❌' : warnings ? '⚠️' : '✅';
  const out = [
    '## Model Card Lint',
    '',
    `${icon} ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${infos} info in ${plural(files, 'file')}: ` +
      `${plural(cards, 'model card')}, ${plural(manifests, 'release manifest')}` +
      (others ? `, ${plural(others, 'other file')} (not a card or manifest, not linted)` : '') +
      `. Fails on: ${failOn}.`,
  ];
  if (linted.length) {
    out.push('', '| File | Kind | Openness | MOF class | Stage | Errors | Warnings |', '|---|---|---|---|---|--:|--:|');
    for (const r of linted.slice(0, MAX_FILES)) {
      const e = r.diagnostics.filter((d) => d.severity === 'error').length;
      const w = r.diagnostics.filter((d) => d.severity === 'warning').length;
      const kind = r.kind === 'model-card' ? 'model card' : 'release manifest';
      out.push(
        `| ${mdText(r.file)} | ${kind} | ${opennessCell(r.openness)} | ${mofCell(r.mof)} | ${mdText(r.stage ?? 'undeclared')} | ${e} | ${w} |`,
      );
    }
    if (linted.length > MAX_FILES) out.push('', `… and ${linted.length - MAX_FILES} more files (see the annotations).`);
  }
  const findings = [];
  for (const r of report.results)
    for (const d of r.diagnostics) if (d.severity !== 'hint') findings.push({ file: r.file, ...d });
  // Stable: errors first, then warnings, then info; within a severity the CLI's order (file, then position).
  findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  if (findings.length) {
    out.push('', '### Worst findings', '', '| Severity | Location | Rule | Message |', '|---|---|---|---|');
    for (const f of findings.slice(0, MAX_FINDINGS))
      out.push(
        `| ${f.severity} | ${mdText(`${f.file}:${f.line}:${f.column}`)} | ${mdText(f.rule)} | ${mdText(clip(f.message, MAX_MESSAGE))} |`,
      );
    if (findings.length > MAX_FINDINGS) out.push('', `… and ${findings.length - MAX_FINDINGS} more findings.`);
  }
  return out.join('\n') + '\n';
}

const KIND_RANK = { regression: 0, improvement: 1, change: 2 };
const SEVERITY_RANK = (s) => (s ? RANK[s] : 4);

function mofWord(h) {
  if (!h?.mof) return null;
  return h.mof.class ? `Class ${ROMAN[h.mof.class - 1]}` : 'unclassified';
}

/** `before → after`, or `value (unchanged)`; each part escaped. */
function beforeAfter(before, after) {
  if (before === after) return `${mdText(after)} (unchanged)`;
  return `${mdText(before ?? '—')} → ${mdText(after ?? '—')}`;
}

/** Markdown for the "Changes against <ref>" section from `modelcard-lint diff --baseline <ref> --format json`: a row
 * per file that changed, is new or was deleted (openness level and MOF class before → after), then every change per
 * file: regressions first (the most severe first), improvements after, other changes last. A new file's changes are
 * what it brings (improvements); a deleted file's are everything it had (regressions). */
function renderDiffSummary(diff, { failOn, ref }) {
  if (!diff)
    return [
      '',
      `### Changes against ${mdText(ref)}`,
      '',
      'No model card or release manifest among the paths to compare.',
      '',
    ].join('\n');
  const s = diff.summary;
  const newFiles = diff.results.filter((r) => r.status === 'new');
  const deleted = diff.results.filter((r) => r.status === 'deleted');
  // Change rows: what an edit changed, and everything a deleted file took away; a new file's improvements are only
  // counted in its row of the file table (all of them are improvements, listed one by one by the CLI).
  const changed = diff.results.filter((r) => r.status !== 'new' && r.changes.length);
  const unchanged = diff.results.filter((r) => r.status === 'compared' && !r.changes.length).length;
  const icon = s.errors ? '❌' : s.regressions ? '⚠️' : '✅';
  const out = [
    '',
    `### Changes against ${mdText(ref)}`,
    '',
    `${icon} ${plural(s.regressions, 'regression')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ` +
      `${s.infos} info), ${plural(s.improvements, 'improvement')}, ${plural(s.changes, 'other change')} in ` +
      `${plural(s.files, 'file')} (${newFiles.length} new, ${deleted.length} deleted, ${unchanged} unchanged). ` +
      `Fails on: ${failOn}.`,
  ];
  const listed = diff.results.filter((r) => r.status !== 'compared' || r.changes.length);
  if (listed.length) {
    out.push('', '| File | Openness | MOF class | Regressions | Improvements |', '|---|---|---|--:|--:|');
    for (const r of listed.slice(0, MAX_FILES)) {
      const n = (kind) => r.changes.filter((c) => c.kind === kind).length;
      const openness =
        r.status === 'new'
          ? `new file: ${mdText(r.after.level)}`
          : r.status === 'deleted'
            ? `deleted: ${mdText(r.before.level)} → —`
            : beforeAfter(r.before.level, r.after.level);
      const mof =
        r.status === 'new'
          ? (mofWord(r.after) ?? '—')
          : r.status === 'deleted'
            ? mofWord(r.before)
              ? `${mofWord(r.before)} → —`
              : '—'
            : mofWord(r.before) || mofWord(r.after)
              ? beforeAfter(mofWord(r.before), mofWord(r.after))
              : '—';
      out.push(`| ${mdText(r.file)} | ${openness} | ${mof} | ${n('regression')} | ${n('improvement')} |`);
    }
    if (listed.length > MAX_FILES) out.push('', `… and ${listed.length - MAX_FILES} more files.`);
  }
  const rows = [];
  for (const r of changed) {
    const ordered = r.changes
      .map((c, i) => ({ c, i }))
      .sort(
        (a, b) =>
          KIND_RANK[a.c.kind] - KIND_RANK[b.c.kind] ||
          SEVERITY_RANK(a.c.severity) - SEVERITY_RANK(b.c.severity) ||
          a.i - b.i,
      );
    for (const { c } of ordered)
      rows.push(
        `| ${mdText(`${r.file}:${c.line}:${c.column}`)} | ${c.kind} | ${c.rule ? mdText(c.rule) : '—'} | ` +
          `${c.severity ?? (c.rule ? 'off' : '—')} | ${mdText(clip(c.message, MAX_MESSAGE))} |`,
      );
  }
  if (rows.length) {
    out.push('', '| Location | Change | Rule | Severity | Message |', '|---|---|---|---|---|');
    out.push(...rows.slice(0, MAX_CHANGES));
    if (rows.length > MAX_CHANGES) out.push('', `… and ${rows.length - MAX_CHANGES} more changes.`);
  }
  return out.join('\n') + '\n';
}

module.exports = { renderSummary, renderDiffSummary, mdText };
