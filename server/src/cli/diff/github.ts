// `diff --format github`: the findings as workflow-command annotations, through the lint command's formatter (it reads
// only each report's file and diagnostics).
import type { FileReport } from '../../engine/report.js';
import { github as lintGithub } from '../formatters/github.js';
import type { DiffFormatter } from './types.js';

export const github: DiffFormatter = ({ reports, root, color }) =>
  lintGithub({
    reports: reports.map((r): FileReport => ({
      file: r.file,
      kind: r.kind,
      // A deleted file's annotations sit on its baseline version: its last headline.
      openness: { level: (r.after ?? r.before)!.level, weakest: (r.after ?? r.before)!.weakest, components: {} },
      mof: (r.after ?? r.before)!.mof,
      stage: null,
      diagnostics: r.diagnostics,
    })),
    summary: { files: reports.length, errors: 0, warnings: 0, infos: 0, fixable: 0 },
    color,
    root,
  });
