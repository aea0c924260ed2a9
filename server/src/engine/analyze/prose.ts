// A card's body with comments and code blocks blanked out, same length as the body so offsets stay exact: where the
// disclosure and risk-area signals look (body-search.ts builds it per section).
import type { Span } from '../types.js';

/** Spaces for every character of `s` but its line breaks. */
function blank(s: string): string {
  const parts: string[] = [];
  let i = 0;
  for (let j = s.indexOf('\n'); j !== -1; j = s.indexOf('\n', i)) {
    parts.push(' '.repeat(j - i));
    i = j + 1;
  }
  parts.push(' '.repeat(s.length - i));
  return parts.join('\n');
}

/** The body with comments and code blocks blanked out (same length, so signal offsets stay exact). */
export function maskedBody(text: string, body: Span, masks: Span[]): string {
  const out: string[] = [];
  let pos = body.start;
  for (const m of [...masks].sort((a, b) => a.start - b.start)) {
    if (m.end <= pos || m.start >= body.end) continue;
    out.push(text.slice(pos, Math.max(pos, m.start)));
    const from = Math.max(pos, m.start);
    const to = Math.min(m.end, body.end);
    out.push(blank(text.slice(from, to)));
    pos = to;
  }
  out.push(text.slice(pos, body.end));
  return out.join('');
}
