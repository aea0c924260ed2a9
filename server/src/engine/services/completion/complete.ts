// Completion of front-matter keys and values (licence ids, pipeline tags, component names, statuses, stages, risk
// areas) and of manifest component names and licences, with snippets for whole blocks. Works from the line text
// and indentation (yaml-context.ts), so it keeps working while the YAML is incomplete or invalid.
import type { ParsedDocument } from '../../parse/document.js';
import type { Span } from '../../types.js';
import { completeCard } from './complete-card.js';
import type { Item } from './complete-items.js';
import { completeManifest } from './complete-manifest.js';
import type { YamlContext } from './yaml-context.js';

export interface CompletionData {
  label: string;
  kind: 'key' | 'value' | 'snippet' | 'licence' | 'component';
  /** Text to insert; a snippet (`${1:…}`) when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  detail?: string;
  /** Markdown documentation. */
  documentation?: string;
  /** Text the completion replaces (the word being typed). */
  replace?: Span;
  sortText?: string;
}

/** Attach the replace span and fit values to what is already typed (a space after `key:`, closing quotes). */
function finish(ctx: YamlContext, items: Item[]): CompletionData[] {
  return items.map((item) => {
    let insertText = item.insertText;
    if (ctx.position === 'value') {
      if (ctx.quote && !ctx.quoteClosed) insertText += ctx.quote;
      if (ctx.needsSpace) insertText = ` ${insertText}`;
    }
    return { ...item, insertText, replace: ctx.replace };
  });
}

export function completeAt(doc: ParsedDocument, offset: number): CompletionData[] {
  // Clients may ask just outside the text (a BOM shift gives -1); every span returned must stay inside it.
  offset = Math.max(0, Math.min(offset, doc.text.length));
  const found = doc.manifest ? completeManifest(doc, offset) : doc.card ? completeCard(doc, offset) : null;
  return found ? finish(found.ctx, found.items) : [];
}
