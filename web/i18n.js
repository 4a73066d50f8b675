// @ts-check
/**
 * The page's own words in English or German (strings.js): the browser's
 * language decides (German when its first German-or-English preference is
 * German), a choice in the footer overrides it and is kept in this browser.
 * Static words are marked in index.html with `data-i18n="key"` (the
 * element's text) and `data-i18n-label="key"` (its aria-label); the corpus
 * view asks t() for its own.
 */
import { STRINGS } from './strings.js';

const KEY = 'quelle.pageLanguage.v1';
export const PAGE_LANGUAGES = /** @type {const} */ (['en', 'de']);

/** @returns {'en' | 'de'} */
function fromBrowser() {
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
 * A word of the page with its fields filled in: t('corpus.quotesN', {n: 3}).
 * @param {string} key
 * @param {Record<string, string | number>} [fields]
 */
export function t(key, fields = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(fields[name] ?? ''));
}

/** Writes the marked static words of the document in the current language. */
export function translateDocument() {
  document.documentElement.lang = current;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.getAttribute('data-i18n') ?? '');
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.getAttribute('data-i18n-label') ?? ''));
}

/**
 * Chooses the page's language (kept in this browser) and rewrites the static words.
 * @param {string} language
 */
export function setPageLanguage(language) {
  current = language === 'de' ? 'de' : 'en';
  try { localStorage.setItem(KEY, current); } catch { /* kept for this visit only */ }
  translateDocument();
}
