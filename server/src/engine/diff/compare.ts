// diffResults(old, new): what changed between two lint results of one document, and which changes are findings. Pure:
// it reads the two results (the new one's profile sets the severities) and returns plain data.
import { suppressionIndex, suppressor } from '../analyze/directives.js';
import { documentAnchor, type LintResult } from '../lint.js';
import type { Finding } from '../types.js';
import { disclosureChanges, riskChanges } from './card.js';
import { opennessChanges } from './openness.js';
import { diffRuleSeverity } from './rules.js';
import type { Change, DocumentDiff, Pair } from './types.js';

const KIND_WORD = { 'model-card': 'a model card', 'release-manifest': 'a release manifest', unknown: 'neither' };

/** Compare two versions of one document. Either side may be absent (not both): `old` null for a file new since the
 * baseline (everything it has is an improvement), `next` null for a file deleted since (everything it had is lost, a
 * regression under the same rules as an edit that removed it). Positions are in the version that exists. */
export function diffResults(old: LintResult | null, next: LintResult | null): DocumentDiff {
  const present = (next ?? old)!;
  const anchor = documentAnchor(present.doc);
  if (old && next && old.kind !== next.kind)
    return {
      kind: next.kind,
      changes: [
        {
          kind: 'change',
          area: 'kind',
          subject: 'kind',
          before: old.kind,
          after: next.kind,
          span: anchor,
          message: `The baseline was ${KIND_WORD[old.kind]} and this is ${KIND_WORD[next.kind]}: the versions are not compared.`,
        },
      ],
      findings: [],
    };
  const pair: Pair = { old, next, anchor, gone: next === null };
  const changes: Change[] = [...opennessChanges(pair)];
  if (present.kind === 'model-card') changes.push(...disclosureChanges(pair), ...riskChanges(pair));
  // The severities of the version that exists: its profile, config files (`rules:`, overrides) and editor settings.
  const config = present.analysis.config;
  // Its inline directives too (`disable-file disclosure-removed`, `disable-next-line` above the line the finding is
  // on): a silenced change stays listed, without a severity, as when its rule is off. The lint result is shared with
  // the caller, so the directives are not marked used here.
  const { directives } = present.analysis;
  const index = directives.list.length ? suppressionIndex(directives) : null;
  const lines = present.doc.lines;
  const findings: Finding[] = [];
  for (const c of changes) {
    if (!c.ruleId) continue;
    const severity = diffRuleSeverity(c.ruleId, config);
    if (severity === 'off') continue;
    const finding: Finding = { ruleId: c.ruleId, severity, message: c.message, span: c.span };
    if (index && suppressor(index, finding, lines.positionAt(c.span.start).line, false)) continue;
    c.severity = severity;
    findings.push(finding);
  }
  return { kind: present.kind, changes, findings };
}
