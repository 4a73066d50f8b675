// @ts-check
/// <reference lib="webworker" />
/**
 * Quelle's service worker: precaches the page, its scripts and the engine
 * (wasm), then answers every same-origin GET from that cache first, so the
 * page loads and analyses with the network off. Entity models (1-3 MB each)
 * are not precached: a reader gets the model of a language the first time a
 * text in it is analysed, and from then on it is cached too — a German
 * reader's first visit does not download the six other models.
 *
 * scripts/build-web replaces the PRECACHE line below with the list of files
 * and their content hashes; the cache name carries a hash of that list, so
 * any change of any file gives a new service worker and a fresh cache (and
 * the old cache is deleted when the new worker activates).
 */
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));

/** @type {{version: string, files: [string, string][]}} */
const PRECACHE = { version: 'dev', files: [] }; // @precache (replaced by scripts/build-web)

const CACHE = `quelle-${PRECACHE.version}`;
const scope = new URL(sw.registration.scope);

/** @param {string} path */
const isModel = (path) => /(^|\/)models\/(ner-[a-z]{2}\.qnm|quotes-[a-z]{2}\.qqm)$/.test(path);

/** @param {string} path */
const urlOf = (path) => new URL(path, scope).href;

sw.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const eager = PRECACHE.files.filter(([path]) => !isModel(path));
    await Promise.all(eager.map(async ([path, hash]) => {
      const response = await fetch(new Request(urlOf(path), { cache: 'reload', credentials: 'same-origin' }));
      if (!response.ok) throw new Error(`precache: ${path}: HTTP ${response.status}`);
      await cache.put(urlOf(path), response);
      return hash;
    }));
    await sw.skipWaiting();
  })());
});

sw.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('quelle-') && name !== CACHE) await caches.delete(name);
    }
    await sw.clients.claim();
  })());
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
    if (hit) return hit;
    if (request.mode === 'navigate') {
      const page = await cache.match(urlOf('index.html'));
      if (page) {
        try {
          return await fetch(request);
        } catch {
          return page;
        }
      }
    }
    const response = await fetch(request);
    // Models are cached when first used (see above); the cache name changes
    // with every build, so a retrained model replaces the old one.
    if (response.ok && isModel(url.pathname)) await cache.put(request, response.clone());
    return response;
  })());
});
