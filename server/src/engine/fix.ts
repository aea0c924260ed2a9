// The one edit applier behind quick fixes, fix-all and `--fix`: plain-data edits applied back to front,
// overlapping fixes deferred to the next pass, repeated until nothing changes (as ESLint does).
import { lint, type LintOptions, type LintResult } from './lint.js';
import { BOM } from './parse/text.js';
import type { Finding, Fix, TextEdit } from './types.js';
import { pushAll } from './push-all.js';

export class OverlappingEditsError extends Error {}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point conflict too: their order would be arbitrary.
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Apply non-overlapping edits to text. Throws when two edits overlap. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    if (overlaps(sorted[i - 1]!, sorted[i]!)) throw new OverlappingEditsError('edits overlap');
  }
  let out = text;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const e = sorted[i]!;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return out;
}

/** Pick fixes whose edits do not overlap each other, in document order. */
export function compatibleFixes(fixes: readonly Fix[]): Fix[] {
  const taken: TextEdit[] = [];
  const chosen: Fix[] = [];
  for (const fix of fixes) {
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    pushAll(taken, fix.edits);
    chosen.push(fix);
  }
  return chosen;
}

export interface FixAllResult {
  /** Output text, with the original BOM restored. */
  output: string;
  changed: boolean;
  /** Number of fixes applied over all passes. */
  applied: number;
  passes: number;
  /** The lint result of the final text. */
  result: LintResult;
}

/** Fixes of the findings, optionally only those of some rules. */
export function fixesOf(findings: readonly Finding[], ruleIds?: ReadonlySet<string>): Fix[] {
  return findings.filter((f) => f.fix && (!ruleIds || ruleIds.has(f.ruleId))).map((f) => f.fix!);
}

/** Lint and fix repeatedly until no fix applies (max 10 passes). `text` may start with a BOM; it is kept. */
export function fixAll(
  text: string,
  path: string,
  options: LintOptions & { rules?: ReadonlySet<string> } = {},
): FixAllResult {
  const bom = text.charCodeAt(0) === 0xfeff ? BOM : '';
  let current = bom ? text.slice(1) : text;
  let applied = 0;
  let passes = 0;
  // Lint with the BOM: lint() strips exactly one, so the edits index `current` even when it starts with a second
  // U+FEFF (linted without it, that one would be stripped too and every edit would land one character early).
  let result = lint(bom + current, path, { ...options, parsed: undefined });
  while (passes < 10) {
    const fixes = compatibleFixes(fixesOf(result.findings, options.rules));
    if (!fixes.length) break;
    const next = applyEdits(
      current,
      fixes.flatMap((f) => f.edits),
    );
    passes++;
    if (next === current) break;
    applied += fixes.length;
    current = next;
    result = lint(bom + current, path, { ...options, parsed: undefined });
  }
  const output = bom + current;
  return { output, changed: output !== text, applied, passes, result };
}
