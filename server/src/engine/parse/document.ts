// Parse any supported document once: text normalisation, classification and the kind-specific model.
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
}

export interface ParseOptions {
  /** Force a kind (e.g. the editor already knows, or the user named the file explicitly). */
  kind?: DocumentKind;
}

export function parseDocument(path: string, rawText: string, options: ParseOptions = {}): ParsedDocument {
  const { text, hadBom } = stripBom(rawText);
  const lines = new LineIndex(text);
  const kind = options.kind && options.kind !== 'unknown' ? options.kind : classify(path, text);
  return {
    path,
    text,
    hadBom,
    lineEnding: detectLineEnding(text),
    lines,
    kind,
    card: kind === 'model-card' ? parseCard(text, lines) : null,
    manifest: kind === 'release-manifest' ? parseManifest(text) : null,
  };
}
