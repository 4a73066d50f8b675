// @ts-check
/**
 * Quelle's page: wires the input, the analysis worker, the marked article,
 * the panels and the exports together. See docs/web.md.
 *
 * The page reports its state on <html data-state="...">: loading, empty,
 * analysing, rendering, ready, cancelled or error (tests wait on it).
 *
 * Every word it writes comes from t() (i18n.js); what is shown is written
 * by functions that can run again, so that a change of the page language
 * redraws it without analysing again (onPageLanguage).
 */
import { QuelleClient } from './engine/client.js';
import { h, byId, fmt, yieldToMain } from './dom.js';
import { ArticleView } from './render-text.js';
import { Panels } from './panels.js';
import { toJSON, toCSV, toMarkdown, download, fileStem, copyText } from './export.js';
import { ACCEPT, readFile, setupDrop } from './input.js';
import * as storage from './storage.js';
import { SAMPLES } from './samples.js';
import { CorpusView } from './corpus-view.js';
import { kindOf } from './corpus-input.js';
import { pageLanguage, setPageLanguage, translateDocument, t, tn } from './i18n.js';
import {
  speakers, entityIndex, speakerName, quoteText, withoutGender, languageName, entityTypeName, quoteName, quoteTypeName,
} from './model.js';

/** @typedef {import('./engine/quelle.js').Analysis} Analysis */
/** @typedef {import('./engine/client.js').AnalysisResult} AnalysisResult */
/** @typedef {'read' | 'edit' | 'json'} ViewName */

/** A stale analysis of a text longer than this is aborted when the text changes. */
const CANCEL_ABOVE = 50_000;
/** Milliseconds after the last keystroke before re-analysing. */
const DEBOUNCE_MS = 450;
const DEBOUNCE_LONG_MS = 1200;
/** The JSON view shows at most this many characters. */
const JSON_VIEW_LIMIT = 1_500_000;

const els = {
  html: document.documentElement,
  input: byId('text-input', HTMLTextAreaElement),
  charCount: byId('char-count'),
  article: byId('article'),
  emptyState: byId('empty-state'),
  legend: byId('legend'),
  tooltip: byId('tooltip'),
  status: byId('status'),
  statusText: byId('status-text'),
  progress: byId('progress', HTMLProgressElement),
  cancel: byId('cancel-button', HTMLButtonElement),
  retry: byId('retry-button', HTMLButtonElement),
  clearSelection: byId('clear-selection', HTMLButtonElement),
  language: byId('language-select', HTMLSelectElement),
  languageStatus: byId('language-status'),
  jsonOutput: byId('json-output'),
  jsonNote: byId('json-note'),
  exportButton: byId('export-button', HTMLButtonElement),
  exportMenu: byId('export-menu'),
  samplesMenu: byId('samples-menu'),
  samplesList: byId('samples-list'),
  emptySamples: byId('empty-samples'),
  sampleCredit: byId('sample-credit'),
  fileInput: byId('file-input', HTMLInputElement),
  dropOverlay: byId('drop-overlay'),
  toast: byId('toast'),
  printTables: byId('print-tables'),
  offlineStatus: byId('offline-status'),
  updateNote: byId('update-note'),
};

/** @type {Record<ViewName, {tab: HTMLButtonElement, panel: HTMLElement}>} */
const views = {
  read: { tab: byId('tab-read', HTMLButtonElement), panel: byId('read-view') },
  edit: { tab: byId('tab-edit', HTMLButtonElement), panel: byId('edit-view') },
  json: { tab: byId('tab-json', HTMLButtonElement), panel: byId('json-view') },
};

const client = new QuelleClient({ modelBaseUrl: new URL('./models/', document.baseURI).href });
const article = new ArticleView(els.article, els.tooltip);

const state = {
  text: '',
  /** @type {Analysis | null} */
  analysis: null,
  analysedText: '',
  /** Whether the worker had the analysed language's entity model. */
  modelLoaded: true,
  /** @type {() => string} the status line's words, written again when the page language changes */
  status: () => '',
  generation: 0,
  /** @type {Map<number, {length: number, controller: AbortController}>} pending analyses by generation */
  inflight: new Map(),
  rendering: false,
  jsonDirty: true,
  renderedOnce: false,
  /** @type {ViewName} */
  view: 'read',
  /** @type {{speaker: string | null, entity: number | null, quote: number | null}} */
  selection: { speaker: null, entity: null, quote: null },
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  debounce: undefined,
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  saveTimer: undefined,
};

const panels = new Panels({
  speakers: byId('speaker-list'),
  speakerCount: byId('speaker-count'),
  quotes: byId('quote-list'),
  quoteCount: byId('quote-count'),
  entities: byId('entity-groups'),
  entityCount: byId('entity-count'),
  filterSpeaker: byId('filter-speaker', HTMLSelectElement),
  filterType: byId('filter-type', HTMLSelectElement),
  genderShare: byId('gender-share'),
}, {
  onSpeaker: (group) => selectSpeaker(group.key),
  onEntity: (entity) => selectEntity(entity.id),
  onQuote: (quote) => selectQuote(quote.id),
});

// ---------------------------------------------------------------- status

/** @param {string} value */
function setPageState(value) {
  els.html.dataset.state = value;
}

/**
 * @param {string | (() => string)} text the words, or a function that writes them
 *   (again when the page language changes: a function of the state it shows)
 * @param {{progress?: number | null, cancellable?: boolean}} [options]
 *   progress: undefined hides the bar, null shows it indeterminate
 */
function setStatus(text, options = {}) {
  state.status = typeof text === 'function' ? text : () => text;
  els.statusText.textContent = state.status();
  const { progress, cancellable = false } = options;
  if (progress === undefined) {
    els.progress.hidden = true;
  } else {
    els.progress.hidden = false;
    if (progress === null) els.progress.removeAttribute('value');
    else els.progress.value = progress;
  }
  els.cancel.hidden = !cancellable;
  els.retry.hidden = true;
  els.status.classList.toggle('busy', progress !== undefined);
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let toastTimer;
/**
 * A short message that disappears by itself.
 * @param {string} message
 */
function toast(message) {
  els.toast.textContent = message;
  els.toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { els.toast.hidden = true; }, 3500);
}

function summary() {
  const a = state.analysis;
  if (!a) return '';
  return [tn('count.sentences', a.stats.sentences), tn('count.entities', a.entities.length), tn('count.quotes', a.quotes.length)].join(' · ');
}

// ---------------------------------------------------------------- views

/**
 * @param {ViewName} name
 * @param {{focus?: boolean}} [options]
 */
function showView(name, options = {}) {
  state.view = name;
  for (const [key, v] of /** @type {[ViewName, {tab: HTMLButtonElement, panel: HTMLElement}][]} */ (Object.entries(views))) {
    const on = key === name;
    v.tab.setAttribute('aria-selected', String(on));
    v.tab.tabIndex = on ? 0 : -1;
    v.panel.hidden = !on;
  }
  if (name === 'json') renderJSON();
  if (name !== 'read') article.unlink();
  if (options.focus) {
    if (name === 'edit') els.input.focus();
    else views[name].tab.focus();
  }
}

function setupTabs() {
  const names = /** @type {ViewName[]} */ (Object.keys(views));
  names.forEach((name, i) => {
    const tab = views[name].tab;
    tab.addEventListener('click', () => showView(name));
    tab.addEventListener('keydown', (e) => {
      let next = -1;
      if (e.key === 'ArrowRight') next = (i + 1) % names.length;
      else if (e.key === 'ArrowLeft') next = (i + names.length - 1) % names.length;
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = names.length - 1;
      if (next < 0) return;
      e.preventDefault();
      showView(names[next]);
      views[names[next]].tab.focus();
    });
  });
}

/**
 * Hides (or shows) gender everywhere: the chips and the share of voice
 * (CSS: .hide-gender .gender), the JSON view and the exports.
 * @param {boolean} hide
 */
function setGenderHidden(hide) {
  els.html.classList.toggle('hide-gender', hide);
  state.jsonDirty = true;
  if (state.view === 'json') renderJSON();
}

/**
 * The analysis as the page shows and exports it: without gender while the
 * reader hides it.
 * @param {import('./engine/quelle.js').Analysis} analysis
 */
function shown(analysis) {
  return els.html.classList.contains('hide-gender') ? withoutGender(analysis) : analysis;
}

function renderJSON() {
  if (!state.jsonDirty) return;
  state.jsonDirty = false;
  if (!state.analysis) {
    els.jsonOutput.textContent = '';
    renderJSONNote(0);
    return;
  }
  const json = toJSON(shown(state.analysis));
  els.jsonOutput.textContent = json.length > JSON_VIEW_LIMIT ? json.slice(0, JSON_VIEW_LIMIT) : json;
  renderJSONNote(json.length);
}

/**
 * The line above the JSON (kept apart: a change of the page language
 * rewrites it, not the JSON).
 * @param {number} length the JSON's length, 0 for none
 */
function renderJSONNote(length) {
  els.jsonNote.dataset.length = String(length);
  els.jsonNote.textContent = !length ? t('json.empty')
    : length > JSON_VIEW_LIMIT ? t('json.truncated', { length: fmt(length), limit: fmt(JSON_VIEW_LIMIT) }) : t('json.note');
}

// ---------------------------------------------------------------- text and analysis

/**
 * Replaces the text (sample, file, paste, clear) and analyses it at once.
 * @param {string} text
 * @param {{view?: ViewName}} [options]
 */
function setText(text, options = {}) {
  els.input.value = text;
  onTextChanged(0);
  if (options.view) showView(options.view);
}

/**
 * Credits a sample article while the text is exactly that sample (CC BY
 * asks for the source, its address and the licence); hidden otherwise.
 * @param {string} text
 */
function showSampleCredit(text) {
  const sample = SAMPLES.find((s) => s.text === text);
  els.sampleCredit.hidden = !sample;
  if (!sample) return;
  const { source } = sample;
  els.sampleCredit.replaceChildren(
    t('sample.credit'), ' ',
    h('a', { href: source.url, rel: 'noopener', target: '_blank', lang: sample.language }, sample.title),
    `, ${source.name}, ${source.date}. ${t('sample.licence')} `,
    h('a', { href: source.licenceUrl, rel: 'license noopener', target: '_blank' }, source.licence), '.');
}

/** @param {number} delay milliseconds before analysing */
function onTextChanged(delay) {
  state.text = els.input.value;
  showSampleCredit(state.text);
  els.charCount.textContent = tn('count.characters', state.text.length);
  clearTimeout(state.saveTimer);
  state.saveTimer = setTimeout(() => {
    if (!storage.saveText(state.text) && state.text) toast(t('toast.tooLarge'));
  }, delay ? 300 : 0);
  clearTimeout(state.debounce);
  if (delay) state.debounce = setTimeout(analyze, delay);
  else analyze();
}

async function analyze() {
  const generation = ++state.generation;
  const text = state.text;
  article.cancel();
  state.rendering = false;
  abortStale();
  if (!text.trim()) {
    showNothing();
    return;
  }
  const controller = new AbortController();
  state.inflight.set(generation, { length: text.length, controller });
  setPageState('analysing');
  const big = text.length > 20_000;
  setStatus(() => (big ? t('status.analysingText', { chars: tn('count.characters', text.length) }) : t('status.analysing')), { progress: null, cancellable: true });
  const language = els.language.value;
  const started = performance.now();
  /** @type {AnalysisResult} */
  let result;
  try {
    result = await client.analyzeDetailed(text, language ? { language } : {}, {
      signal: controller.signal,
      onProgress: (stage) => {
        if (generation !== state.generation) return;
        const key = stage === 'model' ? 'status.loadingModel' : stage === 'starting' ? 'status.starting' : 'status.analysing';
        setStatus(() => t(key), { progress: null, cancellable: true });
      },
    });
  } catch (e) {
    state.inflight.delete(generation);
    if (generation === state.generation) showFailure(e);
    return;
  }
  state.inflight.delete(generation);
  if (generation !== state.generation) return;
  const analysed = performance.now() - started;
  const { analysis, modelLoaded } = result;
  // The result's deserialisation took this task; the rest gets tasks of its own.
  await yieldToMain();
  if (generation !== state.generation) return;
  state.analysis = analysis;
  state.analysedText = text;
  state.jsonDirty = true;
  els.exportButton.disabled = false;
  showLanguage(analysis, modelLoaded);
  await panels.update(analysis, text);
  if (generation !== state.generation) return;
  if (state.view === 'json') renderJSON();
  els.emptyState.hidden = true;
  els.legend.hidden = false;
  els.article.hidden = false;
  setPageState('rendering');
  state.rendering = true;
  setStatus(() => t('status.marking'), { progress: 0, cancellable: true });
  const done = await article.render(text, analysis, (fraction) => {
    if (generation === state.generation && fraction < 1) {
      setStatus(() => t('status.markingPercent', { pct: Math.round(fraction * 100) }), { progress: fraction, cancellable: true });
    }
  });
  if (generation !== state.generation) return;
  state.rendering = false;
  if (!done) {
    setPageState('cancelled');
    setStatus(() => t('status.markingStopped', { summary: summary() }));
    els.retry.hidden = false;
    return;
  }
  restoreSelection();
  setStatus(() => t('status.done', { summary: summary(), ms: fmt(Math.round(analysed)) }));
  performance.mark('quelle:ready');
  setPageState('ready');
  if (!state.renderedOnce) {
    state.renderedOnce = true;
    performance.mark('quelle:first-render');
  }
}

/** @param {unknown} e why the analysis of the current text failed */
function showFailure(e) {
  const error = /** @type {{code?: string, message?: string}} */ (e);
  if (error.code === 'cancelled') {
    setPageState('cancelled');
    setStatus(() => t('status.cancelled'));
    els.retry.hidden = false;
  } else {
    setPageState('error');
    setStatus(() => t('status.failed', { message: error.message ?? String(e) }));
  }
}

/**
 * Aborts the stale analyses of long texts: their results would be dropped,
 * and each would hold up the analysis of the new text. A short one is left
 * to finish, since aborting it while it runs costs a fresh worker.
 */
function abortStale() {
  for (const run of state.inflight.values()) {
    if (run.length > CANCEL_ABOVE) run.controller.abort();
  }
}

function showNothing() {
  state.analysis = null;
  state.analysedText = '';
  state.jsonDirty = true;
  els.exportButton.disabled = true;
  article.clear();
  panels.update(null, '');
  clearSelection();
  els.article.hidden = true;
  els.legend.hidden = true;
  els.emptyState.hidden = false;
  els.languageStatus.textContent = '';
  setStatus('');
  if (state.view === 'json') renderJSON();
  setPageState('empty');
}

/**
 * @param {Analysis} analysis
 * @param {boolean} modelLoaded whether the worker had the language's entity model
 */
function showLanguage(analysis, modelLoaded) {
  state.modelLoaded = modelLoaded;
  const name = languageName(analysis.language);
  const how = analysis.languageGiven ? 'language.chosen' : analysis.languageConfidence < 0.2 ? 'language.uncertain' : 'language.detected';
  const parts = [t(how, { name })];
  if (!modelLoaded) parts.push(t('language.noModel'));
  els.languageStatus.textContent = parts.join(' · ');
  els.languageStatus.title = t('language.confidence', { pct: Math.round((analysis.languageConfidence ?? 0) * 100) });
}

function cancelWork() {
  if (state.inflight.size) {
    client.cancel();
  } else if (state.rendering) {
    article.cancel();
  }
}

// ---------------------------------------------------------------- selection

function clearSelection() {
  state.selection = { speaker: null, entity: null, quote: null };
  article.mark('sel-quote', []);
  article.mark('sel-mention', []);
  panels.setSelected(state.selection);
  els.clearSelection.hidden = true;
  if (state.analysis && els.html.dataset.state === 'ready') setStatus(summary);
}

/** @param {string} key */
function selectSpeaker(key, reveal = true) {
  if (reveal && state.selection.speaker === key) { clearSelection(); return; }
  const group = state.analysis ? speakers(state.analysis, state.analysedText).find((g) => g.key === key) : undefined;
  if (!group) { clearSelection(); return; }
  state.selection = { speaker: key, entity: null, quote: null };
  const pieces = article.quotePieces(group.quotes.map((q) => q.id));
  article.mark('sel-quote', pieces);
  article.mark('sel-mention', article.mentionPieces(group.entity?.id));
  panels.setSelected(state.selection);
  els.clearSelection.hidden = false;
  setStatus(() => t('status.speaker', {
    name: group.key === 'none' ? t('speakers.unattributed') : group.name, quotes: tn('count.quotes', group.quotes.length),
    direct: fmt(group.direct), reported: fmt(group.reported),
  }));
  if (reveal) {
    showView('read');
    article.reveal(pieces[0]);
  }
}

/** @param {number} id */
function selectEntity(id, reveal = true) {
  if (reveal && state.selection.entity === id) { clearSelection(); return; }
  const entity = state.analysis?.entities.find((e) => e.id === id);
  if (!entity) { clearSelection(); return; }
  state.selection = { speaker: null, entity: id, quote: null };
  const pieces = article.mentionPieces(id);
  article.mark('sel-quote', []);
  article.mark('sel-mention', pieces);
  panels.setSelected(state.selection);
  els.clearSelection.hidden = false;
  setStatus(() => t('status.entity', { name: entity.name, type: entityTypeName(entity.type), mentions: tn('count.mentions', entity.mentions.length) }));
  if (reveal) {
    showView('read');
    article.reveal(pieces[0]);
  }
}

/** @param {number} id */
function selectQuote(id, reveal = true) {
  const quote = state.analysis?.quotes.find((q) => q.id === id);
  if (!quote) { clearSelection(); return; }
  state.selection = { speaker: null, entity: null, quote: id };
  const pieces = article.quotePieces([id]);
  article.mark('sel-quote', pieces);
  article.mark('sel-mention', []);
  panels.setSelected(state.selection);
  els.clearSelection.hidden = false;
  const who = speakerName(quote, entityIndex(/** @type {Analysis} */ (state.analysis)));
  setStatus(() => (who ? t('status.quoteBy', { quote: quoteName(quote.type), who }) : `${quoteName(quote.type)}.`));
  if (reveal) {
    showView('read');
    article.reveal(pieces[0], true);
  }
}

/** After a new analysis: keep the selection if it still exists. */
function restoreSelection() {
  const { speaker, entity, quote } = state.selection;
  if (speaker) selectSpeaker(speaker, false);
  else if (entity !== null) selectEntity(entity, false);
  else if (quote !== null) selectQuote(quote, false);
  else clearSelection();
}

// ---------------------------------------------------------------- exports

function exportJSON() {
  if (!state.analysis) return;
  download(toJSON(shown(state.analysis)), `${fileStem()}.json`, 'application/json');
  toast(t('toast.json'));
}

function exportCSV() {
  if (!state.analysis) return;
  download(toCSV(state.analysis, state.analysedText), `${fileStem()}-quotes.csv`, 'text/csv;charset=utf-8');
  toast(tn('toast.csv', state.analysis.quotes.length));
}

async function exportMarkdown() {
  if (!state.analysis) return;
  const ok = await copyText(toMarkdown(shown(state.analysis), state.analysedText));
  toast(t(ok ? 'toast.md' : 'toast.noClipboard'));
}

/** Builds the tables that only the printout shows. */
function buildPrintTables() {
  const a = state.analysis;
  els.printTables.replaceChildren();
  if (!a) return;
  const text = state.analysedText;
  const entities = entityIndex(a);
  /**
   * @param {string} title
   * @param {string[]} head
   * @param {(string | number)[][]} rows
   */
  const table = (title, head, rows) => h('section', { class: 'print-section' },
    h('h2', null, title),
    h('table', null,
      h('thead', null, h('tr', null, ...head.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', null, ...rows.map((r) => h('tr', null, ...r.map((c) => h('td', null, String(c))))))));
  const groups = speakers(a, text);
  if (groups.length) {
    els.printTables.append(table(t('panel.speakers'), [t('col.speaker'), t('col.type'), t('col.quotes'), t('col.direct'), t('col.others'), t('col.shareWords')],
      groups.map((g) => [g.name, g.entity ? entityTypeName(g.entity.type) : '', fmt(g.quotes.length), fmt(g.direct), fmt(g.reported), `${Math.round(g.share * 100)} %`])));
  }
  if (a.quotes.length) {
    els.printTables.append(table(t('panel.quotes'), ['#', t('col.quote'), t('col.speaker'), t('col.type'), t('col.cue')],
      a.quotes.map((q, i) => [i + 1, quoteText(q, text), speakerName(q, entities) || '—', quoteTypeName(q.type), q.cue ? quoteText(q.cue, text) : '—'])));
  }
  if (a.entities.length) {
    els.printTables.append(table(t('panel.entities'), [t('col.entity'), t('col.type'), t('col.mentions'), t('col.roles')],
      a.entities.map((e) => [e.name, entityTypeName(e.type), fmt(e.mentions.length), (e.roles ?? []).join(', ')])));
  }
}

// ---------------------------------------------------------------- input

// ---------------------------------------------------------------- corpus

const corpus = new CorpusView({
  modelBaseUrl: new URL('./models/', document.baseURI).href,
  language: () => els.language.value,
  openArticle: (text, name) => {
    showCorpus(false);
    setText(text, { view: 'read' });
    toast(t('toast.opened', { name }));
  },
  toast,
});

/**
 * Shows the corpus view (many articles) or the single article.
 * @param {boolean} on
 */
function showCorpus(on) {
  byId('main').classList.toggle('corpus-mode', on);
  byId('corpus-view').hidden = !on;
  byId('corpus-button', HTMLButtonElement).setAttribute('aria-expanded', String(on));
  if (on) byId('corpus-heading').focus({ preventScroll: false });
}

/**
 * A drop the corpus view takes: many files, a folder, a table or an
 * archive, or anything while the corpus view is open. One article file
 * goes to the single-article view as before.
 * @param {DataTransfer} data
 */
function corpusDrop(data) {
  const items = [...data.items].filter((i) => i.kind === 'file');
  const entry = items.length === 1 ? items[0].webkitGetAsEntry?.() : null;
  const name = data.files[0]?.name ?? '';
  const many = items.length > 1 || !!entry?.isDirectory || ['zip', 'csv', 'jsonl'].includes(kindOf(name) ?? '');
  if (!many && byId('corpus-view').hidden) return false;
  showCorpus(true);
  corpus.drop(data);
  return true;
}

/** @param {File} file */
async function openFile(file) {
  try {
    const text = await readFile(file);
    if (!text.trim()) { toast(t('toast.noText', { name: file.name })); return; }
    setText(text, { view: 'read' });
    toast(t('toast.opened', { name: file.name }));
  } catch (e) {
    toast(String(/** @type {Error} */ (e).message ?? e));
  }
}

function setupInput() {
  els.input.addEventListener('input', (e) => {
    const wasEmpty = !state.text.trim();
    const pasted = /** @type {InputEvent} */ (e).inputType === 'insertFromPaste';
    onTextChanged(els.input.value.length > CANCEL_ABOVE ? DEBOUNCE_LONG_MS : DEBOUNCE_MS);
    if (pasted && wasEmpty && els.input.value.trim()) {
      clearTimeout(state.debounce);
      analyze();
      showView('read');
    }
  });
  // Paste anywhere outside a form field replaces the text.
  document.addEventListener('paste', (e) => {
    const target = /** @type {HTMLElement | null} */ (e.target instanceof HTMLElement ? e.target : null);
    if (target && target.closest('input, textarea, select, [contenteditable]')) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!text.trim()) return;
    e.preventDefault();
    setText(text.replace(/\r\n?/g, '\n'), { view: 'read' });
    toast(t('toast.pasted'));
  });
  els.language.addEventListener('change', () => {
    storage.saveLanguage(els.language.value);
    clearTimeout(state.debounce);
    analyze();
  });
  byId('clear-button', HTMLButtonElement).addEventListener('click', () => {
    storage.clearAll();
    els.language.value = '';
    setText('', { view: 'edit' });
    els.input.focus();
    toast(t('toast.cleared'));
  });
  byId('empty-paste', HTMLButtonElement).addEventListener('click', () => showView('edit', { focus: true }));
  els.cancel.addEventListener('click', cancelWork);
  els.retry.addEventListener('click', () => { clearTimeout(state.debounce); analyze(); });
  els.clearSelection.addEventListener('click', clearSelection);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && (state.inflight.size || state.rendering) && !document.querySelector(':popover-open')) cancelWork();
  });

  els.fileInput.accept = ACCEPT;
  byId('open-button', HTMLButtonElement).addEventListener('click', () => els.fileInput.click());
  els.fileInput.addEventListener('change', () => {
    const file = els.fileInput.files?.[0];
    if (file) openFile(file);
    els.fileInput.value = '';
  });
  setupDrop(els.dropOverlay, openFile, corpusDrop);
  byId('corpus-button', HTMLButtonElement).addEventListener('click', () => showCorpus(byId('corpus-view').hidden));
  byId('corpus-close', HTMLButtonElement).addEventListener('click', () => showCorpus(false));

  for (const sample of SAMPLES) {
    const choose = () => {
      els.samplesMenu.hidePopover();
      els.language.value = '';
      storage.saveLanguage('');
      setText(sample.text, { view: 'read' });
    };
    const item = h('button', { type: 'button', class: 'menu-item', lang: sample.language, 'data-sample': sample.id },
      h('span', { class: 'menu-label' }, sample.title), h('span', { class: 'menu-hint' }, sample.label));
    item.addEventListener('click', choose);
    els.samplesList.append(h('li', null, item));
    // One chip per language on the empty page (the menu lists them all).
    if (SAMPLES.find((s) => s.language === sample.language) !== sample) continue;
    const chip = h('button', { type: 'button', class: 'btn btn-chip', lang: sample.language, 'data-sample': sample.id }, sample.label);
    chip.addEventListener('click', choose);
    els.emptySamples.append(chip);
  }

  byId('export-json', HTMLButtonElement).addEventListener('click', () => { els.exportMenu.hidePopover(); exportJSON(); });
  byId('export-csv', HTMLButtonElement).addEventListener('click', () => { els.exportMenu.hidePopover(); exportCSV(); });
  byId('export-md', HTMLButtonElement).addEventListener('click', () => { els.exportMenu.hidePopover(); exportMarkdown(); });
  byId('export-print', HTMLButtonElement).addEventListener('click', () => { els.exportMenu.hidePopover(); window.print(); });
  window.addEventListener('beforeprint', buildPrintTables);

  byId('toggle-labels', HTMLInputElement).addEventListener('change', (e) => {
    els.article.classList.toggle('show-labels', /** @type {HTMLInputElement} */ (e.target).checked);
  });
  byId('toggle-sentences', HTMLInputElement).addEventListener('change', (e) => {
    els.article.classList.toggle('show-sentences', /** @type {HTMLInputElement} */ (e.target).checked);
  });
  const genderToggle = byId('toggle-gender', HTMLInputElement);
  genderToggle.checked = !storage.loadHideGender();
  setGenderHidden(!genderToggle.checked);
  genderToggle.addEventListener('change', () => {
    storage.saveHideGender(!genderToggle.checked);
    setGenderHidden(!genderToggle.checked);
  });
}

/** Menus (popovers): focus the first item on open, arrow keys move between items. */
function setupMenus() {
  for (const menu of [els.samplesMenu, els.exportMenu]) {
    // Placed under its button (fixed position, kept inside the viewport):
    // first with an estimated width, then corrected once it is open.
    const place = (/** @type {number} */ width) => {
      const button = document.querySelector(`[popovertarget="${menu.id}"]`);
      if (!button) return;
      const r = button.getBoundingClientRect();
      const wanted = menu.classList.contains('menu-end') ? r.right - width : r.left;
      menu.style.top = `${Math.round(r.bottom + 6)}px`;
      menu.style.left = `${Math.round(Math.max(8, Math.min(wanted, window.innerWidth - width - 8)))}px`;
    };
    menu.addEventListener('beforetoggle', (e) => {
      if (/** @type {any} */ (e).newState === 'open') place(Math.min(320, window.innerWidth - 16));
    });
    menu.addEventListener('toggle', (e) => {
      if (/** @type {any} */ (e).newState === 'open') place(menu.offsetWidth);
    });
    menu.addEventListener('toggle', (e) => {
      const open = /** @type {any} */ (e).newState === 'open';
      const button = document.querySelector(`[popovertarget="${menu.id}"]`);
      button?.setAttribute('aria-expanded', String(open));
      if (open) menu.querySelector('button')?.focus();
    });
    menu.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
      const items = /** @type {HTMLButtonElement[]} */ ([...menu.querySelectorAll('button:not(:disabled)')]);
      const at = items.indexOf(/** @type {HTMLButtonElement} */ (document.activeElement));
      let next = 0;
      if (e.key === 'ArrowDown') next = (at + 1) % items.length;
      else if (e.key === 'ArrowUp') next = (at - 1 + items.length) % items.length;
      else if (e.key === 'End') next = items.length - 1;
      e.preventDefault();
      items[next]?.focus();
    });
  }
}

// ---------------------------------------------------------------- offline

function setupServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const hadController = !!navigator.serviceWorker.controller;
  // Marked for translateDocument(), which writes it now and on a change of the page language.
  const offline = (/** @type {string} */ key) => {
    els.offlineStatus.dataset.i18n = key;
    els.offlineStatus.textContent = t(key);
  };
  navigator.serviceWorker.register('./sw.js').then(() => navigator.serviceWorker.ready).then(() => offline('offline.ready'))
    .catch(() => offline('offline.unavailable'));
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) els.updateNote.hidden = false;
  });
  byId('reload-button', HTMLButtonElement).addEventListener('click', () => location.reload());
}

// ---------------------------------------------------------------- start

/**
 * The page in another language: the static words (translateDocument), and
 * whatever the scripts wrote, from what is kept (no new analysis).
 * @param {string} language
 */
async function onPageLanguage(language) {
  setPageLanguage(language);
  els.statusText.textContent = state.status();
  els.charCount.textContent = tn('count.characters', state.text.length);
  showSampleCredit(state.text);
  renderJSONNote(Number(els.jsonNote.dataset.length ?? 0));
  if (state.analysis) showLanguage(state.analysis, state.modelLoaded);
  corpus.redraw();
  article.hideTooltip();
  await panels.update(state.analysis, state.analysedText);
  panels.setSelected(state.selection);
}

function start() {
  translateDocument();
  const pageLanguageSelect = byId('page-language', HTMLSelectElement);
  pageLanguageSelect.value = pageLanguage();
  pageLanguageSelect.addEventListener('change', () => onPageLanguage(pageLanguageSelect.value));
  setupTabs();
  setupInput();
  setupMenus();
  setupServiceWorker();
  els.language.value = storage.loadLanguage();
  const saved = storage.loadText();
  if (saved) {
    setText(saved, { view: 'read' });
  } else {
    showView('read');
    setText('');
    // Start the engine while the reader is still reading the page, so that
    // the first paste is analysed without waiting for the wasm to compile.
    const idle = /** @type {any} */ (window).requestIdleCallback ?? ((/** @type {() => void} */ f) => setTimeout(f, 500));
    idle(() => { if (!state.text && !state.inflight.size) client.analyze('.', { entities: false, quotes: false }).catch(() => {}); });
  }
}

start();
