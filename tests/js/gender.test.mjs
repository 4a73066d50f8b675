// Gender (issue #22) through the JavaScript API, and the share of voice that
// web/model.js counts for the page (and for a later corpus view).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';

import { loadEngine, root } from './helpers.mjs';

const q = await loadEngine();
const model = await import(join(root, 'web/model.js'));

test('every person has gender and genderEvidence, in UTF-16 units; other entities have neither', () => {
  const text = '😀 Bundeskanzlerin Angela Merkel sagte: „Wir schaffen das.“ Herr Schmidt widersprach der Deutschen Bank.';
  const a = q.analyze(text, { language: 'de' });
  const persons = a.entities.filter((e) => e.type === 'PER');
  assert.ok(persons.length >= 2, JSON.stringify(a.entities.map((e) => e.name)));
  for (const e of a.entities) {
    if (e.type !== 'PER') {
      assert.equal(e.gender, undefined);
      assert.equal(e.genderEvidence, undefined);
      continue;
    }
    assert.ok(['female', 'male', 'unknown'].includes(e.gender));
    if (e.gender === 'unknown') {
      assert.equal(e.genderEvidence, null);
    } else {
      assert.equal(text.slice(e.genderEvidence.start, e.genderEvidence.end), e.genderEvidence.text);
      assert.ok(['pronoun', 'role', 'honorific', 'name'].includes(e.genderEvidence.basis));
    }
  }
  const merkel = persons.find((e) => e.name === 'Angela Merkel');
  assert.deepEqual(merkel?.genderEvidence, { start: 3, end: 18, text: 'Bundeskanzlerin', basis: 'role' });
  assert.equal(merkel?.gender, 'female');
  const schmidt = persons.find((e) => /Schmidt/.test(e.name));
  assert.equal(schmidt?.gender, 'male');
  assert.equal(schmidt?.genderEvidence?.basis, 'honorific');
});

/** A hand-made analysis: three persons of each gender class, an organisation, and a quote with no speaker. */
function fixture() {
  const text = 'Eins zwei drei. Vier fünf. Sechs. Sieben acht. Neun.';
  const quote = (id, start, end, entity) => ({
    id, type: 'direct', start, end, text: text.slice(start, end), spans: [{ start, end }],
    speaker: entity === undefined ? null : { entity, start: 0, end: 1, text: 'E' }, cue: null,
  });
  const entity = (id, type, gender) => ({
    id, type, name: `E${id}`, mentions: [], roles: [], salience: 0,
    ...(type === 'PER' ? { gender, genderEvidence: null } : {}),
  });
  return {
    text,
    analysis: {
      version: 1, language: 'de', languageConfidence: 1, languageGiven: true, paragraphs: [], sentences: [],
      entities: [entity(0, 'PER', 'female'), entity(1, 'PER', 'male'), entity(2, 'PER', 'unknown'), entity(3, 'ORG')],
      quotes: [quote(0, 0, 15, 0), quote(1, 16, 26, 1), quote(2, 27, 33, 1), quote(3, 34, 46, 2), quote(4, 47, 52, 3),
        quote(5, 0, 4)],
      stats: { characters: text.length, tokens: 0, sentences: 0, paragraphs: 0, entities: 4, quotes: 6 },
    },
  };
}

test('genderShare counts the quotes and quoted words of female, male and unknown persons', () => {
  const { text, analysis } = fixture();
  const s = model.genderShare(analysis, text);
  assert.deepEqual(s.female, { quotes: 1, words: 3, share: 3 / 8 });
  assert.deepEqual(s.male, { quotes: 2, words: 3, share: 3 / 8 });
  assert.deepEqual(s.unknown, { quotes: 1, words: 2, share: 2 / 8 });
  assert.deepEqual(s.persons, { quotes: 4, words: 8 });
  assert.deepEqual(s.others, { quotes: 2, words: 2 }, 'the organisation and the quote without speaker');
  const twice = model.addGenderShares([s, s]);
  assert.equal(twice.female.quotes, 2);
  assert.equal(twice.persons.words, 16);
  assert.equal(twice.male.share, 3 / 8);
});

test('withoutGender drops the gender fields and nothing else', () => {
  const { analysis } = fixture();
  const bare = model.withoutGender(analysis);
  assert.ok(bare.entities.every((e) => !('gender' in e) && !('genderEvidence' in e)));
  assert.deepEqual(bare.quotes, analysis.quotes);
  assert.equal(analysis.entities[0].gender, 'female', 'the original is left alone');
  const s = model.genderShare(bare, fixture().text);
  assert.equal(s.unknown.quotes, 4, 'without gender every person counts as unknown');
});
