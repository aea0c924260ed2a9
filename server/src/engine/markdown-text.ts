// Card-derived text inside the Markdown the product writes (hovers, completion docs, the report's Markdown export):
// a licence string such as `![t](https://…/pixel.png)`, `<img src=…>` or `a | b` must show as text, never load an
// image, inject HTML or break a table (SECURITY.md). Every value that came from a file goes through one of these.

/** Inline code that shows `s` literally whatever backticks it holds: the fence is longer than any run inside. */
export function mdCode(s: string): string {
  const clean = s.replace(/[\r\n]+/g, ' ');
  let longest = 0;
  for (const run of clean.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || /^ .* $/.test(clean) ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** Plain text with every Markdown-significant character backslash-escaped and line breaks made spaces (safe in a
 * paragraph and in a table cell). */
export function mdText(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&=:]/g, '\\$&');
}
