// @ts-check
/**
 * CSV as RFC 4180 writes it: fields separated by commas, quoted with '"'
 * when they hold a comma, quote or line break ('""' for a quote inside).
 * The corpus mode reads article tables with it (a text column, optional
 * id, date and outlet columns).
 */
import { csvField } from './export.js';

/**
 * The rows of a CSV text, each an array of fields. A BOM is dropped; line
 * breaks may be CRLF, LF or CR; a last empty line is not a row.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCSV(text) {
  /** @type {string[][]} */
  const rows = [];
  /** @type {string[]} */
  let row = [];
  let field = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let fieldStarted = false;
  const n = text.length;
  const endField = () => { row.push(field); field = ''; fieldStarted = false; };
  const endRow = () => { endField(); rows.push(row); row = []; };
  while (i < n) {
    const c = text[i];
    if (quoted) {
      // Inside quotes everything is data up to the next lone '"'.
      const close = text.indexOf('"', i);
      if (close < 0) { field += text.slice(i); i = n; break; }
      field += text.slice(i, close);
      if (text[close + 1] === '"') { field += '"'; i = close + 2; } else { quoted = false; i = close + 1; }
      continue;
    }
    if (c === '"' && !fieldStarted && field === '') { quoted = true; fieldStarted = true; i++; continue; }
    if (c === ',') { endField(); i++; continue; }
    if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c;
    fieldStarted = true;
    i++;
  }
  if (fieldStarted || field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * The rows of a CSV text with a header line as objects keyed by the
 * header's names (lower case, trimmed).
 * @param {string} text
 * @returns {{header: string[], records: Record<string, string>[]}}
 */
export function parseCSVRecords(text) {
  const [head = [], ...rows] = parseCSV(text);
  const header = head.map((h) => h.trim().toLowerCase());
  const records = rows
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
  return { header, records };
}

/**
 * One CSV line (CRLF-terminated, as RFC 4180 says), each field written by
 * the single-article export's csvField (quoted when needed, formulas defused).
 * @param {(string | number | null | undefined)[]} fields
 */
export function csvLine(fields) {
  return `${fields.map(csvField).join(',')}\r\n`;
}
