// @ts-check
/**
 * The marked article. The text is cut into blocks (paragraphs; very long
 * paragraphs at sentence ends) and each block is rendered as one element,
 * a few blocks per slice of at most ~8 ms, yielding to the browser in
 * between, so that even a 1 MB article never blocks the page.
 *
 * Inside a block the spans of the analysis nest: sentence > quote >
 * speaker/cue > entity mention. A span that crosses the end of an outer one
 * is split into pieces; every piece keeps the id of what it marks (data-q,
 * data-e, ...) so that a quote or an entity can be found as a whole.
 * All text goes in as text nodes.
 */
import { h, yieldToMain } from './dom.js';
import { entityIndex, speakerName, quoteName, entityTypeName } from './model.js';
import { t } from './i18n.js';

/** @typedef {import('./engine/quelle.js').Analysis} Analysis */
/** @typedef {import('./engine/quelle.js').Quote} Quote */
/** @typedef {'s' | 'q' | 'sp' | 'cue' | 'm'} Kind */
/**
 * @typedef {{start: number, end: number, rank: number, kind: Kind, ref: number, refs?: number[],
 *   first: number, last: number, label?: string, sub?: string}} Item
 *   first/last: where the whole span starts and ends (pieces keep them)
 * @typedef {{item: Item | null, start: number, end: number, children: Node_[]}} Node_
 * @typedef {{start: number, end: number, cont: boolean}} Block
 */

/** Outer spans have lower ranks. */
const RANK = { s: 1, q: 2, sp: 3, cue: 3, m: 4 };
/** Blocks longer than this are cut at a sentence end. */
const MAX_BLOCK = 4000;
/** Milliseconds of DOM building per slice. */
const SLICE_MS = 8;

/**
 * @param {Item} a
 * @param {Item} b
 */
function order(a, b) {
  return a.start - b.start || a.rank - b.rank || b.end - a.end;
}

/**
 * Every span to mark (unsorted).
 * @param {Analysis} analysis
 * @param {number} length of the text
 * @returns {Item[]}
 */
export function collectItems(analysis, length) {
  /** @type {Item[]} */
  const items = [];
  /**
   * @param {Kind} kind
   * @param {number} start
   * @param {number} end
   * @param {number} ref
   * @param {Partial<Item>} [extra]
   */
  const add = (kind, start, end, ref, extra) => {
    start = Math.max(0, start);
    end = Math.min(length, end);
    if (!(end > start)) return;
    items.push({ kind, start, end, ref, rank: RANK[kind], first: start, last: end, ...extra });
  };
  analysis.sentences.forEach((s, i) => add('s', s.start, s.end, i));
  /** @type {Map<string, Item>} */
  const speakers = new Map();
  /** @type {Map<string, Item>} */
  const cues = new Map();
  /**
   * @param {Map<string, Item>} seen
   * @param {'sp' | 'cue'} kind
   * @param {{start: number, end: number}} span
   * @param {number} quote
   */
  const shared = (seen, kind, span, quote) => {
    const key = `${span.start}:${span.end}`;
    const item = seen.get(key);
    if (item) item.refs?.push(quote);
    else {
      const before = items.length;
      add(kind, span.start, span.end, quote, { refs: [quote] });
      if (items.length > before) seen.set(key, items[items.length - 1]);
    }
  };
  for (const q of analysis.quotes) {
    const spans = q.spans && q.spans.length ? q.spans : [q];
    const first = Math.min(...spans.map((s) => s.start));
    const last = Math.max(...spans.map((s) => s.end));
    for (const span of spans) add('q', span.start, span.end, q.id, { sub: q.type, first, last });
    if (q.speaker) shared(speakers, 'sp', q.speaker, q.id);
    if (q.cue) for (const piece of q.cue.spans ?? [q.cue]) shared(cues, 'cue', piece, q.id);
  }
  for (const e of analysis.entities) {
    for (const m of e.mentions) add('m', m.start, m.end, e.id, { label: e.type, sub: m.kind });
  }
  return items;
}

/**
 * The blocks of the article: paragraphs (and any text outside them), long
 * ones cut at sentence ends or spaces.
 * @param {string} text
 * @param {Analysis} analysis
 * @returns {Block[]}
 */
export function computeBlocks(text, analysis) {
  /** @type {{start: number, end: number}[]} */
  const paragraphs = [];
  let pos = 0;
  const sorted = [...analysis.paragraphs].sort((a, b) => a.start - b.start);
  for (const p of sorted) {
    if (p.start < pos) continue;
    if (/\S/.test(text.slice(pos, p.start))) paragraphs.push(trim(text, pos, p.start));
    paragraphs.push({ start: p.start, end: Math.min(p.end, text.length) });
    pos = p.end;
  }
  if (/\S/.test(text.slice(pos))) paragraphs.push(trim(text, pos, text.length));
  const ends = analysis.sentences.map((s) => s.end);
  /** @type {Block[]} */
  const blocks = [];
  for (const p of paragraphs) {
    let start = p.start;
    let cont = false;
    while (p.end - start > MAX_BLOCK) {
      const limit = start + MAX_BLOCK;
      let cut = lastBelow(ends, limit);
      if (cut <= start + MAX_BLOCK / 4) {
        const space = text.lastIndexOf(' ', limit);
        cut = space > start + MAX_BLOCK / 2 ? space + 1 : limit;
      }
      const code = text.charCodeAt(cut);
      if (code >= 0xdc00 && code <= 0xdfff) cut--;  // never split a surrogate pair
      blocks.push({ start, end: cut, cont });
      start = cut;
      cont = true;
    }
    if (p.end > start) blocks.push({ start, end: p.end, cont });
  }
  return blocks;
}

/**
 * @param {string} text
 * @param {number} start
 * @param {number} end
 */
function trim(text, start, end) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The largest value in the sorted array that is <= limit (or -1).
 * @param {number[]} sorted
 * @param {number} limit
 */
function lastBelow(sorted, limit) {
  let lo = 0;
  let hi = sorted.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= limit) { best = sorted[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

/**
 * Puts every item into the blocks it overlaps (items in the gaps between
 * blocks, such as blank lines, are dropped).
 * @param {Item[]} items
 * @param {Block[]} blocks sorted, disjoint
 * @returns {Item[][]}
 */
export function distribute(items, blocks) {
  /** @type {Item[][]} */
  const buckets = blocks.map(() => []);
  for (const it of items) {
    let lo = 0;
    let hi = blocks.length - 1;
    let b = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid].start <= it.start) { b = mid; lo = mid + 1; } else hi = mid - 1;
    }
    for (; b < blocks.length && blocks[b].start < it.end; b++) {
      if (blocks[b].end > it.start) buckets[b].push(it);
    }
  }
  return buckets;
}

/**
 * Nests sorted items into a tree inside [start, end); items that cross the
 * end of their parent are split.
 * @param {Item[]} items sorted with order()
 * @param {number} start
 * @param {number} end
 * @returns {Node_}
 */
export function nest(items, start, end) {
  /** @type {Node_} */
  const root = { item: null, start, end, children: [] };
  const stack = [root];
  const queue = items.slice();
  for (let i = 0; i < queue.length; i++) {
    let item = queue[i];
    while (stack.length > 1 && stack[stack.length - 1].end <= item.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (item.end > parent.end) {
      const rest = { ...item, start: parent.end };
      item = { ...item, end: parent.end };
      let at = i + 1;
      while (at < queue.length && order(queue[at], rest) <= 0) at++;
      queue.splice(at, 0, rest);
    }
    if (item.end <= item.start) continue;
    /** @type {Node_} */
    const node = { item, start: item.start, end: item.end, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

/**
 * @template K
 * @param {Map<K, HTMLElement[]>} map
 * @param {K} key
 * @param {HTMLElement} el
 */
function register(map, key, el) {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}

export class ArticleView {
  /**
   * @param {HTMLElement} root where the article goes
   * @param {HTMLElement} tooltip the shared tooltip element (role=tooltip)
   */
  constructor(root, tooltip) {
    this.root = root;
    this.tooltip = tooltip;
    /** @type {Map<number, HTMLElement[]>} quote id -> its pieces */
    this.quoteEls = new Map();
    /** @type {Map<number, HTMLElement[]>} entity id -> its mention pieces */
    this.mentionEls = new Map();
    /** @type {Map<number, HTMLElement[]>} quote id -> speaker pieces */
    this.speakerEls = new Map();
    /** @type {Map<number, HTMLElement[]>} quote id -> cue pieces */
    this.cueEls = new Map();
    /** @type {Map<string, HTMLElement[]>} class -> elements that have it */
    this.marked = new Map();
    /** @type {Analysis | null} */
    this.analysis = null;
    /** @type {Map<number, Quote>} */
    this.quotes = new Map();
    /** @type {Map<number, import('./engine/quelle.js').Entity>} */
    this.entities = new Map();
    this.text = '';
    this.job = 0;
    /** @type {number | null} */
    this.linked = null;
    /** @type {HTMLElement | null} the element the tooltip points at */
    this.anchor = null;
    this.bindHover();
  }

  /** Stops a render in progress. */
  cancel() {
    this.job++;
  }

  /** Empties the article. */
  clear() {
    this.cancel();
    this.root.replaceChildren();
    this.reset();
  }

  /** @private */
  reset() {
    this.quoteEls.clear();
    this.mentionEls.clear();
    this.speakerEls.clear();
    this.cueEls.clear();
    this.marked.clear();
    this.linked = null;
    this.hideTooltip();
  }

  /**
   * Renders the text with its analysis, in slices. Resolves true when done,
   * false when cancelled (by cancel() or a newer render).
   * @param {string} text
   * @param {Analysis} analysis
   * @param {(fraction: number) => void} [onProgress]
   * @returns {Promise<boolean>}
   */
  async render(text, analysis, onProgress) {
    const job = ++this.job;
    this.text = text;
    this.analysis = analysis;
    this.quotes = new Map(analysis.quotes.map((q) => [q.id, q]));
    this.entities = entityIndex(analysis);
    const blocks = computeBlocks(text, analysis);
    const items = collectItems(analysis, text.length);
    if (items.length > 20_000) {
      await yieldToMain();
      if (job !== this.job) return false;
    }
    const buckets = distribute(items, blocks);
    this.root.replaceChildren();
    this.reset();
    this.root.lang = analysis.language || '';
    let fragment = document.createDocumentFragment();
    let sliceStart = performance.now();
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      const local = buckets[b]
        .map((it) => (it.start < block.start || it.end > block.end
          ? { ...it, start: Math.max(it.start, block.start), end: Math.min(it.end, block.end) } : it))
        .sort(order);
      buckets[b] = [];
      const p = h('p', { class: block.cont ? 'para cont' : 'para' });
      this.renderNode(p, nest(local, block.start, block.end));
      fragment.append(p);
      if (performance.now() - sliceStart > SLICE_MS) {
        this.root.append(fragment);
        fragment = document.createDocumentFragment();
        onProgress?.((b + 1) / blocks.length);
        await yieldToMain();
        if (job !== this.job) return false;
        sliceStart = performance.now();
      }
    }
    this.root.append(fragment);
    onProgress?.(1);
    return true;
  }

  /**
   * @private
   * @param {HTMLElement} parent
   * @param {Node_} node
   */
  renderNode(parent, node) {
    let cursor = node.start;
    for (const child of node.children) {
      if (child.start > cursor) parent.append(this.text.slice(cursor, child.start));
      const el = this.element(/** @type {Item} */ (child.item));
      this.renderNode(el, child);
      parent.append(el);
      cursor = child.end;
    }
    if (node.end > cursor) parent.append(this.text.slice(cursor, node.end));
  }

  /**
   * @private
   * @param {Item} it
   * @returns {HTMLElement}
   */
  element(it) {
    switch (it.kind) {
      case 's':
        return h('span', { class: it.ref % 2 ? 's s-alt' : 's' });
      case 'q': {
        const first = it.start === it.first;
        const el = h('span', {
          class: `q q-${it.sub}${first ? ' q-first' : ''}${it.end === it.last ? ' q-last' : ''}`,
          'data-q': it.ref,
          id: first ? `quote-${it.ref}` : null,
          tabindex: first ? 0 : null,
        });
        register(this.quoteEls, it.ref, el);
        return el;
      }
      case 'sp':
      case 'cue': {
        const refs = it.refs ?? [it.ref];
        const el = h('span', { class: it.kind === 'sp' ? 'sp' : 'cue', [`data-${it.kind}`]: refs.join(' ') });
        for (const ref of refs) register(it.kind === 'sp' ? this.speakerEls : this.cueEls, ref, el);
        return el;
      }
      default: {
        const last = it.end === it.last;
        const el = h('mark', {
          class: `m t-${it.label} k-${it.sub}${last ? ' m-end' : ''}`,
          'data-e': it.ref,
          'data-t': last ? it.label : null,
        });
        register(this.mentionEls, it.ref, el);
        return el;
      }
    }
  }

  /**
   * Marks elements with a class (replacing whatever had it before).
   * @param {string} cls
   * @param {HTMLElement[]} elements
   */
  mark(cls, elements) {
    for (const el of this.marked.get(cls) ?? []) el.classList.remove(cls);
    for (const el of elements) el.classList.add(cls);
    this.marked.set(cls, elements);
  }

  /**
   * The pieces of these quotes.
   * @param {Iterable<number>} ids
   */
  quotePieces(ids) {
    /** @type {HTMLElement[]} */
    const out = [];
    for (const id of ids) out.push(...(this.quoteEls.get(id) ?? []));
    return out;
  }

  /**
   * The mention pieces of an entity.
   * @param {number | null | undefined} id
   * @returns {HTMLElement[]}
   */
  mentionPieces(id) {
    return id === null || id === undefined ? [] : this.mentionEls.get(id) ?? [];
  }

  /**
   * Scrolls an element to the middle of the view and focuses it if focusable.
   * @param {HTMLElement | undefined} el
   * @param {boolean} [focus]
   */
  reveal(el, focus = false) {
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    if (focus) el.focus({ preventScroll: true });
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
  }

  /** @private */
  bindHover() {
    /** @param {EventTarget | null} target */
    const find = (target) => {
      if (!(target instanceof Element)) return null;
      const q = target.closest('[data-q]');
      if (q instanceof HTMLElement) return { quote: Number(q.dataset.q), el: q };
      const sp = target.closest('[data-sp],[data-cue]');
      if (sp instanceof HTMLElement) {
        const ids = (sp.dataset.sp ?? sp.dataset.cue ?? '').split(' ').map(Number);
        return { quote: ids[0], el: sp };
      }
      return null;
    };
    this.root.addEventListener('mouseover', (e) => {
      const hit = find(e.target);
      if (hit) this.link(hit.quote, hit.el);
      else if (this.linked !== null && document.activeElement?.closest?.('[data-q]') == null) this.unlink();
    });
    this.root.addEventListener('mouseleave', () => {
      const focused = find(document.activeElement);
      if (focused) this.link(focused.quote, focused.el);
      else this.unlink();
    });
    this.root.addEventListener('focusin', (e) => {
      const hit = find(e.target);
      if (hit) this.link(hit.quote, hit.el);
    });
    this.root.addEventListener('focusout', () => this.unlink());
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.linked !== null) this.unlink();
    });
    let pending = false;
    window.addEventListener('scroll', () => {
      if (pending || this.tooltip.hidden) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        if (this.anchor && this.anchor.isConnected && !this.tooltip.hidden) this.placeTooltip(this.anchor);
      });
    }, { passive: true });
  }

  /**
   * Links a quote with its speaker and cue (and shows the tooltip).
   * @param {number} id
   * @param {HTMLElement} anchor
   */
  link(id, anchor) {
    const quote = this.quotes.get(id);
    if (!quote) return;
    if (this.linked !== id) {
      this.linked = id;
      this.mark('linked', [...this.quotePieces([id]), ...(this.speakerEls.get(id) ?? []), ...(this.cueEls.get(id) ?? [])]);
    }
    this.showTooltip(quote, anchor);
  }

  unlink() {
    if (this.linked === null) return;
    this.linked = null;
    this.mark('linked', []);
    this.hideTooltip();
  }

  /**
   * @private
   * @param {Quote} quote
   * @param {HTMLElement} anchor
   */
  showTooltip(quote, anchor) {
    const tip = this.tooltip;
    const entity = quote.speaker && quote.speaker.entity !== null ? this.entities.get(quote.speaker.entity) : undefined;
    const who = speakerName(quote, this.entities);
    tip.replaceChildren(
      h('span', { class: `tip-type chip q-chip-${quote.type}` }, quoteName(quote.type)),
      h('span', { class: 'tip-row' }, h('span', { class: 'tip-key' }, t('col.speaker')),
        who ? h('span', { class: 'tip-val' }, who, entity ? h('span', { class: 'tip-sub' }, ` (${entityTypeName(entity.type)})`) : null)
          : h('span', { class: 'tip-val tip-none' }, t('tip.none'))),
      h('span', { class: 'tip-row' }, h('span', { class: 'tip-key' }, t('col.cue')),
        quote.cue ? h('span', { class: 'tip-val' }, t('quote.quoted', { text: quote.cue.text })) : h('span', { class: 'tip-val tip-none' }, t('tip.noCue'))),
    );
    tip.hidden = false;
    const first = this.quoteEls.get(quote.id)?.[0];
    if (first && first.id) first.setAttribute('aria-describedby', tip.id);
    this.anchor = anchor;
    this.placeTooltip(anchor);
  }

  /**
   * Puts the tooltip under (or above) the anchor, inside the viewport.
   * @private
   * @param {HTMLElement} anchor
   */
  placeTooltip(anchor) {
    const tip = this.tooltip;
    const rects = anchor.getClientRects();
    const rect = rects.length ? rects[rects.length - 1] : anchor.getBoundingClientRect();
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    let top = rect.bottom + 8;
    if (top + height > window.innerHeight - 8) top = Math.max(8, rect.top - height - 8);
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  }

  /** Hides the tooltip (also when the page language changes: the next one is written in the new language). */
  hideTooltip() {
    this.anchor = null;
    if (this.tooltip.hidden) return;
    this.tooltip.hidden = true;
  }
}
