// The benchmark's texts: the article texts of the two quote dev sets, and
// long texts made by concatenating them (for the cost-per-MB curve).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function articles(shared, dir) {
  const full = join(shared, dir);
  if (!existsSync(full)) throw new Error(`corpus not found: ${full} (../shared must be beside the repo)`);
  return readdirSync(full)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ id: f.slice(0, -5), text: JSON.parse(readFileSync(join(full, f), 'utf8')).originalText }));
}

/** A text of about `bytes` UTF-8 bytes, made of whole articles (repeated if needed). */
export function concatenated(texts, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    size += Buffer.byteLength(t) + 2;
  }
  return parts.join('\n\n');
}

export const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8');
