// @ts-check
/**
 * The only way the page builds DOM from data: elements are created one by
 * one, attributes are set with setAttribute and every string child becomes a
 * text node. Nothing here (or anywhere in the page) assigns HTML strings, so
 * text from an article can never turn into markup.
 */

/** @typedef {Node | string | number | null | undefined | false} Child */

/**
 * Creates an element.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | number | boolean | null | undefined> | null} [attrs]
 *   `class` sets className; `text` sets textContent; other keys are attributes
 *   (`true` gives an empty attribute, `false`/null/undefined skip it).
 * @param {...Child} children strings become text nodes
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith('on') || key === 'style') throw new Error(`h(): refusing attribute ${key}`);
      if (key === 'class') el.className = String(value);
      else if (key === 'text') el.textContent = String(value);
      else el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, ...children);
  return el;
}

/**
 * Appends children (strings as text nodes).
 * @param {ParentNode} parent
 * @param {...Child} children
 */
export function append(parent, ...children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'number' ? String(child) : child);
  }
}

/**
 * Finds an element by id, with its type checked at run time.
 * @template {typeof HTMLElement} T
 * @param {string} id
 * @param {T} [type]
 * @returns {InstanceType<T>}
 */
export function byId(id, type) {
  const el = document.getElementById(id);
  const expected = type ?? HTMLElement;
  if (!(el instanceof expected)) throw new Error(`missing element #${id}`);
  return /** @type {InstanceType<T>} */ (el);
}

/**
 * Lets the browser handle input and paint before continuing.
 * @returns {Promise<void>}
 */
export function yieldToMain() {
  const scheduler = /** @type {any} */ (globalThis).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Whether the user asked for less motion. */
export function reducedMotion() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

// Numbers are written the page language's way (i18n.js).
export { fmt } from './i18n.js';
