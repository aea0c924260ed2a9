// `--format github`: GitHub Actions workflow commands, so findings appear as annotations on the pull request.
import { forTerminal } from '../terminal.js';
import { asLines, writeAll, type Formatter, type StreamFormatter } from './types.js';

// Beyond the %, CR and LF escaping of @actions/core: control, bidi and C1 characters from card text reach the job log
// as visible escapes (forTerminal), never as terminal sequences.
const escapeData = (s: string) =>
  s
    .split(/(\r|\n)/)
    .map((part) => (part === '\r' ? '%0D' : part === '\n' ? '%0A' : forTerminal(part).replace(/%/g, '%25')))
    .join('');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

export const githubStream: StreamFormatter = {
  head: () => '',
  file: (r) =>
    r.diagnostics.length
      ? [
          asLines(
            r.diagnostics.map(
              (d) =>
                `::${COMMAND[d.severity]} file=${escapeProp(r.file)},line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${escapeProp(d.rule)}::${escapeData(d.message)}`,
            ),
          ),
        ]
      : [],
  tail: () => '',
};

export const github: Formatter = ({ reports, summary, color, root }) =>
  writeAll(githubStream, { root, color }, reports, summary, () => () => '');
