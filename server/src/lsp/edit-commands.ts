// Server commands that edit the open card (Insert Risk Assessment, Write Openness from Manifest): the engine computes
// plain-data edits, this applies them through workspace/applyEdit against the version they were computed for.
import type { Connection, TextDocuments } from 'vscode-languageserver/node.js';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { cardOpennessUpdate } from '../engine/export/card-openness-edit.js';
import { insertRiskAssessment } from '../engine/services/edits/templates.js';
import type { Fix } from '../engine/types.js';
import type { EditCommandResult } from '../protocol.js';
import { Positions } from './convert.js';
import type { ServerState } from './state.js';

type Planned = { fix: Fix; summary?: string } | { reason: string };

/** `[uri]`: the card's openness: block from its companion MOF manifest (engine/export/card-openness-edit.ts). */
function opennessFromManifest(state: ServerState, doc: TextDocument): Planned {
  const cached = state.resultFor(doc);
  if (!cached || cached.result.kind !== 'model-card') return { reason: 'Open a model card first.' };
  const manifest = cached.result.analysis.companionManifests[0];
  if (!manifest) return { reason: 'No MOF release manifest (model.yml) beside this card.' };
  const name = manifest.path.split(/[\\/]/).pop();
  const update = cardOpennessUpdate(cached.result.doc, manifest);
  if ('refused' in update) return { reason: `Not written: ${update.refused}.` };
  if (!update.edits.length) return { reason: `The openness: block already says what ${name} says.` };
  const dropped = update.dropped.map((d) => d.what);
  return {
    fix: { title: `Write the openness: block from ${name}`, edits: update.edits },
    summary: `openness: ${update.changes.map((c) => c.id).join(', ')} from ${name}${dropped.length ? `; no card component for ${dropped.join(', ')}` : ''}.`,
  };
}

function riskAssessment(state: ServerState, doc: TextDocument): Planned {
  const cached = state.resultFor(doc);
  return cached ? insertRiskAssessment(cached.result.doc) : { reason: 'Open a model card first.' };
}

export const EDIT_COMMANDS = { opennessFromManifest, riskAssessment };

export async function runEditCommand(
  connection: Connection,
  state: ServerState,
  documents: TextDocuments<TextDocument>,
  uri: unknown,
  plan: (state: ServerState, doc: TextDocument) => Planned,
): Promise<EditCommandResult> {
  const doc = documents.get(String(uri ?? ''));
  if (!doc) return { applied: false, message: 'Open a model card first.' };
  const planned = plan(state, doc);
  if ('reason' in planned) return { applied: false, message: planned.reason };
  const cached = state.resultFor(doc)!;
  const edits = new Positions(doc, cached.result).fix(planned.fix).edits;
  const r = await connection.workspace.applyEdit({
    label: planned.fix.title,
    edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] },
  });
  return { applied: r.applied, message: r.applied ? planned.summary : r.failureReason };
}
