// Human output in ESLint's "stylish" layout, plus one line per file with its openness, MOF class and stage.
import type { FileReport, ReportDiagnostic } from '../../engine/report.js';
import { forTerminal } from '../terminal.js';
import { asLines, writeAll, type Formatter, type StreamFormatter } from './types.js';

export const paint = (on: boolean, code: string, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

function headline(r: FileReport): string {
  const parts: string[] = [];
  if (r.kind === 'unknown') return 'not a model card or release manifest';
  parts.push(`openness ${r.openness.level}${r.openness.weakest ? ` (weakest: ${r.openness.weakest})` : ''}`);
  if (r.mof)
    parts.push(
      `MOF ${r.mof.class ? `Class ${['I', 'II', 'III'][r.mof.class - 1]}` : 'unclassified'} · ${r.mof.progress.class3}/${r.mof.progress.class2}/${r.mof.progress.class1}% (III/II/I)`,
    );
  parts.push(`stage ${r.stage ?? 'undeclared'}`);
  return parts.join(' · ');
}

/** One aligned line per diagnostic: position, severity, message (escaped for the terminal), rule. Shared by the
 * diff command's stylish output. */
export function diagnosticLines(diagnostics: readonly ReportDiagnostic[], color: boolean): string[] {
  const out: string[] = [];
  const pos = diagnostics.map((d) => `${d.line}:${d.column}`);
  // Loops, not Math.max(...list): spreading 150,000 findings overflows the call stack.
  let width = 0;
  let sevWidth = 0;
  for (const p of pos) width = Math.max(width, p.length);
  for (const d of diagnostics) sevWidth = Math.max(sevWidth, d.severity.length);
  diagnostics.forEach((d, i) => {
    const code = d.severity === 'error' ? '31' : d.severity === 'warning' ? '33' : '36';
    out.push(
      `  ${paint(color, '2', pos[i]!.padEnd(width))}  ${paint(color, code, d.severity.padEnd(sevWidth))}  ${forTerminal(d.message)}  ${paint(color, '2', d.rule)}`,
    );
  });
  return out;
}

export const stylishStream: StreamFormatter = {
  head: () => '',
  file: (r, _lineText, color) =>
    r.diagnostics.length
      ? [
          asLines([
            '',
            paint(color, '4', forTerminal(r.file)),
            paint(color, '2', `  ${forTerminal(headline(r))}`),
            ...diagnosticLines(r.diagnostics, color),
          ]),
        ]
      : [],
  tail: (summary, { color }) => {
    const out: string[] = [];
    const problems = summary.errors + summary.warnings + summary.infos;
    if (problems) {
      const text = `${summary.errors + summary.warnings ? '✖' : 'ℹ'} ${problems} problem${problems === 1 ? '' : 's'} (${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.infos} info) in ${summary.files} file${summary.files === 1 ? '' : 's'}`;
      out.push('', paint(color, summary.errors ? '31;1' : summary.warnings ? '33;1' : '36', text));
      if (summary.fixable) out.push(paint(color, '2', `  ${summary.fixable} fixable with --fix`));
    } else if (summary.failed) {
      // Errors went to stderr (exit 2): "no problems" would misread a run that could not look at everything.
      out.push(
        `${summary.files} file${summary.files === 1 ? '' : 's'} checked without findings; the run failed (see the errors above)`,
      );
    } else {
      out.push(`✔ ${summary.files} file${summary.files === 1 ? '' : 's'} checked, no problems`);
    }
    return asLines(out);
  },
};

export const stylish: Formatter = ({ reports, summary, color, root }) =>
  writeAll(stylishStream, { root, color }, reports, summary, () => () => '');
