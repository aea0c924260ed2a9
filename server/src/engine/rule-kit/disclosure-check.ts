// The shared check behind the twelve undisclosed-* rules: report a missing or empty disclosure, offer a section stub.
import { euLinkNotes, euLinks } from '../export/eu-links.js';
import { getDisclosure, type DisclosureId } from '../knowledge/disclosures.js';
import type { Fix, Span } from '../types.js';
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
  /** Under `eu-gpai`, each finding names the EU documentation items it serves (export/eu-links.ts). */
  const report = (span: Span, message: string, extra: { suggestions?: Fix[] } = {}) => {
    const eu = ctx.analysis.config.profile === 'eu-gpai' ? euLinks(ctx.doc, ctx.analysis, `undisclosed-${id}`) : [];
    const notes = euLinkNotes(eu, span);
    ctx.report({
      span,
      message: message + notes.suffix,
      ...extra,
      ...(eu.length ? { eu, related: notes.related } : {}),
    });
  };
  if (status.state === 'withheld' && status.evidence) {
    report(
      status.evidence.span,
      `The ${d.title.toLowerCase()} is withheld: the card says so (${status.evidence.detail}). Withheld, not forgotten; say why and what reviewers can rely on instead.`,
    );
    return;
  }
  if (status.state === 'empty' && status.emptyHeading) {
    report(
      status.emptyHeading,
      `The ${d.title.toLowerCase()} section has no content (only placeholders or comments). ${d.asks}`,
    );
    return;
  }
  report(
    ctx.analysis.placement.disclosures.get(id) ?? ctx.documentAnchor(),
    `No ${d.title.toLowerCase()} disclosure. ${d.asks}`,
    { suggestions: stub ? [stub] : undefined },
  );
}
