// The properties of issue 5, as plain check functions over one generated `Case` ({ text, path, options }).
// Each throws a descriptive Error on violation; run.mjs and the short unit test drive them with fast-check.
import * as E from '../unit/engine.mjs';

const {
  lint,
  fixAll,
  applyEdits,
  documentAnchor,
  explainAt,
  completeAt,
  inlayHints,
  reportData,
  reportMarkdown,
  statusOf,
  lensTitles,
  toFileReport,
  disableForLine,
  disableForFile,
} = E;

/** At most this many fixes (and suggestions) are applied one by one per case; the rest are sampled evenly. */
const MAX_FIXES_PER_CASE = 8;

class PropertyError extends Error {}

function fail(what, detail) {
  throw new PropertyError(`${what}${detail ? `\n  ${detail}` : ''}`);
}

function show(s, max = 160) {
  const j = JSON.stringify(s);
  return j.length > max ? `${j.slice(0, max)}…(${s.length} chars)` : j;
}

/** lint() that also fails when a rule threw: runRule() catches rule exceptions, so "never throws" must look there. */
export function lintChecked(text, path, options, where = 'lint') {
  const r = lint(text, path, options);
  if (r.ruleErrors.length)
    fail(`${where}: a rule threw`, r.ruleErrors.map((e) => `${e.ruleId}: ${e.message}`).join('; '));
  return r;
}

const isHigh = (c) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;
/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsPair(text, offset) {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkOffset(text, o, what) {
  if (!Number.isInteger(o) || o < 0 || o > text.length)
    fail(`${what}: offset ${o} outside the document (length ${text.length})`);
  if (splitsPair(text, o))
    fail(`${what}: offset ${o} splits a surrogate pair`, show(text.slice(Math.max(0, o - 10), o + 10)));
}

function checkSpan(text, span, what) {
  if (!span || typeof span !== 'object') fail(`${what}: no span`);
  checkOffset(text, span.start, `${what} start`);
  checkOffset(text, span.end, `${what} end`);
  if (span.start > span.end) fail(`${what}: span start ${span.start} > end ${span.end}`);
}

function checkFix(text, fix, what) {
  if (!fix.edits?.length) fail(`${what}: a fix without edits`, fix.title);
  fix.edits.forEach((e, i) => {
    checkSpan(text, e, `${what} edit ${i}`);
    if (typeof e.newText !== 'string') fail(`${what} edit ${i}: newText is not a string`);
  });
}

/** Offsets the services are asked about: random ones, both ends, and every finding boundary. */
function probeOffsets(result, picks) {
  const len = result.doc.text.length;
  const set = new Set([0, len, -1, len + 1]);
  for (const p of picks) set.add(Math.floor(p * (len + 1)));
  for (const f of result.findings.slice(0, 20)) {
    set.add(f.span.start);
    set.add(f.span.end);
  }
  return [...set];
}

/** Property 1: nothing throws — lint, fixAll, and the editor services at random offsets. */
export function neverThrows(c, picks = []) {
  const r = lintChecked(c.text, c.path, c.options);
  const fixed = fixAll(c.text, c.path, c.options);
  if (fixed.result.ruleErrors.length)
    fail(
      'fixAll: a rule threw on the fixed text',
      fixed.result.ruleErrors.map((e) => `${e.ruleId}: ${e.message}`).join('; '),
    );
  for (const o of probeOffsets(r, picks)) {
    explainAt(r, o);
    completeAt(r.doc, o);
  }
  inlayHints(r);
  const data = reportData(r, c.path);
  reportMarkdown(data);
  statusOf(r);
  lensTitles(r);
  toFileReport(r, c.path);
  for (const f of r.findings.slice(0, 20)) {
    disableForLine(r, f.ruleId, f.span);
    disableForFile(r, f.ruleId);
  }
  return r;
}

/** Property 2: every span and edit range lies inside the document and never splits a surrogate pair. */
export function rangesInside(c, picks = []) {
  const r = lintChecked(c.text, c.path, c.options);
  const text = r.doc.text;
  // Directive edits once per rule, as code actions ask for them (server/src/lsp/code-actions.ts): each one lexes
  // the YAML region to check the inserted line is a real comment.
  const directiveEditsFor = new Set();
  for (const f of r.findings) {
    const what = `${f.ruleId} finding ${show(f.message, 80)}`;
    checkSpan(text, f.span, what);
    if (f.fix) checkFix(text, f.fix, `${what} fix`);
    for (const s of f.suggestions ?? []) checkFix(text, s, `${what} suggestion "${s.title}"`);
    for (const rel of f.related ?? []) if (!rel.file) checkSpan(text, rel.span, `${what} related`);
    if (directiveEditsFor.has(f.ruleId)) continue;
    directiveEditsFor.add(f.ruleId);
    const line = disableForLine(r, f.ruleId, f.span);
    if (line) checkFix(text, line, `${what} disable-line edit`);
    const file = disableForFile(r, f.ruleId);
    if (file) checkFix(text, file, `${what} disable-file edit`);
  }
  for (const o of probeOffsets(r, picks)) {
    const e = explainAt(r, o);
    if (e) checkSpan(text, e.span, `hover at ${o}`);
    for (const item of completeAt(r.doc, o))
      if (item.replace) checkSpan(text, item.replace, `completion "${item.label}" at ${o}`);
  }
  for (const h of inlayHints(r)) checkOffset(text, h.offset, `inlay hint "${h.label}"`);
}

/**
 * Map an offset through non-overlapping edits. `side` decides where an offset lands when text is inserted exactly
 * there ('left': before it, 'right': after it) or when a replacement covers it (its start or its end).
 */
function mapOffset(p, edits, side) {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const d = e.newText.length - (e.end - e.start);
    if (e.start === e.end) {
      if (e.start < p || (e.start === p && side === 'right')) delta += d;
    } else if (e.end <= p) delta += d;
    else if (e.start < p) return side === 'left' ? e.start + delta : e.start + delta + e.newText.length;
  }
  return p + delta;
}

/** Where a finding can be after the edits: its span mapped with every choice of bias at both ends. */
function mappedSpans(span, edits) {
  const out = [];
  for (const a of ['left', 'right']) {
    for (const b of ['left', 'right']) {
      const s = { start: mapOffset(span.start, edits, a), end: mapOffset(span.end, edits, b) };
      if (s.start <= s.end && !out.some((o) => sameSpan(o, s))) out.push(s);
    }
  }
  return out;
}

/** The text between the edits must be unchanged: rebuild the expected output independently of applyEdits. */
function checkOnlyEditsChanged(before, after, edits, what) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let expected = '';
  let at = 0;
  for (const e of sorted) {
    expected += before.slice(at, e.start) + e.newText;
    at = e.end;
  }
  expected += before.slice(at);
  if (expected !== after) {
    let i = 0;
    while (i < after.length && after[i] === expected[i]) i++;
    fail(
      `${what}: text outside the edit ranges changed`,
      `first difference at ${i}: expected ${show(expected.slice(i, i + 40))}, got ${show(after.slice(i, i + 40))}`,
    );
  }
}

const sameSpan = (a, b) => a.start === b.start && a.end === b.end;
/** A message with its code spans and quoted values masked: the kind of problem, not the value it is about. */
const template = (m) =>
  m
    .replace(/`[^`]*`/g, '`…`')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, '0');

function sample(list, max) {
  if (list.length <= max) return list;
  const out = [];
  for (let i = 0; i < max; i++) out.push(list[Math.floor((i * list.length) / max)]);
  return out;
}

/**
 * Property 3: every fix applied alone leaves text the engine handles, removes the finding it targets, changes
 * nothing outside its edit ranges and keeps valid YAML valid. "The finding it targets" is the same rule
 * at the finding's span mapped through the edits; whole-document findings sit on the document anchor, which a fix
 * may move (adding front matter moves it from the first heading to the new `---`), so for them it is the same
 * rule at the new anchor. Several findings of one rule may share a span (e.g. the anchor), so the count there
 * must drop. A fix may uncover a different problem of the same rule at the same place (renaming a misspelt key
 * reveals that its value is empty; quoting a number reveals it is no date): that is another finding, told apart by
 * its message with the quoted values masked, so that `\`foo\` is not a task` and `\`bar\` is not a task` still count as
 * the same finding. Disable-directive edits are checked the same way: the finding must be silenced.
 */
export function fixesAlone(c) {
  const r = lintChecked(c.text, c.path, c.options);
  const text = r.doc.text;
  const opts = { ...c.options, kind: r.kind };
  const anchor = r.kind === 'unknown' ? null : documentAnchor(r.doc);
  const yamlErrors = (res) => res.findings.filter((f) => f.ruleId === 'yaml-syntax').length;
  const beforeYaml = yamlErrors(r);
  const jobs = [];
  for (const f of r.findings) {
    if (f.fix) jobs.push({ f, fix: f.fix, kind: 'fix' });
    for (const s of f.suggestions ?? []) jobs.push({ f, fix: s, kind: 'suggestion' });
  }
  for (const f of sample(r.findings, 4)) {
    const line = disableForLine(r, f.ruleId, f.span);
    if (line) jobs.push({ f, fix: line, kind: 'disable-line' });
    const file = disableForFile(r, f.ruleId);
    if (file) jobs.push({ f, fix: file, kind: 'disable-file' });
  }
  for (const { f, fix, kind } of sample(jobs, MAX_FIXES_PER_CASE)) {
    const what = `${kind} "${fix.title}" of ${f.ruleId} at ${f.span.start}-${f.span.end}`;
    let out;
    try {
      out = applyEdits(text, fix.edits);
    } catch (e) {
      fail(`${what}: applyEdits threw ${e.message}`);
    }
    checkOnlyEditsChanged(text, out, fix.edits, what);
    // Edits index the BOM-less text; the file keeps its BOM (a second U+FEFF would otherwise become the first).
    const r2 = lintChecked((r.doc.hadBom ? '\uFEFF' : '') + out, c.path, opts, `re-lint after ${what}`);
    if (kind === 'suggestion') continue; // Suggestions are alternatives offered on request; some only start the work.
    const wholeDoc = anchor && sameSpan(f.span, anchor);
    const targets = mappedSpans(f.span, fix.edits);
    if (wholeDoc && r2.kind !== 'unknown') targets.push(documentAnchor(r2.doc));
    const count = (res, span) =>
      res.findings.filter(
        (x) => x.ruleId === f.ruleId && sameSpan(x.span, span) && template(x.message) === template(f.message),
      ).length;
    const n1 = count(r, f.span);
    const target = targets.find((t) => count(r2, t) >= n1);
    if (target) {
      const still = r2.findings.filter((x) => x.ruleId === f.ruleId && sameSpan(x.span, target)).map((x) => x.message);
      fail(
        `${what}: the finding is still reported at ${target.start}-${target.end}`,
        `before: ${show(f.message, 200)}\n  after: ${show(still, 300)}\n  edits: ${show(fix.edits, 300)}`,
      );
    }
    // Only valid YAML must stay valid: in YAML that is already broken, the same error can be counted differently
    // (front matter is parsed whole or split at top-level keys depending on its text, comments included).
    if (kind === 'fix' && beforeYaml === 0 && yamlErrors(r2) > 0) {
      const added = r2.findings.filter((x) => x.ruleId === 'yaml-syntax').map((x) => x.message);
      fail(`${what}: the fix introduced a YAML syntax error`, `${show(added, 300)}\n  edits: ${show(fix.edits, 300)}`);
    }
  }
}

/** Property 4: fixAll is idempotent, keeps a BOM, and keeps CRLF documents CRLF (and LF documents LF). */
export function fixAllStable(c) {
  const once = fixAll(c.text, c.path, c.options);
  const twice = fixAll(once.output, c.path, c.options);
  if (twice.output !== once.output) {
    let i = 0;
    while (i < once.output.length && once.output[i] === twice.output[i]) i++;
    const rules = twice.changed ? fixesOfRules(once.result) : [];
    fail(
      `fixAll is not idempotent (first run: ${once.passes} passes, ${once.applied} fixes)`,
      `first difference at ${i}: ${show(once.output.slice(i, i + 60))} → ${show(twice.output.slice(i, i + 60))}; fixes left: ${rules.join(', ')}`,
    );
  }
  const hadBom = c.text.charCodeAt(0) === 0xfeff;
  if (hadBom !== (once.output.charCodeAt(0) === 0xfeff)) fail(`fixAll ${hadBom ? 'dropped' : 'added'} the BOM`);
  if (once.output.charCodeAt(1) === 0xfeff && hadBom && c.text.charCodeAt(1) !== 0xfeff) fail('fixAll doubled the BOM');
  if (once.changed) {
    const crlf = c.text.includes('\r\n');
    const bareLf = /(^|[^\r])\n/.test(c.text);
    if (crlf && !bareLf && /(^|[^\r])\n/.test(once.output))
      fail(
        'fixAll wrote a bare LF into a CRLF document',
        show(
          once.output.slice(
            Math.max(0, once.output.search(/(^|[^\r])\n/) - 30),
            once.output.search(/(^|[^\r])\n/) + 30,
          ),
        ),
      );
    if (!c.text.includes('\r') && once.output.includes('\r')) fail('fixAll wrote a CR into an LF document');
  }
  return once;
}

function fixesOfRules(result) {
  return [...new Set(result.findings.filter((f) => f.fix).map((f) => f.ruleId))];
}

export const PROPERTIES = { neverThrows, rangesInside, fixesAlone, fixAllStable };
