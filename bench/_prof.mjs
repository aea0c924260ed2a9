import * as E from '../dist/engine.mjs';
import { readFileSync, readdirSync } from 'node:fs';
const dir='/work/shared/corpus/cards/';
const files=readdirSync(dir).sort();
const base=files.map(f=>({path:dir+f,text:readFileSync(dir+f,'utf8')}));
function perturb(text,n){
  const m=/^---[ \t]*\r?\n/.exec(text); if(!m) return text+' '.repeat(n);
  const lines=text.split('\n'); let i=1;
  for(;i<lines.length;i++){ const l=lines[i].replace(/\r$/,''); if(/^(---|\.\.\.)[ \t]*$/.test(l)) break;
    const c=l.charCodeAt(0); if(l.length && !(c===32||c===9||c===35||c===45)) lines[i]=l+' '.repeat(n)+(lines[i].endsWith('\r')?'\r':''); }
  return lines.join('\n');
}
const mode=process.argv[2]||'cold';
const docs=[];for(let k=0;k<20;k++)for(const b of base)docs.push({path:b.path,text:mode==='cold'?perturb(b.text,1+k):b.text});
const t=performance.now();for(const d of docs)E.lint(d.text,d.path);console.log(mode,performance.now()-t);
