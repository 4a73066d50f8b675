// The Worker client in Chromium (build/web/engine/client.js, a real module
// Worker): an AbortSignal rejects its own call and no other, aborting the
// running call gives the waiting ones a fresh worker, aborting a waiting one
// just drops it, and each result carries its own modelLoaded.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO, GERMAN_SAMPLE, startServer, launch, newContext, siteBuilt } from './helpers.mjs';

const skip = !siteBuilt() ? 'build/web is missing (run make web)' : !existsSync(GERMAN_SAMPLE) ? `${GERMAN_SAMPLE} is missing` : false;
const FRENCH = 'Il a déclaré : « Nous sommes prêts. » Selon le ministre, la réforme est nécessaire.';
const FRENCH_NO_ENTITIES = { language: 'fr', entities: false };

/** The analyses of the wasm package in Node, with the models the worker would load. */
async function engineAnalyses(german) {
  const { createQuelle } = await import(path.join(REPO, 'build/wasm/quelle.js'));
  const q = await createQuelle({ wasmBinary: await readFile(path.join(REPO, 'build/wasm/quelle-core.wasm')) });
  for (const language of ['de', 'fr']) q.loadModel(language, await readFile(path.join(REPO, `build/web/models/ner-${language}.qnm`)));
  // The worker loads the German quote model with the entity model.
  q.loadQuoteModel('de', await readFile(path.join(REPO, 'build/web/models/quotes-de.qqm')));
  return { german: q.analyze(german), french: q.analyze(FRENCH, FRENCH_NO_ENTITIES), frenchDetected: q.analyze(FRENCH) };
}

/** Runs in the page: counts the workers started (client.js constructs the global Worker). */
function countWorkers() {
  const w = /** @type {any} */ (window);
  w.workersStarted = 0;
  w.Worker = class extends Worker {
    constructor(/** @type {any[]} */ ...args) {
      super(...args);
      w.workersStarted++;
    }
  };
}

describe('the worker client', { skip }, () => {
  let server;
  let browser;
  let context;
  let foreign;
  let page;
  let german;
  let long;
  let expected;

  before(async () => {
    german = await readFile(GERMAN_SAMPLE, 'utf8');
    long = Array.from({ length: Math.ceil(600_000 / german.length) }, (_, i) => `Teil ${i}\n\n${german}`).join('\n\n');
    expected = await engineAnalyses(german);
    server = await startServer();
    browser = await launch();
    ({ context, foreign } = await newContext(browser, server.origin));
    // An empty page of the site's origin, so that ./engine/client.js loads as on the page.
    await context.route(`${server.url}client-test.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>client</title>' }));
    page = await context.newPage();
    await page.addInitScript(countWorkers);
    await page.goto(`${server.url}client-test.html`);
    await page.evaluate(async () => {
      const { QuelleClient } = await import('./engine/client.js');
      /** @type {any} */ (window).client = new QuelleClient({ modelBaseUrl: './models/' });
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('aborting the running call rejects it alone; the waiting calls resolve, each with its modelLoaded', async () => {
    const outcome = await page.evaluate(async ({ long, german, french, frenchOptions }) => {
      const w = /** @type {any} */ (window);
      const settle = (/** @type {Promise<any>} */ p) => p.then((value) => ({ value }), (e) => ({ error: { name: e.name, code: e.code } }));
      const controller = new AbortController();
      const running = w.client.analyzeDetailed(long, {}, {
        signal: controller.signal,
        onProgress: (/** @type {string} */ stage) => { if (stage === 'analysis') controller.abort(); },
      });
      const results = await Promise.all([running, w.client.analyzeDetailed(german), w.client.analyzeDetailed(french, frenchOptions)].map(settle));
      return { results, workers: w.workersStarted };
    }, { long, german, french: FRENCH, frenchOptions: FRENCH_NO_ENTITIES });
    const [aborted, de, fr] = outcome.results;
    assert.deepEqual(aborted, { error: { name: 'QuelleError', code: 'cancelled' } });
    assert.equal(de.value.modelLoaded, true);
    assert.deepEqual(de.value.analysis, expected.german, 'the German call resolves with the engine\'s analysis');
    assert.equal(fr.value.modelLoaded, false);
    assert.deepEqual(fr.value.analysis, expected.french);
    assert.equal(outcome.workers, 2, 'the aborted wasm call took its worker along; one fresh worker took the rest');
  });

  it('aborting a waiting call drops it; a signal aborted already rejects at once; neither starts a worker', async () => {
    const outcome = await page.evaluate(async ({ german, french }) => {
      const w = /** @type {any} */ (window);
      const settle = (/** @type {Promise<any>} */ p) => p.then((value) => ({ value }), (e) => ({ error: { name: e.name, code: e.code } }));
      const workersBefore = w.workersStarted;
      const controller = new AbortController();
      const calls = [
        w.client.analyze(french),
        w.client.analyze(german, {}, { signal: controller.signal, onProgress: () => { w.droppedRan = true; } }),
        w.client.analyze(french),
        w.client.analyze(german, {}, { signal: AbortSignal.abort() }),
      ];
      controller.abort();
      const results = await Promise.all(calls.map(settle));
      return { results, newWorkers: w.workersStarted - workersBefore, droppedRan: !!w.droppedRan };
    }, { german, french: FRENCH });
    const [first, dropped, last, preAborted] = outcome.results;
    assert.deepEqual(dropped, { error: { name: 'QuelleError', code: 'cancelled' } });
    assert.deepEqual(preAborted, { error: { name: 'QuelleError', code: 'cancelled' } });
    assert.equal(outcome.droppedRan, false, 'the worker never saw the dropped call');
    assert.deepEqual(first.value, expected.frenchDetected);
    assert.deepEqual(last.value, expected.frenchDetected);
    assert.equal(outcome.newWorkers, 0);
  });

  it('cancel() still rejects every pending call', async () => {
    const codes = await page.evaluate(async ({ german, french }) => {
      const w = /** @type {any} */ (window);
      const calls = [w.client.analyze(german), w.client.analyze(french)];
      w.client.cancel();
      return Promise.all(calls.map((p) => p.then(() => 'resolved', (e) => e.code)));
    }, { german, french: FRENCH });
    assert.deepEqual(codes, ['cancelled', 'cancelled']);
    assert.deepEqual(foreign(), []);
  });
});
