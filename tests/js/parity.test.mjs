// The same texts give byte-identical JSON from the native CLI and from wasm.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { loadEngine, nativeJSON, sampleTexts } from './helpers.mjs';

const q = await loadEngine();

test('native and wasm output are byte-identical', () => {
  const texts = sampleTexts();
  assert.ok(texts.length >= 7);
  for (const [i, text] of texts.entries()) {
    assert.equal(q.analyzeJSON(text), nativeJSON(text), `text #${i} differs`);
  }
});
