import { createCanvas } from '@napi-rs/canvas';
import { imageInfo } from '../../../src/import/ocr/images';
import { Budget } from '../../../src/import/budget';
import { ImportError } from '../../../src/import/result';

/** A minimal TIFF header with `pages` IFDs of one 2000 × 3000 strip each (little-endian). */
function tiff(pages: number): Uint8Array {
  const bytes = new Uint8Array(8 + pages * (2 + 2 * 12 + 4));
  const view = new DataView(bytes.buffer);
  bytes.set([0x49, 0x49, 42, 0]);
  view.setUint32(4, 8, true);
  for (let p = 0; p < pages; p++) {
    const at = 8 + p * 30;
    view.setUint16(at, 2, true);
    [
      [256, 2000],
      [257, 3000],
    ].forEach(([tag, value], i) => {
      view.setUint16(at + 2 + i * 12, tag, true);
      view.setUint16(at + 4 + i * 12, 4, true);
      view.setUint32(at + 6 + i * 12, 1, true);
      view.setUint32(at + 10 + i * 12, value, true);
    });
    view.setUint32(at + 26, p + 1 < pages ? at + 30 : 0, true);
  }
  return bytes;
}

describe('imageInfo', () => {
  it('reads a PNG and a JPEG header: size (and no invented resolution)', async () => {
    const canvas = createCanvas(321, 123);
    expect(imageInfo(new Uint8Array(await canvas.encode('png')))).toMatchObject({ format: 'png', width: 321, height: 123, pages: 1 });
    expect(imageInfo(new Uint8Array(await canvas.encode('jpeg')))).toMatchObject({ format: 'jpeg', width: 321, height: 123, pages: 1 });
  });

  it('counts a TIFF’s pages and reads the first one’s size', () => {
    expect(imageInfo(tiff(1))).toMatchObject({ format: 'tiff', width: 2000, height: 3000, pages: 1 });
    expect(imageInfo(tiff(3)).pages).toBe(3);
  });

  it('refuses a damaged header, and the budget refuses a huge image before anything decodes it', () => {
    expect(() => imageInfo(new Uint8Array([0xff, 0xd8, 0xff, 0x00]))).toThrow(ImportError);
    expect(() => new Budget().ocrPixels(30_000, 30_000)).toThrow(/gräns för bildstorlek/);
    expect(() => new Budget().ocrPages(21)).toThrow(/gräns för antal OCR-sidor/);
  });

  it('gives a document read by OCR the OCR time cap from the start of its import', () => {
    let now = 0;
    const budget = new Budget({ timeMs: 1000, ocrTimeMs: 5000 }, () => now);
    now = 900;
    budget.startOcr();
    now = 4000;
    expect(() => budget.check()).not.toThrow();
    now = 5001;
    expect(() => budget.check()).toThrow(/5 s/);
  });
});
