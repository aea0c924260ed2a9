// `diff --format sarif`: the regressions as SARIF 2.1.0 results on the new version of each file, with the diff rules
// (and their docs pages as help) as the driver's rules. Locations and fingerprints follow the lint command's SARIF
// (formatters/sarif.ts, docs/sarif.md); the automation id differs, so code scanning keeps diff alerts in their own
// category and an upload of one never closes the other's alerts.
import { DIFF_RULES } from '../../engine/diff/rules.js';
import { TOOL_NAME } from '../../engine/meta.js';
import { sarifLog } from '../formatters/sarif.js';
import type { DiffFormatter } from './types.js';

export const sarif: DiffFormatter = ({ reports, root, lines, baseline }) =>
  sarifLog({
    reports,
    root,
    lines,
    rules: DIFF_RULES.map((r) => r.meta),
    automationId: `${TOOL_NAME}-diff/`,
    extraTags: ['diff'],
    properties: { baseline },
  });
