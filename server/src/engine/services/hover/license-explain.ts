// Licence facts as Markdown for hovers and completion docs: name, SPDX id, OSI / FSF / open-data / open-content
// flags, the five rubric permissions, the Eiras grade with its basis (naming precedent overrides), and the MOF
// verdict for the content type at hand. Every fact comes from knowledge/licenses (lookupLicense), none is derived here.
import { GRADE_MEANINGS, type ComponentKind } from '../../knowledge/components.js';
import {
  lookupLicense,
  OPEN_LICENSES,
  PERMISSION_KEYS,
  type LicenseInfo,
  type MofContentType,
  type Permissions,
} from '../../knowledge/licenses/index.js';
import { SPDX_LIST_VERSION } from '../../knowledge/licenses/spdx-licenses.js';
import { code, mark, sourceLine, table } from './hover-format.js';

export interface LicenseContext {
  /** Eiras kind of the component the licence applies to (sets the C / D prefix); absent → both shown. */
  kind?: ComponentKind;
  /** What the grade is for, e.g. "weights" or "`inference_code`". */
  gradeFor?: string;
  /** MOF content type of the component (manifest components, global licence scopes). */
  mofType?: MofContentType;
  /** The string is read literally, as MOT does in manifests. */
  literal?: boolean;
}

/** The rubric questions in the paper's wording (Eiras et al. 2024 §3). */
export const PERMISSION_LABELS: Record<keyof Permissions, string> = {
  research: 'Research use',
  commercial: 'Commercial use (any purpose)',
  modify: 'Modify as desired (with notice)',
  copyright_derivatives: 'Copyright derivative works',
  relicense_derivatives: 'Other licence for shared derivatives',
};

const SOURCES =
  `Eiras et al. 2024 §3 (rubric and published precedents); hub-docs docs/hub/repositories-licenses.md; SPDX License List ${SPDX_LIST_VERSION}; ` +
  'MOT LicenseHandler.php and mof-licenses.json (MOF, White et al. 2024)';

const SPECIAL_TITLES: Record<string, string> = {
  unlicensed: 'No licence (`unlicensed`)',
  'not-included': 'Component not included',
  undisclosed: 'Licence not disclosed',
  proprietary: 'Proprietary licence',
};

function gradeLabel(grade: number, kind: ComponentKind | undefined): string {
  return kind ? `${kind === 'code' ? 'C' : 'D'}${grade}` : `level ${grade} (C${grade} for code, D${grade} for data)`;
}

/** "D3 · moderately restrictive", or "not graded". */
export function gradeSummary(info: LicenseInfo, kind?: ComponentKind): string {
  const g = info.grade.grade;
  if (g === null) return 'not graded';
  return `${kind ? gradeLabel(g, kind) : `level ${g}`} · ${GRADE_MEANINGS[g]?.name ?? ''}`;
}

function mofOpenReasons(info: LicenseInfo): string[] {
  const out: string[] = [];
  if (info.osiApproved) out.push('OSI-approved');
  if (info.fsfLibre) out.push('FSF-libre');
  if (info.openData) out.push('an open-data licence');
  if (info.spdx && OPEN_LICENSES.has(info.spdx.id)) out.push('OpenMDW');
  return out;
}

function mofBlock(raw: string, info: LicenseInfo, ctx: LicenseContext): string {
  const lines: string[] = [];
  const open = ctx.literal ? info.mof.literalOpen : info.mof.open;
  const reasons = mofOpenReasons(info);
  if (open) lines.push(`**MOF:** open${reasons.length ? ` (${reasons.join(', ')})` : ''}.`);
  else
    lines.push(
      '**MOF:** not open for the Model Openness Tool (neither OSI-approved, FSF-libre, an open-data licence nor OpenMDW): a component under it counts toward no class.',
    );
  if (ctx.literal && !info.mof.literalOpen && info.mof.open && info.spdx) {
    lines.push(
      `MOT compares licence strings literally: write ${code(info.spdx.id)} instead of ${code(raw.trim())} for it to count as open.`,
    );
  }
  const types = info.mof.typeAppropriate;
  lines.push(`Type-appropriate (mof-licenses.json) for: ${types.length ? types.join(', ') : 'none'}.`);
  if (ctx.mofType) {
    if (!open) lines.push(`For this ${ctx.mofType} component: not open.`);
    else if (types.includes(ctx.mofType))
      lines.push(`For this ${ctx.mofType} component: open and type-appropriate ${mark(true)}.`);
    else
      lines.push(
        `For this ${ctx.mofType} component: open but **not type-appropriate** — it counts, with MOT's "conditional" warning.`,
      );
  }
  return lines.join('  \n');
}

function permissionsTable(p: Permissions): string {
  return table(
    ['Rubric permission', 'Granted'],
    PERMISSION_KEYS.map((k) => [PERMISSION_LABELS[k], mark(p[k])]),
    ['l', 'c'],
  );
}

/** Full licence hover. */
export function licenseMarkdown(raw: string, ctx: LicenseContext = {}): string {
  const info = lookupLicense(raw);
  const m = info.match;
  const parts: string[] = [];
  const g = info.grade;
  if (m.special) {
    parts.push(`**${SPECIAL_TITLES[m.special] ?? m.special}** — ${code(raw.trim())}`);
    parts.push(g.basis);
    if (m.special === 'unlicensed')
      parts.push(
        '**MOF:** `unlicensed` = the component is included but carries no licence, so it is not open ("No license is not open").',
      );
    else parts.push('**MOF:** not open: MOT counts only OSI-approved, FSF-libre, open-data and OpenMDW licences.');
    parts.push(sourceLine(SOURCES));
    return parts.join('\n\n');
  }
  if (!info.name) {
    parts.push(`${code(raw.trim())} — **unknown licence**`);
    parts.push(g.basis);
    if (ctx.literal || ctx.mofType) parts.push(mofBlock(raw, info, ctx));
    parts.push(sourceLine(SOURCES));
    return parts.join('\n\n');
  }
  // Vendor licences have no Hub id of their own: on the Hub they are `license: other` + `license_name: <key>`.
  const hub = info.vendor
    ? `Hub: \`license: other\` + \`license_name: ${info.vendor.key}\``
    : m.hf
      ? `Hub ${code(m.hf)}`
      : null;
  const ids = [
    hub,
    info.spdx ? `SPDX ${code(info.spdx.id)}` : 'no SPDX id (use `LicenseRef-…` in SPDX expressions)',
  ].filter(Boolean);
  parts.push(`**${info.name}** — ${ids.join(' · ')}`);
  if (info.summary) parts.push(info.summary);
  if (info.family && m.suggestions.length)
    parts.push(`This id names a family of licences; prefer a specific one: ${m.suggestions.map(code).join(', ')}.`);
  const canonical = ctx.literal && info.spdx ? info.spdx.id : m.hf && m.hf !== 'other' ? m.hf : m.id;
  if ((m.kind === 'alias' || m.kind === 'fuzzy') && canonical && canonical.toLowerCase() !== raw.trim().toLowerCase()) {
    parts.push(`${code(raw.trim())} is read as ${code(canonical)}${m.kind === 'fuzzy' ? ' (closest match)' : ''}.`);
  }
  parts.push(
    table(
      ['OSI-approved', 'FSF libre', 'Open data', 'Open content'],
      [[mark(info.osiApproved), mark(info.fsfLibre), mark(info.openData), mark(info.openContent)]],
      ['c', 'c', 'c', 'c'],
    ),
  );
  if (info.permissions) parts.push(permissionsTable(info.permissions));
  if (g.grade !== null) {
    const meaning = GRADE_MEANINGS[g.grade]?.name ?? '';
    parts.push(
      `**Eiras grade${ctx.gradeFor ? ` for ${ctx.gradeFor}` : ''}: ${gradeLabel(g.grade, ctx.kind)} — ${meaning}.** ${g.basis}`,
    );
    if (g.precedentOverridesRubric)
      parts.push(
        `**Precedent overrides the rubric:** the literal rubric gives ${g.points}/5 points, but the paper's published grades put this licence at level ${g.grade}, and the precedent is followed.`,
      );
  } else {
    parts.push(`**Eiras grade:** ${g.basis}`);
  }
  parts.push(mofBlock(raw, info, ctx));
  parts.push(sourceLine(SOURCES));
  return parts.join('\n\n');
}

/** One-paragraph licence summary for completion documentation: grade and flags. */
export function licenseShortDoc(raw: string, ctx: LicenseContext = {}): string {
  const info = lookupLicense(raw);
  const flags = [
    `OSI ${mark(info.osiApproved)}`,
    `FSF ${mark(info.fsfLibre)}`,
    `open data ${mark(info.openData)}`,
    `open content ${mark(info.openContent)}`,
    `MOF ${ctx.literal ? (info.mof.literalOpen ? 'open' : 'not open') : info.mof.open ? 'open' : 'not open'}${info.mof.typeAppropriate.length ? ` (type-appropriate: ${info.mof.typeAppropriate.join(', ')})` : ''}`,
  ];
  const head =
    info.grade.grade !== null
      ? `**${gradeSummary(info, ctx.kind)}**${info.grade.precedentOverridesRubric ? ' (paper precedent overrides the rubric)' : ''}`
      : '**not graded**';
  return [head, flags.join(' · '), info.summary ?? ''].filter(Boolean).join('\n\n');
}
