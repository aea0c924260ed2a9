// unused-disable-directive: a `modelcard-lint-disable…` directive (or one of its rule ids) silences nothing,
// so it only hides future problems (ESLint's --report-unused-disable-directives, stylelint's reportNeedlessDisables).
import type { Directive } from '../analyze/directives.js';
import type { Span, TextEdit } from '../types.js';
import { fix } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'unused-disable-directive',
  description: 'Disable directives that silence nothing should be removed.',
  tags: ['directive'],
  appliesTo: ['model-card', 'release-manifest'],
  fixable: true,
  hasSuggestions: false,
  severity: { recommended: 'warning', 'hf-basic': 'warning', mof: 'warning' },
};

/** Remove the whole directive: its line when it is alone on it, else just the comment. */
function removeDirective(ctx: RuleContext, d: Directive): TextEdit {
  const { lines, text } = ctx.doc;
  const lineStart = lines.lineStart(d.line);
  const lineEnd = lines.lineEnd(d.endLine);
  const before = text.slice(lineStart, d.span.start);
  const after = text.slice(d.span.end, lineEnd);
  if (before.trim() === '' && after.trim() === '')
    return { start: lineStart, end: lines.nextLineStart(d.endLine), newText: '' };
  const start = d.syntax === 'yaml' ? d.span.start - (/[ \t]*$/.exec(before)?.[0].length ?? 0) : d.span.start;
  return { start, end: d.span.end, newText: '' };
}

/** Remove one rule id from the list (with its separator). */
function removeId(ctx: RuleContext, span: Span): TextEdit {
  const t = ctx.doc.text;
  let start = span.start;
  let end = span.end;
  while (end < t.length && /[ ,]/.test(t[end]!)) end++;
  if (end === span.end || t.slice(span.end, end).trim() === '') {
    while (start > 0 && /[ ,]/.test(t[start - 1]!) && end === span.end) start--;
  }
  return { start, end, newText: '' };
}

export function unusedDisableDirective(ctx: RuleContext): void {
  const known = new Set(ctx.ruleIds);
  const { list, used } = ctx.analysis.directives;
  for (const d of list) {
    if (d.kind === 'enable') continue;
    const u = used.get(d);
    if (d.rules.length === 0) {
      if (!u)
        ctx.report({
          span: d.span,
          message: `\`modelcard-lint-${d.kind}\` silences no problem; remove it.`,
          fix: fix('Remove the unused directive', removeDirective(ctx, d)),
          unnecessary: true,
        });
      continue;
    }
    const unused = d.rules.filter((r) => known.has(r.id) && !u?.has(r.id));
    if (!unused.length) continue;
    const all = unused.length === d.rules.length;
    for (const r of unused) {
      ctx.report({
        span: r.span,
        message: `\`modelcard-lint-${d.kind} ${r.id}\` silences no problem; remove it.`,
        fix: all
          ? fix('Remove the unused directive', removeDirective(ctx, d))
          : fix(`Remove \`${r.id}\` from the directive`, removeId(ctx, r.span)),
        unnecessary: true,
      });
    }
  }
}

export const rule: Rule = { meta, check: unusedDisableDirective };
