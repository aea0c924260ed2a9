// unclosed-code-fence: a fenced code block that is never closed. CommonMark (the Hub, GitHub) renders everything after
// it as code, so the sections that follow vanish from the rendered card; real cards do this after a usage snippet.
// The analysis reads the card as the author meant it (parse/markdown.ts ends such a fence before the next `##`
// heading); this rule tells the author what readers actually see.
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';
import { fix } from '../rule-kit/helpers.js';

export const meta: RuleMeta = {
  id: 'unclosed-code-fence',
  description: 'A fenced code block must be closed: an unclosed fence turns the rest of the card into code.',
  tags: ['syntax'],
  appliesTo: ['model-card'],
  fixable: true,
  hasSuggestions: true,
  severity: { recommended: 'warning', 'hf-basic': 'warning' },
};

export function unclosedCodeFence(ctx: RuleContext): void {
  const md = ctx.card?.markdown;
  if (!md) return;
  const { text, lines } = ctx.doc;
  const nl = ctx.doc.lineEnding;
  for (const u of md.unclosedFences) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(u.open.start, u.open.end))?.[1] ?? '```';
    const openLine = lines.positionAt(u.open.start).line + 1;
    if (u.resume === null) {
      // A stray fence on the last lines hides nothing.
      if (!/\S/.test(text.slice(u.open.end))) continue;
      ctx.report({
        span: u.open,
        message: `This code fence is never closed: everything after line ${openLine} renders as code. Close it with a line of ${marker} where the code ends.`,
        suggestions: [
          fix(`Close the code block at the end of the card`, {
            start: text.length,
            end: text.length,
            newText: `${/(?:\r?\n|\r)$/.test(text) ? '' : nl}${marker}${nl}`,
          })!,
        ],
      });
      continue;
    }
    // Close it after the code's last non-blank line, before the heading the author meant to start a section.
    const resumeLine = lines.positionAt(u.resume).line;
    let last = resumeLine - 1;
    while (last > lines.positionAt(u.open.start).line && !/\S/.test(lines.lineText(last))) last--;
    const at = lines.lineEnd(last);
    const heading = lines.lineText(resumeLine).trim();
    ctx.report({
      span: u.open,
      message: `This code fence is never closed: on the Hub and GitHub everything after line ${openLine}, "${heading.slice(0, 60)}" and the sections after it included, renders as code. Close it with a line of ${marker} after line ${last + 1}.`,
      fix: fix(`Close the code block after line ${last + 1}`, { start: at, end: at, newText: `${nl}${marker}` }),
    });
  }
}

export const rule: Rule = { meta, check: unclosedCodeFence };
