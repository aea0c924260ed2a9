// A model card: optional YAML front matter plus a Markdown body, with exact positions for both.
import { parseFrontMatter, type FrontMatter } from './front-matter.js';
import { parseMarkdown, type MarkdownModel } from './markdown.js';
import type { LineIndex } from './text.js';
import type { BlockCache } from './yaml-blocks.js';

export interface CardModel {
  frontMatter: FrontMatter | null;
  markdown: MarkdownModel;
}

export function parseCard(text: string, lines: LineIndex, cache: BlockCache): CardModel {
  const frontMatter = parseFrontMatter(text, cache);
  const bodyStart = frontMatter?.closed ? frontMatter.bodyStart : 0;
  return { frontMatter, markdown: parseMarkdown(text, bodyStart, lines) };
}
