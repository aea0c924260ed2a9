// Where a finding about something the card lacks belongs: on the heading of the section it would go under when the
// card has one ("No training data disclosure" on "## Training Details"), else metadata (licence, openness, stage,
// structured risk assessments) on the front matter's `---` and prose disclosures on the card's title. Stacking every
// whole-document finding on one position buried them (16 on one `---` in a real card, a 42-item quick-fix menu).
import { DISCLOSURES, type DisclosureId } from '../knowledge/disclosures.js';
import type { ParsedDocument } from '../parse/document.js';
import type { Span } from '../types.js';
import { HOW_TO, normalizeTitle } from './disclosures.js';

/** Section titles a missing disclosure is reported on, by disclosure (matched after numbering and emoji are
 * stripped). The first section matching wins. */
const HOMES: Partial<Record<DisclosureId, RegExp>> = {
  'intended-use': /^(?:model )?uses?\b|\busage\b|\bintended\b|\bhow to (?:use|get started)\b|\bgetting started\b/i,
  'out-of-scope-use': /^(?:model )?uses?\b|\busage\b|\bintended\b|\bhow to (?:use|get started)\b|\bgetting started\b/i,
  'training-data': /\btrain|\bfine-?tun|\bdata(?:sets?)?\b/i,
  'training-procedure': /\btrain|\bfine-?tun/i,
  compute: /\btrain|\bcompute\b|\bhardware\b|\binfrastructure\b|\btechnical spec/i,
  'environmental-impact': /\benvironment|\btrain|\bcompute\b|\bhardware\b/i,
  evaluation: /\bevaluat|\bresults?\b|\bbenchmark|\bperformance\b/i,
  'safety-evaluation': /\bsafety\b|\bresponsib|\bevaluat|\brisks?\b/i,
  limitations: /\brisks?\b|\bbias|\blimitation|\bethic|\bcaveat|\bresponsib/i,
  contact: /\bcontact\b|\bmore information\b|\bauthors?\b|\bcitation\b|\backnowledg/i,
  architecture:
    /\bmodel (?:details|description|summary|overview|card)\b|\boverview\b|\bintroduction\b|\babout\b|\btechnical spec/i,
};

/** Risk areas without an assessment go on a risk/limitations section when there is one. */
const RISK_HOME = /\brisks?\b|\bbias|\blimitation|\bethic|\bsafety\b|\bresponsib|\bimpact\b/i;

export interface Placement {
  /** Disclosure id → where its "missing" finding goes (absent: the document anchor). */
  disclosures: Map<DisclosureId, Span>;
  /** Where the "risk areas not assessed" finding goes: a risk section, else the title when the card has front matter
   * (null: the document anchor). */
  risks: Span | null;
}

export function placement(doc: ParsedDocument): Placement {
  const out: Placement = { disclosures: new Map(), risks: null };
  const md = doc.card?.markdown;
  if (!md) return out;
  const titles = md.sections.map((s) => ({ title: normalizeTitle(s.heading.title), span: s.heading.titleSpan }));
  // How-to sections ("## Fine-tuning: run train.py …") are the reader's instructions: a home only for the uses.
  const first = (re: RegExp, howTo = false): Span | null =>
    titles.find((t) => re.test(t.title) && (howTo || !HOW_TO.test(t.title)))?.span ?? null;
  // Prose disclosures without a home go on the title when the front matter's `---` already holds the metadata.
  const title = doc.card?.frontMatter ? (md.headings[0]?.titleSpan ?? null) : null;
  for (const d of DISCLOSURES) {
    const home = HOMES[d.id];
    const uses = d.id === 'intended-use' || d.id === 'out-of-scope-use';
    const span = (home && first(home, uses)) ?? (d.id === 'license' ? null : title);
    if (span && span.end > span.start) out.disclosures.set(d.id, span);
  }
  out.risks = first(RISK_HOME) ?? title;
  return out;
}
