// invalid-manifest-license: a manifest licence string that is not a licence id MOT knows. MOT compares licence strings
// literally (LicenseHandler.php), so `Apache 2.0` or `BSD-3` count as not open; the real manifests are full of such
// strings (docs/references.md#model-openness-framework, shared/corpus/manifests). `unlicensed` is MOT's keyword (mof-unlicensed-component's).
import { lookupLicense, normalizeLicense } from '../knowledge/licenses/index.js';
import type { MofEvaluation } from '../knowledge/mof.js';
import type { ManifestComponent, ManifestModel } from '../parse/manifest.js';
import type { YScalar } from '../parse/yaml-tree.js';
import type { Fix, Span } from '../types.js';
import { fix, replace } from '../rule-kit/helpers.js';
import {
  blockedClasses,
  blocksText,
  componentLicenseNode,
  globalLicenseNode,
  isMotLicenseId,
  lastComponent,
  licenseIdentity,
  listText,
  removeSeqItem,
  scalarLike,
  spdxOf,
  type LicenseScope,
} from '../rule-kit/manifest-shared.js';
import type { Report, Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'invalid-manifest-license',
  description: 'Licences in a release manifest must be SPDX ids MOT recognises (or `unlicensed`).',
  tags: ['manifest', 'mof', 'licence'],
  appliesTo: ['release-manifest'],
  fixable: true,
  hasSuggestions: true,
  severity: { recommended: 'warning', mof: 'error' },
};

/** `LicenseRef-` plus the id SPDX allows (letters, digits, `.` and `-`). */
export function licenseRef(name: string): string {
  const body = name
    .trim()
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `LicenseRef-${body || 'custom'}`;
}

interface Site {
  node: YScalar;
  raw: string;
  component?: ManifestComponent;
  scope?: LicenseScope;
}

/** What the string costs in MOT's evaluation: "`Inference code` counts as not open: this blocks Class II and Class I". */
function consequence(e: MofEvaluation | undefined, m: ManifestModel, site: Site): string {
  const fallback = site.scope
    ? 'any component that inherits it counts as not open'
    : 'the component counts as not open';
  if (!e) return fallback;
  const affected = site.component
    ? e.components.filter(
        (v) =>
          v.source === 'component' && site.component!.name === v.name && lastComponent(m, v.name) === site.component,
      )
    : e.components.filter((v) =>
        site.scope === 'distribution'
          ? v.source === 'distribution'
          : v.source === 'type' && v.contentType === site.scope,
      );
  const closed = affected.filter((v) => v.status !== 'included');
  if (!closed.length) return fallback;
  const blocked = [...new Set(closed.flatMap((v) => blockedClasses(e, v.name, v.status as 'invalid' | 'unlicensed')))]
    .sort()
    .reverse();
  const who = site.component
    ? `\`${closed[0]!.name}\` counts`
    : `${listText(closed.map((v) => v.name))}, which inherit it, count`;
  return `${who} as not open: ${blocksText(blocked)}`;
}

function judge(ctx: RuleContext, site: Site, costs: string): Report | null {
  const { node, raw } = site;
  const identity = licenseIdentity(raw);
  if (identity === 'id') return null;
  const span: Span = node.span;
  const to = (id: string, title = `Change to \`${id}\``): Fix => fix(title, replace(span, scalarLike(node, id)))!;
  const trimmed = raw.trim();
  const m = normalizeLicense(raw);
  if (identity === 'named') {
    // A real licence without an SPDX id: mof-license-not-open says what it costs; here only how to write it.
    const name = lookupLicense(trimmed).name!;
    const spaces = trimmed !== raw ? ' (and drop the stray spaces)' : '';
    return {
      span,
      message: `\`${trimmed}\`${name.toLowerCase() === trimmed.toLowerCase() ? '' : ` (${name})`} has no SPDX id, so MOT cannot recognise it. Write \`${licenseRef(m.id!)}\`${spaces} so tools read it as a licence without an SPDX id.`,
      suggestions: [to(licenseRef(m.id!))],
      // A hint: the spelling is a convention; the cost (not open) is mof-license-not-open's warning on the same value.
      lowerTo: 'hint',
    };
  }
  if (trimmed !== raw && isMotLicenseId(trimmed)) {
    return {
      span,
      message: `\`${raw}\` has stray spaces: MOT compares licence strings literally, so as written ${costs}. Write \`${trimmed}\`.`,
      fix: to(trimmed, 'Remove the spaces'),
    };
  }
  switch (m.special) {
    case 'unlicensed':
      return {
        span,
        message: `MOT's keyword for a component without a licence is lowercase \`unlicensed\`; \`${trimmed}\` is read as the name of a licence.`,
        fix: to('unlicensed'),
      };
    case 'not-included': {
      const remove = site.component ? removeSeqItem(ctx.doc, site.component.node) : null;
      return {
        span,
        message: `\`${trimmed}\` is not a licence: it says the component is not released, but MOT counts every listed component as released. Remove the entry from \`components\` (or give the licence it was released under).`,
        suggestions: remove ? [fix('Remove this component entry', remove)!] : undefined,
      };
    }
    case 'undisclosed':
      return {
        span,
        message: `\`${trimmed}\` is not a licence id, so ${costs}. Write the SPDX id of the licence, or \`unlicensed\` if there is none.`,
        suggestions: [to('unlicensed')],
      };
    case 'proprietary':
      return {
        span,
        message: `\`${trimmed}\` is not a licence id, so ${costs}. Name the terms with a \`LicenseRef-\` id (SPDX's prefix for licences without an id) and link them in \`license_path\`.`,
        suggestions: [to(licenseRef(trimmed))],
      };
  }
  const spdx = spdxOf(m.id);
  if (spdx && (m.kind === 'exact' || m.kind === 'alias')) {
    return {
      span,
      message: `\`${raw}\` is not an SPDX id: MOT compares licence strings literally, so as written ${costs}. Write \`${spdx}\`.`,
      fix: to(spdx),
    };
  }
  const ids = [...new Set(m.suggestions.map((id) => spdxOf(id) ?? id))];
  if (lookupLicense(trimmed).family && m.kind !== 'fuzzy') {
    return {
      span,
      message: `\`${trimmed}\` names a family of licences, not one licence, so ${costs}. Write the exact id${ids.length ? `, e.g. ${ids.map((v) => `\`${v}\``).join(' or ')}` : ''}.`,
      suggestions: ids.map((v) => to(v)),
    };
  }
  const spdxIds = ids.filter((i) => isMotLicenseId(i));
  if (spdx && m.kind === 'fuzzy') {
    return {
      span,
      message: `\`${trimmed}\` is not an SPDX id MOT knows, so ${costs}. Did you mean ${spdxIds.map((i) => `\`${i}\``).join(' or ')}?`,
      suggestions: spdxIds.map((i) => to(i)),
    };
  }
  if (/^(https?:\/\/|www\.)/i.test(trimmed)) {
    return {
      span,
      message: `\`${trimmed}\` is a URL, not a licence id, so ${costs}. Move it to \`license_path\` (or \`component_path\`) and write the licence's SPDX id here.`,
    };
  }
  const did = spdxIds.length ? ` Did you mean ${spdxIds.map((i) => `\`${i}\``).join(' or ')}? If not, name` : ' Name';
  return {
    span,
    message: `\`${trimmed}\` is not an SPDX licence id, so ${costs}.${did} the licence by its SPDX id, or as \`${licenseRef(trimmed)}\` if it has none.`,
    suggestions: [...spdxIds.map((i) => to(i)), to(licenseRef(trimmed))],
  };
}

export function invalidManifestLicense(ctx: RuleContext): void {
  const m = ctx.manifest;
  if (!m) return;
  const e = ctx.analysis.manifest?.evaluation;
  const sites: Site[] = [];
  for (const scope of ['distribution', 'code', 'data', 'document'] as LicenseScope[]) {
    const node = globalLicenseNode(m, scope);
    if (node && typeof node.value === 'string') sites.push({ node, raw: node.value, scope });
  }
  for (const c of m.components) {
    const node = componentLicenseNode(c);
    if (node && typeof node.value === 'string') sites.push({ node, raw: node.value, component: c });
  }
  sites.sort((a, b) => a.node.span.start - b.node.span.start);
  for (const site of sites) {
    if (licenseIdentity(site.raw) === 'id') continue;
    const r = judge(ctx, site, consequence(e, m, site));
    if (r) ctx.report(r);
  }
}

export const rule: Rule = { meta, check: invalidManifestLicense };
