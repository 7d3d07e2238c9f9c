// Browser test harness: serves the built site from this process, drives Debian's
// Chromium through playwright-core, and talks to the app through the ?test=1
// hooks (window.cloudgap.test: items, state, frames, idle).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const siteDir = process.env.CLOUDGAP_SITE || path.resolve(here, '../../build/web/site');

const mimeTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
};

// Serves `root` on 127.0.0.1 at a free port. `headers` are added to every
// response: an object, or a function of the URL path returning one. Reports
// POSTed to /__csp-report (a test-only CSP report-uri) collect in `reports`.
export async function startServer(root = siteDir, headers = {}) {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`no built site in ${root}: run shell/build web first`);
  }
  const reports = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/__csp-report') {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => { reports.push(body); res.writeHead(204).end(); });
      return;
    }
    const extra = typeof headers === 'function' ? headers(url.pathname) : headers;
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404).end('not found'); return; }
      res.writeHead(200, {
        'Content-Type': mimeTypes[path.extname(file)] || 'application/octet-stream',
        'Content-Length': data.length, 'Cache-Control': 'no-store', ...extra,
      });
      res.end(data);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}`, reports,
          close: () => new Promise((resolve) => {
            server.close(resolve);
            server.closeAllConnections();  // Keep-alive sockets would hold the port open.
          })};
}

// The headers a host sends for `pathname` according to a Netlify/Cloudflare
// `_headers` file (web/_headers): "/*" for every path, then exact paths.
export function headersFromFile(file) {
  const rules = new Map();
  let current = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = {};
      rules.set(line.trim(), current);
    } else {
      const at = line.indexOf(':');
      current[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return (pathname) => ({...rules.get('/*'), ...rules.get(pathname)});
}

// A throw-away copy of the built site with some files replaced (name -> text) or
// removed (name -> null). Returns its path.
export function copySite(changes = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudgap-site-'));
  fs.cpSync(siteDir, dir, {recursive: true});
  for (const [name, text] of Object.entries(changes)) {
    if (text === null) fs.rmSync(path.join(dir, name), {force: true});
    else fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// Records the page's Content-Security-Policy violations in window.__cspViolations,
// for every page of `context`, from before the first script runs.
export async function recordCspViolations(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}` +
                                 (e.sourceFile ? ` at ${e.sourceFile}:${e.lineNumber}` : ''));
    });
  });
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
           '--no-first-run', '--disable-sync', '--disable-quic', '--enable-unsafe-swiftshader',
           '--use-angle=swiftshader', '--ignore-gpu-blocklist',
           // Each new window (a new context) builds Chromium's omnibox popups: with them, a page
           // start here took 300 ms more, CPU the page shares two cores with (BENCHMARKS.md, "What a
           // new window did"). Nothing here opens them.
           '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'],
  });
}

// Opens the app with the test hooks on, and records what the page does that a
// test may want to refuse: console errors, uncaught exceptions, foreign requests.
// `setup(context)` runs before the page opens (init scripts, routes); `url`
// replaces the server's address (a file:// page). `serviceWorkers: 'block'`
// lets page.route() see every request (a worker's fetches pass it by).
// `locale` is the browser's language ("de-DE"; navigator.languages).
export async function openApp(browser, server, {width = 1280, height = 800, dpr = 1, query = '',
                                                setup = null, url = null, touch = false,
                                                serviceWorkers = 'allow', locale} = {}) {
  const context = await browser.newContext({viewport: {width, height}, deviceScaleFactor: dpr,
                                            hasTouch: touch, serviceWorkers, locale});
  if (setup) await setup(context);
  const page = await context.newPage();
  const log = {consoleErrors: [], pageErrors: [], requests: []};
  page.on('console', (m) => { if (m.type() === 'error') log.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.goto(`${url ?? server.url}?test=1${query}`);
  await page.waitForFunction(() => window.cloudgap && window.cloudgap.test &&
                             window.cloudgap.test.frames() >= 3, null, {timeout: 30000});
  return {context, page, log};
}

export const items = (page) => page.evaluate(() => window.cloudgap.test.items());
export const frames = (page) => page.evaluate(() => window.cloudgap.test.frames());
export const state = (page) => page.evaluate(() => JSON.parse(window.cloudgap.test.state()));

// Waits until the widget labelled `label` is on screen and returns it.
export async function findItem(page, label, timeout = 5000) {
  const handle = await page.waitForFunction(
      (l) => window.cloudgap.test.items().find((it) => it.label === l), label, {timeout});
  return handle.jsonValue();
}

export async function click(page, label) {
  const it = await findItem(page, label);
  await page.mouse.click(it.x + it.w / 2, it.y + it.h / 2);
  return it;
}

// Clicks `label` until `done` (a page function, given `arg`) holds: a click that
// lands while the screen is still being laid out is tried again, up to five times.
export async function clickUntil(page, label, done, arg = null) {
  for (let i = 0; i < 5; i++) {
    await settle(page);
    await click(page, label);
    try {
      await page.waitForFunction(done, arg, {timeout: 3000});
      return;
    } catch (e) { /* Not yet: again. */ }
  }
  throw new Error(`clicking '${label}' had no effect: the app stopped responding`);
}

// Runs `input` (keys pressed, an element clicked) and waits until the app has
// drawn what it did and gone idle: quicker than settle(), and as sure for
// input that starts no file read or fetch, whose result could arrive after the
// loop has paused. The input queue (src/app/web_input.h) hands ImGui one event
// per frame, so keys pressed in a row are all seen.
export async function drawnAfter(page, input) {
  const before = await frames(page);
  await input();
  await page.waitForFunction((n) => window.cloudgap.test.frames() > n && window.cloudgap.test.idle(),
                             before, {timeout: 30000});
}

export async function pressKeys(page, ...keys) {
  await drawnAfter(page, async () => { for (const key of keys) await page.keyboard.press(key); });
}

// Waits until at least `n` more frames have been drawn.
export async function waitFrames(page, n = 2) {
  const start = await frames(page);
  await page.waitForFunction((target) => window.cloudgap.test.frames() >= target, start + n);
}

// The colour [r, g, b] of the page's pixel at CSS (x, y), from a screenshot.
export async function pixelAt(browser, page, x, y) {
  const png = await page.screenshot({clip: {x: Math.round(x), y: Math.round(y), width: 1, height: 1}});
  const decoder = await browser.newPage();
  try {
    return await decoder.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = c.height = 1;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      return Array.from(g.getImageData(0, 0, 1, 1).data.slice(0, 3));
    }, png.toString('base64'));
  } finally {
    await decoder.close();
  }
}

// Counts the distinct colours in a PNG screenshot (decoded by the browser itself).
export async function distinctColours(browser, png) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set();
      for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return seen.size;
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

// Waits until the app has gone idle: its loop has paused itself (nothing
// changed for a few frames) and stayed paused for 120 ms, so work that arrives
// a moment later (a file read, a timer) is drawn too. A loaded machine only
// makes this take longer; counting quiet time alone once returned between two
// slow frames, before a popup had taken its place.
export async function settle(page) {
  const deadline = Date.now() + 30000;
  let quietSince = -1;
  while (Date.now() < deadline) {
    const now = await page.evaluate(() => window.cloudgap.test.idle() ? window.cloudgap.test.frames() : -1);
    if (now >= 0 && now === quietSince) return;
    quietSince = now;
    await page.waitForTimeout(now >= 0 ? 120 : 30);
  }
  throw new Error('the app kept drawing frames for 30 s without input');
}

// Scrolls the pane under (x, y) with the mouse wheel until the widget labelled
// `label` is on screen, as a person would; returns it.
export async function scrollTo(page, label, {x, y, step = 400, tries = 40} = {}) {
  const viewport = page.viewportSize();
  const px = x ?? viewport.width * 0.75, py = y ?? viewport.height * 0.6;
  const visible = async () => (await items(page)).find((it) => it.label === label &&
      it.y >= 0 && it.y + it.h <= viewport.height);
  // Down first; at the end of the pane (nothing moves any more), back up.
  let direction = 1, previous = '';
  for (let i = 0; i < tries; i++) {
    const found = await visible();
    if (found) return found;
    await page.mouse.move(px, py);
    await page.mouse.wheel(0, step * direction);
    await settle(page);
    const now = JSON.stringify((await items(page)).map((it) => [it.label, Math.round(it.y)]));
    if (now === previous) direction = -direction;
    previous = now;
  }
  throw new Error(`'${label}' never came into view`);
}

export async function clickScrolled(page, label, where) {
  const it = await scrollTo(page, label, where);
  await page.mouse.click(it.x + it.w / 2, it.y + it.h / 2);
  await settle(page);
  return it;
}

// Opens the "Download report" menu and waits for its entries. A click that lands
// while the frame of a previous download is still being drawn opens nothing, so
// it is tried again (a second click on an open menu is never made).
// `label` is the button's words in the language shown.
export async function openReportMenu(page, where, label = 'Download report') {
  const open = () => window.cloudgap.test.items().some((it) => it.label.includes('##report-'));
  for (let i = 0; i < 5; i++) {
    await settle(page);
    await clickScrolled(page, label, where);
    try {
      await page.waitForFunction(open, null, {timeout: 3000});
      return;
    } catch (e) { /* Not open yet: again. */ }
  }
  throw new Error("clicking 'Download report' did not open the menu");
}

// Clicks a text field and waits until typing reaches it (the hidden text proxy has focus).
export async function focusText(page, label) {
  const it = await clickScrolled(page, label);
  try {
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'text-proxy',
                               null, {timeout: 15000});
  } catch (e) {
    // Say what was clicked and what is there now: a failure on a busy CI machine
    // must be readable from its log alone.
    const now = await page.evaluate(() => ({
      focused: document.activeElement ? document.activeElement.id || document.activeElement.tagName : null,
      idle: window.cloudgap.test.idle(),
      items: window.cloudgap.test.items().map((i) => `${i.label} @${Math.round(i.x)},${Math.round(i.y)}`),
    }));
    throw new Error(`clicked '${label}' at ${Math.round(it.x + it.w / 2)},${Math.round(it.y + it.h / 2)} ` +
                    `but typing does not reach it: ${JSON.stringify(now)}`);
  }
}
