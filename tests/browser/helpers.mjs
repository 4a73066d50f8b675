// Shared helpers of the browser tests: a static server for build/web (under
// a sub-path, to prove that the site uses relative URLs only) and Debian's
// chromium driven by playwright-core. Not a test file itself.
import http from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = path.join(REPO, 'build/web');
export const SHARED = process.env.QUELLE_SHARED ? path.resolve(process.env.QUELLE_SHARED) : path.resolve(REPO, '../shared');
export const ARTIFACTS = path.join(REPO, 'build/test-artifacts');
export const GERMAN_SAMPLE = path.join(SHARED, 'samples/de-dpa-alibaba-cebit.txt');
/** The sub-path the site is served under. */
export const PREFIX = '/quelle/';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.qnm': 'application/octet-stream',
};

/**
 * Serves `root` under PREFIX on 127.0.0.1 (random port). Every request is
 * recorded in `served` (path and status).
 * @param {string} [root]
 */
export async function startServer(root = SITE) {
  const served = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let status = 200;
    try {
      if (!url.pathname.startsWith(PREFIX)) {
        status = url.pathname === PREFIX.slice(0, -1) ? 301 : 404;
        if (status === 301) res.writeHead(301, { Location: PREFIX }).end();
        else res.writeHead(404).end('not found');
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(PREFIX.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const file = path.resolve(root, rel);
      if (!file.startsWith(root + path.sep)) { status = 403; res.writeHead(403).end(); return; }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) { status = 404; res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
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
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${PREFIX}`,
    served,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

/** Launches Debian's chromium (never a downloaded browser). */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A fresh context that records every request (page, workers, service worker)
 * and fails on any request to another origin.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {import('playwright-core').BrowserContextOptions} [options]
 */
export async function newContext(browser, origin, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const foreign = () => requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
  return { context, requests, foreign };
}

/**
 * Opens the page and collects console errors, page errors and dialogs.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = { errors: [], dialogs: [] };
  page.on('pageerror', (e) => problems.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.errors.push(m.text()); });
  page.on('dialog', (d) => { problems.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.state !== 'loading');
  return { page, problems };
}

/**
 * Waits until the page has analysed and rendered the current text.
 * @param {import('playwright-core').Page} page
 * @param {number} [timeout]
 */
export async function waitReady(page, timeout = 30_000) {
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state ?? ''), null, { timeout, polling: 100 });
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  if (state !== 'ready') throw new Error(`page state ${state}: ${await page.textContent('#status-text')}`);
}

/**
 * Replaces the text as a user would (the textarea) and waits for the analysis.
 * @param {import('playwright-core').Page} page
 * @param {string} text
 */
export async function analyseText(page, text) {
  await page.evaluate(() => { document.documentElement.dataset.state = 'typing'; });
  await page.click('#tab-edit');
  await page.fill('#text-input', text);
  await waitReady(page);
  await page.click('#tab-read');
}

/** The analysis the page shows, read from its JSON view. */
export async function pageAnalysis(page) {
  await page.click('#tab-json');
  const json = await page.textContent('#json-output');
  await page.click('#tab-read');
  return JSON.parse(json ?? 'null');
}

export async function artifactsDir() {
  await mkdir(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}

export function siteBuilt() {
  return existsSync(path.join(SITE, 'index.html')) && existsSync(path.join(SITE, 'engine/quelle-core.wasm'));
}
