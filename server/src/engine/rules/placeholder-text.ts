// placeholder-text: template text left in the card body: `[More Information Needed]`, the template's default
// Recommendations sentence, empty label bullets (`- **Developed by:**`), Jinja slots (`{{ model_id }}`, `{% … %}`)
// and TODO/TBD markers. Source: huggingface_hub templates/modelcard_template.md (docs/references.md#hugging-face-model-cards).
// Code blocks, inline code and HTML comments are skipped. Found by the analysis (analyze/placeholders.ts), section by
// section.
import { fix } from '../rule-kit/helpers.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'placeholder-text',
  description:
    'The card body must not keep template placeholders such as `[More Information Needed]`, empty `- **Label:**` bullets, `{{ slots }}` or TODO/TBD.',
  tags: ['content'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  severity: { recommended: 'warning' },
};

export function placeholderText(ctx: RuleContext): void {
  const { lines } = ctx.doc;
  for (const h of ctx.analysis.placeholders) {
    const startLine = lines.positionAt(h.span.start).line;
    const endLine = lines.positionAt(h.span.end).line;
    const del = { start: lines.lineStart(startLine), end: lines.nextLineStart(endLine), newText: '' };
    ctx.report({
      span: h.span,
      message: h.message,
      suggestions: [fix(startLine === endLine ? 'Delete the placeholder line' : 'Delete the placeholder lines', del)!],
    });
  }
}

export const rule: Rule = { meta, check: placeholderText };
