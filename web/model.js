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

/** @type {Record<string, string>} */
export const ENTITY_TYPE_NAMES = { PER: 'People', ORG: 'Organisations', LOC: 'Places', MISC: 'Other' };
/** @type {Record<string, string>} */
export const ENTITY_TYPE_SINGULAR = { PER: 'person', ORG: 'organisation', LOC: 'place', MISC: 'other' };
export const ENTITY_TYPES = /** @type {const} */ (['PER', 'ORG', 'LOC', 'MISC']);

/** @type {Record<string, string>} */
export const QUOTE_TYPE_NAMES = {
  direct: 'Direct', indirect: 'Indirect', mixed: 'Mixed', reported: 'Reported', free_indirect: 'Free indirect',
};
export const QUOTE_TYPES = /** @type {const} */ (['direct', 'mixed', 'indirect', 'reported', 'free_indirect']);

/** @type {Record<string, string>} */
export const LANGUAGE_NAMES = {
  de: 'German', en: 'English', fr: 'French', es: 'Spanish', it: 'Italian', nl: 'Dutch', pt: 'Portuguese',
};

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
      const name = entity ? entity.name : quote.speaker ? quote.speaker.text : 'Unattributed';
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
