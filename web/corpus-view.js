// @ts-check
/**
 * The corpus view: many articles at once (issue #19). Presentation only:
 * the numbers come from the corpus report (core/report/ in wasm, the same
 * code as `quelle report`), the work from CorpusRun (corpus.js).
 */
import { h, byId, fmt } from './dom.js';
import { download, fileStem } from './export.js';
import { QuelleClient } from './engine/client.js';
import { CorpusRun, poolSize, speakersCSV } from './corpus.js';
import { articlesOf, droppedFiles, inputFiles, ENCODINGS } from './corpus-input.js';
import { GENDERS, QUOTE_TYPES, genderName, genderWord, entityTypeName, quoteTypeName } from './model.js';
import { t, tn, localize } from './i18n.js';

/**
 * @typedef {import('./engine/client.js').CorpusReport} CorpusReport
 * @typedef {import('./corpus.js').ArticleRow} ArticleRow
 * @typedef {import('./corpus.js').Progress} Progress
 * @typedef {CorpusReport['speakers'][number]} CorpusSpeaker
 */

/** Rows of the articles table shown at first, and added by "Show more". */
const ARTICLE_PAGE = 100;
/** Speakers in the table (the CSV export has them all). */
const SPEAKER_ROWS = 200;
/** Speakers with a share-of-voice bar. */
const SPEAKER_BARS = 10;

/** The columns of the speaker table: label and how to sort by it. */
const SPEAKER_COLUMNS = /** @type {const} */ ([
  ['name', 'col.speaker'], ['type', 'col.type'], ['gender', 'col.gender'], ['quotes', 'col.quotes'], ['words', 'col.words'],
  ['share', 'col.share'], ['direct', 'col.direct'], ['other', 'col.others'], ['articles', 'col.articles'],
]);

const percent = (/** @type {number} */ x) => `${fmt(x * 100, 1)} %`;

export class CorpusView {
  /**
   * @param {{modelBaseUrl: string, language: () => string, openArticle: (text: string, name: string) => void,
   *   toast: (message: string) => void}} options
   */
  constructor(options) {
    this.options = options;
    this.section = byId('corpus-view');
    this.els = {
      progress: byId('corpus-progress', HTMLProgressElement),
      status: byId('corpus-status'),
      cancel: byId('corpus-cancel', HTMLButtonElement),
      results: byId('corpus-results'),
      summary: byId('corpus-summary'),
      gender: byId('corpus-gender'),
      speakerBars: byId('corpus-speaker-bars'),
      speakers: byId('corpus-speakers', HTMLTableElement),
      types: byId('corpus-types'),
      buckets: byId('corpus-buckets'),
      articles: byId('corpus-articles', HTMLTableElement),
      more: byId('corpus-more', HTMLButtonElement),
      entities: byId('corpus-entities'),
      errors: byId('corpus-errors'),
      encoding: byId('corpus-encoding', HTMLSelectElement),
      files: byId('corpus-file-input', HTMLInputElement),
      folder: byId('corpus-folder-input', HTMLInputElement),
    };
    /** @type {CorpusRun | null} */
    this.run = null;
    /** The pool: one client (worker) per core but one, started with the first run and kept. */
    /** @type {QuelleClient[]} */
    this.clients = [];
    /** @type {{key: string, descending: boolean}} */
    this.sort = { key: 'words', descending: true };
    this.articleRows = ARTICLE_PAGE;
    /** The status line's last progress, to write it again in another page language. */
    /** @type {{progress: Progress, finished: boolean} | null} */
    this.shown = null;
    this.setup();
  }

  /** @private */
  setup() {
    const { els } = this;
    for (const e of ENCODINGS) els.encoding.append(h('option', e === 'auto' ? { value: e, 'data-i18n': 'corpus.encodingAuto' } : { value: e }, e === 'auto' ? t('corpus.encodingAuto') : e));
    byId('corpus-choose-files', HTMLButtonElement).addEventListener('click', () => els.files.click());
    byId('corpus-choose-folder', HTMLButtonElement).addEventListener('click', () => els.folder.click());
    for (const input of [els.files, els.folder]) {
      input.addEventListener('change', () => {
        const files = inputFiles(input.files ?? []);
        input.value = '';
        if (files.length) this.start(files);
      });
    }
    els.cancel.addEventListener('click', () => this.run?.cancel());
    byId('corpus-sample', HTMLButtonElement).addEventListener('click', () => this.sample());
    els.more.addEventListener('click', () => { this.articleRows += ARTICLE_PAGE; this.renderArticles(); });
    byId('corpus-export-speakers', HTMLButtonElement).addEventListener('click', () => {
      if (this.run?.report) download(speakersCSV(this.run.report), `${fileStem()}-speakers.csv`, 'text/csv');
    });
    byId('corpus-export-quotes', HTMLButtonElement).addEventListener('click', () => {
      if (this.run) download(this.run.quotesCSV(), `${fileStem()}-quotes.csv`, 'text/csv');
    });
    byId('corpus-export-jsonl', HTMLButtonElement).addEventListener('click', () => {
      if (this.run) download(this.run.jsonl(), `${fileStem()}-corpus.jsonl`, 'application/x-ndjson');
    });
    byId('corpus-export-report', HTMLButtonElement).addEventListener('click', () => {
      if (this.run?.report) download(`${JSON.stringify(this.run.report, null, 2)}\n`, `${fileStem()}-report.json`, 'application/json');
    });
  }

  /** The corpus sample: 50 English Wikinews articles (CC BY 2.5, web/samples/NOTICE.md), from this site. */
  async sample() {
    const response = await fetch(new URL('samples/wikinews-en-2019.csv', document.baseURI), { credentials: 'same-origin' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    await this.start([{ path: 'wikinews-en-2019.csv', size: bytes.length, bytes: async () => bytes }]);
  }

  /**
   * Takes a drop: the files and folders in it.
   * @param {DataTransfer} data
   */
  async drop(data) {
    this.start(await droppedFiles(data));
  }

  /**
   * Reads the files into articles and analyses them all.
   * @param {import('./corpus-input.js').InputFile[]} files
   */
  async start(files) {
    this.run?.dispose();
    const { els } = this;
    document.documentElement.dataset.corpus = 'reading';
    this.shown = null;
    els.status.textContent = tn('corpus.reading', files.length);
    /** @type {import('./corpus-input.js').ArticleSource[]} */
    const sources = [];
    for (const f of files) sources.push(...await articlesOf(f, els.encoding.value));
    if (this.clients.length === 0) {
      this.clients = Array.from({ length: poolSize() }, () => new QuelleClient({ modelBaseUrl: this.options.modelBaseUrl }));
    }
    const run = new CorpusRun({
      clients: this.clients,
      language: this.options.language(),
      onProgress: (p) => this.showProgress(p),
      onReport: () => this.render(),
    });
    this.run = run;
    this.articleRows = ARTICLE_PAGE;
    els.cancel.hidden = false;
    els.progress.hidden = false;
    document.documentElement.dataset.corpus = 'running';
    await run.run(sources);
    if (this.run !== run) return;
    els.cancel.hidden = true;
    document.documentElement.dataset.corpus = run.cancelled ? 'cancelled' : 'done';
    this.showProgress({ ...run.progress }, true);
    this.render();
  }

  /**
   * @private
   * @param {Progress} p
   * @param {boolean} [finished]
   */
  showProgress(p, finished = false) {
    const { els } = this;
    this.shown = { progress: p, finished };
    els.progress.max = Math.max(1, p.total);
    els.progress.value = p.done;
    const mbps = p.seconds > 0 ? p.bytesDone / 1e6 / p.seconds : 0;
    const left = mbps > 0 ? (p.bytesTotal - p.bytesDone) / 1e6 / mbps : NaN;
    const failed = p.failed ? t('corpus.failed', { n: fmt(p.failed) }) : '';
    // Counted by the total: "3 of 1 article" never happens, "0 of 1 article" does.
    const fields = { done: fmt(p.done), mbps: fmt(mbps, 2), failed };
    if (finished) {
      els.status.textContent = tn(this.run?.cancelled ? 'corpus.cancelled' : 'corpus.finished', p.total, { ...fields, s: fmt(p.seconds, 1) });
      return;
    }
    const eta = Number.isFinite(left) ? t('corpus.eta', { s: fmt(Math.ceil(left)) }) : '';
    els.status.textContent = tn('corpus.running', p.total, { ...fields, eta, workers: tn('count.workers', poolSize()) });
  }

  /** Writes what the view shows again, in the page language of now. */
  redraw() {
    if (this.shown) this.showProgress(this.shown.progress, this.shown.finished);
    this.render();
  }

  /** Draws every part of the view from the latest report. */
  render() {
    const report = this.run?.report;
    if (!report) return;
    this.els.results.hidden = false;
    this.els.summary.textContent = t('corpus.summary', {
      articles: tn('count.articles', report.articles), failed: fmt(report.failed), quotes: tn('count.quotes', report.quotes),
      words: tn('count.quotedWords', report.quotedWords), speakers: tn('count.speakers', report.speakerCount),
    });
    this.renderGender(report);
    this.renderSpeakerBars(report);
    this.renderSpeakers(report);
    this.renderCounts(report);
    this.renderArticles();
    this.els.entities.replaceChildren(...report.entities.map((e) =>
      h('li', null, h('span', { class: 'corpus-name' }, e.name),
        ` ${entityTypeName(e.type)} · ${tn('count.mentions', e.mentions)} ${tn('count.inArticles', e.articles)}`)));
    this.els.errors.replaceChildren(...report.errors.map((e) =>
      h('li', null, h('span', { class: 'corpus-name' }, String(e.id)), `: ${localize(e.message)} (${e.code})`)));
    byId('corpus-errors-section').hidden = report.errors.length === 0;
  }

  /**
   * One labelled bar.
   * @param {string} label
   * @param {number} share 0..1
   * @param {string} detail
   * @param {string} [kind]
   * @param {number} [scale] the share of a full bar (speakers: the most quoted one's)
   */
  bar(label, share, detail, kind = '', scale = 1) {
    const fill = h('span', { class: `bar-fill ${kind}` });
    fill.style.width = `${Math.max(0, Math.min(100, (share / (scale || 1)) * 100)).toFixed(2)}%`;
    return h('div', { class: 'bar-row' }, h('span', { class: 'bar-label' }, label),
      h('span', { class: 'bar-track', role: 'img', 'aria-label': `${label}: ${percent(share)}` }, fill),
      h('span', { class: 'bar-value' }, `${percent(share)} · ${detail}`));
  }

  /** @private @param {CorpusReport} report */
  renderGender(report) {
    const g = report.gender;
    this.els.gender.replaceChildren(
      ...GENDERS.map((k) => this.bar(genderName(k), g[k].share, `${tn('count.quotes', g[k].quotes)}, ${tn('count.words', g[k].words)}`, `g-${k}`)),
      h('p', { class: 'hint' }, t('corpus.genderNote', { persons: fmt(g.persons.quotes), others: tn('count.quotes', g.others.quotes) })));
  }

  /** @private @param {CorpusReport} report */
  renderSpeakerBars(report) {
    const top = report.speakers.slice(0, SPEAKER_BARS);
    // Bars relative to the most quoted speaker (the label gives the share of all quoted words).
    const scale = top[0]?.share ?? 1;
    this.els.speakerBars.replaceChildren(...top.map((s) => this.bar(s.name, s.share, tn('count.quotes', s.quotes), '', scale)),
      h('p', { class: 'hint' }, t('corpus.barsNote')));
  }

  /** @private @param {CorpusReport} report */
  renderSpeakers(report) {
    const { key, descending } = this.sort;
    const k = /** @type {keyof CorpusSpeaker} */ (key);
    const sorted = [...report.speakers].sort((a, b) => {
      const x = a[k];
      const y = b[k];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return descending ? -order : order;
    });
    const head = h('tr', null, ...SPEAKER_COLUMNS.map(([col, label]) => {
      const button = h('button', { type: 'button', class: 'sort-button', 'data-sort': col }, t(label));
      button.addEventListener('click', () => {
        this.sort = { key: col, descending: this.sort.key === col ? !this.sort.descending : col !== 'name' && col !== 'type' && col !== 'gender' };
        this.renderSpeakers(report);
      });
      const sort = col === key ? (descending ? 'descending' : 'ascending') : undefined;
      return h('th', { scope: 'col', 'aria-sort': sort, class: col === 'gender' ? 'gender' : undefined }, button);
    }));
    const rows = sorted.slice(0, SPEAKER_ROWS).map((s) => h('tr', null,
      h('th', { scope: 'row' }, s.name), h('td', null, s.type ? entityTypeName(s.type) : t('corpus.noEntity')),
      h('td', { class: 'gender' }, s.gender ? genderWord(s.gender) : '—'), h('td', { class: 'num' }, fmt(s.quotes)), h('td', { class: 'num' }, fmt(s.words)),
      h('td', { class: 'num' }, percent(s.share)), h('td', { class: 'num' }, fmt(s.direct)), h('td', { class: 'num' }, fmt(s.other)),
      h('td', { class: 'num' }, fmt(s.articles))));
    this.els.speakers.replaceChildren(h('caption', { class: 'visually-hidden' }, t('corpus.speakersCaption')),
      h('thead', null, head), h('tbody', null, ...rows));
  }

  /** @private @param {CorpusReport} report */
  renderCounts(report) {
    this.els.types.replaceChildren(...QUOTE_TYPES.flatMap((q) => [h('dt', null, quoteTypeName(q)), h('dd', null, fmt(report.types[q]))]));
    const table = (/** @type {string} */ title, /** @type {{articles: number, quotes: number}[]} */ list, /** @type {(x: any) => string} */ name) =>
      list.length === 0 ? null : h('table', { class: 'table table-small' }, h('caption', null, title),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, title), h('th', { scope: 'col' }, t('col.articles')), h('th', { scope: 'col' }, t('col.quotes')))),
        h('tbody', null, ...list.map((b) => h('tr', null, h('th', { scope: 'row' }, name(b)), h('td', { class: 'num' }, fmt(b.articles)), h('td', { class: 'num' }, fmt(b.quotes))))));
    this.els.buckets.replaceChildren(...[
      table(t('col.outlet'), report.outlets, (b) => b.outlet), table(t('col.date'), report.dates, (b) => b.date), table(t('col.language'), report.languages, (b) => b.language),
    ].filter((x) => x !== null));
  }

  /** @private */
  renderArticles() {
    const articles = this.run?.articles ?? [];
    const head = h('tr', null, ...['col.article', 'col.outlet', 'col.date', 'col.language', 'col.quotes', 'col.top', 'col.problem'].map((k) => h('th', { scope: 'col' }, t(k))));
    const rows = articles.slice(0, this.articleRows).map((row) => this.articleRow(row));
    this.els.articles.replaceChildren(h('caption', { class: 'visually-hidden' }, t('corpus.articlesHeading')), h('thead', null, head), h('tbody', null, ...rows));
    this.els.more.hidden = articles.length <= this.articleRows;
  }

  /**
   * @private
   * @param {ArticleRow} row
   */
  articleRow({ source, summary }) {
    const open = h('button', { type: 'button', class: 'link-button', 'data-article': source.id }, source.name);
    open.addEventListener('click', async () => {
      try {
        this.options.openArticle(await source.reload(), source.name);
      } catch (e) {
        this.options.toast(t('toast.cannotOpen', { name: source.name, message: localize(/** @type {Error} */ (e).message) }));
      }
    });
    const top = summary.speakers?.[0];
    return h('tr', { class: summary.error ? 'row-error' : undefined },
      h('th', { scope: 'row' }, summary.error ? source.name : open), h('td', null, source.outlet ?? ''), h('td', null, source.date ?? ''),
      h('td', null, summary.language ?? ''), h('td', { class: 'num' }, summary.error ? '' : fmt(summary.quotes ?? 0)),
      h('td', null, top ? top.name : ''), h('td', null, summary.error ? localize(summary.error.message) : ''));
  }
}
