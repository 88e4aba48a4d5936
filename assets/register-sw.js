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
