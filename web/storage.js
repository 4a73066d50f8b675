// @ts-check
/**
 * Keeps the last text (and the language override) in this browser's
 * localStorage so that a reload loses nothing. Nothing is sent anywhere.
 */
const TEXT_KEY = 'quelle.text.v1';
const LANGUAGE_KEY = 'quelle.language.v1';
const GENDER_KEY = 'quelle.hideGender.v1';

/** @returns {boolean} whether the reader chose to hide gender */
export function loadHideGender() {
  try {
    return localStorage.getItem(GENDER_KEY) === '1';
  } catch {
    return false;
  }
}

/** @param {boolean} hide */
export function saveHideGender(hide) {
  try {
    if (hide) localStorage.setItem(GENDER_KEY, '1');
    else localStorage.removeItem(GENDER_KEY);
  } catch { /* ignore */ }
}

/** @returns {string} */
export function loadText() {
  try {
    return localStorage.getItem(TEXT_KEY) ?? '';
  } catch {
    return '';
  }
}

/**
 * Saves the text; returns false when the browser refused (quota, privacy mode).
 * @param {string} text
 * @returns {boolean}
 */
export function saveText(text) {
  try {
    if (text) localStorage.setItem(TEXT_KEY, text);
    else localStorage.removeItem(TEXT_KEY);
    return true;
  } catch {
    try { localStorage.removeItem(TEXT_KEY); } catch { /* ignore */ }
    return false;
  }
}

/** @returns {string} '' for automatic detection */
export function loadLanguage() {
  try {
    return localStorage.getItem(LANGUAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** @param {string} language */
export function saveLanguage(language) {
  try {
    if (language) localStorage.setItem(LANGUAGE_KEY, language);
    else localStorage.removeItem(LANGUAGE_KEY);
  } catch { /* ignore */ }
}

/** Forgets everything this page stored. */
export function clearAll() {
  try {
    localStorage.removeItem(TEXT_KEY);
    localStorage.removeItem(LANGUAGE_KEY);
    localStorage.removeItem(GENDER_KEY);
  } catch { /* ignore */ }
}
