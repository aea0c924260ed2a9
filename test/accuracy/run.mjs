#!/usr/bin/env node
// `npm run accuracy`: how often the linter agrees with a careful reader on real model cards it was not written
// against (test/accuracy/cards, labelled by reading them first: LABELLING.md). Runs the built CLI exactly as a user
// would (`modelcard-lint --format json`, default profile) and compares, per card, each `undisclosed-*` verdict with the
// reader's label, and each risk area's state (the JSON `risks` map) with the reader's. Reports both halves of the set:
// `tune` (heuristics may be adjusted while looking at it), `holdout` (never looked at card by card: only its totals
// are printed, unless --details holdout is given on purpose) and `fresh` (added after the holdout half had been used
// for go/no-go decisions on whole signal groups; untouched by any decision) and `blind` (labelled in a later session
// by a reader who never ran the linter; totals only, no decision taken on it), `sealed-1` (the first sealed half:
// scored once on 2026-12-07, now totals only like `blind`), `sealed-2` (the second, scored once at the end of the
// fourth session; totals only), `sealed-3` to `sealed-8` (scored once at the end of the sixth to eleventh session;
// totals only) and `sealed` (the current sealed half when there is one, labelled by a reader who never ran the linter;
// scored only with --split sealed or --all, at the end of a session, after the last change).
//
//   node test/accuracy/run.mjs [--json] [--details tune|holdout|fresh|blind|none] [--split tune|…|sealed] [--all]
//                              [--notes "tune batch 22;"]
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(new URL('.', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const DISCLOSURES = [
  'license',
  'intended-use',
  'out-of-scope-use',
  'training-data',
  'training-procedure',
  'evaluation',
  'limitations',
  'environmental-impact',
  'contact',
  'architecture',
  'safety-evaluation',
  'compute',
];
export const AREAS = ['research_and_innovation', 'safety_and_security', 'equity_and_access', 'broader_society'];
export const SPLITS = [
  'tune',
  'holdout',
  'fresh',
  'blind',
  'sealed-1',
  'sealed-2',
  'sealed-3',
  'sealed-4',
  'sealed-5',
  'sealed-6',
  'sealed-7',
  'sealed-8',
  'sealed',
];
const DISCLOSED = new Set(['present', 'by-reference']);
const ASSESSED = new Set(['assessed', 'not-applicable']);

export function loadLabels(dir = join(here, 'labels')) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ ...JSON.parse(readFileSync(join(dir, f), 'utf8')), card: f.replace(/\.json$/, '.md') }));
}

/** The name the card has in its repository (README.md, MODEL_CARD.md …): the linter classifies a file partly by its
 * name (a README needs less evidence to be read as a card; a model-card file name is decisive), so each card is linted
 * under that name, as a user linting it in place would. */
export function originalName(label) {
  return basename(label.source?.path ?? label.card);
}

/** Lint every card with the real CLI, each under its original file name in a private temporary directory; returns
 * file name (in cards/) → JSON result. */
export function lintCards(labels, extraArgs = []) {
  const root = mkdtempSync(join(tmpdir(), 'mcl-accuracy-'));
  try {
    const files = labels.map((l, i) => {
      const dir = join(root, String(i));
      mkdirSync(dir);
      const file = join(dir, originalName(l));
      copyFileSync(join(here, 'cards', l.card), file);
      return file;
    });
    const r = spawnSync(process.execPath, [CLI, '--format', 'json', ...extraArgs, ...files], {
      encoding: 'utf8',
      maxBuffer: 256 << 20,
      cwd: root,
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`CLI exit ${r.status}: ${r.stderr}`);
    const out = new Map();
    for (const res of JSON.parse(r.stdout).results) {
      const i = Number(/(?:^|[\\/])(\d+)[\\/][^\\/]+$/.exec(res.file)?.[1]);
      if (labels[i]) out.set(labels[i].card, res);
    }
    return out;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Per card: one comparison per disclosure and risk area. `linter` and `reader` are booleans: disclosed / assessed. */
export function compare(labels, results) {
  const rows = [];
  for (const l of labels) {
    const res = results.get(l.card);
    // A `missing-disclosures` summary lists the `undisclosed-*` findings it stands for.
    const rules = new Set((res?.diagnostics ?? []).flatMap((d) => [d.rule, ...(d.members ?? []).map((m) => m.rule)]));
    for (const id of DISCLOSURES) {
      const label = l.disclosures[id]?.label;
      rows.push({
        card: l.card,
        category: l.category,
        split: l.split,
        kind: 'disclosure',
        id,
        reader: DISCLOSED.has(label),
        label,
        linter: !rules.has(`undisclosed-${id}`),
        evidence: res?.disclosures?.[id] ?? null,
      });
    }
    for (const id of AREAS) {
      const label = l.risks[id]?.label;
      rows.push({
        card: l.card,
        category: l.category,
        split: l.split,
        kind: 'risk',
        id,
        reader: ASSESSED.has(label),
        label,
        linter: ASSESSED.has(res?.risks?.[id]?.state),
        evidence: res?.risks?.[id] ?? null,
      });
    }
  }
  return rows;
}

const pct = (a, b) => (b ? (100 * a) / b : 100);

/** Agreement, and precision/recall of the findings (positive = the linter reports it missing / unassessed). */
export function score(rows) {
  const agree = rows.filter((r) => r.reader === r.linter).length;
  const flagged = rows.filter((r) => !r.linter);
  const missing = rows.filter((r) => !r.reader);
  const truePos = rows.filter((r) => !r.linter && !r.reader).length;
  return {
    n: rows.length,
    agreement: pct(agree, rows.length),
    precision: pct(truePos, flagged.length),
    recall: pct(truePos, missing.length),
    falseAlarms: rows.filter((r) => !r.linter && r.reader).length,
    misses: rows.filter((r) => r.linter && !r.reader).length,
  };
}

/** Signal figures on the default profile: warnings+errors per card and diagnostics starting at one position. */
export function noise(labels, results) {
  const perCard = [];
  let worstStack = { card: null, count: 0 };
  let stacked = 0;
  for (const l of labels) {
    const res = results.get(l.card);
    const ds = res?.diagnostics ?? [];
    perCard.push(ds.filter((d) => d.severity === 'error' || d.severity === 'warning').length);
    const at = new Map();
    for (const d of ds) at.set(`${d.line}:${d.column}`, (at.get(`${d.line}:${d.column}`) ?? 0) + 1);
    for (const c of at.values()) if (c > worstStack.count) worstStack = { card: l.card, count: c };
    if ([...at.values()].some((c) => c > 3)) stacked++;
  }
  perCard.sort((a, b) => a - b);
  return {
    medianWarningsErrors: perCard[perCard.length >> 1] ?? 0,
    maxWarningsErrors: perCard.at(-1) ?? 0,
    worstStack,
    cardsWithOver3AtOnePosition: stacked,
  };
}

function table(head, rows) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  return [
    head.map((h, i) => h.padEnd(w[i])).join('  '),
    w.map((x) => '-'.repeat(x)).join('  '),
    ...rows.map((r) => r.map((c, i) => String(c).padEnd(w[i])).join('  ')),
  ].join('\n');
}

const f1 = (x) => x.toFixed(1);

export function report(labels, results, { details = 'tune' } = {}) {
  const rows = compare(labels, results);
  const lines = [];
  const bySplit = {};
  // `tune` may be looked at card by card; `holdout`, `fresh` and `blind` only in totals (LABELLING.md).
  for (const split of SPLITS.filter((s) => labels.some((l) => l.split === s))) {
    const part = rows.filter((r) => r.split === split);
    const cards = labels.filter((l) => l.split === split);
    const s = score(part);
    const sd = score(part.filter((r) => r.kind === 'disclosure'));
    const sr = score(part.filter((r) => r.kind === 'risk'));
    const nz = noise(cards, results);
    bySplit[split] = { cards: cards.length, all: s, disclosures: sd, risks: sr, noise: nz, per: {}, categories: {} };
    lines.push(`\n== ${split}: ${cards.length} cards ==`);
    lines.push(
      `overall agreement ${f1(s.agreement)}% (disclosures ${f1(sd.agreement)}%, risk areas ${f1(sr.agreement)}%); false alarms ${(s.falseAlarms / Math.max(1, cards.length)).toFixed(2)} per card; misses ${(s.misses / Math.max(1, cards.length)).toFixed(2)} per card`,
    );
    lines.push(
      `median warnings+errors per card ${nz.medianWarningsErrors} (max ${nz.maxWarningsErrors}); most diagnostics starting at one position: ${nz.worstStack.count}; cards with more than 3 at one position: ${nz.cardsWithOver3AtOnePosition}`,
    );
    const per = [];
    for (const id of [...DISCLOSURES, ...AREAS]) {
      const x = score(part.filter((r) => r.id === id));
      bySplit[split].per[id] = x;
      per.push([id, f1(x.agreement), f1(x.precision), f1(x.recall), x.falseAlarms, x.misses]);
    }
    lines.push(table(['item', 'agree %', 'precision %', 'recall %', 'false alarms', 'misses'], per));
    const cats = [...new Set(cards.map((c) => c.category))].sort();
    const catRows = cats.map((c) => {
      const x = score(part.filter((r) => r.category === c));
      bySplit[split].categories[c] = x;
      return [c, cards.filter((l) => l.category === c).length, f1(x.agreement)];
    });
    catRows.sort((a, b) => Number(a[2]) - Number(b[2]));
    lines.push(table(['category (worst first)', 'cards', 'agree %'], catRows));
    if (details === split) {
      lines.push(`disagreements (${split}):`);
      for (const r of part.filter((x) => x.reader !== x.linter)) {
        lines.push(
          `  ${r.card.slice(0, 90)}  ${r.id}: reader ${r.label}, linter ${r.linter ? (r.kind === 'risk' ? 'assessed' : 'disclosed') : 'flags it'}${r.evidence?.quote ? ` — "${r.evidence.quote.slice(0, 80)}"` : ''}`,
        );
      }
    }
  }
  return { text: lines.join('\n'), bySplit };
}

/** The labels a run scores. The sealed half only when asked for by name (`split`) or with `all`, so that routine runs
 * cannot peek at it; `notes`: only the cards one labelling batch added ("tune batch 22;", a substring of `notes`), to
 * score the batch on its arrival. */
export function selectLabels(labels, { split, all = false, notes } = {}) {
  const wanted = (l) => (split ? l.split === split : all || l.split !== 'sealed');
  return labels.filter((l) => wanted(l) && (!notes || (l.notes ?? '').includes(notes)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      details: { type: 'string', default: 'tune' },
      split: { type: 'string' },
      all: { type: 'boolean' },
      notes: { type: 'string' },
    },
  });
  const labels = selectLabels(loadLabels(), values);
  const results = lintCards(labels);
  const r = report(labels, results, { details: values.details });
  if (values.json) process.stdout.write(JSON.stringify(r.bySplit, null, 2) + '\n');
  else process.stdout.write(r.text.trimStart() + '\n');
}
