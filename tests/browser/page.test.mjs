// The page end to end: the German sample analysed in the browser, the
// panels against the analysis JSON, speaker and entity selection, keyboard
// use, exports, file drop, XSS texts, persistence, screenshots.
// Run: node --test tests/browser/   (after `make web`)
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  REPO, GERMAN_SAMPLE, startServer, launch, newContext, openPage, waitReady, analyseText, pageAnalysis,
  artifactsDir, siteBuilt,
} from './helpers.mjs';
import { expectedSpeakers, parseCSV } from './expect.mjs';

const skip = !siteBuilt() ? 'build/web is missing (run make web)' : !existsSync(GERMAN_SAMPLE) ? `${GERMAN_SAMPLE} is missing` : false;

/** The German sample analysed by the wasm package in Node, as the worker does it. */
async function engineAnalysis(text) {
  const { createQuelle } = await import(path.join(REPO, 'build/wasm/quelle.js'));
  const q = await createQuelle({ wasmBinary: await readFile(path.join(REPO, 'build/wasm/quelle-core.wasm')) });
  const language = q.detectLanguage(text).language;
  const model = path.join(REPO, `build/web/models/ner-${language}.qnm`);
  if (existsSync(model)) q.loadModel(language, await readFile(model));
  const quotes = path.join(REPO, `build/web/models/quotes-${language}.qqm`);
  if (existsSync(quotes)) q.loadQuoteModel(language, await readFile(quotes));
  return q.analyze(text);
}

describe('the page', { skip }, () => {
  let server;
  let browser;
  let context;
  let foreign;
  let page;
  let problems;
  let sample;
  let analysis;

  before(async () => {
    sample = await readFile(GERMAN_SAMPLE, 'utf8');
    server = await startServer();
    browser = await launch();
    ({ context, foreign } = await newContext(browser, server.origin, {
      viewport: { width: 1440, height: 900 }, colorScheme: 'light', reducedMotion: 'reduce',
    }));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    ({ page, problems } = await openPage(context, server.url));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts empty, with no errors', async () => {
    assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'empty');
    assert.equal(await page.isVisible('#empty-state'), true);
    assert.equal(await page.isDisabled('#export-button'), true);
    assert.deepEqual(problems.errors, []);
  });

  it('analyses the German sample and marks sentences, entities and quotes', async () => {
    const started = Date.now();
    await analyseText(page, sample);
    console.log(`# German sample analysed and rendered in ${Date.now() - started} ms (after typing)`);
    analysis = await pageAnalysis(page);
    assert.equal(analysis.version, 1);
    assert.equal(analysis.language, 'de');
    if (existsSync(path.join(REPO, 'build/wasm/quelle.js'))) {
      assert.deepEqual(analysis, await engineAnalysis(sample), 'the page shows exactly what the engine computes');
    }
    assert.ok(analysis.sentences.length >= 15, 'sentences');
    const marks = await page.evaluate(() => {
      const article = /** @type {HTMLElement} */ (document.querySelector('#article'));
      const textOf = (sel) => [...article.querySelectorAll(sel)].map((e) => e.textContent);
      /** @type {Record<string, string>} */
      const quoteTexts = {};
      for (const el of article.querySelectorAll('[data-q]')) {
        const id = /** @type {HTMLElement} */ (el).dataset.q ?? '';
        quoteTexts[id] = (quoteTexts[id] ?? '') + el.textContent;
      }
      /** @type {Record<string, number>} */
      const mentionEnds = {};
      for (const el of article.querySelectorAll('mark.m-end')) {
        const id = /** @type {HTMLElement} */ (el).dataset.e ?? '';
        mentionEnds[id] = (mentionEnds[id] ?? 0) + 1;
      }
      return { sentences: textOf('.s').length, text: article.textContent, quoteTexts, mentionEnds };
    });
    assert.equal(marks.sentences, analysis.sentences.length, 'one marked span per sentence');
    assert.ok(marks.text.includes('Bundeskanzlerin Angela Merkel'), 'the article text is shown');
    for (const q of analysis.quotes) {
      const expected = (q.spans.length ? q.spans : [q]).map((s) => sample.slice(s.start, s.end)).join('');
      const squash = (/** @type {string} */ x) => x.replace(/\s+/g, '');
      assert.equal(squash(marks.quoteTexts[q.id] ?? ''), squash(expected), `quote ${q.id} is marked`);
    }
    for (const e of analysis.entities) {
      assert.equal(marks.mentionEnds[e.id] ?? 0, e.mentions.length, `every mention of ${e.name} is marked`);
    }
    const status = await page.textContent('#language-status');
    assert.match(status ?? '', /German \(detected/);
    assert.doesNotMatch(status ?? '', /no entity model/, 'the result said the German model was loaded');
  });

  it('lists in its panels exactly what the analysis has', async () => {
    const expected = expectedSpeakers(analysis);
    const speakers = await page.$$eval('#speaker-list .speaker-item', (items) => items.map((b) => ({
      key: /** @type {HTMLElement} */ (b).dataset.key,
      name: b.querySelector('.item-name')?.textContent,
      count: b.querySelector('.item-count')?.textContent,
    })));
    assert.equal(speakers.length, expected.size, 'one item per speaker');
    for (const s of speakers) {
      const group = expected.get(s.key);
      assert.ok(group, `speaker ${s.key} exists in the analysis`);
      assert.equal(s.name, group.name);
      assert.equal(s.count, `${group.quotes.length} ${group.quotes.length === 1 ? 'quote' : 'quotes'}`);
    }
    const quotes = await page.$$eval('#quote-list .quote-item', (items) => items.map((b) => Number(/** @type {HTMLElement} */ (b).dataset.q)));
    assert.deepEqual(quotes, analysis.quotes.slice(0, 60).map((q) => q.id), 'the quotes panel lists every quote in order');
    assert.equal(await page.textContent('#quote-count'), String(analysis.quotes.length));
    const entities = await page.$$eval('#entity-groups .entity-item', (items) => items.map((b) => ({
      id: Number(/** @type {HTMLElement} */ (b).dataset.e),
      name: b.querySelector('.item-name')?.textContent,
      count: b.querySelector('.item-count')?.textContent,
    })));
    assert.equal(entities.length, analysis.entities.length, 'one item per entity');
    for (const item of entities) {
      const e = analysis.entities.find((x) => x.id === item.id);
      assert.ok(e, `entity ${item.id} exists`);
      assert.equal(item.name, e.name);
      assert.equal(item.count, `${e.mentions.length} ${e.mentions.length === 1 ? 'mention' : 'mentions'}`);
    }
    assert.equal(await page.textContent('#entity-count'), String(analysis.entities.length));
  });

  it('shows Ethan Yu among the speakers with his quotes, and clicking him highlights them', async (t) => {
    if (analysis.quotes.length === 0) {
      t.skip('the engine finds no quotes yet');
      return;
    }
    // His group: by entity when entities are known, else by the speaker's words.
    const group = [...expectedSpeakers(analysis).values()].find((g) => /\bYu\b/.test(g.name));
    assert.ok(group, `Ethan Yu is among the speakers (speakers: ${[...expectedSpeakers(analysis).values()].map((g) => g.name).join(', ')})`);
    const yu = group.key.startsWith('e') ? analysis.entities.find((e) => `e${e.id}` === group.key) : null;
    const his = group.quotes;
    assert.ok(his.length >= 2, `Ethan Yu is quoted (found ${his.length})`);
    const item = page.locator(`#speaker-list .speaker-item[data-key="${group.key}"]`);
    assert.match(await item.locator('.item-name').textContent(), /Yu/);
    assert.equal(await item.locator('.item-count').textContent(), `${his.length} quotes`);
    await item.click();
    assert.equal(await item.getAttribute('aria-pressed'), 'true');
    const selected = await page.$$eval('#article .q.sel-quote', (els) => [...new Set(els.map((e) => Number(/** @type {HTMLElement} */ (e).dataset.q)))]);
    assert.deepEqual(selected.sort((a, b) => a - b), [...his].sort((a, b) => a - b));
    const mentions = await page.$$eval('#article mark.m.sel-mention.m-end', (els) => els.length);
    assert.equal(mentions, yu ? yu.mentions.length : 0, 'his mentions are highlighted too');
    // Hover a quote: speaker, cue and type in the tooltip.
    await page.hover(`#quote-${his[0]}`);
    const tip = await page.textContent('#tooltip');
    assert.match(tip ?? '', /Yu/);
    assert.match(tip ?? '', /quote/i);
    await item.click();
    assert.equal(await item.getAttribute('aria-pressed'), 'false');
    assert.equal(await page.$$eval('#article .sel-quote', (els) => els.length), 0);
  });

  it('filters the quotes panel by type and speaker', async (t) => {
    if (analysis.quotes.length === 0) { t.skip('no quotes yet'); return; }
    const type = analysis.quotes[0].type;
    await page.selectOption('#filter-type', type);
    const ids = await page.$$eval('#quote-list .quote-item', (items) => items.map((b) => Number(/** @type {HTMLElement} */ (b).dataset.q)));
    assert.deepEqual(ids, analysis.quotes.filter((q) => q.type === type).map((q) => q.id));
    await page.selectOption('#filter-type', '');
    const [first] = expectedSpeakers(analysis).values();
    await page.selectOption('#filter-speaker', first.key);
    const byOne = await page.$$eval('#quote-list .quote-item', (items) => items.map((b) => Number(/** @type {HTMLElement} */ (b).dataset.q)));
    assert.deepEqual(byOne, first.quotes);
    await page.selectOption('#filter-speaker', '');
    // Choosing a quote scrolls the article to it and focuses it.
    const last = analysis.quotes[analysis.quotes.length - 1];
    await page.click(`#quote-list .quote-item[data-q="${last.id}"]`);
    assert.equal(await page.evaluate(() => document.activeElement?.id), `quote-${last.id}`);
    assert.equal(await page.isVisible('#tooltip'), true);
  });

  it('works with the keyboard alone: tab through the panels and activate an entity', async (t) => {
    await page.click('#tab-read');
    await page.evaluate(() => { window.scrollTo(0, 0); /** @type {HTMLElement} */ (document.activeElement)?.blur(); });
    const seen = new Set();
    let found = null;
    for (let i = 0; i < 250 && !found; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        if (!(el instanceof HTMLElement)) return null;
        const style = getComputedStyle(el);
        return { cls: el.className, e: el.dataset.e ?? null, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
      });
      if (!info) continue;
      for (const c of ['speaker-item', 'quote-item', 'entity-item', 'q-first']) if (info.cls.includes(c)) seen.add(c);
      if (info.cls.includes('entity-item')) found = info;
    }
    if (analysis.entities.length === 0) {
      assert.equal(found, null);
      t.skip('no entities (no entity model for German yet)');
      return;
    }
    assert.ok(found, 'Tab reaches an entity');
    assert.ok(found.outline, 'the focused item shows a focus outline');
    if (analysis.quotes.length) {
      assert.ok(seen.has('speaker-item') && seen.has('quote-item') && seen.has('q-first'), `Tab passes quotes, speakers and quote items (${[...seen]})`);
    }
    await page.keyboard.press('Enter');
    const id = Number(found.e);
    const entity = analysis.entities.find((e) => e.id === id);
    assert.equal(await page.getAttribute(`#entity-groups .entity-item[data-e="${id}"]`, 'aria-pressed'), 'true');
    assert.equal(await page.$$eval('#article mark.sel-mention.m-end', (els) => els.length), entity.mentions.length);
    const inView = await page.evaluate(() => {
      const first = document.querySelector('#article mark.sel-mention');
      const r = first?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    assert.ok(inView, 'the first mention is scrolled into view');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute(`#entity-groups .entity-item[data-e="${id}"]`, 'aria-pressed'), 'false');
  });

  it('exports the analysis as JSON, the quotes as CSV and a Markdown summary', async () => {
    await page.click('#export-button');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    assert.match(json.suggestedFilename(), /^quelle-.*\.json$/);
    const downloaded = JSON.parse(await readFile(await json.path(), 'utf8'));
    assert.deepEqual(downloaded, analysis, 'the downloaded JSON equals the analysis');

    await page.click('#export-button');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const rows = parseCSV(await readFile(await csv.path(), 'utf8'));
    assert.deepEqual(rows[0], ['quote_id', 'speaker', 'speaker_entity_id', 'entity_type', 'quote', 'type', 'cue', 'start', 'end',
      'speaker_start', 'speaker_end', 'cue_start', 'cue_end']);
    assert.equal(rows.length - 1, analysis.quotes.length, 'one row per quote');
    for (const [i, q] of analysis.quotes.entries()) {
      const row = rows[i + 1];
      assert.equal(row.length, rows[0].length);
      assert.equal(Number(row[0]), q.id);
      assert.equal(row[5], q.type);
      assert.equal(Number(row[7]), q.start);
      assert.equal(Number(row[8]), q.end);
    }

    await page.click('#export-button');
    await page.click('#export-md');
    const md = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(md, /^# Quelle analysis/);
    assert.match(md, /Language: German/);
  });

  it('gives every person a gender, shows the share of voice by gender, and hides gender on request, remembered', async () => {
    const persons = analysis.entities.filter((e) => e.type === 'PER');
    assert.ok(persons.length > 0, 'the sample names persons');
    for (const e of persons) {
      assert.ok(['female', 'male', 'unknown'].includes(e.gender), `${e.name}: gender ${e.gender}`);
      if (e.gender === 'unknown') continue;
      assert.equal(sample.slice(e.genderEvidence.start, e.genderEvidence.end), e.genderEvidence.text, 'evidence span');
    }
    for (const e of analysis.entities.filter((x) => x.type !== 'PER')) assert.equal(e.gender, undefined, `${e.name}: no gender`);
    const merkel = persons.find((e) => /Merkel/.test(e.name));
    assert.equal(merkel?.gender, 'female', 'Bundeskanzlerin Angela Merkel');
    assert.equal(merkel?.genderEvidence?.text, 'Bundeskanzlerin');
    // The share of voice: quotes of persons by gender, as the analysis has them.
    const expected = { female: 0, male: 0, unknown: 0 };
    for (const q of analysis.quotes) {
      const e = q.speaker && q.speaker.entity !== null ? analysis.entities[q.speaker.entity] : null;
      if (e && e.type === 'PER') expected[e.gender]++;
    }
    assert.ok(expected.male > 0, 'Ethan Yu (er) is quoted');
    const rows = await page.$$eval('#gender-share .share-row', (items) => items.map((r) => ({
      gender: /** @type {HTMLElement} */ (r).dataset.gender, text: r.querySelector('.share-figures')?.textContent ?? '',
    })));
    assert.deepEqual(rows.map((r) => r.gender), ['female', 'male', 'unknown']);
    for (const r of rows) assert.match(r.text, new RegExp(`· ${expected[r.gender]} quotes?$`), `${r.gender}: ${r.text}`);
    assert.equal(await page.isVisible('#gender-share'), true);
    const yu = persons.find((e) => /\bYu\b/.test(e.name));
    if (yu) assert.equal(await page.textContent(`#speaker-list .speaker-item[data-key="e${yu.id}"] .gender`), yu.gender);
    const chips = await page.$$eval('#entity-groups .entity-item .gender', (els) => els.length);
    assert.equal(chips, persons.length, 'a gender chip per person');

    // Off: hidden everywhere (panels, JSON view, exports), and remembered.
    await page.uncheck('#toggle-gender');
    assert.equal(await page.isVisible('#gender-share'), false);
    assert.equal(await page.$$eval('.gender', (els) => els.filter((e) => /** @type {HTMLElement} */ (e).offsetParent !== null).length), 0);
    assert.equal(await page.evaluate(() => localStorage.getItem('quelle.hideGender.v1')), '1');
    await page.click('#tab-json');
    assert.doesNotMatch(await page.textContent('#json-output') ?? '', /"gender/);
    await page.click('#export-button');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const downloaded = JSON.parse(await readFile(await json.path(), 'utf8'));
    assert.ok(downloaded.entities.every((e) => e.gender === undefined && e.genderEvidence === undefined), 'no gender in the export');
    await page.reload();
    await waitReady(page);
    assert.equal(await page.isChecked('#toggle-gender'), false, 'the choice survives a reload');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('hide-gender')), true);
    await page.click('#tab-read');
    await page.check('#toggle-gender');
    assert.equal(await page.evaluate(() => localStorage.getItem('quelle.hideGender.v1')), null);
    assert.equal(await page.isVisible('#gender-share'), true);
  });

  it('reduces a dropped HTML file to its text, paragraphs kept, scripts dropped', async () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{color:red}</style>
      <script>window.__dropped = 1; alert('script ran')</script></head>
      <body><nav>Menu Home</nav><article><h1>Ministerin besucht Werft</h1>
      <p>Die Ministerin besuchte am Montag die Werft in Kiel.</p>
      <p>«Wir brauchen diese Arbeitsplätze», sagte sie. <img src="x" onerror="alert('img ran')"></p>
      <script>alert(2)</script><p>Ende &lt;b&gt;des&lt;/b&gt; Textes.</p></article></body></html>`;
    const dataTransfer = await page.evaluateHandle((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'werft.html', { type: 'text/html' }));
      return dt;
    }, html);
    await page.evaluate(() => { document.documentElement.dataset.state = 'dropping'; });
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    assert.equal(await page.isVisible('#drop-overlay'), true, 'the drop target shows');
    await page.dispatchEvent('body', 'dragover', { dataTransfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await waitReady(page);
    assert.equal(await page.isVisible('#drop-overlay'), false);
    const text = await page.inputValue('#text-input');
    assert.equal(text, 'Ministerin besucht Werft\n\nDie Ministerin besuchte am Montag die Werft in Kiel.\n\n«Wir brauchen diese Arbeitsplätze», sagte sie.\n\nEnde <b>des</b> Textes.');
    assert.equal(await page.$$eval('#article p.para', (ps) => ps.length), 4, 'four paragraphs');
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__dropped), undefined);
    assert.equal(await page.$$eval('#article b, #article img, #article script', (els) => els.length), 0);
    assert.deepEqual(problems.dialogs, []);
  });

  it('keeps hostile text inert and shows it literally', async () => {
    const hostile = 'Der Text enthält <img src=x onerror=alert(1)> und </textarea><script>alert(1)</script> sowie "<b onmouseover=alert(3)>fett</b>", sagte Eve.';
    await analyseText(page, hostile);
    const shown = await page.textContent('#article');
    assert.ok(shown?.includes('<img src=x onerror=alert(1)>'), 'the img tag shows as text');
    assert.ok(shown?.includes('</textarea><script>alert(1)</script>'), 'the script tag shows as text');
    assert.equal(await page.$$eval('#article img, #article script, #article b, body > script, textarea ~ script', (els) => els.length), 0);
    await page.hover('#article');
    await page.click('#tab-json');
    assert.ok((await page.textContent('#json-output'))?.includes('"language"'));
    await page.click('#tab-edit');
    assert.equal(await page.inputValue('#text-input'), hostile);
    await page.click('#tab-read');
    await page.waitForTimeout(200);
    assert.deepEqual(problems.dialogs, [], 'no dialog was opened');
  });

  it('follows the language override', async () => {
    await analyseText(page, sample);
    await page.evaluate(() => { document.documentElement.dataset.state = 'switching'; });
    await page.selectOption('#language-select', 'en');
    await waitReady(page);
    assert.match(await page.textContent('#language-status') ?? '', /English \(chosen\)/);
    const a = await pageAnalysis(page);
    assert.equal(a.language, 'en');
    assert.equal(a.languageGiven, true);
    await page.evaluate(() => { document.documentElement.dataset.state = 'switching'; });
    await page.selectOption('#language-select', '');
    await waitReady(page);
    assert.match(await page.textContent('#language-status') ?? '', /German \(detected/);
  });

  it('offers real Wikinews samples, credited with address and licence while shown, in the page language', async () => {
    // The empty page offers one sample per language; the menu lists them all.
    await page.click('#tab-edit');
    await page.fill('#text-input', '');
    await page.click('#samples-button');
    const items = await page.$$eval('#samples-list [data-sample]', (els) => els.map((e) => e.getAttribute('lang')));
    assert.deepEqual([...new Set(items)].sort(), ['de', 'en', 'fr']);
    assert.ok(items.length >= 5);
    await page.evaluate(() => { document.documentElement.dataset.state = 'switching'; });
    await page.click('#samples-list [data-sample^="de-"]');
    await waitReady(page);
    const credit = page.locator('#sample-credit');
    assert.equal(await credit.isVisible(), true);
    assert.match(await credit.textContent() ?? '', /^Sample article: .+, Wikinews, \d{4}-\d{2}-\d{2}\. Licence: CC BY 2\.5\.$/);
    const links = await credit.locator('a').evaluateAll((as) => as.map((a) => /** @type {HTMLAnchorElement} */ (a).href));
    assert.match(links[0], /^https:\/\/de\.wikinews\.org\/wiki\//);
    assert.equal(links[1], 'https://creativecommons.org/licenses/by/2.5/');
    const a = await pageAnalysis(page);
    assert.equal(a.language, 'de');
    assert.ok(a.quotes.filter((q) => q.speaker).length >= 5, 'a real article with attributed quotes');
    // The credit follows the page language.
    await page.selectOption('#page-language', 'de');
    assert.match(await credit.textContent() ?? '', /^Beispielartikel: .+ Lizenz: CC BY 2\.5\.$/);
    await page.selectOption('#page-language', 'en');
    // An edited text is no longer the sample: no credit.
    await analyseText(page, sample);
    assert.equal(await credit.isVisible(), false);
  });

  it('keeps the text across a reload, renders it straight away, and clears it on request', async () => {
    await page.reload();
    await waitReady(page);
    const timing = await page.evaluate(() => {
      const mark = performance.getEntriesByName('quelle:first-render')[0];
      return mark ? Math.round(mark.startTime) : null;
    });
    assert.ok(timing !== null, 'the first render is marked');
    console.log(`# navigation to first rendered analysis of the German sample: ${timing} ms`);
    const dir = await artifactsDir();
    await writeFile(path.join(dir, 'first-render.json'), `${JSON.stringify({ sample: 'de-dpa-alibaba-cebit.txt', navigationToFirstRenderMs: timing })}\n`);
    assert.equal(await page.inputValue('#text-input'), sample);
    await page.click('#tab-edit');
    await page.click('#clear-button');
    assert.equal(await page.inputValue('#text-input'), '');
    // Nothing of the text stays; the page language chosen in the footer (a test above) is the reader's, not the text's.
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'quelle.pageLanguage.v1')), []);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.state === 'empty');
  });

  it('takes screenshots: desktop light and dark, phone', async () => {
    const dir = await artifactsDir();
    const shoot = async (name, options) => {
      const { context: c, foreign: f } = await newContext(browser, server.origin, { reducedMotion: 'reduce', ...options });
      const { page: p, problems: pr } = await openPage(c, server.url);
      await analyseText(p, sample);
      await p.click('#tab-read');
      await p.evaluate(() => { window.scrollTo(0, 0); /** @type {HTMLElement} */ (document.activeElement)?.blur(); });
      const first = await p.$('#article .q-first');
      if (first && (options.viewport?.width ?? 0) > 600) await first.hover();
      await p.screenshot({ path: path.join(dir, `${name}.png`) });
      assert.deepEqual(pr.errors, []);
      assert.deepEqual(f(), []);
      await c.close();
    };
    await shoot('desktop-light', { viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
    await shoot('desktop-dark', { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
    await shoot('phone-390', { viewport: { width: 390, height: 844 }, colorScheme: 'light', isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const phoneWidth = await (async () => {
      const { context: c } = await newContext(browser, server.origin, { viewport: { width: 390, height: 844 } });
      const { page: p } = await openPage(c, server.url);
      await analyseText(p, sample);
      const w = await p.evaluate(() => document.documentElement.scrollWidth);
      await c.close();
      return w;
    })();
    assert.ok(phoneWidth <= 390, `no horizontal scrolling at 390 px (${phoneWidth})`);
  });

  it('reports the page weight (HTML + JS + CSS + wasm + German models)', async () => {
    const { gzipSync } = await import('node:zlib');
    const { readdir } = await import('node:fs/promises');
    const site = path.join(REPO, 'build/web');
    const files = [];
    for (const dir of ['', 'engine', 'models']) {
      for (const name of await readdir(path.join(site, dir))) {
        if (/\.(html|js|css|wasm)$/.test(name) || name === 'ner-de.qnm' || name === 'quotes-de.qqm') files.push(path.join(dir, name));
      }
    }
    const weight = { raw: 0, gzip: 0, files: {} };
    for (const f of files) {
      const bytes = await readFile(path.join(site, f));
      const gz = gzipSync(bytes, { level: 9 }).length;
      weight.files[f] = { raw: bytes.length, gzip: gz };
      weight.raw += bytes.length;
      weight.gzip += gz;
    }
    console.log(`# page weight: ${(weight.raw / 1024).toFixed(0)} KiB raw, ${(weight.gzip / 1024).toFixed(0)} KiB gzip (${files.length} files)`);
    await writeFile(path.join(await artifactsDir(), 'page-weight.json'), `${JSON.stringify(weight, null, 1)}\n`);
    assert.ok(weight.files['index.html'] && weight.files['engine/quelle-core.wasm']);
  });

  it('made no request to another origin and logged no errors', () => {
    assert.deepEqual(foreign(), []);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.dialogs, []);
  });
});
