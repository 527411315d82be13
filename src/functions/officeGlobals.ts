/**
 * The metadata plugin appends `CustomFunctions.associate(...)` calls to functions.ts. Outside Excel
 * (the page opened in a plain browser, the preview) that global is missing; a no-op keeps the page alive.
 */
const g = globalThis as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === 'undefined') {
  g.CustomFunctions = { associate: () => undefined };
}
export {};
