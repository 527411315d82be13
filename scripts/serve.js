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
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(base, '.' + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Hittades inte');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(data);
    });
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
