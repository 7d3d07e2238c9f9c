// Browser test harness: serves the built site from this process, drives Debian's
// Chromium through playwright-core, and talks to the app through the ?test=1
// hooks (window.cloudgap.test: items, state, frames).
import http from 'node:http';
import fs from 'node:fs';
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

// Serves `root` on 127.0.0.1 at a free port. `headers` are added to every response.
export async function startServer(root = siteDir, headers = {}) {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`no built site in ${root}: run shell/build web first`);
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404).end('not found'); return; }
      res.writeHead(200, {
        'Content-Type': mimeTypes[path.extname(file)] || 'application/octet-stream',
        'Content-Length': data.length, 'Cache-Control': 'no-store', ...headers,
      });
      res.end(data);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}`,
          close: () => new Promise((resolve) => server.close(resolve))};
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
           '--no-first-run', '--disable-sync', '--disable-quic', '--enable-unsafe-swiftshader',
           '--use-angle=swiftshader', '--ignore-gpu-blocklist'],
  });
}

// Opens the app with the test hooks on, and records what the page does that a
// test may want to refuse: console errors, uncaught exceptions, foreign requests.
export async function openApp(browser, server, {width = 1280, height = 800, dpr = 1, query = ''} = {}) {
  const context = await browser.newContext({viewport: {width, height}, deviceScaleFactor: dpr});
  const page = await context.newPage();
  const log = {consoleErrors: [], pageErrors: [], requests: []};
  page.on('console', (m) => { if (m.type() === 'error') log.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.goto(`${server.url}?test=1${query}`);
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

// Waits until at least `n` more frames have been drawn.
export async function waitFrames(page, n = 2) {
  const start = await frames(page);
  await page.waitForFunction((target) => window.cloudgap.test.frames() >= target, start + n);
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
