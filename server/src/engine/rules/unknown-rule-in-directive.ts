// unknown-rule-in-directive: an inline directive names a rule that does not exist (typo or a removed rule),
// so it silences nothing. Suggests the closest rule id. The diff rules' ids are known too: a directive naming one silences
// that rule's findings in `modelcard-lint diff` (engine/diff/compare.ts).
import { DIFF_RULE_IDS } from '../diff/rule-ids.js';
import { closest, fix, replace } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'unknown-rule-in-directive',
  description: 'Inline `modelcard-lint-*` directives must name existing rules.',
  tags: ['directive'],
  appliesTo: ['model-card', 'release-manifest'],
  fixable: true,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'warning', mof: 'warning' },
};

export function unknownRuleInDirective(ctx: RuleContext): void {
  const known = [...ctx.ruleIds, ...DIFF_RULE_IDS];
  for (const d of ctx.analysis.directives.list) {
    for (const r of d.rules) {
      if (known.includes(r.id)) continue;
      const near = closest(r.id, known);
      ctx.report({
        span: r.span,
        message: `Unknown rule \`${r.id}\` in \`modelcard-lint-${d.kind}\`${near.length ? `; did you mean \`${near[0]}\`?` : '.'}`,
        fix: near.length === 1 ? fix(`Change to \`${near[0]}\``, replace(r.span, near[0]!)) : undefined,
        suggestions: near.length > 1 ? near.map((n) => fix(`Change to \`${n}\``, replace(r.span, n))!) : undefined,
      });
    }
  }
}

export const rule: Rule = { meta, check: unknownRuleInDirective };
