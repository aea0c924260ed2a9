#!/usr/bin/env node
// Render bench/results.json as the Markdown table of the README: `node bench/table.mjs [results.json]`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';

const r = JSON.parse(readFileSync(process.argv[2] ?? join(ROOT, 'bench', 'results.json'), 'utf8'));
const esc = (s) => String(s).replace(/\|/g, '\\|');
const out = ['| Figure | Measured | Goal | Met |', '| --- | ---: | --- | :---: |'];
for (const f of r.figures) {
  const sub = f.figure.startsWith('  ');
  out.push(
    `| ${sub ? '&nbsp;&nbsp;' : ''}${esc(f.figure.trim())} | ${esc(`${f.value} ${f.unit}`)} | ${f.goal} | ${f.met === null ? '' : f.met ? '✅' : '❌ missed'} |`,
  );
}
const m = r.machine;
out.push(
  '',
  `Measured ${r.generatedAt.slice(0, 10)} on ${m.cpus} × ${m.cpuModel}, Node ${m.node} (load average ${m.loadAverageAtStart[0]} at start, ${m.loadAverageAtEnd[0]} at end; the run took ${r.seconds} s).`,
);
console.log(out.join('\n'));
