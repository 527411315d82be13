/**
 * Errors as Office.js reports them: a RichApi error code (what code checks) and a message. The codes are
 * Excel's (OfficeExtension.ErrorCodes, Excel.ErrorCodes); the messages are Swedish, as the preview shows them.
 */
export class MemoryExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

export const propertyNotLoaded = (what: string) => new MemoryExcelError('PropertyNotLoaded', `${what} har inte laddats med load() och context.sync().`);
export const itemNotFound = (what: string) => new MemoryExcelError('ItemNotFound', `${what} finns inte.`);
export const itemAlreadyExists = (what: string) => new MemoryExcelError('ItemAlreadyExists', `${what} finns redan.`);
export const invalidArgument = (why: string) => new MemoryExcelError('InvalidArgument', why);
export const invalidOperation = (why: string) => new MemoryExcelError('InvalidOperation', why);
export const notModelled = (what: string) => new MemoryExcelError('ApiNotFound', `${what} finns inte i minnesarbetsboken.`);
