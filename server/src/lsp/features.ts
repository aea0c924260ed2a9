// Hover, completion, code lens and inlay hints: each translates an engine service result into LSP types.
import { SHOW_REPORT_COMMAND } from '../protocol.js';
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CodeLens,
  type CompletionItem,
  type Hover,
  type InlayHint,
  type Position,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { completeAt } from '../engine/services/completion/complete.js';
import { explainAt } from '../engine/services/hover/explain.js';
import { inlayHints } from '../engine/services/report/inlay.js';
import { lensTitles } from '../engine/services/report/summary.js';
import { Positions } from './convert.js';
import type { Baselines } from './baseline.js';
import type { ServerState } from './state.js';

export function hover(state: ServerState, doc: TextDocument, position: Position): Hover | null {
  const cached = state.resultFor(doc);
  if (!cached) return null;
  const pos = new Positions(doc, cached.result);
  const e = explainAt(cached.result, pos.offset(position));
  if (!e) return null;
  return { contents: { kind: MarkupKind.Markdown, value: e.markdown }, range: pos.range(e.span) };
}

const KIND = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  snippet: CompletionItemKind.Snippet,
  licence: CompletionItemKind.Constant,
  component: CompletionItemKind.EnumMember,
} as const;

export function completion(state: ServerState, doc: TextDocument, position: Position): CompletionItem[] {
  const cached = state.resultFor(doc);
  if (!cached) return [];
  const pos = new Positions(doc, cached.result);
  const offset = pos.offset(position);
  return completeAt(cached.result.doc, offset).map((c) => {
    const item: CompletionItem = {
      label: c.label,
      kind: KIND[c.kind],
      detail: c.detail,
      documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
      insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      sortText: c.sortText,
    };
    if (c.replace) item.textEdit = { range: pos.range(c.replace), newText: c.insertText };
    else item.insertText = c.insertText;
    return item;
  });
}

/** `baseline`: the change against the last commit (lsp/baseline.ts), a third lens when the client sent one. */
export function codeLenses(state: ServerState, doc: TextDocument, baseline?: Baselines): CodeLens[] {
  if (!state.cachedSettings(doc.uri).codeLens) return [];
  const cached = state.resultFor(doc);
  if (!cached) return [];
  const titles = lensTitles(cached.result);
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const lenses: CodeLens[] = [
    { range, command: { title: titles.openness, command: SHOW_REPORT_COMMAND, arguments: [doc.uri] } },
  ];
  if (titles.stage)
    lenses.push({
      range,
      command: { title: titles.stage, command: SHOW_REPORT_COMMAND, arguments: [doc.uri, 'stage'] },
    });
  const since = baseline?.view(state, doc);
  if (since)
    lenses.push({
      range,
      command: { title: since.summary, command: SHOW_REPORT_COMMAND, arguments: [doc.uri, 'baseline'] },
    });
  return lenses;
}

export function inlay(state: ServerState, doc: TextDocument, range: { start: Position; end: Position }): InlayHint[] {
  if (!state.cachedSettings(doc.uri).inlayHints) return [];
  const cached = state.resultFor(doc);
  if (!cached) return [];
  const pos = new Positions(doc, cached.result);
  const from = pos.offset(range.start);
  const to = pos.offset(range.end);
  return inlayHints(cached.result)
    .filter((h) => h.offset >= from && h.offset <= to)
    .map((h) => ({ position: pos.position(h.offset), label: h.label, paddingLeft: true, tooltip: h.tooltip }));
}
