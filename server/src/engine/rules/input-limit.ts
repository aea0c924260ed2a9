// input-limit: a safety limit was hit (huge file, binary content, invalid UTF-8, YAML nested too deep, too many
// manifest components). The linter says so instead of hanging, crashing or guessing (issue 5).
import type { Rule, RuleContext, RuleMeta } from './rule.js';

export const meta: RuleMeta = {
  id: 'input-limit',
  description: 'The file exceeds a safety limit (size, binary content, encoding, nesting, component count) and is only partly linted.',
  tags: ['syntax'],
  appliesTo: ['model-card', 'release-manifest'],
  fixable: false,
  hasSuggestions: false,
  severity: { recommended: 'error', 'hf-basic': 'error', mof: 'error' },
};

export function inputLimit(ctx: RuleContext): void {
  const first = ctx.doc.lines.lineSpan(0);
  const span = first.end > first.start ? { start: 0, end: Math.min(first.end, 200) } : { start: 0, end: Math.min(1, ctx.doc.text.length) };
  for (const l of ctx.doc.limits) ctx.report({ span, message: l.message });
}

export const rule: Rule = { meta, check: inputLimit };
