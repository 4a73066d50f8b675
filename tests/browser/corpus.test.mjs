// The corpus view (issue #19): many articles at once. A folder picked and
// files dropped, a zip, a windows-1252 file, unreadable files as error rows;
// a folder dropped (fake FileSystemEntry objects: nested folders, hidden
// files, readEntries in batches of 100) gives what picking it gives;
// progress and cancel; the exports parsed back, the page's report equal to
// `quelle report` over the page's own JSONL export (when build/native is
// there); 1,000 articles without a long task over 200 ms; screenshots in
// build/test-artifacts.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO, SHARED, startServer, launch, newContext, openPage, siteBuilt, artifactsDir } from './helpers.mjs';

const WIKINEWS = path.join(SHARED, 'samples/real/en-wikinews-2019.csv');
const NATIVE = path.join(REPO, 'build/native/quelle');
const skip = !siteBuilt() ? 'build/web is missing (run make web)' : !existsSync(WIKINEWS) ? `${WIKINEWS} is missing` : false;
const noNative = !existsSync(NATIVE) ? 'build/native/quelle is missing (run make native)' : false;
const LIMIT_MS = 200;

const { parseCSV, parseCSVRecords } = await import(path.join(REPO, 'web/csv.js'));

/** A German text in windows-1252: „ and “ are 0x84 and 0x93 there, ü 0xFC. */
const GERMAN_1252 = '„Wir bleiben bei unserem Plan“, sagte Jürgen Müller am Montag in Köln. Die Stadt prüfe die Kosten, sagte er.';
function windows1252(text) {
  const table = { '„': 0x84, '“': 0x93, 'ü': 0xfc, 'ö': 0xf6, 'ä': 0xe4, 'ß': 0xdf };
  return Buffer.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));
}

/** Records long tasks from the start of the page. */
function observeLongTasks() {
  /** @type {{start: number, duration: number}[]} */
  const tasks = [];
  /** @type {any} */ (window).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function openCorpus(page) {
  await page.click('#corpus-button');
  await page.waitForSelector('#corpus-view:not([hidden])');
}

async function waitCorpus(page, states = ['done'], timeout = 120_000) {
  await page.waitForFunction((s) => s.includes(document.documentElement.dataset.corpus ?? ''), states, { timeout, polling: 100 });
}

/** A download's text. */
async function downloaded(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFile(await file.path(), 'utf8');
}

/**
 * Every file under `root` (hidden ones too, as a drop from the desktop has
 * them), with its path from root's parent ("drop/many/m-000.txt").
 */
async function folderFiles(root) {
  const out = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else out.push({ path: path.relative(path.dirname(root), full), base64: (await readFile(full)).toString('base64') });
    }
  };
  await walk(root);
  return out;
}

/**
 * In the page: drops a folder made of these files on the page, the way
 * Chrome hands one over: a DataTransfer whose one item's webkitGetAsEntry()
 * is a FileSystemDirectoryEntry. Playwright cannot drop a real folder, so
 * the entries are fakes built from real File objects, with what the
 * traversal uses: name, fullPath, isFile/isDirectory, file(), and
 * createReader().readEntries() answering asynchronously in batches of at
 * most `batch` entries and then an empty one (Chrome: 100). Counts the
 * readEntries calls per folder in window.__readEntries.
 * @param {{files: {path: string, base64: string}[], batch: number}} arg
 */
function dropFolder({ files, batch }) {
  /** @type {Record<string, number>} */
  const calls = {};
  /** @type {any} */ (window).__readEntries = calls;
  const later = (/** @type {() => void} */ f) => setTimeout(f, 1);
  const dirs = new Map();
  const directory = (/** @type {string} */ fullPath) => {
    if (dirs.has(fullPath)) return dirs.get(fullPath);
    const children = [];
    const entry = {
      isFile: false, isDirectory: true, name: fullPath.slice(fullPath.lastIndexOf('/') + 1), fullPath, children,
      createReader() {
        let at = 0;
        return {
          readEntries(/** @type {(e: any[]) => void} */ ok) {
            calls[fullPath] = (calls[fullPath] ?? 0) + 1;
            later(() => { const out = children.slice(at, at + batch); at += out.length; ok(out); });
          },
        };
      },
    };
    dirs.set(fullPath, entry);
    const parent = fullPath.slice(0, fullPath.lastIndexOf('/'));
    if (parent) directory(parent).children.push(entry);
    return entry;
  };
  for (const { path: p, base64 } of files) {
    const fullPath = `/${p}`;
    const name = p.slice(p.lastIndexOf('/') + 1);
    const file = new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name);
    directory(fullPath.slice(0, fullPath.lastIndexOf('/'))).children.push({
      isFile: true, isDirectory: false, name, fullPath,
      file: (/** @type {(f: File) => void} */ ok) => later(() => ok(file)),
    });
  }
  const root = directory(`/${files[0].path.split('/')[0]}`);
  const data = new DataTransfer();
  // What Chrome lists in data.files for a dropped folder: one File of the folder's name.
  data.items.add(new File([], root.name));
  Object.defineProperty(data, 'items', { value: [{ kind: 'file', type: '', webkitGetAsEntry: () => root, getAsFile: () => data.files[0] }] });
  document.documentElement.dataset.corpus = 'dropping';
  document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
}

/** `quelle report` over the given batch lines. */
function cliReport(jsonl) {
  return JSON.parse(execFileSync(NATIVE, ['report'], { input: jsonl, maxBuffer: 1 << 28 }).toString('utf8'));
}

describe('the corpus view', { skip }, () => {
  let server;
  let browser;
  let dir;
  let articles;

  before(async () => {
    articles = parseCSVRecords(await readFile(WIKINEWS, 'utf8')).records;
    dir = await mkdtemp(path.join(tmpdir(), 'quelle-corpus-'));
    const folder = path.join(dir, 'week');
    await mkdir(path.join(folder, 'sub'), { recursive: true });
    for (let i = 0; i < 6; i++) await writeFile(path.join(folder, i < 3 ? '' : 'sub', `article-${i}.txt`), articles[i].text);
    await writeFile(path.join(folder, 'page.html'), `<html><body><script>alert(1)</script><p>${articles[6].text.replace(/</g, '&lt;')}</p></body></html>`);
    await writeFile(path.join(folder, 'koeln.txt'), windows1252(GERMAN_1252));
    await writeFile(path.join(folder, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
    await writeFile(path.join(folder, 'empty.md'), '   \n');
    await writeFile(path.join(folder, 'notes.pdf'), '%PDF-1.4');
    await writeFile(path.join(folder, '.DS_Store'), 'ignored');
    // A folder to drop and to pick: articles at three depths, an HTML page,
    // 105 short articles in one folder (more than one readEntries batch),
    // hidden files and a hidden folder, two files of no supported type.
    const drop = path.join(dir, 'drop');
    await mkdir(path.join(drop, 'nested', 'deeper'), { recursive: true });
    await mkdir(path.join(drop, 'many'));
    await mkdir(path.join(drop, '.git'));
    for (let i = 0; i < 3; i++) await writeFile(path.join(drop, `a-${i}.txt`), articles[40 + i].text);
    await writeFile(path.join(drop, 'nested', 'deeper', 'b.txt'), articles[43].text);
    await writeFile(path.join(drop, 'nested', 'page.htm'), `<html><body><p>${articles[44].text.replace(/</g, '&lt;')}</p></body></html>`);
    for (let i = 0; i < 105; i++) await writeFile(path.join(drop, 'many', `m-${String(i).padStart(3, '0')}.txt`), articles[i % articles.length].text.slice(0, 300));
    await writeFile(path.join(drop, '.hidden.txt'), articles[45].text);
    await writeFile(path.join(drop, '.git', 'HEAD.txt'), 'ref: refs/heads/main');
    await writeFile(path.join(drop, 'notes.pdf'), '%PDF-1.4');
    await writeFile(path.join(drop, 'nested', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    // A zip: ten articles deflated, a CSV table of three, a stored file.
    const zipDir = path.join(dir, 'zip-src');
    await mkdir(zipDir);
    for (let i = 10; i < 20; i++) await writeFile(path.join(zipDir, `wn-${i}.txt`), articles[i].text);
    const table = ['id,date,outlet,text', ...[20, 21, 22].map((i) => `wn-${i},${articles[i].date},Wikinews,"${articles[i].text.replace(/"/g, '""')}"`)].join('\r\n');
    await writeFile(path.join(zipDir, 'table.csv'), table);
    execFileSync('python3', ['-c', `
import zipfile, os, sys
src, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for name in sorted(os.listdir(src)):
        z.write(os.path.join(src, name), 'inside/' + name)
    z.writestr(zipfile.ZipInfo('stored.txt'), ${JSON.stringify(articles[23].text)}.encode(), zipfile.ZIP_STORED)
`, zipDir, path.join(dir, 'articles.zip')]);
    // 1,000 small articles as JSON Lines (the first paragraphs of the Wikinews articles).
    const lines = [];
    for (let i = 0; i < 1000; i++) {
      const a = articles[i % articles.length];
      lines.push(JSON.stringify({ id: `n${i}`, text: a.text.slice(0, 600), outlet: i % 2 ? 'A' : 'B', date: a.date }));
    }
    await writeFile(path.join(dir, 'thousand.jsonl'), `${lines.join('\n')}\n`);
    server = await startServer();
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('analyses a picked folder: error rows for bad files, windows-1252 decoded, exports equal quelle report', { skip: noNative }, async () => {
    const { context, foreign } = await newContext(browser, server.origin, { viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context, server.url);
    await openCorpus(page);
    await page.setInputFiles('#corpus-folder-input', path.join(dir, 'week'));
    await waitCorpus(page);
    const report = JSON.parse(await downloaded(page, '#corpus-export-report'));
    assert.equal(report.articles, 11, 'six .txt, one .html, the windows-1252 file, three bad files (.DS_Store ignored)');
    assert.equal(report.failed, 3);
    const errors = Object.fromEntries(report.errors.map((e) => [e.id, e.message]));
    assert.match(errors['week/broken.txt'], /not a text file/);
    assert.match(errors['week/empty.md'], /no text/);
    assert.match(errors['week/notes.pdf'], /not a \.txt/);
    assert.ok(report.speakers.some((s) => s.name === 'Jürgen Müller'), 'the windows-1252 file is read with its umlauts');
    assert.deepEqual(problems.dialogs, [], 'the HTML file\'s script does not run');

    const jsonl = await downloaded(page, '#corpus-export-jsonl');
    assert.equal(jsonl.trimEnd().split('\n').length, 11);
    assert.deepEqual(cliReport(jsonl), report, 'quelle report over the page\'s JSONL gives the page\'s report');
    const quotes = parseCSV((await downloaded(page, '#corpus-export-quotes')).replace(/^\ufeff/, ''));
    assert.deepEqual(quotes[0], ['article_id', 'speaker', 'speaker_type', 'gender', 'type', 'cue', 'quote', 'start', 'end']);
    assert.equal(quotes.length - 1, report.quotes);
    const speakers = parseCSV((await downloaded(page, '#corpus-export-speakers')).replace(/^\ufeff/, ''));
    assert.equal(speakers.length - 1, report.speakers.length);
    assert.equal(speakers[1][0], report.speakers[0].name);

    // The articles table links to the single-article view.
    assert.equal(await page.locator('#corpus-articles tbody tr').count(), 11);
    await page.click('#corpus-articles button[data-article="week/koeln.txt"]');
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready');
    assert.equal(await page.isVisible('#corpus-view'), false);
    assert.match(await page.textContent('#article') ?? '', /Jürgen Müller/);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(foreign(), []);
    await context.close();
  });

  it('takes a zip (deflated and stored entries, a CSV table inside) and files dropped on the page', async () => {
    const { context } = await newContext(browser, server.origin, { viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context, server.url);
    await openCorpus(page);
    await page.setInputFiles('#corpus-file-input', path.join(dir, 'articles.zip'));
    await waitCorpus(page);
    const report = JSON.parse(await downloaded(page, '#corpus-export-report'));
    assert.equal(report.articles, 14, 'ten files, three table rows, one stored file');
    assert.equal(report.failed, 0);
    assert.deepEqual(report.outlets.map((o) => [o.outlet, o.articles]), [['Wikinews', 3]]);
    assert.equal(report.dates.length, 3);
    // Three files dropped at once go to the corpus view.
    await page.click('#corpus-close');
    await page.evaluate((texts) => {
      const data = new DataTransfer();
      texts.forEach((t, i) => data.items.add(new File([t], `dropped-${i}.txt`, { type: 'text/plain' })));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [articles[30].text, articles[31].text, articles[32].text]);
    await page.waitForSelector('#corpus-view:not([hidden])');
    await page.waitForFunction(() => document.querySelectorAll('#corpus-articles tbody tr').length === 3 && document.documentElement.dataset.corpus === 'done', null, { timeout: 60_000 });
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('shows progress, can be cancelled, and 1,000 articles never block the page for more than 200 ms', async () => {
    const { context } = await newContext(browser, server.origin, { viewport: { width: 1280, height: 900 } });
    await context.addInitScript(observeLongTasks);
    const { page, problems } = await openPage(context, server.url);
    await openCorpus(page);
    // Cancel: once some articles are done, the run stops with what it has.
    await page.setInputFiles('#corpus-file-input', path.join(dir, 'thousand.jsonl'));
    await page.waitForFunction(() => Number(document.querySelector('#corpus-progress')?.getAttribute('value') ?? 0) > 0 || /** @type {HTMLProgressElement} */ (document.querySelector('#corpus-progress')).value >= 20, null, { timeout: 60_000 });
    const status = await page.textContent('#corpus-status');
    assert.match(status ?? '', /of 1,000 articles · [\d.]+ MB\/s/);
    await page.click('#corpus-cancel');
    await waitCorpus(page, ['cancelled']);
    const partial = JSON.parse(await downloaded(page, '#corpus-export-report'));
    assert.ok(partial.articles > 0 && partial.articles < 1000, `${partial.articles} articles after cancel`);
    assert.match(await page.textContent('#corpus-status') ?? '', /Cancelled after/);

    // All 1,000, with the long tasks counted from the pick to the end.
    const t0 = await page.evaluate(() => performance.now());
    const started = Date.now();
    await page.setInputFiles('#corpus-file-input', path.join(dir, 'thousand.jsonl'));
    await waitCorpus(page, ['done'], 300_000);
    const seconds = (Date.now() - started) / 1000;
    await page.waitForTimeout(300);
    const tasks = await page.evaluate((since) => /** @type {any} */ (window).__longTasks.filter((t) => t.start >= since), t0);
    const longest = Math.max(0, ...tasks.map((t) => t.duration));
    const report = JSON.parse(await downloaded(page, '#corpus-export-report'));
    assert.equal(report.articles, 1000);
    const status2 = await page.textContent('#corpus-status');
    console.log(`# 1,000 articles: ${seconds.toFixed(1)} s; ${tasks.length} long tasks, longest ${Math.round(longest)} ms; ${status2}`);
    await writeFile(path.join(await artifactsDir(), 'corpus-1000.json'), `${JSON.stringify({ seconds, status: status2, longTasks: tasks }, null, 1)}\n`);
    assert.ok(longest < LIMIT_MS, `longest task ${Math.round(longest)} ms`);
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('takes a dropped folder (nested, hidden and unsupported files, readEntries in batches) as it takes the same folder picked', async () => {
    const { context } = await newContext(browser, server.origin, { viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context, server.url);
    const shown = async () => ({
      summary: await page.textContent('#corpus-summary'),
      articles: (await page.$$eval('#corpus-articles tbody th', (ths) => ths.map((th) => th.textContent))).sort(),
      errors: (await page.$$eval('#corpus-errors li', (lis) => lis.map((li) => li.textContent))).sort(),
    });
    await openCorpus(page);
    await page.setInputFiles('#corpus-folder-input', path.join(dir, 'drop'));
    await waitCorpus(page);
    const picked = JSON.parse(await downloaded(page, '#corpus-export-report'));
    await page.click('#corpus-more');
    const pickedView = await shown();

    // The same folder dropped on the single-article view: the corpus view takes it.
    await page.click('#corpus-close');
    const files = await folderFiles(path.join(dir, 'drop'));
    assert.equal(files.length, 3 + 2 + 105 + 2 + 2, 'the drop holds hidden files too');
    await page.evaluate(dropFolder, { files, batch: 100 });
    await page.waitForSelector('#corpus-view:not([hidden])');
    await waitCorpus(page);
    const calls = await page.evaluate(() => /** @type {any} */ (window).__readEntries);
    assert.equal(calls['/drop/many'], 3, 'the folder of 105 is read in two batches and an empty one');
    assert.equal(calls['/drop/.git'], undefined, 'a hidden folder is not walked');
    const dropped = JSON.parse(await downloaded(page, '#corpus-export-report'));
    assert.equal(dropped.articles, 3 + 1 + 1 + 105 + 2, 'every .txt and .htm at every depth, and the two unsupported files; no hidden file');
    assert.equal(dropped.failed, 2);
    assert.deepEqual(dropped.errors.map((e) => e.id).sort(), ['drop/nested/photo.png', 'drop/notes.pdf']);
    for (const e of dropped.errors) assert.match(e.message, /not a \.txt/);
    const byId = (list) => [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    assert.deepEqual({ ...dropped, errors: byId(dropped.errors) }, { ...picked, errors: byId(picked.errors) }, 'the report of the drop is the report of the pick');
    await page.click('#corpus-more');
    assert.deepEqual(await shown(), pickedView, 'the same summary, articles and errors');
    assert.equal(pickedView.articles.length, 112, 'the articles table lists them all, the two errors too');
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('speaks German to a German browser, and English when chosen in the footer', async () => {
    const { context } = await newContext(browser, server.origin, { viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    const { page, problems } = await openPage(context, server.url);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    assert.equal((await page.textContent('#corpus-button'))?.trim(), 'Viele Artikel');
    await openCorpus(page);
    await page.setInputFiles('#corpus-file-input', path.join(dir, 'articles.zip'));
    await waitCorpus(page);
    assert.match(await page.textContent('#corpus-status') ?? '', /^14 von 14 Artikeln in \d+,\d s analysiert \(\d+,\d\d MB\/s\)/);
    assert.equal(await page.textContent('#corpus-gender .bar-label'), 'Frauen');
    await page.selectOption('#page-language', 'en');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal((await page.textContent('#corpus-button'))?.trim(), 'Many articles');
    assert.equal(await page.textContent('#corpus-gender .bar-label'), 'Women');
    // The choice is kept across a reload.
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.state !== 'loading');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(problems.errors, []);
    await context.close();
  });

  it('runs the Wikinews sample; screenshots in light and dark', async () => {
    for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
      const { context, foreign } = await newContext(browser, server.origin, { viewport: { width: 1280, height: 1400 }, colorScheme });
      const { page, problems } = await openPage(context, server.url);
      await openCorpus(page);
      await page.click('#corpus-sample');
      await waitCorpus(page);
      assert.equal(await page.locator('#corpus-articles tbody tr').count(), 50);
      // The speaker table sorts by a column.
      await page.click('#corpus-speakers button[data-sort="quotes"]');
      const quotes = await page.$$eval('#corpus-speakers tbody tr td:nth-child(4)', (tds) => tds.map((td) => Number(td.textContent?.replace(/,/g, ''))));
      assert.deepEqual(quotes, [...quotes].sort((a, b) => b - a));
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(await artifactsDir(), `corpus-${colorScheme}.png`), fullPage: false });
      assert.deepEqual(problems.errors, []);
      assert.deepEqual(foreign(), []);
      await context.close();
    }
  });
});
