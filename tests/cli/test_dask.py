#!/usr/bin/python3
"""scripts/quelle-dask on real Dask clusters of this machine: 2,000 articles
through 2 worker processes give exactly the bytes of one `quelle batch` run,
in order, also when a worker process is killed in the middle of a partition.

Usage: /usr/bin/python3 tests/cli/test_dask.py PATH_TO_QUELLE [SHARED_DIR]
(Debian's python3-distributed, which scripts/bootstrap installs.)
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest

from dask.distributed import Client, LocalCluster

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(ROOT, 'scripts', 'quelle-dask')
QUELLE = None
SHARED = None
ARTICLES = 2000
POISON = 1000  # the line whose partition kills its worker the first time


def articles():
    """2,000 request lines: the German and English quote corpora's texts
    (1,774 distinct articles; the first ones again under new ids to make up
    the number), with a few lines quelle must answer with an error record."""
    texts = []
    for corpus in ('de-wikinews/train', 'de-wikinews/dev', 'en-polnear/train', 'en-polnear/dev'):
        for path in sorted(glob.glob(os.path.join(SHARED, 'data', 'quotes', corpus, '*.json'))):
            with open(path, encoding='utf-8') as f:
                texts.append(json.load(f)['originalText'])
    assert texts, f'no quote corpora under {SHARED}/data/quotes (../shared must be beside the repository)'
    lines = []
    for i in range(ARTICLES):
        if i % 250 == 17:
            lines.append(b'{"id": "broken-%d", "text": ' % i)  # not JSON: an error record
        elif i % 250 == 42:
            lines.append(json.dumps({'id': f'a{i:05d}', 'title': 'no text'}).encode())
        else:
            lines.append(json.dumps({'id': f'a{i:05d}', 'text': texts[i % len(texts)]}, ensure_ascii=False).encode())
    return b'\n'.join(lines) + b'\n'


def killing_quelle(folder):
    """A stand-in for quelle that, for the partition holding line POISON and
    only the first time (a marker folder, made atomically), kills the Dask
    worker process that started it: the worker dies in the middle of a task,
    as when a machine of a cluster goes away."""
    path = os.path.join(folder, 'quelle-killing')
    marker = os.path.join(folder, 'killed-once')
    with open(path, 'w') as f:
        f.write(f'''#!/bin/sh
input=$(mktemp) && cat > "$input"
if grep -q '"id": "a{POISON:05d}"' "$input" && mkdir '{marker}' 2>/dev/null; then
  kill -9 $PPID
  rm -f "$input"
  exit 1
fi
'{QUELLE}' "$@" < "$input"
status=$?
rm -f "$input"
exit $status
''')
    os.chmod(path, 0o755)
    return path, marker


def quelle_dask(*args):
    t0 = time.perf_counter()
    r = subprocess.run([SCRIPT] + list(args), capture_output=True, timeout=600)
    return r, time.perf_counter() - t0


class DaskTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.input = os.path.join(cls.tmp.name, 'articles.jsonl')
        with open(cls.input, 'wb') as f:
            f.write(articles())
        with open(cls.input, 'rb') as f:
            ref = subprocess.run([QUELLE, 'batch', '--jobs', '1'], stdin=f, capture_output=True, timeout=600)
        assert ref.returncode == 0, ref.stderr
        cls.expected = ref.stdout
        assert cls.expected.count(b'\n') == ARTICLES

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def parts(self, outdir):
        paths = sorted(glob.glob(os.path.join(outdir, 'part-*.jsonl')))
        self.assertFalse(glob.glob(os.path.join(outdir, '*.tmp')))
        data = b''
        for p in paths:
            with open(p, 'rb') as f:
                data += f.read()
        return paths, data

    def test_local_cluster_with_a_worker_killed_mid_run(self):
        wrapper, marker = killing_quelle(self.tmp.name)
        outdir = os.path.join(self.tmp.name, 'parts')
        r, secs = quelle_dask(self.input, outdir, '--workers', '2', '--lines', '100', '--quelle', wrapper)
        self.assertEqual(r.returncode, 0, r.stderr.decode(errors='replace')[-3000:])
        self.assertTrue(os.path.isdir(marker), 'the worker was never killed')
        paths, data = self.parts(outdir)
        self.assertEqual(len(paths), ARTICLES // 100)
        self.assertEqual(data.count(b'\n'), ARTICLES)
        self.assertEqual(data, self.expected)
        print(f'\n  LocalCluster, 2 workers, one killed: {secs:.1f} s; {r.stderr.decode().strip()}', file=sys.stderr)

    def test_running_cluster_by_its_scheduler_address(self):
        # A cluster the script did not start, as a real one would be.
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            with Client(cluster) as client:
                pids = set(client.run(os.getpid).values())
                self.assertEqual(len(pids), 2)
                output = os.path.join(self.tmp.name, 'one.jsonl')
                r, secs = quelle_dask(self.input, '--output', output, '--scheduler', cluster.scheduler_address,
                                      '--lines', '250')
                self.assertEqual(r.returncode, 0, r.stderr.decode(errors='replace')[-3000:])
                self.assertEqual(set(client.run(os.getpid).values()), pids)
        with open(output, 'rb') as f:
            self.assertEqual(f.read(), self.expected)
        print(f'\n  running cluster, 2 workers: {secs:.1f} s; {r.stderr.decode().strip()}', file=sys.stderr)

    def test_folder_of_text_files(self):
        folder = os.path.join(self.tmp.name, 'texts')
        os.makedirs(os.path.join(folder, 'b'))
        files = {'a.txt': 'Die Kanzlerin sagte, sie sei zufrieden.'.encode(),
                 'b/c.txt': b'\xef\xbb\xbfThe minister said the plan would work.',
                 'b/d.txt': 'Er sagte: „Gut.“'.encode('cp1252'),  # not UTF-8: an error record
                 'e.md': b'not a text file'}
        for name, data in files.items():
            with open(os.path.join(folder, name), 'wb') as f:
                f.write(data)
        output = os.path.join(self.tmp.name, 'texts.jsonl')
        r, _ = quelle_dask(folder, '--output', output, '--workers', '2', '--lines', '1')
        self.assertEqual(r.returncode, 0, r.stderr.decode(errors='replace')[-3000:])
        with open(output, encoding='utf-8') as f:
            out = [json.loads(line) for line in f]
        self.assertEqual([o['id'] for o in out], ['a.txt', 'b/c.txt', 'b/d.txt'])
        self.assertEqual(out[1]['analysis']['language'], 'en')
        self.assertEqual(out[1]['analysis']['stats']['characters'], 38)  # the BOM is not text
        self.assertEqual(out[2]['error']['code'], 'invalid_utf8')

    def test_failing_quelle_stops_the_run_and_names_the_partition(self):
        r, _ = quelle_dask(self.input, '--output', os.path.join(self.tmp.name, 'x.jsonl'), '--workers', '1',
                           '--lines', '1000', '--retries', '1', '--', '--no-such-option')
        self.assertEqual(r.returncode, 1)
        self.assertIn(b'partition 0 failed', r.stderr)
        self.assertIn(b'--no-such-option', r.stderr)


if __name__ == '__main__':
    QUELLE = os.path.abspath(sys.argv[1])
    SHARED = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, '..', 'shared'))
    unittest.main(argv=[sys.argv[0], '-v'])
