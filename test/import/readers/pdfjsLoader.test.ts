import { restoreNatives } from '../../../src/import/readers/pdfjsLoader';

/**
 * pdf.js's legacy build brings core-js, which on Node 20 replaces Array.prototype.push, JSON.parse and
 * JSON.stringify with slower JavaScript for the whole process; the loader puts the engine's own back.
 */
test('the built-ins pdf.js replaced are the engine’s own again after loading', () => {
  const natives = [Array.prototype.push, JSON.parse, JSON.stringify];
  const polyfill = (f: (...a: never[]) => unknown) => function (this: unknown, ...a: never[]) {
    return f.apply(this, a);
  };
  try {
    Object.defineProperty(Array.prototype, 'push', { value: polyfill(natives[0]), writable: true, configurable: true });
    Object.defineProperty(JSON, 'parse', { value: polyfill(natives[1]), writable: true, configurable: true });
    Object.defineProperty(JSON, 'stringify', { value: polyfill(natives[2]), writable: true, configurable: true });
    expect(Array.prototype.push).not.toBe(natives[0]);
    restoreNatives();
    expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(natives);
    expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')?.enumerable).toBe(false);
  } finally {
    Object.defineProperty(Array.prototype, 'push', { value: natives[0], writable: true, configurable: true, enumerable: false });
    Object.defineProperty(JSON, 'parse', { value: natives[1], writable: true, configurable: true, enumerable: false });
    Object.defineProperty(JSON, 'stringify', { value: natives[2], writable: true, configurable: true, enumerable: false });
  }
});
