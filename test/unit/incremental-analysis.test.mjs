// Incremental body analysis (analyze/body-search.ts, issue 11): a lint that reads the previous version's section
// results from the lint session's cache must give exactly the findings, disclosures, risk areas and openness of a lint
// from scratch — on every corpus card and every accuracy card, after a series of random edits — and a keystroke must
// analyse the section it touched, not the body. Work is counted (EngineCache.body), never timed.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { rng } from '../../bench/generate.mjs';
import { EngineCache, lint } from './engine.mjs';

const corpus = new URL('../../../shared/corpus/cards/', import.meta.url);
const accuracy = new URL('../accuracy/cards/', import.meta.url);
const skip = existsSync(corpus) ? false : 'corpus absent: ../shared/corpus/cards not found next to the repository';
const read = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(new URL(f, dir), 'utf8') }));
const corpusCards = skip ? [] : read(corpus);
const accuracyCards = read(accuracy);

// Edits that change what the analysis reads as well as text: headings that start, end or rename sections (how-to
// sections mask signals below them, training parents unmask them), comments and fences that open or close across
// sections, labels, table rows, sentences that are signals, statements that a disclosure is withheld.
const INSERTS = [
  'x',
  ' ',
  '\n',
  '\n\n',
  '#',
  '## Usage\n',
  '## How to use\n',
  '### Fine-tuning\n',
  '## Training procedure\n',
  '## Evaluation\n',
  '## Limitations\n',
  '<!-- ',
  ' -->',
  '```\n',
  '\n```\n',
  '- **License:** MIT\n',
  '- Training data: 2M articles\n',
  '| Model | License |\n| --- | --- |\n| m | MIT |\n',
  'We trained it on 8 A100 GPUs for 3 days.\n',
  'The training data is proprietary and will not be disclosed.\n',
  'Please report bugs at https://github.com/org/repo/issues.\n',
  'The model may be misused to create disinformation.\n',
  '[More Information Needed]\n',
  'This model is fully open source.\n',
];

/** One random edit: delete up to 40 characters somewhere and insert one of INSERTS (often at a line start). */
function edit(text, random) {
  let at = Math.floor(random() * (text.length + 1));
  if (random() < 0.5) at = text.lastIndexOf('\n', at - 1) + 1;
  const remove = random() < 0.5 ? Math.floor(random() * 40) : 0;
  const insert = INSERTS[Math.floor(random() * INSERTS.length)];
  return text.slice(0, at) + insert + text.slice(Math.min(text.length, at + remove));
}

/** What the equivalence is about: every finding, every disclosure and risk-area verdict with its evidence, openness
 * and the inferred stage. */
function verdicts(r) {
  return {
    findings: r.findings,
    disclosures: r.kind === 'model-card' ? [...r.analysis.disclosures.values()] : null,
    risks: r.kind === 'model-card' ? [...r.analysis.risks.values()] : null,
    openness: r.openness,
    stage: r.stage,
  };
}

/** Lint `text` under `path` with `cache` and with none (unless its verdicts are given), and require the same verdicts;
 * returns them. */
function same(text, path, cache, config, what, cold = verdicts(lint(text, path, { config }))) {
  assert.deepStrictEqual(verdicts(lint(text, path, { cache, config })), cold, what);
  return cold;
}

/** Front matter of the first card, then real bodies in turn until `chars`: a long card of real sections. */
function bigCard(chars) {
  const parts = ['---\nlicense: apache-2.0\nlibrary_name: transformers\n---\n'];
  let size = parts[0].length;
  for (let i = 0; size < chars; i++) {
    const t = corpusCards[i % corpusCards.length].text.replace(/\r\n?/g, '\n');
    const m = /^---\n[\s\S]*?\n---[ \t]*\n/.exec(t);
    const b = m ? t.slice(m[0].length) : t;
    parts.push(b, '\n\n');
    size += b.length + 2;
  }
  return parts.join('');
}

describe('incremental body analysis', () => {
  // Each card: a first lint, a few random edits (the warm lint reads every untouched section from the cache), then the
  // first version again (sections come back whose results the cache no longer has, or has under other offsets).
  const run = (cards, seed, config, label, edits) => {
    const random = rng(seed);
    const cache = new EngineCache();
    for (const { name, text } of cards) {
      const path = `/repo/${name.split('__').pop()}`;
      const first = same(text, path, cache, config, `${label} ${name}: first lint`);
      let t = text;
      for (let i = 0; i < edits; i++) {
        t = edit(t, random);
        same(t, path, cache, config, `${label} ${name}: edit ${i + 1}`);
      }
      same(text, path, cache, config, `${label} ${name}: back to the first version`, first);
    }
  };

  it('every corpus card gives the same verdicts from the cache as from scratch, after random edits', { skip }, () => {
    run(corpusCards, 11, { profile: 'strict', rules: {} }, 'corpus', 4);
  });

  it('every accuracy card gives the same verdicts from the cache as from scratch, after random edits', () => {
    assert.ok(accuracyCards.length > 300, `${accuracyCards.length} accuracy cards`);
    run(accuracyCards, 12, { profile: 'recommended', rules: {} }, 'accuracy', 2);
  });

  it('a keystroke analyses the section it touched, not the body', { skip }, () => {
    const perEdit = (chars) => {
      const cache = new EngineCache();
      let text = bigCard(chars);
      const first = lint(text, '/cards/README.md', { cache });
      // The end of a prose line in the middle of the card; the section around it, from its ATX heading to the next.
      let at = text.indexOf('\n', text.indexOf(' ', text.indexOf('\n', Math.floor(text.length / 2)) + 1));
      const cuts = first.doc.card.markdown.headings.filter((h) => h.kind === 'atx').map((h) => h.span.start);
      const section = (cuts.find((c) => c > at) ?? text.length) - cuts.filter((c) => c <= at).pop();
      const c = cache.body;
      const [chars0, scanned0, regions0, pieces0] = [c.newChars, c.scannedChars, c.newRegions, c.newPieces];
      for (let i = 0; i < 10; i++) {
        text = text.slice(0, at) + 'abcdefghij'[i] + text.slice(at);
        at++;
        lint(text, '/cards/README.md', { cache });
      }
      return {
        section,
        chars: text.length,
        pieces: (c.newPieces - pieces0) / 10,
        newChars: (c.newChars - chars0) / 10,
        scanned: (c.scannedChars - scanned0) / 10,
        regions: (c.newRegions - regions0) / 10,
      };
    };
    const small = perEdit(256 * 1024);
    const large = perEdit(1024 * 1024);
    for (const w of [small, large]) {
      // One piece analysed afresh: the section typed into, with its neighbours if it is short (under 1 KB together).
      assert.equal(w.pieces, 1, JSON.stringify(w));
      assert.ok(w.newChars <= Math.max(w.section, 2048) + 10, JSON.stringify(w)); // + the characters typed
      // Each pattern runs over that section at most once.
      assert.ok(w.scanned <= w.section * 400, JSON.stringify(w));
      assert.ok(w.regions <= 40, JSON.stringify(w));
    }
    // Four times the document: the work per keystroke follows the section, not the document.
    assert.ok(
      large.scanned / large.section <= (small.scanned / small.section) * 1.5 + 1,
      JSON.stringify({ small, large }),
    );
    // Without the cache every section is analysed: the counters measure what they claim.
    const cold = new EngineCache();
    const text = bigCard(1024 * 1024);
    lint(text, '/cards/README.md', { cache: cold });
    assert.ok(cold.body.newChars > text.length * 0.9, `${cold.body.newChars} of ${text.length}`);
    assert.ok(cold.body.scannedChars > text.length * 5, `${cold.body.scannedChars} scanned in ${text.length}`);
  });

  it('short sections are searched together: a card of 100,000 headings makes about one piece per kilobyte', () => {
    const cache = new EngineCache();
    const text = '# Model card\n' + '# h\n'.repeat(100_000);
    const r = lint(text, '/cards/MODEL_CARD.md', { cache });
    assert.equal(r.doc.card.markdown.headings.length, 100_001);
    assert.ok(cache.body.newPieces <= text.length / 1024 + 1, `${cache.body.newPieces} pieces`);
  });
});
