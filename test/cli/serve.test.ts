import { mkdtempSync, mkdirSync, writeFileSync } from 'fs';
import { connect } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require('../../scripts/serve.js') as { startServer(o: { root: string }): Promise<{ url: string; close(): Promise<void> }> };

/** A raw request line, so that the path reaches the server exactly as written (no client normalises it). */
function rawStatus(url: string, path: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

test('the preview server answers bad paths with 400 and keeps serving', async () => {
  const root = mkdtempSync(join(tmpdir(), 'serve-'));
  mkdirSync(join(root, 'sub'));
  writeFileSync(join(root, 'preview.html'), '<p>ok</p>');
  writeFileSync(join(tmpdir(), 'secret-outside.txt'), 'secret');
  const server = await startServer({ root });
  try {
    for (const path of ['/%00', '/%', '/%zz', '/%E0%A4%A', '/preview.html%00.js', '/..%2f..%2fetc%2fpasswd', '/sub/%2e%2e/%2e%2e/secret-outside.txt', '/a%5c..%5c..%5csecret-outside.txt', '/%0d%0aSet-Cookie:x']) {
      expect([path, await rawStatus(server.url, path)]).toEqual([path, 400]);
    }
    expect(await rawStatus(server.url, '/../../etc/passwd')).not.toBe(200);
    expect(await rawStatus(server.url, 'x')).toBe(400);
    expect(await rawStatus(server.url, '/saknas.html')).toBe(404);
    expect(await rawStatus(server.url, '/preview.html')).toBe(200);
  } finally {
    await server.close();
  }
});
