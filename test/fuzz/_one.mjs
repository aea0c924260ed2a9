import { runJob } from './run.mjs';
const [property, kind, runs] = process.argv.slice(2);
const r = runJob({ property, kind, seed: 99, runs: Number(runs ?? 300), shrink: false });
console.log(property, kind, r.runs, (r.ms / r.runs).toFixed(2), 'ms/case', r.failed ? r.failure.error.slice(0, 300) : 'ok');
