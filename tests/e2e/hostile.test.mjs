// The hostile corpus (tests/hostile/manifest.json) against the web app, door by
// door, for the entries marked "browser": a file dropped on the page, a share
// link's fragment, config.json, and what localStorage held at start. Each must
// give its message, leave the open assessment as it was, add nothing to the
// page, and leave the app responding. The native test (src/ui/
// hostile_corpus_test.cc) runs every entry against the core; this one shows
// that the page around it (web/boot.js, web/keep.js) holds too.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startServer, launchBrowser, openApp, copySite, state, click, clickScrolled, findItem,
        clickUntil, focusText, items, settle, openReportMenu} from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(here, '../hostile');
const entries = JSON.parse(fs.readFileSync(path.join(corpusDir, 'manifest.json'), 'utf8')).entries
    .filter((e) => e.browser);
const ofDoor = (door) => entries.filter((e) => e.door === door);
const nameOf = (e) => e.file ?? `${e.door} ${e.generate}`;

// What each class of message says, in words a person reads.
const says = {
  'not-json': /not valid JSON/,
  'bad-utf8': /not UTF-8 text/,
  'duplicate-key': /duplicate key/,
  'too-deep': /nested more than 64 levels/,
  'too-large': /up to 5 MB/,
  'wrong-type': /expected .*, not |is a JSON object, not /,
  'out-of-range': /must be between/,
  'unknown-id': /no (control|question) /,
  'unknown-version': /newer/,
  'too-long': /characters long/,
  'incomplete': /The link is incomplete/,
  'damaged': /The link is damaged/,
  'bad-ciphertext': /The link is damaged or the passphrase is wrong/,
};

// RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes and line breaks.
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell); cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell); rows.push(row); row = []; cell = ''; i++;
    } else {
      cell += c;
    }
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// The entry's bytes, base64 (the page decodes them), or how the page makes them.
function payload(entry) {
  if (entry.file) return {b64: fs.readFileSync(path.join(corpusDir, entry.file)).toString('base64')};
  const [kind, n] = entry.generate.split(':');
  return {kind, n: Number(n)};
}

// In the page: the entry's bytes from payload(); "big" gives only a size (a file
// of zeros that is refused before it is read).
const decodeInPage = `(p) => {
  if (p.b64 !== undefined) return Uint8Array.from(atob(p.b64), (c) => c.charCodeAt(0));
  if (p.kind === 'deep') return new TextEncoder().encode('['.repeat(p.n) + ']'.repeat(p.n));
  return new Uint8Array(p.n);
}`;

async function announcer(page) {
  return page.evaluate(() => document.getElementById('announcer').textContent);
}

async function announced(page, pattern, timeout = 20000) {
  await page.waitForFunction((source) => new RegExp(source).test(
      document.getElementById('announcer').textContent), pattern.source, {timeout});
  return announcer(page);
}

// The element names of the page: the app draws on a canvas, so nothing it was
// given may ever become an element. The accessibility mirror (#a11y) shows the
// same words as text of its own elements, which come and go with the screen:
// they are not listed, but each must be a plain div with the mirror's attributes.
const elements = (page) => page.evaluate(() => {
  const mirror = document.getElementById('a11y');
  const allowed = /^(data-k|role|tabindex|style|aria-(label|level|checked|expanded|current))$/;
  const inMirror = [...mirror.querySelectorAll('*')];
  const odd = inMirror.filter((e) => e.tagName !== 'DIV' ||
                                     [...e.attributes].some((a) => !allowed.test(a.name)));
  const page = [...document.querySelectorAll('*')].filter((e) => !inMirror.includes(e));
  return page.map((e) => e.tagName.toLowerCase()).sort().join(' ') +
         (odd.length ? ` mirror: ${odd.map((e) => e.outerHTML.slice(0, 80)).join(', ')}` : '');
});

// Clicks `label` until `done(arg)` holds in the page. On a busy machine a click
// can land while the layout still moves (a message appearing); it is repeated.
const onScreen = (name) => window.cloudgap.keep.where().screen === name;
const hasAssessment = () => JSON.parse(window.cloudgap.test.state()).format !== undefined;

// The app still responds: a click on the home button takes it to the welcome screen.
async function responds(page) {
  await clickUntil(page, 'CloudGap##home', onScreen, 'welcome');
}

async function startQuickScan(page) {
  await clickUntil(page, 'Start quick scan', hasAssessment);
  await settle(page);
}

async function trySample(page) {
  await clickUntil(page, 'Try a sample', () => !window.cloudgap.keep.where().shared &&
      JSON.parse(window.cloudgap.test.state()).profile?.organisation === 'Example Cloud Ltd');
  await settle(page);
  return state(page);
}

test('files: every hostile document dropped on the page is refused or opened inert', async () => {
  const {context, page, log} = await openApp(browser, server);
  const dom = await elements(page);
  await startQuickScan(page);
  for (const [i, entry] of ofDoor('document').entries()) {
    const name = `hostile-${i}.json`;
    const before = await state(page);
    await page.evaluate(({name, p, decode}) => {
      const bytes = (0, eval)(decode)(p);
      const file = new File([bytes], name, {type: 'application/json'});
      const data = new DataTransfer();
      data.items.add(file);
      document.getElementById('announcer').textContent = '';
      const canvas = document.getElementById('canvas');
      for (const type of ['dragenter', 'dragover', 'drop']) {
        canvas.dispatchEvent(new DragEvent(type, {dataTransfer: data, bubbles: true, cancelable: true}));
      }
    }, {name, p: payload(entry), decode: decodeInPage});
    const ok = entry.class === 'ok' || entry.class === 'ok-but-inert';
    const text = await announced(page, new RegExp(`(Opened|Could not open) ${name}`));
    if (ok) {
      assert.match(text, new RegExp(`Opened ${name}`), nameOf(entry));
      assert.notDeepEqual(await state(page), {}, nameOf(entry));
    } else {
      assert.match(text, says[entry.class], `${nameOf(entry)}: ${text}`);
      assert.deepEqual(await state(page), before, `${nameOf(entry)} changed the open assessment`);
    }
    assert.equal(await elements(page), dom, `${nameOf(entry)} added to the page`);
    await responds(page);
    await startQuickScan(page);
  }
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('share links: every hostile fragment is refused, changing nothing, or opened inert', async () => {
  const {context, page, log} = await openApp(browser, server);
  const dom = await elements(page);
  let sample = await trySample(page);
  for (const entry of ofDoor('share')) {
    const fragment = fs.readFileSync(path.join(corpusDir, entry.file), 'utf8');
    await page.evaluate((f) => {
      document.getElementById('announcer').textContent = '';
      location.hash = f;
    }, fragment);
    if (entry.class === 'bad-ciphertext') {
      await findItem(page, '##open-passphrase', 10000);
      await focusText(page, '##open-passphrase');
      await page.keyboard.type('any passphrase');
      await page.keyboard.press('Enter');
      await announced(page, says[entry.class]);
      await click(page, 'Cancel##open-link');
      await settle(page);
    } else if (entry.class === 'ok-but-inert') {
      await page.waitForFunction(() => window.cloudgap.keep.where().shared, null, {timeout: 20000});
      assert.match((await state(page)).profile.organisation, /^<script>alert\(1\)<\/script>/);
    } else {
      const text = await announced(page, /Nothing was changed|The link/);
      assert.match(text, says[entry.class], `${nameOf(entry)}: ${text}`);
    }
    if (entry.class !== 'ok-but-inert') {
      assert.deepEqual(await state(page), sample, `${nameOf(entry)} changed the open assessment`);
    }
    assert.equal(await elements(page), dom, `${nameOf(entry)} added to the page`);
    await responds(page);
    if (entry.class === 'ok-but-inert') sample = await trySample(page);  // For the next link.
  }
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('config.json: every hostile file leaves a working app in its default or inert branding',
     async (t) => {
  for (const entry of ofDoor('config')) {
    const p = payload(entry);
    const text = p.b64 !== undefined ? Buffer.from(p.b64, 'base64')
                                     : '['.repeat(p.n) + ']'.repeat(p.n);
    const dir = copySite({'config.json': text});
    t.after(() => fs.rmSync(dir, {recursive: true, force: true}));
    const site = await startServer(dir);
    const warnings = [];
    const {context, page, log} = await openApp(browser, site, {
      setup: async (ctx) => ctx.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); }),
    });
    await findItem(page, 'Start quick scan', 10000);
    const branding = await page.evaluate(() => window.cloudgap.branding);
    const ours = warnings.filter((w) => w.includes('config.json'));
    if (entry.class === 'ok-but-inert') {
      assert.deepEqual(ours, [], nameOf(entry));
      assert.equal(branding.product_name, '<script>alert(1)</script>');
      assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src])').length), 0);
    } else if (entry.class === 'field-defaults') {
      assert.ok(ours.length > 0, `${nameOf(entry)}: no warning`);
      assert.ok(!branding.cta || branding.cta.url.startsWith('https:'), nameOf(entry));
    } else {
      assert.ok(ours.some((w) => /using the defaults/.test(w)), `${nameOf(entry)}: ${ours}`);
      assert.equal(branding.product_name, 'CloudGap', nameOf(entry));
    }
    await startQuickScan(page);
    assert.deepEqual(log.pageErrors, [], nameOf(entry));
    await context.close();
    await site.close();
  }
});

test('saved storage: whatever localStorage holds, the app starts, says so and goes on', async () => {
  for (const entry of ofDoor('storage')) {
    const {context, page, log} = await openApp(browser, server, {
      setup: (ctx) => ctx.addInitScript(({p, key, decode}) => {
        if (localStorage.getItem('cloudgap/ui')) return;  // Only before the first start.
        const bytes = (0, eval)(decode)(p);
        const text = new TextDecoder().decode(bytes);
        const index = JSON.stringify({format: 'cloudgap-library/1',
                                      entries: [{id: 'a1', name: 'Board review', mode: 'full'}]});
        localStorage.setItem('cloudgap/index', key === 'index' ? text : index);
        if (key === 'doc') localStorage.setItem('cloudgap/doc/a1', text);
        localStorage.setItem('cloudgap/ui', JSON.stringify({assessment: 'a1', screen: 'results'}));
      }, {p: payload(entry), key: entry.key, decode: decodeInPage}),
    });
    const kept = await page.evaluate(() => localStorage.getItem('cloudgap/doc/a1'));
    if (entry.class === 'ok-but-inert') {
      await page.waitForFunction(() => window.cloudgap.test.state() !== '{}', null, {timeout: 10000});
      const opened = await state(page), saved = JSON.parse(kept);
      assert.equal(opened.profile.organisation, saved.profile.organisation);
      assert.deepEqual(Object.keys(opened.controls).sort(), Object.keys(saved.controls).sort());
      assert.equal(await page.evaluate(() => document.querySelectorAll('img, iframe, object').length), 0);
    } else if (entry.class === 'rebuilt') {
      await announced(page, /has been rebuilt/);
    } else {
      await findItem(page, 'Download the saved data', 10000);
      assert.deepEqual(await state(page), {}, nameOf(entry));
    }
    await responds(page);
    await startQuickScan(page);
    if (entry.key === 'doc' && entry.class !== 'ok-but-inert') {
      assert.equal(await page.evaluate(() => localStorage.getItem('cloudgap/doc/a1')), kept,
                   `${nameOf(entry)}: the saved data was changed`);
    }
    assert.deepEqual(log.pageErrors, [], nameOf(entry));
    await context.close();
  }
});

test('reports from a hostile document: the browser finds no element and no formula the text made',
     async () => {
  const {context, page} = await openApp(browser, server);
  const text = fs.readFileSync(path.join(corpusDir, 'document/script-payloads.json'), 'utf8');
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.items.add(new File([t], 'payloads.json', {type: 'application/json'}));
    const canvas = document.getElementById('canvas');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      canvas.dispatchEvent(new DragEvent(type, {dataTransfer: data, bubbles: true, cancelable: true}));
    }
  }, text);
  await announced(page, /Opened payloads.json/);
  await clickUntil(page, 'Results', onScreen, 'results');
  const download = async (format) => {
    await openReportMenu(page);
    const label = (await items(page)).find((it) => it.label.endsWith('##report-' + format)).label;
    const [file] = await Promise.all([page.waitForEvent('download'), click(page, label)]);
    await settle(page);
    return fs.readFileSync(await file.path(), 'utf8');
  };
  const html = await download('html');
  const found = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const all = [...doc.querySelectorAll('*')];
    return {
      active: all.filter((e) => ['script', 'img', 'iframe', 'object', 'embed', 'form', 'textarea',
                                 'base', 'link'].includes(e.tagName.toLowerCase())).length,
      handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      links: [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
          .filter((h) => !/^(#|https?:)/.test(h)),
      text: doc.body.textContent.includes('<script>alert(1)</script>'),
    };
  }, html);
  assert.deepEqual(found, {active: 0, handlers: 0, links: [], text: true});
  for (const format of ['csv', 'soa']) {
    const cells = parseCsv((await download(format)).replace(/^\uFEFF/, '')).flat();
    assert.ok(cells.some((c) => c.includes('=HYPERLINK')), `${format}: the payload is missing`);
    assert.deepEqual(cells.filter((c) => /^ *[=+\-@\t\r\n]/.test(c)), [], format);
  }
  await context.close();
});
