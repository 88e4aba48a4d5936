// Offline after the first visit. The cache is named after the build (scripts/post-build.mjs fills in the name
// and the list of the build's files): installing keeps every file of this build, activating removes the caches
// of earlier builds. Same-origin GET requests go to the network first and are kept as they arrive; without a
// network the cached copy answers, so the map, its data and every card still work; a page not kept is the map,
// any other file not kept fails. Requests to other hosts
// (opt-in tiles, links) are never touched.
const CACHE = 'zhonglou-map-dev';
const PRECACHE = [];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page also lists what it loaded (a link's own data file, say), so that is kept too.
self.addEventListener('message', (event) => {
  const urls = (event.data && event.data.cache) || [];
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(urls))
      .then(() => event.source && event.source.postMessage({ cached: urls.length })),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() =>
        caches
          .match(request)
          // The page's own address with any link (?place=…) is the page; a data file asked for with its
          // version (?v=…) is the one kept.
          .then((cached) => cached || caches.match(request, { ignoreSearch: true }))
          // Only a page falls back to the map; any other file not kept fails as the network did, so the map
          // can say it could not be reached offline instead of reading the page as data.
          .then((cached) => cached || (request.mode === 'navigate' ? caches.match('/') : Response.error())),
      ),
  );
});
