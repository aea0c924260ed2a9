// The "New Model Card" template and the "Insert Risk Assessment" block: complete (openness for all 12 components,
// stage, the four risk areas, a section for every disclosure) and valid for our own schema.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COMPONENT_IDS, DISCLOSURES, RISK_AREA_IDS, lint, modelCardTemplate, riskAssessmentBlock } from './engine.mjs';

describe('templates', () => {
  const r = lint(modelCardTemplate('Demo'), 'MODEL_CARD.md', {
    kind: 'model-card',
    config: { profile: 'strict', rules: {} },
  });

  it('the new card declares all 12 components, a stage and the four risk areas, all valid', () => {
    assert.deepEqual(Object.keys(r.openness.components).sort(), [...COMPONENT_IDS].sort());
    assert.ok(r.openness.components.weights.grade, 'weights declared with a licence');
    assert.equal(r.stage.source, 'declared');
    for (const a of RISK_AREA_IDS) assert.equal(r.analysis.risks.get(a).source, 'front-matter', a);
    assert.deepEqual(
      r.findings
        .filter((f) =>
          [
            'invalid-extension-metadata',
            'yaml-syntax',
            'invalid-license-id',
            'undeclared-openness',
            'undeclared-stage',
          ].includes(f.ruleId),
        )
        .map((f) => f.message),
      [],
    );
  });

  it('the new card has a section for every disclosure, still to be filled in (the licence is in its front matter)', () => {
    for (const d of DISCLOSURES)
      assert.equal(r.analysis.disclosures.get(d.id).state, d.id === 'license' ? 'present' : 'empty', d.id);
  });

  it('the risk-assessment block parses to the four areas, each marked unassessed', () => {
    const text = `---\nlicense: mit\n${riskAssessmentBlock()}\n---\n# M\n`;
    const risks = lint(text, 'x.md', { kind: 'model-card' }).analysis.risks;
    assert.deepEqual(
      RISK_AREA_IDS.map((a) => risks.get(a).state),
      ['unassessed', 'unassessed', 'unassessed', 'unassessed'],
    );
  });
});
