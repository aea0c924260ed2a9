// Makes text from files safe for a terminal: card values, file names and config keys are written by strangers, and a
// raw ESC, OSC or bidi control in them could clear the screen, fake a pass, set the clipboard or reorder a line.
// Every human-readable line the CLI prints goes through `forTerminal` (SECURITY.md).

/** C0 controls but tab, DEL, C1 controls, and the Unicode bidi embedding/override/isolate marks and line separators. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Visible escapes for every control character (`\x1b`, `\u202e`); newlines become `\n` so one finding is one line. */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
