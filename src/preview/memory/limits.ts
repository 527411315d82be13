/**
 * Excel's limits that the memory workbook enforces, from Microsoft's documentation: "Excel specifications and
 * limits" (cell text, formula length, sheet size) and "Resource limits and performance optimization for Office
 * Add-ins" (Excel on the web: 5 MB per request and per response, RichApi.Error RequestPayloadSizeLimitExceeded).
 */
export const LIMITS = {
  /** 5 MB, counted as 5 000 000 bytes: the stricter reading. */
  requestBytes: 5_000_000,
  responseBytes: 5_000_000,
  cellCharacters: 32_767,
  formulaCharacters: 8_192,
  sheetNameCharacters: 31,
  nameCharacters: 255,
  rows: 1_048_576,
  columns: 16_384,
} as const;

/** Bytes of a string in UTF-8 (what goes over the wire), without allocating an encoded copy. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The size of a value serialised as JSON, as Office.js sends arguments and property values. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}
