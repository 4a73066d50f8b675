// `quelle batch --jobs 1` against `--jobs 2` (issue #20: at least 1.8x on 2
// cores). Part of make bench (bench/run.mjs); alone, without the wasm build:
//
//   node bench/jobs.mjs [--quick] [--reps N] [--dask]     writes build/bench/jobs.json
//
// --dask (and make bench, not --quick) also times scripts/quelle-dask on a
// LocalCluster of 2 worker processes over the same file, the cluster's
// start apart (it reports both).
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

/**
 * Wall and CPU seconds (user + system) of one `quelle batch --jobs N` over
 * `file`. The CPU time says what the wall time cannot on a shared machine:
 * whether two threads do the work of one with no more instructions, locks
 * or cache misses, which is what lets two idle cores run it twice as fast.
 */
function timeBatch(file, jobs) {
  const py = 'import resource,subprocess,sys,time\n' +
    't=time.perf_counter()\n' +
    'r=subprocess.run(sys.argv[1:],stdin=open(sys.stdin.fileno()),stdout=subprocess.DEVNULL)\n' +
    'u=resource.getrusage(resource.RUSAGE_CHILDREN)\n' +
    'print(time.perf_counter()-t, u.ru_utime+u.ru_stime, r.returncode)';
  const r = spawnSync('python3', ['-c', py, nativeBinary, 'batch', '--jobs', String(jobs)], { input: readFileSync(file) });
  const [wall, cpu, code] = r.stdout.toString().trim().split(' ').map(Number);
  if (code !== 0) throw new Error(`quelle batch --jobs ${jobs} failed: ${r.stderr}`);
  return { wall, cpu };
}

/** Seconds of scripts/quelle-dask over `file` on 2 workers: [on the cluster, with its start]. */
function timeDask(file, outDir) {
  const out = join(outDir, 'jobs-dask.jsonl');
  const r = spawnSync(join(root, 'scripts/quelle-dask'), [file, '--output', out, '--workers', '2', '--lines', '100']);
  const m = /([\d.]+) s on the cluster \(([\d.]+) s with its start\)/.exec(r.stderr.toString());
  if (r.status !== 0 || !m) throw new Error(`quelle-dask failed: ${r.stderr}`);
  return [Number(m[1]), Number(m[2])];
}

export function jobsBench({ reps = 5, dask = false, outDir = join(root, 'build/bench'), log = () => {} } = {}) {
  mkdirSync(outDir, { recursive: true });
  const texts = corpora.flatMap((c) => articles(shared, `data/quotes/${c}`).map((a) => ({ ...a, id: `${c}/${a.id}` })));
  const file = join(outDir, 'jobs.jsonl');
  writeFileSync(file, texts.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const bytes = texts.reduce((s, a) => s + utf8Bytes(a.text), 0);
  // Start-up: one German and one English article, so that both models load.
  const startFile = join(outDir, 'jobs-start.jsonl');
  writeFileSync(startFile, [texts[0], texts[texts.length - 1]].map((a) => JSON.stringify(a)).join('\n') + '\n');
  const startup = median(Array.from({ length: reps }, () => timeBatch(startFile, 1).wall));

  const secs = { 1: [], 2: [] };
  const cpu = { 1: [], 2: [] };
  const ratios = [];
  const load = [];
  for (let r = 0; r < reps; r++) {
    load.push(loadavg()[0]);
    const order = r % 2 ? [2, 1] : [1, 2];
    const t = {};
    for (const j of order) {
      const { wall, cpu: c } = timeBatch(file, j);
      t[j] = wall;
      secs[j].push(wall);
      cpu[j].push(c);
    }
    ratios.push((t[1] - startup) / (t[2] - startup));
    log(`jobs round ${r + 1}: 1 job ${t[1].toFixed(2)} s, 2 jobs ${t[2].toFixed(2)} s`);
  }
  const mbPerSec = (xs) => bytes / 1e6 / Math.max(1e-9, median(xs) - startup);
  let daskRuns = null;
  if (dask) {
    daskRuns = Array.from({ length: Math.min(reps, 3) }, () => timeDask(file, outDir));
    log(`dask: ${daskRuns.map(([c, t]) => `${c} s (${t} s with the cluster's start)`).join(', ')}`);
  }
  return {
    articles: texts.length,
    bytes,
    startupMs: round(startup * 1000, 1),
    secs: { 1: secs[1].map((x) => round(x, 3)), 2: secs[2].map((x) => round(x, 3)) },
    mbPerSec: { 1: round(mbPerSec(secs[1]), 3), 2: round(mbPerSec(secs[2]), 3) },
    speedup: round(median(ratios), 3),
    // CPU seconds, whole runs: equal for 1 and 2 jobs means no cost of sharing.
    cpuSecs: { 1: round(median(cpu[1]), 3), 2: round(median(cpu[2]), 3) },
    rounds: ratios.map((x) => round(x, 3)),
    loadAverage: load.map((x) => round(x, 2)),
    // Every partition through its own quelle process, so each pays the
    // start-up; the cluster's own start is left out.
    dask: daskRuns && {
      workers: 2,
      secs: daskRuns.map(([c]) => c),
      withStartSecs: daskRuns.map(([, t]) => t),
      mbPerSec: round(bytes / 1e6 / median(daskRuns.map(([c]) => c)), 3),
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const dask = process.argv.includes('--dask');
  const repsArg = process.argv.indexOf('--reps');
  const reps = repsArg > 0 ? Number(process.argv[repsArg + 1]) : quick ? 3 : 5;
  const result = jobsBench({ reps, dask, log: (...a) => console.error('bench:', ...a) });
  writeFileSync(join(root, 'build/bench/jobs.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
}
