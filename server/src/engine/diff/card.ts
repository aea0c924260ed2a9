// Card changes between two versions: the twelve disclosures (present, withheld, empty or missing) and the four risk
// areas (assessed … missing). Only moves between levels count: a section that went from missing to empty (a heading
// without content) discloses no more than before.
import { getDisclosure } from '../knowledge/disclosures.js';
import { getRiskArea } from '../knowledge/risk-areas.js';
import type { Change, Pair } from './types.js';

const DISCLOSURE_RANK = { present: 2, withheld: 1, empty: 0, missing: 0 } as const;
const NOW = {
  withheld: 'the card says it is withheld',
  empty: 'its section is empty',
  missing: 'nothing in the card discloses it',
} as const;

// A not-applicable area with a justification is as complete as an assessed one; a scalar `assessed` without evidence
// or mitigations is incomplete (risks.ts).
const RISK_RANK = { assessed: 3, 'not-applicable': 3, incomplete: 2, mentioned: 1, unassessed: 0, missing: 0 } as const;

/** Every id either version has, in the baseline's order and then the new version's. */
const idsOf = <T>(a: ReadonlyMap<string, T> | undefined, b: ReadonlyMap<string, T> | undefined) => [
  ...new Set([...(a?.keys() ?? []), ...(b?.keys() ?? [])]),
];

export function disclosureChanges({ old, next, anchor, gone }: Pair): Change[] {
  const out: Change[] = [];
  const before = old?.analysis.disclosures;
  const after = next?.analysis.disclosures;
  for (const id of idsOf(before, after)) {
    // A version without the file has every disclosure missing; a disclosure only one version knows is missing in the
    // other.
    const a = before?.get(id) ?? { state: 'missing' as const };
    const b = after?.get(id) ?? { state: 'missing' as const };
    const d = getDisclosure(id);
    if (!d || DISCLOSURE_RANK[a.state] === DISCLOSURE_RANK[b.state]) continue;
    const title = d.title.toLowerCase();
    const base = { area: 'disclosure' as const, subject: id, before: a.state, after: b.state };
    if (DISCLOSURE_RANK[b.state] < DISCLOSURE_RANK[a.state]) {
      const evidence = 'evidence' in a ? a.evidence : undefined;
      const was =
        a.state === 'present'
          ? `the baseline had it${evidence ? ` (${evidence.detail})` : ''}`
          : 'the baseline said it was withheld';
      out.push({
        ...base,
        kind: 'regression',
        ruleId: 'disclosure-removed',
        span:
          ('emptyHeading' in b ? b.emptyHeading : undefined) ??
          next?.analysis.placement.disclosures.get(d.id) ??
          anchor,
        message: `The ${title} disclosure was removed: ${was}; now ${gone ? 'the card is deleted' : NOW[b.state as keyof typeof NOW]}.`,
      });
    } else {
      const evidence = 'evidence' in b ? b.evidence : undefined;
      out.push({
        ...base,
        kind: 'improvement',
        span: evidence?.span ?? anchor,
        message:
          b.state === 'present'
            ? `The ${title} disclosure was added${evidence ? ` (${evidence.detail})` : ''}.`
            : `The ${title} disclosure is stated as withheld now (it was ${a.state}).`,
      });
    }
  }
  return out;
}

export function riskChanges({ old, next, anchor, gone }: Pair): Change[] {
  const out: Change[] = [];
  const before = old?.analysis.risks;
  const after = next?.analysis.risks;
  for (const id of idsOf(before, after)) {
    const a = before?.get(id) ?? { state: 'missing' as const };
    const b = after?.get(id) ?? { state: 'missing' as const, missing: [] as string[] };
    if (a.state === b.state) continue;
    const title = getRiskArea(id)?.title ?? id;
    const span = ('span' in b ? b.span : undefined) ?? next?.analysis.placement.risks ?? anchor;
    const base = { area: 'risk' as const, subject: id, before: a.state, after: b.state, span };
    const ra = RISK_RANK[a.state];
    const rb = RISK_RANK[b.state];
    if (rb < ra)
      out.push({
        ...base,
        kind: 'regression',
        ruleId: 'risk-assessment-regressed',
        message: gone
          ? `The ${title} risk area was ${a.state} in the baseline; the card is deleted.`
          : `The ${title} risk area regressed from ${a.state} to ${b.state}${b.missing.length ? ` (lacks ${b.missing.join(', ')})` : ''}.`,
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
