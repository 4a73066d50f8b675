// The built site on localhost and Debian's Chromium, shared by the browser
// tests (tests/browser/) and the benchmark (bench/): one static server, one
// set of browser flags.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',  // streaming compilation needs it
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.qnm': 'application/octet-stream',
};

/**
 * Serves the directory `root` under `prefix` (e.g. '/quelle/', to prove the
 * site uses relative URLs only) on 127.0.0.1, random port. Whole files in one
 * write (streaming in small chunks through an event loop shared with the
 * code driving the browser made large files slow to arrive). Every request
 * is recorded in `served` (path and status).
 * @param {string} root
 * @param {string} [prefix]
 */
export async function serveStatic(root, prefix = '/') {
  root = path.resolve(root);
  /** @type {{path: string, status: number}[]} */
  const served = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let status = 200;
    try {
      if (!url.pathname.startsWith(prefix)) {
        status = url.pathname === prefix.slice(0, -1) ? 301 : 404;
        if (status === 301) res.writeHead(301, { Location: prefix }).end();
        else res.writeHead(404).end('not found');
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(prefix.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = path.resolve(root, rel);
      if (!file.startsWith(root + path.sep)) {
        status = 403;
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        status = 404;
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[/** @type {keyof MIME} */ (path.extname(file))] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      status = 500;
      res.writeHead(500).end(String(e));
    } finally {
      served.push({ path: url.pathname, status });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${prefix}`,
    served,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

/** Headless flags: the closed network here otherwise floods the log. */
export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

/** Launches Debian's chromium (never a downloaded browser). */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
