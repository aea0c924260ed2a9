// SARIF `partialFingerprints` that survive unrelated edits, so code scanning keeps one alert per problem instead of
// closing and reopening it whenever a line is added above. The hash covers the rule, the flagged line's text
// (whitespace-normalised) and which of the identical (rule, text) findings in the file it is; never a line number.
import { createHash } from 'node:crypto';
import type { ReportDiagnostic } from '../../engine/report.js';

/** Key under `partialFingerprints`; the version changes if the scheme ever does (SARIF §3.27.17). */
export const FINGERPRINT_KEY = 'modelcardLint/v1';

export const normaliseLine = (line: string): string => line.replace(/\s+/g, ' ').trim();

/** One fingerprint per diagnostic, in order. `lineText` gives the 1-based line's text ('' when unknown). */
export function fingerprints(diagnostics: readonly ReportDiagnostic[], lineText: (line: number) => string): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const key = `${d.rule}\0${normaliseLine(lineText(d.line))}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return `${createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32)}:${occurrence + 1}`;
  });
}
