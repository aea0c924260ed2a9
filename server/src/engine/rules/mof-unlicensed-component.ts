// mof-unlicensed-component: a listed component whose licence resolves to `unlicensed` (or to nothing). MOT counts it
// as included but not open ("No license is not open"), so it keeps the release out of the classes that need it.
// Source: MOT ModelEvaluator.php licence resolution and README (docs/references.md#model-openness-framework step 3).
import { getPair } from '../parse/yaml-tree.js';
import type { Fix } from '../types.js';
import { fix, replace } from '../rule-kit/helpers.js';
import {
  PREFERRED_LICENSES,
  blockedClasses,
  blocksText,
  componentLicenseNode,
  groupByLicenseSite,
  isOptional,
  lastComponent,
  listText,
  scalarLike,
} from '../rule-kit/manifest-shared.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';
import { insertAfterPair } from '../rule-kit/schema-check.js';

export const meta: RuleMeta = {
  id: 'mof-unlicensed-component',
  description: 'A listed MOF component without a licence counts as not open: name its licence.',
  tags: ['manifest', 'mof', 'licence'],
  appliesTo: ['release-manifest'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning', mof: 'warning' },
};

const SCOPE_KEY: Record<string, string> = { data: 'data', code: 'code', document: 'document' };

export function mofUnlicensedComponent(ctx: RuleContext): void {
  const m = ctx.manifest;
  const e = ctx.analysis.manifest?.evaluation;
  if (!m || !e) return;
  for (const g of groupByLicenseSite(m, e.components, (v) => v.status === 'unlicensed')) {
    const blocked = [...new Set(g.items.flatMap((v) => blockedClasses(e, v.name, 'unlicensed')))].sort().reverse();
    const optional = g.items.every((v) => isOptional(v.name));
    const effect = blocksText(blocked);
    if (g.inherited) {
      ctx.report({
        span: g.span,
        message: `\`${g.inherited}\` is \`unlicensed\`, so ${listText(g.items.map((v) => v.name))} ${g.items.length === 1 ? 'inherits' : 'inherit'} no licence and MOT counts ${g.items.length === 1 ? 'it' : 'them'} as not open; ${effect}. Write the SPDX id of their licence here, e.g. ${listText(PREFERRED_LICENSES[g.items[0]!.contentType].slice(0, 2)).replace(' and ', ' or ')}.`,
        lowerTo: optional ? 'info' : undefined,
      });
      continue;
    }
    const v = g.items[0]!;
    const c = lastComponent(m, v.name);
    const offers = PREFERRED_LICENSES[v.contentType];
    const waiver =
      v.name === 'Research paper' && blocked.includes(3)
        ? ' (it stands in for the technical report, which is not listed)'
        : '';
    let suggestions: Fix[] | undefined;
    let what: string;
    let todo: string;
    const choices = listText(offers.slice(0, 2)).replace(' and ', ' or ');
    if (v.source === 'none') {
      const scope = SCOPE_KEY[v.contentType]!;
      what = `\`${v.name}\` names no licence and there is no \`release.license.${scope}\` or \`release.license.distribution\` to inherit, so MOT counts it as unlicensed (not open)`;
      const last = c && c.node.kind === 'map' ? c.node.pairs[c.node.pairs.length - 1] : undefined;
      const at = last ?? (c ? getPair(c.node, 'name') : undefined);
      todo = `Add \`license:\` with the SPDX id of its licence, e.g. an open ${v.contentType} licence such as ${choices}`;
      suggestions = at
        ? offers
            .map((id) => fix(`Add \`license: ${id}\``, insertAfterPair(ctx.doc, at, [`license: ${id}`])))
            .filter((f): f is Fix => !!f)
        : undefined;
    } else {
      const empty = c?.rawLicense === '' ? 'has an empty `license`' : 'is listed as `unlicensed`';
      what = `\`${v.name}\` ${empty}, so MOT counts it as not open`;
      todo = `If it is released under an open licence, write its SPDX id instead, e.g. ${choices} for ${v.contentType}`;
      const node = c ? componentLicenseNode(c) : null;
      suggestions = node
        ? offers.map((id) => fix(`Change to \`${id}\``, replace(node.span, scalarLike(node, id)))!)
        : undefined;
    }
    ctx.report({
      span: g.span,
      message: `${what}; ${effect}${waiver}. ${todo}.`,
      suggestions: suggestions?.length ? suggestions : undefined,
      lowerTo: optional ? 'info' : undefined,
    });
  }
}

export const rule: Rule = { meta, check: mofUnlicensedComponent };
