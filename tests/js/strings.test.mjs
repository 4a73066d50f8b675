// The page's own words (web/strings.js): English and German say the same
// things (the same keys, none empty, the same {fields}), and every word the
// page marks for translation (data-i18n in web/index.html) and every key
// the scripts ask t() for has both.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { root } from './helpers.mjs';

const { STRINGS } = await import(join(root, 'web/strings.js'));
const fields = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('English and German have the same keys, none empty, with the same fields', () => {
  assert.deepEqual(Object.keys(STRINGS.de).sort(), Object.keys(STRINGS.en).sort());
  for (const [key, en] of Object.entries(STRINGS.en)) {
    const de = STRINGS.de[key];
    assert.ok(en.trim() && de.trim(), `${key} is empty`);
    assert.deepEqual(fields(de), fields(en), `${key}: fields differ`);
  }
});

test('every key the page and its scripts use is translated', () => {
  const html = readFileSync(join(root, 'web/index.html'), 'utf8');
  const used = [...html.matchAll(/data-i18n(?:-label)?="([^"]+)"/g)].map((m) => m[1]);
  for (const file of readdirSync(join(root, 'web')).filter((f) => f.endsWith('.js'))) {
    const js = readFileSync(join(root, 'web', file), 'utf8');
    used.push(...[...js.matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1]));
  }
  assert.ok(used.length > 20);
  for (const key of used) assert.ok(key in STRINGS.en && key in STRINGS.de, `${key} is not in web/strings.js`);
});
