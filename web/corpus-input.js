// @ts-check
/**
 * Many articles in: files, folders and archives turned into a list of
 * articles for the corpus mode. Every file the page cannot read becomes an
 * article with an error (named in the report), never the end of the run.
 *
 *   .txt .md .html       one article each (input.js reads Markdown and HTML)
 *   .jsonl .ndjson       one article per line, `quelle batch` input:
 *                        {"id", "text", "language"?, "outlet"?, "date"?}
 *   .csv                 one article per row: a `text` column, optional
 *                        `id`, `date`, `outlet`, `language`
 *   .zip                 each file inside as above (stored or deflated;
 *                        read with the browser's DecompressionStream)
 *
 * Bytes are decoded as UTF-8 when they are valid UTF-8, else as
 * windows-1252 (which the WHATWG Encoding standard also uses for
 * ISO-8859-1 labels), unless the user chose an encoding.
 *
 * Error messages are written in English (tEn): they are data, kept in the
 * exports and the report as `quelle report` keeps them; the view shows
 * them in the page language (i18n.js, localize).
 */
import { htmlToText, markdownToText } from './input.js';
import { parseCSVRecords } from './csv.js';
import { tEn } from './i18n.js';

/**
 * One article to analyse. `text` is set for rows of a table (read once
 * with their file) and loaded lazily for files; `reload` reads it again for
 * the single-article view after the run has dropped it.
 * @typedef {object} ArticleSource
 * @property {string} id
 * @property {string} name where it came from ("folder/a.txt", "table.csv row 3")
 * @property {number} bytes its size, for the progress (bytes of text, or of the file)
 * @property {string} [outlet]
 * @property {string} [date]
 * @property {string} [language]
 * @property {string} [text]
 * @property {string} [error] why it cannot be analysed (then nothing else is read)
 * @property {() => Promise<string>} reload
 */

/** A file with the path it had in a folder or archive. */
/** @typedef {{path: string, size: number, bytes: () => Promise<Uint8Array>}} InputFile */

/** Encodings the user can choose; 'auto' detects UTF-8, else windows-1252. */
export const ENCODINGS = /** @type {const} */ (['auto', 'utf-8', 'windows-1252', 'utf-16le']);

/** Largest single article file read (bytes), as in the single-article view. */
const MAX_ARTICLE_BYTES = 8 * 1024 * 1024;
/** Largest table or archive read (bytes). */
const MAX_CONTAINER_BYTES = 512 * 1024 * 1024;

/**
 * Decodes bytes: a BOM decides; else UTF-8 if they are valid UTF-8, else
 * windows-1252 (every byte is a character there, so it never fails).
 * @param {Uint8Array} bytes
 * @param {string} [encoding] one of ENCODINGS
 * @returns {{text: string, encoding: string}}
 */
export function decodeBytes(bytes, encoding = 'auto') {
  if (encoding !== 'auto') return { text: new TextDecoder(encoding).decode(bytes), encoding };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Whether decoded text looks like a binary file: NUL characters, or many
 * control characters other than line breaks and tabs.
 * @param {string} text
 */
function looksBinary(text) {
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f]/g);
  return !!controls && controls.length > sample.length / 100;
}

/**
 * @param {string} path
 * @returns {'text' | 'markdown' | 'html' | 'jsonl' | 'csv' | 'zip' | null}
 */
export function kindOf(path) {
  const m = /\.([a-z0-9]+)$/i.exec(path);
  const ext = m ? m[1].toLowerCase() : '';
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'csv') return 'csv';
  if (ext === 'zip') return 'zip';
  return null;
}

/** Files a folder or archive carries that are nobody's article (hidden files, macOS metadata). */
function ignored(/** @type {string} */ path) {
  return path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX') || /(^|\/)(Thumbs\.db|desktop\.ini)$/i.test(path);
}

/**
 * The text of one article file.
 * @param {Uint8Array} bytes
 * @param {'text' | 'markdown' | 'html'} kind
 * @param {string} encoding
 */
function articleText(bytes, kind, encoding) {
  const { text: raw } = decodeBytes(bytes, encoding);
  if (looksBinary(raw)) throw new Error(tEn('error.binary'));
  const text = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (kind === 'html') return htmlToText(text);
  if (kind === 'markdown') return markdownToText(text);
  return text;
}

/**
 * An article that cannot be analysed.
 * @param {string} id
 * @param {string} message
 * @returns {ArticleSource}
 */
function bad(id, message) {
  return { id, name: id, bytes: 0, error: message, reload: () => Promise.reject(new Error(message)) };
}

/** @param {unknown} v */
const optional = (v) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * The articles of a JSON Lines file in `quelle batch` input format.
 * @param {string} text
 * @param {InputFile} file
 * @param {string} encoding
 * @returns {ArticleSource[]}
 */
function jsonlArticles(text, file, encoding) {
  /** @type {ArticleSource[]} */
  const out = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const at = `${file.path}:${i + 1}`;
    let request;
    try { request = JSON.parse(line); } catch { out.push(bad(at, tEn('error.notJson'))); return; }
    if (!request || typeof request !== 'object' || typeof request.text !== 'string') {
      out.push(bad(request && request.id !== undefined ? String(request.id) : at, tEn('error.noTextField')));
      return;
    }
    const reload = () => file.bytes().then((b) => JSON.parse(decodeBytes(b, encoding).text.split(/\r?\n/)[i]).text);
    out.push({
      id: request.id === undefined || request.id === null ? at : String(request.id), name: at, bytes: request.text.length,
      outlet: optional(request.outlet), date: optional(request.date), language: optional(request.language), text: request.text, reload,
    });
  });
  return out;
}

/**
 * The articles of a CSV table with a `text` column.
 * @param {string} text
 * @param {InputFile} file
 * @param {string} encoding
 * @returns {ArticleSource[]}
 */
function csvArticles(text, file, encoding) {
  const { header, records } = parseCSVRecords(text);
  const column = header.includes('text') ? 'text' : header.includes('body') ? 'body' : header.includes('content') ? 'content' : '';
  if (!column) return [bad(file.path, tEn('error.noTextColumn'))];
  return records.map((r, i) => {
    const at = `${file.path} row ${i + 1}`;
    const body = r[column] ?? '';
    if (!body.trim()) return bad(optional(r.id) ?? at, tEn('error.emptyRow'));
    const reload = () => file.bytes().then((b) => parseCSVRecords(decodeBytes(b, encoding).text).records[i][column]);
    return {
      id: optional(r.id) ?? at, name: at, bytes: body.length, outlet: optional(r.outlet), date: optional(r.date),
      language: optional(r.language), text: body.replace(/\r\n?/g, '\n'), reload,
    };
  });
}

/**
 * The articles of one file (a table and an archive give many).
 * @param {InputFile} file
 * @param {string} encoding
 * @returns {Promise<ArticleSource[]>}
 */
export async function articlesOf(file, encoding) {
  const kind = kindOf(file.path);
  if (!kind) return [bad(file.path, tEn('error.kind'))];
  if (kind === 'zip' || kind === 'csv' || kind === 'jsonl') {
    if (file.size > MAX_CONTAINER_BYTES) return [bad(file.path, tEn('error.tooLarge', { mb: MAX_CONTAINER_BYTES / 1024 / 1024 }))];
    try {
      if (kind === 'zip') return await zipArticles(file, encoding);
      const { text } = decodeBytes(await file.bytes(), encoding);
      return kind === 'csv' ? csvArticles(text, file, encoding) : jsonlArticles(text, file, encoding);
    } catch (e) {
      return [bad(file.path, tEn('error.unreadable', { message: /** @type {Error} */ (e).message }))];
    }
  }
  if (file.size > MAX_ARTICLE_BYTES) return [bad(file.path, tEn('error.tooLarge', { mb: MAX_ARTICLE_BYTES / 1024 / 1024 }))];
  const load = () => file.bytes().then((b) => articleText(b, kind, encoding));
  return [{ id: file.path, name: file.path, bytes: file.size, reload: load }];
}

/**
 * Loads an article's text: a table row has it; a file is read now.
 * @param {ArticleSource} source
 */
export async function loadText(source) {
  const text = source.text ?? await source.reload();
  if (!text.trim()) throw new Error(tEn('error.noText'));
  return text;
}

// ---------------------------------------------------------------- zip

/**
 * The files of a zip archive (its central directory), each read when asked:
 * stored entries as they are, deflated ones through DecompressionStream
 * ('deflate-raw'), so that inflating runs in the browser's own code, off
 * the page's script. No ZIP64, no encryption (those entries are errors).
 * @param {InputFile} zip
 * @param {string} encoding
 * @returns {Promise<ArticleSource[]>}
 */
async function zipArticles(zip, encoding) {
  const all = await zip.bytes();
  const view = new DataView(all.buffer, all.byteOffset, all.byteLength);
  let end = -1;
  for (let i = all.length - 22; i >= Math.max(0, all.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) throw new Error(tEn('error.notZip'));
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  /** @type {ArticleSource[]} */
  const out = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > all.length || view.getUint32(at, true) !== 0x02014b50) throw new Error(tEn('error.brokenDirectory'));
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const nameBytes = all.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & 0x800) ? new TextDecoder().decode(nameBytes) : decodeBytes(nameBytes).text;
    at += 46 + skip;
    const path = `${zip.path}/${name}`;
    if (name.endsWith('/') || ignored(name)) continue;
    if (flags & 1) { out.push(bad(path, tEn('error.encrypted'))); continue; }
    if (method !== 0 && method !== 8) { out.push(bad(path, tEn('error.compression', { method }))); continue; }
    if (kindOf(name) === 'zip') { out.push(bad(path, tEn('error.nestedZip'))); continue; }
    const bytes = () => zipEntry(all, view, local, compressed, method);
    out.push(...await articlesOf({ path, size, bytes }, encoding));
  }
  return out;
}

/**
 * @param {Uint8Array} all
 * @param {DataView} view
 * @param {number} local offset of the entry's local header
 * @param {number} compressed
 * @param {number} method
 * @returns {Promise<Uint8Array>}
 */
async function zipEntry(all, view, local, compressed, method) {
  if (view.getUint32(local, true) !== 0x04034b50) throw new Error(tEn('error.brokenEntry'));
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = all.subarray(start, start + compressed);
  if (method === 0) return data;
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// ---------------------------------------------------------------- files and folders

/**
 * Files picked or dropped, with their paths (`webkitRelativePath` for a
 * picked folder).
 * @param {Iterable<File>} files
 * @returns {InputFile[]}
 */
export function inputFiles(files) {
  return [...files]
    .map((f) => ({ path: f.webkitRelativePath || f.name, size: f.size, bytes: () => f.arrayBuffer().then((b) => new Uint8Array(b)) }))
    .filter((f) => !ignored(f.path));
}

/**
 * The files of a drop, folders walked (FileSystemEntry API). A directory
 * reader gives its entries in batches (Chrome: at most 100 a call) and an
 * empty batch at the end, so each is read until that empty batch. Hidden
 * files and folders are skipped as the folder picker's are (inputFiles),
 * and a hidden folder (.git) is not even walked.
 * @param {DataTransfer} data
 * @returns {Promise<InputFile[]>}
 */
export async function droppedFiles(data) {
  // The entries must be taken while the drop event runs: the items are
  // empty once it has returned.
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.()).filter((e) => !!e);
  if (entries.length === 0) return inputFiles(data.files);
  /** @type {InputFile[]} */
  const files = [];
  /** @param {FileSystemEntry} entry */
  const walk = async (entry) => {
    if (ignored(entry.name)) return;
    if (entry.isFile) {
      /** @type {File} */
      const file = await new Promise((resolve, reject) => /** @type {FileSystemFileEntry} */ (entry).file(resolve, reject));
      files.push({ path: entry.fullPath.replace(/^\//, ''), size: file.size, bytes: () => file.arrayBuffer().then((b) => new Uint8Array(b)) });
      return;
    }
    if (!entry.isDirectory) return;
    const reader = /** @type {FileSystemDirectoryEntry} */ (entry).createReader();
    for (;;) {
      /** @type {FileSystemEntry[]} */
      const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child);
    }
  };
  for (const entry of entries) if (entry) await walk(entry);
  return files.filter((f) => !ignored(f.path));
}
