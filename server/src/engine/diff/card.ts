// Card changes between two versions: the twelve disclosures (present, withheld, empty or missing) and the four risk
// areas (assessed … missing). Only moves between levels count: a section that went from missing to empty (a heading
// without content) discloses no more than before.
import { getDisclosure } from '../knowledge/disclosures.js';
import { getRiskArea } from '../knowledge/risk-areas.js';
import type { LintResult } from '../lint.js';
import type { Span } from '../types.js';
import type { Change } from './types.js';

const DISCLOSURE_RANK = { present: 2, withheld: 1, empty: 0, missing: 0 } as const;
const NOW = {
  withheld: 'the card says it is withheld',
  empty: 'its section is empty',
  missing: 'nothing in the card discloses it',
} as const;

// A not-applicable area with a justification is as complete as an assessed one; a scalar `assessed` without evidence
// or mitigations is incomplete (risks.ts).
const RISK_RANK = { assessed: 3, 'not-applicable': 3, incomplete: 2, mentioned: 1, unassessed: 0, missing: 0 } as const;

export function disclosureChanges(old: LintResult, next: LintResult, anchor: Span): Change[] {
  const out: Change[] = [];
  const after = next.analysis.disclosures;
  for (const [id, a] of old.analysis.disclosures) {
    const b = after.get(id);
    const d = getDisclosure(id);
    if (!b || !d || DISCLOSURE_RANK[a.state] === DISCLOSURE_RANK[b.state]) continue;
    const title = d.title.toLowerCase();
    const base = { area: 'disclosure' as const, subject: id, before: a.state, after: b.state };
    if (DISCLOSURE_RANK[b.state] < DISCLOSURE_RANK[a.state]) {
      const was =
        a.state === 'present'
          ? `the baseline had it${a.evidence ? ` (${a.evidence.detail})` : ''}`
          : 'the baseline said it was withheld';
      out.push({
        ...base,
        kind: 'regression',
        ruleId: 'disclosure-removed',
        span: b.emptyHeading ?? next.analysis.placement.disclosures.get(d.id) ?? anchor,
        message: `The ${title} disclosure was removed: ${was}; now ${NOW[b.state as keyof typeof NOW]}.`,
      });
    } else {
      out.push({
        ...base,
        kind: 'improvement',
        span: b.evidence?.span ?? anchor,
        message:
          b.state === 'present'
            ? `The ${title} disclosure was added${b.evidence ? ` (${b.evidence.detail})` : ''}.`
            : `The ${title} disclosure is stated as withheld now (it was ${a.state}).`,
      });
    }
  }
  return out;
}

export function riskChanges(old: LintResult, next: LintResult, anchor: Span): Change[] {
  const out: Change[] = [];
  const after = next.analysis.risks;
  for (const [id, a] of old.analysis.risks) {
    const b = after.get(id);
    if (!b || a.state === b.state) continue;
    const title = getRiskArea(id)?.title ?? id;
    const span = b.span ?? next.analysis.placement.risks ?? anchor;
    const base = { area: 'risk' as const, subject: id, before: a.state, after: b.state, span };
    const ra = RISK_RANK[a.state];
    const rb = RISK_RANK[b.state];
    if (rb < ra)
      out.push({
        ...base,
        kind: 'regression',
        ruleId: 'risk-assessment-regressed',
        message: `The ${title} risk area regressed from ${a.state} to ${b.state}${b.missing.length ? ` (lacks ${b.missing.join(', ')})` : ''}.`,
      });
    else
      out.push({
        ...base,
        kind: rb > ra ? 'improvement' : 'change',
        message: `The ${title} risk area went from ${a.state} to ${b.state}.`,
      });
  }
  return out;
}
