import * as E from '/work/main/dist/engine.mjs';
import { readFileSync } from 'node:fs';
const t=readFileSync('/tmp/big5.md','utf8'); let s=performance.now(); const r=E.lint(t,'/tmp/big5.md'); console.log(r.kind, r.findings.length, r.doc.card.frontMatter.problems.length, r.doc.card.markdown.headings.length, performance.now()-s);
s=performance.now(); E.lint(t+' ','/tmp/big5.md'); console.log('again', performance.now()-s);
const groups={}; for(const f of r.findings) groups[f.ruleId]=(groups[f.ruleId]||0)+1; console.log(groups, r.ruleErrors);
