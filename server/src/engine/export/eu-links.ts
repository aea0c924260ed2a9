// Which EU documentation items a finding serves (issue 13): under the `eu-gpai` profile each `undisclosed-*` finding
// names the Annex XI / Annex XII / Model Documentation Form items that `modelcard-lint export --eu-documentation`
// marks missing with the same rule (knowledge/eu-documentation.ts euItemsAskedBy), with Annex XI §2 only when the
// export includes it: a model presumed to have systemic risk (training compute over 10^25 FLOP, Art. 51(2)).
import type { Analysis } from '../analyze/analysis.js';
import { estimatedFlops, statedFlops } from '../analyze/stage.js';
import type { DisclosureId } from '../knowledge/disclosures.js';
import { EU_SECTION_SHORT, EU_SECTIONS, euItemRule, type EuItem } from '../knowledge/eu-documentation.js';
import { FLOP_THRESHOLDS } from '../knowledge/stages.js';
import type { ParsedDocument } from '../parse/document.js';
import type { EuLink, RelatedInfo, Span } from '../types.js';
import { frontMatterFact, labelFact, modelName, type CardFact } from './card-facts.js';

/** Annex XI §2 applies: the card's training compute (stated, else 6 × parameters × tokens) is over 10^25 FLOP. */
export function presumedSystemicRisk(doc: ParsedDocument): {
  included: boolean;
  basis: 'stated' | 'estimated' | 'unknown';
  flops: number | null;
} {
  const start = doc.card?.markdown.span.start ?? 0;
  const body = doc.text.slice(start, start + 400_000);
  const stated = statedFlops(body);
  const flops = stated ?? estimatedFlops(body)?.flops ?? null;
  return {
    included: flops !== null && flops > FLOP_THRESHOLDS.systemic,
    basis: stated !== null ? 'stated' : flops !== null ? 'estimated' : 'unknown',
    flops,
  };
}

/** What fills an item, in the export's order: a disclosure present or withheld (with its evidence), a lead-in label, a
 * front-matter key, the model's name; else it is missing. `rule` is the rule the export names for the item. */
export type EuItemVerdict = { rule: string | null } & (
  | { status: 'filled' | 'withheld'; kind: 'disclosure'; disclosure: DisclosureId }
  | { status: 'filled'; kind: 'label' | 'front-matter' | 'name'; name: string; fact: CardFact }
  | { status: 'missing'; kind: 'missing' }
);

export function euItemVerdict(
  doc: ParsedDocument,
  analysis: Pick<Analysis, 'disclosures'>,
  item: EuItem,
): EuItemVerdict {
  const rule = euItemRule(item);
  for (const id of item.disclosures ?? []) {
    const s = analysis.disclosures.get(id);
    if (!s || (s.state !== 'present' && s.state !== 'withheld') || !s.evidence) continue;
    // A withheld disclosure is asked for by its own rule, which reports it as withheld.
    return s.state === 'present'
      ? { status: 'filled', kind: 'disclosure', disclosure: id, rule }
      : { status: 'withheld', kind: 'disclosure', disclosure: id, rule: `undisclosed-${id}` };
  }
  const label = item.labels ? labelFact(doc, item.labels) : null;
  if (label) return { status: 'filled', kind: 'label', name: label.via.replace(/^label /, ''), fact: label, rule };
  for (const key of item.frontMatter ?? []) {
    const f = frontMatterFact(doc, key);
    if (f) return { status: 'filled', kind: 'front-matter', name: key, fact: f, rule };
  }
  const name = item.modelName ? modelName(doc) : null;
  if (name) return { status: 'filled', kind: 'name', name: name.via, fact: name, rule };
  return { status: 'missing', kind: 'missing', rule };
}

/** The items of this card's EU documentation that the export marks missing or withheld naming `ruleId`: what a finding
 * of that rule serves. Annex XI §2 only when the export includes it. */
export function euLinks(doc: ParsedDocument, analysis: Pick<Analysis, 'disclosures'>, ruleId: string): EuLink[] {
  const out: EuLink[] = [];
  let systemic: boolean | undefined;
  for (const section of EU_SECTIONS)
    for (const item of section.items) {
      const v = euItemVerdict(doc, analysis, item);
      if (v.status === 'filled' || v.rule !== ruleId) continue;
      // The compute is read only when a systemic-risk item is at stake.
      if (section.systemicOnly && !(systemic ??= presumedSystemicRisk(doc).included)) continue;
      out.push({ id: item.id, ref: `${EU_SECTION_SHORT[section.id]} ${item.ref}`, title: item.title });
    }
  return out;
}

/** The finding's message ending and related information for its EU items (none: nothing to add). */
export function euLinkNotes(links: readonly EuLink[], span: Span): { suffix: string; related: RelatedInfo[] } {
  if (!links.length) return { suffix: '', related: [] };
  return {
    suffix: ` EU documentation: ${links.map((l) => l.ref).join(' · ')}.`,
    related: links.map((l) => ({ span, message: `EU documentation item ${l.id} (${l.ref}): ${l.title}` })),
  };
}
