// The libraries people would otherwise use, run on the same texts in the
// same process: compromise (people/places/organizations/quotations) and
// wink-nlp with its English web model (entities). Versions: package-lock.json.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Some packages do not export their package.json: read it from node_modules.
const versionOf = (name) =>
  JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;

export function loadPeers() {
  const peers = {};
  const nlp = require('compromise');
  peers.compromise = {
    version: versionOf('compromise'),
    run: (text) => {
      const doc = nlp(text);
      return doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
    },
  };
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  peers['wink-nlp'] = {
    version: versionOf('wink-nlp'),
    run: (text) => wink.readDoc(text).entities().length(),
  };
  return peers;
}
