// The built site on localhost and Debian's Chromium, shared by the browser
// tests (tests/browser/) and the benchmark (bench/): one static server, one
// set of browser flags.
import { fork } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
 *
 * `separateProcess`: serve from a child process, as any real host does. In
 * the driver's process the server shares one event loop with playwright,
 * which handles the browser's protocol traffic (every network event of the
 * page) while the page waits for its files: measured in headless Chromium,
 * a 7 KB script then waited 100-150 ms for its first byte while a 3 MB
 * model was being sent (docs/performance.md, cold start). The benchmark
 * uses it; the tests keep the in-process server, whose `served` list is
 * complete the moment a response is sent (the child reports it by message).
 *
 * `inMemory` (the child always): every file is read once, before the server
 * listens, and served from memory, as a production host serves a static
 * site from its page cache (sendfile) or a CDN from its own. Reading each
 * file per request (stat, then open and read in 512 KB steps, each a trip
 * through libuv's thread pool) made the wasm's first byte wait 40-60 ms
 * on the loaded 2-core machine, 15 ms from memory (bench/cold-start.mjs,
 * docs/performance.md). The browser's side stays cold: a new context each
 * time, nothing cached. Files changed later are not seen.
 * @param {string} root
 * @param {string} [prefix]
 * @param {{separateProcess?: boolean, inMemory?: boolean,
 *   onServed?: (entry: {path: string, status: number}) => void}} [options]
 */
export async function serveStatic(root, prefix = '/', options = {}) {
  if (options.separateProcess) return serveFromChild(root, prefix);
  root = path.resolve(root);
  /** @type {{path: string, status: number}[]} */
  const served = [];
  /** @type {Map<string, Buffer> | null} */
  const files = options.inMemory ? new Map() : null;
  const load = (/** @type {string} */ dir) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) load(file);
      else files?.set(file, readFileSync(file));
    }
  };
  if (files) load(root);
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
      const body = files ? files.get(file) : await stat(file).then((i) => (i.isFile() ? readFile(file) : undefined), () => undefined);
      if (!body) {
        status = 404;
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
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
      options.onServed?.({ path: url.pathname, status });
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

/**
 * serveStatic in a child process (this file, run with --serve): same
 * handler, its own event loop. Resolves once the child listens.
 * @param {string} root
 * @param {string} prefix
 */
async function serveFromChild(root, prefix) {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', path.resolve(root), prefix], {
    execArgv: [],  // not the parent's flags (--input-type, --cpu-prof, ...)
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  /** @type {{path: string, status: number}[]} */
  const served = [];
  const origin = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the static server exited early (code ${code})`)));
    child.on('message', (/** @type {any} */ m) => {
      if (m.origin) resolve(m.origin);
      else if (m.served) served.push(m.served);
    });
  });
  child.removeAllListeners('exit');
  return {
    origin,
    url: `${origin}${prefix}`,
    served,
    close: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve(undefined);
      child.once('exit', () => resolve(undefined));
      child.kill();
    }),
  };
}

// The child of serveFromChild.
if (process.argv[2] === '--serve' && process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  const send = (/** @type {any} */ m) => process.send?.(m);
  const server = await serveStatic(process.argv[3], process.argv[4], { inMemory: true, onServed: (entry) => send({ served: entry }) });
  process.on('disconnect', () => process.exit(0));  // the parent went away
  send({ origin: server.origin });
}

/** Headless flags: the closed network here otherwise floods the log. */
export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

/** Launches Debian's chromium (never a downloaded browser). */
export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
