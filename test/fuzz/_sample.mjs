import fc from 'fast-check';
import * as G from './generators.mjs';
const which = process.argv[2];
for (const c of fc.sample(G[which], { numRuns: Number(process.argv[3] ?? 2), seed: Number(process.argv[4] ?? 1) })) { console.log('=====', c.path, JSON.stringify(c.options), c.text.length); console.log(c.text.slice(0, 1500)); }
