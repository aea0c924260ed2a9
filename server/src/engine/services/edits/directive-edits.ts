// Edits that silence a rule with an inline directive: for one line (extending an existing
// `disable-next-line` directive rather than adding a second, as vscode-eslint does) or for the whole file.
import { yamlComments, yamlRegion, type Directive } from '../../analyze/directives.js';
import type { LintResult } from '../../lint.js';
import { getRule } from '../../rules/index.js';
import type { Fix, Span } from '../../types.js';

/**
 * Whether a directive could silence `ruleId` here at all: not in a file over a limit (it is not parsed, so no
 * directive in it is read), and not for the directive rules (unused or unknown ids, missing reasons): their findings
 * are about directives and are fixed by editing those; a directive added to silence them is itself reported unused;
 * and not for rules directives never silence (input limits, YAML syntax).
 */
function silenceable(result: LintResult, ruleId: string): boolean {
  const meta = getRule(ruleId)?.meta;
  return !result.doc.limits.some((l) => l.fatal) && !meta?.tags.includes('directive') && meta?.suppressible !== false;
}

function inYaml(result: LintResult, offset: number): boolean {
  if (result.doc.manifest) return true;
  const fm = result.doc.card?.frontMatter;
  return !!fm?.closed && offset >= fm.contentSpan.start && offset < fm.contentSpan.end;
}

/** Inside an HTML comment (an unclosed one runs to the end) or a code block, a directive would be plain text. */
function insideMarkdownBlock(result: LintResult, offset: number): boolean {
  const md = result.doc.card?.markdown;
  if (!md) return false;
  const text = result.doc.text;
  const inComment = md.comments.some((c) => offset > c.start && (offset < c.end || !text.startsWith('-->', c.end - 3)));
  return inComment || md.code.some((c) => offset > c.start && offset < c.end);
}

/** Whether inserting `newText` at `at` puts a real YAML comment at `commentAt` (lexing only the YAML region). */
function yamlCommentAfterInsert(result: LintResult, at: number, newText: string, commentAt: number): boolean {
  const region = yamlRegion(result.doc);
  if (!region) return false;
  const edited = result.doc.text.slice(0, at) + newText + result.doc.text.slice(at);
  return yamlComments(edited, { start: region.start, end: region.end + newText.length }).some(
    (c) => c.start === commentAt,
  );
}

function extend(d: Directive, ruleId: string): Fix {
  const last = d.rules[d.rules.length - 1];
  const at = last ? last.span.end : d.rulesInsertAt;
  return { title: `Disable ${ruleId} for this line`, edits: [{ start: at, end: at, newText: ` ${ruleId}` }] };
}

/** Disable `ruleId` on the line of `span`; null when no directive can go there (e.g. the opening `---`). */
export function disableForLine(result: LintResult, ruleId: string, span: Span): Fix | null {
  if (!silenceable(result, ruleId)) return null;
  const { lines, text } = result.doc;
  const line = lines.positionAt(span.start).line;
  const fm = result.doc.card?.frontMatter;
  if (fm && span.start < fm.contentSpan.start) return null;
  if (fm?.closed && line === lines.positionAt(fm.contentSpan.end).line) return null;
  const existing = result.analysis.directives.list.find(
    (d) => d.kind === 'disable-next-line' && d.endLine === line - 1,
  );
  if (existing) {
    if (existing.rules.length === 0 || existing.rules.some((r) => r.id === ruleId)) return null;
    return extend(existing, ruleId);
  }
  const nl = result.doc.lineEnding;
  const lineStart = lines.lineStart(line);
  if (!inYaml(result, span.start) && insideMarkdownBlock(result, lineStart)) return null;
  const lineText = text.slice(lineStart, lines.lineEnd(line));
  let indent = /^[ \t]*/.exec(lineText)![0];
  // Indented 4+ columns before a code block or on a blank line, the comment would be an indented code block itself:
  // put it in column 0.
  if (
    /^(?: {4}|\t| {0,3}\t)/.test(indent) &&
    (indent === lineText || result.doc.card?.markdown.code.some((c) => c.start === lineStart))
  )
    indent = '';
  const yaml = inYaml(result, span.start);
  const comment = yaml
    ? `# modelcard-lint-disable-next-line ${ruleId}`
    : `<!-- modelcard-lint-disable-next-line ${ruleId} -->`;
  const newText = `${indent}${comment}${nl}`;
  // Inside a quoted or block scalar a `#` line is content, not a comment: offer nothing rather than a fix that fails.
  if (yaml && !yamlCommentAfterInsert(result, lineStart, newText, lineStart + indent.length)) return null;
  return { title: `Disable ${ruleId} for this line`, edits: [{ start: lineStart, end: lineStart, newText }] };
}

/** Disable `ruleId` for the whole file, extending an existing `disable-file` directive when there is one. */
export function disableForFile(result: LintResult, ruleId: string): Fix | null {
  if (!silenceable(result, ruleId)) return null;
  const existing = result.analysis.directives.list.find((d) => d.kind === 'disable-file');
  if (existing) {
    if (existing.rules.length === 0 || existing.rules.some((r) => r.id === ruleId)) return null;
    const last = existing.rules[existing.rules.length - 1]!;
    return {
      title: `Disable ${ruleId} for the entire file`,
      edits: [{ start: last.span.end, end: last.span.end, newText: ` ${ruleId}` }],
    };
  }
  const nl = result.doc.lineEnding;
  const title = `Disable ${ruleId} for the entire file`;
  if (result.doc.manifest)
    return { title, edits: [{ start: 0, end: 0, newText: `# modelcard-lint-disable-file ${ruleId}${nl}` }] };
  const fm = result.doc.card?.frontMatter;
  const at = fm?.closed ? fm.bodyStart : 0;
  return { title, edits: [{ start: at, end: at, newText: `<!-- modelcard-lint-disable-file ${ruleId} -->${nl}` }] };
}
