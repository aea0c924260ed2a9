import * as E from '../dist/engine.mjs';
import { readFileSync } from 'node:fs';
const p='/work/shared/corpus/cards/YinanWusoymilk__hf-readme__training_and_application--readme_files--Snowflake_snowflake-arctic-embed-m-v1.5.md';
let text=readFileSync(p,'utf8');
const fmEnd=text.indexOf('\n---',4);
console.log('len',text.length,'fmEnd',fmEnd, text.slice(0,300));
const positions={body: fmEnd+200, top: text.indexOf('\n',4)-1, mi: Math.floor(fmEnd/2)};
for(let i=0;i<5;i++)E.lint(text+' '.repeat(i),p);
for(const [name,pos] of Object.entries(positions)){
  const ts=[];
  for(let i=0;i<30;i++){ text=text.slice(0,pos)+(i%2?'':'x')+text.slice(pos+(i%2?1:0)); const t=performance.now(); E.lint(text,p); ts.push(performance.now()-t);}
  ts.sort((a,b)=>a-b); console.log(name, 'p50',ts[15].toFixed(1),'p95',ts[28].toFixed(1));
}
