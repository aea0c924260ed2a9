// The EU documentation export as Markdown: one table per section. Card text is hostile (a value may hold HTML, an
// image link or a `|`), so every card-derived string goes through mdText or mdCode (markdown-text.ts).
import { mdCode, mdText } from '../markdown-text.js';
import type { EuDocumentation, EuFilledItem } from './eu-documentation.js';

const STATUS: Record<EuFilledItem['status'], string> = { filled: 'filled', withheld: 'withheld', missing: 'missing' };

function from(i: EuFilledItem): string {
  if (i.status === 'missing') {
    const where = i.line !== null ? ` (empty section at line ${i.line})` : '';
    return i.rule ? `asked for by ${mdCode(i.rule)}${where}` : 'no rule checks this: fill by hand';
  }
  const what = i.source ? `${i.source.kind} ${mdCode(i.source.name)}` : '';
  const text = i.excerpt ? `: ${mdText(i.excerpt)}` : '';
  return `${what}${text}`;
}

export function euDocumentationMarkdown(d: EuDocumentation, file: string): string {
  const out: string[] = [];
  out.push(`# EU AI Act documentation: ${mdText(d.model ?? file)}`, '');
  out.push(
    `Prefilled from ${mdCode(file)} by Model Card Lint. Every filled item cites the card line it came from; check each ` +
      'against the card before you rely on it. Missing items name the rule that asks for them.',
    '',
  );
  const r = d.systemicRisk;
  const flops = r.flops !== null ? `${r.flops.toExponential(1)} FLOP (${r.basis})` : 'not stated';
  out.push(
    r.basis === 'forced'
      ? `Annex XI Section 2 ${r.included ? 'included' : 'left out'} on request; training compute ${flops}.`
      : `Training compute: ${flops}. ${r.included ? 'Over' : 'Not over'} 10^25 FLOP, so the model is ${r.included ? '' : 'not '}presumed to have systemic risk (Art. 51(2)) and Annex XI Section 2 is ${r.included ? 'included' : 'left out'}.`,
    '',
    `${d.summary.filled} filled, ${d.summary.withheld} withheld, ${d.summary.missing} missing.`,
    '',
  );
  for (const s of d.sections) {
    out.push(`## ${s.title}`, '', `Source: <${s.source}>`, '');
    out.push('| Item | Status | From the card | Line |', '| --- | --- | --- | --- |');
    for (const i of s.items)
      out.push(
        `| ${mdText(i.ref)} ${mdText(i.title)} | ${STATUS[i.status]} | ${from(i)} | ${i.file ? `${mdCode(i.file)}:` : ''}${i.line ?? ''} |`,
      );
    out.push('');
  }
  if (d.evaluationResults.length) {
    out.push(
      '## Evaluation results in `.eval_results/`',
      '',
      "The repository's structured results (the Hub's format besides `model-index`), evidence for the evaluation " +
        'results the documentation asks for (Annex XI Section 2 point 1); when the card has no evaluation of its own, ' +
        'its evaluation item above is filled from them, as the lint credits them.',
      '',
      '| Benchmark | Task | Value | Date | Source | File |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const r of d.evaluationResults)
      out.push(
        `| ${mdCode(r.dataset)} | ${r.taskId === null ? '' : mdCode(r.taskId)} | ${r.value} | ${r.date === null ? '' : mdText(r.date)} | ` +
          `${r.sourceUrl === null ? '' : mdText(r.sourceUrl)} | ${mdCode(r.file)}:${r.line} |`,
      );
    out.push('');
  }
  return out.join('\n');
}
