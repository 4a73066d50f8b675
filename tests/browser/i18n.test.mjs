// The page's own words in German and English (issue #19): a text analysed
// in English, the page switched to German in the footer: the interface
// chrome (toolbar, tabs, language menu, legend, status line, panels,
// tooltip, JSON and edit views, empty state, corpus view) speaks German,
// with German plurals and numbers, and no English interface word is left;
// nothing is analysed again; back to English, the English words return.
// Screenshots of the German page: build/test-artifacts/i18n-de-article.png
// and i18n-de-corpus.png.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  REPO, GERMAN_SAMPLE, startServer, launch, newContext, openPage, analyseText, waitReady, artifactsDir, siteBuilt,
} from './helpers.mjs';

const skip = !siteBuilt() ? 'build/web is missing (run make web)' : !existsSync(GERMAN_SAMPLE) ? `${GERMAN_SAMPLE} is missing` : false;

/**
 * English interface words (whole words, case as written) that the German
 * page must not show. (Not "Export", "Person", "Organisation", "Problem",
 * "Medium", "Worker", "JSON": German words too.)
 */
const ENGLISH = [
  'Samples', 'Open file', 'Many articles', 'Article', 'Edit text', 'Language', 'Detect', 'German', 'English',
  'Key', 'Type labels', 'Sentences', 'Gender', 'Place', 'Other', 'direct', 'mixed', 'indirect', 'reported', 'free indirect', 'cue',
  'Speakers', 'Speaker', 'Quotes', 'Quote', 'Entities', 'Type', 'All speakers', 'All types', 'People', 'Organisations', 'Places',
  'quote', 'quotes', 'mention', 'mentions', 'sentence', 'sentences', 'entity', 'entities', 'characters', 'other', 'of quoted words',
  'of words', 'Unattributed', 'unattributed', 'Women', 'Men', 'Unknown', 'female', 'male', 'unknown', 'highlighted',
  'analysed', 'detected', 'chosen', 'Share of voice', 'left out', 'not identified', 'none', 'Cancel', 'Analyse again', 'Clear selection',
  'Paste', 'or a sample', 'Kept only', 'appears here', 'Private by design', 'Page language', 'Analyses locally', 'Corpus sample',
  'Choose files', 'Choose a folder', 'Try 50', 'Encoding', 'Back to one article', 'Analyses', 'Report', 'Most mentioned',
  'Show more', 'with errors', 'articles', 'quoted words', 'speakers', 'Outlet', 'Date', 'Most quoted', 'Share', 'Direct',
  'Quoted words', 'Articles', 'not a', 'workers', 'Drop', 'Skip to', 'person', 'organisation', 'place',
];
/** German interface words that the English page must not show. */
const GERMAN = [
  'Beispiele', 'Datei öffnen', 'Viele Artikel', 'Exportieren', 'Artikel', 'Text bearbeiten', 'Sprache', 'Erkennen', 'Legende',
  'Sätze', 'Geschlecht', 'Sprecher', 'Zitate', 'Zitat', 'Namen', 'Nennungen', 'Unzugeordnet', 'unzugeordnet', 'analysiert', 'erkannt',
  'Redeanteil', 'Abbrechen', 'Frauen', 'Männer', 'Zeichen', 'Ordner', 'Bericht', 'Analysen', 'Mehr zeigen', 'mit Fehlern', 'keine',
];

/** The words of `list` that occur as whole words in `text`. */
function found(list, text) {
  return list.filter((w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u').test(text));
}

/**
 * In the page: the visible interface text under `selector` (text nodes, and
 * the aria-label, title and placeholder attributes), without what the
 * analysis wrote (the article, names, quote texts, roles; entity labels)
 * and the names of languages in their own language (the samples, the page
 * language menu).
 * @param {string} selector
 */
function chromeText(selector) {
  const analysis = '#article, #sample-credit, #json-output, .quote-text, .item-name, .item-roles, .roles, .cue-text:not(.addressee), '
    + '.badge, .tip-val, .corpus-name, #corpus-speakers tbody th, #corpus-articles tbody th, #corpus-articles tbody td, '
    + '#corpus-speaker-bars .bar-label, #corpus-speaker-bars .bar-track, #corpus-buckets tbody th, '
    + '#filter-speaker option:not([value=""]), #samples-list, #empty-samples, #page-language';
  const out = [];
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest(analysis) || !(el.closest('select') || el.checkVisibility())) continue;
      out.push(n.nodeValue ?? '');
    }
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (el.closest(analysis) || !el.checkVisibility()) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) if (el.getAttribute(a)) out.push(el.getAttribute(a) ?? '');
    }
  }
  return out.join(' \n ').replace(/\s+/g, ' ');
}

const SINGLE = ['.masthead', '.docbar', '#status', '#legend', '#read-view', '#panels', '.footer'];
const CORPUS = ['#corpus-view', '.masthead', '.footer'];

describe('the page in German and English', { skip }, () => {
  let server;
  let browser;
  let context;
  let page;
  let problems;
  let sample;
  let wikinewsDe;

  before(async () => {
    sample = await readFile(GERMAN_SAMPLE, 'utf8');
    const { SAMPLES } = await import(path.join(REPO, 'web/samples.js'));
    wikinewsDe = SAMPLES.filter((s) => s.language === 'de').map((s) => s.text);
    server = await startServer();
    browser = await launch();
    ({ context } = await newContext(browser, server.origin, { viewport: { width: 1440, height: 900 }, locale: 'en-GB', reducedMotion: 'reduce' }));
    ({ page, problems } = await openPage(context, server.url));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const text = async (selectors) => (await Promise.all(selectors.map((s) => page.evaluate(chromeText, s)))).join(' \n ');
  const language = (value) => page.selectOption('#page-language', value);

  it('speaks German on the empty page, and English again', async () => {
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await language('de');
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.title(), 'Quelle – wer wird in diesem Artikel zitiert?');
    const de = await text(['.masthead', '.docbar', '#empty-state', '#panels', '.footer']);
    for (const w of ['Sehen, wer in einem Nachrichtenartikel zitiert wird', 'oder ein Beispiel:', 'Ihr Text verlässt dieses Gerät nie',
      'Hier erscheinen die Sprecher', 'Privat von Grund auf', 'Korpus-Beispiel', 'Sprache der Seite']) assert.ok(de.includes(w), `${w} in ${de}`);
    assert.deepEqual(found(ENGLISH, de), [], de);
    assert.match(await page.textContent('.empty-lead') ?? '', /^Fügen Sie einen Artikel ein, ziehen Sie eine \.txt-, \.md- oder \.html-Datei/);
    assert.equal(await page.$$eval('.empty-lead code', (c) => c.length), 3, 'the file types stay code');
    await page.click('#tab-edit');
    assert.match(await page.getAttribute('#text-input', 'placeholder') ?? '', /^Fügen Sie hier einen Nachrichtenartikel ein/);
    assert.equal(await page.textContent('#edit-hint'), '0 Zeichen · Nur in diesem Browser gespeichert.');
    await page.click('#tab-json');
    assert.equal(await page.textContent('#json-note'), 'Hier erscheint die Analyse als JSON, sobald ein Text analysiert ist.');
    await page.click('#tab-read');
    await language('en');
    const en = await text(['.masthead', '.docbar', '#empty-state', '#panels', '.footer']);
    assert.ok(en.includes('See who is quoted in a news article') && en.includes('or a sample:'), en);
    assert.deepEqual(found(GERMAN, en), [], en);
  });

  it('switches an analysed article to German without analysing it again, and back', async () => {
    await analyseText(page, sample);
    const readyMarks = () => page.evaluate(() => performance.getEntriesByName('quelle:ready').length);
    const marks = await readyMarks();
    const statusEn = await page.textContent('#status-text') ?? '';
    const [, ms] = /· analysed in ([\d,]+) ms$/.exec(statusEn) ?? [];
    assert.ok(ms, statusEn);
    const english = await text(SINGLE);
    assert.deepEqual(found(GERMAN, english), [], english);
    const quotes = await page.$$eval('#speaker-list .item-count', (els) => els.map((e) => e.textContent));

    await language('de');
    const german = await text(SINGLE);
    assert.deepEqual(found(ENGLISH, german), [], german);
    for (const w of ['Beispiele', 'Datei öffnen', 'Viele Artikel', 'Exportieren', 'Artikel', 'Text bearbeiten', 'Sprache', 'Legende',
      'Typ-Etiketten', 'Sätze', 'Geschlecht', 'Sprecher', 'Zitate', 'Namen', 'Personen', 'Redeanteil nach Geschlecht', 'der zitierten Wörter',
      'Alle Sprecher', 'Alle Arten', 'direkt', 'Redeeinleitung', 'Deutsch (erkannt)']) assert.ok(german.includes(w), `${w} in ${german}`);
    // The status line is written again, with the time of the analysis shown before: nothing was analysed again.
    assert.match(await page.textContent('#status-text') ?? '', new RegExp(`^\\d+ Sätze · \\d+ Namen · \\d+ Zitate? · analysiert in ${ms.replace(',', '.?')} ms$`));
    assert.equal(await readyMarks(), marks, 'no new analysis');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'ready');
    // German plurals: one Zitat, many Zitate, as many as in English.
    const counts = await page.$$eval('#speaker-list .item-count', (els) => els.map((e) => e.textContent));
    assert.deepEqual(counts, quotes.map((q) => q.replace(/^1 quote$/, '1 Zitat').replace(/ quotes$/, ' Zitate')));
    for (const c of await page.$$eval('#entity-groups .item-count', (els) => els.map((e) => e.textContent))) {
      assert.match(c ?? '', /^(1 Nennung|([02-9]|\d\d+) Nennungen)$/);
    }
    assert.deepEqual(await page.$$eval('#language-select option', (os) => os.map((o) => o.textContent)),
      ['Erkennen', 'Deutsch', 'Englisch', 'Französisch', 'Spanisch', 'Italienisch', 'Niederländisch', 'Portugiesisch']);
    for (const g of await page.$$eval('#entity-groups .gender', (els) => els.map((e) => e.textContent))) {
      assert.ok(['weiblich', 'männlich', 'unbekannt'].includes(g ?? ''), `gender chip ${g}`);
    }

    // A selected speaker: its status line follows the language too.
    const first = page.locator('#speaker-list .speaker-item').first();
    await first.click();
    assert.match(await page.textContent('#status-text') ?? '', /: \d+ Zitate? hervorgehoben \(\d+ direkt, \d+ indirekt\)\.$/);
    await language('en');
    assert.match(await page.textContent('#status-text') ?? '', /: \d+ quotes? highlighted \(\d+ direct, \d+ reported\)\.$/);
    assert.equal(await first.getAttribute('aria-pressed'), 'true', 'the selection is kept');
    await language('de');
    // The tooltip of a quote.
    await page.hover('#article .q-first');
    const tip = await page.textContent('#tooltip') ?? '';
    assert.match(tip, /Zitat/);
    assert.match(tip, /Sprecher/);
    assert.match(tip, /Redeeinleitung/);
    await page.evaluate(() => { window.scrollTo(0, 0); });
    await page.screenshot({ path: path.join(await artifactsDir(), 'i18n-de-article.png') });
    await first.click();

    // The Markdown summary is in the page language too (the JSON and CSV stay data).
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.click('#export-button');
    await page.click('#export-md');
    const md = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(md, /^# Quelle-Analyse\n\nSprache: Deutsch · \d+ Sätze · /);
    assert.match(md, /\n## Sprecher\n\n\| Sprecher \| Art \| Zitate \| Direkt \| Andere \| Anteil an zitierten Wörtern \|/);
    assert.match(await page.textContent('#toast') ?? '', /Zusammenfassung in Markdown wurde in die Zwischenablage kopiert/);

    await language('en');
    const back = await text(SINGLE);
    assert.deepEqual(found(GERMAN, back), [], back);
    // (Without its time: the selection cleared above leaves the summary.)
    assert.equal(await page.textContent('#status-text'), statusEn.replace(/ · analysed in .*$/, ''), 'the English status line, word for word');
    assert.deepEqual(await page.$$eval('#speaker-list .item-count', (els) => els.map((e) => e.textContent)), quotes);
    assert.equal(await readyMarks(), marks, 'still no new analysis');
  });

  it('shows the corpus view in German, error rows translated, and in English again', async () => {
    await language('de');
    await page.click('#corpus-button');
    await page.waitForSelector('#corpus-view:not([hidden])');
    const files = [sample, ...wikinewsDe].map((t, i) => ({ name: `artikel-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(t) }));
    files.push({ name: 'notizen.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await page.setInputFiles('#corpus-file-input', files);
    await page.waitForFunction(() => document.documentElement.dataset.corpus === 'done', null, { timeout: 120_000, polling: 100 });
    await page.click('#corpus-speakers button[data-sort="quotes"]');
    const german = await text(CORPUS);
    assert.deepEqual(found(ENGLISH, german), [], german);
    for (const w of ['Viele Artikel', 'Dateien wählen…', 'Ordner wählen…', '50 Wikinews-Artikel ausprobieren', 'Zeichenkodierung',
      'Zurück zu einem Artikel', 'Sprecher', 'Zitate', 'Analysen', 'Bericht', 'Redeanteil nach Geschlecht', 'Redeanteil nach Sprecher',
      'Arten von Zitaten', 'Am häufigsten genannt', 'Artikel mit Fehlern', 'Frauen', 'Männer', 'Meistzitiert', 'Zitierte Wörter',
      'Nennungen', 'Korpus exportieren']) assert.ok(german.includes(w), `${w} in ${german}`);
    assert.match(await page.textContent('#corpus-status') ?? '', /^4 von 4 Artikeln in \d+,\d s analysiert \(\d+,\d\d MB\/s\) · 1 mit Fehlern\.$/);
    assert.match(await page.textContent('#corpus-summary') ?? '', /^4 Artikel \(1 mit Fehlern\) · \d+ Zitate · [\d.]+ zitierte Wörter · \d+ Sprecher$/);
    assert.equal(await page.textContent('#corpus-errors li'), 'notizen.pdf: keine .txt-, .md-, .html-, .jsonl-, .csv- oder .zip-Datei (invalid_request)');
    assert.match(await page.textContent('#corpus-entities li') ?? '', / · \d+ Nennungen? in \d Artikeln?$/);
    await page.evaluate(() => { window.scrollTo(0, 0); /** @type {HTMLElement} */ (document.querySelector('#toast')).hidden = true; });
    await page.screenshot({ path: path.join(await artifactsDir(), 'i18n-de-corpus.png') });
    // The exports are data: their error message stays English.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#corpus-export-report')]);
    const report = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(report.errors[0].message, 'not a .txt, .md, .html, .jsonl, .csv or .zip file');

    await language('en');
    const english = await text(CORPUS);
    assert.deepEqual(found(GERMAN, english), [], english);
    assert.match(await page.textContent('#corpus-status') ?? '', /^Analysed 4 of 4 articles in \d+\.\d s \(\d+\.\d\d MB\/s\) · 1 with errors\.$/);
    assert.equal(await page.textContent('#corpus-errors li'), 'notizen.pdf: not a .txt, .md, .html, .jsonl, .csv or .zip file (invalid_request)');
    assert.equal(await page.textContent('#corpus-speakers-heading'), 'Speakers');
    assert.deepEqual(problems.errors, []);
  });

  it('keeps the choice across a reload', async () => {
    await language('de');
    await page.reload();
    await waitReady(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal(await page.inputValue('#page-language'), 'de');
    assert.match(await page.textContent('#status-text') ?? '', /analysiert in/);
    await language('en');
    assert.deepEqual(problems.errors, []);
  });
});
