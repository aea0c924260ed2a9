// Edit builders and lookups shared by rules, so every rule writes front matter and sections the same way.
import type { ParsedDocument } from '../parse/document.js';
import type { Fix, Span, TextEdit } from '../types.js';
import { closest } from '../knowledge/did-you-mean.js';

/**
 * An edit that adds `lines` (YAML, without trailing newline) at the end of the front matter, creating it if absent.
 * Null when the front matter is unclosed, not a block mapping or has syntax errors: a key appended there would not be
 * read either, and fix-all would append it again on every pass.
 */
export function addToFrontMatter(doc: ParsedDocument, yaml: string): TextEdit | null {
  const nl = doc.lineEnding;
  const body = yaml.split(/\r?\n/).join(nl);
  const fm = doc.card?.frontMatter;
  if (!fm) return { start: 0, end: 0, newText: `---${nl}${body}${nl}---${nl}${doc.text.length ? nl : ''}` };
  if (
    !fm.closed ||
    !fm.root ||
    fm.root.flow ||
    fm.problems.some((p) => p.severity === 'error' && p.code !== 'DUPLICATE_KEY')
  )
    return null;
  const at = fm.contentSpan.end;
  const needsBreak = at > fm.contentSpan.start && doc.text[at - 1] !== '\n' && doc.text[at - 1] !== '\r';
  return { start: at, end: at, newText: `${needsBreak ? nl : ''}${body}${nl}` };
}

/** An edit that appends a Markdown section at the end of the document. */
export function appendSection(doc: ParsedDocument, heading: string, body: string): TextEdit {
  const nl = doc.lineEnding;
  const text = doc.text;
  const end = text.length;
  // Scan back over the trailing line breaks (a `/(\r?\n)*$/` regex re-scans the whole text for every suggestion).
  let from = end;
  while (from > 0 && (text[from - 1] === '\n' || text[from - 1] === '\r')) from--;
  const breaks = (text.slice(from).match(/\r\n|\r|\n/g) ?? []).length;
  const sep = end === 0 ? '' : breaks === 0 ? nl + nl : breaks >= 2 ? '' : nl;
  return { start: end, end, newText: `${sep}${heading}${nl}${nl}${body.split(/\r?\n/).join(nl)}${nl}` };
}

export function replace(span: Span, newText: string): TextEdit {
  return { start: span.start, end: span.end, newText };
}

export function fix(title: string, ...edits: (TextEdit | null)[]): Fix | undefined {
  const list = edits.filter((e): e is TextEdit => e !== null);
  return list.length ? { title, edits: list } : undefined;
}

/** Quote a string for YAML only when needed. */
export function yamlScalar(value: string): string {
  if (
    /^[A-Za-z0-9_][A-Za-z0-9_.\-/ ]*$/.test(value) &&
    !/^(yes|no|on|off|true|false|null|y|n|~)$/i.test(value) &&
    !/ $/.test(value)
  )
    return value;
  return JSON.stringify(value);
}

export { closest };
