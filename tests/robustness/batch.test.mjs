// quelle batch never loses or reorders a line, over many mixed good and bad
// lines. QUELLE_BATCH_LINES sets the count (CI: 20,000; `make robustness-full`: 100,000).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

import { nativeBinary } from '../js/helpers.mjs';
import { hostileInputs } from './inputs.mjs';

const count = Number(process.env.QUELLE_BATCH_LINES ?? 20_000);

test(`batch answers ${count} mixed lines in order`, () => {
  const hostile = Object.values(hostileInputs()).map((t) => t.slice(0, 300));
  const lines = [];
  const expectError = [];
  for (let i = 0; i < count; i++) {
    switch (i % 10) {
      case 3: lines.push(Buffer.from(`{"id":${i},"text":"kaputt \xff"}`, 'latin1')); expectError.push(true); break;
      case 5: lines.push(Buffer.from(`{"id":${i},"text":`)); expectError.push(true); break;  // malformed JSON: id unknown
      case 7: lines.push(Buffer.from(JSON.stringify({ id: i, title: 'no text' }))); expectError.push(true); break;
      default:
        lines.push(Buffer.from(JSON.stringify({ id: i, text: `${hostile[i % hostile.length]} Satz ${i}.` })));
        expectError.push(false);
    }
  }
  const input = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
  const r = spawnSync(nativeBinary, ['batch'], { input, maxBuffer: 1 << 30 });
  assert.equal(r.status, 0, r.stderr.toString());
  const out = r.stdout.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.equal(out.length, count);
  out.forEach((o, i) => {
    assert.equal('error' in o, expectError[i], `line ${i}`);
    assert.equal(o.id, i % 10 === 5 ? null : i, `line ${i} id`);
  });
});
