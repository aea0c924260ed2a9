// mof-license-wrong-type: the licence is open but not meant for the component's content type (GPL on weights, CC-BY on
// code). MOT still counts the component but shows a "conditional" warning. Source: MOT mof-licenses.json and
// LicenseHandler::isTypeAppropriate @ 8b5d30e9; MOF paper Table 2 (licences by content type).
import type { Fix } from '../types.js';
import { fix, replace } from '../rule-kit/helpers.js';
import {
  componentLicenseNode,
  groupByLicenseSite,
  lastComponent,
  listText,
  scalarLike,
  typeAppropriateLicenses,
} from '../rule-kit/manifest-shared.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'mof-license-wrong-type',
  description:
    "A MOF component's licence should suit its content type: open-source licences for code, open-data licences for data and weights, open-content licences for documents.",
  tags: ['manifest', 'mof', 'licence'],
  appliesTo: ['release-manifest'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', mof: 'warning' },
};

const KIND: Record<string, string> = { code: 'an open-source', data: 'an open-data', document: 'an open-content' };

export function mofLicenseWrongType(ctx: RuleContext): void {
  const m = ctx.manifest;
  const e = ctx.analysis.manifest?.evaluation;
  if (!m || !e) return;
  for (const g of groupByLicenseSite(m, e.components, (v) => v.status === 'included' && !v.typeAppropriate)) {
    const types = [...new Set(g.items.map((v) => v.contentType))];
    const advice = types
      .map((t) => `${t}: ${listText(typeAppropriateLicenses(t).slice(0, 3)).replace(/ and /, ' or ')}`)
      .join('; ');
    const names = listText(g.items.map((v) => v.name));
    if (g.inherited) {
      const scopes = types.map((t) => `\`release.license.${t}\``).join(' / ');
      ctx.report({
        span: g.span,
        message: `\`${g.license}\` (\`${g.inherited}\`) is open but not a type-appropriate licence for the ${types.join(' and ')} component${g.items.length === 1 ? '' : 's'} that inherit it (${names}); MOT counts ${g.items.length === 1 ? 'it' : 'them'} with a "conditional" warning. Set ${scopes} or give ${g.items.length === 1 ? 'the component its' : 'those components their'} own \`license\` (${advice}).`,
      });
      continue;
    }
    const v = g.items[0]!;
    const c = lastComponent(m, v.name);
    const node = c ? componentLicenseNode(c) : null;
    const offers = typeAppropriateLicenses(v.contentType).slice(0, 3);
    const suggestions: Fix[] | undefined = node
      ? offers.map((id) => fix(`Change to \`${id}\``, replace(node.span, scalarLike(node, id)))!)
      : undefined;
    ctx.report({
      span: g.span,
      message: `\`${g.license}\` is open but not a type-appropriate licence for \`${v.name}\` (${v.contentType}); MOT counts it with a "conditional" warning. ${v.contentType[0]!.toUpperCase()}${v.contentType.slice(1)} components take ${KIND[v.contentType]} licence such as ${listText(offers).replace(/ and /, ' or ')}.`,
      suggestions,
    });
  }
}

export const rule: Rule = { meta, check: mofLicenseWrongType };
