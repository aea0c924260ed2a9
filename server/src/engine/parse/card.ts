// A model card: optional YAML front matter plus a Markdown body, with exact positions for both.
import { parseFrontMatter, type FrontMatter } from './front-matter.js';
import { parseMarkdown, type MarkdownModel } from './markdown.js';
import type { ChunkReuse, MarkdownCache } from './markdown-chunks.js';
import type { LineIndex } from './text.js';
import type { BlockCache } from './yaml-blocks.js';
import type { ParseWork } from './work.js';

export interface CardModel {
  frontMatter: FrontMatter | null;
  markdown: MarkdownModel;
}

/** `versions`: where the last version of this document is kept (by path) and this version's comparison with it, to
 * reuse its front matter and body chunks where the edit did not reach (markdown-chunks.ts). */
export function parseCard(
  text: string,
  lines: LineIndex,
  cache: BlockCache,
  versions?: { cache: MarkdownCache; key: string; reuse: ChunkReuse },
  work?: ParseWork,
  /** The document this is a version of (its path): `cache` keeps of its earlier versions only what this one uses. */
  doc?: string,
): CardModel {
  const unchanged = versions?.reuse.unchangedFrontMatter();
  if (unchanged && doc !== undefined) cache.touch(doc);
  const frontMatter =
    unchanged ??
    (doc === undefined ? parseFrontMatter(text, cache) : cache.forDocument(doc, () => parseFrontMatter(text, cache)));
  if (versions) versions.reuse.frontMatter = frontMatter;
  const bodyStart = frontMatter?.closed ? frontMatter.bodyStart : 0;
  return { frontMatter, markdown: parseMarkdown(text, bodyStart, lines, versions, work) };
}
