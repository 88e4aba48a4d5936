// The page's one script before the program (async: it never holds up the first paint, and runs as soon as it
// arrives, usually before the first view is painted).
//
// A link that asks for what the prerendered first view cannot show (another language, other data, the map for
// embedding, a tour, a proposed correction) gets a neutral page until the live app takes over, rather than the
// built-in map in Simplified Chinese as if it were the answer (assets/style.css, [data-first-view=waits]).
const asked = new URLSearchParams(location.search);
const otherLanguage = asked.has('lang') && !/^zh-hans$/i.test(asked.get('lang').trim());
if (otherLanguage || ['data', 'embed', 'tour', 'fix'].some((key) => asked.has(key))) {
  document.documentElement.dataset.firstView = 'waits';
}

// A ?data= link's file is asked for now, while the program is still on its way: the program's own request for
// the same address (src/app.rs) then takes this response instead of starting over. Only addresses the program
// would fetch (http(s) or a path on this site: core::url_state::is_fetchable).
const data = asked.get('data')?.trim();
const scheme = data && /^([a-z][a-z0-9+.-]*):/i.exec(data);
if (data && (!scheme || /^https?$/i.test(scheme[1]))) {
  const preload = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: data, crossOrigin: 'anonymous' });
  document.head.append(preload);
}

// Registers the offline service worker and hands it the files this first visit already loaded.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const own = performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => new URL(name).origin === location.origin);
        registration.active.postMessage({ cache: ['/', ...own] });
      })
      .catch(() => {
        // Without a service worker the map still works online; nothing to tell the user.
      });
  });
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data && event.data.cached) document.documentElement.dataset.offlineReady = 'true';
  });
}
