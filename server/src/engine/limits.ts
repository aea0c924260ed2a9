// Explicit limits that keep hostile input bounded (issue 5): huge files, binary content, YAML nested so deep that
// the parser would exhaust memory, manifests with tens of thousands of components. When a limit is hit, the engine
// says so with an `input-limit` finding instead of hanging or crashing.

export const LIMITS = {
  /** Characters; larger files are not linted (a 5 MB card is well inside). Checked before anything is built. */
  maxChars: 16 * 1024 * 1024,
  /** Lines; more are not linted. The largest real card has 9,000 lines and a generated 5 MB card 113,000; a file of
   * millions of one-character lines would otherwise cost seconds and gigabytes in the Markdown and YAML parsers. */
  maxLines: 500_000,
  /** Flow-collection nesting (`[[[…]]]`), block nesting (indentation levels and `- - -`) and indentation the YAML
   * parser is given at most: deeper input exhausts the `yaml` package's recursion (~1,000 levels overflow the stack). */
  maxYamlDepth: 256,
  maxIndent: 2048,
  /** Aliases (`*name`) in one YAML document, and the nodes their expansion would add. The linter never expands
   * aliases; readers that do (the Hub's PyYAML) blow up on an alias bomb ("billion laughs"), so more is reported. */
  maxYamlAliases: 100,
  /** Items in flow collections (`[a, b, …]`, `{a: 1, …}`) of one YAML text: the `yaml` package spends about 6 µs and
   * 1 KB per flow item (4 M items: 181 s, 4.2 GB), and no real card holds more than a few hundred. */
  maxYamlFlowItems: 20_000,
  maxYamlAliasExpansion: 100_000,
  /** Manifest components analysed; the rest are ignored. */
  maxManifestComponents: 1000,
};

/** Line breaks in `text`, counting at most `cap + 1` (so a 200 MB run of newlines costs a bounded scan). */
export function countLines(text: string, cap: number): number {
  // Native searches for CR and LF, not a loop over every character (~20 ms on 5 MB, paid on every keystroke).
  let n = 1;
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  while ((cr !== -1 || lf !== -1) && n <= cap) {
    n++;
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      // CRLF is one line break.
      if (lf === cr + 1) lf = text.indexOf('\n', lf + 1);
      cr = text.indexOf('\r', cr + 1);
    } else lf = text.indexOf('\n', lf + 1);
  }
  return n;
}

export interface LimitHit {
  message: string;
  /** When true nothing else is linted. */
  fatal: boolean;
}

/** NUL characters mean binary content (as git decides), looked for in the first 64 KiB. */
export function looksBinary(text: string): boolean {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  return head.includes('\u0000');
}

/**
 * Why YAML text must not be parsed, or null. A linear scan: brackets inside quotes only over-estimate depth. Block
 * depth is estimated from the stack of increasing indentations plus the `- `/`? ` indicators that open a line.
 */
export function yamlTooDeep(text: string): string | null {
  let depth = 0;
  let max = 0;
  let flowItems = 0;
  let lineStart = true;
  let indent = 0;
  const indents: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32) {
        if (++indent > LIMITS.maxIndent) return `a line is indented more than ${LIMITS.maxIndent} spaces`;
        continue;
      }
      lineStart = false;
      if (c !== 35) {
        // Not a comment line: it closes the deeper levels and opens its own, plus one per leading indicator.
        while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        let blockDepth = indents.length;
        for (
          let j = i;
          (text.charCodeAt(j) === 45 || text.charCodeAt(j) === 63) && /[ \t]/.test(text[j + 1] ?? '');
          j += 2
        ) {
          while (text.charCodeAt(j + 2) === 32) j++;
          blockDepth++;
        }
        if (blockDepth > LIMITS.maxYamlDepth)
          return `block mappings and lists are nested more than ${LIMITS.maxYamlDepth} levels deep`;
      }
    }
    if (c === 91 || c === 123) {
      if (++depth > max) max = depth;
      if (max > LIMITS.maxYamlDepth) return `flow collections are nested more than ${LIMITS.maxYamlDepth} levels deep`;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
    // Commas inside quotes over-estimate, like the brackets above.
    else if (c === 44 && depth > 0 && ++flowItems > LIMITS.maxYamlFlowItems)
      return `flow collections hold more than ${LIMITS.maxYamlFlowItems.toLocaleString('en')} items`;
  }
  return null;
}

/** Why a text is not linted at all (too large, too many lines, binary), or null. Costs a bounded scan. */
export function fatalLimit(text: string): string | null {
  if (text.length > LIMITS.maxChars)
    return `The file has ${(text.length / 1048576).toFixed(1)} M characters, over the ${LIMITS.maxChars / 1048576} M limit: it is not linted.`;
  if (countLines(text, LIMITS.maxLines) > LIMITS.maxLines)
    return `The file has more than ${LIMITS.maxLines.toLocaleString('en')} lines, over the limit: it is not linted.`;
  if (looksBinary(text)) return 'The file contains NUL characters (binary content): it is not linted.';
  return null;
}
