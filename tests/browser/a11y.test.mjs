// Accessibility checked by a real engine (issue #19): axe-core over the
// single-article view (with the German sample analysed) and the corpus view
// (with the Wikinews sample), in the light and the dark theme: no
// violations. axe is injected into the page, so the test context bypasses
// the page's Content-Security-Policy (the page itself keeps it).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GERMAN_SAMPLE, startServer, launch, newContext, openPage, analyseText, siteBuilt } from './helpers.mjs';

const skip = !siteBuilt() ? 'build/web is missing (run make web)' : !existsSync(GERMAN_SAMPLE) ? `${GERMAN_SAMPLE} is missing` : false;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe's violations on the page as it is, one line each. */
async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', { skip }, () => {
  let server;
  let browser;
  let sample;

  before(async () => {
    sample = await readFile(GERMAN_SAMPLE, 'utf8');
    server = await startServer();
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
    it(`has no violations in the single-article and the corpus view (${colorScheme})`, async () => {
      const { context } = await newContext(browser, server.origin, { viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true });
      const { page } = await openPage(context, server.url);
      assert.deepEqual(await violations(page), [], 'the empty page');
      await analyseText(page, sample);
      assert.deepEqual(await violations(page), [], 'an analysed article');
      await page.click('#corpus-button');
      await page.click('#corpus-sample');
      await page.waitForFunction(() => document.documentElement.dataset.corpus === 'done', null, { timeout: 120_000 });
      assert.deepEqual(await violations(page), [], 'the corpus view');
      await context.close();
    });
  }
});
