// Small Markdown builders shared by hovers and completion docs, so every explanation has the same shape:
// a title line, what it is, why it matters, the current verdict, and a "Source:" line naming the paper or spec.
import type { Term } from '../../knowledge/term.js';
import { mdCode } from '../../markdown-text.js';

/** A taxonomy term explained once (knowledge/term.ts), re-exported for the hover modules that render one. */
export type { Term };

export const YES = '✓';
export const NO = '✗';

export const mark = (b: boolean): string => (b ? YES : NO);

/** Inline code that shows any value literally (engine/markdown-text.ts). */
export const code = mdCode;

/** Escape a value for a Markdown table cell. */
export function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function table(head: string[], rows: string[][], align?: ('l' | 'c')[]): string {
  const sep = head.map((_, i) => (align?.[i] === 'c' ? ':-:' : '---'));
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${sep.join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

export function sourceLine(source: string): string {
  return `_Source: ${source}_`;
}

/** Render a term: title, what, why, any extra blocks (verdicts, tables), then its source. */
export function renderTerm(term: Term, extra: (string | null | undefined | false)[] = [], heading?: string): string {
  const parts = [heading ?? `**${term.title}**`, term.what];
  if (term.why) parts.push(`**Why it matters:** ${term.why}`);
  for (const e of extra) if (e) parts.push(e);
  parts.push(sourceLine(term.source));
  return parts.join('\n\n');
}

/** Join Markdown blocks with blank lines, dropping empty ones. */
export function blocks(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => !!p).join('\n\n');
}

export const RULE = '\n\n---\n\n';
