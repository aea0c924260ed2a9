// The labelled accuracy set (test/accuracy) is well formed, and the harness that scores the linter against it counts
// what it says it counts: a broken label file or a scoring slip would silently move the reported agreement.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { AREAS, DISCLOSURES, SPLITS, compare, loadLabels, score, selectLabels } from '../accuracy/run.mjs';

const CARDS = new URL('../accuracy/cards/', import.meta.url);
const DISCLOSURE_LABELS = new Set(['present', 'by-reference', 'withheld', 'missing']);
const RISK_LABELS = new Set(['assessed', 'not-assessed', 'not-applicable']);
const CATEGORIES = new Set([
  'big-release',
  'vision-speech-diffusion',
  'derived',
  'non-english',
  'no-front-matter',
  'not-hf-style',
  'other',
]);
const norm = (s) => s.replace(/\s+/g, ' ').trim();

test('every label file names its card, source and split, labels all twelve disclosures and four areas, and quotes the card verbatim', () => {
  const labels = loadLabels();
  assert.ok(labels.length >= 150, `${labels.length} labelled cards`);
  for (const l of labels) {
    const where = l.card;
    assert.ok(existsSync(new URL(l.card, CARDS)), `${where}: card file exists`);
    assert.ok(CATEGORIES.has(l.category), `${where}: category ${l.category}`);
    assert.ok(SPLITS.includes(l.split), `${where}: split ${l.split}`);
    assert.match(l.source?.repo ?? '', /^[\w.-]+\/[\w.-]+$/, `${where}: source repo`);
    assert.match(l.source?.commit ?? '', /^[0-9a-f]{40}$/, `${where}: source commit`);
    const card = norm(readFileSync(new URL(l.card, CARDS), 'utf8'));
    for (const id of DISCLOSURES) {
      const v = l.disclosures[id];
      assert.ok(v && DISCLOSURE_LABELS.has(v.label), `${where}: ${id} label ${v?.label}`);
      if (v.label !== 'missing') assert.ok(v.quote, `${where}: ${id} is ${v.label} without a quote`);
      if (v.quote) assert.ok(card.includes(norm(v.quote)), `${where}: ${id} quote is not in the card`);
    }
    for (const id of AREAS) {
      const v = l.risks[id];
      assert.ok(v && RISK_LABELS.has(v.label), `${where}: ${id} label ${v?.label}`);
      if (v.label === 'assessed') assert.ok(v.quote, `${where}: ${id} assessed without a quote`);
      if (v.quote) assert.ok(card.includes(norm(v.quote)), `${where}: ${id} quote is not in the card`);
    }
  }
});

test('both halves hold every category', () => {
  const labels = loadLabels();
  for (const split of ['tune', 'holdout']) {
    const cats = new Set(labels.filter((l) => l.split === split).map((l) => l.category));
    assert.deepEqual([...cats].sort(), [...CATEGORIES].sort(), split);
  }
});

test('the harness scores a finding as "flags it", its absence as "disclosed", and by-reference as disclosed', () => {
  const label = (license, intended) => ({
    card: 'x.md',
    category: 'other',
    split: 'tune',
    disclosures: Object.fromEntries(
      DISCLOSURES.map((id) => [
        id,
        { label: id === 'license' ? license : id === 'intended-use' ? intended : 'missing', quote: '' },
      ]),
    ),
    risks: Object.fromEntries(AREAS.map((id) => [id, { label: 'not-assessed', quote: '' }])),
  });
  const flagged = DISCLOSURES.filter((id) => id !== 'license').map((id) => ({ rule: `undisclosed-${id}` }));
  const results = new Map([['x.md', { diagnostics: flagged, risks: { safety_and_security: { state: 'assessed' } } }]]);
  const rows = compare([label('by-reference', 'withheld')], results);
  const row = (id) => rows.find((r) => r.id === id);
  assert.deepEqual([row('license').reader, row('license').linter], [true, true]);
  assert.deepEqual([row('intended-use').reader, row('intended-use').linter], [false, false]);
  assert.deepEqual([row('safety_and_security').reader, row('safety_and_security').linter], [false, true]);
  const s = score(rows);
  assert.equal(s.n, 16);
  assert.equal(s.falseAlarms, 0);
  assert.equal(s.misses, 1);
  assert.equal(s.agreement, (100 * 15) / 16);
});

test('a run leaves the current sealed half out unless asked for it, and --notes keeps one labelling batch', () => {
  const labels = [
    { card: 'a.md', split: 'tune', notes: 'tune batch 22; a card' },
    { card: 'b.md', split: 'tune', notes: 'tune batch 2; another' },
    { card: 'c.md', split: 'sealed', notes: 'sealed half 8; x' },
    { card: 'd.md', split: 'sealed-7', notes: 'sealed half 7; y' },
  ];
  const cards = (options) => selectLabels(labels, options).map((l) => l.card);
  assert.deepEqual(cards(), ['a.md', 'b.md', 'd.md']);
  assert.deepEqual(cards({ all: true }), ['a.md', 'b.md', 'c.md', 'd.md']);
  assert.deepEqual(cards({ split: 'sealed' }), ['c.md']);
  assert.deepEqual(cards({ notes: 'tune batch 22;' }), ['a.md']);
  assert.deepEqual(cards({ notes: 'sealed half 8;' }), []);
  assert.deepEqual(cards({ notes: 'sealed half 8;', all: true }), ['c.md']);
});
