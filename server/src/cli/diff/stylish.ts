// Human output of `modelcard-lint diff`: per file, the headline before → after, the findings in the lint command's
// stylish layout, then the other changes: `-` a regression no rule reports, `+` an improvement, `~` a change.
import type { DiffHeadline, DiffReport } from '../../engine/diff/report.js';
import { diagnosticLines, paint } from '../formatters/stylish.js';
import { forTerminal } from '../terminal.js';
import type { DiffFormatter } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function mofWord(h: DiffHeadline): string | null {
  if (!h.mof) return null;
  return h.mof.class ? `Class ${['I', 'II', 'III'][h.mof.class - 1]}` : 'unclassified';
}

function headline(r: DiffReport): string {
  if (!r.before) return `new: no baseline version · openness ${r.after!.level}`;
  if (!r.after) return `deleted since the baseline · openness was ${r.before.level}`;
  const arrow = (a: string | null, b: string | null) => (a === b ? `${b}` : `${a} → ${b}`);
  const parts = [`openness ${arrow(r.before.level, r.after.level)}`];
  const ma = mofWord(r.before);
  const mb = mofWord(r.after);
  if (ma || mb) parts.push(`MOF ${arrow(ma, mb)}`);
  return parts.join(' · ');
}

export const stylish: DiffFormatter = ({ reports, summary, color, failed }) => {
  const out: string[] = [];
  for (const r of reports) {
    if (r.status === 'compared' && !r.changes.length) continue;
    out.push('', paint(color, '4', forTerminal(r.file)), paint(color, '2', `  ${forTerminal(headline(r))}`));
    out.push(...diagnosticLines(r.diagnostics, color));
    for (const c of r.changes) {
      if (c.severity) continue; // shown above as a finding
      const mark =
        c.kind === 'regression' ? paint(color, '31', '-') : c.kind === 'improvement' ? paint(color, '32', '+') : '~';
      out.push(`  ${mark} ${forTerminal(c.message)}`);
    }
  }
  const tail = `${plural(summary.improvements, 'improvement')}, ${plural(summary.changes, 'other change')} in ${plural(summary.files, 'file')}`;
  if (summary.regressions) {
    const text = `✖ ${plural(summary.regressions, 'regression')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.infos} info), ${tail}`;
    out.push('', paint(color, summary.errors ? '31;1' : '33;1', text));
  } else if (summary.improvements || summary.changes || summary.infos) {
    out.push('', `✔ no regressions; ${summary.infos ? `${summary.infos} info, ` : ''}${tail}`);
  } else if (failed)
    // Errors went to stderr (exit 2): "no changes" would misread a run that could not compare everything.
    out.push(`${plural(summary.files, 'file')} compared without changes; the run failed (see the errors above)`);
  else out.push(`✔ ${plural(summary.files, 'file')} compared, no changes`);
  return out.join('\n') + '\n';
};
