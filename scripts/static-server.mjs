// A tiny static file server for checks that need a real origin (stories, the CDN build).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `folder` under `basePath` (e.g. '/' or '/some/nested/path/') on a free local port.
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
export function serveFolder(folder, basePath = '/') {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (!pathname.startsWith(basePath)) {
      response.statusCode = 404;
      response.end();
      return;
    }
    let relative = decodeURIComponent(pathname.slice(basePath.length)) || 'index.html';
    if (relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(folder, relative));
    if (!file.startsWith(normalize(folder))) {
      response.statusCode = 403;
      response.end();
      return;
    }
    try {
      const body = await readFile(file);
      response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => server.close(),
      }),
    );
  });
}
