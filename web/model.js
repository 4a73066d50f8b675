// @ts-check
/**
 * Views of an analysis that the panels, the article and the exports share:
 * speakers (quotes grouped by who said them), labels, word counts.
 * @typedef {import('./engine/quelle.js').Analysis} Analysis
 * @typedef {import('./engine/quelle.js').Quote} Quote
 * @typedef {import('./engine/quelle.js').Entity} Entity
 * @typedef {import('./engine/quelle.js').QuoteType} QuoteType
 * @typedef {import('./engine/quelle.js').EntityType} EntityType
 */

import { t, word } from './i18n.js';

export const ENTITY_TYPES = /** @type {const} */ (['PER', 'ORG', 'LOC', 'MISC']);
export const QUOTE_TYPES = /** @type {const} */ (['direct', 'mixed', 'indirect', 'reported', 'free_indirect']);
/** The genders the engine gives persons (what the text says: docs/models.md, "Gender"). */
export const GENDERS = /** @type {const} */ (['female', 'male', 'unknown']);

// The page's words for the analysis's codes, in the page language (strings.js).
/** "person", "Person" @param {string} type */
export const entityTypeName = (type) => word('entity', type);
/** "People", "Personen": a group of entities @param {string} type */
export const entityGroupName = (type) => word('entities', type);
/** "Direct", "Direkt" @param {string} type */
export const quoteTypeName = (type) => word('type', type);
/** "Direct quote", "Direktes Zitat" @param {string} type */
export const quoteName = (type) => word('quoteOf', type);
/** "German", "Deutsch" @param {string} code */
export const languageName = (code) => word('lang', code);
/** "Women", "Frauen": the persons of a gender @param {string} gender */
export const genderName = (gender) => word('gender', gender);
/** "female", "weiblich": a person's gender @param {string} gender */
export const genderWord = (gender) => word('genderOf', gender);

/** Direct speech (verbatim words) as opposed to reported speech. */
/** @param {string} type */
export function isDirect(type) {
  return type === 'direct' || type === 'mixed';
}

/**
 * Number of words in a string (letters and digits runs).
 * @param {string} s
 */
export function countWords(s) {
  const m = s.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

/**
 * The words of a quote: only its spans (a discontinuous quote leaves out the
 * narrator's words between them).
 * @param {Quote} quote
 * @param {string} text
 */
export function quoteWords(quote, text) {
  if (!quote.spans || quote.spans.length === 0) return countWords(quote.text);
  let n = 0;
  for (const span of quote.spans) n += countWords(text.slice(span.start, span.end));
  return n;
}

/**
 * The key that groups a quote by speaker: the entity if known, else the
 * speaker's words, else "unattributed".
 * @param {Quote} quote
 */
export function speakerKey(quote) {
  if (!quote.speaker) return 'none';
  if (quote.speaker.entity !== null && quote.speaker.entity !== undefined) return `e${quote.speaker.entity}`;
  return `t:${quote.speaker.text.toLowerCase()}`;
}

/**
 * @typedef {{key: string, name: string, entity: Entity | null, quotes: Quote[], words: number,
 *   direct: number, reported: number, share: number}} SpeakerGroup
 */

/**
 * Everyone quoted, most quoted words first; unattributed quotes last.
 * @param {Analysis} analysis
 * @param {string} text the analysed text
 * @returns {SpeakerGroup[]}
 */
export function speakers(analysis, text) {
  const entities = entityIndex(analysis);
  /** @type {Map<string, SpeakerGroup>} */
  const groups = new Map();
  let total = 0;
  for (const quote of analysis.quotes) {
    const key = speakerKey(quote);
    let group = groups.get(key);
    if (!group) {
      const entity = quote.speaker && quote.speaker.entity !== null ? entities.get(quote.speaker.entity) ?? null : null;
      const name = entity ? entity.name : quote.speaker ? quote.speaker.text : t('speakers.unattributed');
      group = { key, name, entity, quotes: [], words: 0, direct: 0, reported: 0, share: 0 };
      groups.set(key, group);
    }
    const words = quoteWords(quote, text);
    group.quotes.push(quote);
    group.words += words;
    total += words;
    if (isDirect(quote.type)) group.direct++;
    else group.reported++;
  }
  const list = [...groups.values()];
  for (const g of list) g.share = total > 0 ? g.words / total : 0;
  list.sort((a, b) => (a.key === 'none' ? 1 : 0) - (b.key === 'none' ? 1 : 0)
    || b.words - a.words || b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
  return list;
}

/**
 * @param {Analysis} analysis
 * @returns {Map<number, Entity>}
 */
export function entityIndex(analysis) {
  return new Map(analysis.entities.map((e) => [e.id, e]));
}

/**
 * The name shown for a quote's speaker.
 * @param {Quote} quote
 * @param {Map<number, Entity>} entities
 */
export function speakerName(quote, entities) {
  if (!quote.speaker) return '';
  const entity = quote.speaker.entity !== null ? entities.get(quote.speaker.entity) : undefined;
  return entity ? entity.name : quote.speaker.text;
}

/**
 * The text of a quote (or of a cue: "teilte … mit") as read: its spans
 * joined by " … " when discontinuous.
 * @param {{text: string, spans?: {start: number, end: number}[]}} quote
 * @param {string} text
 */
export function quoteText(quote, text) {
  if (!quote.spans || quote.spans.length <= 1 || !text) return quote.text;
  return quote.spans.map((s) => text.slice(s.start, s.end)).join(' … ');
}

/**
 * Shortens a string to about n characters at a word boundary.
 * @param {string} s
 * @param {number} n
 */
export function truncate(s, n) {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= n) return flat;
  const cut = flat.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return `${(space > n * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * @typedef {{quotes: number, words: number, share: number}} VoiceCount
 * @typedef {{female: VoiceCount, male: VoiceCount, unknown: VoiceCount,
 *   persons: {quotes: number, words: number}, others: {quotes: number, words: number}}} GenderShare
 */

/**
 * A share with every count at zero.
 * @returns {GenderShare}
 */
function emptyGenderShare() {
  return {
    female: { quotes: 0, words: 0, share: 0 },
    male: { quotes: 0, words: 0, share: 0 },
    unknown: { quotes: 0, words: 0, share: 0 },
    persons: { quotes: 0, words: 0 },
    others: { quotes: 0, words: 0 },
  };
}

/**
 * Share of voice by gender: the quotes, and the quoted words, of female,
 * male and unknown-gender speakers. Only quotes whose speaker is a person
 * (an entity of type PER) count; the rest (organisations, unresolved or no
 * speaker) are summed in `others`. `share` is the class's part of the
 * persons' quoted words. One function for every view that counts (the
 * article's panel, the Markdown export, a later corpus summary: sum the
 * counts of several analyses with addGenderShares).
 * @param {Analysis} analysis
 * @param {string} text the analysed text
 * @returns {GenderShare}
 */
export function genderShare(analysis, text) {
  const entities = entityIndex(analysis);
  const out = emptyGenderShare();
  for (const quote of analysis.quotes) {
    const id = quote.speaker ? quote.speaker.entity : null;
    const entity = id !== null && id !== undefined ? entities.get(id) : undefined;
    const words = quoteWords(quote, text);
    const bucket = entity && entity.type === 'PER' ? out.persons : out.others;
    bucket.quotes++;
    bucket.words += words;
    if (entity && entity.type === 'PER') {
      const g = out[entity.gender === 'female' || entity.gender === 'male' ? entity.gender : 'unknown'];
      g.quotes++;
      g.words += words;
    }
  }
  return withShares(out);
}

/**
 * The sum of several analyses' shares (for a corpus).
 * @param {GenderShare[]} shares
 * @returns {GenderShare}
 */
export function addGenderShares(shares) {
  const out = emptyGenderShare();
  for (const s of shares) {
    for (const k of /** @type {const} */ (['female', 'male', 'unknown', 'persons', 'others'])) {
      out[k].quotes += s[k].quotes;
      out[k].words += s[k].words;
    }
  }
  return withShares(out);
}

/** @param {GenderShare} s */
function withShares(s) {
  for (const g of GENDERS) s[g].share = s.persons.words > 0 ? s[g].words / s.persons.words : 0;
  return s;
}

/**
 * A copy of the analysis without the gender fields, for the JSON view and
 * the exports while the page hides gender.
 * @param {Analysis} analysis
 * @returns {Analysis}
 */
export function withoutGender(analysis) {
  return {
    ...analysis,
    entities: analysis.entities.map((e) => {
      const { gender, genderEvidence, ...rest } = e;
      return rest;
    }),
  };
}

/**
 * "female: from “Bundeskanzlerin” (role)", the tooltip of a gender chip, in
 * the page language.
 * @param {Entity} entity
 */
export function genderNote(entity) {
  const ev = entity.genderEvidence;
  if (!entity.gender || entity.gender === 'unknown' || !ev) return t('gender.noteUnknown');
  return t('gender.note', { gender: genderWord(entity.gender), text: ev.text, basis: word('basis', ev.basis) });
}
