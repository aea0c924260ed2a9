// Hovers on grade labels (`D3`, `C5`) and MOF class labels (`Class II`) written in prose, tables or YAML
// comments. Only the hovered line is read. A lone `C4` is usually the C4 corpus, so a grade label needs grading
// context on its line (another label, or a word such as "grade" or "openness") or must sit in a YAML comment.
import { MOF_COMPONENTS, type MofClass } from '../../knowledge/mof-components.js';
import type { LintResult } from '../../lint.js';
import type { Span } from '../../types.js';
import { code, renderTerm } from './hover-format.js';
import { gradeLabelMarkdown } from './explain-taxonomy.js';
import { MOF_CLASS_TERMS } from '../../knowledge/terms-manifest.js';

const GRADE = /\b[CD][1-5]\b/g;
const GRADE_CONTEXT = /\b(grades?|graded|openness|eiras|restrictive|fully (open|closed)|semi-open)\b/i;
const CLASS = /\bClass\s+(III|II|I)\b/g;
const ROMAN: Record<string, MofClass> = { I: 1, II: 2, III: 3 };

/** Markdown for a MOF class: what it adds and the components it requires. */
export function mofClassMarkdown(k: MofClass, result?: LintResult): string {
  const t = MOF_CLASS_TERMS[k];
  const required = MOF_COMPONENTS.filter((c) => c.required && c.class >= k).map((c) => c.name);
  const ev = result?.analysis.manifest?.evaluation;
  const progress = ev
    ? `**This manifest:** ${ev.progress[`class${k}` as const]}% toward ${t.title.split(' - ')[0]}${ev.class !== null && ev.class <= k ? ' (met)' : ''}.`
    : null;
  return renderTerm(
    t,
    [`**Requires (${required.length}):** ${required.map(code).join(', ')}.`, progress],
    `**${t.title}**`,
  );
}

export function explainWord(result: LintResult, offset: number): { span: Span; markdown: string } | null {
  const lines = result.doc.lines;
  const line = lines.positionAt(offset).line;
  const start = lines.lineStart(line);
  const text = lines.lineText(line);
  const col = offset - start;
  const hitAt = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) if (col >= m.index && col <= m.index + m[0].length) return m;
    return null;
  };
  const cls = hitAt(CLASS);
  if (cls)
    return {
      span: { start: start + cls.index, end: start + cls.index + cls[0].length },
      markdown: mofClassMarkdown(ROMAN[cls[1]!]!, result),
    };
  const g = hitAt(GRADE);
  if (g) {
    const inComment =
      result.doc.manifest !== null || (result.doc.card?.frontMatter?.contentSpan.end ?? -1) > offset
        ? text.lastIndexOf('#', g.index) !== -1
        : false;
    const labels = text.match(GRADE)?.length ?? 0;
    if (inComment || labels > 1 || GRADE_CONTEXT.test(text)) {
      const md = gradeLabelMarkdown(g[0]);
      if (md) return { span: { start: start + g.index, end: start + g.index + g[0].length }, markdown: md };
    }
  }
  return null;
}
