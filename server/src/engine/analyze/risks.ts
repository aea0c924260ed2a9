// Which of the four risk areas a card assesses (docs/references.md#this-projects-synthesis): a structured `risk_assessment:` entry
// with evidence and mitigations, or a body section for the area with real content. A generic "Bias, Risks, and
// Limitations" section that only mentions an area counts as a mention, not an assessment.
import { RISK_AREAS, type RiskAreaId } from '../knowledge/risk-areas.js';
import type { ParsedDocument } from '../parse/document.js';
import type { Section } from '../parse/markdown.js';
import { get, getPair, isEmptyNode, str, type YNode } from '../parse/yaml-tree.js';
import type { Span } from '../types.js';
import type { BodySearch } from './body-search.js';
import { hasRealContent, meaningfulText } from './content.js';

export type RiskState = 'assessed' | 'not-applicable' | 'incomplete' | 'unassessed' | 'mentioned' | 'missing';

export interface RiskStatus {
  area: RiskAreaId;
  state: RiskState;
  source: 'front-matter' | 'body' | 'none';
  span?: Span;
  /** What an incomplete entry lacks (evidence, mitigations, justification). */
  missing: string[];
}

// Titles made only of the generic words ("Limitations and Biases", "Bias, Risks, and Limitations", "Misuse and
// Out-of-scope Use", "Limitations and Ethical Considerations"): such a section names every area and assesses none by
// its title alone.
const GENERIC_SECTION =
  /^(?:(?:known|potential|possible)\s+)?(?:(?:bias(?:es)?|risks?|limitations?|ethical\s+considerations?|ethics|caveats?|recommendations|misuse|malicious\s+use|out-of-scope(?:\s+use)?|and|&|,)\s*)+$|^out-of-scope.*$/i;

const MENTION: Record<RiskAreaId, RegExp> = {
  research_and_innovation: /reproducib|contaminat|open science|research community/i,
  safety_and_security: /\bsafety\b|misuse|harmful|jailbreak|red[- ]?team|malicious|dual[- ]use/i,
  equity_and_access: /\bbias|fairness|demographic|under-?represent|low-resource|languages? other than/i,
  broader_society: /privacy|copyright|environment|carbon|misinformation|societ|labou?r/i,
};

const STATUS_ALIASES: Record<string, string> = {
  assessed: 'assessed',
  done: 'assessed',
  'not-applicable': 'not-applicable',
  not_applicable: 'not-applicable',
  'n/a': 'not-applicable',
  unassessed: 'unassessed',
  'in-progress': 'unassessed',
  todo: 'unassessed',
  unknown: 'unassessed',
};

function fromFrontMatter(area: RiskAreaId, node: YNode | null, span: Span): RiskStatus {
  if (node?.kind === 'scalar') {
    const st = STATUS_ALIASES[(str(node) ?? '').toLowerCase()];
    if (st === 'assessed')
      return { area, state: 'incomplete', source: 'front-matter', span, missing: ['evidence', 'mitigations'] };
    if (st === 'not-applicable')
      return { area, state: 'incomplete', source: 'front-matter', span, missing: ['justification'] };
    return { area, state: 'unassessed', source: 'front-matter', span, missing: [] };
  }
  if (node?.kind === 'map') {
    const st = STATUS_ALIASES[(str(get(node, 'status')) ?? '').toLowerCase()] ?? 'unassessed';
    if (st === 'assessed') {
      const missing: string[] = [];
      if (isEmptyNode(get(node, 'evidence'))) missing.push('evidence');
      if (isEmptyNode(get(node, 'mitigations')) && isEmptyNode(get(node, 'mitigation'))) missing.push('mitigations');
      return { area, state: missing.length ? 'incomplete' : 'assessed', source: 'front-matter', span, missing };
    }
    if (st === 'not-applicable') {
      const ok = !isEmptyNode(get(node, 'justification'));
      return {
        area,
        state: ok ? 'not-applicable' : 'incomplete',
        source: 'front-matter',
        span,
        missing: ok ? [] : ['justification'],
      };
    }
    return { area, state: 'unassessed', source: 'front-matter', span, missing: [] };
  }
  return { area, state: 'unassessed', source: 'front-matter', span, missing: [] };
}

/** What a section title says about the risk areas: generic, naming each area (by index in RISK_AREAS), about risks. */
interface TitleReading {
  generic: boolean;
  areas: boolean[];
  riskish: boolean;
}

/** A section number ("5.", "6.1", "IV.") before a title. */
const SECTION_NUMBER = /^\s*(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,5}\.)\s+/;
/** A title with its translation in brackets ("ข้อพิจารณาทางจริยธรรม (Ethical considerations)"): the bracketed part. */
const TRANSLATED = /^[^A-Za-z(]*\(([^()]+)\)[^A-Za-z]*$/;

function readTitle(title: string): TitleReading {
  const bare = title.replace(SECTION_NUMBER, '');
  return {
    generic: GENERIC_SECTION.test(bare) || GENERIC_SECTION.test(TRANSLATED.exec(bare)?.[1]?.trim() ?? ''),
    areas: RISK_AREAS.map((a) => a.headings.some((re) => re.test(title))),
    riskish: /risk|safety|ethic|impact|limitation|bias/i.test(title),
  };
}

/** `search`: the body, searched section by section (body-search.ts), shared with the disclosure analysis; null for a
 * manifest. */
export function analyzeRisks(doc: ParsedDocument, search: BodySearch | null): Map<string, RiskStatus> {
  const out = new Map<string, RiskStatus>();
  const card = doc.card;
  const fm = card?.frontMatter?.root ?? null;
  const block = get(fm, 'risk_assessment');
  const sections = card?.markdown.sections ?? [];
  const reading = (s: Section): TitleReading =>
    search
      ? search.cache.title('risk-title', s.heading.title, () => readTitle(s.heading.title))
      : readTitle(s.heading.title);
  for (const [index, area] of RISK_AREAS.entries()) {
    const entry = getPair(block, area.id);
    if (entry) {
      out.set(area.id, fromFrontMatter(area.id, entry.value, { start: entry.keySpan.start, end: entry.span.end }));
      continue;
    }
    let status: RiskStatus = { area: area.id, state: 'missing', source: 'none', missing: [] };
    for (const s of sections) {
      const title = reading(s);
      if (title.generic || !title.areas[index]) continue;
      const real = () => hasRealContent(doc.text, s.contentSpan, card);
      if (search ? search.region('real-content', [s.contentSpan], real) : real()) {
        status = { area: area.id, state: 'assessed', source: 'body', span: s.heading.span, missing: [] };
        break;
      }
    }
    // A statement about the area anywhere in the prose is an assessment a reader credits (a mention in a generic
    // section is weaker: only a keyword).
    if (search && (status.state === 'missing' || status.state === 'mentioned')) {
      for (const re of area.prose) {
        const m = search.first(re, 'prose');
        if (m) {
          status = {
            area: area.id,
            state: 'assessed',
            source: 'body',
            span: { start: m.start, end: m.end },
            missing: [],
          };
          break;
        }
      }
    }
    if (status.state === 'missing') {
      for (const s of sections) {
        const title = reading(s);
        if (!title.generic && !title.riskish) continue;
        const mentions = () => MENTION[area.id].test(meaningfulText(doc.text, s.contentSpan, card));
        if (search ? search.region(`mention:${area.id}`, [s.contentSpan], mentions) : mentions()) {
          status = { area: area.id, state: 'mentioned', source: 'body', span: s.heading.span, missing: [] };
          break;
        }
      }
    }
    out.set(area.id, status);
  }
  return out;
}
