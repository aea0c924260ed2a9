// Credits the Hub's `.eval_results/*.yaml` (knowledge/eval-results.ts), which a door read beside the card and passed
// as the `evalResults` lint option: results published there are the card's evaluation disclosure (the Hub shows them
// on the model page like `model-index`), and their benchmarks are released evaluation data when openness is inferred.
// Kept apart from disclosures.ts and card-openness.ts, which read only the card's own text.
import { mdCode } from '../markdown-text.js';
import type { EvalResultsFile } from '../knowledge/eval-results.js';
import type { DisclosureStatus } from './disclosures.js';
import type { CardOpenness } from './card-openness.js';
import { gradeComponent, overallOpenness } from './grading.js';

/** The files that hold at least one result the Hub would read (a file of only refused items discloses nothing). */
function withResults(files: readonly EvalResultsFile[]): EvalResultsFile[] {
  return files.filter((f) => f.results.length > 0);
}

/** "2 results in `.eval_results/hle.yaml` (cais/hle 20.9, Idavidrein/gpqa 0.412)": dataset ids are checked Hub ids
 * (knowledge/eval-results.ts), the file name is a stranger's and goes in code. */
function describe(files: EvalResultsFile[]): string {
  const all = files.flatMap((f) => f.results);
  const shown = all
    .slice(0, 3)
    .map((r) => `${r.dataset} ${r.value}`)
    .join(', ');
  const where = files.length === 1 ? mdCode(files[0]!.file) : `${files.length} files of ${mdCode('.eval_results/')}`;
  return `${all.length} result${all.length === 1 ? '' : 's'} in ${where} (${shown}${all.length > 3 ? ', …' : ''})`;
}

/** The evaluation disclosure made by the files, when the card itself lacks it (missing, or an empty section). A card
 * that says its evaluation is withheld keeps that verdict: the finding quotes what the card says. */
export function creditEvalResults(
  disclosures: Map<string, DisclosureStatus>,
  files: readonly EvalResultsFile[],
): Map<string, DisclosureStatus> {
  const found = withResults(files);
  const current = disclosures.get('evaluation');
  if (!found.length || !current || (current.state !== 'missing' && current.state !== 'empty')) return disclosures;
  const first = found[0]!;
  disclosures.set('evaluation', {
    id: 'evaluation',
    state: 'present',
    // No place in the card: the evidence is the file (`file`), the span only an empty one at the start.
    evidence: {
      kind: 'file',
      span: { start: 0, end: 0 },
      detail: describe(found),
      file: { path: first.file, line: first.results[0]!.line },
    },
  });
  return disclosures;
}

/** Inferred openness with the files' benchmarks as released evaluation data, as `model-index` results are
 * (card-openness.ts); a declared `openness:` block is the author's word and is left alone. */
export function evalResultsOpenness(card: CardOpenness, files: readonly EvalResultsFile[]): CardOpenness {
  const found = withResults(files);
  if (!found.length || card.inferred.evaluation_data) return card;
  const first = found[0]!;
  const decl = {
    status: 'released' as const,
    source: 'inferred' as const,
    url: `https://huggingface.co/datasets/${first.results[0]!.dataset}`,
    evidence: `benchmarks with results in ${found.length === 1 ? mdCode(first.file) : mdCode('.eval_results/')}`,
  };
  const inferred = { ...card.inferred, evaluation_data: decl };
  if (card.declared) return { ...card, inferred };
  const components = { ...card.result.components, evaluation_data: gradeComponent('evaluation_data', decl) };
  return { ...card, inferred, result: overallOpenness(components) };
}
