// Manifest → card, written into the card: the edits that add or update its `openness:` block from the release's MOF
// manifest (docs/mof-mapping.md), as plain data for the one applier (fix.ts). The six components a manifest can name
// take the manifest's status and licence; every other entry the card has is kept as written; without a block, the
// other components get what the card's own text reveals (as the `undeclared-openness` fix writes them).
import type { ComponentDeclaration } from '../analyze/grading.js';
import { COMPONENT_IDS } from '../knowledge/components.js';
import { normalizeLicense } from '../knowledge/licenses/index.js';
import type { ParsedDocument } from '../parse/document.js';
import { getPair, type YPair } from '../parse/yaml-tree.js';
import { addToFrontMatter } from '../rule-kit/helpers.js';
import { opennessBlock, opennessEntry } from '../rules/undeclared-openness.js';
import { cardOpenness, readDeclaration } from '../analyze/card-openness.js';
import type { TextEdit } from '../types.js';
import type { Dropped } from './mof-manifest.js';
import { manifestDeclarations, manifestDropped } from './openness-block.js';

export interface OpennessEntryChange {
  id: string;
  /** The card's entry before (its source text), or null when it had none. */
  before: string | null;
  after: string;
}

export type CardOpennessUpdate =
  | {
      /** Plain-data edits for the one applier; empty when the card already says what the manifest says. */
      edits: TextEdit[];
      /** The entries written or rewritten (mapped components whose card entry differed or was missing). */
      changes: OpennessEntryChange[];
      /** Card entries the manifest cannot speak about, left as they were. */
      kept: string[];
      /** MOF components without a card counterpart, and card details that did not survive (a url, permissions). */
      dropped: Dropped[];
    }
  | { refused: string };

const sameLicence = (a: string | undefined, b: string | undefined) =>
  a === b || (!!a && !!b && (normalizeLicense(a).id ?? a) === (normalizeLicense(b).id ?? b));

/** The edits that make the card's `openness:` block say what the manifest says. */
export function cardOpennessUpdate(card: ParsedDocument, manifest: ParsedDocument): CardOpennessUpdate {
  if (!card.card) return { refused: 'not a model card' };
  if (!manifest.manifest) return { refused: `${manifest.path}: not a MOF release manifest` };
  const wanted = manifestDeclarations(manifest);
  const dropped = manifestDropped(manifest);
  const fm = card.card.frontMatter;
  const pair = getPair(fm?.root, 'openness');
  const nl = card.lineEnding;
  const unwritable =
    'the front matter cannot be edited safely (unclosed, invalid YAML or in flow style); fix it first, or use `modelcard-lint export --card-openness` and paste the block';

  if (!pair || pair.value?.kind !== 'map' || pair.value.flow) {
    // No block (or not a block mapping): write a whole block. A flow mapping's other entries are carried over.
    const inferred = pair ? {} : cardOpenness(card).inferred;
    const existing = pair?.value?.kind === 'map' ? pair.value.pairs : [];
    const declared: Record<string, ComponentDeclaration> = { ...inferred };
    const kept: string[] = [];
    for (const p of existing) {
      if (wanted[p.key]) continue;
      const d = readDeclaration(p);
      // A rewrite writes status, licence and url: permissions would be lost.
      if (d.permissions)
        return { refused: 'the flow-style `openness:` block declares permissions; rewrite it in block style first' };
      declared[p.key] = d;
      kept.push(p.key);
    }
    const changes: OpennessEntryChange[] = [];
    for (const [id, d] of Object.entries(wanted)) {
      const old = existing.find((p) => p.key === id);
      // The manifest's component_path, else the url the card gives (in its block, or a code link it infers).
      const url = d.status === 'released' ? (d.url ?? (old ? readDeclaration(old) : inferred[id])?.url) : undefined;
      declared[id] = { ...d, url };
      changes.push({ id, before: old ? sourceOf(card, old) : null, after: opennessEntry(declared[id]) });
    }
    // Keys the block had that are not components (reported by the schema rule) stay out of a rewrite: listed.
    for (const p of existing)
      if (!COMPONENT_IDS.includes(p.key))
        dropped.push({
          what: `openness.${p.key}`,
          reason: 'not a pipeline component; left out of the rewritten block',
        });
    const block = opennessBlock(declared);
    const edit = pair
      ? { start: pair.span.start, end: pair.span.end, newText: block.split('\n').join(nl) }
      : addToFrontMatter(card, block);
    if (!edit || (pair && (!fm?.closed || fm.root?.flow))) return { refused: unwritable };
    return { edits: [edit], changes, kept, dropped };
  }

  if (!fm?.closed || fm.root?.flow || fm.problems.some((p) => p.severity === 'error' && p.code !== 'DUPLICATE_KEY'))
    return { refused: unwritable };
  // A block mapping: each mapped entry that differs is rewritten in place; missing ones go after the last entry.
  const map = pair.value;
  const edits: TextEdit[] = [];
  const changes: OpennessEntryChange[] = [];
  const missing: string[] = [];
  for (const [id, d] of Object.entries(wanted)) {
    const old = map.pairs.find((p) => p.key === id);
    if (!old) {
      missing.push(`${id}: ${opennessEntry(d)}`);
      changes.push({ id, before: null, after: opennessEntry(d) });
      continue;
    }
    const now = readDeclaration(old);
    if (now.status === d.status && sameLicence(now.license, d.license) && (!d.url || d.url === now.url)) continue;
    const url = d.status === 'released' ? (d.url ?? now.url) : undefined;
    if (now.url && !url) dropped.push({ what: `${id}.url`, reason: `the manifest does not release ${id}` });
    if (now.permissions) dropped.push({ what: `${id}.permissions`, reason: 'they described the licence replaced' });
    const after = opennessEntry({ ...d, url });
    edits.push({ start: old.span.start, end: old.span.end, newText: `${id}: ${after}` });
    changes.push({ id, before: sourceOf(card, old), after });
  }
  if (missing.length) {
    const last = map.pairs[map.pairs.length - 1]!;
    const indent = ' '.repeat(
      last.keySpan.start - card.lines.lineStart(card.lines.positionAt(last.keySpan.start).line),
    );
    const at = card.lines.lineEnd(card.lines.positionAt(last.span.end).line);
    edits.push({ start: at, end: at, newText: missing.map((m) => `${nl}${indent}${m}`).join('') });
  }
  const kept = map.pairs.filter((p) => !wanted[p.key]).map((p) => p.key);
  return { edits, changes, kept, dropped };
}

function sourceOf(doc: ParsedDocument, p: YPair): string {
  return doc.text.slice(p.value?.span.start ?? p.keySpan.end, p.span.end).trim();
}
