// The page's corpus mode (issue #19) in headless Chromium: 1,000 articles
// (about 5 MB of English Wikinews text) through the pool of workers, in
// MB/s, and the page's JavaScript heap over 10,000 articles (CDP:
// HeapProfiler.collectGarbage, then Runtime.getHeapUsage, sampled during
// the run; the workers' heaps and the Blobs of the exports are not the
// page's). Run alone or from bench/run.mjs (make bench):
//
//   node bench/corpus-page.mjs [--articles 1000] [--memory 10000]
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { root, shared } from '../tests/js/helpers.mjs';
import { launchChromium, serveStatic } from '../scripts/lib/local-site.mjs';

const { parseCSVRecords } = await import(join(root, 'web/csv.js'));

/**
 * `count` articles as `quelle batch` input lines: Wikinews articles of 2019,
 * a short one joined with the next so that each is about 5 KB.
 * @param {number} count
 */
function corpusLines(count) {
  const wn = parseCSVRecords(readFileSync(join(shared, 'samples/real/en-wikinews-2019.csv'), 'utf8')).records;
  const lines = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    let text = wn[i % wn.length].text;
    for (let k = 1; text.length < 4500; k++) text += `\n\n${wn[(i + k) % wn.length].text}`;
    bytes += Buffer.byteLength(text);
    lines.push(JSON.stringify({ id: `a${i}`, text, outlet: `outlet-${i % 7}`, date: wn[i % wn.length].date }));
  }
  return { jsonl: `${lines.join('\n')}\n`, bytes };
}

/**
 * Runs `count` articles through the page's corpus view; returns seconds,
 * MB/s and the page's heap.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {number} count
 */
async function runCorpus(browser, url, count) {
  const { jsonl, bytes } = corpusLines(count);
  const dir = join(root, 'build/bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `corpus-${count}.jsonl`);
  writeFileSync(file, jsonl);
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const heap = async (gc) => {
    if (gc) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
  };
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.state !== 'loading');
  await page.click('#corpus-button');
  // Warm-up: the pool's engines start (wasm compiled, models fetched) on a few articles first.
  const warm = join(dir, 'corpus-warm.jsonl');
  writeFileSync(warm, jsonl.split('\n').slice(0, 3).join('\n'));
  await page.setInputFiles('#corpus-file-input', warm);
  await page.waitForFunction(() => document.documentElement.dataset.corpus === 'done', null, { timeout: 120_000 });
  const before = await heap(true);
  let peak = before;
  const started = Date.now();
  await page.setInputFiles('#corpus-file-input', file);
  // Polled often so that the time is the run's; the heap every second.
  for (let i = 0; ; i++) {
    const state = await page.evaluate(() => document.documentElement.dataset.corpus);
    if (state === 'done') break;
    if (i % 10 === 0) peak = Math.max(peak, await heap(false));
    await page.waitForTimeout(100);
  }
  const seconds = (Date.now() - started) / 1000;
  const status = await page.textContent('#corpus-status');
  const after = await heap(true);
  const pageMBps = Number(/\(([\d.]+) MB\/s\)/.exec(status ?? '')?.[1] ?? NaN);
  await context.close();
  return {
    articles: count, mb: bytes / 1e6, seconds, mbPerSec: bytes / 1e6 / seconds, pageMBps, status,
    heapMB: { before, peak, after },
  };
}

/**
 * @param {{articles?: number, memory?: number}} [options]
 */
export async function corpusPageBench(options = {}) {
  const server = await serveStatic(join(root, 'build/web'), '/', { separateProcess: true });
  const browser = await launchChromium();
  try {
    const pool = Math.max(1, (await (await browser.newPage()).evaluate(() => navigator.hardwareConcurrency)) - 1);
    const speed = await runCorpus(browser, server.url, options.articles ?? 1000);
    const memory = options.memory ? await runCorpus(browser, server.url, options.memory) : null;
    return { pool, speed, memory };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const result = await corpusPageBench({ articles: arg('--articles', 1000), memory: arg('--memory', 10000) });
  mkdirSync(join(root, 'build/bench'), { recursive: true });
  writeFileSync(join(root, 'build/bench/corpus-page.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}
