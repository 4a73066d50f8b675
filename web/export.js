// @ts-check
/**
 * Exports: the analysis as JSON (exactly what the engine returned), the
 * quotes as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs detect the
 * encoding) and a Markdown summary for the clipboard (in the page
 * language; the JSON and the CSV are data and stay as they are).
 */
import {
  entityIndex, speakerName, speakers, quoteText, genderShare, ENTITY_TYPES, GENDERS,
  entityTypeName, entityGroupName, quoteTypeName, languageName, genderName,
} from './model.js';
import { t, tn, fmt } from './i18n.js';

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
 * A readable Markdown summary in the page language: speakers, quotes,
 * entities. (The JSON and CSV exports are data: their keys and column
 * names stay as they are.)
 * @param {Analysis} analysis
 * @param {string} text the analysed text
 */
export function toMarkdown(analysis, text) {
  const entities = entityIndex(analysis);
  const lines = [`# ${t('md.title')}`, ''];
  lines.push(t('md.overview', {
    language: languageName(analysis.language), sentences: tn('count.sentences', analysis.stats.sentences),
    entities: tn('count.entities', analysis.entities.length), quotes: tn('count.quotes', analysis.quotes.length),
  }), '');
  const row = (/** @type {(string | number)[]} */ cells) => `| ${cells.join(' | ')} |`;
  const groups = speakers(analysis, text);
  if (groups.length) {
    lines.push(`## ${t('panel.speakers')}`, '',
      row([t('col.speaker'), t('col.type'), t('col.quotes'), t('col.direct'), t('col.others'), t('col.shareWords')]),
      '| --- | --- | ---: | ---: | ---: | ---: |');
    for (const g of groups) {
      lines.push(row([mdCell(g.name), g.entity ? entityTypeName(g.entity.type) : '', fmt(g.quotes.length), fmt(g.direct), fmt(g.reported),
        `${Math.round(g.share * 100)} %`]));
    }
    lines.push('');
  }
  // Share of voice by gender, unless the page hides gender (the analysis
  // then has no gender fields).
  const share = genderShare(analysis, text);
  if (share.persons.quotes && analysis.entities.some((e) => e.gender !== undefined)) {
    lines.push(`## ${t('corpus.genderHeading')}`, '', row([t('panel.speakers'), t('col.quotes'), t('col.shareWords')]), '| --- | ---: | ---: |');
    for (const g of GENDERS) lines.push(row([genderName(g), fmt(share[g].quotes), `${Math.round(share[g].share * 100)} %`]));
    lines.push('', t('md.genderNote', { persons: fmt(share.persons.quotes), others: fmt(share.others.quotes) }), '');
  }
  if (analysis.quotes.length) {
    lines.push(`## ${t('panel.quotes')}`, '');
    for (const q of analysis.quotes) {
      const who = speakerName(q, entities) || t('quote.unattributed');
      const cue = q.cue ? `, ${t('md.cue', { cue: mdInline(quoteText(q.cue, text)) })}` : '';
      lines.push(`> ${mdInline(quoteText(q, text))}`, '', `— **${mdInline(who)}** (${quoteTypeName(q.type)}${cue})`, '');
    }
  }
  if (analysis.entities.length) {
    lines.push(`## ${t('panel.entities')}`, '', row([t('col.entity'), t('col.type'), t('col.mentions'), t('col.roles')]), '| --- | --- | ---: | --- |');
    const sorted = [...analysis.entities].sort((a, b) => ENTITY_TYPES.indexOf(/** @type {any} */ (a.type)) - ENTITY_TYPES.indexOf(/** @type {any} */ (b.type))
      || b.mentions.length - a.mentions.length);
    for (const e of sorted) {
      lines.push(row([mdCell(e.name), entityGroupName(e.type), fmt(e.mentions.length), mdCell((e.roles ?? []).join(', '))]));
    }
    lines.push('');
  }
  lines.push(`_${t('md.footer')}_`, '');
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
