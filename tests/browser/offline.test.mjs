// Offline: after the first visit the service worker has precached the page,
// the engine and the models; with the network gone (context offline AND the
// server stopped) a reload still loads the page and analyses the kept text.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { GERMAN_SAMPLE, startServer, launch, newContext, openPage, waitReady, analyseText, pageAnalysis, siteBuilt } from './helpers.mjs';

const skip = !siteBuilt() ? 'build/web is missing (run make web)' : !existsSync(GERMAN_SAMPLE) ? `${GERMAN_SAMPLE} is missing` : false;

describe('offline use', { skip }, () => {
  let server;
  let browser;

  before(async () => {
    server = await startServer();
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reloads and analyses with the network off', async () => {
    const sample = await readFile(GERMAN_SAMPLE, 'utf8');
    const { context, foreign } = await newContext(browser, server.origin, { viewport: { width: 1280, height: 800 } });
    const { page, problems } = await openPage(context, server.url);
    await analyseText(page, sample);
    const online = await pageAnalysis(page);
    // The service worker is installed (precache complete) and controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    assert.match(await page.textContent('#offline-status') ?? '', /offline/);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('quelle-')) ?? '');
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    for (const file of ['/quelle/', '/quelle/index.html', '/quelle/app.js', '/quelle/style.css', '/quelle/engine/quelle-core.wasm', '/quelle/engine/worker.js']) {
      assert.ok(cached.includes(file), `${file} is precached`);
    }
    const models = cached.filter((p) => p.startsWith('/quelle/models/'));
    console.log(`# precached ${cached.length} files, models: ${models.join(' ') || 'none'}`);

    await context.setOffline(true);
    await server.close();
    const servedBefore = server.served.length;
    await page.evaluate(() => { document.documentElement.dataset.state = 'loading'; });
    await page.reload();
    await waitReady(page, 60_000);
    const offline = await pageAnalysis(page);
    assert.deepEqual(offline, online, 'the same analysis offline');
    assert.ok(await page.$$eval('#article .s', (els) => els.length) > 10, 'the article is marked');

    // A new text, offline.
    await analyseText(page, 'Die Ministerin sagte am Montag in Kiel, sie sei zufrieden. «Das ist ein guter Tag», sagte sie.');
    const fresh = await pageAnalysis(page);
    assert.equal(fresh.language, 'de');
    assert.equal(server.served.length, servedBefore, 'nothing reached the server while offline');
    assert.deepEqual(foreign(), []);
    assert.deepEqual(problems.dialogs, []);
    await context.close();
  });
});
