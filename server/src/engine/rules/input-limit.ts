// input-limit: a safety limit was hit (huge file, binary content, invalid UTF-8, YAML nested too deep, too many
// manifest components). The linter says so instead of hanging, crashing or guessing (issue 5).
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'input-limit',
  description:
    'The file exceeds a safety limit (size, binary content, encoding, nesting, component count) and is only partly linted.',
  tags: ['syntax'],
  appliesTo: ['model-card', 'release-manifest'],
  fixable: false,
  hasSuggestions: false,
  suppressible: false,
  severity: { recommended: 'error', 'hf-basic': 'error', mof: 'error' },
};

export function inputLimit(ctx: RuleContext): void {
  const anchor = ctx.documentAnchor();
  // At most 200 characters of a (possibly multi-megabyte) first line, never ending inside a surrogate pair.
  let end = Math.min(anchor.end, anchor.start + 200);
  if (end < anchor.end && /[\uDC00-\uDFFF]/.test(ctx.doc.text[end] ?? '')) end--;
  for (const l of ctx.doc.limits) ctx.report({ span: { start: anchor.start, end }, message: l.message });
}

export const rule: Rule = { meta, check: inputLimit };
