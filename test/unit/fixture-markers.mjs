// Reads inline expectations from fixture files: `<!-- expect: rule-id -->` (Markdown) or `# expect: rule-id`
// (YAML). Forms: `rule` (this line), `rule:7` (line 7), `rule:+1` (next line), `rule@3:5-3:12` (exact range,
// 1-based, end exclusive). Several expectations may share one marker, separated by commas.
// A `fixture: {json}` comment sets the lint config (profile, stage, rules) for that file.

const MARKER = /(?:<!--|#)\s*expect:\s*([^\n]*?)\s*(?:-->|$)/gm;
const CONFIG = /(?:<!--|#)\s*fixture:\s*(\{[^\n]*\})\s*(?:-->|$)/m;

function lineOf(text, offset) {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function readMarkers(text) {
  const expected = [];
  for (const m of text.matchAll(MARKER)) {
    const here = lineOf(text, m.index);
    for (const raw of m[1]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const exact = /^([a-z0-9-]+)@(\d+):(\d+)-(\d+):(\d+)$/.exec(raw);
      if (exact) {
        expected.push({ rule: exact[1], line: +exact[2], column: +exact[3], endLine: +exact[4], endColumn: +exact[5] });
        continue;
      }
      const rel = /^([a-z0-9-]+)(?::([+-]?\d+))?$/.exec(raw);
      if (!rel) throw new Error(`bad expect marker "${raw}" on line ${here}`);
      const n = rel[2];
      const line = n === undefined ? here : /^[+-]/.test(n) ? here + Number(n) : Number(n);
      expected.push({ rule: rel[1], line });
    }
  }
  return expected;
}

export function readFixtureConfig(text) {
  const m = CONFIG.exec(text);
  return m ? JSON.parse(m[1]) : {};
}
