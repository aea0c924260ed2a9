// Incremental Markdown (parse/markdown-chunks.ts, issue 11): a lint that reuses the last version's body chunks must
// find exactly what a lint from scratch finds, after any sequence of edits, and an edit must re-parse work in
// proportion to the chunk it touched, not to the document. Real cards from ../shared/corpus/cards; work is counted in
// characters given to markdown-it (EngineCache.markdown), never timed.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EngineCache, LineIndex, lint, parseDocument } from './engine.mjs';

const corpus = new URL('../../../shared/corpus/cards/', import.meta.url);
const skip = existsSync(corpus) ? false : 'corpus absent: ../shared/corpus/cards not found next to the repository';
const cards = skip
  ? []
  : readdirSync(corpus)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => readFileSync(new URL(f, corpus), 'utf8'));
const LARGEST =
  'YinanWusoymilk__hf-readme__training_and_application--readme_files--Snowflake_snowflake-arctic-embed-m-v1.5.md';

/** A card's body (after its front matter, if any). */
function bodyOf(text) {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** Front matter of the first card, then real bodies in turn until `chars`: a long real body in many chunks. */
function bigCard(chars, first = 0) {
  const parts = ['---\nlicense: apache-2.0\nlibrary_name: transformers\n---\n'];
  let size = parts[0].length;
  for (let i = first; size < chars; i++) {
    const b = bodyOf(cards[i % cards.length]).replace(/\r\n?/g, '\n');
    parts.push(b, '\n\n');
    size += b.length + 2;
  }
  return parts.join('');
}

const PATH = '/cards/README.md';
const strict = { profile: 'strict', rules: {} };

/** What the parse found in the body, for a precise comparison beside the findings. */
function bodyModel(doc) {
  const md = doc.card.markdown;
  return {
    headings: md.headings,
    sections: md.sections.map((s) => [s.level, s.span, s.contentSpan, s.children.length]),
    code: md.code,
    labels: md.labels,
    comments: md.comments,
    unclosed: md.unclosedFences,
    // The line index is the previous version's with the edited lines searched again (parse/text.ts).
    lines: doc.lines.starts,
  };
}

// Edits that change block structure as well as text: fences and comments that open or close across chunks, headings,
// list items, tables, blank lines that end paragraphs, CRLF; in the front matter (most of the largest card is its
// `model-index`, parsed in cached items: parse/yaml-blocks.ts), list items, quotes, brackets, block scalars, keys.
const INSERTS = [
  'x',
  ' ',
  '\n',
  '\n\n',
  '```\n',
  '\n```\n',
  '<!-- ',
  ' -->',
  '## Training data\n',
  '- **License:** MIT\n',
  '| a | b |\n',
  '\r\n',
  '#',
  '    code\n',
  '<h2>Uses</h2>\n',
  '---\n',
  '    - type: f1\n      value: 1.5\n',
  '"',
  "'",
  '[',
  ': |\n',
  'license: mit\n',
];
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  // Half the edits land next to a multiple of 32 KB, where the body is cut into chunks.
  nearCut: fc.boolean(),
  remove: fc.nat({ max: 40 }),
  insert: fc.constantFrom(...INSERTS),
});

function apply(text, e) {
  let at = Math.floor(e.at * text.length);
  if (e.nearCut) at = Math.min(text.length, 32 * 1024 * Math.max(1, Math.round(at / (32 * 1024))) + (at % 300) - 150);
  at = Math.max(0, at);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

describe('incremental Markdown', { skip }, () => {
  it('after random edits on real cards, findings and the body parse equal a lint from scratch', () => {
    // The largest card (CRLF), two long bodies in several chunks (one with CRLF line breaks), a few whole cards.
    const docs = [readFileSync(new URL(LARGEST, corpus), 'utf8'), bigCard(100 * 1024)];
    docs.push(bigCard(70 * 1024, 17).replace(/\n/g, '\r\n'), ...cards.filter((_, i) => i % 20 === 3));
    let steps = 0;
    fc.assert(
      fc.property(fc.constantFrom(...docs.keys()), fc.array(edit, { minLength: 1, maxLength: 6 }), (d, edits) => {
        const cache = new EngineCache();
        let text = docs[d];
        lint(text, PATH, { cache, kind: 'model-card', config: strict });
        for (const e of edits) {
          text = apply(text, e);
          const before = cache.markdown.reusedChars;
          const incremental = lint(text, PATH, { cache, kind: 'model-card', config: strict });
          const fresh = new EngineCache();
          const scratch = lint(text, PATH, { cache: fresh, kind: 'model-card', config: strict });
          assert.deepStrictEqual(bodyModel(incremental.doc), bodyModel(scratch.doc));
          // The chunk cuts, rescanned from the last one above the edit (parse/chunk-starts.ts), are a full scan's.
          const cuts = (c) => {
            const s = c.markdown.lastScan(PATH);
            return { starts: s.starts, clean: s.clean, hardStops: [...s.hardStops].sort((a, b) => a - b) };
          };
          assert.deepStrictEqual(cuts(cache), cuts(fresh));
          assert.deepStrictEqual(incremental.findings, scratch.findings);
          if (cache.markdown.reusedChars > before) steps++;
        }
      }),
      { numRuns: 16, seed: 20261207 },
    );
    // The comparison is about reuse: most edits must actually have reused chunks.
    assert.ok(steps > 15, `only ${steps} edits reused a chunk`);
  });

  it('after random edits inside model-index, the front matter equals a parse from scratch', () => {
    // The largest card's 261 KB `model-index` is split at its results and long results at their metrics; an edit
    // inside one line keeps the previous version's list boundaries (parse/yaml-blocks.ts movedList).
    const card = readFileSync(new URL(LARGEST, corpus), 'utf8');
    const from = card.indexOf('model-index:');
    const to = card.indexOf('\n---', from);
    const plain = (n) =>
      n === null || n === undefined
        ? n
        : n.kind === 'seq'
          ? { kind: 'seq', span: n.span, flow: n.flow, items: n.items.map(plain) }
          : n.kind === 'map'
            ? { kind: 'map', span: n.span, flow: n.flow, pairs: n.pairs.map((q) => ({ ...q, value: plain(q.value) })) }
            : { ...n };
    const model = (doc) => {
      const fm = doc.card.frontMatter;
      return {
        root: plain(fm.root),
        problems: fm.problems,
        duplicates: fm.duplicates.length,
        body: doc.card.markdown.span,
        lines: doc.lines.starts,
      };
    };
    // Edits inside a line (digits, quotes, brackets, a colon, a comment) and edits that change lines.
    const inLine = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      // At a line's start, where an edit changes the line's indent or makes it an item.
      lineStart: fc.boolean(),
      remove: fc.nat({ max: 6 }),
      insert: fc.constantFrom('7', '.5', 'x', ' ', '"', "'", '[', ']', ':', ' #', '- ', '|', '\n', '\n  - type: f1\n'),
    });
    fc.assert(
      fc.property(fc.array(inLine, { minLength: 1, maxLength: 6 }), (edits) => {
        const cache = new EngineCache();
        let text = card;
        let end = to;
        parseDocument(PATH, text, { kind: 'model-card', blocks: cache.blocks, markdown: cache.markdown });
        for (const e of edits) {
          let at = from + 20 + Math.floor(e.at * (end - from - 40));
          if (e.lineStart) at = text.lastIndexOf('\n', at) + 1;
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          end += e.insert.length - e.remove;
          const incremental = parseDocument(PATH, text, {
            kind: 'model-card',
            blocks: cache.blocks,
            markdown: cache.markdown,
          });
          assert.deepStrictEqual(model(incremental), model(parseDocument(PATH, text, { kind: 'model-card' })));
        }
      }),
      { numRuns: 8, seed: 20261207 },
    );
  });

  it('re-parses work in proportion to the edited chunk, not to the document', () => {
    /** Characters given to markdown-it per keystroke typed into a prose line in the middle of a `chars` card, and
     * characters read to find the chunk cuts (parse/chunk-starts.ts) and the line breaks (parse/text.ts). */
    const perEdit = (chars) => {
      const cache = new EngineCache();
      const options = { kind: 'model-card', blocks: cache.blocks, markdown: cache.markdown, work: cache.work };
      let text = bigCard(chars);
      parseDocument(PATH, text, options);
      const line = text.indexOf('\n', Math.floor(text.length / 2)) + 1;
      let at = text.indexOf('\n', text.indexOf(' ', line)); // the end of a line with words
      const parsed0 = cache.markdown.parsedChars;
      const reused0 = cache.markdown.reusedChars;
      const { chunkScanChars, lineIndexChars } = cache.work;
      for (let i = 0; i < 10; i++) {
        text = text.slice(0, at) + 'abcdefghij'[i] + text.slice(at);
        at++;
        parseDocument(PATH, text, options);
      }
      return {
        parsed: (cache.markdown.parsedChars - parsed0) / 10,
        reused: (cache.markdown.reusedChars - reused0) / 10,
        cuts: (cache.work.chunkScanChars - chunkScanChars) / 10,
        lineBreaks: (cache.work.lineIndexChars - lineIndexChars) / 10,
        chars: text.length,
      };
    };
    const small = perEdit(256 * 1024);
    const large = perEdit(1024 * 1024);
    // Four times the document, about the same work per edit (one chunk of ~32 KB or two), and the rest reused.
    assert.ok(large.parsed <= small.parsed * 1.5 + 1024, `parsed per edit: ${small.parsed} → ${large.parsed}`);
    assert.ok(large.parsed < large.chars / 8, `${large.parsed} of ${large.chars} characters re-parsed per edit`);
    assert.ok(large.reused > large.chars * 0.85, `${large.reused} of ${large.chars} characters reused per edit`);
    // The cuts are scanned from the last one above the edit to the next one below it (about two chunks), and the line
    // breaks looked for in the edited characters only.
    assert.ok(large.cuts <= small.cuts * 1.5 + 1024, `cut scan per edit: ${small.cuts} → ${large.cuts}`);
    assert.ok(large.cuts < large.chars / 8, `${large.cuts} of ${large.chars} characters scanned for cuts per edit`);
    assert.equal(large.lineBreaks, 2);
    // Without the cache every edit parses the whole body: the counters measure what they claim.
    const cold = new EngineCache();
    const text = bigCard(1024 * 1024);
    parseDocument(PATH, text, { kind: 'model-card', markdown: cold.markdown });
    assert.ok(cold.markdown.parsedChars > text.length * 0.95 && cold.markdown.reusedChars === 0);
  });
});

describe('incremental line index', () => {
  it('after random edits around CR and LF, the line index equals one built from scratch', () => {
    // Short texts of line breaks of every kind: an edit that splits or joins a CRLF pair, or lands next to one.
    const piece = fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', '\n\r', '# h\n', '\n\n');
    const change = fc.record({ at: fc.nat(), remove: fc.nat({ max: 4 }), insert: fc.array(piece, { maxLength: 3 }) });
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.array(change, { minLength: 1, maxLength: 8 }),
        (parts, edits) => {
          const cache = new EngineCache();
          let text = '# T\n' + parts.join('');
          parseDocument(PATH, text, { kind: 'model-card', blocks: cache.blocks, markdown: cache.markdown });
          for (const e of edits) {
            const at = e.at % (text.length + 1);
            text = text.slice(0, at) + e.insert.join('') + text.slice(Math.min(text.length, at + e.remove));
            const doc = parseDocument(PATH, text, {
              kind: 'model-card',
              blocks: cache.blocks,
              markdown: cache.markdown,
            });
            assert.deepStrictEqual(doc.lines.starts, new LineIndex(text).starts, JSON.stringify(text));
          }
        },
      ),
      { numRuns: 2000, seed: 20261207 },
    );
    // Edits far apart on a long text: the lines between two edits join the new index's own array, which is copied
    // into one past 4,096 lines (parse/text.ts).
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), (edits) => {
        const cache = new EngineCache();
        let text = '# T\n' + 'a line\r\nb\rc\n\n'.repeat(4000);
        parseDocument(PATH, text, { kind: 'model-card', blocks: cache.blocks, markdown: cache.markdown });
        for (const e of edits) {
          const at = (e.at * 7919) % (text.length + 1);
          text = text.slice(0, at) + e.insert.join('') + text.slice(Math.min(text.length, at + e.remove));
          const doc = parseDocument(PATH, text, { kind: 'model-card', blocks: cache.blocks, markdown: cache.markdown });
          assert.deepStrictEqual(doc.lines.starts, new LineIndex(text).starts);
        }
      }),
      { numRuns: 40, seed: 20261207 },
    );
  });

  it('a keystroke searches the edited characters for line breaks, not the document', () => {
    const cache = new EngineCache();
    let text =
      '---\nlicense: mit\n---\n# Model card\n\n' + 'Some prose about the model.\n\n- a list item\n'.repeat(25_000);
    lint(text, PATH, { cache });
    assert.ok(cache.work.lineIndexChars >= text.length, 'the first version is indexed whole');
    const at = text.indexOf('\n', text.length >> 1);
    const before = cache.work.lineIndexChars;
    for (let i = 0; i < 10; i++) {
      text = text.slice(0, at + i) + 'abcdefghij'[i] + text.slice(at + i);
      lint(text, PATH, { cache });
    }
    // One character typed per keystroke: the character and the one before it.
    assert.equal(cache.work.lineIndexChars - before, 20);
    assert.equal(cache.markdown.reusedChars > 0, true);
  });
});
