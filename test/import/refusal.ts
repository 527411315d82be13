import { importText, ImportError } from '../../src/import';

/**
 * Why the importer refuses a text: "CODE: message" of its ImportError, null when it imports the text, 'other' for
 * any other exception (a crash, which no test should see). Shared by the tests of look-alikes that are no IOP.
 */
export function refusal(text: string, file = 'x.txt'): string | null {
  try {
    importText(text, file);
    return null;
  } catch (e) {
    return e instanceof ImportError ? `${e.code}: ${e.message}` : 'other';
  }
}
