// The libraries people would otherwise use, run on the same texts in the
// same process: compromise (people/places/organizations/quotations) and
// wink-nlp with its English web model (entities). Versions: package-lock.json.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function loadPeers() {
  const peers = {};
  const nlp = require('compromise');
  peers.compromise = {
    version: require('compromise/package.json').version,
    run: (text) => {
      const doc = nlp(text);
      return doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
    },
  };
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const wink = winkNLP(model);
  peers['wink-nlp'] = {
    version: require('wink-nlp/package.json').version,
    run: (text) => wink.readDoc(text).entities().length(),
  };
  return peers;
}
