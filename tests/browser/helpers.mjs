// Shared helpers of the browser tests: build/web served under a sub-path (to
// prove that the site uses relative URLs only) and Debian's chromium driven
// by playwright-core. Not a test file itself.
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, launchChromium, serveStatic } from '../../scripts/lib/local-site.mjs';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SITE = path.join(REPO, 'build/web');
export const SHARED = process.env.QUELLE_SHARED ? path.resolve(process.env.QUELLE_SHARED) : path.resolve(REPO, '../shared');
export const ARTIFACTS = path.join(REPO, 'build/test-artifacts');
export const GERMAN_SAMPLE = path.join(SHARED, 'samples/de-dpa-alibaba-cebit.txt');
/** The sub-path the site is served under. */
export const PREFIX = '/quelle/';

/**
 * Serves `root` under PREFIX on 127.0.0.1 (random port); see scripts/lib/local-site.mjs.
 * @param {string} [root]
 */
export function startServer(root = SITE) {
  return serveStatic(root, PREFIX);
}

export { CHROMIUM_ARGS, launchChromium as launch };

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
