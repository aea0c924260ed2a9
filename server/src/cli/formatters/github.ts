// `--format github`: GitHub Actions workflow commands, so findings appear as annotations on the pull request.
import { forTerminal } from '../terminal.js';
import type { Formatter } from './types.js';

// Beyond the %, CR and LF escaping of @actions/core: control, bidi and C1 characters from card text reach the job log
// as visible escapes (forTerminal), never as terminal sequences.
const escapeData = (s: string) =>
  s
    .split(/(\r|\n)/)
    .map((part) => (part === '\r' ? '%0D' : part === '\n' ? '%0A' : forTerminal(part).replace(/%/g, '%25')))
    .join('');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

export const github: Formatter = ({ reports }) => {
  const out: string[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      out.push(
        `::${COMMAND[d.severity]} file=${escapeProp(r.file)},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${escapeProp(d.rule)}::${escapeData(d.message)}`,
      );
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
};
