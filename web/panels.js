// @ts-check
/**
 * The three panels beside the article: Speakers, Quotes (with filters) and
 * Entities (grouped by type). Every item is a native <button>, so keyboard
 * use (Tab, Enter, Space) and screen readers work without extra code; the
 * selected item has aria-pressed="true". Long lists show the first items
 * and a "Show all" button that adds the rest in slices.
 */
import { h, yieldToMain, fmt } from './dom.js';
import { t, tn, hasString, word } from './i18n.js';
import {
  speakers, entityIndex, speakerName, speakerKey, quoteText, truncate, isDirect, genderShare, genderNote,
  ENTITY_TYPES, QUOTE_TYPES, GENDERS, entityTypeName, entityGroupName, quoteTypeName, genderName, genderWord,
} from './model.js';

/** @typedef {import('./engine/quelle.js').Analysis} Analysis */
/** @typedef {import('./engine/quelle.js').Quote} Quote */
/** @typedef {import('./engine/quelle.js').Entity} Entity */
/** @typedef {import('./model.js').SpeakerGroup} SpeakerGroup */
/**
 * @typedef {{
 *   onSpeaker: (group: SpeakerGroup) => void,
 *   onEntity: (entity: Entity) => void,
 *   onQuote: (quote: Quote) => void,
 * }} PanelCallbacks
 */

const FIRST_ITEMS = 60;

/**
 * A list that renders its first items at once and the rest on request.
 * @template T
 * @param {HTMLElement} list
 * @param {T[]} data
 * @param {(item: T) => HTMLElement} make
 * @param {string} moreKey the key of the "Show all {n} …" button's words
 */
function fillList(list, data, make, moreKey) {
  list.replaceChildren(...data.slice(0, FIRST_ITEMS).map(make));
  const more = list.nextElementSibling;
  if (more instanceof HTMLElement && more.classList.contains('more')) more.remove();
  if (data.length <= FIRST_ITEMS) return;
  const button = h('button', { type: 'button', class: 'more' }, t(moreKey, { n: fmt(data.length) }));
  button.addEventListener('click', async () => {
    button.disabled = true;
    for (let i = FIRST_ITEMS; i < data.length; i += 200) {
      list.append(...data.slice(i, i + 200).map(make));
      await yieldToMain();
    }
    button.remove();
    list.children[FIRST_ITEMS]?.querySelector('button')?.focus();
  });
  list.after(button);
}

/**
 * @param {string} type
 * @param {string} [extra]
 */
function typeBadge(type, extra = '') {
  return h('span', { class: `badge t-${type}${extra}`, title: entityTypeName(type) }, type);
}

/**
 * The gender a person has in the text, as a chip (class "gender": the page's
 * switch hides every element of that class).
 * @param {Entity | null | undefined} entity
 */
function genderChip(entity) {
  if (!entity || entity.type !== 'PER' || !entity.gender) return null;
  return h('span', { class: `gender chip g-${entity.gender}`, title: genderNote(entity) }, genderWord(entity.gender));
}

/** @param {string} type */
function quoteChip(type) {
  return h('span', { class: `chip q-chip-${type}` }, quoteTypeName(type));
}

export class Panels {
  /**
   * @param {{speakers: HTMLElement, speakerCount: HTMLElement, quotes: HTMLElement, quoteCount: HTMLElement,
   *   entities: HTMLElement, entityCount: HTMLElement, filterSpeaker: HTMLSelectElement, filterType: HTMLSelectElement,
   *   genderShare: HTMLElement}} els
   * @param {PanelCallbacks} callbacks
   */
  constructor(els, callbacks) {
    this.els = els;
    this.callbacks = callbacks;
    /** @type {Analysis | null} */
    this.analysis = null;
    this.text = '';
    /** @type {SpeakerGroup[]} */
    this.groups = [];
    /** @type {Map<number, Entity>} */
    this.entityById = new Map();
    this.version = 0;
    els.filterSpeaker.addEventListener('change', () => this.renderQuotes());
    els.filterType.addEventListener('change', () => this.renderQuotes());
  }

  /**
   * Shows an analysis (or nothing), in a few tasks when it is large.
   * @param {Analysis | null} analysis
   * @param {string} text the analysed text
   */
  async update(analysis, text) {
    const version = ++this.version;
    this.analysis = analysis;
    this.text = text;
    this.groups = analysis ? speakers(analysis, text) : [];
    this.entityById = analysis ? entityIndex(analysis) : new Map();
    const big = (analysis?.quotes.length ?? 0) + (analysis?.entities.length ?? 0) > 500;
    for (const step of [() => this.renderSpeakers(), () => this.renderGenderShare(), () => this.renderFilters(), () => this.renderQuotes(), () => this.renderEntities()]) {
      if (version !== this.version) return;
      step();
      if (big) await yieldToMain();
    }
  }

  /** @private */
  renderSpeakers() {
    const { speakers: list, speakerCount } = this.els;
    const named = this.groups.filter((g) => g.key !== 'none');
    speakerCount.textContent = fmt(named.length);
    if (!this.analysis || this.groups.length === 0) {
      list.replaceChildren(h('li', { class: 'empty' }, t(this.analysis ? 'speakers.none' : 'speakers.empty')));
      list.nextElementSibling?.classList.contains('more') && list.nextElementSibling.remove();
      return;
    }
    fillList(list, this.groups, (g) => {
      const pct = Math.round(g.share * 100);
      const fill = h('span', { class: 'bar-fill' });
      fill.style.inlineSize = `${Math.max(g.share * 100, g.share > 0 ? 1.5 : 0)}%`;
      const button = h('button', { type: 'button', class: 'item speaker-item', 'aria-pressed': 'false', 'data-key': g.key },
        h('span', { class: 'item-head' },
          h('span', { class: g.key === 'none' ? 'item-name unattributed' : 'item-name' }, g.name),
          g.entity ? typeBadge(g.entity.type) : null,
          genderChip(g.entity),
          h('span', { class: 'item-count' }, tn('count.quotes', g.quotes.length))),
        g.entity && g.entity.roles?.length ? h('span', { class: 'item-roles' }, g.entity.roles.join(' · ')) : null,
        h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
        h('span', { class: 'item-meta' },
          h('span', { class: 'share' }, t('speaker.share', { pct })),
          h('span', { class: 'split' },
            h('span', { class: 'split-direct' }, t('speaker.direct', { n: fmt(g.direct) })), ' · ',
            h('span', { class: 'split-reported', title: t('speaker.otherTitle') }, t('speaker.others', { n: fmt(g.reported) })))));
      button.addEventListener('click', () => this.callbacks.onSpeaker(g));
      return h('li', null, button);
    }, 'more.speakers');
  }

  /**
   * Share of voice by gender: quotes and quoted words of women, men and
   * persons of unknown gender (model.js genderShare).
   * @private
   */
  renderGenderShare() {
    const box = this.els.genderShare;
    const s = this.analysis ? genderShare(this.analysis, this.text) : null;
    if (!s || s.persons.quotes === 0) {
      box.replaceChildren();
      box.hidden = true;
      return;
    }
    box.hidden = false;
    const rows = GENDERS.map((g) => {
      const fill = h('span', { class: `bar-fill g-${g}` });
      fill.style.inlineSize = `${s[g].share * 100}%`;
      return h('li', { class: `share-row g-${g}`, 'data-gender': g },
        h('span', { class: 'share-label' }, genderName(g)),
        h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
        h('span', { class: 'share-figures' },
          t('share.figures', { pct: Math.round(s[g].share * 100), quotes: tn('count.quotes', s[g].quotes) })));
    });
    box.replaceChildren(
      h('h3', { class: 'group-heading' }, t('corpus.genderHeading')),
      h('ul', { class: 'share-list' }, ...rows),
      h('p', { class: 'hint' }, t('share.note', { persons: fmt(s.persons.quotes), others: tn('count.quotes', s.others.quotes) })));
  }

  /** @private */
  renderFilters() {
    const { filterSpeaker, filterType } = this.els;
    const speakerValue = filterSpeaker.value;
    const typeValue = filterType.value;
    filterSpeaker.replaceChildren(h('option', { value: '' }, t('filter.allSpeakers')),
      ...this.groups.map((g) => h('option', { value: g.key }, `${g.name} (${g.quotes.length})`)));
    filterSpeaker.value = this.groups.some((g) => g.key === speakerValue) ? speakerValue : '';
    const counts = new Map();
    for (const q of this.analysis?.quotes ?? []) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
    filterType.replaceChildren(h('option', { value: '' }, t('filter.allTypes')),
      ...QUOTE_TYPES.filter((type) => counts.has(type) || type === typeValue)
        .map((type) => h('option', { value: type }, `${quoteTypeName(type)} (${counts.get(type) ?? 0})`)));
    filterType.value = typeValue && counts.has(typeValue) ? typeValue : '';
    const disabled = !this.analysis || this.analysis.quotes.length === 0;
    filterSpeaker.disabled = disabled;
    filterType.disabled = disabled;
  }

  /**
   * Shows only one speaker's quotes ('' for all).
   * @param {string} key
   */
  filterBySpeaker(key) {
    this.els.filterSpeaker.value = key;
    this.renderQuotes();
  }

  /** The quotes that pass the filters. */
  filteredQuotes() {
    const speaker = this.els.filterSpeaker.value;
    const type = this.els.filterType.value;
    return (this.analysis?.quotes ?? []).filter((q) => (!speaker || speakerKey(q) === speaker) && (!type || q.type === type));
  }

  /** @private */
  renderQuotes() {
    const { quotes: list, quoteCount } = this.els;
    const all = this.analysis?.quotes ?? [];
    const shown = this.filteredQuotes();
    quoteCount.textContent = shown.length === all.length ? fmt(all.length) : t('quotes.shownOf', { shown: fmt(shown.length), all: fmt(all.length) });
    if (shown.length === 0) {
      list.replaceChildren(h('li', { class: 'empty' }, t(!this.analysis ? 'quotes.empty' : all.length ? 'quotes.noMatch' : 'quotes.none')));
      list.nextElementSibling?.classList.contains('more') && list.nextElementSibling.remove();
      return;
    }
    fillList(list, shown, (q) => {
      const who = speakerName(q, this.entityById);
      const entity = q.speaker && q.speaker.entity !== null ? this.entityById.get(q.speaker.entity) : undefined;
      const button = h('button', { type: 'button', class: `item quote-item${isDirect(q.type) ? ' is-direct' : ''}`, 'aria-pressed': 'false', 'data-q': q.id },
        h('span', { class: 'quote-text', lang: this.analysis?.language || null }, truncate(quoteText(q, this.text), 220)),
        h('span', { class: 'item-meta' },
          quoteChip(q.type),
          h('span', { class: who ? 'who' : 'who unattributed' }, who || t('quote.unattributed')),
          entity ? typeBadge(entity.type, ' small') : null,
          q.cue ? h('span', { class: 'cue-text' }, h('span', { class: 'visually-hidden' }, `${t('quote.cue')} `), t('quote.quoted', { text: truncate(quoteText(q.cue, this.text), 40) })) : null,
          q.addressee ? h('span', { class: 'cue-text addressee', title: t('quote.addresseeTitle') }, t('quote.addressee', { name: truncate(q.addressee.text, 40) })) : null,
          q.medium ? h('span', { class: 'medium', title: t('quote.mediumTitle') }, word('medium', q.medium)) : null));
      button.addEventListener('click', () => this.callbacks.onQuote(q));
      return h('li', null, button);
    }, 'more.quotes');
  }

  /** @private */
  renderEntities() {
    const { entities: container, entityCount } = this.els;
    const entities = this.analysis?.entities ?? [];
    entityCount.textContent = fmt(entities.length);
    if (entities.length === 0) {
      container.replaceChildren(h('p', { class: 'empty' }, t(this.analysis ? 'entities.none' : 'entities.empty')));
      return;
    }
    container.replaceChildren();
    for (const type of [...ENTITY_TYPES, ...new Set(entities.map((e) => e.type).filter((t) => !ENTITY_TYPES.includes(/** @type {any} */ (t))))]) {
      const members = entities.filter((e) => e.type === type)
        .sort((a, b) => b.mentions.length - a.mentions.length || (b.salience ?? 0) - (a.salience ?? 0) || a.name.localeCompare(b.name));
      if (members.length === 0) continue;
      const headingId = `entities-${type}`;
      const list = h('ul', { class: 'list', 'aria-labelledby': headingId });
      container.append(h('section', { class: 'entity-group' },
        h('h3', { id: headingId, class: 'group-heading' }, typeBadge(type), ` ${entityGroupName(type)}`,
          h('span', { class: 'count' }, fmt(members.length))),
        list));
      fillList(list, members, (e) => {
        const kinds = new Map();
        for (const m of e.mentions) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
        const detail = [...kinds.entries()].filter(([k]) => k !== 'name')
          .map(([k, n]) => (hasString(`kind.${k}.other`) ? tn(`kind.${k}`, n) : `${fmt(n)} ${k}`)).join(', ');
        const button = h('button', { type: 'button', class: 'item entity-item', 'aria-pressed': 'false', 'data-e': e.id },
          h('span', { class: 'item-head' },
            h('span', { class: 'item-name' }, e.name),
            genderChip(e),
            h('span', { class: 'item-count' }, tn('count.mentions', e.mentions.length))),
          detail ? h('span', { class: 'item-detail' }, t('entity.detail', { detail })) : null,
          e.roles?.length ? h('span', { class: 'roles' }, ...e.roles.map((r) => h('span', { class: 'role' }, r))) : null);
        button.addEventListener('click', () => this.callbacks.onEntity(e));
        return h('li', null, button);
      }, hasString(`more.${type}`) ? `more.${type}` : 'more.entities');
    }
  }

  /**
   * Reflects the selection in the panels (aria-pressed).
   * @param {{speaker?: string | null, entity?: number | null, quote?: number | null}} selection
   */
  setSelected(selection) {
    const root = /** @type {HTMLElement} */ (this.els.speakers.closest('.panels') ?? document.body);
    for (const b of root.querySelectorAll('button.item')) {
      if (!(b instanceof HTMLElement)) continue;
      let pressed = false;
      if (b.classList.contains('speaker-item')) pressed = b.dataset.key === selection.speaker;
      else if (b.classList.contains('entity-item')) pressed = selection.entity !== null && selection.entity !== undefined && Number(b.dataset.e) === selection.entity;
      else if (b.classList.contains('quote-item')) pressed = selection.quote !== null && selection.quote !== undefined && Number(b.dataset.q) === selection.quote;
      b.setAttribute('aria-pressed', String(pressed));
    }
  }
}
