// `--format github`: GitHub Actions workflow commands, so findings appear as annotations on the pull request.
import type { Formatter } from './types.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

export const github: Formatter = ({ reports }) => {
  const out: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      out.push(`::${COMMAND[d.severity]} file=${escapeProp(r.file)},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${escapeProp(d.rule)}::${escapeData(d.message)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
};
