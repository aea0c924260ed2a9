// Shared by the MOF manifest rules: where a component's resolved licence is written, which MOF classes a component
// blocks, edits that keep the manifest's YAML style, and the licences MOT calls type-appropriate.
// Sources: MOT web/modules/mof/src/ModelEvaluator.php and mof-licenses.json @ 8b5d30e9 (see knowledge/mof.ts).
import {
  HF_LICENSE_BY_ID,
  lookupLicense,
  MOF_TYPE_APPROPRIATE,
  normalizeLicense,
  OPEN_DATA_LICENSES,
  OPEN_LICENSES,
  SPDX_LICENSES,
} from '../knowledge/licenses/index.js';
import type { MofContentType } from '../knowledge/licenses/types.js';
import type { MofComponentLicense, MofEvaluation } from '../knowledge/mof.js';
import { MOF_CLASS_LABELS, MOF_COMPONENT_BY_NAME, type MofClass } from '../knowledge/mof-components.js';
import type { ParsedDocument } from '../parse/document.js';
import type { ManifestComponent, ManifestModel } from '../parse/manifest.js';
import { get, getPair, type YNode, type YScalar } from '../parse/yaml-tree.js';
import type { Span, TextEdit } from '../types.js';
import { yamlScalar } from './helpers.js';

export type LicenseScope = 'distribution' | 'code' | 'data' | 'document';

/** The last listed entry with this exact name: MOT's licence map keeps the last duplicate, so that one counts. */
export function lastComponent(m: ManifestModel, name: string): ManifestComponent | undefined {
  for (let i = m.components.length - 1; i >= 0; i--) if (m.components[i]!.name === name) return m.components[i];
  return undefined;
}

/** The scalar holding a global licence name (`release.license.<scope>.name`), as written. */
export function globalLicenseNode(m: ManifestModel, scope: LicenseScope): YScalar | null {
  const n = get(get(get(m.release, 'license'), scope), 'name');
  return n?.kind === 'scalar' ? n : null;
}

export function componentLicenseNode(c: ManifestComponent): YScalar | null {
  const n = get(c.node, 'license');
  return n?.kind === 'scalar' ? n : null;
}

export function componentNameNode(c: ManifestComponent): YScalar | null {
  const n = get(c.node, 'name');
  return n?.kind === 'scalar' ? n : null;
}

/** The YAML path a global licence is written at, for messages. */
export const scopePath = (scope: LicenseScope): string => `release.license.${scope}.name`;

export interface LicenseSite {
  /** Where to report: the component's `license:` value, the global licence it inherits, or the component name. */
  span: Span;
  /** Grouping key: findings about an inherited licence are reported once at the global licence. */
  key: string;
  /** `release.license.data.name` when inherited, else null. */
  inheritedFrom: string | null;
}

/** Where the licence MOT resolved for this component is written. */
export function licenseSite(m: ManifestModel, v: MofComponentLicense): LicenseSite | null {
  const c = lastComponent(m, v.name);
  if (v.source === 'component') {
    const span = c?.licenseSpan ?? c?.nameSpan;
    return span ? { span, key: `component:${v.name}`, inheritedFrom: null } : null;
  }
  if (v.source === 'type' || v.source === 'distribution') {
    const scope: LicenseScope = v.source === 'type' ? v.contentType : 'distribution';
    const span = m.licenses[scope].span ?? getPair(m.release, 'license')?.keySpan ?? c?.nameSpan;
    return span ? { span, key: `global:${scope}`, inheritedFrom: scopePath(scope) } : null;
  }
  const span = c?.nameSpan;
  return span ? { span, key: `component:${v.name}`, inheritedFrom: null } : null;
}

/** Components whose licence problem is written in one place (their own `license:` or an inherited global licence). */
export interface SiteGroup {
  span: Span;
  /** The global licence path the components inherit from, or null for a component's own licence. */
  inherited: string | null;
  license: string;
  items: MofComponentLicense[];
}

/** Group the evaluated components that `include` selects by where their licence is written, so a global licence
 * inherited by several components is reported once. */
export function groupByLicenseSite(
  m: ManifestModel,
  components: readonly MofComponentLicense[],
  include: (v: MofComponentLicense) => boolean,
): SiteGroup[] {
  const groups = new Map<string, SiteGroup>();
  for (const v of components) {
    if (!include(v)) continue;
    const site = licenseSite(m, v);
    if (!site) continue;
    const g = groups.get(site.key) ?? { span: site.span, inherited: site.inheritedFrom, license: v.license, items: [] };
    g.items.push(v);
    groups.set(site.key, g);
  }
  return [...groups.values()];
}

/** The MOF classes a component with this status keeps from being met (MOT's per-class lists, waiver included). */
export function blockedClasses(e: MofEvaluation, name: string, status: 'unlicensed' | 'invalid'): MofClass[] {
  // MOT lists optional components too, but no class waits for them.
  if (isOptional(name)) return [];
  return ([3, 2, 1] as const).filter((k) => e.classes[k][status].includes(name));
}

const ROMAN: Record<MofClass, string> = { 1: 'I', 2: 'II', 3: 'III' };
export const classShort = (k: MofClass): string => `Class ${ROMAN[k]}`;
export const classLabel = (k: MofClass): string => MOF_CLASS_LABELS[k];

/** "blocks every MOF class", "blocks Class II and Class I", "blocks Class I", or the optional-component note. */
export function blocksText(classes: MofClass[]): string {
  if (!classes.length) return 'it is optional, so the MOF class does not depend on it';
  if (classes.includes(3)) return 'this blocks every MOF class';
  return `this blocks ${classes.map(classShort).join(' and ')}`;
}

/** True when the component is optional in every class (Model metadata, Supporting libraries and tools, Sample model outputs). */
export function isOptional(name: string): boolean {
  return MOF_COMPONENT_BY_NAME.get(name)?.required === false;
}

// The licences to offer first for each content type: all are in mof-licenses.json for that type.
const PREFERRED: Record<MofContentType, string[]> = {
  code: ['Apache-2.0', 'MIT', 'ISC'],
  data: ['CDLA-Permissive-2.0', 'CC0-1.0', 'OpenMDW-1.0'],
  document: ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0'],
};

/** Type-appropriate licences (mof-licenses.json) for a content type, the usual choices first. */
export function typeAppropriateLicenses(type: MofContentType): string[] {
  const all = [...MOF_TYPE_APPROPRIATE].filter(([, types]) => types.includes(type)).map(([id]) => id);
  return [...PREFERRED[type].filter((id) => all.includes(id)), ...all.filter((id) => !PREFERRED[type].includes(id))];
}

export const PREFERRED_LICENSES = PREFERRED;

/** `value` written the way `node` was (single or double quotes kept; plain only when safe). */
export function scalarLike(node: YNode | null, value: string): string {
  const style = node?.kind === 'scalar' ? node.style : 'plain';
  if (style === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (style === 'double') return JSON.stringify(value);
  return yamlScalar(value);
}

/** An edit deleting one block-sequence item (its `-` line through its last line); null for flow sequences. */
export function removeSeqItem(doc: ParsedDocument, item: YNode): TextEdit | null {
  let i = item.span.start - 1;
  while (i >= 0 && /[ \t\r\n]/.test(doc.text[i]!)) i--;
  if (doc.text[i] !== '-') return null;
  const dashLine = doc.lines.positionAt(i).line;
  const start = doc.lines.lineStart(dashLine);
  if (doc.text.slice(start, i).trim() !== '') return null;
  const endPos = doc.lines.positionAt(item.span.end);
  const end = endPos.character === 0 ? item.span.end : doc.lines.nextLineStart(endPos.line);
  return { start, end, newText: '' };
}

/** `a`, `a and b`, `a, b and c` with each item in backticks. */
export function listText(items: readonly string[], max = 6): string {
  const q = items.map((s) => `\`${s}\``);
  if (q.length > max) return `${q.slice(0, max).join(', ')} and ${q.length - max} more`;
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

/** Known to MOT as written: an SPDX id, one of its own open-data / open ids, a `LicenseRef-`, or its keyword. */
export function isMotLicenseId(s: string): boolean {
  return (
    s === 'unlicensed' ||
    SPDX_LICENSES.has(s) ||
    OPEN_DATA_LICENSES.has(s) ||
    OPEN_LICENSES.has(s) ||
    /^LicenseRef-[A-Za-z0-9.-]+$/.test(s)
  );
}

/** The SPDX id for a canonical (HF or SPDX) id, or null. */
export function spdxOf(id: string | null): string | null {
  if (!id) return null;
  if (SPDX_LICENSES.has(id)) return id;
  return HF_LICENSE_BY_ID.get(id)?.spdx ?? null;
}

/**
 * How a manifest licence string reads: `id` (MOT knows it as written), `named` (a real licence that has no SPDX id,
 * e.g. Llama or Gemma terms), or `unrecognised` (a misspelling, alias, family, placeholder or free text). The split
 * decides which rule speaks: invalid-manifest-license for `unrecognised`, mof-license-not-open for the rest.
 */
export function licenseIdentity(raw: string): 'id' | 'named' | 'unrecognised' {
  if (raw === '' || isMotLicenseId(raw)) return 'id';
  const m = normalizeLicense(raw);
  if (m.special || m.kind === 'fuzzy' || m.kind === 'none' || !m.id || m.id === 'other' || m.id === 'unknown')
    return 'unrecognised';
  if (spdxOf(m.id)) return 'unrecognised';
  const info = lookupLicense(raw.trim());
  return info.family || !info.name ? 'unrecognised' : 'named';
}
