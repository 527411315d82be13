/**
 * Text from file names and documents shown on a terminal: control characters (C0, DEL, C1 such as the CSI
 * 0x9B), bidirectional overrides and lone surrogates are written as escapes, so a name can neither end the
 * line early nor move the cursor, recolour the terminal or reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\x1b' };

function escapeChar(c: string): string {
  if (NAMED[c]) return NAMED[c];
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of a message: every control character escaped, newline and tab included. */
export function safeLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escapeChar);
}

/** Multi-line output (a summary): newlines and tabs kept, every other control character escaped. */
export function safeText(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/**
 * JSON for a terminal: JSON.stringify escapes C0 but leaves DEL, C1 and bidi controls raw and keeps lone
 * surrogates (which it writes as escapes only since ES2019 well-formed stringify); \u escapes keep the value.
 */
export function safeJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
