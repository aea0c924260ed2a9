// Parse any supported document once: text normalisation, classification and the kind-specific model.
import { fatalLimit, LIMITS, looksBinary, type LimitHit } from '../limits.js';
import type { DocumentKind } from '../types.js';
import { parseCard, type CardModel } from './card.js';
import { classify } from './classify.js';
import { parseManifest, type ManifestModel } from './manifest.js';
import { detectLineEnding, LineIndex, stripBom, type LineEnding } from './text.js';
import { BlockCache } from './yaml-blocks.js';
import type { MarkdownCache } from './markdown-chunks.js';
import type { ParseWork } from './work.js';

export interface ParsedDocument {
  path: string;
  /** Text with any BOM removed; every span indexes into it. */
  text: string;
  hadBom: boolean;
  lineEnding: LineEnding;
  lines: LineIndex;
  kind: DocumentKind;
  card: CardModel | null;
  manifest: ManifestModel | null;
  /** Limits hit while reading (a fatal one means nothing was parsed). */
  limits: LimitHit[];
}

export interface ParseOptions {
  /** Force a kind (e.g. the editor already knows, or the user named the file explicitly). */
  kind?: DocumentKind;
  /** Set by callers that decoded bytes leniently (e.g. invalid UTF-8 replaced by U+FFFD). */
  encodingProblem?: string;
  /** Set by callers that did not read the file at all (over a size limit): the reason becomes a fatal limit. */
  refused?: string;
  /** Earlier YAML parses to reuse (the lint session keeps one: an edit re-parses only the block it touched). */
  blocks?: BlockCache;
  /** The last parse of each document's body, by path (the lint session keeps one: an edit re-parses only the chunk
   * of body it touched). */
  markdown?: MarkdownCache;
  /** Where classification and the Markdown parse count their work (YAML parses count in `blocks.work`). */
  work?: ParseWork;
}

export function parseDocument(path: string, rawText: string, options: ParseOptions = {}): ParsedDocument {
  const { text, hadBom } = stripBom(rawText);
  const limits: LimitHit[] = [];
  if (options.encodingProblem) limits.push({ message: options.encodingProblem, fatal: false });
  if (options.refused) limits.push({ message: options.refused, fatal: true });
  // The last version of this document (a card in the lint session): what the edit did not touch is reused.
  const versions = options.markdown &&
    !options.refused && { cache: options.markdown, key: path, reuse: options.markdown.begin(path, text) };
  // Sizes first, before a line index or anything else proportional to the text is built — except the index of a
  // small edit of a version within the limits, built from that version's (bounded) and checked against them.
  const edited = versions && text.length <= LIMITS.maxChars ? versions.reuse.lines(text) : null;
  const limit = options.refused
    ? null
    : edited && edited.lines.lineCount <= LIMITS.maxLines && !looksBinary(text)
      ? null
      : fatalLimit(text);
  if (limit) limits.push({ message: limit, fatal: true });
  const fatal = limits.some((l) => l.fatal);
  // A file over a limit gets an index of its first line only: the finding sits there.
  const lines = fatal ? new LineIndex(firstLine(text)) : (edited?.lines ?? new LineIndex(text));
  const work = options.work;
  if (work) work.lineIndexChars += fatal || !edited ? lines.text.length : edited.scanned;
  const kind =
    options.kind && options.kind !== 'unknown' ? options.kind : fatal ? 'unknown' : classify(path, text, work);
  const blocks = options.blocks ?? new BlockCache();
  const manifest =
    !fatal && kind === 'release-manifest' ? blocks.forDocument(path, () => parseManifest(text, blocks)) : null;
  if (manifest?.truncated)
    limits.push({
      message: `The manifest lists ${manifest.truncated} components; only the first ${LIMITS.maxManifestComponents} are analysed.`,
      fatal: false,
    });
  return {
    path,
    text,
    hadBom,
    lineEnding: fatal ? '\n' : detectLineEnding(text),
    lines,
    kind,
    card: !fatal && kind === 'model-card' ? parseCard(text, lines, blocks, versions || undefined, work, path) : null,
    manifest,
    limits,
  };
}

function firstLine(text: string): string {
  const nl = text.search(/[\r\n]/);
  return nl === -1 ? text.slice(0, 1000) : text.slice(0, Math.min(nl, 1000));
}
