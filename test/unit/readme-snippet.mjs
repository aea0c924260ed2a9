// The README's snippets that tests run verbatim: the fenced block after `<!-- snippet: NAME … -->`, so the README and
// the tests cannot drift apart.
import { readFileSync } from 'node:fs';

const README = new URL('../../README.md', import.meta.url);

/** The text of the first fenced block after the snippet marker NAME. */
export function readmeSnippet(name) {
  const text = readFileSync(README, 'utf8');
  const at = text.indexOf(`<!-- snippet: ${name} `);
  if (at < 0) throw new Error(`README.md has no snippet ${name}`);
  const m = /```[a-z]*\n([\s\S]*?)\n```/.exec(text.slice(at));
  if (!m) throw new Error(`README.md snippet ${name} has no fenced block`);
  return m[1] + '\n';
}
