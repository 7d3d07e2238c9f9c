// User journeys through the guided front end, driven the way a person would:
// clicking widgets found by label, typing, using the keyboard alone.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {startServer, launchBrowser, openApp, items, state, click, clickScrolled, findItem,
        focusText, pressKeys, scrollTo, settle} from './harness.mjs';

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// The question ids asked in a quick scan of the default profile, from the document's catalog.
const answeredIds = (doc) => Object.keys(doc.answers || {});

// A new full assessment with the default profile, at its first control's questions.
async function openFullAssessmentQuestions() {
  const opened = await openApp(browser, server);
  await click(opened.page, 'Start full assessment');
  await settle(opened.page);
  await clickScrolled(opened.page, 'Continue to the questions');
  return opened;
}

test('a complete quick scan from the welcome screen to the summary', async () => {
  const {context, page, log} = await openApp(browser, server);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.origin});
  await click(page, 'Start quick scan');
  await settle(page);
  await clickScrolled(page, 'Continue to the questions');
  // The first answers by mouse, the rest by keyboard.
  for (let i = 0; i < 3; i++) {
    const yes = (await items(page)).find((it) => it.label.startsWith('Yes##'));
    await page.mouse.click(yes.x + yes.w / 2, yes.y + yes.h / 2);
    await settle(page);
    await click(page, 'Next control');
    await settle(page);
  }
  let doc = await state(page);
  assert.equal(answeredIds(doc).length, 3);
  for (let i = 0; i < 60; i++) {
    await pressKeys(page, i % 4 === 0 ? 'KeyN' : 'KeyY');
    if ((await items(page)).some((it) => it.label === 'See the results')) break;
    await pressKeys(page, 'PageDown');
  }
  doc = await state(page);
  assert.equal(doc.profile.mode, 'quick');
  const scoped = answeredIds(doc).length;
  assert.ok(scoped >= 30, `only ${scoped} quick questions answered`);
  assert.ok(answeredIds(doc).every((id) => /-quick(-[a-z]+)*$/.test(id)));
  await clickScrolled(page, 'See the results');
  await findItem(page, 'chart:overall');
  const labels = (await items(page)).map((it) => it.label);
  assert.ok(labels.includes('chart:overall'));
  await clickScrolled(page, 'Copy summary');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /ISO\/IEC 27017 quick scan/);
  assert.match(copied, /Top gaps to close first:\n1\. /);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('a full assessment of one clause, with a not-applicable answer and its justification', async () => {
  const {context, page} = await openFullAssessmentQuestions();
  // Clause 5 has one control, 5.1.1; a cloud customer is asked q1, q2, q7 and q6.
  assert.deepEqual((await state(page)).answers ?? {}, {});
  await clickScrolled(page, 'N/A##5.1.1-q2');
  assert.equal((await state(page)).answers?.['5.1.1-q2'], undefined, 'N/A recorded without a reason');
  await focusText(page, '##justification');
  const why = 'Only one business unit uses cloud; covered by group policy';
  await page.keyboard.type(why);
  await settle(page);
  for (const [q, a] of [['q1', 'Yes'], ['q7', 'Partly'], ['q6', "Don't know"]]) {
    await clickScrolled(page, `${a}##5.1.1-${q}`);
  }
  const doc = await state(page);
  assert.deepEqual(doc.answers, {'5.1.1-q1': 'yes', '5.1.1-q2': 'na', '5.1.1-q7': 'partly',
                                 '5.1.1-q6': 'dont_know'});
  assert.deepEqual(doc.na_justifications, {'5.1.1-q2': why});
  // The clause is complete: the navigator says so.
  await click(page, 'Results');
  await settle(page);
  await context.close();
});

test('two clicks that arrive between two frames both count', async () => {
  const {context, page} = await openFullAssessmentQuestions();
  await scrollTo(page, 'No##5.1.1-q7');
  const targets = [await findItem(page, 'Yes##5.1.1-q1'), await findItem(page, 'No##5.1.1-q7')];
  // One task, so no animation frame runs between the two clicks: a busy
  // machine or a quick double tap delivers them like this.
  const framesDuring = await page.evaluate((points) => {
    const canvas = document.getElementById('canvas');
    const before = window.cloudgap.test.frames();
    for (const {x, y} of points) {
      for (const type of ['mousemove', 'mousedown', 'mouseup']) {
        canvas.dispatchEvent(new MouseEvent(type, {clientX: x, clientY: y, button: 0,
                                                   buttons: type === 'mousedown' ? 1 : 0,
                                                   bubbles: true, cancelable: true}));
      }
    }
    return window.cloudgap.test.frames() - before;
  }, targets.map((it) => ({x: it.x + it.w / 2, y: it.y + it.h / 2})));
  assert.equal(framesDuring, 0);
  await settle(page);
  assert.deepEqual((await state(page)).answers, {'5.1.1-q1': 'yes', '5.1.1-q7': 'no'});
  await context.close();
});

test('a note typed with non-ASCII text arrives intact', async () => {
  const {context, page} = await openFullAssessmentQuestions();
  await focusText(page, '##notes');
  const note = 'Café Übersicht — naïve 日本語 ✓ 🙂 done';
  await page.keyboard.type(note);
  await settle(page);
  const doc = await state(page);
  assert.equal(doc.controls['5.1.1'].notes, note);
  await context.close();
});

test('select all, typing and a paste that arrive between two frames all land', async () => {
  const {context, page} = await openFullAssessmentQuestions();
  await focusText(page, '##notes');
  await page.keyboard.type('draft');
  await settle(page);
  // One task, as a busy machine delivers them: Ctrl+A, typed text, then Ctrl+V
  // with the text a paste event carries (the browser's, not ImGui's clipboard).
  const framesDuring = await page.evaluate(() => {
    const proxy = document.getElementById('text-proxy');
    const before = window.cloudgap.test.frames();
    const key = (type, keyCode, ctrlKey) => {
      const e = new KeyboardEvent(type, {bubbles: true, cancelable: true, ctrlKey});
      Object.defineProperty(e, 'keyCode', {get: () => keyCode});
      proxy.dispatchEvent(e);
    };
    key('keydown', 17, true);
    key('keydown', 65, true);
    key('keyup', 65, true);
    key('keyup', 17, false);
    proxy.value = 'Final: ';
    proxy.dispatchEvent(new InputEvent('input', {bubbles: true}));
    key('keydown', 17, true);
    key('keydown', 86, true);
    const data = new DataTransfer();
    data.setData('text/plain', 'pasted ✓ text');
    proxy.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true,
                                                     cancelable: true}));
    key('keyup', 86, true);
    key('keyup', 17, false);
    return window.cloudgap.test.frames() - before;
  });
  assert.equal(framesDuring, 0);
  await settle(page);
  assert.equal((await state(page)).controls['5.1.1'].notes, 'Final: pasted ✓ text');
  await context.close();
});

test('on a touch screen a tap presses, a drag scrolls without pressing, a tap on a field takes text',
     async () => {
  const {context, page, log} = await openApp(browser, server,
                                             {width: 390, height: 844, dpr: 2, touch: true});
  const tap = async (label) => {
    const it = await scrollTo(page, label);
    await page.touchscreen.tap(it.x + it.w / 2, it.y + it.h / 2);
    await settle(page);
  };
  await tap('Start full assessment');
  await tap('Continue to the questions');
  await tap('Yes##5.1.1-q1');
  assert.deepEqual((await state(page)).answers, {'5.1.1-q1': 'yes'});

  // A drag that starts on an answer button scrolls the pane and answers nothing.
  const start = await findItem(page, 'No##5.1.1-q1');
  const scrollBefore = (await page.evaluate(() => window.cloudgap.keep.where())).scroll;
  const cdp = await context.newCDPSession(page);
  const x = start.x + start.w / 2;
  const touchAt = (type, y) => cdp.send('Input.dispatchTouchEvent',
      {type, touchPoints: type === 'touchEnd' ? [] : [{x, y}]});
  await touchAt('touchStart', start.y + start.h / 2);
  for (let dy = 20; dy <= 300; dy += 20) await touchAt('touchMove', start.y + start.h / 2 - dy);
  await touchAt('touchEnd');
  await settle(page);
  const scrollAfter = (await page.evaluate(() => window.cloudgap.keep.where())).scroll;
  assert.ok(scrollAfter > scrollBefore + 100, `scroll ${scrollBefore} -> ${scrollAfter}`);
  assert.deepEqual((await state(page)).answers, {'5.1.1-q1': 'yes'});

  await tap('##notes');
  await page.waitForFunction(() => document.activeElement?.id === 'text-proxy', null, {timeout: 5000});
  await page.keyboard.type('typed on a phone');
  await settle(page);
  assert.equal((await state(page)).controls['5.1.1'].notes, 'typed on a phone');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

for (const [width, height, dpr] of [[390, 844, 2], [1280, 800, 1]]) {
  test(`at ${width}x${height} no widget of any screen sticks out of the visible area`, async () => {
    const {context, page} = await openApp(browser, server, {width, height, dpr});
    await click(page, 'Try a sample');
    await settle(page);
    for (const tab of ['Profile', 'Questions', 'Results', 'Roadmap']) {
      await click(page, tab);
      await settle(page);
      const shown = await items(page);
      assert.ok(shown.length >= 4, `${tab}: only ${shown.length} widgets`);
      for (const it of shown) {
        assert.ok(it.x >= -0.5 && it.x + it.w <= width + 0.5,
                  `${tab}: '${it.label}' spans x ${it.x.toFixed(1)}..${(it.x + it.w).toFixed(1)}`);
      }
    }
    await context.close();
  });
}

// Moves keyboard focus with the arrow keys until `label` has it, steering
// toward the target as a sighted keyboard user would.
async function focusByKeys(page, label) {
  for (let i = 0; i < 60; i++) {
    const shown = await items(page);
    const focused = shown.find((it) => it.focused);
    if (focused && focused.label === label) return;
    const target = shown.find((it) => it.label === label);
    let key = 'ArrowDown';
    if (focused && target) {
      const dy = (target.y + target.h / 2) - (focused.y + focused.h / 2);
      const dx = (target.x + target.w / 2) - (focused.x + focused.w / 2);
      if (Math.abs(dy) > Math.max(focused.h, target.h) / 2) key = dy > 0 ? 'ArrowDown' : 'ArrowUp';
      else key = dx > 0 ? 'ArrowRight' : 'ArrowLeft';
    }
    await pressKeys(page, key);
  }
  throw new Error(`keyboard focus never reached '${label}'`);
}

test('the keyboard alone starts a scan, answers, and moves between controls', async () => {
  const {context, page} = await openApp(browser, server);
  await focusByKeys(page, 'Start quick scan');
  await page.keyboard.press('Space');
  await settle(page);
  await focusByKeys(page, 'Continue to the questions');
  await page.keyboard.press('Space');
  await settle(page);
  await page.keyboard.press('KeyP');
  await settle(page);
  await page.keyboard.press('PageDown');
  await settle(page);
  await page.keyboard.press('KeyD');
  await settle(page);
  const doc = await state(page);
  assert.deepEqual(Object.values(doc.answers), ['partly', 'dont_know']);
  // Focus is drawn: the focused widget is reported, and it is on screen.
  await focusByKeys(page, 'Next control');
  const focused = (await items(page)).find((it) => it.focused);
  assert.equal(focused.label, 'Next control');
  await page.keyboard.press('Space');
  await settle(page);
  assert.equal(Object.keys((await state(page)).answers).length, 2);
  await context.close();
});
