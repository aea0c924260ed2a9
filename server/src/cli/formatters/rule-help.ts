// SARIF rule help from the rule's docs page (docs/rules/<id>.md), embedded in the CLI bundle at build time
// (scripts/build.mjs) so an installed CLI needs no docs/ directory beside it. Code scanning shows `help` beside each
// alert, so it must read well on its own: no page title, no generator comments, links made absolute.
import PAGES from 'modelcard-lint:rule-docs';
import { REPOSITORY_URL, VERSION } from '../../engine/meta.js';

export interface RuleHelp {
  fullDescription: string;
  text: string;
  markdown: string;
}

/** Relative links in a page point into docs/rules/ of the release that produced the log. */
function absoluteLinks(markdown: string): string {
  const base = `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules/`;
  return markdown.replace(
    /\]\((?![a-z][a-z0-9+.-]*:|#|\/)([^)\s]+)\)/gi,
    (_, target: string) => `](${new URL(target, base).href})`,
  );
}

/** Markdown to readable plain text: link syntax dropped; headings, quotes and emphasis dropped outside code; code and
 * tables left as they are. */
function plainText(markdown: string): string {
  // Links first: their text may be code. Then odd pieces are fenced blocks and inline code spans, kept verbatim.
  return markdown
    .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .split(/(```[\s\S]*?```|`[^`\n]*`)/)
    .map((piece, i) =>
      i % 2
        ? piece
        : piece
            .replace(/^#{1,6}\s+/gm, '')
            .replace(/^>\s?/gm, '')
            .replace(/\*\*((?:(?!\n\s*\n)[^*])+)\*\*/g, '$1')
            .replace(/(^|[\s(])\*(?=\S)((?:(?!\n\s*\n)[^*])+)\*(?=[\s).,;:]|$)/gm, '$1$2'),
    )
    .join('');
}

/** The page's first paragraph under "Why it matters", joined onto one line. */
function whyItMatters(markdown: string): string {
  const m = /^## Why it matters[ \t]*\n+([\s\S]*?)(?:\n[ \t]*\n|(?![\s\S]))/m.exec(markdown);
  return m
    ? plainText(m[1]!)
        .replace(/\s*\n\s*/g, ' ')
        .trim()
    : '';
}

export function ruleHelp(id: string, description: string, helpUri: string): RuleHelp {
  const page = PAGES[id];
  const more = `Documentation: ${helpUri}`;
  if (!page)
    return {
      fullDescription: description,
      text: `${description}\n\n${more}`,
      markdown: `${description}\n\n[Documentation](${helpUri})`,
    };
  const body = absoluteLinks(
    page
      .replace(/^# .*\n/, '')
      .replace(/^<!-- generated:(start|end)[^\n]*-->\n/gm, '')
      .trim(),
  );
  const why = whyItMatters(body);
  return {
    fullDescription: why ? `${description} ${why}` : description,
    text: `${plainText(body)}\n\n${more}`,
    markdown: `${body}\n\n[Documentation](${helpUri})`,
  };
}
