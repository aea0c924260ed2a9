// Code actions: each fix as a quick fix (preferred when unambiguous), suggestions, "fix all <rule> in file",
// "fix all", `source.fixAll.modelcardLint` for codeActionsOnSave, "disable <rule> for this line / file" and
// "show documentation" (vscode-eslint's grouping). Fixes come from the engine; nothing is computed here.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { compatibleFixes } from '../engine/fix.js';
import { disableForFile, disableForLine } from '../engine/services/edits/directive-edits.js';
import type { Finding } from '../engine/types.js';
import { minimalEdit, Positions, SOURCE, type LspFix } from './convert.js';
import { uriToPath } from './state.js';
import type { ServerState } from './state.js';
import { OPEN_DOCS_COMMAND } from '../protocol.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.modelcardLint`;

function edit(doc: TextDocument, edits: TextEdit[]) {
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
}

function wants(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

/** Fix-all through the session: the same config, kind and companions as the lint that produced the diagnostics. */
function fixAllEdit(state: ServerState, doc: TextDocument): TextEdit | null {
  const settings = state.cachedSettings(doc.uri);
  if (!settings.enable) return null;
  const text = doc.getText();
  const { fixed } = state.session.fixText({ path: uriToPath(doc.uri), text, settings: state.doorSettingsOf(settings) });
  return fixed?.changed ? minimalEdit(doc, text, fixed.output) : null;
}

/** The engine finding behind a client diagnostic (same rule, same range). */
function findingFor(state: ServerState, doc: TextDocument, d: Diagnostic): Finding | undefined {
  const cached = state.resultFor(doc);
  if (!cached) return undefined;
  const pos = new Positions(doc, cached.result);
  const start = pos.offset(d.range.start);
  const end = pos.offset(d.range.end);
  return cached.result.findings.find((f) => f.ruleId === d.code && f.span.start === start && f.span.end === end);
}

export function codeActions(state: ServerState, params: CodeActionParams): CodeAction[] {
  const doc = state.documents.get(params.textDocument.uri);
  if (!doc) return [];
  const cached = state.resultFor(doc);
  if (!cached) return [];
  const actions: CodeAction[] = [];
  const pos = new Positions(doc, cached.result);

  if (params.context.only?.some((k) => FIX_ALL_KIND.startsWith(k) && k.startsWith(CodeActionKind.SourceFixAll))) {
    const e = fixAllEdit(state, doc);
    return e ? [{ title: 'Fix all auto-fixable model card problems', kind: FIX_ALL_KIND, edit: edit(doc, [e]) }] : [];
  }
  if (!wants(params, CodeActionKind.QuickFix)) return [];

  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === 'string');
  const seenRules = new Set<string>();
  for (const d of ours) {
    const ruleId = d.code as string;
    const finding = findingFor(state, doc, d);
    if (!finding) continue;
    const fixes: LspFix[] = [];
    if (finding.fix) fixes.push(pos.fix(finding.fix));
    const suggestions = (finding.suggestions ?? []).map((s) => pos.fix(s));
    for (const f of fixes)
      actions.push({
        title: f.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: suggestions.length === 0,
        edit: edit(doc, f.edits),
      });
    for (const s of suggestions)
      actions.push({ title: s.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit(doc, s.edits) });

    if (!seenRules.has(ruleId)) {
      seenRules.add(ruleId);
      const sameRule = cached.result.findings.filter((f) => f.ruleId === ruleId && f.fix);
      if (sameRule.length > 1) {
        const chosen = compatibleFixes(sameRule.map((f) => f.fix!));
        if (chosen.length > 1) {
          actions.push({
            title: `Fix all ${ruleId} problems in this file`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [d],
            edit: edit(
              doc,
              chosen.flatMap((f) => pos.fix(f).edits),
            ),
          });
        }
      }
      const line = disableForLine(cached.result, ruleId, finding.span);
      if (line)
        actions.push({
          title: line.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: edit(doc, pos.fix(line).edits),
        });
      const file = disableForFile(cached.result, ruleId);
      if (file)
        actions.push({
          title: file.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          edit: edit(doc, pos.fix(file).edits),
        });
      actions.push({
        title: `Show documentation for ${ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: `Show documentation for ${ruleId}`, command: OPEN_DOCS_COMMAND, arguments: [ruleId] },
      });
    }
  }
  if (cached.result.findings.filter((f) => f.fix).length > 1 && ours.length) {
    const e = fixAllEdit(state, doc);
    if (e)
      actions.push({
        title: 'Fix all auto-fixable model card problems',
        kind: CodeActionKind.QuickFix,
        edit: edit(doc, [e]),
      });
  }
  return actions;
}
