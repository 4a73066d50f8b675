// Shared by the Node tests of the wasm package (build/wasm/).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const shared = process.env.QUELLE_SHARED ?? resolve(root, '../shared');
export const nativeBinary = join(root, 'build/native/quelle');

export async function loadEngine({ withModels = true } = {}) {
  const { createQuelle } = await import(join(root, 'build/wasm/quelle.js'));
  const q = await createQuelle();
  if (withModels) {
    // Every model the native CLI loads from models/: entities and quotes.
    for (const file of readdirSync(join(root, 'models'))) {
      const ner = /^ner-([a-z]{2})\.qnm$/.exec(file);
      const quotes = /^quotes-([a-z]{2})\.qqm$/.exec(file);
      if (ner) q.loadModel(ner[1], readFileSync(join(root, 'models', file)));
      if (quotes) q.loadQuoteModel(quotes[1], readFileSync(join(root, 'models', file)));
    }
  }
  return q;
}

/** The native CLI's JSON for `text` (no trailing newline). */
export function nativeJSON(text) {
  return execFileSync(nativeBinary, ['analyze', '-'], { input: Buffer.from(text, 'utf8'), maxBuffer: 1 << 28 })
    .toString('utf8')
    .replace(/\n$/, '');
}

/** Texts for comparisons: the German sample, edge cases, and corpus articles. */
export function sampleTexts() {
  const texts = [
    'Hallo Welt. 😀 Zweiter Satz mit 👩‍👩‍👧 und Cafe\u0301.\r\n„Das ist gut“, sagte sie.\rEnde.',
    '«Wir werden uns jeden Markt anschauen», sagte er. Er habe keine Angst, sagte Yu.',
    '"We will not back down," the senator said. According to officials, the plan failed.',
    '',
    '""',
    'Il a déclaré : « Nous sommes prêts. » Selon le ministre, la réforme est nécessaire.',
  ];
  const sample = join(shared, 'samples/de-dpa-alibaba-cebit.txt');
  if (existsSync(sample)) texts.push(readFileSync(sample, 'utf8'));
  for (const dir of ['data/quotes/de-wikinews/dev', 'data/quotes/en-polnear/dev']) {
    const full = join(shared, dir);
    if (!existsSync(full)) continue;
    for (const f of readdirSync(full).filter((n) => n.endsWith('.json')).sort().slice(0, 8)) {
      texts.push(JSON.parse(readFileSync(join(full, f), 'utf8')).originalText);
    }
  }
  return texts;
}
