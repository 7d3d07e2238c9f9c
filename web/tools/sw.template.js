// CloudGap's service worker: after one visit the app starts with no network.
// Generated from web/tools/sw.template.js by web/tools/site.mjs at build time;
// BUILD below lists every file of this build, the code with its SHA-256.
//
// One cache per build, named after a hash of all its files, filled all at once
// (cache.addAll fails as a whole) with integrity-checked requests: a cache holds
// exactly one build, so app.js and app.wasm can never come from two versions,
// and a file that differs from the build (an upload in progress, a CDN's stale
// copy, a host that rewrites pages) fails the install instead of being kept.
// A new build installs beside the old one and waits; the page offers to reload
// (web/sw-register.js), then posts SKIP_WAITING, and the old cache is deleted.
// Files marked "later" join the cache when first asked for (see keepLater).
'use strict';

const BUILD = /* BUILD */ {cache: 'dev', files: []};

// A network slower than this counts as none (captive portals, one bar of signal):
// the cached copy starts the app instead.
const NETWORK_TIMEOUT_MS = 3000;

// Several copies of the app may share an origin (/a/, /b/); each owns only the
// caches of its own scope.
const PREFIX = 'cloudgap:' + self.registration.scope + ':';
const CACHE = PREFIX + BUILD.cache;
const scopeUrl = new URL(self.registration.scope);
// Files a first visit does not need ("later": the catalog's words, the icons
// for installing) are kept the first time they are asked for, and fetched in
// the background on the next visit, so the first visit stays small and the
// second leaves nothing uncached.
const laterFiles = BUILD.files.filter((f) => f.later);
const later = new Map(laterFiles.map((f) => [new URL(f.path, scopeUrl).href, f]));
const precached = new Set(BUILD.files.filter((f) => !f.later).map((f) => new URL(f.path, scopeUrl).href));
// Files a host edits after the build (config.json, the manifest, icons; marked
// "editable", without a hash): from the network first, so an edit shows on the
// next visit, and from this cache when offline.
const editable = new Set(BUILD.files.filter((f) => f.editable).map((f) => new URL(f.path, scopeUrl).href));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      // 'no-cache' asks the host whether the copy the page just downloaded is
      // still current (ETag, Last-Modified) instead of downloading everything a
      // second time on the first visit; a previous build's copy is never taken,
      // and the integrity check refuses anything else (BENCHMARKS.md).
      await cache.addAll(BUILD.files.filter((f) => !f.later).map((f) =>
        new Request(new URL(f.path, scopeUrl), {cache: 'no-cache', integrity: f.integrity || ''})));
    } catch (e) {
      await caches.delete(CACHE);  // Never leave half a build behind.
      throw e;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
  // From a page this worker already controlled when it loaded (web/sw-register.js).
  if (event.data === 'KEEP_LATER') {
    event.waitUntil(Promise.all([...later.keys()].map((href) => keepLater(href).catch(() => {}))));
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scopeUrl.origin) return;  // The app makes none; let the browser decide.
  if (request.mode === 'navigate') {
    // Any address in scope (with ?query or #fragment) is the one page.
    event.respondWith(fromCache(new URL('index.html', scopeUrl).href, request));
  } else if (editable.has(url.origin + url.pathname)) {
    event.respondWith(networkFirst(request));
  } else if (later.has(url.origin + url.pathname)) {
    event.respondWith(keepLater(url.origin + url.pathname));
  } else if (precached.has(url.origin + url.pathname)) {
    event.respondWith(fromCache(url.origin + url.pathname, request));
  } else {
    event.respondWith(networkFirst(request));  // A host's logo, say: kept for offline use.
  }
});

async function fromCache(key, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(key)) || fetch(request);
}

// From the cache, else from the network with its build's hash checked, then kept.
async function keepLater(href) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(href);
  if (cached) return cached;
  const file = later.get(href);
  const response = await fetch(new Request(href, {cache: 'no-cache', integrity: file.integrity || ''}));
  if (response.ok) await cache.put(href, response.clone());
  return response;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await Promise.race([
      fetch(request, {cache: 'no-cache'}),
      new Promise((resolve, reject) =>
        setTimeout(() => reject(new Error('network timeout')), NETWORK_TIMEOUT_MS)),
    ]);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (e) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw e;
  }
}
