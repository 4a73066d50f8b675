// The wasm package's JavaScript API: shape, results, errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { loadEngine, root, shared } from './helpers.mjs';

const q = await loadEngine();
const { QuelleError, LANGUAGES, createQuelle } = await import(join(root, 'build/wasm/quelle.js'));

test('exports and package.json', () => {
  assert.equal(typeof createQuelle, 'function');
  assert.deepEqual([...LANGUAGES], ['de', 'en', 'fr', 'es', 'it', 'nl', 'pt']);
  const pkg = JSON.parse(readFileSync(join(root, 'build/wasm/package.json'), 'utf8'));
  assert.equal(pkg.type, 'module');
  assert.ok(pkg.exports['.']);
  assert.match(q.version, /^\d+\.\d+\.\d+/);
});

test('LANGUAGES is read from the core: empty until the first engine starts, then its list', async () => {
  // A second instance of the module (another URL), whose LANGUAGES no engine has filled yet.
  const fresh = await import(`${pathToFileURL(join(root, 'build/wasm/quelle.js')).href}?fresh`);
  assert.deepEqual(fresh.LANGUAGES, []);
  const engine = await fresh.createQuelle();
  assert.deepEqual(fresh.LANGUAGES, ['de', 'en', 'fr', 'es', 'it', 'nl', 'pt']);
  assert.equal(engine.languages, fresh.LANGUAGES);
  assert.ok(Object.isFrozen(engine.languages));
  assert.deepEqual(q.languages, fresh.LANGUAGES);
  assert.throws(() => engine.analyze('Hallo.', { language: 'xx' }), /expected one of de en fr es it nl pt/);
});

test('analyze returns a version 1 analysis with UTF-16 offsets', () => {
  const text = '😀 Erster Satz. Zweiter Satz.';
  const a = q.analyze(text, { language: 'de' });
  assert.equal(a.version, 1);
  assert.equal(a.language, 'de');
  assert.equal(a.languageGiven, true);
  assert.equal(a.sentences.length, 2);
  assert.equal(text.slice(a.sentences[1].start, a.sentences[1].end), 'Zweiter Satz.');
  assert.ok(Array.isArray(a.entities));
  assert.ok(Array.isArray(a.quotes));
});

test('the German sample is detected as German', () => {
  const text = readFileSync(join(shared, 'samples/de-dpa-alibaba-cebit.txt'), 'utf8');
  const a = q.analyze(text);
  assert.equal(a.language, 'de');
  assert.ok(a.sentences.length > 10);
  for (const s of a.sentences) assert.ok(s.end <= text.length && s.start < s.end);
});

test('detectLanguage', () => {
  assert.equal(q.detectLanguage('The government said on Tuesday that the talks would continue next week.').language, 'en');
  assert.equal(q.detectLanguage('').language, 'und');
});

test('errors are QuelleError values and the engine keeps working', () => {
  assert.throws(() => q.analyze('Hallo.', { language: 'xx' }), (e) => e instanceof QuelleError && e.code === 'unsupported_language');
  assert.throws(() => q.analyze(42), (e) => e instanceof QuelleError && e.code === 'invalid_request');
  assert.throws(() => q.loadModel('de', new Uint8Array([1, 2, 3])), (e) => e instanceof QuelleError && e.code === 'invalid_model');
  assert.throws(() => q.loadModel('xx', new Uint8Array(8)), (e) => e instanceof QuelleError && e.code === 'unsupported_language');
  assert.equal(q.analyze('Noch ein Satz.').sentences.length, 1);
});

test('lone surrogates keep offsets', () => {
  const text = 'A\uD800 b. C d.';
  const a = q.analyze(text);
  for (const s of a.sentences) assert.ok(s.end <= text.length);
  assert.equal(a.stats.characters, text.length);
});

test('text crosses the boundary intact: offsets of emoji, CRLF, combining marks and surrogates', () => {
  // The text travels to the core as UTF-8 (Quelle#call): every span must
  // still be a JavaScript string index.
  const text = '\uDC00„Zitat 😀 eins“, sagte Merkel.\r\nCafe\u0301 \uD83D\uDE00\uD83D und „zwei“, sagte Scholz.';
  const a = q.analyze(text, { language: 'de' });
  assert.equal(a.stats.characters, text.length);
  for (const s of a.sentences) assert.ok(s.start < s.end && s.end <= text.length);
  assert.equal(text.slice(a.sentences[1].start, a.sentences[1].end), 'Cafe\u0301 \uD83D\uDE00\uD83D und „zwei“, sagte Scholz.');
  // A lone surrogate comes back as U+FFFD (docs/schema.md), one unit for one.
  assert.ok(a.quotes.length >= 2);
  for (const quote of a.quotes) assert.equal(quote.text, text.slice(quote.start, quote.end).toWellFormed());
  assert.equal(q.detectLanguage('Die Regierung teilte am Dienstag mit, dass die Gespräche weitergehen.').language, 'de');
});

test('a missing wasm file rejects createQuelle with a QuelleError', async () => {
  await assert.rejects(createQuelle({ wasmUrl: new URL('file:///nonexistent/quelle-core.wasm') }),
    (e) => e instanceof QuelleError && e.code === 'internal');
});
