// Foundation smoke tests: the page loads the wasm app in a real browser, draws,
// reacts to input by widget label, idles, and follows resizes.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {startServer, launchBrowser, openApp, items, frames, click, findItem, waitFrames,
        distinctColours} from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the browser provides WebGL2 (the suite refuses to pass without it)', async () => {
  const page = await browser.newPage();
  await page.goto(server.url + 'icon.svg');
  const renderer = await page.evaluate(() => {
    const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
    const gl = canvas.getContext('webgl2');
    return gl ? gl.getParameter(gl.VERSION) : null;
  });
  await page.close();
  assert.ok(renderer, 'no WebGL2 context in this Chromium');
  assert.match(renderer, /WebGL 2/);
});

test('the app renders a non-blank frame with no errors and no foreign requests', async () => {
  const {context, page, log} = await openApp(browser, server);
  await findItem(page, 'Start quick scan');
  const colours = await distinctColours(browser, await page.screenshot());
  assert.ok(colours > 20, `frame looks blank: only ${colours} distinct colours`);
  assert.ok(await page.evaluate(() => document.getElementById('overlay').classList.contains('hidden')),
            'loading overlay still shown');
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  const foreign = log.requests.filter((u) => !u.startsWith(server.origin));
  assert.deepEqual(foreign, [], 'requests left the page origin');
  assert.ok(log.requests.some((u) => u.endsWith('/app.wasm')), 'app.wasm was not requested');
  await context.close();
});

for (const dpr of [1, 2]) {
  test(`a button found through items() reacts to a click at DPR ${dpr}`, async () => {
    const {context, page} = await openApp(browser, server, {dpr});
    const backing = await page.evaluate(() => [canvas.width, innerWidth * devicePixelRatio]);
    assert.equal(backing[0], backing[1], 'canvas backing store is not CSS size x DPR');
    await click(page, 'Start quick scan');
    // The profile screen replaces the welcome screen.
    const role = await findItem(page, 'Cloud customer');
    assert.ok(role.w > 0 && role.h > 0);
    const labels = (await items(page)).map((it) => it.label);
    assert.ok(!labels.includes('Start quick scan'), 'still on the welcome screen');
    assert.equal(JSON.parse(await page.evaluate(() => window.cloudgap.test.state())).profile.mode, 'quick');
    await context.close();
  });
}

test('the frame counter stops after a second without input and moves again on a click', async () => {
  const {context, page} = await openApp(browser, server);
  // First the app's own word that it has paused; then a second of watching.
  await page.waitForFunction(() => window.cloudgap.test.idle(), null, {timeout: 15000});
  const idle0 = await frames(page);
  await page.waitForTimeout(1000);  // The stretch over which "no frame" is asserted.
  assert.equal(await frames(page), idle0, 'frames were drawn while idle');
  await page.mouse.click(5, 5);
  await waitFrames(page, 1);
  assert.ok(await frames(page) > idle0, 'a click did not wake the loop');
  await context.close();
});

test('resizing the viewport resizes the canvas backing store', async () => {
  const {context, page} = await openApp(browser, server, {width: 1000, height: 700, dpr: 2});
  await page.setViewportSize({width: 600, height: 900});
  await page.waitForFunction(() => canvas.width === 1200 && canvas.height === 1800, null, {timeout: 5000});
  const fullscreen = await page.evaluate(() => document.fullscreenElement !== null);
  assert.equal(fullscreen, false, 'resize turned into a fullscreen request');
  // The layout follows: the welcome buttons stack on the narrower canvas.
  const quick = await findItem(page, 'Start quick scan');
  assert.ok(quick.x + quick.w <= 600, 'button extends past the resized viewport');
  await context.close();
});

test('without WebGL2 the page explains why instead of going blank', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : getContext.call(this, type, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#overlay.error', {timeout: 10000});
  assert.match(await page.textContent('#status'), /needs WebGL 2/);
  assert.ok(await page.isVisible('#status'), 'the message is not shown');
  await context.close();
});

test('a start that takes a while shows the loader after a second, not before', async () => {
  const context = await browser.newContext();
  // When the loader's "quiet" class goes, in the page's own clock.
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const overlay = document.getElementById('overlay');
      window.loaderQuietAtStart = overlay.classList.contains('quiet');
      new MutationObserver(() => {
        if (!overlay.classList.contains('quiet') && window.loaderShownAt === undefined) {
          window.loaderShownAt = performance.now();
        }
      }).observe(overlay, {attributes: true});
    });
  });
  const page = await context.newPage();
  await page.route('**/app.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await route.continue();
  });
  await page.goto(server.url);
  await page.waitForSelector('#status', {state: 'visible', timeout: 10000});
  assert.match(await page.textContent('#status'), /Loading the assessment/);
  assert.equal(await page.evaluate(() => window.loaderQuietAtStart), true);
  const shownAt = await page.evaluate(() => window.loaderShownAt);
  assert.ok(shownAt >= 1000, `the loader showed ${shownAt} ms after the page opened`);
  // Then the app starts and the loader goes.
  await page.waitForSelector('#overlay.hidden', {state: 'attached', timeout: 30000});
  assert.equal(await page.isVisible('#status'), false);
  await context.close();
});

test('without JavaScript the page says it needs it', async () => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto(server.url);
  const message = page.locator('noscript .status');
  assert.ok(await message.isVisible(), 'no message without JavaScript');
  assert.match(await message.innerText(), /needs JavaScript to be enabled/);
  await context.close();
});

test('a failed wasm download ends in a message, not a blank page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/app.wasm', (route) => route.fulfill({status: 404, body: 'gone'}));
  await page.goto(server.url);
  await page.waitForSelector('#overlay.error', {timeout: 10000});
  assert.match(await page.textContent('#status'), /could not be downloaded/);
  assert.ok(await page.isVisible('#status'), 'the message is not shown');
  await context.close();
});

test('a broken wasm file ends in a message, not a blank page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/app.wasm', (route) =>
    route.fulfill({status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm at all')}));
  await page.goto(server.url);
  await page.waitForSelector('#overlay.error', {timeout: 10000});
  assert.match(await page.textContent('#status'), /internal error|could not/);
  await context.close();
});
