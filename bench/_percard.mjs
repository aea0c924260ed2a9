import * as E from '../dist/engine.mjs';
import { loadCards, perturb, splitCard } from './lib.mjs';
import { parseDocument } from 'yaml';
import MarkdownIt from 'markdown-it';
const md = new MarkdownIt();
const cards = loadCards();
const rows = [];
for (const c of cards) {
  const ts = { bare: [], lint: [] };
  for (let k = 0; k < 6; k++) {
    const text = perturb(c.text, 1 + k);
    const s = splitCard(text);
    let t = performance.now();
    if (s.fm !== null) parseDocument(s.fm); md.parse(s.body, {});
    ts.bare.push(performance.now() - t);
    t = performance.now(); E.lint(text, c.path); ts.lint.push(performance.now() - t);
  }
  const m = (a) => a.slice(1).sort((x, y) => x - y)[2];
  const s = splitCard(c.text);
  rows.push({ name: c.name.slice(0, 60), kb: (c.text.length / 1024).toFixed(0), fmkb: ((s.fm ?? '').length / 1024).toFixed(0), bare: m(ts.bare), lint: m(ts.lint) });
}
rows.sort((a, b) => (b.lint - b.bare) - (a.lint - a.bare));
let sb = 0, sl = 0; for (const r of rows) { sb += r.bare; sl += r.lint; }
console.log('sum bare', sb.toFixed(0), 'sum lint', sl.toFixed(0));
for (const r of rows.slice(0, 20)) console.log(r.kb.padStart(4), r.fmkb.padStart(4), r.bare.toFixed(1).padStart(7), r.lint.toFixed(1).padStart(7), (r.lint / r.bare).toFixed(2).padStart(6), r.name);
