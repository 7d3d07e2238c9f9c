// Keeping work in the browser: autosave and reload, several assessments side
// by side, export and import (file picker and drag and drop), and what happens
// when storage is refused or a saved document is damaged.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {startServer, launchBrowser, openApp, items, state, click, clickScrolled, findItem,
        focusText, pressKeys, scrollTo, settle} from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// window.cloudgap.keep.where(): {assessment, screen, control, scroll, shared, autosave}.
const where = (page) => page.evaluate(() => window.cloudgap.keep.where());

// Waits until autosave has written what the app shows, and where the user is.
// The one-second bound itself is pinned by the native test (keep_test.cc,
// AutosaveWaitsForAPause...); here a busy machine's slow frames get some slack.
async function saved(page, timeout = 2500) {
  await page.waitForFunction(() => {
    const w = window.cloudgap.keep.where();
    const place = JSON.parse(localStorage.getItem('cloudgap/ui') || '{}');
    return w.assessment !== '' &&
        localStorage.getItem('cloudgap/doc/' + w.assessment) === window.cloudgap.test.state() &&
        place.assessment === w.assessment && place.screen === w.screen &&
        Math.abs((place.scroll || 0) - w.scroll) < 1;
  }, null, {timeout});
}

async function reload(page) {
  await page.reload();
  await page.waitForFunction(() => window.cloudgap && window.cloudgap.test &&
                             window.cloudgap.test.frames() >= 3, null, {timeout: 30000});
  await settle(page);
}

// What the app last told a screen reader (the aria-live region).
async function announced(page, text) {
  await page.waitForFunction((t) => document.getElementById('announcer').textContent.includes(t),
                             text, {timeout: 5000});
}

async function download(page, label) {
  const [file] = await Promise.all([page.waitForEvent('download'), clickScrolled(page, label)]);
  return {name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8')};
}

// Drops a file onto the canvas as a person dragging it from their desktop would:
// `text`, or `size` zero bytes, or `text` followed by spaces up to `padTo` bytes.
async function drop(page, name, {text = '', size = 0, padTo = 0} = {}) {
  await page.evaluate(({name, text, size, padTo}) => {
    let content = size ? new Uint8Array(size) : text;
    if (padTo) {
      content = new Uint8Array(padTo).fill(0x20);
      content.set(new TextEncoder().encode(text));
    }
    const data = new DataTransfer();
    data.items.add(new File([content], name, {type: 'application/json'}));
    const canvas = document.getElementById('canvas');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      canvas.dispatchEvent(new DragEvent(type, {dataTransfer: data, bubbles: true, cancelable: true}));
    }
  }, {name, text, size, padTo});
  await settle(page);
}

async function startFull(page) {
  await click(page, 'Start full assessment');
  await settle(page);
  await clickScrolled(page, 'Continue to the questions');
}

test('answers, a note, the control and the scroll position come back after a reload', async () => {
  const {context, page, log} = await openApp(browser, server);
  await startFull(page);
  await pressKeys(page, 'KeyY', 'KeyP', 'PageDown', 'KeyN', 'KeyD', 'PageDown');
  await focusText(page, '##notes');
  await page.keyboard.type('Kept across reloads — café ✓');
  await page.mouse.click(5, 300);  // Leave the field.
  await page.mouse.move(960, 500);
  await page.mouse.wheel(0, 300);
  await settle(page);
  const doc = await state(page);
  const place = await where(page);
  assert.equal(place.screen, 'questionnaire');
  assert.ok(place.scroll > 0, 'the control pane did not scroll');
  assert.equal(Object.keys(doc.answers).length, 4);
  await saved(page);  // Soon after the last change, the wheel's included.

  await reload(page);
  assert.deepEqual(await state(page), doc);
  const back = await where(page);
  assert.equal(back.screen, 'questionnaire');
  assert.equal(back.control, place.control);
  assert.ok(Math.abs(back.scroll - place.scroll) <= 2, `scroll ${back.scroll}, was ${place.scroll}`);
  assert.equal(back.autosave, 'on');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('several assessments side by side: open, rename, duplicate, delete and undo, compare', async () => {
  const {context, page} = await openApp(browser, server);
  await click(page, 'Start quick scan');
  await settle(page);
  await click(page, 'CloudGap##home');
  await startFull(page);
  await page.keyboard.press('KeyY');
  await settle(page);
  await saved(page);
  await click(page, 'CloudGap##home');
  await settle(page);
  await scrollTo(page, 'Open##a1');
  await scrollTo(page, 'Continue##a2');  // The open one.

  await clickScrolled(page, 'Duplicate##a2');
  await scrollTo(page, 'Open##a3');
  await clickScrolled(page, 'Rename##a3');
  await focusText(page, '##rename-a3');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Board review copy');
  await page.keyboard.press('Enter');
  await settle(page);
  let index = await page.evaluate(() => JSON.parse(localStorage.getItem('cloudgap/index')));
  assert.deepEqual(index.entries.map((e) => [e.id, e.name]),
                   [['a1', ''], ['a2', ''], ['a3', 'Board review copy']]);

  await clickScrolled(page, 'Delete##a1');
  assert.equal(await page.evaluate(() => localStorage.getItem('cloudgap/doc/a1')), null);
  await clickScrolled(page, 'Undo delete');
  assert.notEqual(await page.evaluate(() => localStorage.getItem('cloudgap/doc/a1')), null);

  await clickScrolled(page, 'Open##a3');
  assert.equal((await where(page)).assessment, 'a3');
  assert.deepEqual((await state(page)).answers, await page.evaluate(() =>
    JSON.parse(localStorage.getItem('cloudgap/doc/a2')).answers));
  await reload(page);
  index = await page.evaluate(() => JSON.parse(localStorage.getItem('cloudgap/index')));
  assert.equal(index.entries.length, 3);
  assert.equal((await where(page)).assessment, 'a3');

  // The copy answered differently, then the two compared from the list.
  await page.keyboard.press('KeyN');
  await settle(page);
  await saved(page);
  await click(page, 'CloudGap##home');
  await settle(page);
  await clickScrolled(page, 'Compare##a2');
  await clickScrolled(page, 'Compare with this##a3');
  await page.waitForFunction(() => window.cloudgap.keep.where().screen === 'compare', null,
                             {timeout: 5000});
  await findItem(page, 'Answers changed (1)###answers');
  await click(page, 'Swap');
  await findItem(page, 'Answers changed (1)###answers');
  // The comparison as a page (made here) and as Word (by the Office module).
  const html = await download(page, 'Download as a web page');
  assert.match(html.name, /^cloudgap-comparison-.*\.html$/);
  assert.match(html.text, /<h2>Answers changed \(1\)<\/h2>/);
  assert.doesNotMatch(html.text, /<script/);
  const [word] = await Promise.all([page.waitForEvent('download', {timeout: 30000}),
                                    clickScrolled(page, 'Download as Word')]);
  assert.match(word.suggestedFilename(), /^cloudgap-comparison-.*\.docx$/);
  assert.equal(fs.readFileSync(await word.path()).subarray(0, 4).toString('latin1'), 'PK\x03\x04');
  await click(page, 'Back to the list');
  await page.waitForFunction(() => window.cloudgap.keep.where().screen === 'welcome', null,
                             {timeout: 5000});

  // A kept assessment against a file dropped while the list is comparing: the
  // file is compared, not opened or kept.
  const baseline = await page.evaluate(() => localStorage.getItem('cloudgap/doc/a1'));
  await clickScrolled(page, 'Compare##a3');
  await drop(page, 'baseline.json', {text: baseline});
  await page.waitForFunction(() => window.cloudgap.keep.where().screen === 'compare', null,
                             {timeout: 5000});
  await findItem(page, 'Download as a web page');
  index = await page.evaluate(() => JSON.parse(localStorage.getItem('cloudgap/index')));
  assert.equal(index.entries.length, 3);
  await context.close();
});

test('export then import through the file picker gives back exactly the same document', async () => {
  const {context, page} = await openApp(browser, server);
  await click(page, 'Try a sample');
  await settle(page);
  const doc = await state(page);
  const file = await download(page, 'Export (.json)');
  assert.match(file.name, /^cloudgap-example-cloud-ltd-\d{4}-\d\d-\d\d\.json$/);
  assert.deepEqual(JSON.parse(file.text), doc);

  await click(page, 'Profile');
  await settle(page);
  await clickScrolled(page, 'Cloud provider');
  assert.notDeepEqual(await state(page), doc);
  await click(page, 'CloudGap##home');
  await settle(page);
  const path = `${fs.mkdtempSync('/tmp/cloudgap-export-')}/${file.name}`;
  fs.writeFileSync(path, file.text);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'Open a file')]);
  await chooser.setFiles(path);
  await page.waitForFunction((d) => window.cloudgap.test.state() === d,
                             JSON.stringify(doc), {timeout: 5000});
  assert.deepEqual(await state(page), doc);
  // Kept as a new assessment beside the changed one.
  await saved(page);
  const index = await page.evaluate(() => JSON.parse(localStorage.getItem('cloudgap/index')));
  assert.equal(index.entries.length, 2);
  await context.close();
});

// Opens the sample, then starts a quick scan: the sample's state (what a dropped
// copy of it must bring back) and the scan's (what a refused file must leave).
async function sampleThenQuickScan(page) {
  await click(page, 'Try a sample');
  await settle(page);
  const sample = await state(page);
  await click(page, 'CloudGap##home');
  await click(page, 'Start quick scan');
  await settle(page);
  return {sample, current: await state(page)};
}

test('a file dropped on the page opens; a foreign, broken or too large one is refused and changes nothing',
     async () => {
  const {context, page, log} = await openApp(browser, server);
  const {sample, current} = await sampleThenQuickScan(page);

  // While a file is over the page a hint says what dropping it does; it goes when the drag leaves.
  const hintShown = () => page.evaluate(() => getComputedStyle(document.getElementById('drop-hint')).display !== 'none');
  assert.equal(await hintShown(), false);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{}'], 'a.json', {type: 'application/json'}));
    document.getElementById('canvas').dispatchEvent(new DragEvent('dragover', {dataTransfer: data, bubbles: true, cancelable: true}));
  });
  assert.equal(await hintShown(), true);
  await page.waitForFunction(() => getComputedStyle(document.getElementById('drop-hint')).display === 'none');

  await drop(page, 'report.json', {text: '{"report": "cloudgap-report/1", "overall": {}}'});
  await announced(page, 'this is a CloudGap report');
  assert.deepEqual(await state(page), current);
  await drop(page, 'broken.json', {text: JSON.stringify(sample).slice(0, 200)});
  await announced(page, 'not valid JSON');
  await drop(page, 'newer.json', {text: JSON.stringify({...sample, format: 'cloudgap-assessment/9'})});
  await announced(page, 'written by a newer CloudGap');
  const otherCatalog = {...sample, catalog: {...sample.catalog, version: '9.0.0'}};
  await drop(page, 'future-catalog.json', {text: JSON.stringify(otherCatalog)});
  await announced(page, 'which this CloudGap does not know');
  await drop(page, 'huge.json', {size: 6 * 1024 * 1024});
  await announced(page, 'it is 6.0 MB, and CloudGap opens assessment files of up to 5 MB');
  assert.deepEqual(await state(page), current);

  await drop(page, 'sample.json', {text: JSON.stringify(sample, null, 2)});
  await announced(page, 'Opened sample.json');
  assert.deepEqual(await state(page), sample);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

// The page and the app share one limit and one set of codes, all the app's
// (platform/web/js_boundary.h): the page refuses a file one byte over the C++
// limit without reading it, and hands one at the limit to the app, which opens it.
test('the document limit and the codes that cross to JS are the app\'s own', async () => {
  const {context, page, log} = await openApp(browser, server);
  const {call, maxDocumentBytes: limit, ...codes} = await page.evaluate(() => {
    const abi = window.Module.cloudgapAbi;
    return {...abi, call: typeof abi.call};
  });
  assert.equal(call, 'function');
  assert.equal(limit, 5 * 1024 * 1024);  // kMaxDocumentBytes, core/text/input_limits.h.
  assert.deepEqual(codes, {
    seal: {OK: 0, UNSUPPORTED: 1, REFUSED: 2, CORRUPT: 3},  // js::SealStatus.
    result: {OK: 0, UNSUPPORTED: 1, BAD_KEY: 2, OTHER_KEY: 3, CHANGED: 4, DAMAGED: 5},  // js::ResultStatus.
  });
  const {sample, current} = await sampleThenQuickScan(page);

  await drop(page, 'over.json', {text: JSON.stringify(sample), padTo: limit + 1});
  await announced(page, 'it is just over 5 MB, and CloudGap opens assessment files of up to 5 MB');
  assert.deepEqual(await state(page), current);
  await drop(page, 'at-limit.json', {text: JSON.stringify(sample), padTo: limit});
  await announced(page, 'Opened at-limit.json');
  assert.deepEqual(await state(page), sample);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('an assessment in the pre-release format /0 opens, converted', async () => {
  const {context, page} = await openApp(browser, server);
  await click(page, 'Try a sample');
  await settle(page);
  const sample = await state(page);
  const answers = Object.fromEntries(Object.entries(sample.answers).map(([id, answer]) =>
    [id, {answer, justification: sample.na_justifications[id] || ''}]));
  const {na_justifications: _, ...rest} = sample;
  await drop(page, 'old.json', {text: JSON.stringify({...rest, format: 'cloudgap-assessment/0', answers})});
  await announced(page, 'converted from an older CloudGap format');
  assert.deepEqual(await state(page), sample);
  await context.close();
});

test('without storage the app works, says autosave is off, and exports', async () => {
  const {context, page, log} = await openApp(browser, server, {
    setup: (ctx) => ctx.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    }),
  });
  await click(page, 'Start quick scan');
  await settle(page);
  await clickScrolled(page, 'Continue to the questions');
  await page.keyboard.press('KeyY');
  await settle(page);
  await page.waitForFunction(() => window.cloudgap.keep.where().autosave === 'unavailable',
                             null, {timeout: 3000});
  await findItem(page, 'Export (.json)##autosave-off');
  const doc = await state(page);
  assert.equal(Object.keys(doc.answers).length, 1);
  const file = await download(page, 'Export (.json)##autosave-off');
  assert.deepEqual(JSON.parse(file.text), doc);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a damaged saved document is reported, offered for download, and stops nothing', async () => {
  const raw = '{"format": "cloudgap-assessment/1", "answers": {"5.1.1-q1": "yes"';
  const {context, page, log} = await openApp(browser, server, {
    setup: (ctx) => ctx.addInitScript((text) => {
      if (localStorage.getItem('cloudgap/index')) return;  // Only before the first start.
      localStorage.setItem('cloudgap/index', JSON.stringify({format: 'cloudgap-library/1',
        entries: [{id: 'a1', name: 'Board review', mode: 'full'}]}));
      localStorage.setItem('cloudgap/doc/a1', text);
      localStorage.setItem('cloudgap/ui', JSON.stringify({assessment: 'a1', screen: 'results'}));
    }, raw),
  });
  await findItem(page, 'Download the saved data');
  assert.equal((await where(page)).screen, 'welcome');
  assert.deepEqual(await state(page), {});
  const file = await download(page, 'Download the saved data');
  assert.equal(file.text, raw);
  // The app goes on, and the damaged document stays as it was.
  await click(page, 'Start quick scan');
  await settle(page);
  await saved(page);
  assert.equal(await page.evaluate(() => localStorage.getItem('cloudgap/doc/a1')), raw);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
