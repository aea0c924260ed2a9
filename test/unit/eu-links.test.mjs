// Profile `eu-gpai` (issue 13): each `undisclosed-*` finding names the EU documentation items it serves (Annex XI,
// Annex XII, Model Documentation Form) in its message, related information and JSON, exactly the items that
// `export --eu-documentation` marks missing or withheld with that rule; other profiles say nothing of the EU.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { euDocumentation, lint } from './engine.mjs';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const CARDS = fileURLToPath(new URL('../../../shared/corpus/cards', import.meta.url));
const EU = { config: { profile: 'eu-gpai', rules: {} } };

// A short card: licence and intended use, nothing on architecture, training data, evaluation or compute.
const CARD = `---
license: apache-2.0
pipeline_tag: text-generation
---
# Tiny LM

## Uses

Drafting short replies in a support inbox.

## Training Data

<!-- to do -->
`;

/** Every finding with the summary's members (each keeps its rule and links). */
const flat = (findings) => findings.flatMap((f) => [f, ...(f.members ?? [])]);
const byRule = (result, rule) => flat(result.findings).find((f) => f.ruleId === rule);

describe('eu-gpai findings link to the EU documentation items they serve', () => {
  it('the architecture finding: message, related information and links, as the export lays the items out', () => {
    const result = lint(CARD, '/tmp/eu/README.md', EU);
    const f = byRule(result, 'undisclosed-architecture');
    assert.deepEqual(f.eu, [
      { id: 'annex-xi-1.1d', ref: 'Annex XI §1 1(d)', title: 'Architecture and number of parameters' },
      { id: 'annex-xii.1f', ref: 'Annex XII 1(f)', title: 'Architecture and number of parameters' },
      { id: 'cop-mdf.2.1', ref: 'Model Documentation Form 2.1', title: 'Model architecture (about 20 words)' },
    ]);
    assert.ok(
      f.message.endsWith(' EU documentation: Annex XI §1 1(d) · Annex XII 1(f) · Model Documentation Form 2.1.'),
      f.message,
    );
    assert.deepEqual(
      f.related.map((r) => r.message),
      [
        'EU documentation item annex-xi-1.1d (Annex XI §1 1(d)): Architecture and number of parameters',
        'EU documentation item annex-xii.1f (Annex XII 1(f)): Architecture and number of parameters',
        'EU documentation item cop-mdf.2.1 (Model Documentation Form 2.1): Model architecture (about 20 words)',
      ],
    );
    assert.ok(f.related.every((r) => r.span.start === f.span.start && r.span.end === f.span.end));
  });

  it('an empty section links too; items the card fills some other way are not linked', () => {
    const result = lint(CARD, '/tmp/eu/README.md', EU);
    // "Training Data" is only a comment: the training-data finding serves Annex XI 2(c), XII 2(c) and form 6.1.
    assert.deepEqual(
      byRule(result, 'undisclosed-training-data').eu.map((l) => l.id),
      ['annex-xi-1.2c', 'annex-xii.2c', 'cop-mdf.6.1'],
    );
    // Limitations and contact ask for no item of their own (the contact item is form "Commitment contact").
    assert.equal(byRule(result, 'undisclosed-limitations').eu, undefined);
    // Evaluation serves Annex XI §2 only, which this card (no compute over 10^25 FLOP) does not owe.
    const evaluation = byRule(result, 'undisclosed-evaluation');
    assert.equal(evaluation.eu, undefined);
    assert.ok(!evaluation.message.includes('EU documentation'));
  });

  it('Annex XI §2 items are linked when the card is presumed to have systemic risk (over 10^25 FLOP)', () => {
    const big = CARD.replace('## Uses', 'Trained with 3.8 × 10^25 FLOPs.\n\n## Uses');
    const result = lint(big, '/tmp/eu/README.md', EU);
    assert.deepEqual(
      byRule(result, 'undisclosed-evaluation').eu.map((l) => l.id),
      ['annex-xi-2.1'],
    );
    assert.deepEqual(
      byRule(result, 'undisclosed-architecture').eu.map((l) => l.id),
      ['annex-xi-1.1d', 'annex-xi-2.3', 'annex-xii.1f', 'cop-mdf.2.1'],
    );
    assert.equal(euDocumentation(result).systemicRisk.included, true);
  });

  it('other profiles add nothing', () => {
    for (const profile of ['recommended', 'strict', 'hf-basic']) {
      const result = lint(CARD, '/tmp/eu/README.md', { config: { profile, rules: {} } });
      for (const f of flat(result.findings)) {
        assert.equal(f.eu, undefined, `${profile}: ${f.ruleId}`);
        assert.ok(!f.message.includes('EU documentation'), `${profile}: ${f.ruleId}`);
      }
    }
  });

  it(
    'on 60 corpus cards the links are exactly the export: each missing or withheld item under its rule',
    { skip: existsSync(CARDS) ? false : 'no ../shared/corpus' },
    () => {
      const files = readdirSync(CARDS)
        .filter((f) => f.endsWith('.md'))
        .sort()
        .slice(0, 60);
      let links = 0;
      for (const name of files) {
        const result = lint(readFileSync(join(CARDS, name), 'utf8'), join(CARDS, name), EU);
        // What the findings link, rule → item ids.
        const linked = new Set();
        for (const f of flat(result.findings)) for (const l of f.eu ?? []) linked.add(`${f.ruleId} ${l.id}`);
        // What the export marks missing or withheld, with the rule it names, for the rules that ran.
        const ran = new Set(flat(result.findings).map((f) => f.ruleId));
        const owed = new Set();
        for (const s of euDocumentation(result).sections)
          for (const i of s.items)
            if (i.status !== 'filled' && i.rule && ran.has(i.rule)) owed.add(`${i.rule} ${i.id}`);
        assert.deepEqual([...linked].sort(), [...owed].sort(), name);
        links += linked.size;
      }
      // Not vacuous: the corpus cards miss many items.
      assert.ok(links > 100, `${links} links`);
    },
  );

  it('the JSON output carries the links on diagnostics and on a summary’s members', () => {
    const r = spawnSync(
      process.execPath,
      [CLI, '--stdin', '--stdin-filename', 'README.md', '--format', 'json', '--profile', 'eu-gpai'],
      {
        input: CARD,
        encoding: 'utf8',
      },
    );
    const diagnostics = JSON.parse(r.stdout).results[0].diagnostics;
    const all = diagnostics.flatMap((d) => [d, ...(d.members ?? [])]);
    const architecture = all.find((d) => d.rule === 'undisclosed-architecture');
    assert.deepEqual(
      architecture.eu.map((l) => l.id),
      ['annex-xi-1.1d', 'annex-xii.1f', 'cop-mdf.2.1'],
    );
    assert.ok(all.filter((d) => d.eu).every((d) => d.rule.startsWith('undisclosed-')));
  });
});
