// Hard-wrapped prose (GitHub and TF Hub cards wrap at 80 columns) is read as one line by the disclosure and risk-area
// signals (analyze/prose.ts joinWrappedLines), with offsets unchanged; list items, headings and table rows keep their
// line breaks. From the MuRIL card of the accuracy set.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from './engine.mjs';

const disclosure = (text, id) => lint(text, 'README.md', { kind: 'model-card' }).analysis.disclosures.get(id);

describe('hard-wrapped prose', () => {
  const head =
    '---\nlicense: mit\n---\n# MuRIL\n\n## Uses\n\nThis model is trained on transliterated data. This model is not expected\nto perform well on languages other than the ones used in pretraining.\n';

  it('a sentence wrapped across two lines is found, and its evidence sits where it is written', () => {
    for (const text of [head, head.replace(/\n/g, '\r\n')]) {
      const d = disclosure(text, 'limitations');
      assert.equal(d?.state, 'present');
      assert.equal(d.evidence.kind, 'signal');
      assert.equal(d.evidence.span.start, text.indexOf('not expected'));
      assert.equal(d.evidence.span.end, text.indexOf('to perform well') + 'to perform well'.length);
    }
  });

  it('bold inside a sentence does not hide it, and the evidence keeps the markers outside', () => {
    const text =
      '# m\n\n## Uso\n\nO modelo **não** deve ser utilizado nas seguintes situações:\n\n- Decisões legais.\n';
    const d = disclosure(text, 'out-of-scope-use');
    assert.equal(d?.state, 'present');
    assert.equal(text.slice(d.evidence.span.start, d.evidence.span.end), 'não** deve ser utilizad');
  });

  it('list items, table rows and paragraphs apart are not joined', () => {
    for (const text of [
      '# m\n\n- This model is not expected\n- to perform well on languages other than English.\n',
      '# m\n\n| This model is not expected |\nto perform well on other languages.\n',
      '# m\n\nThis model is not expected\n\nto perform well on languages other than English.\n',
    ])
      assert.notEqual(disclosure(text, 'limitations')?.state, 'present', text);
  });
});
