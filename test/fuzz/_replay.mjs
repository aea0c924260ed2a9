// scratch: load a counterexample file and print details
import { readFileSync } from 'node:fs';
import * as E from '../unit/engine.mjs';
const { job, failure } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const c = failure.case;
globalThis.C = c; globalThis.E = E;
const r = E.lint(c.text, c.path, c.options);
console.log(r.kind, r.findings.map(f => [f.ruleId, f.span, f.message.slice(0,80)]));
if (process.argv[3]) await import(process.argv[3]);
