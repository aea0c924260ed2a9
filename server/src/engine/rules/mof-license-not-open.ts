// mof-license-not-open: a component's resolved licence is not open for MOT (not OSI-approved, not FSF-libre, not on
// its open-data list, not OpenMDW-1.0), so the component does not count toward any class that requires it.
// Source: MOT LicenseHandler::isOpenSourceLicense and ModelEvaluator.php @ 8b5d30e9 (docs/references.md#model-openness-framework).
import { lookupLicense } from '../knowledge/licenses/index.js';
import {
  PREFERRED_LICENSES,
  blockedClasses,
  blocksText,
  groupByLicenseSite,
  isOptional,
  licenseIdentity,
  listText,
} from '../rule-kit/manifest-shared.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'mof-license-not-open',
  description:
    "A MOF component's licence must be open for MOT (OSI-approved, FSF-libre, open data or OpenMDW) to count toward a class.",
  tags: ['manifest', 'mof', 'licence'],
  appliesTo: ['release-manifest'],
  fixable: false,
  hasSuggestions: false,
  severity: { recommended: 'warning', mof: 'warning' },
};

const NOT_OPEN = "not OSI-approved, not FSF-libre, not on MOT's open-data list and not OpenMDW";

/** Why the licence is not open, in the words of its own terms when they are known. */
function reason(license: string): string {
  const trimmed = license.trim();
  const info = lookupLicense(trimmed);
  const terms = info.summary ? ` (${info.name ?? trimmed}: ${info.summary.replace(/\.$/, '')})` : '';
  return `\`${trimmed}\` is ${NOT_OPEN}${terms}`;
}

export function mofLicenseNotOpen(ctx: RuleContext): void {
  const m = ctx.manifest;
  const e = ctx.analysis.manifest?.evaluation;
  if (!m || !e) return;
  for (const g of groupByLicenseSite(
    m,
    e.components,
    (v) => v.status === 'invalid' && licenseIdentity(v.license) !== 'unrecognised',
  )) {
    const blocked = [...new Set(g.items.flatMap((v) => blockedClasses(e, v.name, 'invalid')))].sort().reverse();
    const names = listText(g.items.map((v) => v.name));
    const subject = g.items.length === 1 ? `${names} counts` : `${names} count`;
    const from = g.inherited ? ` (inherited from \`${g.inherited}\`)` : '';
    const types = [...new Set(g.items.map((v) => v.contentType))];
    const offers = types
      .map(
        (t) =>
          `${PREFERRED_LICENSES[t]
            .slice(0, 2)
            .map((id) => `\`${id}\``)
            .join(' or ')} for ${t}`,
      )
      .join('; ');
    ctx.report({
      span: g.span,
      message: `${reason(g.license)}, so ${subject} as not open${from}; ${blocksText(blocked)}. To count, ${g.items.length === 1 ? 'it needs' : 'they need'} an open licence, e.g. ${offers}.`,
      lowerTo: g.items.every((v) => isOptional(v.name)) ? 'info' : undefined,
    });
  }
}

export const rule: Rule = { meta, check: mofLicenseNotOpen };
