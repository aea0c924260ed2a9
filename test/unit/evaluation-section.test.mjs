// An evaluation section counts when it reports results (a score, a plot, a leaderboard) or points to them with a
// link; one that only names metrics, promises results or holds a placeholder does not (test/accuracy/LABELLING.md:
// "naming benchmarks without results" is not an evaluation). Cases from real cards of the accuracy set.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from './engine.mjs';

const evaluation = (body) =>
  lint(`---\nlicense: mit\n---\n${body}\n`, 'README.md', { kind: 'model-card' }).analysis.disclosures.get('evaluation');

describe('evaluation sections', () => {
  it('a section with results, or a link to them, is credited from its heading', () => {
    for (const body of [
      '# m\n\n## Evaluation\n\n| Benchmark | Score |\n| --- | ---: |\n| GSM8K | 96\\.66 |\n| MATH500 | 85\\.47 |',
      '# m\n\n## Evaluation\n\nResults on the held-out split are in our [technical report](https://example.com/report).',
      '# m\n\n## Evaluation\n\nOn the test split the model reaches 91% of the baseline.',
    ]) {
      const d = evaluation(body);
      assert.equal(d?.state, 'present', body);
      assert.equal(d.evidence.kind, 'section', body);
    }
  });

  it('metrics named, results promised, a placeholder or a "95% interval" are not results', () => {
    for (const body of [
      '# m\n\n## Evaluation\n\nWe report evaluation results on the OAM-TCD holdout split.\n\n### Results\n\n<model specific results here>',
      "# m\n\n## Evaluation\n\n* **Metrics:** accuracy, precision, recall and F1.\n* **Results:** We're currently in the process of conducting comprehensive evaluations and will provide a detailed summary of results in the future.",
      '# m\n\n## Evaluation\n\nThe verified run evaluates MAE, RMSE, QLIKE, 95% interval coverage and regime slices. Reported results are conditional on the frozen data snapshots.',
      '# m\n\n## Evaluation\n\nThis template intentionally avoids fixed metric claims. Add the measured BLEU and chrF++ results for that exact run.',
    ])
      assert.notEqual(evaluation(body)?.state, 'present', body);
  });

  it('an HTML results table is an evaluation wherever it sits (Llama 4 puts its own under an empty "##")', () => {
    const d = evaluation(
      '# m\n\n## Benchmarks\n\nWe compare with earlier models.\n\n##\n\n<table>\n  <tr>\n    <td>MMLU</td>\n    <td>79.3</td>\n    <td>85.2</td>\n  </tr>\n</table>',
    );
    assert.equal(d?.state, 'present');
    assert.equal(d.evidence.kind, 'signal');
  });

  it('a card without subsections under a long title is not a how-to section, whatever its title starts with', () => {
    const card =
      '# Fine-Tuning Whisper for Persian ASR\n\nThis Model Achieves\n* Word Error Rate (WER): 37%\n* Character Error Rate (CER): 21%';
    const d = evaluation(card);
    assert.equal(d?.state, 'present');
    assert.equal(d.evidence.detail, '"WER): 37%"');
  });
});
