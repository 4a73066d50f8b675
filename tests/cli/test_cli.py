#!/usr/bin/env python3
"""End-to-end tests of the `quelle` command line: analyze, batch, exit codes.

Usage: test_cli.py PATH_TO_QUELLE [SAMPLES_DIR]
"""
import json
import re
import os
import subprocess
import sys
import tempfile
import threading
import unittest

QUELLE = None
SAMPLE = None


def run(args, stdin=b''):
    return subprocess.run([QUELLE] + args, input=stdin, capture_output=True, timeout=120)


class AnalyzeTest(unittest.TestCase):
    def test_sample_is_german_version_1(self):
        if not os.path.exists(SAMPLE):
            self.skipTest('sample missing')
        r = run(['analyze', SAMPLE])
        self.assertEqual(r.returncode, 0, r.stderr)
        a = json.loads(r.stdout)
        self.assertEqual(a['version'], 1)
        self.assertEqual(a['language'], 'de')
        self.assertGreater(len(a['sentences']), 10)

    def test_every_person_has_a_gender_and_no_gender_turns_it_off(self):
        text = 'Bundeskanzlerin Angela Merkel traf am Montag Herrn Schmidt in Berlin.'.encode()
        r = run(['analyze', '-', '--language', 'de'], text)
        self.assertEqual(r.returncode, 0, r.stderr)
        a = json.loads(r.stdout)
        persons = [e for e in a['entities'] if e['type'] == 'PER']
        self.assertTrue(persons)
        for e in a['entities']:
            if e['type'] != 'PER':
                self.assertNotIn('gender', e)
                continue
            self.assertIn(e['gender'], ('female', 'male', 'unknown'))
            ev = e['genderEvidence']
            if ev is not None:
                units = text.decode().encode('utf-16-le')
                self.assertEqual(units[2 * ev['start']:2 * ev['end']].decode('utf-16-le'), ev['text'])
        merkel = next(e for e in persons if 'Merkel' in e['name'])
        self.assertEqual((merkel['gender'], merkel['genderEvidence']['text']), ('female', 'Bundeskanzlerin'))
        off = json.loads(run(['analyze', '-', '--language', 'de', '--no-gender'], text).stdout)
        self.assertTrue(all(e['gender'] == 'unknown' and e['genderEvidence'] is None
                            for e in off['entities'] if e['type'] == 'PER'))

    def test_stdin_pretty_and_language(self):
        r = run(['analyze', '-', '--pretty', '--language', 'en'], 'Hello world. This is fine.'.encode())
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(b'\n  "version": 1', r.stdout)
        self.assertEqual(json.loads(r.stdout)['language'], 'en')

    def test_invalid_utf8_exit_1(self):
        r = run(['analyze'], b'abc\xff')
        self.assertEqual(r.returncode, 1)
        self.assertIn(b'invalid_utf8', r.stderr)

    def test_missing_file_exit_1(self):
        self.assertEqual(run(['analyze', '/nonexistent/file.txt']).returncode, 1)

    def test_usage_errors_exit_2(self):
        self.assertEqual(run(['frobnicate']).returncode, 2)
        self.assertEqual(run(['analyze', '--language', 'xx']).returncode, 2)
        self.assertEqual(run(['analyze', '--bogus']).returncode, 2)

    def test_help_and_version(self):
        r = run(['--help'])
        self.assertEqual(r.returncode, 0)
        self.assertIn(b'quelle batch', r.stdout)
        r = run(['--version'])
        self.assertEqual(r.returncode, 0)
        self.assertTrue(r.stdout.startswith(b'quelle '))


class ModelTest(unittest.TestCase):
    def test_corrupt_model_is_named_and_skipped(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, 'ner-de.qnm'), 'wb') as f:
                f.write(b'QNM\x1a' + b'\0' * 60)  # right magic, wrong size
            r = run(['batch', '--models', d], json.dumps({'id': 1, 'text': 'Die Kanzlerin sagte, sie sei zufrieden.'}).encode())
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn(('skipping model ' + os.path.join(d, 'ner-de.qnm')).encode(), r.stderr)
            self.assertIn(b'invalid NER model', r.stderr)
            self.assertEqual(json.loads(r.stdout)['analysis']['language'], 'de')


    def test_corrupt_quote_model_gives_a_warning_and_the_rules_answer(self):
        text = 'Die Kanzlerin sagte, sie sei zufrieden.'
        rules = json.loads(run(['batch', '--models', '/nonexistent'], json.dumps({'id': 1, 'text': text}).encode()).stdout)
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, 'quotes-de.qqm'), 'wb') as f:
                f.write(b'QQM\x1a' + b'\0' * 60)  # right magic, wrong size
            r = run(['batch', '--models', d], json.dumps({'id': 1, 'text': text}).encode())
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn(b'invalid quote model', r.stderr)
            a = json.loads(r.stdout)['analysis']
            self.assertEqual(a['warnings'][0]['code'], 'invalid_model')
            self.assertIn('rules alone', a['warnings'][0]['message'])
            self.assertEqual(a['quotes'], rules['analysis']['quotes'])


QUOTES = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/data/quotes/de-wikinews/train')


class TrainQuotesTest(unittest.TestCase):
    """The quote trainer on a tiny subset (CI does not train the full models)."""

    def train(self, d, name, seed, extra=()):
        out = os.path.join(d, name)
        r = run(['train-quotes', '--lang', 'de', '--data', QUOTES, '--max-articles', '25', '--epochs', '2',
                 '--seed', str(seed), '--out', out] + list(extra))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.stderr = r.stderr
        with open(out, 'rb') as f:
            return f.read()

    def test_trains_deterministically_and_the_model_loads(self):
        if not os.path.isdir(QUOTES):
            self.skipTest('quote corpus missing')
        with tempfile.TemporaryDirectory() as d:
            a = self.train(d, 'a.qqm', 1)
            self.assertEqual(a, self.train(d, 'b.qqm', 1))
            self.assertNotEqual(a, self.train(d, 'c.qqm', 2))
            self.assertEqual(a[:4], b'QQM\x1a')
            os.rename(os.path.join(d, 'a.qqm'), os.path.join(d, 'quotes-de.qqm'))
            text = 'Die Kanzlerin sagte, sie sei zufrieden. Der Minister kritisierte den Plan.'
            r = run(['batch', '--models', d], json.dumps({'id': 1, 'text': text}).encode())
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertNotIn('warnings', json.loads(r.stdout)['analysis'])
            # A model for German is refused for English texts.
            os.rename(os.path.join(d, 'quotes-de.qqm'), os.path.join(d, 'quotes-en.qqm'))
            r = run(['batch', '--models', d, '--language', 'en'], json.dumps({'id': 1, 'text': text}).encode())
            self.assertIn(b'not for', r.stderr)

    def test_speaker_ranker_learns_from_the_rule_quotes(self):
        if not os.path.isdir(QUOTES):
            self.skipTest('quote corpus missing')
        with tempfile.TemporaryDirectory() as d:
            ranked = self.train(d, 'q.qqm', 1)
            m = re.search(rb'speaker options: (\d+) rule quotes matched, (\d+) with the annotated speaker', self.stderr)
            self.assertIsNotNone(m, self.stderr)
            matched, covered = int(m.group(1)), int(m.group(2))
            self.assertGreater(matched, 20)
            self.assertTrue(0 < covered <= matched)
            plain = self.train(d, 'n.qqm', 1, ['--no-speaker-ranker'])
            self.assertNotIn(b'speaker options', self.stderr)
            self.assertLess(len(plain), len(ranked))

    def test_cross_validation_writes_every_article(self):
        if not os.path.isdir(QUOTES):
            self.skipTest('quote corpus missing')
        with tempfile.TemporaryDirectory() as d:
            pred = os.path.join(d, 'pred.jsonl')
            r = run(['train-quotes', '--lang', 'de', '--data', QUOTES, '--max-articles', '12', '--epochs', '1',
                     '--folds', '3', '--predictions', pred])
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(pred, encoding='utf-8') as f:
                lines = [json.loads(l) for l in f]
            self.assertEqual(len(lines), 12)
            self.assertTrue(all('quotes' in l['analysis'] for l in lines))


class BatchTest(unittest.TestCase):
    def test_round_trip_with_bad_lines(self):
        lines = [
            json.dumps({'id': 'a', 'text': 'Die Kanzlerin sagte, sie sei zufrieden.'}).encode(),
            b'{"id": "broken", "text": ',                      # malformed JSON
            json.dumps({'id': 7, 'title': 'no text'}).encode(),  # missing text
            b'{"id": "bad-utf8", "text": "abc\xff"}',           # invalid UTF-8
            b'',                                                # blank: skipped
            json.dumps({'id': 'b', 'text': 'The minister said the plan would work.', 'language': 'en'}).encode(),
            json.dumps({'id': 'c', 'text': 'x', 'language': 'xx'}).encode(),
            json.dumps([1, 2]).encode(),
        ]
        r = run(['batch'], b'\n'.join(lines) + b'\n')
        self.assertEqual(r.returncode, 0, r.stderr)
        out = [json.loads(l) for l in r.stdout.decode().splitlines()]
        self.assertEqual(len(out), 7)
        self.assertEqual([o.get('id') for o in out], ['a', None, 7, 'bad-utf8', 'b', 'c', None])
        self.assertEqual(out[0]['analysis']['version'], 1)
        self.assertEqual(out[1]['error']['code'], 'invalid_request')
        self.assertEqual(out[2]['error']['code'], 'invalid_request')
        self.assertEqual(out[3]['error']['code'], 'invalid_utf8')
        self.assertEqual(out[4]['analysis']['language'], 'en')
        self.assertEqual(out[5]['error']['code'], 'unsupported_language')
        self.assertEqual(out[6]['error']['code'], 'invalid_request')

    def test_order_kept_over_many_lines(self):
        lines = []
        for i in range(2000):
            if i % 7 == 3:
                lines.append(b'{"id": %d, "text": "bad \xc3"}' % i)
            elif i % 11 == 5:
                lines.append(b'not json %d' % i)
            else:
                lines.append(json.dumps({'id': i, 'text': f'Satz Nummer {i}. Er sagte, es sei gut.'}).encode())
        r = run(['batch'], b'\n'.join(lines))
        self.assertEqual(r.returncode, 0, r.stderr)
        out = [json.loads(l) for l in r.stdout.decode().splitlines()]
        self.assertEqual(len(out), 2000)
        for i, o in enumerate(out):
            if i % 11 == 5 and i % 7 != 3:
                self.assertIsNone(o['id'])
                self.assertEqual(o['error']['code'], 'invalid_request')
            else:
                self.assertEqual(o['id'], i)
                self.assertEqual('error' in o, i % 7 == 3)

    def test_lone_surrogate_escapes_read_as_replacement_character(self):
        # JSON.stringify('a\ud800 b') writes the escape; offsets stay JavaScript's.
        r = run(['batch'], b'{"id":1,"text":"Er sagte \\ud800 nichts. \\ud83d\\ude00 Gut."}\n')
        out = json.loads(r.stdout)
        self.assertEqual(out['id'], 1)
        self.assertEqual(out['analysis']['stats']['characters'], 26)
        self.assertEqual(len(out['analysis']['sentences']), 2)

    def test_crlf_lines(self):
        r = run(['batch'], b'{"id":1,"text":"Eins."}\r\n{"id":2,"text":"Zwei."}\r\n')
        out = [json.loads(l) for l in r.stdout.decode().splitlines()]
        self.assertEqual([o['id'] for o in out], [1, 2])



def mixed_lines():
    """Lines for the --jobs tests: texts in several languages (so that models
    load lazily while other threads analyse), bad lines of every kind, long
    and short texts in turn (so that answers finish out of order)."""
    texts = []
    samples = os.path.dirname(SAMPLE)
    if os.path.exists(SAMPLE):
        with open(SAMPLE, encoding='utf-8') as f:
            texts.append(f.read())
    fr = os.path.join(samples, 'real', 'fr-wikinews-2005-sentences.txt')
    if os.path.exists(fr):
        with open(fr, encoding='utf-8') as f:
            sentences = f.read().splitlines()
        texts += ['\n'.join(sentences[i:i + 15]) for i in range(0, min(len(sentences), 150), 15)]
    texts += ['Die Kanzlerin sagte, sie sei zufrieden.', 'The minister said the plan would work.',
              '«Oui», dit-il.', 'Il ministro ha detto che il piano funzionerà.', 'El presidente dijo: «Sí».',
              'De minister zei dat het plan werkt.', 'O ministro disse que o plano funciona.']
    lines = []
    for i in range(400):
        if i % 13 == 4:
            lines.append(b'{"id": %d, "text": "bad \xc3"}' % i)
        elif i % 17 == 6:
            lines.append(b'not json %d' % i)
        elif i % 19 == 7:
            lines.append(json.dumps({'id': i, 'text': 'x', 'language': 'xx'}).encode())
        else:
            lines.append(json.dumps({'id': i, 'text': texts[i % len(texts)]}, ensure_ascii=False).encode())
    return b'\n'.join(lines) + b'\n'


class BatchJobsTest(unittest.TestCase):
    def test_jobs_give_the_same_bytes_in_input_order(self):
        data = mixed_lines()
        one = run(['batch', '--jobs', '1'], data)
        self.assertEqual(one.returncode, 0, one.stderr)
        self.assertEqual(len(one.stdout.splitlines()), 400)
        ids = [json.loads(l).get('id') for l in one.stdout.splitlines()]
        self.assertEqual([i for i in ids if i is not None], [i for i in range(400) if i % 17 != 6 or i % 13 == 4])
        for jobs in (['--jobs', '2'], ['--jobs', '3'], ['-j', '8'], []):
            r = run(['batch'] + jobs, data)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout, one.stdout, f'batch {jobs} differs from --jobs 1')
        self.assertEqual(one.stderr, b'')  # no progress when stderr is not a terminal

    def test_jobs_usage_errors(self):
        for bad in (['--jobs', '0'], ['--jobs', 'two'], ['--jobs', '2x'], ['--jobs', '-1'], ['--jobs', '5000'],
                    ['--jobs'], ['--encoding', 'auto']):
            r = run(['batch'] + bad, b'{"id":1,"text":"Eins."}\n')
            self.assertEqual(r.returncode, 2, bad)
            self.assertEqual(r.stdout, b'')
        self.assertEqual(run(['analyze', '-', '--jobs', '2'], b'Eins.').returncode, 2)

    def test_memory_stays_bounded_when_reading_outpaces_the_workers(self):
        # 200 lines of 1 MB that each take the JSON parser a while: a reader
        # that did not wait for the window would hold all 200 MB at once.
        pad = 'x' * (1 << 20)
        env = dict(os.environ, ASAN_OPTIONS='quarantine_size_mb=0:' + os.environ.get('ASAN_OPTIONS', ''))
        proc = subprocess.Popen([QUELLE, 'batch', '--jobs', '2'], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        out = []
        reader = threading.Thread(target=lambda: out.append(proc.stdout.read()))
        reader.start()
        for i in range(200):
            proc.stdin.write(('{"id":%d,"text":%d,"pad":"%s"}\n' % (i, i, pad)).encode())
        proc.stdin.close()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        reader.join()
        proc.stdout.close()
        self.assertEqual(proc.returncode, 0)
        lines = out[0].splitlines()
        self.assertEqual([json.loads(l)['id'] for l in lines], list(range(200)))
        print(f'peak RSS {usage.ru_maxrss // 1024} MB', file=sys.stderr)
        self.assertLess(usage.ru_maxrss, 120 * 1024, 'peak RSS in KB')


def utf8_analysis(text, *extra):
    r = run(['analyze', '-'] + list(extra), text.encode('utf-8'))
    assert r.returncode == 0, r.stderr
    return r.stdout


class EncodingTest(unittest.TestCase):
    GERMAN = ('Der Bürgermeister von Köln, Jürgen Roters, sagte: „Wir müssen größer denken.“ '
              'Außerdem erklärte er, die Straßenbahn sei zu teuer – 5 € pro Fahrt.\n')

    def analyze_bytes(self, data, *args):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, 'article.txt')
            with open(path, 'wb') as f:
                f.write(data)
            return run(['analyze', path] + list(args)), path

    def test_windows_1252_german_with_low_and_high_quotes(self):
        data = self.GERMAN.encode('cp1252')
        self.assertIn(b'\x84', data)
        self.assertIn(b'\x93', data)
        expected = utf8_analysis(self.GERMAN)
        self.assertIn('„Wir müssen größer denken.“', [q['text'] for q in json.loads(expected)['quotes']])
        for enc in ('auto', 'windows-1252', 'cp1252'):
            r, path = self.analyze_bytes(data, '--encoding', enc)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout, expected, enc)
            if enc == 'auto':
                self.assertEqual(r.stderr.decode(), f"quelle: '{path}': read as windows-1252 (detected)\n")

    def test_iso_8859_1(self):
        text = self.GERMAN.replace('„', '"').replace('“', '"').replace('–', '-').replace('€', 'EUR')
        expected = utf8_analysis(text)
        for enc in ('auto', 'iso-8859-1', 'latin1'):
            r, path = self.analyze_bytes(text.encode('latin-1'), '--encoding', enc)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout, expected, enc)
            # ucsdet says ISO-8859-1; windows-1252 reads the same letters.
            if enc == 'auto':
                self.assertIn(b'read as windows-1252 (detected)', r.stderr)

    def test_utf8_byte_order_mark_is_dropped(self):
        expected = utf8_analysis(self.GERMAN)
        for args in ([], ['--encoding', 'auto'], ['--encoding', 'utf-8']):
            r, _ = self.analyze_bytes(b'\xef\xbb\xbf' + self.GERMAN.encode('utf-8'), *args)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout, expected, args)
        r, _ = self.analyze_bytes(b'\xff\xfe' + self.GERMAN.encode('utf-16-le'), '--encoding', 'auto')
        self.assertEqual(r.stdout, expected, 'UTF-16LE with its byte order mark')

    def test_valid_utf8_is_never_misread(self):
        # ICU's detector alone rates these bytes windows-1252 (81) above
        # UTF-8 (80), and they are valid windows-1252 too ("MÃ¼ller").
        text = 'Der Müller sagte, das Öl sei teuer.\n'
        self.assertEqual(text.encode('utf-8').decode('cp1252'), 'Der MÃ¼ller sagte, das Ã–l sei teuer.\n')
        r, _ = self.analyze_bytes(text.encode('utf-8'), '--encoding', 'auto')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, b'')  # UTF-8 is no guess
        self.assertEqual(r.stdout, utf8_analysis(text))
        self.assertIn('Müller', json.loads(r.stdout)['entities'][0]['name'])

    def test_unknown_and_wrong_encodings(self):
        data = self.GERMAN.encode('cp1252')
        r, path = self.analyze_bytes(data, '--encoding', 'klingon-7')
        self.assertEqual(r.returncode, 2)
        self.assertIn(path.encode() + b"': unknown encoding 'klingon-7'", r.stderr)
        r, path = self.analyze_bytes(data)  # the default is UTF-8
        self.assertEqual(r.returncode, 1)
        self.assertIn(path.encode(), r.stderr)
        self.assertIn(b'invalid_utf8', r.stderr)
        r, path = self.analyze_bytes(data, '--encoding', 'us-ascii')
        self.assertEqual(r.returncode, 1)
        self.assertIn(path.encode() + b"': not valid us-ascii", r.stderr)
        self.assertEqual(r.stdout, b'')

    def test_undetectable_bytes_name_the_file(self):
        r, path = self.analyze_bytes(bytes(range(256)) * 4, '--encoding', 'auto')
        self.assertEqual(r.returncode, 1)
        self.assertIn(path.encode(), r.stderr)
        self.assertIn(b'cannot tell its encoding', r.stderr)
        r = run(['analyze', '--encoding', 'auto'], bytes(range(256)))
        self.assertEqual(r.returncode, 1)
        self.assertIn(b'standard input', r.stderr)


class ReportTest(unittest.TestCase):
    LINES = [
        {'id': 'a', 'outlet': 'Daily', 'date': '2026-12-01', 'text': '"We will win," Angela Merkel said. She said the vote would come soon.'},
        {'id': 'b', 'outlet': 'Weekly', 'text': '"Never," said Angela Merkel on Monday.'},
        {'id': 'c', 'outlet': 'Daily', 'text': 5},
    ]

    def batch(self):
        r = run(['batch', '--language', 'en'], '\n'.join(json.dumps(l) for l in self.LINES).encode() + b'\n')
        self.assertEqual(r.returncode, 0, r.stderr)
        return r.stdout

    def test_batch_passes_outlet_and_date_through_after_the_id(self):
        lines = self.batch().decode().splitlines()
        self.assertTrue(lines[0].startswith('{"id":"a","outlet":"Daily","date":"2026-12-01","analysis":{'), lines[0][:80])
        self.assertTrue(lines[1].startswith('{"id":"b","outlet":"Weekly","analysis":{'), lines[1][:80])
        self.assertTrue(lines[2].startswith('{"id":"c","outlet":"Daily","error":{'), lines[2][:80])

    def test_report_merges_speakers_and_names_errors(self):
        out = self.batch() + b'not a record\n'
        r = run(['report', '--top', '3'], out)
        self.assertEqual(r.returncode, 0, r.stderr)
        rep = json.loads(r.stdout)
        self.assertEqual((rep['articles'], rep['analysed'], rep['failed']), (4, 2, 2))
        merkel = [s for s in rep['speakers'] if s['name'] == 'Angela Merkel']
        self.assertEqual(len(merkel), 1)
        self.assertEqual(merkel[0]['articles'], 2)
        self.assertEqual(sum(rep['types'].values()), rep['quotes'])
        self.assertEqual([(o['outlet'], o['articles']) for o in rep['outlets']], [('Daily', 1), ('Weekly', 1)])
        self.assertEqual(sorted(e['code'] for e in rep['errors']), ['invalid_request', 'invalid_request'])
        self.assertTrue(any('line 4' in e['message'] for e in rep['errors']))
        self.assertLessEqual(len(rep['entities']), 3)

    def test_report_file_articles_and_usage(self):
        with tempfile.NamedTemporaryFile(suffix='.jsonl') as f:
            f.write(self.batch())
            f.flush()
            r = run(['report', f.name, '--articles'])
            self.assertEqual(r.returncode, 0, r.stderr)
            lines = r.stdout.decode().splitlines()
            self.assertEqual(len(lines), 4)  # three summaries, then the report
            self.assertEqual(json.loads(lines[0])['id'], 'a')
            self.assertIn('error', json.loads(lines[2]))
            self.assertEqual(json.loads(lines[3])['articles'], 3)
        self.assertEqual(run(['report', '--bogus']).returncode, 2)
        self.assertEqual(run(['report', '/nonexistent/x.jsonl']).returncode, 1)
        self.assertIn(b'quelle report', run(['--help']).stdout)


if __name__ == '__main__':
    QUELLE = os.path.abspath(sys.argv[1])
    SAMPLE = os.path.join(sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '../../../shared/samples'),
                          'de-dpa-alibaba-cebit.txt')
    unittest.main(argv=[sys.argv[0], '-v'])
