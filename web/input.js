// @ts-check
/**
 * Getting text into the page: opened or dropped files (.txt, .md, .html).
 * HTML is parsed into an inert document (DOMParser: no scripts run, nothing
 * loads) and reduced to its text, one paragraph per block element; scripts,
 * styles and other non-text elements are dropped. Markdown loses its markup.
 */
import { t } from './i18n.js';

/** Files the page accepts, for the file picker. */
export const ACCEPT = '.txt,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html';

/** Largest file the page reads (bytes). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH',
  'CANVAS', 'HEAD', 'TITLE', 'META', 'LINK', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'NAV', 'FORM', 'AUDIO', 'VIDEO']);
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL', 'BODY', 'CAPTION', 'DETAILS', 'SUMMARY']);

/**
 * Reduces an HTML document to plain text with paragraphs separated by a blank line.
 * @param {string} html
 * @returns {string}
 */
export function htmlToText(html) {
  // Before parsing: drop script and style blocks and every attribute (keeping
  // only "hidden"), so the parser never even meets an inline style or event
  // handler (the CSP would block them, but would log each one).
  const cleaned = html
    .replace(/<(script|style|template|noscript|svg|math|iframe|object|textarea)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<([a-zA-Z][^\s/>]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g,
      (_, tag, attrs) => `<${tag}${/(^|\s)(hidden\b|aria-hidden\s*=\s*["']?true)/i.test(attrs) ? ' hidden' : ''}>`);
  const doc = new DOMParser().parseFromString(cleaned, 'text/html');
  /** @type {string[]} */
  const paragraphs = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/[ \t\f\v\u00a0]+/g, ' ').replace(/ *\n */g, '\n').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  /** @param {Node} node */
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        current += (child.nodeValue ?? '').replace(/\s+/g, ' ');
      } else if (child instanceof Element) {
        const tag = child.tagName.toUpperCase();
        if (DROPPED.has(tag) || child.getAttribute('hidden') !== null || child.getAttribute('aria-hidden') === 'true') continue;
        if (tag === 'BR') { current += '\n'; continue; }
        const block = BLOCKS.has(tag);
        if (block) flush();
        if (tag === 'TD' || tag === 'TH') current += ' ';
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(doc.body ?? doc.documentElement);
  flush();
  return paragraphs.join('\n\n');
}

/**
 * Strips Markdown markup, keeping the text and its paragraphs.
 * @param {string} md
 * @returns {string}
 */
export function markdownToText(md) {
  return md
    .replace(/\r\n?/g, '\n')
    .replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '')         // fenced code
    .replace(/^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/gm, '$2')       // headings
    .replace(/^ {0,3}>\s?/gm, '')                               // block quotes
    .replace(/^ {0,3}([-*_])( *\1){2,} *$/gm, '')               // rules
    .replace(/^(\s*)(?:[-*+]|\d+[.)])\s+/gm, '$1')              // list markers
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')                   // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')                    // links
    .replace(/<\/?[a-zA-Z][^>\n]*>/g, '')                       // inline HTML tags
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')            // bold
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2') // italic *
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2')     // italic _
    .replace(/`([^`\n]+)`/g, '$1')                              // code
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Which kind of file this is, from its name and type.
 * @param {{name: string, type: string}} file
 * @returns {'html' | 'markdown' | 'text' | null}
 */
export function fileKind(file) {
  const name = file.name.toLowerCase();
  if (/\.(x?html?)$/.test(name) || file.type === 'text/html' || file.type === 'application/xhtml+xml') return 'html';
  if (/\.(md|markdown)$/.test(name) || file.type === 'text/markdown') return 'markdown';
  if (/\.txt$/.test(name) || file.type.startsWith('text/') || file.type === '') return 'text';
  return null;
}

/**
 * Reads a file as text in the page's format; its errors are messages for
 * the reader, in the page language.
 * @param {File} file
 * @returns {Promise<string>}
 */
export async function readFile(file) {
  const kind = fileKind(file);
  if (!kind) throw new Error(t('file.notSupported', { name: file.name }));
  if (file.size > MAX_FILE_BYTES) throw new Error(t('file.tooLarge', { name: file.name, mb: MAX_FILE_BYTES / 1024 / 1024 }));
  const raw = await file.text();
  const text = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  if (kind === 'html') return htmlToText(text);
  if (kind === 'markdown') return markdownToText(text);
  return text;
}

/**
 * Makes the whole page a drop target for files.
 * @param {HTMLElement} overlay shown while a file is dragged over the page
 * @param {(file: File) => void} onFile
 * @param {(data: DataTransfer) => boolean} [onDrop] sees the drop first (during the event, while
 *   its items can still be read) and returns true when it takes it (the corpus view takes many files)
 */
export function setupDrop(overlay, onFile, onDrop) {
  let depth = 0;
  /** @param {DragEvent} e */
  const hasFiles = (e) => !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files');
  document.addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth++;
    overlay.hidden = false;
  });
  document.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('dragleave', (e) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  document.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    if (onDrop && e.dataTransfer && onDrop(e.dataTransfer)) return;
    const file = e.dataTransfer?.files[0];
    if (file) onFile(file);
  });
}
