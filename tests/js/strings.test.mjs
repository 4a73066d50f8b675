// The page's own words (web/strings.js): English and German say the same
// things (the same keys, none empty, the same {fields}, the same `code` and
// links), every counted word has its one and other form, every word the
// page marks for translation (data-i18n… in web/index.html) and every key
// the scripts ask t(), tn(), tEn() or word() for has both, and every
// tooltip, label and placeholder of index.html is marked.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { root } from './helpers.mjs';

const { STRINGS } = await import(join(root, 'web/strings.js'));
const { t, tn, tEn, localize, setPageLanguage } = await import(join(root, 'web/i18n.js'));
const model = await import(join(root, 'web/model.js'));
const fields = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const codeAndLinks = (s) => [...s.matchAll(/`([^`]+)`|\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? m[2]);

const html = readFileSync(join(root, 'web/index.html'), 'utf8');
const scripts = readdirSync(join(root, 'web')).filter((f) => f.endsWith('.js'))
  .map((file) => ({ file, js: readFileSync(join(root, 'web', file), 'utf8') }));
const has = (key) => key in STRINGS.en && key in STRINGS.de;
const prefixesOfKeys = new Set(Object.keys(STRINGS.en).map((k) => k.split('.')[0]));

test('English and German have the same keys, none empty, with the same fields, code and links', () => {
  assert.deepEqual(Object.keys(STRINGS.de).sort(), Object.keys(STRINGS.en).sort());
  for (const [key, en] of Object.entries(STRINGS.en)) {
    const de = STRINGS.de[key];
    assert.ok(en.trim() && de.trim(), `${key} is empty`);
    assert.deepEqual(fields(de), fields(en), `${key}: fields differ`);
    assert.deepEqual(codeAndLinks(de).sort(), codeAndLinks(en).sort(), `${key}: code or links differ`);
  }
});

test('every counted word has a one and an other form, each with its {n}', () => {
  const counted = Object.keys(STRINGS.en).filter((k) => /\.(one|other)$/.test(k));
  assert.ok(counted.length > 20);
  for (const key of counted) {
    const stem = key.replace(/\.(one|other)$/, '');
    assert.ok(has(`${stem}.one`) && has(`${stem}.other`), `${stem} needs .one and .other`);
    assert.ok(fields(STRINGS.en[key]).includes('n'), `${key} has no {n}`);
  }
});

test('every key the page and its scripts use is translated', () => {
  const used = [...html.matchAll(/data-i18n(?:-\w+)?="([^"]+)"/g)].map((m) => m[1]);
  for (const { file, js } of scripts) {
    const keys = [...js.matchAll(/\b(?:t|tEn)\('([\w.]+)'/g)].map((m) => m[1]);
    const counted = [...js.matchAll(/\btn\('([\w.]+)'/g)].flatMap((m) => [`${m[1]}.one`, `${m[1]}.other`]);
    // Keys built from a code: t(`kind.${…}`), word('medium', …): some key has the prefix.
    const prefixes = [...js.matchAll(/\b(?:t|tn|hasString)\(`([\w.]+)\.\$\{/g), ...js.matchAll(/\bword\('(\w+)'/g)].map((m) => `${m[1]}.`);
    // Keys chosen before the call: t(ok ? 'toast.md' : 'toast.noClipboard'), fillList(…, 'more.quotes').
    const literals = [...js.matchAll(/'([a-z]+\.[\w.]+)'/gi)].map((m) => m[1]).filter((k) => prefixesOfKeys.has(k.split('.')[0]));
    for (const key of literals) assert.ok(has(key) || (has(`${key}.one`) && has(`${key}.other`)), `${file}: ${key} is not in web/strings.js`);
    for (const key of [...keys, ...counted]) used.push(key);
    for (const prefix of prefixes) assert.ok(Object.keys(STRINGS.en).some((k) => k.startsWith(prefix)), `${file}: no key starts with ${prefix}`);
  }
  assert.ok(used.length > 150, `${used.length} keys used`);
  for (const key of used) assert.ok(has(key), `${key} is not in web/strings.js`);
});

test('every code the analysis gives has the page\'s words', () => {
  for (const type of model.QUOTE_TYPES) for (const p of ['type', 'quoteOf', 'legend']) assert.ok(has(`${p}.${type}`), `${p}.${type}`);
  for (const type of model.ENTITY_TYPES) for (const p of ['entity', 'entities', 'legend', 'more']) assert.ok(has(`${p}.${type}`), `${p}.${type}`);
  for (const g of model.GENDERS) for (const p of ['gender', 'genderOf']) assert.ok(has(`${p}.${g}`), `${p}.${g}`);
  // wasm/js/types.d.ts: MentionKind (but 'name'), the medium, GenderBasis.
  for (const kind of ['pronoun', 'nominal', 'part']) assert.ok(has(`kind.${kind}.one`), `kind.${kind}`);
  for (const medium of ['speech', 'writing', 'thought']) assert.ok(has(`medium.${medium}`), `medium.${medium}`);
  for (const basis of ['pronoun', 'role', 'honorific', 'name']) assert.ok(has(`basis.${basis}`), `basis.${basis}`);
  for (const [, code] of html.matchAll(/<option value="(\w\w)" data-i18n/g)) assert.ok(has(`lang.${code}`), `lang.${code}`);
});

test('every tooltip, aria-label and placeholder of index.html is marked for translation', () => {
  const tags = [...html.matchAll(/<[a-z][^>]*>/g)].map((m) => m[0]);
  for (const [attribute, marker] of [['aria-label', 'data-i18n-label'], ['title', 'data-i18n-title'], ['placeholder', 'data-i18n-placeholder']]) {
    for (const tag of tags.filter((x) => x.includes(` ${attribute}="`))) assert.ok(tag.includes(` ${marker}="`), `${tag} has no ${marker}`);
  }
});

test('counted words follow the language; data messages are English and shown translated', () => {
  try {
    setPageLanguage('de');
    assert.equal(tn('count.quotes', 1), '1 Zitat');
    assert.equal(tn('count.quotes', 1234), '1.234 Zitate');
    assert.equal(tn('count.inArticles', 2), 'in 2 Artikeln');
    assert.equal(t('speakers.unattributed'), 'Unzugeordnet');
    const message = tEn('error.unreadable', { message: tEn('error.notZip') });
    assert.equal(message, 'cannot be read: not a zip archive', 'tEn writes English whatever the page language');
    assert.equal(localize(message), 'nicht lesbar: kein Zip-Archiv');
    assert.equal(localize(tEn('error.tooLarge', { mb: 8 })), 'die Datei ist größer als 8 MB');
    assert.equal(localize('out of memory'), 'out of memory', 'a message of the engine stays as it is');
    setPageLanguage('en');
    assert.equal(tn('count.quotes', 1), '1 quote');
    assert.equal(tn('count.quotes', 0), '0 quotes');
    assert.equal(localize(message), message);
  } finally {
    setPageLanguage('en');
  }
});
