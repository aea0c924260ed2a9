import * as E from '../unit/engine.mjs';
function bomb(n = 9, levels = 9) {
  const lines = ['---', 'license: mit', `a0: &a0 [${Array(n).fill('"lol"').join(', ')}]`];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(n).fill(`*a${i - 1}`).join(', ')}]`);
  lines.push('---', '# Model', '');
  return lines.join('\n');
}
const t = bomb();
E.lint('# x\n', 'README.md');
for (const profile of ['recommended', 'strict']) {
  let t0 = performance.now();
  const r = E.lint(t, 'README.md', { kind: 'model-card', config: { profile, rules: {} } });
  console.log(profile, performance.now() - t0);
}
// per rule
const doc = E.parseDocument('README.md', t, { kind: 'model-card' });
for (const rule of E.RULES) {
  const t0 = performance.now();
  E.lint(t, 'README.md', { kind: 'model-card', config: { profile: 'recommended', rules: Object.fromEntries(E.RULES.map(r => [r.meta.id, r === rule ? 'error' : 'off'])) } });
  const ms = performance.now() - t0; if (ms > 20) console.log(rule.meta.id, ms.toFixed(0));
}
