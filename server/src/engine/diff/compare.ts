// diffResults(old, new): what changed between two lint results of one document, and which changes are findings. Pure:
// it reads the two results (the new one's profile sets the severities) and returns plain data.
import { documentAnchor, type LintResult } from '../lint.js';
import type { Finding } from '../types.js';
import { disclosureChanges, riskChanges } from './card.js';
import { opennessChanges } from './openness.js';
import { diffRuleSeverity } from './rules.js';
import type { Change, DocumentDiff } from './types.js';

const KIND_WORD = { 'model-card': 'a model card', 'release-manifest': 'a release manifest', unknown: 'neither' };

export function diffResults(old: LintResult, next: LintResult): DocumentDiff {
  const anchor = documentAnchor(next.doc);
  if (old.kind !== next.kind)
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
  const changes: Change[] = [...opennessChanges(old, next, anchor)];
  if (next.kind === 'model-card')
    changes.push(...disclosureChanges(old, next, anchor), ...riskChanges(old, next, anchor));
  const profile = next.analysis.config.profile;
  const findings: Finding[] = [];
  for (const c of changes) {
    if (!c.ruleId) continue;
    const severity = diffRuleSeverity(c.ruleId, profile);
    if (severity === 'off') continue;
    c.severity = severity;
    findings.push({ ruleId: c.ruleId, severity, message: c.message, span: c.span });
  }
  return { kind: next.kind, changes, findings };
}
