// Completion of front-matter keys and values (licence ids, pipeline tags, component names, statuses, stages, risk
// areas) and of manifest component names and licences, with snippets for whole blocks.
import type { ParsedDocument } from '../parse/document.js';
import type { Span } from '../types.js';

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

export function completeAt(_doc: ParsedDocument, _offset: number): CompletionData[] {
  return [];
}
