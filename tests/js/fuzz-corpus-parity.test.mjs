// Native and wasm agree on what the fuzzers found: every unit of the
// committed corpora of fuzz_analyze (language detected), fuzz_analyze_lang
// and fuzz_quotes (the first byte picks the language, as in the harnesses)
// goes through the native CLI (`quelle batch`, one process for all) and
// through the wasm package, and the JSON must be byte-identical. The units
// are odd texts by design: control characters, broken quote pairs, marks of
// every convention, words of the seven languages in any order.
//
// A unit that is not valid UTF-8 cannot reach the wasm package (a JS string
// is UTF-16): both get the text a UTF-8 decoder with U+FFFD for each
// ill-formed sequence makes of it (TextDecoder), and the native CLI must
// reject the raw bytes with invalid_utf8.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { loadEngine, nativeBinary, root } from './helpers.mjs';

const LANGUAGES = ['de', 'en', 'fr', 'es', 'it', 'nl', 'pt']; // quelle::kLanguages, in order
const strict = new TextDecoder('utf-8', { fatal: true });
const lossy = new TextDecoder('utf-8');

/** The units of tests/fuzz/corpus/<target>/ as {name, text, valid, language}. */
function units(target, languageByte) {
  const dir = join(root, 'tests/fuzz/corpus', target);
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    let bytes = readFileSync(join(dir, name));
    let language = '';
    if (languageByte) {
      // pick_language (tests/fuzz/fuzz_support.hpp): 252..255 pick none.
      if (bytes.length === 0 || bytes[0] >= 252) continue;
      language = LANGUAGES[bytes[0] % 7];
      bytes = bytes.subarray(1);
    }
    let text;
    let valid = true;
    try {
      text = strict.decode(bytes);
    } catch {
      text = lossy.decode(bytes);
      valid = false;
    }
    out.push({ name: `${target}/${name}`, text, valid, language, bytes });
  }
  return out;
}

/** The native analysis JSON of each unit, from one `quelle batch` run. */
function nativeBatch(all) {
  const input = all.map((u, id) => JSON.stringify(u.language ? { id, text: u.text, language: u.language } : { id, text: u.text })).join('\n') + '\n';
  const output = execFileSync(nativeBinary, ['batch'], { input, maxBuffer: 1 << 30 }).toString('utf8');
  const byId = new Map();
  for (const line of output.split('\n')) {
    if (line === '') continue;
    // {"id":N,"analysis":<the analysis JSON>}: the record around to_json_string.
    const m = /^\{"id":(\d+),"analysis":/.exec(line);
    assert.ok(m && line.endsWith('}'), `unexpected batch record: ${line.slice(0, 200)}`);
    byId.set(Number(m[1]), line.slice(m[0].length, -1));
  }
  return byId;
}

const all = [...units('analyze', false), ...units('analyze_lang', true), ...units('quotes', true)];

test('the committed fuzz corpora are there', () => {
  assert.ok(all.length >= 50, `only ${all.length} units under tests/fuzz/corpus/{analyze,analyze_lang,quotes}`);
});

test('native and wasm give byte-identical JSON for every unit of the fuzz corpora', async () => {
  const q = await loadEngine();
  const native = nativeBatch(all);
  let compared = 0;
  for (const [id, u] of all.entries()) {
    const wasm = q.analyzeJSON(u.text, u.language ? { language: u.language } : {});
    assert.ok(native.has(id), `${u.name}: no native analysis`);
    assert.equal(wasm, native.get(id), `${u.name} differs`);
    compared++;
  }
  assert.equal(compared, all.length);
});

test('the native CLI rejects the units that are not UTF-8', () => {
  const invalid = all.filter((u) => !u.valid);
  for (const u of invalid.slice(0, 20)) {
    let failed = false;
    try {
      execFileSync(nativeBinary, ['analyze', '-'], { input: u.bytes, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (e) {
      failed = true;
      assert.match(e.stderr.toString(), /invalid_utf8/, `${u.name}: ${e.stderr}`);
    }
    assert.ok(failed, `${u.name} is not UTF-8 but was analysed`);
  }
});
