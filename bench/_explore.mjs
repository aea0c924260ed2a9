import * as E from '/work/main/dist/engine.mjs';
import { parseDocument } from 'yaml';
import MarkdownIt from 'markdown-it';
import { readFileSync, readdirSync } from 'node:fs';
const dir='/work/shared/corpus/cards/';
const files=readdirSync(dir).sort();
const base=files.map(f=>({path:dir+f,text:readFileSync(dir+f,'utf8')}));
function perturb(text,n){ // n trailing spaces on each top-level key line of front matter
  const fm=E.parseDocument; 
  const m=/^---[ \t]*\r?\n/.exec(text); if(!m) return text+' '.repeat(n);
  const lines=text.split('\n'); let i=1;
  for(;i<lines.length;i++){ const l=lines[i].replace(/\r$/,''); if(/^(---|\.\.\.)[ \t]*$/.test(l)) break;
    const c=l.charCodeAt(0); if(l.length && !(c===32||c===9||c===35||c===45)) lines[i]=l+' '.repeat(n)+(lines[i].endsWith('\r')?'\r':''); }
  return lines.join('\n');
}
function split(text){ const m=/^---[ \t]*\r?\n/.exec(text); if(!m) return {fm:null,body:text};
  const rest=text.slice(m[0].length); const c=/^(?:---|\.\.\.)[ \t]*$/m.exec(rest); if(!c) return {fm:null, body:text};
  return {fm:rest.slice(0,c.index), body:rest.slice(c.index+c[0].length)}; }
const mdFull=new MarkdownIt(); const mdCM=new MarkdownIt('commonmark',{html:true}); const mdBlock=new MarkdownIt('commonmark',{html:true}); mdBlock.core.ruler.disable(['inline','text_join'],true);
const set=(r)=>{const out=[];for(let k=0;k<10;k++)for(const b of base)out.push({path:b.path.replace('.md',`-${k}.md`),text:perturb(b.text,1+r*10+k)});return out;};
function bare(docs,md){const t=performance.now();for(const d of docs){const s=split(d.text); if(s.fm!==null) parseDocument(s.fm); md.parse(s.body,{});}return performance.now()-t;}
function lintAll(docs){const t=performance.now();for(const d of docs)E.lint(d.text,d.path);return performance.now()-t;}
for(let r=0;r<4;r++){const docs=set(r); const chars=docs.reduce((a,d)=>a+d.text.length,0);
 console.log(r,chars,'full',bare(docs,mdFull).toFixed(0),'cm',bare(docs,mdCM).toFixed(0),'block',bare(docs,mdBlock).toFixed(0),'lintCold',lintAll(docs).toFixed(0),'lintCached',lintAll(docs).toFixed(0));}
