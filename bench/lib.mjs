// Shared helpers of the benchmark: the corpus, cache-defeating copies, a bare front-matter/body split, statistics.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** The shared corpus: `../shared/corpus` beside the repository, or $MCL_CORPUS. */
export const CORPUS = process.env.MCL_CORPUS ?? resolve(ROOT, '..', 'shared', 'corpus');
export const CARDS_DIR = join(CORPUS, 'cards');
export const LARGEST_CARD =
  'YinanWusoymilk__hf-readme__training_and_application--readme_files--Snowflake_snowflake-arctic-embed-m-v1.5.md';

/** The real cards, sorted by name: { name, path, text }. */
export function loadCards() {
  return readdirSync(CARDS_DIR)
    .filter((f) => /\.md$/i.test(f))
    .sort()
    .map((name) => ({ name, path: join(CARDS_DIR, name), text: readFileSync(join(CARDS_DIR, name), 'utf8') }));
}

/**
 * A card of about `bytes` characters made of real text: the largest card's front matter (its 267 KB `model-index`),
 * then the bodies of the corpus cards in name order, repeated until the size is reached (issue 11: real sections cost
 * more to analyse than generated ones). Line breaks are made LF throughout.
 */
export function realBodyCard(bytes) {
  const lf = (t) => t.replace(/\r\n?/g, '\n');
  const { fm } = splitCard(lf(readFileSync(join(CARDS_DIR, LARGEST_CARD), 'utf8')));
  const bodies = loadCards().map((c) => lf(splitCard(c.text).body).trim() + '\n\n');
  const parts = [`---\n${fm}---\n\n`];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const b = bodies[i % bodies.length];
    parts.push(b);
    size += b.length;
  }
  return parts.join('');
}

/** Every .md/.yml/.yaml file under the corpus (recursively), sorted. */
export function corpusFiles(dir = CORPUS) {
  const out = [];
  const visit = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (/\.(md|ya?ml)$/i.test(e.name) && statSync(p).isFile()) out.push(p);
    }
  };
  visit(dir);
  return out.sort();
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * A copy of `text` that the engine's front-matter parse cache has never seen: `n` (≥ 1) trailing spaces on every
 * top-level key line of the front matter. The cache is keyed by the text of each top-level key's block, so every
 * block changes; YAML ignores the spaces (plain and quoted scalars, block-scalar headers and keys alike), so the
 * parse and the findings stay the same. Cards without front matter are returned with `n` spaces appended.
 */
export function perturb(text, n) {
  const pad = ' '.repeat(n);
  if (!OPEN.test(text)) return text + pad;
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const cr = lines[i].endsWith('\r');
    const line = cr ? lines[i].slice(0, -1) : lines[i];
    if (CLOSE.test(line)) return lines.join('\n');
    const c = line.charCodeAt(0);
    // Same test as the engine's splitter: a top-level key line is not blank, indented, a comment or a list item.
    if (line.length && c !== 32 && c !== 9 && c !== 35 && c !== 45) lines[i] = line + pad + (cr ? '\r' : '');
  }
  return text + pad; // unclosed front matter: leave it alone
}

/** The front matter (YAML text between the delimiters, or null) and the Markdown body, as a bare parser sees them. */
export function splitCard(text) {
  const m = OPEN.exec(text);
  if (!m) return { fm: null, body: text };
  let pos = m[0].length;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    if (CLOSE.test(text.slice(pos, end).replace(/\r$/, '')))
      return { fm: text.slice(m[0].length, pos), body: nl === -1 ? '' : text.slice(nl + 1) };
    if (nl === -1) break;
    pos = nl + 1;
  }
  return { fm: null, body: text };
}

/** Line/character of an offset. */
export function posAt(text, offset) {
  let line = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

/** The three edit positions (offsets where typing happens: the end of a chosen line). */
export function editPositions(text) {
  const { fm } = splitCard(text);
  if (fm === null) throw new Error('the card has no front matter');
  const fmStart = text.indexOf('\n') + 1;
  const fmEnd = fmStart + fm.length;
  const lines = [];
  for (let pos = 0; pos < text.length;) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start: pos, end, text: text.slice(pos, end).replace(/\r$/, '') });
    if (nl === -1) break;
    pos = nl + 1;
  }
  // Body: the first prose line (40+ characters of words) in the second third of the body.
  const bodyFrom = fmEnd + Math.floor((text.length - fmEnd) / 3);
  const prose = /^[A-Za-z][A-Za-z ,.;:'()-]{39}/;
  const body =
    lines.find((l) => l.start >= bodyFrom && prose.test(l.text)) ??
    lines.find((l) => l.start > fmEnd + 4 && prose.test(l.text)) ??
    lines.find((l) => l.start > fmEnd + 4 && /\S/.test(l.text));
  // Top: the first top-level `key: scalar` line of the front matter.
  const top = lines.find(
    (l) => l.start >= fmStart && l.start < fmEnd && /^[A-Za-z_][\w-]*:[ \t]+[^\s|>[{]/.test(l.text),
  );
  // model-index: the `value:` line nearest the middle of the model-index block.
  const mi = lines.find((l) => l.start >= fmStart && /^model-index:/.test(l.text));
  const miEnd =
    lines.find((l) => mi && l.start > mi.start && l.start < fmEnd && /^[^\s#-]/.test(l.text))?.start ?? fmEnd;
  const miMid = mi ? Math.floor((mi.start + miEnd) / 2) : -1;
  const value = lines.find((l) => l.start >= miMid && l.start < miEnd && /^\s+value:\s*\S/.test(l.text));
  const lineEnd = (l) => l.start + l.text.length;
  return {
    body: body && lineEnd(body),
    'front-matter key': top && lineEnd(top),
    'model-index': value && lineEnd(value),
  };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  if (!n) return NaN;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const round = (x, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);

/** Wall-clock milliseconds of `fn()`. */
export function time(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Wall-clock and process CPU milliseconds of `fn()` (CPU includes V8's helper threads, e.g. concurrent GC). */
export function measure(fn) {
  const c = process.cpuUsage();
  const t = performance.now();
  fn();
  const wall = performance.now() - t;
  const d = process.cpuUsage(c);
  return { wall, cpu: (d.user + d.system) / 1000 };
}

/** Print the JSON result of a benchmark part for bench/run.mjs (the last stdout line). */
export function emit(result) {
  process.stdout.write('\n@@RESULT ' + JSON.stringify(result) + '\n');
}

export const log = (...a) => process.stderr.write(a.join(' ') + '\n');
