// missing-directive-reason: a disable directive gives no `-- reason`, so reviewers cannot tell why a
// disclosure check was silenced (stylelint's reportDescriptionlessDisables). Off unless the profile is strict.
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'missing-directive-reason',
  description: 'Disable directives should explain themselves with `-- reason`.',
  tags: ['directive'],
  appliesTo: ['model-card', 'release-manifest'],
  fixable: false,
  hasSuggestions: false,
  severity: { recommended: 'off' },
};

export function missingDirectiveReason(ctx: RuleContext): void {
  for (const d of ctx.analysis.directives.list) {
    if (d.kind === 'enable' || d.reason) continue;
    ctx.report({
      span: d.span,
      message: `\`modelcard-lint-${d.kind}\` has no reason; add \` -- why\` before the end of the comment.`,
    });
  }
}

export const rule: Rule = { meta, check: missingDirectiveReason };
