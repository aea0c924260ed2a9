// The `missing-disclosures` summary: more than three findings on one position become one diagnostic that lists the
// `undisclosed-*` findings there, each still its own rule (config, directives, JSON members, quick fixes).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, lint, toFileReport } from './engine.mjs';

const BARE = '# tiny-llm\n\nA small language model.\n';
const run = (text, rules = {}) =>
  lint(text, 'README.md', { kind: 'model-card', config: { profile: 'recommended', rules } });
const summaries = (r) => r.findings.filter((f) => f.ruleId === 'missing-disclosures');
const at = (r, start) => r.findings.filter((f) => f.span.start === start);

describe('missing-disclosures', () => {
  it('replaces the pile on the title by one summary at the highest severity, licence first', () => {
    const r = run(BARE);
    const [s, ...more] = summaries(r);
    assert.equal(more.length, 0);
    assert.equal(r.doc.text.slice(s.span.start, s.span.end), 'tiny-llm');
    assert.equal(s.severity, 'error', 'undisclosed-license is an error in the default profile');
    assert.equal(s.members.length, 12);
    assert.equal(s.members[0].ruleId, 'undisclosed-license');
    assert.match(s.message, /^12 disclosures missing: licence, intended use, /);
    assert.deepEqual(
      s.related.map((x) => x.message.split(' ')[0]),
      s.members.map((m) => m.ruleId),
    );
    assert.ok(!r.findings.some((f) => f.ruleId.startsWith('undisclosed-')));
    assert.ok(at(r, s.span.start).length <= 3, r.findings.map((f) => f.ruleId).join(' '));
  });

  it('each listed finding follows its own rule: a rule turned off leaves the list, a lower severity lowers the summary', () => {
    const r = run(BARE, { 'undisclosed-license': 'info', 'undisclosed-contact': 'off' });
    const [s] = summaries(r);
    assert.ok(!s.members.some((m) => m.ruleId === 'undisclosed-contact'));
    assert.equal(s.members.find((m) => m.ruleId === 'undisclosed-license').severity, 'info');
    assert.equal(s.severity, 'warning');
    assert.match(s.message, /^11 disclosures missing: intended use, /, 'most severe first');
  });

  it('turned off, the findings are reported one by one', () => {
    const r = run(BARE, { 'missing-disclosures': 'off' });
    assert.equal(summaries(r).length, 0);
    assert.equal(r.findings.filter((f) => f.ruleId.startsWith('undisclosed-')).length, 12);
  });

  it('a directive naming the summary silences it and what it lists; one naming a listed rule removes that one', () => {
    const quiet = run('<!-- modelcard-lint-disable-next-line missing-disclosures -- a stub -->\n' + BARE);
    assert.equal(summaries(quiet).length, 0);
    assert.ok(!quiet.findings.some((f) => f.ruleId.startsWith('undisclosed-')));
    assert.ok(!quiet.findings.some((f) => f.ruleId === 'unused-disable-directive'));
    assert.equal(quiet.suppressed.filter((f) => f.ruleId.startsWith('undisclosed-')).length, 12);

    const one = run('<!-- modelcard-lint-disable-next-line undisclosed-license -- licence in LICENSE -->\n' + BARE);
    const [s] = summaries(one);
    assert.equal(s.members.length, 11);
    assert.equal(s.severity, 'warning');
  });

  it('the first quick fix inserts every missing section at once, each heading once, a blank line between', () => {
    const r = run(BARE);
    const [s] = summaries(r);
    const [all, ...each] = s.suggestions;
    assert.equal(all.title, 'Insert the 12 missing sections');
    assert.equal(each.length, 12);
    const out = applyEdits(r.doc.text, all.edits);
    for (const one of each) {
      const heading = one.edits[0].newText.trim().split('\n')[0];
      assert.equal(out.split(heading).length, 2, `${heading} once`);
    }
    assert.doesNotMatch(out, /\n\n\n/);
    assert.match(out, /^# tiny-llm\n\nA small language model\.\n\n## /);
    // Every section is there now: nothing is reported as missing altogether.
    const after = run(out);
    const missing = after.findings
      .flatMap((f) => f.members ?? [f])
      .filter((f) => /^No .* disclosure\./.test(f.message));
    assert.deepEqual(
      missing.map((f) => f.ruleId),
      [],
    );
  });

  it('three findings or fewer on a position are left alone', () => {
    const card = [
      '---',
      'license: apache-2.0',
      '---',
      '# m',
      '',
      '## Uses',
      '',
      'Drafting replies to support tickets. Not intended for medical or legal advice.',
      '',
      '## Training',
      '',
      'Fine-tuned with LoRA on 40,000 support tickets, on one A100 GPU for 6 hours.',
      '',
      '## Evaluation',
      '',
      'Exact match 71.2 on held-out tickets.',
      '',
      '## Limitations',
      '',
      'It may produce confident but wrong answers.',
      '',
    ].join('\n');
    const r = run(card);
    assert.equal(summaries(r).length, 0);
    for (const f of r.findings) assert.ok(at(r, f.span.start).length <= 3);
  });

  it('the JSON report lists the members with their rule ids', () => {
    const r = run(BARE);
    const d = toFileReport(r, 'README.md').diagnostics.find((x) => x.rule === 'missing-disclosures');
    assert.equal(d.severity, 'error');
    assert.equal(d.members.length, 12);
    assert.deepEqual(d.members[0], {
      rule: 'undisclosed-license',
      severity: 'error',
      message: r.findings.find((f) => f.ruleId === 'missing-disclosures').members[0].message,
    });
  });
});
