// @ts-check
/**
 * Exports: the analysis as JSON (exactly what the engine returned), the
 * quotes as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs detect the
 * encoding) and a Markdown summary for the clipboard.
 */
import {
  entityIndex, speakerName, speakers, quoteText, genderShare, ENTITY_TYPES, ENTITY_TYPE_NAMES, QUOTE_TYPE_NAMES,
  LANGUAGE_NAMES, GENDERS, GENDER_NAMES,
} from './model.js';

/** @typedef {import('./engine/quelle.js').Analysis} Analysis */

/** @param {Analysis} analysis */
export function toJSON(analysis) {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

export const CSV_COLUMNS = Object.freeze(['quote_id', 'speaker', 'speaker_entity_id', 'entity_type', 'quote', 'type',
  'cue', 'start', 'end', 'speaker_start', 'speaker_end', 'cue_start', 'cue_end']);

/**
 * One CSV field. Fields that a spreadsheet would run as a formula (leading
 * = + @ or a control character) get a leading apostrophe.
 * @param {string | number | null | undefined} value
 */
export function csvField(value) {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The quotes as CSV, one row per quote.
 * @param {Analysis} analysis
 * @param {string} text the analysed text
 */
export function toCSV(analysis, text) {
  const entities = entityIndex(analysis);
  const rows = [CSV_COLUMNS.join(',')];
  for (const q of analysis.quotes) {
    const entity = q.speaker && q.speaker.entity !== null ? entities.get(q.speaker.entity) : undefined;
    rows.push([
      q.id, speakerName(q, entities), q.speaker?.entity ?? null, entity?.type ?? '', quoteText(q, text), q.type,
      q.cue ? quoteText(q.cue, text) : '', q.start, q.end, q.speaker?.start ?? null, q.speaker?.end ?? null, q.cue?.start ?? null, q.cue?.end ?? null,
    ].map(csvField).join(','));
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

/** @param {string} s */
function mdCell(s) {
  return s.replace(/\s+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();
}

/** @param {string} s */
function mdInline(s) {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1').trim();
}

/**
 * A readable Markdown summary: speakers, quotes, entities.
 * @param {Analysis} analysis
 * @param {string} text the analysed text
 */
export function toMarkdown(analysis, text) {
  const entities = entityIndex(analysis);
  const lines = ['# Quelle analysis', ''];
  const language = LANGUAGE_NAMES[analysis.language] ?? analysis.language;
  lines.push(`Language: ${language} · ${analysis.stats.sentences} sentences · ${analysis.entities.length} entities · ${analysis.quotes.length} quotes`, '');
  const groups = speakers(analysis, text);
  if (groups.length) {
    lines.push('## Speakers', '', '| Speaker | Type | Quotes | Direct | Reported | Share of quoted words |', '| --- | --- | ---: | ---: | ---: | ---: |');
    for (const g of groups) {
      lines.push(`| ${mdCell(g.name)} | ${g.entity?.type ?? ''} | ${g.quotes.length} | ${g.direct} | ${g.reported} | ${Math.round(g.share * 100)} % |`);
    }
    lines.push('');
  }
  // Share of voice by gender, unless the page hides gender (the analysis
  // then has no gender fields).
  const share = genderShare(analysis, text);
  if (share.persons.quotes && analysis.entities.some((e) => e.gender !== undefined)) {
    lines.push('## Share of voice by gender', '', '| Speakers | Quotes | Share of quoted words |', '| --- | ---: | ---: |');
    for (const g of GENDERS) lines.push(`| ${GENDER_NAMES[g]} | ${share[g].quotes} | ${Math.round(share[g].share * 100)} % |`);
    lines.push('', `Quotes by persons only (${share.persons.quotes}; ${share.others.quotes} others). Gender as the text gives it, not anyone’s identity.`, '');
  }
  if (analysis.quotes.length) {
    lines.push('## Quotes', '');
    for (const q of analysis.quotes) {
      const who = speakerName(q, entities) || 'unattributed';
      const cue = q.cue ? `, cue “${mdInline(quoteText(q.cue, text))}”` : '';
      lines.push(`> ${mdInline(quoteText(q, text))}`, '', `— **${mdInline(who)}** (${QUOTE_TYPE_NAMES[q.type] ?? q.type}${cue})`, '');
    }
  }
  if (analysis.entities.length) {
    lines.push('## Entities', '', '| Entity | Type | Mentions | Roles |', '| --- | --- | ---: | --- |');
    const sorted = [...analysis.entities].sort((a, b) => ENTITY_TYPES.indexOf(/** @type {any} */ (a.type)) - ENTITY_TYPES.indexOf(/** @type {any} */ (b.type))
      || b.mentions.length - a.mentions.length);
    for (const e of sorted) {
      lines.push(`| ${mdCell(e.name)} | ${ENTITY_TYPE_NAMES[e.type] ?? e.type} | ${e.mentions.length} | ${mdCell((e.roles ?? []).join(', '))} |`);
    }
    lines.push('');
  }
  lines.push('_Analysed locally with Quelle._', '');
  return lines.join('\n');
}

/**
 * Offers a string (or a Blob: the corpus exports) as a file download.
 * @param {string | Blob} content
 * @param {string} filename
 * @param {string} type
 */
export function download(content, filename, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name stem with the date and time, e.g. quelle-2024-05-01-1432. */
export function fileStem() {
  const d = new Date();
  const p = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `quelle-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

/**
 * Copies text to the clipboard; false if the browser refused.
 * @param {string} text
 * @returns {Promise<boolean>}
 */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
