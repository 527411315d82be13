#!/usr/bin/env node
// A tiny static server for dist/ on the loopback interface only: `npm run preview` and the end-to-end tests.
// No dependencies, no directory listings, nothing outside the served folder.
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

function startServer({ root, port = 0, host = '127.0.0.1' } = {}) {
  const base = path.resolve(root);
  const bad = (res) => res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Felaktig sökväg');
  const server = http.createServer((req, res) => {
    // Anything but a plain path inside the folder is a bad request: bad percent-encoding, NUL or other control
    // characters, backslashes, and any "." or ".." segment (traversal, encoded or not). Never an exception.
    let pathname;
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      // The raw path, not the URL parser's: it would quietly resolve "/a/%2e%2e/b" and hide the traversal.
      if (!req.url.startsWith('/')) throw new Error('not a path');
      pathname = decodeURIComponent(req.url.split(/[?#]/)[0]);
    } catch {
      bad(res);
      return;
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\\]/.test(pathname) || pathname.split('/').some((seg) => seg === '.' || seg === '..')) {
      bad(res);
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(base, '.' + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      bad(res);
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Hittades inte');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  });
  // A malformed request line is answered by Node itself; a socket error must not end the server.
  server.on('clientError', (err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ url: `http://${host}:${actual}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

module.exports = { startServer };

if (require.main === module) {
  const root = process.argv[2] || 'dist';
  const port = Number(process.env.PORT || process.argv[3] || 3000);
  if (!fs.existsSync(path.join(root, 'preview.html'))) {
    console.error(`${root}/preview.html saknas: kör "npm run preview" (bygger till dist-preview/) först.`);
    process.exit(1);
  }
  startServer({ root, port }).then(
    ({ url }) => console.log(`Förhandsvisningen: ${url}/preview.html  (Ctrl+C avslutar)`),
    (err) => {
      if (err && err.code === 'EADDRINUSE') {
        console.error(`Port ${port} används redan. Välj en annan port, t.ex. PORT=3001 npm run preview.`);
        process.exit(1);
      }
      console.error(`Kunde inte starta servern: ${err.message}`);
      process.exit(1);
    },
  );
}
