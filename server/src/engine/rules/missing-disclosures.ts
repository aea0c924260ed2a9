// missing-disclosures: one summary in place of a pile of `undisclosed-*` findings on one position (a card with no
// sections for them: each would sit on its title). Eleven diagnostics on one line read as noise and hide the rest; one
// finding listing what is missing, with one fix inserting every section, is what a reader acts on.
import { getDisclosure, type DisclosureId } from '../knowledge/disclosures.js';
import type { Rule, RuleMeta } from '../rule-kit/rule.js';
import type { ParsedDocument } from '../parse/document.js';
import type { Finding, Fix, Severity } from '../types.js';

export const meta: RuleMeta = {
  id: 'missing-disclosures',
  description:
    'More than three findings would start at one position: the `undisclosed-*` findings there are listed in one summary.',
  tags: ['disclosure'],
  appliesTo: ['model-card'],
  fixable: false,
  hasSuggestions: true,
  // Only on or off: the summary takes the highest severity of the findings it lists (each keeps its own rule's).
  severity: { recommended: 'warning', 'hf-basic': 'warning', mof: 'warning' },
};

/** The most diagnostics that may start at one position before disclosure findings there are summarised. */
export const MAX_AT_ONE_POSITION = 3;

const RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };
const PREFIX = 'undisclosed-';

/** Replace, at each position holding more than MAX_AT_ONE_POSITION findings, the `undisclosed-*` findings there by one
 * summary (lint.ts calls this after inline directives have silenced what they silence). Stable: the other findings
 * keep their order. */
export function summarize(findings: Finding[], doc: ParsedDocument): Finding[] {
  const byStart = new Map<number, Finding[]>();
  for (const f of findings) {
    const list = byStart.get(f.span.start);
    if (list) list.push(f);
    else byStart.set(f.span.start, [f]);
  }
  const replaced = new Map<Finding, Finding | null>();
  for (const list of byStart.values()) {
    if (list.length <= MAX_AT_ONE_POSITION) continue;
    const members = list.filter((f) => f.ruleId.startsWith(PREFIX));
    if (members.length < 2) continue;
    const summary = summaryOf(members, doc);
    members.forEach((m, i) => replaced.set(m, i === 0 ? summary : null));
  }
  if (!replaced.size) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    if (!replaced.has(f)) out.push(f);
    else if (replaced.get(f)) out.push(replaced.get(f)!);
  }
  return out;
}

function titleOf(f: Finding): string {
  const d = getDisclosure(f.ruleId.slice(PREFIX.length) as DisclosureId);
  return d ? d.title.toLowerCase() : f.ruleId;
}

function summaryOf(members: Finding[], doc: ParsedDocument): Finding {
  const severity = members.reduce<Severity>((s, m) => (RANK[m.severity] > RANK[s] ? m.severity : s), 'hint');
  // Most severe first, so the message leads with what fails CI.
  const ordered = members.slice().sort((a, b) => RANK[b.severity] - RANK[a.severity]);
  const names = ordered.map(titleOf);
  const stubs = ordered.flatMap((m) => m.suggestions?.[0]?.edits ?? []);
  const all: Fix | undefined =
    stubs.length > 1 && stubs.every((e) => e.start === doc.text.length && e.end === e.start)
      ? {
          title: `Insert the ${stubs.length} missing sections`,
          edits: [
            {
              start: doc.text.length,
              end: doc.text.length,
              newText: joinStubs(
                stubs.map((e) => e.newText),
                doc.lineEnding,
              ),
            },
          ],
        }
      : undefined;
  return {
    ruleId: meta.id,
    severity,
    message: `${members.length} disclosures missing: ${names.join(', ')}. Each has its own rule (undisclosed-*); the quick fixes insert a section for each.`,
    span: members[0]!.span,
    suggestions: [...(all ? [all] : []), ...ordered.flatMap((m) => m.suggestions ?? [])],
    related: ordered.map((m) => ({ span: m.span, message: `${m.ruleId} (${m.severity}): ${m.message}` })),
    members: ordered,
  };
}

/** Section stubs each start with the separator the text's end needs and end with one line break: keep the first
 * separator, and put a blank line between the sections. */
function joinStubs(texts: string[], nl: string): string {
  const [first, ...rest] = texts;
  return first + rest.map((t) => nl + t.replace(/^(?:\r?\n|\r)+/, '')).join('');
}

/** Reports nothing itself: the summary is made by `summarize` once every rule has run. */
export function missingDisclosures(): void {}

export const rule: Rule = { meta, check: missingDisclosures };
