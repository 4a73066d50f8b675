// `quelle batch --jobs 1` against `--jobs 2` (issue #20: at least 1.8x on 2
// cores). Part of make bench (bench/run.mjs); alone, without the wasm build:
//
//   node bench/jobs.mjs [--quick]     writes build/bench/jobs.json
//
// The input is every article of the four quote corpora (German and English,
// train and dev: 1,774 distinct texts, both languages' models loaded), not
// one set repeated. The runs alternate, 1 then 2 jobs and 2 then 1 in the
// next round, so that the machine's drift (it is shared) touches both alike;
// the speed-up is the median of the rounds' ratios, and each figure leaves
// out the process start-up (model loading), measured on its own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { nativeBinary, root, shared } from '../tests/js/helpers.mjs';
import { articles, utf8Bytes } from './corpus.mjs';
import { median, round } from './stats.mjs';

const corpora = ['de-wikinews/train', 'de-wikinews/dev', 'en-polnear/train', 'en-polnear/dev'];

/** Wall seconds of one `quelle batch --jobs N` over `file`. */
function timeBatch(file, jobs) {
  const input = readFileSync(file);
  const t0 = performance.now();
  const r = spawnSync(nativeBinary, ['batch', '--jobs', String(jobs)], { input, stdio: ['pipe', 'ignore', 'pipe'] });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`quelle batch --jobs ${jobs} failed: ${r.stderr}`);
  return secs;
}

export function jobsBench({ reps = 5, outDir = join(root, 'build/bench'), log = () => {} } = {}) {
  mkdirSync(outDir, { recursive: true });
  const texts = corpora.flatMap((c) => articles(shared, `data/quotes/${c}`).map((a) => ({ ...a, id: `${c}/${a.id}` })));
  const file = join(outDir, 'jobs.jsonl');
  writeFileSync(file, texts.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const bytes = texts.reduce((s, a) => s + utf8Bytes(a.text), 0);
  // Start-up: one German and one English article, so that both models load.
  const startFile = join(outDir, 'jobs-start.jsonl');
  writeFileSync(startFile, [texts[0], texts[texts.length - 1]].map((a) => JSON.stringify(a)).join('\n') + '\n');
  const startup = median(Array.from({ length: reps }, () => timeBatch(startFile, 1)));

  const secs = { 1: [], 2: [] };
  const ratios = [];
  const load = [];
  for (let r = 0; r < reps; r++) {
    load.push(loadavg()[0]);
    const order = r % 2 ? [2, 1] : [1, 2];
    const t = {};
    for (const j of order) t[j] = timeBatch(file, j);
    secs[1].push(t[1]);
    secs[2].push(t[2]);
    ratios.push((t[1] - startup) / (t[2] - startup));
    log(`jobs round ${r + 1}: 1 job ${t[1].toFixed(2)} s, 2 jobs ${t[2].toFixed(2)} s`);
  }
  const mbPerSec = (xs) => bytes / 1e6 / Math.max(1e-9, median(xs) - startup);
  return {
    articles: texts.length,
    bytes,
    startupMs: round(startup * 1000, 1),
    secs: { 1: secs[1].map((x) => round(x, 3)), 2: secs[2].map((x) => round(x, 3)) },
    mbPerSec: { 1: round(mbPerSec(secs[1]), 3), 2: round(mbPerSec(secs[2]), 3) },
    speedup: round(median(ratios), 3),
    rounds: ratios.map((x) => round(x, 3)),
    loadAverage: load.map((x) => round(x, 2)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const result = jobsBench({ reps: quick ? 3 : 5, log: (...a) => console.error('bench:', ...a) });
  writeFileSync(join(root, 'build/bench/jobs.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
}
