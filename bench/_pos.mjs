import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCard } from './generate.mjs';
import { CARDS_DIR, LARGEST_CARD, editPositions } from './lib.mjs';
for (const t of [readFileSync(join(CARDS_DIR, LARGEST_CARD), 'utf8'), generateCard({ bytes: 5 * 1024 * 1024, fmShare: 0.5, seed: 1 })]) {
  const p = editPositions(t);
  for (const [k, o] of Object.entries(p)) { const ls = t.lastIndexOf('\n', o - 1) + 1; console.log(k, o, JSON.stringify(t.slice(ls, o + 1))); }
}
