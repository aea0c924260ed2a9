// The shared check behind the twelve undisclosed-* rules: report a missing or empty disclosure, offer a section stub.
import { getDisclosure, type DisclosureId } from '../knowledge/disclosures.js';
import { appendSection, fix } from './helpers.js';
import type { RuleContext } from './rule.js';

export function checkDisclosure(ctx: RuleContext, id: DisclosureId): void {
  const status = ctx.analysis.disclosures.get(id);
  const d = getDisclosure(id);
  if (!status || !d || status.state === 'present') return;
  const stub = fix(
    `Insert a "${d.stub.heading.replace(/^#+\s*/, '')}" section`,
    appendSection(ctx.doc, d.stub.heading, d.stub.body),
  );
  if (status.state === 'withheld' && status.evidence) {
    ctx.report({
      span: status.evidence.span,
      message: `The ${d.title.toLowerCase()} is withheld: the card says so (${status.evidence.detail}). Withheld, not forgotten; say why and what reviewers can rely on instead.`,
    });
    return;
  }
  if (status.state === 'empty' && status.emptyHeading) {
    ctx.report({
      span: status.emptyHeading,
      message: `The ${d.title.toLowerCase()} section has no content (only placeholders or comments). ${d.asks}`,
    });
    return;
  }
  ctx.report({
    span: ctx.analysis.placement.disclosures.get(id) ?? ctx.documentAnchor(),
    message: `No ${d.title.toLowerCase()} disclosure. ${d.asks}`,
    suggestions: stub ? [stub] : undefined,
  });
}
