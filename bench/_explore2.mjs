import * as E from '../dist/engine.mjs';
import { parseDocument } from 'yaml';
import MarkdownIt from 'markdown-it';
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
function split(text){ const m=/^---[ \t]*\r?\n/.exec(text); if(!m) return {fm:null,body:text};
  const rest=text.slice(m[0].length); const c=/^(?:---|\.\.\.)[ \t]*$/m.exec(rest); if(!c) return {fm:null, body:text};
  return {fm:rest.slice(0,c.index), body:rest.slice(c.index+c[0].length)}; }
const mdFull=new MarkdownIt(); const mdBlock=new MarkdownIt('commonmark',{html:true}); mdBlock.core.ruler.disable(['inline','text_join'],true);
const set=(r)=>{const out=[];for(let k=0;k<10;k++)for(const b of base)out.push({path:b.path.replace('.md',`-${k}.md`),text:perturb(b.text,1+r*10+k)});return out;};
const T=(f)=>{const t=performance.now();f();return performance.now()-t;};
for(let r=0;r<5;r++){const docs=set(r); const sp=docs.map(d=>split(d.text));
 const y=T(()=>{for(const s of sp) if(s.fm!==null) parseDocument(s.fm);});
 const mf=T(()=>{for(const s of sp) mdFull.parse(s.body,{});});
 const mb=T(()=>{for(const s of sp) mdBlock.parse(s.body,{});});
 const pd=T(()=>{for(const d of docs) E.parseDocument(d.path,d.text);});
 const docs2=set(r+100);
 const lc=T(()=>{for(const d of docs2) E.lint(d.text,d.path);});
 const lcached=T(()=>{for(const d of docs2) E.lint(d.text,d.path);});
 console.log(r,{y:y|0,mdFull:mf|0,mdBlock:mb|0,engineParseCold:pd|0,lintCold:lc|0,lintCached:lcached|0});}
