#!/usr/bin/env node
// How often two careful readers agree (the ceiling for `npm run accuracy`): compares the labels of a second reader
// (second-reader/, written from LABELLING.md alone, without seeing labels/ or the linter) with labels/, item by item,
// scored as run.mjs scores the linter (present/by-reference and assessed/not-applicable count as yes).
//
//   node test/accuracy/agreement.mjs [--list]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AREAS, DISCLOSURES, loadLabels } from './run.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const YES = new Set(['present', 'by-reference', 'assessed', 'not-applicable']);
const ITEMS = [...DISCLOSURES.map((id) => ['disclosures', id]), ...AREAS.map((id) => ['risks', id])];

/** Per item and overall agreement between the committed labels and the second reader's, with the disagreements. */
export function agreement(first = loadLabels(), dir = join(here, 'second-reader')) {
  const byCard = new Map(first.map((l) => [l.card, l]));
  const per = Object.fromEntries(ITEMS.map(([, id]) => [id, { agree: 0, total: 0 }]));
  const disagreements = [];
  let cards = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const second = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const one = byCard.get(second.card);
    if (!one) throw new Error(`${f}: no label for ${second.card}`);
    cards++;
    for (const [kind, id] of ITEMS) {
      const a = one[kind][id]?.label;
      const b = second[kind]?.[id]?.label;
      per[id].total++;
      if (YES.has(a) === YES.has(b)) per[id].agree++;
      else disagreements.push({ card: one.card, split: one.split, id, first: a, second: b });
    }
  }
  const total = ITEMS.length * cards;
  return { cards, agree: total - disagreements.length, total, per, disagreements };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = agreement();
  const pct = (a, b) => ((100 * a) / b).toFixed(1);
  console.log(`${r.cards} cards read by two readers: agreement ${pct(r.agree, r.total)} %`);
  for (const [id, x] of Object.entries(r.per)) console.log(`${id.padEnd(24)} ${pct(x.agree, x.total).padStart(5)} %`);
  if (process.argv.includes('--list'))
    for (const d of r.disagreements) console.log(`${d.card} | ${d.id} | first ${d.first} | second ${d.second}`);
}
