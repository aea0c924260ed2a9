// Parse any supported document once: text normalisation, classification and the kind-specific model.
import { LIMITS, looksBinary, type LimitHit } from '../limits.js';
import type { DocumentKind } from '../types.js';
import { parseCard, type CardModel } from './card.js';
import { classify } from './classify.js';
import { parseManifest, type ManifestModel } from './manifest.js';
import { detectLineEnding, LineIndex, stripBom, type LineEnding } from './text.js';

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
}

export function parseDocument(path: string, rawText: string, options: ParseOptions = {}): ParsedDocument {
  const { text, hadBom } = stripBom(rawText);
  const lines = new LineIndex(text);
  const limits: LimitHit[] = [];
  if (options.encodingProblem) limits.push({ message: options.encodingProblem, fatal: false });
  if (text.length > LIMITS.maxChars) limits.push({ message: `The file has ${(text.length / 1048576).toFixed(1)} M characters, over the ${LIMITS.maxChars / 1048576} M limit: it is not linted.`, fatal: true });
  else if (looksBinary(text)) limits.push({ message: 'The file contains NUL characters (binary content): it is not linted.', fatal: true });
  const fatal = limits.some((l) => l.fatal);
  const kind = options.kind && options.kind !== 'unknown' ? options.kind : fatal ? 'unknown' : classify(path, text);
  const manifest = !fatal && kind === 'release-manifest' ? parseManifest(text) : null;
  if (manifest?.truncated) limits.push({ message: `The manifest lists ${manifest.truncated} components; only the first ${LIMITS.maxManifestComponents} are analysed.`, fatal: false });
  return {
    path,
    text,
    hadBom,
    lineEnding: detectLineEnding(text),
    lines,
    kind,
    card: !fatal && kind === 'model-card' ? parseCard(text, lines) : null,
    manifest,
    limits,
  };
}
