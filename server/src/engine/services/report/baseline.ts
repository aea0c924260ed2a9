// The change of an open card or manifest against its last commit (issue 13), for the editor: one line for a code lens
// and the list for the report view, from the diff engine's report (engine/diff). Plain text: the doors escape it.
import type { DiffReport } from '../../diff/report.js';

export interface BaselineView {
  /** The git ref compared with, e.g. `HEAD`. */
  ref: string;
  /** One line: counts, then the headline changes (openness level, MOF class). */
  summary: string;
  changes: { kind: 'regression' | 'improvement' | 'change'; message: string; line: number; rule: string | null }[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const MOF = (c: 1 | 2 | 3 | null) => (c ? `Class ${['I', 'II', 'III'][c - 1]}` : 'unclassified');

export function baselineView(report: DiffReport, ref: string): BaselineView {
  const count = (k: string) => report.changes.filter((c) => c.kind === k).length;
  const parts: string[] = [];
  const regressions = count('regression');
  const improvements = count('improvement');
  if (regressions) parts.push(plural(regressions, 'regression'));
  if (improvements) parts.push(plural(improvements, 'improvement'));
  const others = count('change');
  if (others) parts.push(plural(others, 'other change'));
  const { before, after } = report;
  if (before && after && before.level !== after.level) parts.push(`openness ${before.level} → ${after.level}`);
  if (before?.mof && after?.mof && before.mof.class !== after.mof.class)
    parts.push(`MOF ${MOF(before.mof.class)} → ${MOF(after.mof.class)}`);
  const summary =
    report.status === 'new'
      ? `Not in ${ref}: new since the last commit${parts.length ? ` (${parts.join(' · ')})` : ''}`
      : `Since ${ref}: ${parts.length ? parts.join(' · ') : 'no change in openness, disclosures or risk areas'}`;
  return {
    ref,
    summary,
    changes: report.changes.map((c) => ({ kind: c.kind, message: c.message, line: c.line, rule: c.rule })),
  };
}
