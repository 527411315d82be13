/**
 * Turns anything thrown into one Swedish sentence for a MessageBar. Domain and import errors already carry a
 * user-facing Swedish message; Excel's own errors are prefixed so the user knows where they came from.
 */
export function userMessage(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { name?: string; message?: string; code?: string };
    const message = typeof e.message === 'string' && e.message.trim() !== '' ? e.message.trim() : null;
    if (e.name === 'DomainError' || e.name === 'ImportError') return message ?? 'Okänt fel.';
    if (e.name === 'RichApi.Error' || e.name === 'OfficeExtension.Error') {
      return `Excel kunde inte utföra åtgärden: ${message ?? e.code ?? 'okänt fel'}.`;
    }
    if (message) return `Något gick fel: ${message}`;
  }
  if (typeof error === 'string' && error.trim() !== '') return `Något gick fel: ${error}`;
  return 'Något gick fel. Försök igen.';
}
