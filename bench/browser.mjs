// Quelle wasm in headless Chromium (Debian's, driven by playwright-core):
// cold start (fetch, compile, instantiate, ICU ready, German model loaded)
// and throughput on the same articles as in Node.
import { existsSync } from 'node:fs';
import { join } from 'node:path';


import { root } from '../tests/js/helpers.mjs';
import { launchChromium, serveStatic } from '../scripts/lib/local-site.mjs';

const SETTLE_MS = 1000;

// inTurns(lang, wasmSecs), if given, measures wasm / native in turns
// (run.mjs) with wasmSecs(texts, passes) timing passes in the page. The page
// gets each language's corpus once, before its rounds, and its passes run
// over that copy: `texts` (the same corpus) is not sent again every round.
export async function browserBench(corpora, reps, inTurns) {
  const web = join(root, 'build/web');
  const engineDir = ['engine', 'quelle', '.'].find((d) => existsSync(join(web, d, 'quelle.js')));
  if (engineDir === undefined) throw new Error('build/web has no quelle.js (run make web)');
  // The server runs in its own process, as a real host would: in this
  // process it would share the event loop with playwright's protocol
  // traffic and hold the page's requests back (scripts/lib/local-site.mjs).
  const server = await serveStatic(web, '/', { separateProcess: true });
  const browser = await launchChromium();
  try {
    const engineUrl = `${server.url}${engineDir === '.' ? '' : engineDir + '/'}quelle.js`;
    const modelUrl = `${server.url}models/ner-de.qnm`;
    const cold = [];
    for (let i = 0; i < reps; i++) {
      const context = await browser.newContext();  // empty HTTP cache each time
      const page = await context.newPage();
      // A plain document of the site's origin (the engine's own source as
      // text), not the app, whose own worker would compete for the CPU.
      await page.goto(engineUrl);
      // The clock starts once the fresh renderer has settled, as when a
      // reader pastes into a page that has loaded: right after goto the
      // renderer is still starting up and playwright's DevTools session
      // attaching, which doubled the figure (bench/cold-start.mjs
      // --settle). The HTTP cache and the compiled-code cache stay empty.
      await page.waitForTimeout(SETTLE_MS);
      cold.push(await page.evaluate(async ([engine, model]) => {
        const t0 = performance.now();
        // The model is fetched while the engine compiles (the bytes do not
        // need the engine; only loadModel does), as a page that knows the
        // language, or the worker once it has detected it, would.
        const bytes = fetch(model).then((r) => (r.ok ? r.arrayBuffer() : null));
        const { createQuelle } = await import(engine);
        const q = await createQuelle();
        const buffer = await bytes;
        if (buffer) q.loadModel('de', buffer);
        return performance.now() - t0;
      }, [engineUrl, modelUrl]));
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(engineUrl);
    const out = { coldStartMs: cold.sort((a, b) => a - b)[Math.floor(cold.length / 2)] };
    for (const [lang, docs] of Object.entries(corpora)) {
      out[lang] = await page.evaluate(async ([engine, base, texts, n]) => {
        const { createQuelle } = await import(engine);
        // One engine for the page, kept for the passes in turns below.
        const g = /** @type {any} */ (globalThis);
        g.quelle ??= await createQuelle();
        const q = g.quelle;
        for (const l of ['de', 'en']) {
          if (q.hasModel(l)) continue;
          const r = await fetch(`${base}models/ner-${l}.qnm`);
          if (r.ok) q.loadModel(l, await r.arrayBuffer());
        }
        for (const t of texts) q.analyzeJSON(t);
        // Chromium rounds performance.now() to 0.1 ms in a page that is not
        // cross-origin isolated, as long as a typical article takes: timing
        // each call made every article 0.0, 0.1 or 0.2 ms (German medians
        // of exactly 0.400 ms, throughput at half of Node's). So each
        // article is timed over ten calls in a row (0.01 ms steps), and the
        // throughput over whole passes.
        const calls = Math.max(n, 10);
        const per = texts.map((t) => {
          const t0 = performance.now();
          for (let i = 0; i < calls; i++) q.analyzeJSON(t);
          return (performance.now() - t0) / calls;
        });
        const bytes = texts.reduce((s, t) => s + new TextEncoder().encode(t).length, 0);
        const t0 = performance.now();
        for (let i = 0; i < n; i++) for (const t of texts) q.analyzeJSON(t);
        const total = (performance.now() - t0) / 1000 / n;
        const sorted = [...per].sort((a, b) => a - b);
        return { mbPerSec: bytes / 1e6 / total, articleMedianMs: sorted[Math.floor(sorted.length / 2)] };
      }, [engineUrl, server.url, docs.map((d) => d.text), reps]);
    }
    if (inTurns) {
      out.wasmNativeRatio = {};
      for (const [lang, docs] of Object.entries(corpora)) {
        await page.evaluate(([l, texts]) => { const g = /** @type {any} */ (globalThis); g.benchTexts = { ...g.benchTexts, [l]: texts }; },
          [lang, docs.map((d) => d.text)]);
        out.wasmNativeRatio[lang] = await inTurns(lang, (_texts, passes) => page.evaluate(([l, n]) => {
          const g = /** @type {any} */ (globalThis);
          const t0 = performance.now();
          for (let p = 0; p < n; p++) for (const t of g.benchTexts[l]) g.quelle.analyzeJSON(t);
          return (performance.now() - t0) / 1000;
        }, [lang, passes]));
      }
    }
    await context.close();
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
