// Takes the Chromium cold start of bench/browser.mjs apart: the quelle:*
// User Timing marks of quelle.js (create, glue, compiled, instantiated, runtime, ready,
// model-copied, model-loaded) and the resource timing of every request,
// as medians over fresh browser contexts (docs/performance.md).
//
//   node bench/cold-start.mjs [reps=12] [--in-process] [--sites=dirA,dirB,...]
//
// --sites compares builds of the site (default build/web): each directory
// is served by its own server, and the fresh contexts alternate between
// them (A, B, A, B, ...), so that all of them see the same machine load.
// --orders compares when the page asks for the model: 'start' (before it
// imports the engine: the model's 3.3 MB then travel while the engine's
// files are requested) and 'create' (right after calling createQuelle,
// which has then requested the wasm and the glue: the order of the worker)
// 'ready' (once the engine is ready: nothing competes with the engine's
// files) and 'none' (no model: what the engine alone takes).
//
// --in-process serves from the driver's own process, as the benchmark did
// before (to see what that costs).
// --settle=MS waits MS after loading the page before the clock starts: a
// diagnostic of how much of a cold start is the browser's own work after
// navigating a fresh context (bench/browser.mjs settles 1 s, as a reader
// pastes into a page that has loaded).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { root } from '../tests/js/helpers.mjs';
import { launchChromium, serveStatic } from '../scripts/lib/local-site.mjs';
import { median } from './stats.mjs';

const reps = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 12);
const sites = (process.argv.find((a) => a.startsWith('--sites='))?.slice(8).split(',') ?? ['build/web']).map((d) => resolve(root, d));
for (const web of sites) if (!existsSync(join(web, 'engine/quelle.js'))) throw new Error(`${web}/engine/quelle.js is missing (run make web)`);
const servers = [];
for (const web of sites) servers.push(await serveStatic(web, '/', { separateProcess: !process.argv.includes('--in-process') }));
const browser = await launchChromium();
const settle = Number(process.argv.find((a) => a.startsWith('--settle='))?.slice(9) ?? 0);
/** @type {any[][]} */
const orders = process.argv.find((a) => a.startsWith('--orders='))?.slice(9).split(',') ?? ['start'];
const variants = sites.flatMap((site, s) => orders.map((order) => ({ name: `${site} ${order}`, server: s, order, rows: /** @type {any[]} */ ([]) })));
try {
  for (let i = 0; i < reps * variants.length; i++) {
    const variant = variants[i % variants.length];
    const server = servers[variant.server];
    const rows = variant.rows;
    const context = await browser.newContext();
    const page = await context.newPage();
    const engineUrl = `${server.url}engine/quelle.js`;
    await page.goto(engineUrl);
    if (settle > 0) await page.waitForTimeout(settle);
    // The benchmark's cold start, step for step (bench/browser.mjs).
    rows.push(await page.evaluate(async ([engine, model, order]) => {
      const t0 = performance.now();
      const fetchModel = () => fetch(model).then((r) => r.arrayBuffer()).then((b) => { performance.mark('quelle:model-bytes'); return b; });
      let bytes = order === 'start' ? fetchModel() : null;
      const { createQuelle } = await import(engine);
      const engineReady = createQuelle();
      if (order === 'create') bytes = fetchModel();
      const q = await engineReady;
      if (order === 'ready') bytes = fetchModel();
      if (order !== 'none') q.loadModel('de', await bytes);
      /** @type {Record<string, number>} */
      const out = { total: performance.now() - t0 };
      for (const m of performance.getEntriesByType('mark')) out[m.name] = m.startTime - t0;
      for (const e of /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'))) {
        const name = e.name.split('/').pop();
        out[`${name} requested`] = e.requestStart - t0;
        out[`${name} first byte`] = e.responseStart - t0;
        out[`${name} last byte`] = e.responseEnd - t0;
      }
      return out;
    }, [engineUrl, `${server.url}models/ner-de.qnm`, variant.order]));
    await context.close();
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
variants.forEach(({ name, rows }) => {
  if (variants.length > 1) console.log(`\n== ${name}`);
  const keys = Object.keys(rows[0]).filter((k) => rows.every((r) => k in r));
  console.log(`cold start in Chromium, medians of ${reps} fresh contexts (ms from the start):`);
  for (const [k, v] of keys.map((k) => [k, median(rows.map((r) => r[k]))]).sort((a, b) => a[1] - b[1])) {
    console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  }
  const span = (a, b) => median(rows.map((r) => r[b] - r[a])).toFixed(1);
  console.log(`model parse alone: ${span('quelle:model-copied', 'quelle:model-loaded')} ms; engine (create to ready): ${span('quelle:create', 'quelle:ready')} ms`);
});
