// @ts-check
/**
 * The page's own words in English or German (strings.js): the browser's
 * language decides (German when its first German-or-English preference is
 * German), a choice in the footer overrides it and is kept in this browser.
 *
 * Static words are marked in index.html: `data-i18n="key"` (the element's
 * text), `data-i18n-rich="key"` (text with `code` and [links](url), built
 * as elements, never as HTML), `data-i18n-label` (aria-label),
 * `data-i18n-title` (title), `data-i18n-placeholder` and
 * `data-i18n-content` (a meta element's content). The scripts ask t() and
 * tn() for the rest, and redraw what they show when the language changes
 * (app.js, onPageLanguage).
 *
 * Numbers are written the page language's way (1,234.5 or 1.234,5).
 */
import { STRINGS } from './strings.js';

const KEY = 'quelle.pageLanguage.v1';
export const PAGE_LANGUAGES = /** @type {const} */ (['en', 'de']);

/** @returns {'en' | 'de'} */
function fromBrowser() {
  // Outside a browser (the Node tests import model.js): English.
  if (typeof navigator === 'undefined') return 'en';
  for (const l of navigator.languages ?? [navigator.language]) {
    const code = l.slice(0, 2).toLowerCase();
    if (code === 'de' || code === 'en') return code;
  }
  return 'en';
}

/** @type {'en' | 'de'} */
let current = (() => {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'en' || saved === 'de') return saved;
  } catch { /* no storage: the browser's language */ }
  return fromBrowser();
})();

export function pageLanguage() {
  return current;
}

/**
 * @param {string} text
 * @param {Record<string, string | number>} fields
 */
function fill(text, fields) {
  return text.replace(/\{(\w+)\}/g, (_, name) => String(fields[name] ?? ''));
}

/**
 * A word of the page with its fields filled in: t('corpus.title'),
 * t('status.failed', {message}).
 * @param {string} key
 * @param {Record<string, string | number>} [fields]
 */
export function t(key, fields = {}) {
  return fill(STRINGS[current][key] ?? STRINGS.en[key] ?? key, fields);
}

/**
 * Whether the page has a word for this key (a type code of a newer engine
 * may have none: then the code is shown).
 * @param {string} key
 */
export function hasString(key) {
  return Object.hasOwn(STRINGS.en, key);
}

/**
 * The page's word for a code of the analysis under `prefix`
 * (word('type', 'direct') is "Direct", "Direkt"), or the code itself.
 * @param {string} prefix
 * @param {string} code
 */
export function word(prefix, code) {
  return hasString(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code;
}

/** @type {Map<string, Intl.PluralRules>} */
const pluralRules = new Map();

/**
 * A counted word: the key's `.one` or `.other` form (Intl.PluralRules of
 * the page language; German and English have only these two), with {n}
 * the number written the page's way: tn('count.quotes', 1) is "1 quote",
 * "1 Zitat"; tn('count.quotes', 1200) "1,200 quotes", "1.200 Zitate".
 * @param {string} key
 * @param {number} n
 * @param {Record<string, string | number>} [fields]
 */
export function tn(key, n, fields = {}) {
  let rules = pluralRules.get(current);
  if (!rules) pluralRules.set(current, rules = new Intl.PluralRules(current));
  const form = rules.select(n) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}`, { n: fmt(n), ...fields });
}

/**
 * A word in English whatever the page language: for messages that are
 * data too (a corpus article's error goes into the exports and the report,
 * as `quelle report` writes them); localize() translates them for display.
 * @param {string} key
 * @param {Record<string, string | number>} [fields]
 */
export function tEn(key, fields = {}) {
  return fill(STRINGS.en[key] ?? key, fields);
}

/** @type {{key: string, pattern: RegExp, names: string[]}[] | null} */
let englishPatterns = null;

/**
 * A message written by tEn() with a key under `prefix`, in the page
 * language (its fields translated too, for "cannot be read: not a zip
 * archive"); any other message (the engine's) as it is.
 * @param {string} message
 * @param {string} [prefix]
 * @returns {string}
 */
export function localize(message, prefix = 'error.') {
  if (current === 'en') return message;
  englishPatterns ??= Object.entries(STRINGS.en).filter(([key]) => key.startsWith(prefix)).map(([key, text]) => {
    const names = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const source = text.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.*)');
    return { key, pattern: new RegExp(`^${source}$`, 's'), names };
  });
  for (const { key, pattern, names } of englishPatterns) {
    const m = pattern.exec(message);
    if (!m) continue;
    return t(key, Object.fromEntries(names.map((name, i) => [name, localize(m[i + 1], prefix)])));
  }
  return message;
}

/**
 * A number written the page language's way.
 * @param {number} n
 * @param {number} [digits] fraction digits, exactly (default: as many as it has, at most 3)
 */
export function fmt(n, digits) {
  const options = digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits };
  return n.toLocaleString(current, options);
}

/**
 * Text with `code` and [links](url) from strings.js (the page's own words,
 * never the article's) as text nodes and elements.
 * @param {string} text
 * @returns {(Node | string)[]}
 */
export function richText(text) {
  /** @type {(Node | string)[]} */
  const out = [];
  let at = 0;
  for (const m of text.matchAll(/`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    const el = document.createElement(m[1] !== undefined ? 'code' : 'a');
    el.textContent = m[1] ?? m[2];
    if (el instanceof HTMLAnchorElement) el.href = m[3];
    out.push(el);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Marked attributes and the attribute each sets. */
const ATTRIBUTES = /** @type {const} */ ([
  ['data-i18n-label', 'aria-label'], ['data-i18n-title', 'title'], ['data-i18n-placeholder', 'placeholder'], ['data-i18n-content', 'content'],
]);

/** Writes the marked static words of the document in the current language. */
export function translateDocument() {
  document.documentElement.lang = current;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.getAttribute('data-i18n') ?? '');
  for (const el of document.querySelectorAll('[data-i18n-rich]')) el.replaceChildren(...richText(t(el.getAttribute('data-i18n-rich') ?? '')));
  for (const [marker, attribute] of ATTRIBUTES) {
    for (const el of document.querySelectorAll(`[${marker}]`)) el.setAttribute(attribute, t(el.getAttribute(marker) ?? ''));
  }
}

/**
 * Chooses the page's language (kept in this browser) and rewrites the static words.
 * @param {string} language
 */
export function setPageLanguage(language) {
  current = language === 'de' ? 'de' : 'en';
  try { localStorage.setItem(KEY, current); } catch { /* kept for this visit only */ }
  if (typeof document !== 'undefined') translateDocument();  // (none in the Node tests)
}
