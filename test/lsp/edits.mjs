// Applies LSP TextEdits to a string as a client would (vscode-languageserver-textdocument's own applier, which knows
// CRLF and lone CR line ends), so tests can check the text a code action produces.
import { TextDocument } from 'vscode-languageserver-textdocument';

export function applyTextEdits(text, edits) {
  return TextDocument.applyEdits(TextDocument.create('file:///t', 'markdown', 0, text), edits);
}

export function editsOf(action, uri) {
  const dc = action.edit?.documentChanges?.find((c) => c.textDocument.uri === uri);
  return dc ? dc.edits : (action.edit?.changes?.[uri] ?? []);
}
