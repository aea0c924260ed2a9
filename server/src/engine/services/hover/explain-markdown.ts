// Hovers on Markdown headings that satisfy a transparency disclosure or a risk area (`## Training Data`,
// `### Safety & Security`): what the section should say, why (with its sources) and whether this card says it.
import { mdText } from '../../markdown-text.js';
import { headingMatch } from '../../analyze/disclosures.js';
import { DISCLOSURES, type Disclosure } from '../../knowledge/disclosures.js';
import { RISK_AREAS } from '../../knowledge/risk-areas.js';
import type { LintResult } from '../../lint.js';
import type { Heading } from '../../parse/markdown.js';
import type { Span } from '../../types.js';
import { code, RULE } from './hover-format.js';
import { riskAreaMarkdown } from './explain-taxonomy.js';
import { partitionPoint } from '../../partition.js';

const same = (a: Span | undefined, b: Span): boolean => !!a && a.start === b.start && a.end === b.end;

/** Where the evidence is: "line 45: 'trained on 2T tokens …'". */
function foundAt(result: LintResult, span: Span): string {
  const line = result.doc.lines.positionAt(span.start).line + 1;
  const quote = result.doc.text
    .slice(span.start, Math.min(span.end, span.start + 80))
    .replace(/\s+/g, ' ')
    .trim();
  return `line ${line}: “${mdText(quote)}${span.end - span.start > 80 ? '…' : ''}”`;
}

/** What the analysis looks for (docs/disclosures.md), said when it found nothing. */
function lookedFor(d: Disclosure): string {
  const section = d.stub.heading.replace(/^#+\s*/, '');
  return `not found (looked for a “${mdText(section)}” section with real content, a “${mdText(d.title)}” label or table row${d.frontMatter ? ', front-matter metadata' : ''}, or a sentence stating it; the rule's page lists the phrasings).`;
}

function disclosureState(result: LintResult, d: Disclosure, heading: Heading): string {
  const s = result.analysis.disclosures.get(d.id);
  if (!s) return 'not analysed';
  if (s.state === 'present') {
    if (s.evidence && same(s.evidence.span, heading.span)) return 'disclosed by this section.';
    if (!s.evidence) return 'disclosed elsewhere in the card.';
    // The detail holds the file name in code already (eval-results-credit.ts).
    if (s.evidence.file) return `disclosed outside the card: ${s.evidence.detail}, line ${s.evidence.file.line}.`;
    return `found elsewhere (${s.evidence.kind}), ${foundAt(result, s.evidence.span)}.`;
  }
  if (s.state === 'withheld')
    return `withheld: the card says it is not disclosed (${mdText(s.evidence?.detail ?? '')}).`;
  if (s.state === 'empty')
    return same(s.emptyHeading, heading.span) || s.emptyHeading === undefined
      ? 'this section has no real content yet (only placeholders, comments or nothing).'
      : 'a matching section exists but is empty.';
  return lookedFor(d);
}

function disclosureMarkdown(result: LintResult, d: Disclosure, heading: Heading): string {
  return [
    `**${d.title}** — transparency disclosure (rule ${code(d.ruleId)})`,
    d.asks,
    `**Why it matters (sources):** ${d.why}`,
    `**In this card:** ${disclosureState(result, d, heading)}`,
  ].join('\n\n');
}

function headingAt(headings: Heading[], offset: number): Heading | null {
  const h = headings[partitionPoint(headings.length, (i) => headings[i]!.span.end < offset)];
  return h && h.span.start <= offset ? h : null;
}

/** Hover on a heading of the card body, or null when the heading names no disclosure or risk area. */
export function explainHeading(result: LintResult, offset: number): { span: Span; markdown: string } | null {
  const md = result.doc.card?.markdown;
  if (!md) return null;
  const heading = headingAt(md.headings, offset);
  if (!heading) return null;
  const section = md.sections.find((s) => s.heading === heading);
  if (!section) return null;
  const parts: string[] = [];
  for (const d of DISCLOSURES) if (headingMatch(d, section) !== -1) parts.push(disclosureMarkdown(result, d, heading));
  for (const a of RISK_AREAS) {
    if (!a.headings.some((re) => re.test(heading.title))) continue;
    const s = result.analysis.risks.get(a.id);
    const note =
      s?.source === 'body' && same(s.span, heading.span)
        ? s.state === 'assessed'
          ? '_This section is what assesses the area._'
          : '_This section mentions the area without assessing it._'
        : null;
    parts.push(riskAreaMarkdown(result, a, note));
  }
  if (!parts.length) return null;
  return { span: heading.span, markdown: parts.join(RULE) };
}
