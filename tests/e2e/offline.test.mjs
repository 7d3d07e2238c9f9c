// Offline-first: after one visit the app starts and the journey runs with no
// network, from one versioned cache; a new build is offered, never forced, and
// replaces the old cache as a whole.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {startServer, launchBrowser, openApp, copySite, findItem, click, clickScrolled, clickUntil} from './harness.mjs';
import {runJourney} from './journey.mjs';
import {writeServiceWorker} from '../../web/tools/site.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// navigator.serviceWorker.ready never settles without a worker: race it.
async function workerReady(page, timeout = 20000) {
  const ready = await page.evaluate((ms) => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), ms)),
  ]), timeout);
  assert.ok(ready, `no active service worker after ${timeout} ms`);
  // The first install claims the open page; from then on it serves it.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {timeout});
}

const cacheNames = (page) => page.evaluate(async () =>
  (await caches.keys()).filter((name) => name.startsWith('cloudgap:')));

async function waitForApp(page) {
  await page.waitForFunction(() => window.cloudgap && window.cloudgap.test &&
                             window.cloudgap.test.frames() >= 3, null, {timeout: 30000});
}

test('one visit caches every file of the build under a versioned name', async (t) => {
  const server = await startServer();
  t.after(() => server.close());
  const {context, page} = await openApp(browser, server);
  t.after(() => context.close());
  await workerReady(page);
  const names = await cacheNames(page);
  assert.equal(names.length, 1, `expected one cache, got ${names}`);
  assert.match(names[0], /^cloudgap:http:\/\/127\.0\.0\.1:\d+\/:[0-9a-f]{16}$/);
  const cached = await page.evaluate(async (name) =>
    (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname.slice(1)), names[0]);
  for (const file of ['index.html', 'page.js', 'style.css', 'app.js', 'app.wasm',
                      'config.json', 'manifest.webmanifest', 'icon.svg']) {
    assert.ok(cached.includes(file), `${file} is not in the offline cache`);
  }
  for (const file of ['sw.js', '_headers', '.htaccess']) {
    assert.ok(!cached.includes(file), `${file} should not be in the offline cache`);
  }
  // The catalog's words wait until the app needs them (src/core/catalog/catalog_text.h),
  // the icons for installing until a browser asks or the next visit.
  for (const later of cached.filter((f) => /^catalog-text\.|\.png$/.test(f))) {
    assert.fail(`a first visit that saw only the welcome screen cached ${later}`);
  }
  // The manifest makes it installable: the browser reads it from the page.
  const manifest = await page.evaluate(async () =>
    (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  assert.equal(manifest.display, 'standalone');
  assert.deepEqual(manifest.icons.map((i) => i.sizes).sort(), ['192x192', '512x512', '512x512', 'any']);
});

test('installed, the app asks the browser to keep its storage; in a tab it does not ask', async (t) => {
  const server = await startServer();
  t.after(() => server.close());
  for (const installed of [false, true]) {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    t.after(() => context.close());
    // Headless Chromium cannot install the app, so the page is told it was.
    await context.addInitScript((standalone) => {
      window.persistCalls = 0;
      navigator.storage.persisted = async () => false;
      navigator.storage.persist = async () => { window.persistCalls++; return true; };
      const matchMedia = window.matchMedia.bind(window);
      window.matchMedia = (query) => query === '(display-mode: standalone)'
          ? matchMedia(standalone ? 'all' : 'not all') : matchMedia(query);
    }, installed);
    const page = await context.newPage();
    await page.goto(`${server.url}?test=1`);
    await waitForApp(page);
    assert.equal(await page.evaluate(() => matchMedia('(display-mode: standalone)').matches), installed);
    if (installed) await page.waitForFunction(() => window.persistCalls > 0, null, {timeout: 5000});
    assert.equal(await page.evaluate(() => window.persistCalls), installed ? 1 : 0);
  }
});

// Waits until the catalog's words are in `state` (AppUi::WhereJson, kCatalogTextNames).
// 30 s, as settle() allows: with another suite beside it on two cores, reading
// the words from the worker's cache once took longer than 15 s.
// On a timeout it says where the app was, so that a rare failure can be told from a slow one.
async function wordsAre(page, state) {
  try {
    await page.waitForFunction((s) => window.cloudgap.keep.where().catalog_text === s, state,
                               {timeout: 30000});
  } catch (e) {
    const where = await page.evaluate(() => JSON.stringify(window.cloudgap.keep.where()))
                      .catch(() => 'unreadable');
    throw new Error(`the catalog's words never became '${state}' in 30 s; the app: ${where}`, {cause: e});
  }
}

// The first visit starts an assessment, as a person who goes on to use it
// offline has: that is when the catalog's words are fetched and kept.
async function visitAndStart(page) {
  await workerReady(page);
  await clickUntil(page, 'Start quick scan', () => window.cloudgap.keep.where().screen === 'profile');
  await wordsAre(page, 'complete');
  // Back to the welcome screen, where the journey starts after the reload.
  await click(page, 'CloudGap##home');
  await page.waitForFunction(() => window.cloudgap.keep.where().screen === 'welcome', null,
                             {timeout: 5000});
}

test('after one visit the app starts and the journey runs offline (context.setOffline)', async (t) => {
  const server = await startServer();
  t.after(() => server.close());
  const {context, page, log} = await openApp(browser, server);
  t.after(() => context.close());
  await visitAndStart(page);
  await context.setOffline(true);
  await page.goto(`${server.url}?test=1`);
  await waitForApp(page);
  assert.equal((await runJourney(page)).mode, 'quick');
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
});

test('after one visit the app starts and the journey runs with the server stopped', async (t) => {
  const server = await startServer();
  t.after(() => server.close());
  const {context, page, log} = await openApp(browser, server);
  t.after(() => context.close());
  await visitAndStart(page);
  await page.close();
  await server.close();
  // Nothing listens on the port any more.
  await assert.rejects(fetch(server.url), 'the server is still answering');

  const again = await context.newPage();
  again.on('console', (m) => { if (m.type() === 'error') log.consoleErrors.push(m.text()); });
  await again.goto(`${server.url}?test=1`);
  await waitForApp(again);
  assert.equal((await runJourney(again)).mode, 'quick');
  assert.deepEqual(log.consoleErrors, []);
});

test('a returning visit keeps the catalog\'s words and the icons for offline use unasked', async (t) => {
  const server = await startServer();
  t.after(() => server.close());
  const {context, page} = await openApp(browser, server);
  t.after(() => context.close());
  await workerReady(page);
  await page.reload();
  await waitForApp(page);
  const [name] = await cacheNames(page);
  await page.waitForFunction(async (cache) => {
    const urls = (await (await caches.open(cache)).keys()).map((r) => r.url);
    return ['icon-192.png', 'icon-512.png', 'icon-maskable-512.png', 'apple-touch-icon.png']
               .every((f) => urls.some((u) => u.endsWith('/' + f))) &&
           urls.some((u) => /catalog-text\.[0-9a-f]{12}\.json$/.test(u));
  }, name, {timeout: 20000, polling: 200});
  assert.equal((await page.evaluate(() => window.cloudgap.keep.where())).catalog_text, 'not_asked',
               'the page itself asked for the words');
  await context.setOffline(true);
  await page.reload();
  await waitForApp(page);
  await clickUntil(page, 'Start quick scan', () => window.cloudgap.keep.where().screen === 'profile');
  await wordsAre(page, 'complete');
});

test('offline before the words were kept: the scan works, says what is missing, and recovers', async (t) => {
  const server = await startServer();
  t.after(() => server.close());
  const {context, page} = await openApp(browser, server);
  t.after(() => context.close());
  await workerReady(page);
  await context.setOffline(true);
  await clickUntil(page, 'Start quick scan', () => window.cloudgap.keep.where().screen === 'profile');
  await wordsAre(page, 'failed');
  await findItem(page, 'Try again');
  await clickScrolled(page, 'Continue to the questions');
  await page.keyboard.press('KeyY');
  await page.waitForFunction(() => Object.keys(JSON.parse(window.cloudgap.test.state()).answers || {})
                                       .length === 1, null, {timeout: 10000});
  await context.setOffline(false);
  await click(page, 'Try again');
  await wordsAre(page, 'complete');
  assert.equal(Object.keys(JSON.parse(await page.evaluate(() => window.cloudgap.test.state())).answers).length, 1,
               'the answer given while offline was lost');
});

test('a new build is offered with a banner, and Reload switches to it as a whole', async (t) => {
  const dir = copySite();
  const server = await startServer(dir);
  t.after(() => server.close());
  try {
    const {context, page} = await openApp(browser, server);
    t.after(() => context.close());
    await workerReady(page);
    const [oldCache] = await cacheNames(page);

    // Deploy a new build: one file changes, so the worker (and its cache name) does too.
    fs.appendFileSync(path.join(dir, 'style.css'), '\n/* build 2 */\n');
    const build2 = writeServiceWorker(dir);
    assert.ok(!oldCache.endsWith(build2.cache), 'the cache name did not change with the files');

    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('#update-banner', {timeout: 20000});
    assert.match(await page.textContent('#update-banner'), /new version is available/);
    // Until the user says so, the page and its files stay on the old build.
    assert.ok(!(await page.evaluate(async () => (await (await fetch('style.css')).text()).includes('build 2'))),
              'the running page got a file of the new build before reloading');
    assert.deepEqual((await cacheNames(page)).sort(), [oldCache, oldCache.replace(/[^:]+$/, build2.cache)].sort());

    await Promise.all([page.waitForEvent('load'), page.click('#update-banner button')]);
    await waitForApp(page);
    await findItem(page, 'Start quick scan');
    assert.deepEqual(await cacheNames(page), [oldCache.replace(/[^:]+$/, build2.cache)],
                     'the old build\'s cache was not removed');
    assert.ok(await page.evaluate(async () => (await (await fetch('style.css')).text()).includes('build 2')));
    assert.equal(await page.$('#update-banner'), null, 'the banner is still shown after the update');
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});

test('a file that does not match its build is refused, and the old build keeps working', async (t) => {
  const dir = copySite();
  const server = await startServer(dir);
  t.after(() => server.close());
  try {
    const {context, page} = await openApp(browser, server);
    t.after(() => context.close());
    await workerReady(page);
    const [oldCache] = await cacheNames(page);
    // A new worker whose list promises one app.wasm while the server sends another,
    // as during an upload in progress or behind a stale CDN.
    const wasm = path.join(dir, 'app.wasm');
    const original = fs.readFileSync(wasm);
    fs.appendFileSync(path.join(dir, 'style.css'), '\n/* build 2 */\n');
    writeServiceWorker(dir);
    fs.writeFileSync(wasm, Buffer.concat([original, Buffer.from([0])]));

    // Ask for the update now and follow the new worker to its end.
    const fate = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const found = new Promise((resolve) =>
        registration.addEventListener('updatefound', () => resolve(registration.installing), {once: true}));
      await registration.update().catch(() => {});
      const worker = await Promise.race([found, new Promise((r) => setTimeout(() => r(null), 10000))]);
      if (!worker) return 'no update found';
      return new Promise((resolve) => {
        const check = () => { if (worker.state !== 'installing') resolve(worker.state); };
        worker.addEventListener('statechange', check);
        check();
      });
    });
    assert.equal(fate, 'redundant', 'the new worker installed with a file that does not match');
    assert.deepEqual(await cacheNames(page), [oldCache], 'a half-checked build was cached');
    await page.reload();
    await waitForApp(page);
    await findItem(page, 'Start quick scan');
    // The banner would come from a worker that installed and waits. Only once
    // the page has checked for an update itself and no worker is installing is
    // "no banner" a finding rather than "not yet".
    const settled = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update().catch(() => {});
      for (let i = 0; i < 200 && registration.installing; i++) await new Promise((r) => setTimeout(r, 50));
      return {installing: registration.installing !== null, waiting: registration.waiting !== null};
    });
    assert.deepEqual(settled, {installing: false, waiting: false});
    assert.equal(await page.$('#update-banner'), null, 'a broken build was offered');
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
});
