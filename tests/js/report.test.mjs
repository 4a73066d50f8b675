// Corpus reports (issue #19): the page's numbers (the wasm engine's
// analyzeForCorpus and corpusReport, which the corpus mode calls in its
// workers) equal `quelle report` over `quelle batch` output of the same
// articles, and one article's summary counts what web/model.js counts for
// the single-article view (genderShare, speakers).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { loadEngine, nativeBinary, root, shared } from './helpers.mjs';

const q = await loadEngine();
const model = await import(join(root, 'web/model.js'));
const { parseCSVRecords } = await import(join(root, 'web/csv.js'));

const csvPath = join(shared, 'samples/real/en-wikinews-2019.csv');

/** 40 English Wikinews articles (CC BY 2.5) with their date, and two German texts. */
function articles() {
  assert.ok(existsSync(csvPath), `${csvPath} is missing`);
  const { records } = parseCSVRecords(readFileSync(csvPath, 'utf8'));
  const out = records.slice(0, 40).map((r, i) => ({ id: `en-${i}`, text: r.text, date: r.date, outlet: 'Wikinews' }));
  out.push({ id: 7, text: '«Wir werden uns jeden Markt anschauen», sagte Ethan Yu. Er habe keine Angst, sagte Yu.', outlet: 'dpa' });
  out.push({ id: { nested: true }, text: 'Bundeskanzlerin Angela Merkel sagte: „Wir schaffen das.“ Herr Schmidt widersprach.' });
  return out;
}

/** What the page adds for a file it could not read, and the batch record of it. */
const unreadable = { id: 'broken.txt', error: { code: 'invalid_utf8', message: 'the file is not text in a known encoding' } };

test('the CSV reader reads the Wikinews sample as Python does (171 articles, quoted fields with line breaks)', () => {
  const { header, records } = parseCSVRecords(readFileSync(csvPath, 'utf8'));
  assert.deepEqual(header, ['url', 'date', 'title', 'text']);
  assert.equal(records.length, 171);
  assert.ok(records.every((r) => r.url.startsWith('https://en.wikinews.org/') && r.text.length > 100));
});

test('the page\'s corpus report equals quelle report over quelle batch output', () => {
  const list = articles();
  q.corpusClear();
  for (const a of list) {
    const meta = { id: a.id, ...(a.outlet ? { outlet: a.outlet } : {}), ...(a.date ? { date: a.date } : {}) };
    const { analysisJSON, summary } = q.analyzeForCorpus(a.text, meta);
    assert.equal(analysisJSON, q.analyzeJSON(a.text), 'analyzeForCorpus gives the analysis analyzeJSON gives');
    q.corpusAdd(summary);
  }
  q.corpusAdd(unreadable);
  const page = q.corpusReport(10);

  const input = list.map((a) => JSON.stringify(a)).join('\n');
  const batch = execFileSync(nativeBinary, ['batch'], { input, maxBuffer: 1 << 28 }).toString('utf8');
  const lines = batch.trimEnd().split('\n');
  assert.equal(lines.length, list.length);
  // outlet and date pass through batch, after the id.
  assert.ok(lines[0].startsWith(`{"id":"en-0","outlet":"Wikinews","date":"${list[0].date}","analysis":{`), lines[0].slice(0, 80));
  const report = execFileSync(nativeBinary, ['report', '--top', '10'], {
    input: `${batch}${JSON.stringify(unreadable)}\n`, maxBuffer: 1 << 28,
  }).toString('utf8');
  const cli = JSON.parse(report);
  assert.deepEqual(page, cli);
  assert.equal(cli.articles, list.length + 1);
  assert.equal(cli.failed, 1);
  assert.deepEqual(cli.errors, [{ id: 'broken.txt', code: 'invalid_utf8', message: unreadable.error.message }]);
  assert.ok(cli.quotes > 100, `only ${cli.quotes} quotes`);
  assert.equal(cli.entities.length, 10);
  assert.deepEqual(cli.outlets.map((o) => o.outlet), ['Wikinews', 'dpa']);
  assert.ok(cli.speakers.some((s) => s.name === 'Ethan Yu' && s.type === 'PER'));
  assert.equal(cli.gender.female.words + cli.gender.male.words + cli.gender.unknown.words, cli.gender.persons.words);
});

test('an article summary counts what web/model.js counts (speakers, share of voice by gender)', () => {
  for (const a of articles()) {
    const analysis = q.analyze(a.text);
    const { summary } = q.analyzeForCorpus(a.text, { id: a.id });
    const share = model.genderShare(analysis, a.text);
    for (const k of ['female', 'male', 'unknown', 'persons', 'others']) {
      assert.deepEqual(summary.gender[k], { quotes: share[k].quotes, words: share[k].words }, `${a.id} ${k}`);
    }
    const groups = model.speakers(analysis, a.text).filter((g) => g.key !== 'none');
    const byName = (x, y) => x.name.localeCompare(y.name) || x.words - y.words;
    assert.deepEqual(
      summary.speakers.map((s) => ({ name: s.name, words: s.words, quotes: s.quotes, direct: s.direct })).sort(byName),
      groups.map((g) => ({ name: g.name, words: g.words, quotes: g.quotes.length, direct: g.direct })).sort(byName),
      String(a.id));
    assert.equal(summary.quoteRows.length, analysis.quotes.length);
    for (const [i, row] of summary.quoteRows.entries()) {
      const quote = analysis.quotes[i];
      assert.equal(row.start, quote.start);
      assert.equal(row.end, quote.end);
      assert.equal(row.text, model.quoteText(quote, a.text));
      assert.equal(row.cue, quote.cue ? quote.cue.text : '');
    }
  }
});

test('corpusAdd refuses what is not a summary, and the report stays usable', () => {
  q.corpusClear();
  assert.throws(() => q.corpusAdd('not json'), (e) => e.code === 'invalid_request');
  assert.equal(q.corpusReport().articles, 0);
});
