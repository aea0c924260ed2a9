// `--format json`: the object documented in the README ("Command line"), for other tools to consume.
import { VERSION } from '../../engine/meta.js';
import type { Formatter } from './types.js';

export const json: Formatter = ({ reports, summary }) =>
  JSON.stringify(
    {
      version: VERSION,
      results: reports,
      summary: { files: summary.files, errors: summary.errors, warnings: summary.warnings },
    },
    null,
    2,
  ) + '\n';
