/**
 * pdf.js's exception classes (pdf.mjs and pdf.worker.mjs). pdf.js runs its worker side in the importing thread,
 * and some of its internal promises reject with nobody waiting on a damaged file (an XRefEntryException after
 * the text was read: fuzz case "wrong /Length + /Count"). What the import awaits is handled; these strays carry
 * no information for the user and must neither crash the CLI nor fail a finished import.
 */
const PDFJS_EXCEPTIONS = new Set([
  'AbortException', 'DNLMarkerError', 'EOIMarkerError', 'FormatError', 'InvalidPDFException', 'JpegError', 'JpxError', 'MissingDataException',
  'ParserEOFException', 'PasswordException', 'RenderingCancelledException', 'ResponseException', 'UnknownErrorException', 'XRefEntryException',
  'XRefParseException',
]);

export function isStrayPdfjsRejection(reason: unknown): boolean {
  const name = (reason as { name?: unknown } | null)?.name;
  return typeof name === 'string' && PDFJS_EXCEPTIONS.has(name);
}
