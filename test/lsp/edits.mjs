// Applies LSP TextEdits to a string, as a client would, so tests can check the text a code action produces.
function offsetAt(text, pos) {
  let line = 0;
  let i = 0;
  while (line < pos.line) {
    const nl = text.indexOf('\n', i);
    if (nl === -1) return text.length;
    i = nl + 1;
    line++;
  }
  return Math.min(i + pos.character, text.length);
}

export function applyTextEdits(text, edits) {
  const withOffsets = edits.map((e) => ({
    start: offsetAt(text, e.range.start),
    end: offsetAt(text, e.range.end),
    newText: e.newText,
  }));
  withOffsets.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export function editsOf(action, uri) {
  const dc = action.edit?.documentChanges?.find((c) => c.textDocument.uri === uri);
  return dc ? dc.edits : (action.edit?.changes?.[uri] ?? []);
}
