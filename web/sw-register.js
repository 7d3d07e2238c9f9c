// Installs the service worker (sw.js) that lets CloudGap start offline, and
// offers a reload when a new version has been downloaded. A new version never
// takes over a running page by itself: the page would keep the old app.js and
// app.wasm in memory while anything fetched later came from the new build.
// Only over http(s): on file:// (the single-file edition) there is no worker.
'use strict';
(function () {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const sw = navigator.serviceWorker;
  const hadController = !!sw.controller;
  let reloading = false;

  function showBanner(onReload) {
    if (document.getElementById('update-banner')) return;
    const banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.className = 'update-banner';
    banner.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = 'A new version is available';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', function () {
      button.disabled = true;
      onReload();
    });
    banner.append(text, button);
    document.body.appendChild(banner);
  }

  function offer(worker) {
    showBanner(function () {
      reloading = true;
      worker.postMessage('SKIP_WAITING');
    });
  }

  sw.addEventListener('controllerchange', function () {
    if (reloading) {
      location.reload();
    } else if (hadController) {
      // Another tab let the new version in; this page still runs the old one.
      showBanner(function () { location.reload(); });
    }
    // Without a previous controller this is the first install claiming the page: nothing to say.
  });

  // After the app's first frame is on screen (the User Timing mark the app makes;
  // app/frame_probe.h), so the worker's downloads never slow the first start:
  // the page's load event comes before app.js and app.wasm are in (BENCHMARKS.md).
  // Ten seconds at most, so a page whose app never draws still gets the worker.
  function afterFirstFrame(start) {
    let started = false;
    const once = function () { if (!started) { started = true; start(); } };
    const drawn = function () { return performance.getEntriesByName('first-complete-frame').length > 0; };
    if (drawn()) return once();
    if (typeof PerformanceObserver === 'function') {
      const observer = new PerformanceObserver(function () {
        if (drawn()) { observer.disconnect(); once(); }
      });
      observer.observe({type: 'mark'});
    }
    setTimeout(once, 10000);
  }

  afterFirstFrame(function () {
    sw.register('sw.js').then(function (registration) {
      // A returning visit: the worker fetches, in the background, what the first
      // visit left for later (the catalog's words), so nothing needs the network.
      if (sw.controller) sw.controller.postMessage('KEEP_LATER');
      if (registration.waiting && sw.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', function () {
        const worker = registration.installing;
        if (!worker) return;
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed' && sw.controller) offer(worker);
        });
      });
    }).catch(function (e) {
      // The app works without it, only not offline.
      console.warn('CloudGap: offline support is unavailable here (' + e.message + ')');
    });
  });
})();
