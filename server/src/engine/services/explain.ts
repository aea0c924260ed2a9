// Hover explanations of every taxonomy term under the cursor (front-matter keys and values, Markdown headings,
// manifest components and licences): what it is, why it matters, and its source.
import type { LintResult } from '../lint.js';
import type { Span } from '../types.js';

export interface Explanation {
  span: Span;
  /** Markdown. */
  markdown: string;
}

export function explainAt(_result: LintResult, _offset: number): Explanation | null {
  return null;
}
