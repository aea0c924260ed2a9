// Diagnostic: per-phase time of a cold lint over the corpus ×N (parse, each Analysis getter, each rule's own time).
import * as E from '../dist/engine.mjs';
import { loadCards, perturb } from './lib.mjs';
const N = Number(process.argv[2] ?? 5);
const file = process.argv[3];
const cards = loadCards().filter(c => !file || c.name.includes(file));
const acc = new Map();
const add = (k, t) => acc.set(k, (acc.get(k) ?? 0) + t);
const proto = E.Analysis.prototype;
const inGetter = [];
for (const name of ['card', 'manifest', 'stage', 'disclosures', 'risks', 'directives']) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  Object.defineProperty(proto, name, { get() { const t = performance.now(); inGetter.push(0); const v = d.get.call(this); const dt = performance.now() - t; const inner = inGetter.pop(); if (this.cache.get('__t_' + name) === undefined) { this.cache.set('__t_' + name, 1); add('analysis.' + name, dt - inner); } if (inGetter.length) inGetter[inGetter.length - 1] += dt; return v; } });
}
for (const r of E.RULES) {
  const check = r.check;
  r.check = (ctx) => { const t = performance.now(); inGetter.push(0); try { return check(ctx); } finally { const dt = performance.now() - t; const inner = inGetter.pop(); add('rule.' + r.meta.id, dt - inner); } };
}
const origParse = E.parseDocument;
let total = 0, parse = 0;
for (let k = 0; k < N + 1; k++) {
  if (k === 1) { acc.clear(); total = 0; parse = 0; }
  for (const c of cards) {
    const text = perturb(c.text, 1 + k);
    let t = performance.now();
    const doc = E.parseDocument(c.path, text);
    parse += performance.now() - t;
    t = performance.now();
    E.lint(text, c.path, { parsed: doc });
    total += performance.now() - t;
  }
}
console.log('parse', parse.toFixed(0), 'lint-after-parse', total.toFixed(0));
console.log([...acc].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0).padStart(7)}  ${k}`).join('\n'));
