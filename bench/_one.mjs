import * as E from '../dist/engine.mjs';
import { loadCards, perturb } from './lib.mjs';
const name = process.argv[2]; const n = Number(process.argv[3] ?? 200);
const c = loadCards().find(c => c.name.includes(name));
for (let k = 0; k < 20; k++) E.lint(perturb(c.text, k + 1), c.path);
const t = performance.now();
for (let k = 0; k < n; k++) E.lint(perturb(c.text, k + 100), c.path);
console.log(c.name, c.text.length, ((performance.now() - t) / n).toFixed(2), 'ms/lint');
