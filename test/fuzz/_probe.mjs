import * as E from '../unit/engine.mjs';
const which = process.argv[2];
function bomb(n = 9, levels = 9) {
  const lines = ['---', 'license: mit', `a0: &a0 [${Array(n).fill('"lol"').join(', ')}]`];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(n).fill(`*a${i - 1}`).join(', ')}]`);
  lines.push('---', '# Model', '');
  return lines.join('\n');
}
const cases = {
  bomb: () => ({ text: bomb(), path: 'README.md', kind: 'model-card' }),
  bombManifest: () => ({ text: 'framework:\n  name: Model Openness Framework\n  version: "1.0"\nrelease:\n  name: x\n  producer: y\n' + bomb().split('\n').slice(2, 12).map(l => '  ' + l).join('\n').replace('  license: mit', '') + '\n  components:\n  - name: Model card\n    license: *a9\n', path: 'model.yml', kind: 'release-manifest' }),
  flow: () => ({ text: '---\nlicense: ' + '['.repeat(100000) + ']'.repeat(100000) + '\n---\n# M\n', path: 'README.md', kind: 'model-card' }),
  flowManifest: () => ({ text: 'framework:\n  name: Model Openness Framework\nrelease: ' + '{a: '.repeat(100000) + '1' + '}'.repeat(100000) + '\n', path: 'model.yml', kind: 'release-manifest' }),
  indent: () => { const l = ['---']; for (let i = 0; i < 5000; i++) l.push(' '.repeat(i) + `k${i}:`); l.push('---', '# M'); return { text: l.join('\n'), path: 'README.md', kind: 'model-card' }; },
  indent1: () => { const l = ['---']; for (let i = 0; i < 2040; i++) l.push(' '.repeat(i) + `k${i}:`); l.push('---', '# M'); return { text: l.join('\n'), path: 'README.md', kind: 'model-card' }; },
  indentM: () => { const l = ['framework:','  name: Model Openness Framework','release:']; for (let i = 1; i < 2040; i++) l.push(' '.repeat(i) + `k${i}:`); return { text: l.join('\n'), path: 'model.yml', kind: 'release-manifest' }; },
  seqDeep: () => ({ text: '---\nlicense: mit\ntags:\n' + '- '.repeat(10000) + 'x\n---\n# M\n', path: 'README.md', kind: 'model-card' }),
  indent2000: () => { const l = ['---']; for (let i = 0; i < 1000; i++) l.push(' '.repeat(2*i) + `k${i}:`); l.push('---', '# M'); return { text: l.join('\n'), path: 'README.md', kind: 'model-card' }; },
  seqIndent: () => { const l = ['---', 'x:']; for (let i = 0; i < 1020; i++) l.push(' '.repeat(2*i) + `- `); l.push('---', '# M'); return { text: l.join('\n'), path: 'README.md', kind: 'model-card' }; },
  quote: () => ({ text: '# Model\n\n' + '>'.repeat(10000) + ' deep\n', path: 'README.md', kind: 'model-card' }),
  list: () => ({ text: '# Model\n\n' + '- '.repeat(10000) + 'deep\n', path: 'README.md', kind: 'model-card' }),
  listLines: () => { const l = ['# Model', '']; for (let i = 0; i < 10000; i++) l.push(' '.repeat(Math.min(i, 3)) + '> - ' + 'x'); return { text: l.join('\n'), path: 'README.md', kind: 'model-card' }; },
  big: () => { const sec = '## Uses\n\nThe model is used for many things 😀 模型.\n\n### Out-of-Scope Use\n\nNot for medical advice.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n'; let t = '---\nlicense: mit\n---\n# Model Card\n\n'; while (t.length < 5e6) t += sec; return { text: t, path: 'README.md', kind: 'model-card' }; },
  longLine: () => ({ text: '---\nlicense: mit\n---\n# Model\n\n' + 'word 😀 '.repeat(700000) + '\n', path: 'README.md', kind: 'model-card' }),
  longFmLine: () => ({ text: '---\nlicense: ' + 'a'.repeat(5e6) + '\n---\n# Model\n', path: 'README.md', kind: 'model-card' }),
  longManifestLine: () => ({ text: 'framework:\n  name: Model Openness Framework\n  version: "1.0"\nrelease:\n  name: ' + 'x'.repeat(5e6) + '\n  producer: y\n', path: 'model.yml', kind: 'release-manifest' }),
  oneLine: () => ({ text: 'x'.repeat(5e6), path: 'README.md', kind: 'model-card' }),
  comps: () => { const l = ['framework:', '  name: Model Openness Framework', '  version: "1.0"', 'release:', '  name: x', '  producer: y', '  components:']; for (let i = 0; i < 50000; i++) l.push(`  - name: ${i % 2 ? 'Model card' : 'Training code'}`, `    license: ${i % 3 ? 'MIT' : 'Apache-2.0'}`); return { text: l.join('\n') + '\n', path: 'model.yml', kind: 'release-manifest' }; },
  huge: () => ({ text: '# Model\n' + 'x'.repeat(17 * 1024 * 1024), path: 'README.md', kind: 'model-card' }),
  nulLate: () => ({ text: '# Model\n\n' + 'text\n'.repeat(20000) + '\u0000\u0000 binary\n## Uses\n', path: 'README.md', kind: 'model-card' }),
  binary: () => { let s = ''; for (let i = 0; i < 1e5; i++) s += String.fromCharCode((i * 7919) % 256); return { text: s, path: 'README.md', kind: 'model-card' }; },
};
const c = cases[which]();
let t0 = performance.now();
const r = E.lint(c.text, c.path, { kind: c.kind, config: { profile: 'strict', rules: {} } });
const t1 = performance.now();
const fx = E.fixAll(c.text, c.path, { kind: c.kind });
const t2 = performance.now();
for (const o of [0, 5, c.text.length >> 1, c.text.length]) { E.explainAt(r, o); E.completeAt(r.doc, o); }
E.inlayHints(r); E.reportData(r, c.path);
const t3 = performance.now();
console.log(which, c.text.length, 'lint', (t1 - t0).toFixed(0), 'fixAll', (t2 - t1).toFixed(0), 'svc', (t3 - t2).toFixed(0), 'rss', (process.memoryUsage().rss / 1e6).toFixed(0), r.ruleErrors, r.findings.filter(f => ['input-limit', 'yaml-syntax'].includes(f.ruleId)).map(f => f.ruleId + ': ' + f.message.slice(0, 150)));
