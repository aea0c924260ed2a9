// Bench part: each hostile shape (hostile-shapes.mjs) linted at n and 4n, alternating, best of four each, in this one
// process (load hits both sizes alike); linear work gives a ratio near 4, quadratic 16. Timings live here, not in the
// unit layer (test/unit/hostile-scaling.test.mjs bounds the same shapes by counted work).
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { ROOT, round } from './lib.mjs';
import { SHAPES } from './hostile-shapes.mjs';

const E = await import(pathToFileURL(join(ROOT, 'dist', 'engine.mjs')).href);
const cfg = { config: { profile: 'strict', rules: {} } };
const shapes = [];
for (const [name, path, build, n] of SHAPES) {
  const make = new Function('n', 'salt', build);
  // A fresh text for every run (salted keys): parse caches must not answer the later runs.
  let salt = 0;
  const once = (size) => {
    const text = make(size, ++salt);
    const t = performance.now();
    E.lint(text, path, cfg);
    return performance.now() - t;
  };
  once(n); // warm up the JIT on the small size
  let small = Infinity;
  let large = Infinity;
  for (let k = 0; k < 4; k++) {
    small = Math.min(small, once(n));
    large = Math.min(large, once(n * 4));
  }
  shapes.push({
    name,
    n,
    smallMs: round(small, 1),
    largeMs: round(large, 1),
    ratio: round(large / Math.max(small, 1), 1),
  });
}
console.log(`@@RESULT ${JSON.stringify({ shapes, worstRatio: Math.max(...shapes.map((s) => s.ratio)) })}`);
