// The Worker client (build/wasm/client.js) with the real worker.js and
// engine, the worker a thread (web-worker.mjs): results carry their own
// modelLoaded, and an AbortSignal rejects its own call and no other.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, test } from 'node:test';

import { serveStatic } from '../../scripts/lib/local-site.mjs';
import { loadEngine, root, shared } from './helpers.mjs';
import { WebWorker } from './web-worker.mjs';

globalThis.Worker = WebWorker;
const { QuelleClient, QuelleError } = await import(join(root, 'build/wasm/client.js'));

const engine = await loadEngine();
const german = readFileSync(join(shared, 'samples/de-dpa-alibaba-cebit.txt'), 'utf8');
const french = 'Il a déclaré : « Nous sommes prêts. » Selon le ministre, la réforme est nécessaire.';
/** About 600,000 characters: its analysis takes long enough to be aborted while it runs. */
const long = Array.from({ length: Math.ceil(600_000 / german.length) }, (_, i) => `Teil ${i}\n\n${german}`).join('\n\n');
const FRENCH_NO_ENTITIES = { language: 'fr', entities: false };

let models;
before(async () => { models = await serveStatic(join(root, 'models'), '/models/'); });
after(() => models?.close());
beforeEach(() => { WebWorker.started = 0; WebWorker.terminated = 0; });

const isCancelled = (e) => e instanceof QuelleError && e.code === 'cancelled';

/** A client that is cancelled when the test ends, whatever the test's outcome. */
function newClient(t, options) {
  const client = new QuelleClient(options);
  t.after(() => client.cancel());
  return client;
}

test('analyze resolves to the analysis; analyzeDetailed adds modelLoaded, per result', async (t) => {
  const client = newClient(t, { modelBaseUrl: models.url });
  // Overlapping calls: the first has the German model, the second none.
  const [de, fr, plain] = await Promise.all([
    client.analyzeDetailed(german),
    client.analyzeDetailed(french, FRENCH_NO_ENTITIES),
    client.analyze(german),
  ]);
  assert.equal(de.modelLoaded, true);
  assert.equal(fr.modelLoaded, false);
  assert.deepEqual(de.analysis, engine.analyze(german));
  assert.deepEqual(fr.analysis, engine.analyze(french, FRENCH_NO_ENTITIES));
  assert.deepEqual(plain, de.analysis);
  assert.ok(de.analysis.entities.length > 0, 'the model found entities');
  assert.equal('lastModelLoaded' in client, false, 'no shared state');
});

test('the worker loads a language\'s quote model with its entity model, and asks for a missing one once', async (t) => {
  // A server of its own: another test's worker may still be fetching from the shared one.
  const own = await serveStatic(join(root, 'models'), '/models/');
  t.after(() => own.close());
  const client = newClient(t, { modelBaseUrl: own.url });
  const before = own.served.length;
  const de = await client.analyze(german);
  await client.analyze(german);
  await client.analyze(french, { language: 'fr' });
  await client.analyze(french, { language: 'fr' });
  const asked = own.served.slice(before).map((r) => `${r.path} ${r.status}`);
  const count = (/** @type {string} */ x) => asked.filter((a) => a === x).length;
  assert.equal(count('/models/quotes-de.qqm 200'), 1, asked.join(', '));
  assert.equal(count('/models/ner-de.qnm 200'), 1, asked.join(', '));
  assert.equal(count('/models/quotes-fr.qqm 404'), 1, 'a 404 is not asked for again');
  // The German analysis is the engine's with both German models (the
  // parity engine of helpers.mjs loads them all).
  assert.deepEqual(de, engine.analyze(german));
});

test('aborting the running call rejects it alone; the waiting call gets a fresh worker and resolves', async (t) => {
  const client = newClient(t);
  const controller = new AbortController();
  const running = client.analyze(long, {}, {
    signal: controller.signal,
    // Abort inside the wasm call: the worker posts 'analysis', then analyses.
    onProgress: (stage) => { if (stage === 'analysis') controller.abort(); },
  });
  const waiting = client.analyze(german);
  await assert.rejects(running, isCancelled);
  assert.deepEqual(await waiting, await analysisWithoutModels(german));
  assert.equal(WebWorker.started, 2, 'the running wasm call took its worker along');
  assert.equal(WebWorker.terminated, 1);
});

test('aborting a waiting call drops it; the calls before and after it resolve in the same worker', async (t) => {
  const client = newClient(t);
  const controller = new AbortController();
  const first = client.analyze(german);
  let droppedRan = false;
  const dropped = client.analyze(long, {}, { signal: controller.signal, onProgress: () => { droppedRan = true; } });
  const last = client.analyze(french);
  controller.abort();
  await assert.rejects(dropped, isCancelled);
  assert.equal(droppedRan, false, 'the worker never saw it');
  assert.deepEqual(await first, await analysisWithoutModels(german));
  assert.deepEqual(await last, await analysisWithoutModels(french));
  assert.equal(WebWorker.started, 1);
  assert.equal(WebWorker.terminated, 0);
});

test('a signal aborted already rejects at once, and starts no worker', async (t) => {
  const client = newClient(t);
  await assert.rejects(client.analyze(german, {}, { signal: AbortSignal.abort() }), isCancelled);
  await assert.rejects(client.analyzeDetailed(german, {}, { signal: AbortSignal.abort() }), isCancelled);
  assert.equal(WebWorker.started, 0);
});

test('a signal aborted after its call settled changes nothing', async (t) => {
  const client = newClient(t);
  const controller = new AbortController();
  await client.analyze(french, {}, { signal: controller.signal });
  const next = client.analyze(german);
  controller.abort();
  assert.deepEqual(await next, await analysisWithoutModels(german));
  assert.equal(WebWorker.started, 1);
});

test('cancel() rejects every pending call; the client then starts a new worker', async (t) => {
  const client = newClient(t);
  const calls = [client.analyze(long), client.analyze(german), client.analyze(french)];
  client.cancel();
  for (const call of calls) await assert.rejects(call, isCancelled);
  assert.deepEqual(await client.analyze(french), await analysisWithoutModels(french));
  assert.equal(WebWorker.started, 2);
});

/** What a worker without models computes: a fresh engine's analysis. */
let bare;
async function analysisWithoutModels(text) {
  bare ??= await loadEngine({ withModels: false });
  return bare.analyze(text);
}
