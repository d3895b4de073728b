// The checker's service worker: after the first visit every file of the app is served from the cache, so
// it works offline. Cache-first for the app's own files only; nothing else is fetched. The build fills in
// the file list and a version (a hash of the files), so a new build replaces the old cache.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `commslint-app-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('commslint-app-') && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(event.request, { ignoreSearch: true });
      if (hit) return hit;
      // "/" is index.html.
      if (url.pathname.endsWith('/')) {
        const index = await cache.match(new URL('index.html', url));
        if (index) return index;
      }
      return fetch(event.request);
    }),
  );
});
