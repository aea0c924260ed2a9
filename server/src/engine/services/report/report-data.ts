// The openness report: everything the report view shows (12 graded components, MOF progress, risk areas, stage
// guidance, disclosures), plus its Markdown summary and an SVG badge. Pure data out of the analysis.
import { mdText } from '../../markdown-text.js';
import { GRADE_MEANINGS, OPENNESS_COMPONENTS } from '../../knowledge/components.js';
import { DISCLOSURES } from '../../knowledge/disclosures.js';
import { MOF_CLASS_LABELS } from '../../knowledge/mof-components.js';
import { RISK_AREAS } from '../../knowledge/risk-areas.js';
import { getStage } from '../../knowledge/stages.js';
import type { LintResult } from '../../lint.js';
import type { DocumentKind, OpennessLevel } from '../../types.js';
import { levelText, mofClassName } from './summary.js';
import { disclosureEvidence, riskEvidence } from '../../report.js';

export interface ReportData {
  file: string;
  kind: DocumentKind;
  openness: {
    level: OpennessLevel;
    weakest: string | null;
    components: {
      id: string;
      stage: string;
      kind: 'code' | 'data';
      label: string;
      status: string;
      license: string | null;
      grade: number | null;
      gradeLabel: string | null;
      basis: string;
      source: string;
    }[];
  };
  mof: {
    class: 1 | 2 | 3 | null;
    label: string;
    progress: { class1: number; class2: number; class3: number };
    missing: Record<'class1' | 'class2' | 'class3', string[]>;
    notOpen: string[];
    notTypeAppropriate: string[];
  } | null;
  stage: {
    id: string;
    source: string;
    signals: string[];
    title: string;
    definition: string;
    release: string[];
    assess: string[];
    document: string[];
  } | null;
  risks: { id: string; title: string; state: string; source: string; line: number | null; quote: string | null }[];
  /** Each disclosure's state and the evidence behind it (the card's line and a short quote), as in the JSON output. */
  disclosures: { id: string; title: string; state: string; line: number | null; quote: string | null }[];
  counts: { errors: number; warnings: number; infos: number };
}

export function reportData(result: LintResult, file: string): ReportData {
  const o = result.openness;
  const components = OPENNESS_COMPONENTS.map((c) => {
    const g = o.components[c.id];
    return {
      id: c.id,
      stage: c.stage,
      kind: c.kind,
      label: c.label,
      status: g?.status ?? 'unknown',
      license: g?.license ?? null,
      grade: g?.grade ?? null,
      gradeLabel: g?.label ?? null,
      basis: g?.basis ?? '',
      source: g?.source ?? 'default',
    };
  });
  const ev = result.analysis.manifest?.evaluation ?? null;
  const mof = ev
    ? {
        class: ev.class,
        label: ev.class ? MOF_CLASS_LABELS[ev.class] : 'Unclassified',
        progress: ev.progress,
        missing: { class3: ev.classes[3].missing, class2: ev.classes[2].missing, class1: ev.classes[1].missing },
        notOpen: [...new Set([...ev.classes[1].invalid, ...ev.classes[1].unlicensed])],
        notTypeAppropriate: ev.notTypeAppropriate,
      }
    : null;
  const st = result.stage.stage ? getStage(result.stage.stage) : undefined;
  const stage = st
    ? {
        id: st.id,
        source: result.stage.source,
        signals: result.stage.signals,
        title: st.title,
        definition: st.definition,
        release: st.release,
        assess: st.assess,
        document: st.document,
      }
    : null;
  const card = result.kind === 'model-card';
  const disclosureEv = card ? disclosureEvidence(result) : {};
  const riskEv = card ? riskEvidence(result) : {};
  const risks =
    result.kind === 'model-card'
      ? RISK_AREAS.map((a) => ({
          id: a.id,
          title: a.title,
          state: result.analysis.risks.get(a.id)?.state ?? 'missing',
          source: result.analysis.risks.get(a.id)?.source ?? 'none',
          line: riskEv[a.id]?.line ?? null,
          quote: riskEv[a.id]?.quote ?? null,
        }))
      : [];
  const disclosures =
    result.kind === 'model-card'
      ? DISCLOSURES.map((d) => ({
          id: d.id,
          title: d.title,
          state: result.analysis.disclosures.get(d.id)?.state ?? 'missing',
          line: disclosureEv[d.id]?.line ?? null,
          quote: disclosureEv[d.id]?.quote ?? null,
        }))
      : [];
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of result.findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return {
    file,
    kind: result.kind,
    openness: { level: o.level, weakest: o.weakest, components },
    mof,
    stage,
    risks,
    disclosures,
    counts,
  };
}

/** A Markdown summary of the report (for PR descriptions and release notes). */
export function reportMarkdown(r: ReportData): string {
  const lines = [
    `## Openness report: ${mdText(r.file)}`,
    '',
    `**Openness:** ${levelText(r.openness.level)}${r.openness.weakest ? ` — weakest component: \`${r.openness.weakest}\`` : ''}`,
  ];
  if (r.mof)
    lines.push(
      `**MOF:** ${r.mof.label} (Class III ${r.mof.progress.class3}%, Class II ${r.mof.progress.class2}%, Class I ${r.mof.progress.class1}%)`,
    );
  if (r.stage) lines.push(`**Stage:** ${r.stage.id} (${r.stage.source})`);
  lines.push('', '| Component | Stage | Kind | Status | Licence | Grade |', '|---|---|---|---|---|---|');
  for (const c of r.openness.components)
    lines.push(
      `| ${c.id} | ${c.stage} | ${c.kind} | ${c.status} | ${c.license ? mdText(c.license) : ''} | ${c.gradeLabel ?? '?'}${c.grade ? ` (${GRADE_MEANINGS[c.grade]?.name})` : ''} |`,
    );
  // Evidence is card text: escaped, never rendered as Markdown.
  const evidence = (x: { line: number | null; quote: string | null }) =>
    x.line ? `line ${x.line}${x.quote ? `: ${mdText(x.quote)}` : ''}` : '';
  if (r.disclosures.length) {
    lines.push('', '| Disclosure | State | Evidence |', '|---|---|---|');
    for (const x of r.disclosures) lines.push(`| ${x.title} | ${x.state} | ${evidence(x)} |`);
  }
  if (r.risks.length) {
    lines.push('', '| Risk area | Status | Evidence |', '|---|---|---|');
    for (const x of r.risks) lines.push(`| ${x.title} | ${x.state} | ${evidence(x)} |`);
  }
  if (r.stage) {
    lines.push('', `### ${r.stage.title} guidance`, '');
    for (const g of [...r.stage.release, ...r.stage.assess, ...r.stage.document]) lines.push(`- ${g}`);
  }
  lines.push(
    '',
    `_${r.counts.errors} errors, ${r.counts.warnings} warnings, ${r.counts.infos} infos — generated by modelcard-lint_`,
    '',
  );
  return lines.join('\n');
}

const LEVEL_COLOR: Record<OpennessLevel, string> = {
  'fully-open': '#2e7d32',
  'semi-open': '#f9a825',
  'fully-closed': '#c62828',
  unknown: '#757575',
};

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A shields-style SVG badge: "openness | semi-open · MOF Class III". */
export function badgeSvg(r: ReportData): string {
  const left = 'openness';
  const right = `${levelText(r.openness.level)}${r.mof ? ` · MOF ${mofClassName(r.mof.class)}` : ''}`;
  const w = (s: string) => Math.round(s.length * 6.5 + 12);
  const lw = w(left);
  const rw = w(right);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${lw + rw}" height="20" role="img" aria-label="${esc(left)}: ${esc(right)}">`,
    `<title>${esc(left)}: ${esc(right)}</title>`,
    `<rect width="${lw}" height="20" fill="#555"/>`,
    `<rect x="${lw}" width="${rw}" height="20" fill="${LEVEL_COLOR[r.openness.level]}"/>`,
    `<g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">`,
    `<text x="6" y="14">${esc(left)}</text>`,
    `<text x="${lw + 6}" y="14">${esc(right)}</text>`,
    `</g></svg>`,
    '',
  ].join('\n');
}
