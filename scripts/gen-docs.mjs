// Rewrites the generated block of every docs/rules/<id>.md from the rule registry, and docs/rules/README.md
// (the index). Prose outside the block is hand-written. `--check` fails instead of writing when anything drifts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DIFF_RULES, RULES, PROFILE_IDS, profileSeverity } from '../dist/engine.mjs';

const check = process.argv.includes('--check');
const START = '<!-- generated:start (npm run gen:docs rewrites this block from the rule metadata) -->';
const END = '<!-- generated:end -->';
const KIND = { 'model-card': 'model cards', 'release-manifest': 'release manifests' };

export function block(rule, diff = false) {
  const m = rule.meta;
  const sev = PROFILE_IDS.map((p) => `${p}: ${profileSeverity(rule, p)}`).join(' · ');
  return [
    START,
    `> ${m.description}`,
    '',
    '| | |',
    '|---|---|',
    `| Applies to | ${m.appliesTo.map((k) => KIND[k]).join(', ')}${diff ? ' (`modelcard-lint diff`: two versions compared)' : ''} |`,
    `| Tags | ${m.tags.join(', ')} |`,
    `| Fixable | ${m.fixable ? 'yes (`--fix`, fix-all, quick fix)' : 'no'}${m.hasSuggestions ? '; suggestions offered as quick fixes' : ''} |`,
    `| Severity by profile | ${sev} |`,
    END,
  ].join('\n');
}

let drift = [];
// Diff rules (`modelcard-lint diff`, engine/diff/rules.ts) have the same metadata and pages.
for (const rule of [...RULES, ...DIFF_RULES]) {
  const diff = DIFF_RULES.includes(rule);
  const path = `docs/rules/${rule.meta.id}.md`;
  if (!existsSync(path)) {
    drift.push(`${path} missing`);
    continue;
  }
  const text = readFileSync(path, 'utf8');
  const s = text.indexOf('<!-- generated:start');
  const e = text.indexOf(END);
  let next;
  if (s === -1 || e === -1) {
    const nl = text.indexOf('\n');
    next = text.slice(0, nl + 1) + '\n' + block(rule, diff) + '\n' + text.slice(nl + 1);
  } else next = text.slice(0, s) + block(rule, diff) + text.slice(e + END.length);
  if (next !== text) {
    drift.push(path);
    if (!check) writeFileSync(path, next);
  }
}
function row(r) {
  return `| [\`${r.meta.id}\`](${r.meta.id}.md) | ${r.meta.appliesTo.map((k) => KIND[k]).join(', ')} | ${r.meta.severity.recommended} | ${r.meta.fixable ? 'yes' : r.meta.hasSuggestions ? 'suggestions' : 'no'} | ${r.meta.description.replace(/\|/g, '\\|')} |`;
}

const index = [
  '# Rules',
  '',
  'Every diagnostic links to its page here. Severities are those of the `recommended` profile; see each page for the others.',
  '',
  '| Rule | Applies to | Severity | Fixable | Description |',
  '|---|---|---|---|---|',
  ...RULES.map(row),
  '',
  '## Diff rules',
  '',
  'Reported by `modelcard-lint diff` when a new version of a card or manifest is less open than the old one ([diff.md](../diff.md)).',
  '',
  '| Rule | Applies to | Severity | Fixable | Description |',
  '|---|---|---|---|---|',
  ...DIFF_RULES.map(row),
  '',
].join('\n');
const indexPath = 'docs/rules/README.md';
if (!existsSync(indexPath) || readFileSync(indexPath, 'utf8') !== index) {
  drift.push(indexPath);
  if (!check) writeFileSync(indexPath, index);
}
if (check && drift.length) {
  console.error(`docs out of date (run npm run gen:docs):\n  ${drift.join('\n  ')}`);
  process.exit(1);
}
if (!check) console.log(drift.length ? `updated ${drift.length} file(s)` : 'docs up to date');
