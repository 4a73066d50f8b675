// Whatever the input, the wasm engine answers: a valid analysis with
// in-range spans whose text equals the input, in time linear in its size,
// and the engine keeps working afterwards with flat memory.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { loadEngine } from '../js/helpers.mjs';
import { hostileInputs, ordinaryNews } from './inputs.mjs';

const q = await loadEngine();

function checkSpans(text, a) {
  const check = (s, withText) => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), 'integer offsets');
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} in 0-${text.length}`);
    if (withText && s.text !== undefined) {
      const slice = text.slice(s.start, s.end).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
      assert.equal(s.text, slice);
    }
  };
  for (const s of a.sentences) check(s, false);
  for (const p of a.paragraphs) check(p, false);
  for (const e of a.entities) for (const m of e.mentions) check(m, true);
  for (const x of a.quotes) {
    check(x, true);
    for (const s of x.spans) check(s, false);
    if (x.speaker) {
      check(x.speaker, true);
      if (x.speaker.entity !== null) assert.ok(x.speaker.entity < a.entities.length);
    }
    if (x.cue) check(x.cue, true);
  }
}

/** Median milliseconds per MB (UTF-16 units / 1e6) over `runs` runs. */
function msPerMB(text, runs = 3) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    q.analyzeJSON(text);
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(runs / 2)] / (text.length / 1e6);
}

const baseline = msPerMB(ordinaryNews.repeat(Math.ceil(400_000 / ordinaryNews.length)));

for (const [name, text] of Object.entries(hostileInputs())) {
  test(`hostile input: ${name}`, () => {
    const a = q.analyze(text);
    assert.equal(a.version, 1);
    assert.equal(a.stats.characters, text.length);
    checkSpans(text, a);
    if (text.length >= 50_000) {
      const cost = msPerMB(text, 1);
      // The issue asks for at most 3x ordinary news per MB, measured precisely
      // in the benchmark; here a generous bound catches quadratic blow-ups.
      assert.ok(cost <= 8 * baseline + 50, `${cost.toFixed(0)} ms/MB vs ${baseline.toFixed(0)} ms/MB for news`);
    }
  });
}

test('10 MB of news text is analysed, and cost grows linearly', () => {
  const mb1 = ordinaryNews.repeat(Math.ceil(1e6 / ordinaryNews.length));
  const mb10 = mb1.repeat(10);
  const t1 = msPerMB(mb1, 3);
  const t10 = msPerMB(mb10, 1);
  assert.ok(t10 <= 3 * t1 + 50, `10 MB: ${t10.toFixed(0)} ms/MB, 1 MB: ${t1.toFixed(0)} ms/MB`);
});

test('over the size limit: a clear error, and the engine keeps working', () => {
  const huge = 'a'.repeat((16 << 20) + 1);
  assert.throws(() => q.analyzeJSON(huge), (e) => e.code === 'input_too_large');
  assert.equal(q.analyze('Danach geht es weiter.').sentences.length, 1);
});

test('heap stays flat over 10,000 analyses', () => {
  const texts = Object.values(hostileInputs()).map((t) => t.slice(0, 2000)).concat([ordinaryNews]);
  for (let i = 0; i < 300; i++) q.analyzeJSON(texts[i % texts.length]);  // warm up: heap reaches its working size
  const before = q.heapSize();
  for (let i = 0; i < 10_000; i++) q.analyzeJSON(texts[i % texts.length]);
  assert.equal(q.heapSize(), before, 'the wasm heap grew during 10,000 analyses');
});
