// Front matter: find the `---` block, then parse it split at top-level keys so that unchanged keys come from a cache.
// Why split: the largest real card has 267 KB of `model-index`; re-parsing it on every keystroke costs ~80 ms.
import type { Span } from '../types.js';
import { parseBlock, type BlockCache } from './yaml-blocks.js';
import type { YMap, YNode, YPair, YamlProblem } from './yaml-tree.js';
import { pushAll } from '../push-all.js';

export interface FrontMatter {
  /** Span of the whole block including both delimiter lines. */
  span: Span;
  /** Span of the opening `---` (3 characters). */
  openSpan: Span;
  /** Span of the YAML text between the delimiters. */
  contentSpan: Span;
  closed: boolean;
  /** The top-level mapping (null when the YAML is not a mapping or is empty). */
  root: YMap | null;
  /** The parsed root when it is not a mapping (e.g. a list or a scalar). */
  other: YNode | null;
  problems: YamlProblem[];
  /** Top-level keys that appear more than once: later occurrences point back at the first. */
  duplicates: { pair: YPair; first: YPair }[];
  /** Offset where the Markdown body starts. */
  bodyStart: number;
}

/** Before the opening `---`: whitespace and blank lines (the Hub's own pattern, huggingface_hub `REGEX_YAML_BLOCK`,
 * is `^(\s*---[\r\n]+)`), and any further U+FEFF (a second BOM must not make fixes add a second block). */
const OPEN = /^[\s\uFEFF]{0,4096}?---[ \t]*(\r\n|\r|\n|$)/;

/** Locate the front matter block. Returns null when the text does not start with `---`. Line breaks are `\n`, `\r\n`
 * and a lone `\r`, as everywhere else in the engine. */
export function findFrontMatter(
  text: string,
): { openStart: number; contentStart: number; contentEnd: number; end: number; closed: boolean } | null {
  const m = OPEN.exec(text);
  if (!m) return null;
  const contentStart = m[0].length;
  const openStart = m[0].indexOf('---');
  // Only the places where `---` or `...` occurs are looked at (native searches, not a loop over every character: the
  // front matter of a 5 MB card is scanned on every keystroke); one of them closes the block if it starts a line.
  let dash = text.indexOf('---', contentStart);
  let dots = text.indexOf('...', contentStart);
  while (dash !== -1 || dots !== -1) {
    const pos = dots === -1 || (dash !== -1 && dash < dots) ? dash : dots;
    const prev = text.charCodeAt(pos - 1);
    if (pos === contentStart || prev === 10 || prev === 13) {
      // The marker, then only spaces or tabs to the line end (`^(?:---|\.\.\.)[ \t]*$`), looked at no further than the first other
      // character.
      let nl = pos + 3;
      while (text.charCodeAt(nl) === 32 || text.charCodeAt(nl) === 9) nl++;
      if (nl >= text.length || text.charCodeAt(nl) === 10 || text.charCodeAt(nl) === 13) {
        const end =
          nl >= text.length
            ? text.length
            : text.charCodeAt(nl) === 13 && text.charCodeAt(nl + 1) === 10
              ? nl + 2
              : nl + 1;
        return { openStart, contentStart, contentEnd: pos, end, closed: true };
      }
    }
    if (pos === dash) dash = text.indexOf('---', pos + 1);
    else dots = text.indexOf('...', pos + 1);
  }
  return { openStart, contentStart, contentEnd: text.length, end: text.length, closed: false };
}

interface Chunk {
  text: string;
  offset: number;
}

/** A line that starts a top-level key: not indented, not a comment, not a sequence item, not blank. */
function startsTopLevelKey(line: string): boolean {
  const c = line.charCodeAt(0);
  // space, tab, '#', '-', CR, LF
  return !(Number.isNaN(c) || c === 32 || c === 9 || c === 35 || c === 45 || c === 13 || c === 10);
}

/** Whether splitting is safe: anchors/aliases, directives and top-level flow collections need the whole document. */
function splittable(text: string): boolean {
  if (/(^|[\s[{,:-])[&*][^\s,\]}]/.test(text)) return false;
  const first = /^[ \t]*([^\s#])/m.exec(text);
  if (first && /[[{%?!|>"']/.test(first[1]!)) return false;
  return true;
}

function splitTopLevel(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl + 1;
    if (pos > start && startsTopLevelKey(text.slice(pos, Math.min(pos + 1, text.length)))) {
      chunks.push({ text: text.slice(start, pos), offset: start });
      start = pos;
    }
    pos = lineEnd;
  }
  if (start < text.length || chunks.length === 0) chunks.push({ text: text.slice(start), offset: start });
  return chunks;
}

/** Parse YAML text at `base`, splitting at top-level keys when safe. */
export function parseTopLevelMapping(
  text: string,
  base: number,
  cache: BlockCache,
): { root: YMap | null; other: YNode | null; problems: YamlProblem[]; duplicates: { pair: YPair; first: YPair }[] } {
  const problems: YamlProblem[] = [];
  const pairs: YPair[] = [];
  let other: YNode | null = null;
  let flow = false;
  // Two reads of the text: the check for anchors and flow roots, and the split at top-level keys.
  if (cache.work) cache.work.yamlScanChars += 2 * text.length;
  const chunks = splittable(text) ? splitTopLevel(text) : [{ text, offset: 0 }];
  for (const chunk of chunks) {
    const parsed = parseBlock(chunk.text, base + chunk.offset, cache);
    pushAll(problems, parsed.problems);
    const root = parsed.root;
    if (!root) continue;
    if (root.kind === 'map') {
      pushAll(pairs, root.pairs);
      // A root written `{…}` stays flow: block keys cannot be appended to it.
      flow ||= root.flow;
    } else if (chunks.length === 1) other = root;
    else if (!(root.kind === 'scalar' && root.value === null)) {
      problems.push({
        code: 'NOT_A_MAPPING',
        message: 'Expected a `key: value` line at the top level of the front matter',
        span: root.span,
        severity: 'error',
      });
    }
  }
  const duplicates: { pair: YPair; first: YPair }[] = [];
  const seen = new Map<string, YPair>();
  for (const p of pairs) {
    const first = seen.get(p.key);
    if (first) duplicates.push({ pair: p, first });
    else seen.set(p.key, p);
  }
  // `yaml` already reports duplicates inside one chunk; report those across chunks here, once.
  const root: YMap | null =
    pairs.length || !other ? { kind: 'map', span: { start: base, end: base + text.length }, pairs, flow } : null;
  return { root, other, problems, duplicates };
}

/** Parse the front matter of a card; `text` is the whole document (BOM removed). */
export function parseFrontMatter(text: string, cache: BlockCache): FrontMatter | null {
  const found = findFrontMatter(text);
  if (!found) return null;
  if (cache.work) cache.work.yamlScanChars += found.end;
  const contentSpan = { start: found.contentStart, end: found.contentEnd };
  const openSpan = { start: found.openStart, end: found.openStart + 3 };
  if (!found.closed) {
    return {
      span: { start: 0, end: found.end },
      openSpan,
      contentSpan,
      closed: false,
      root: null,
      other: null,
      problems: [],
      duplicates: [],
      bodyStart: 0,
    };
  }
  const yamlText = text.slice(found.contentStart, found.contentEnd);
  const parsed = parseTopLevelMapping(yamlText, found.contentStart, cache);
  return {
    span: { start: 0, end: found.end },
    openSpan,
    contentSpan,
    closed: true,
    root: parsed.root,
    other: parsed.other,
    problems: parsed.problems,
    duplicates: parsed.duplicates,
    bodyStart: found.end,
  };
}
