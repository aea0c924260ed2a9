// A model card: optional YAML front matter plus a Markdown body, with exact positions for both.
import { parseFrontMatter, type FrontMatter } from './front-matter.js';
import { parseMarkdown, type MarkdownModel } from './markdown.js';
import type { LineIndex } from './text.js';

export interface CardModel {
  frontMatter: FrontMatter | null;
  markdown: MarkdownModel;
}

export function parseCard(text: string, lines: LineIndex): CardModel {
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter?.closed ? frontMatter.bodyStart : 0;
  return { frontMatter, markdown: parseMarkdown(text, bodyStart, lines) };
}
