// yaml-syntax: the front matter (or manifest) must be valid YAML: closed `---` block, a mapping at the top, no
// syntax errors. Errors point at their position; the Markdown body is still linted (docs/rules/yaml-syntax.md, issue 2).
import type { YamlProblem } from '../parse/yaml-tree.js';
import type { Rule, RuleContext, RuleMeta } from '../rule-kit/rule.js';

export const meta: RuleMeta = {
  id: 'yaml-syntax',
  description: 'Front matter and release manifests must be well-formed YAML mappings.',
  tags: ['syntax'],
  appliesTo: ['model-card', 'release-manifest'],
  fixable: false,
  hasSuggestions: false,
  suppressible: false,
  severity: { recommended: 'error', 'hf-basic': 'error', mof: 'error' },
};

const HANDLED_ELSEWHERE = new Set(['DUPLICATE_KEY']);

function reportProblems(ctx: RuleContext, problems: YamlProblem[], where: string): void {
  for (const p of problems) {
    if (HANDLED_ELSEWHERE.has(p.code)) continue;
    const span =
      p.span.end > p.span.start
        ? p.span
        : { start: p.span.start, end: Math.min(ctx.doc.text.length, p.span.start + 1) };
    ctx.report({ span, message: `${where}: ${p.message}`, lowerTo: p.severity === 'warning' ? 'warning' : undefined });
  }
}

export function yamlSyntax(ctx: RuleContext): void {
  const fm = ctx.card?.frontMatter;
  if (fm) {
    if (!fm.closed) {
      ctx.report({
        span: fm.openSpan,
        message:
          'The front matter opened here is never closed with a `---` line; it is ignored and the whole file is read as Markdown.',
      });
      return;
    }
    reportProblems(ctx, fm.problems, 'Front matter');
    if (fm.other && fm.other.kind !== 'scalar') {
      ctx.report({ span: fm.other.span, message: 'Front matter must be a mapping of `key: value` lines, not a list.' });
    } else if (fm.other && fm.other.kind === 'scalar' && fm.other.value !== null) {
      ctx.report({ span: fm.other.span, message: 'Front matter must be a mapping of `key: value` lines.' });
    }
  }
  const m = ctx.manifest;
  if (m) {
    reportProblems(ctx, m.problems, 'Manifest');
    if (!m.root && m.other)
      ctx.report({
        span: m.other.span,
        message: 'A release manifest must be a YAML mapping with `framework:` and `release:`.',
      });
  }
}

export const rule: Rule = { meta, check: yamlSyntax };
