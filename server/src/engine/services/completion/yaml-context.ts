// Where the cursor is in YAML that is being typed, read from line text and indentation only: the key path of the
// mapping, key or value position, the partial word and its span, and the sibling keys already present. While a
// user types, the YAML is usually invalid (`license: ap`, a lone `  wei` under `openness:`), so the parsed tree
// cannot be trusted; indentation can. Flow collections on the cursor line (`{status: rel`) are read too.
import type { LineIndex } from '../../parse/text.js';
import type { Span } from '../../types.js';

export interface YamlContext {
  /** Keys from the root to the mapping being completed; `-` marks a sequence item. */
  path: string[];
  position: 'key' | 'value';
  /** Value position: the key whose value is being typed. */
  key: string | null;
  /** The partially typed word (without any opening quote). */
  prefix: string;
  /** Span to replace: the partial word plus the rest of that word or value after the cursor. */
  replace: Span;
  /** Keys already present in the mapping being completed (key position). */
  siblings: Set<string>;
  /** Key position: a `:` already follows the word. */
  hasColon: boolean;
  /** Value position: nothing separates the value from `key:` (insert a space first). */
  needsSpace: boolean;
  /** The value was opened with this quote. */
  quote: '"' | "'" | null;
  /** A closing quote already follows the cursor. */
  quoteClosed: boolean;
  /** Inside a flow collection (`{…}` / `[…]`): snippets with new lines do not fit. */
  flow: boolean;
  /** Line of the innermost container (parent key or `-` item line), -1 for the root. */
  containerLine: number;
}

interface Shape {
  indent: number;
  blank: boolean;
  /** Column of the last `-` item marker, or null. */
  dash: number | null;
  key: string | null;
  keyCol: number;
  /** Column of the key's `:` (-1 without a key). */
  colon: number;
  /** The value after `key:` is empty (or only a comment / block indicator): the key opens a block. */
  opensBlock: boolean;
}

const KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[A-Za-z0-9_][^:#]*?)[ \t]*:(?=[ \t]|$)/;
const WORD = /[\w.+-]/;

function unquote(k: string): string {
  return (k.startsWith('"') || k.startsWith("'")) && k.length >= 2 ? k.slice(1, -1) : k.trim();
}

function indentOf(line: string): number {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  return i;
}

function shape(line: string): Shape {
  let i = 0;
  while (line[i] === ' ' || line[i] === '\t') i++;
  const indent = i;
  if (i >= line.length || line[i] === '#')
    return { indent, blank: true, dash: null, key: null, keyCol: indent, colon: -1, opensBlock: false };
  let dash: number | null = null;
  while (line[i] === '-' && (i + 1 >= line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
    dash = i;
    i++;
    while (line[i] === ' ' || line[i] === '\t') i++;
  }
  const m = KEY.exec(line.slice(i));
  if (!m) return { indent, blank: false, dash, key: null, keyCol: i, colon: -1, opensBlock: false };
  const rest = line.slice(i + m[0].length).trim();
  return {
    indent,
    blank: false,
    dash,
    key: unquote(m[1]!),
    keyCol: i,
    colon: i + m[0].length - 1,
    opensBlock: rest === '' || /^[#|>&!]/.test(rest),
  };
}

/** Lines of the region, as [first, last] line numbers (the line holding `region.end` included). */
function lineRange(lines: LineIndex, region: Span): [number, number] {
  return [lines.positionAt(region.start).line, lines.positionAt(region.end).line];
}

/** Parent keys of a position at `col` on `line`, innermost last; `startSeq` when the position is a `-` item. */
function ancestors(
  lines: LineIndex,
  first: number,
  line: number,
  col: number,
  startSeq: boolean,
): { path: string[]; container: number } {
  const path: string[] = [];
  let container = startSeq ? line : -1;
  let want = col;
  let seq = startSeq;
  if (startSeq) path.unshift('-');
  for (let i = line - 1; i >= first && (want > 0 || seq); i--) {
    const text = lines.lineText(i);
    // Most lines above are deeper than any ancestor: skip them before running the key regex.
    if (!seq && indentOf(text) >= want) continue;
    const s = shape(text);
    if (s.blank) continue;
    if (seq && s.indent >= want) {
      // A compact sequence (`key:\n- item`) has its parent key in the same column as the dashes.
      if (s.dash === null && s.key !== null && s.keyCol === want && s.opensBlock) {
        path.unshift(s.key);
        if (container === -1) container = i;
        seq = false;
      }
      continue;
    }
    if (s.key !== null && s.keyCol < want) {
      path.unshift(s.key);
      if (container === -1) container = i;
      want = s.keyCol;
      seq = false;
      if (s.dash !== null) {
        path.unshift('-');
        want = s.dash;
        seq = true;
      }
      continue;
    }
    if (s.dash !== null && s.dash < want) {
      path.unshift('-');
      if (container === -1) container = i;
      want = s.dash;
      seq = true;
    }
  }
  return { path, container };
}

/** Keys already written at column `col` of the container that starts on line `container` (-1 = the root). */
function siblingKeys(
  lines: LineIndex,
  first: number,
  last: number,
  container: number,
  cursorLine: number,
  col: number,
): Set<string> {
  const out = new Set<string>();
  const add = (i: number, s: Shape) => {
    if (i !== cursorLine && s.key !== null && s.keyCol === col && (s.dash === null || i === container)) out.add(s.key);
  };
  if (container === -1) {
    for (let i = first; i <= last; i++) {
      const text = lines.lineText(i);
      if (col === 0 && indentOf(text) > 0) continue;
      add(i, shape(text));
    }
    return out;
  }
  const c = shape(lines.lineText(container));
  // A `- key: …` line is the container either as a sequence item (the cursor's keys sit beside `key`) or, when
  // the cursor is deeper than `key`, through `key` itself; `ancestors` made the same choice.
  const item = c.dash !== null && (c.key === null || col <= c.keyCol);
  const parentCol = item ? c.dash! : c.keyCol;
  if (item) add(container, c);
  for (let i = container + 1; i <= last; i++) {
    const s = shape(lines.lineText(i));
    if (s.blank) continue;
    if (s.indent <= parentCol && !(s.indent === parentCol && s.dash === parentCol && !item)) break;
    add(i, s);
  }
  return out;
}

interface Frame {
  kind: '{' | '[';
  key: string | null;
  keyDone: boolean;
  /** Column where the current entry's text starts. */
  entryStart: number;
}

/** Read the flow collections opened on the cursor line after column `from`. */
function scanFlow(text: string, from: number, to: number): Frame[] {
  const frames: Frame[] = [];
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const top = frames[frames.length - 1];
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i + 1);
      if (close === -1 || close >= to) break;
      i = close;
      continue;
    }
    if (ch === '{' || ch === '[') frames.push({ kind: ch, key: null, keyDone: false, entryStart: i + 1 });
    else if ((ch === '}' || ch === ']') && top) frames.pop();
    else if (ch === ',' && top) {
      top.key = null;
      top.keyDone = false;
      top.entryStart = i + 1;
    } else if (
      ch === ':' &&
      top?.kind === '{' &&
      !top.keyDone &&
      (i + 1 >= text.length || text[i + 1] === ' ' || i + 1 === to)
    ) {
      top.key = unquote(text.slice(top.entryStart, i).trim());
      top.keyDone = true;
    }
  }
  return frames;
}

function wordEnd(text: string, from: number, limit: number): number {
  let e = from;
  while (e < limit && WORD.test(text[e]!)) e++;
  return e;
}

/** The completion context at `offset` inside `region` (front-matter content or a whole manifest). */
export function yamlContext(lines: LineIndex, region: Span, offset: number): YamlContext | null {
  const [first, last] = lineRange(lines, region);
  const line = lines.positionAt(offset).line;
  if (line < first || line > last) return null;
  const lineStart = lines.lineStart(line);
  const lineText = lines.lineText(line);
  const col = offset - lineStart;
  const before = lineText.slice(0, col);
  if (/(^|\s)#/.test(before.replace(/"[^"]*"|'[^']*'/g, '""'))) return null; // inside a comment
  const base = {
    siblings: new Set<string>(),
    hasColon: false,
    needsSpace: false,
    quote: null,
    quoteClosed: false,
    flow: false,
  };

  // Key position: indentation, optional `- ` markers, then a partial word.
  const keyMatch = /^([ \t]*)((?:-[ \t]+)*)([\w.-]*)$/.exec(before);
  if (keyMatch) {
    const dashes = keyMatch[2]!;
    const keyCol = keyMatch[1]!.length + dashes.length;
    const dashCol = dashes ? keyMatch[1]!.length + dashes.lastIndexOf('-') : -1;
    const end = wordEnd(lineText, col, lineText.length);
    const { path, container } = ancestors(lines, first, line, dashes ? dashCol : keyCol, !!dashes);
    return {
      ...base,
      path,
      position: 'key',
      key: null,
      prefix: keyMatch[3]!,
      replace: { start: lineStart + keyCol, end: lineStart + end },
      siblings: siblingKeys(lines, first, last, container, line, keyCol),
      hasColon: /^[ \t]*:/.test(lineText.slice(end)),
      containerLine: container,
    };
  }

  // Value position: `key: partial`.
  const s = shape(lineText);
  if (s.key === null) return null;
  const colon = s.colon;
  if (col <= colon) return null;
  const startsSeq = s.dash !== null;
  const anc = ancestors(lines, first, line, startsSeq ? s.dash! : s.keyCol, startsSeq);
  let valueStart = colon + 1;
  const needsSpace = col === valueStart;
  while (valueStart < col && (lineText[valueStart] === ' ' || lineText[valueStart] === '\t')) valueStart++;

  const frames = scanFlow(lineText, valueStart, col);
  if (frames.length) {
    const top = frames[frames.length - 1]!;
    const path = [...anc.path, s.key];
    for (const f of frames.slice(0, -1)) path.push(f.kind === '{' ? (f.key ?? '') : '-');
    let start = top.entryStart;
    if (top.keyDone) start = lineText.indexOf(':', start) + 1;
    while (start < col && lineText[start] === ' ') start++;
    let quote: '"' | "'" | null = null;
    if (start < col && (lineText[start] === '"' || lineText[start] === "'")) {
      quote = lineText[start] as '"' | "'";
      start++;
    }
    if (start > col) return null;
    const prefix = lineText.slice(start, col);
    if (!/^[^,{}[\]]*$/.test(prefix)) return null;
    const end = wordEnd(lineText, col, lineText.length);
    const replace = { start: lineStart + start, end: lineStart + end };
    if (top.kind === '{' && !top.keyDone) {
      const siblings = new Set<string>();
      for (const m of lineText.slice(lineText.lastIndexOf('{', col), col).matchAll(/([\w.-]+)\s*:/g))
        siblings.add(m[1]!);
      return {
        ...base,
        flow: true,
        path,
        position: 'key',
        key: null,
        prefix,
        replace,
        siblings,
        hasColon: /^\s*:/.test(lineText.slice(end)),
        containerLine: line,
      };
    }
    // In `[a, b` the items belong to the key that opened the list.
    const key = top.kind === '{' ? top.key : (path.pop() ?? null);
    return {
      ...base,
      flow: true,
      path,
      position: 'value',
      key,
      prefix,
      replace,
      quote,
      quoteClosed: !!quote && lineText[end] === quote,
      containerLine: line,
    };
  }

  let start = valueStart;
  let quote: '"' | "'" | null = null;
  if (start < col && (lineText[start] === '"' || lineText[start] === "'")) {
    quote = lineText[start] as '"' | "'";
    start++;
  }
  const prefix = lineText.slice(start, col);
  if (quote && prefix.includes(quote)) return null; // the cursor is after a closed quoted value
  let end: number;
  if (quote) {
    const close = lineText.indexOf(quote, col);
    end = close === -1 ? lineText.length : close;
  } else {
    const comment = lineText.slice(col).search(/[ \t]#/);
    end = comment === -1 ? lineText.length : col + comment;
    while (end > col && (lineText[end - 1] === ' ' || lineText[end - 1] === '\t')) end--;
  }
  end = Math.max(end, col);
  return {
    ...base,
    path: anc.path,
    position: 'value',
    key: s.key,
    prefix,
    replace: { start: lineStart + start, end: lineStart + end },
    needsSpace,
    quote,
    quoteClosed: !!quote && lineText[end] === quote,
    containerLine: anc.container,
  };
}
