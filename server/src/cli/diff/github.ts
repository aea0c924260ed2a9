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
      openness: { level: r.after.level, weakest: r.after.weakest, components: {} },
      mof: r.after.mof,
      stage: null,
      diagnostics: r.diagnostics,
    })),
    summary: { files: reports.length, errors: 0, warnings: 0, infos: 0, fixable: 0 },
    color,
    root,
  });
