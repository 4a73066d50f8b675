// Takes the Chromium cold start of bench/browser.mjs apart: the quelle:*
// User Timing marks of quelle.js (create, glue, compiled, ready,
// model-copied, model-loaded) and the resource timing of every request,
// as medians over fresh browser contexts (docs/performance.md).
//
//   node bench/cold-start.mjs [reps=12] [--in-process]
//
// --in-process serves from the driver's own process, as the benchmark did
// before (to see what that costs).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { root } from '../tests/js/helpers.mjs';
import { launchChromium, serveStatic } from '../scripts/lib/local-site.mjs';
import { median } from './stats.mjs';

const reps = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 12);
const web = join(root, 'build/web');
if (!existsSync(join(web, 'engine/quelle.js'))) throw new Error('build/web/engine/quelle.js is missing (run make web)');
const server = await serveStatic(web, '/', { separateProcess: !process.argv.includes('--in-process') });
const browser = await launchChromium();
const rows = [];
try {
  for (let i = 0; i < reps; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const engineUrl = `${server.url}engine/quelle.js`;
    await page.goto(engineUrl);
    // The benchmark's cold start, step for step (bench/browser.mjs).
    rows.push(await page.evaluate(async ([engine, model]) => {
      const t0 = performance.now();
      const bytes = fetch(model).then((r) => r.arrayBuffer()).then((b) => { performance.mark('quelle:model-bytes'); return b; });
      const { createQuelle } = await import(engine);
      const q = await createQuelle();
      q.loadModel('de', await bytes);
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
    }, [engineUrl, `${server.url}models/ner-de.qnm`]));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const keys = Object.keys(rows[0]).filter((k) => rows.every((r) => k in r));
console.log(`cold start in Chromium, medians of ${reps} fresh contexts (ms from the start):`);
for (const [k, v] of keys.map((k) => [k, median(rows.map((r) => r[k]))]).sort((a, b) => a[1] - b[1])) {
  console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
}
const span = (a, b) => median(rows.map((r) => r[b] - r[a])).toFixed(1);
console.log(`model parse alone: ${span('quelle:model-copied', 'quelle:model-loaded')} ms; engine (create to ready): ${span('quelle:create', 'quelle:ready')} ms`);
