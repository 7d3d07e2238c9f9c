// The accessibility mirror (src/app/semantics_mirror.h) as assistive technology
// meets it: Chromium's own accessibility tree (DevTools Accessibility domain),
// a quick scan driven through that tree alone, focus in both directions, and
// axe-core's WCAG 2.1 A/AA rules on each screen.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import {startServer, launchBrowser, openApp, items, state, settle, click,
        drawnAfter, openReportMenu, pressKeys} from './harness.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const controlRoles = new Set(['button', 'checkbox', 'radio', 'textbox']);

// The page's accessibility tree as a screen reader gets it: nodes not ignored,
// with role, name, states and the DOM node behind each.
async function axTree(cdp) {
  const {nodes} = await cdp.send('Accessibility.getFullAXTree');
  const property = (node, name) => node.properties?.find((p) => p.name === name)?.value?.value;
  return nodes.filter((n) => !n.ignored).map((n) => ({
    role: n.role?.value, name: (n.name?.value || '').trim(), node: n.backendDOMNodeId,
    checked: property(n, 'checked'), expanded: property(n, 'expanded'),
    focused: property(n, 'focused') === true,
  }));
}

// The rows of the table `name` in the accessibility tree, each as its cells'
// roles and names, reached as a screen reader does: through ignored nodes.
async function axTable(cdp, name) {
  const {nodes} = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const children = (n) => (n.childIds || []).map((id) => byId.get(id)).filter(Boolean)
      .flatMap((c) => (c.ignored ? children(c) : [c]));
  const table = nodes.find((n) => !n.ignored && n.role?.value === 'table' && n.name?.value === name);
  return table && children(table).filter((r) => r.role?.value === 'row')
      .map((r) => children(r).map((c) => `${c.role?.value} ${(c.name?.value || '').trim()}`));
}

// A screen reader's activation: the element's default action, a click on it.
// `quick` for a press that starts no fetch (an answer, the next control).
async function press(cdp, page, node, {quick = false} = {}) {
  const click = async () => {
    const {object} = await cdp.send('DOM.resolveNode', {backendNodeId: node.node});
    await cdp.send('Runtime.callFunctionOn', {objectId: object.objectId,
                                              functionDeclaration: 'function() { this.click(); }'});
  };
  if (quick) return drawnAfter(page, click);
  await click();
  await settle(page);
}

const find = (tree, role, name) => tree.find((n) => n.role === role && n.name === name);

// What items() calls a widget, as a person hears it: the label up to "##".
const spoken = (label) => label.split('##')[0].replace(/\s+/g, ' ').trim();

async function open(options = {}) {
  const opened = await openApp(browser, server, options);
  const cdp = await opened.context.newCDPSession(opened.page);
  await cdp.send('Accessibility.enable');
  await settle(opened.page);
  return {...opened, cdp};
}

// Presses `role` `name`, scrolling down with the mirror's own button until it shows.
async function pressScrolled(cdp, page, role, name) {
  for (let i = 0; i < 30; i++) {
    const tree = await axTree(cdp);
    const node = find(tree, role, name);
    if (node) return press(cdp, page, node);
    const down = find(tree, 'button', 'Scroll down');
    assert.ok(down, `no ${role} "${name}" and nothing more below`);
    await press(cdp, page, down);
  }
  assert.fail(`no ${role} "${name}" after 30 pages`);
}

test('the accessibility tree names every control items() lists, with its state', async () => {
  const {page, cdp, context} = await open();
  const screens = [
    ['welcome', null],
    ['profile', ['button', 'Start full assessment']],
    ['questions', ['button', 'Continue to the questions']],
    ['results', ['button', 'Results']],
  ];
  for (const [screen, how] of screens) {
    if (how) await pressScrolled(cdp, page, ...how);
    const tree = await axTree(cdp);
    const named = tree.filter((n) => controlRoles.has(n.role)).map((n) => n.name);
    // Charts are read through their text alternative, checked below. A name may
    // say more than the label ("..., Answered" for the dot beside a control) but
    // starts with what is shown (WCAG 2.5.3).
    const missing = (await items(page)).filter((it) => !it.label.startsWith('chart:'))
                        .map((it) => spoken(it.label))
                        .filter((name) => name && !named.some((n) => n.startsWith(name)));
    assert.deepEqual(missing, [], `${screen}: widgets a screen reader cannot find`);
    assert.ok(tree.some((n) => n.role === 'heading'), `${screen}: no heading`);
  }
  // The score ring is read out; the other charts are tables, checked below.
  const text = (await axTree(cdp)).filter((n) => n.role === 'StaticText').map((n) => n.name);
  assert.ok(text.some((t) => /^overall score: (\d+ \/ 100|not scored)$/.test(t)),
            'the score ring is read out');
  await context.close();
});

test('each chart is a table: a row per bar, its cells the scores the report has', async () => {
  // Tall enough that every bar is on screen: the mirror holds what is.
  const {page, cdp, context} = await open({height: 1600});
  await press(cdp, page, find(await axTree(cdp), 'button', 'Try a sample'));
  const rows = await axTable(cdp, 'Scores by clause');
  assert.ok(rows, 'no table "Scores by clause"');
  assert.deepEqual(rows[0], ['columnheader Clause', 'columnheader Score', 'columnheader Target']);
  const bars = (await items(page)).filter((it) => it.label.startsWith('chart:clauses/'));
  assert.ok(bars.length >= 10, `only ${bars.length} bars`);
  assert.deepEqual(rows.slice(1).map((row) => row[0]),
                   bars.map((it) => 'rowheader ' + it.label.slice('chart:clauses/'.length)));
  // The radar (the same scores, by number) and the heatmap are tables too.
  const tables = (await axTree(cdp)).filter((n) => n.role === 'table').map((n) => n.name);
  assert.equal(tables.filter((name) => name === 'Scores by clause').length, 2, tables.join('; '));
  assert.equal((await axTable(cdp, 'Maturity against target'))?.[0]?.join('|'),
               'columnheader Control|columnheader Maturity|columnheader Target');
  // The app's own JSON report holds the engine's scores (to a tenth).
  await openReportMenu(page);
  const entry = (await items(page)).find((it) => it.label.endsWith('##report-json'))?.label;
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, entry)]);
  const report = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
  const target = 20 * report.assessment.target_maturity;
  const clauses = report.clauses.filter((c) => c.applicable_controls > 0);
  assert.equal(rows.length - 1, clauses.length);
  clauses.forEach((clause, i) => {
    const [header, score, marker] = rows[i + 1];
    assert.equal(header, `rowheader ${clause.clause} ${clause.title}`);
    if (clause.score === null) {
      assert.equal(score, 'cell Not scored yet');
    } else {
      assert.match(score, /^cell \d+$/);
      assert.ok(Math.abs(Number(score.slice(5)) - clause.score) <= 0.55,
                `${header}: ${score} for ${clause.score}`);
    }
    assert.equal(marker, `cell ${target}`);
  });
  await context.close();
});

test('a quick scan through the accessibility tree alone: find by role and name, press', async () => {
  const {page, cdp, context} = await open();
  await press(cdp, page, find(await axTree(cdp), 'button', 'Start quick scan'));
  await pressScrolled(cdp, page, 'button', 'Continue to the questions');
  let answered = 0;
  for (let step = 0; step < 400; step++) {
    const tree = await axTree(cdp);
    const yes = tree.find((n) => n.role === 'radio' && n.name === 'Yes' && n.checked === 'false');
    if (yes) {
      await press(cdp, page, yes, {quick: true});
      const after = await axTree(cdp);
      const same = after.find((n) => n.node === yes.node);
      assert.equal(same?.checked, 'true', 'the answer is checked once pressed');
      answered++;
      continue;
    }
    const results = find(tree, 'button', 'See the results');
    if (results) { await press(cdp, page, results); break; }
    const next = find(tree, 'button', 'Next control') || find(tree, 'button', 'Scroll down');
    assert.ok(next, 'neither an answer, the next control, nor more below');
    await press(cdp, page, next, {quick: true});
  }
  const doc = await state(page);
  assert.equal(Object.keys(doc.answers).length, answered);
  assert.ok(answered >= 10, `only ${answered} answers`);
  const tree = await axTree(cdp);
  assert.ok(tree.some((n) => n.role === 'heading' && /ready/i.test(n.name)) ||
            tree.some((n) => /Ready|ready/.test(n.name)),
            'the readiness tier is read out on the result');
  await context.close();
});

test('a heatmap row pressed in the accessibility tree explains that control\'s score', async () => {
  const {page, cdp, context} = await open();
  await press(cdp, page, find(await axTree(cdp), 'button', 'Try a sample'));
  let row = null;
  for (let i = 0; i < 30 && !row; i++) {
    const tree = await axTree(cdp);
    row = tree.find((n) => n.role === 'rowheader' && /^CLD\.\d/.test(n.name));
    if (!row) await press(cdp, page, find(tree, 'button', 'Scroll down'));
  }
  assert.ok(row, 'no CLD control in the heatmap\'s table');
  await press(cdp, page, row);  // A click on the row's first cell.
  // Read on, as a screen reader does, to "Why this score?": it explains that
  // control ("<control>: ..."), no longer "Choose a control".
  let why = null;
  for (let i = 0; i < 10 && !why; i++) {
    const tree = await axTree(cdp);
    why = tree.find((n) => n.name.startsWith(row.name + ':'));
    if (!why) await press(cdp, page, find(tree, 'button', 'Scroll down'));
  }
  assert.ok(why, `"Why this score?" does not explain ${row.name}`);
  await context.close();
});

test('moving from control to control leaves nothing of the last one in the tree', async () => {
  const {page, cdp, context} = await open();
  await press(cdp, page, find(await axTree(cdp), 'button', 'Start full assessment'));
  await pressScrolled(cdp, page, 'button', 'Continue to the questions');
  // The mirror rebuilds most of its elements for each control: an element left
  // behind (the last control's heading among this one's answers) is read out.
  const titles = new Set();
  for (let step = 0; step < 60; step++) {
    await pressKeys(page, step % 2 ? 'PageDown' : 'KeyY');
    const headings = (await axTree(cdp)).filter((n) => n.role === 'heading' && /^(\d+|CLD)\.\d/.test(n.name));
    assert.ok(headings.length <= 1, `step ${step}: headings of two controls: ${headings.map((n) => n.name).join('; ')}`);
    headings.forEach((n) => titles.add(n.name));
  }
  assert.ok(titles.size >= 20, `moved through only ${titles.size} controls`);
  await context.close();
});

test('focus goes both ways: the keys move DOM focus, DOM focus moves the app\'s', async () => {
  const {page, cdp, context} = await open();
  await pressKeys(page, 'ArrowDown', 'ArrowDown', 'ArrowDown');
  const focused = (await items(page)).find((it) => it.focused);
  assert.ok(focused, 'the arrow keys gave a widget the keyboard focus');
  const active = await page.evaluate(() => document.activeElement?.textContent);
  assert.equal(active, spoken(focused.label), 'DOM focus follows the app\'s');

  // A screen reader moves focus to another control: the app's focus follows.
  const target = find(await axTree(cdp), 'button', 'Start full assessment');
  await cdp.send('DOM.focus', {backendNodeId: target.node});
  await settle(page);
  const now = (await items(page)).find((it) => it.focused);
  assert.equal(spoken(now?.label || ''), 'Start full assessment');
  await page.keyboard.press('Enter');
  await settle(page);
  const profile = await axTree(cdp);
  assert.ok(find(profile, 'textbox', 'Organisation name'), 'Enter pressed it: the profile');
  // Space too, on a tick box reached the same way.
  const box = profile.find((n) => n.role === 'checkbox');
  assert.ok(box, `a tick box on the profile: ${profile.map((n) => n.role + ' ' + n.name).join('; ')}`);
  await cdp.send('DOM.focus', {backendNodeId: box.node});
  await settle(page);
  await page.keyboard.press('Space');
  await settle(page);
  const ticked = (await axTree(cdp)).find((n) => n.node === box.node);
  assert.equal(ticked?.checked, box.checked === 'true' ? 'false' : 'true', `Space toggled "${box.name}"`);
  await context.close();
});

test('axe-core finds no WCAG 2.1 A/AA violation on any screen', async () => {
  const {page, cdp, context} = await open();
  const check = async (screen) => {
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => window.axe.run(document, {
      runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
    }).then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.nodes[0].html})`)));
    assert.deepEqual(result, [], `${screen}: axe-core violations`);
  };
  await check('welcome');
  await pressScrolled(cdp, page, 'button', 'Start full assessment');
  await check('profile');
  await pressScrolled(cdp, page, 'button', 'Continue to the questions');
  await check('questions');
  await pressScrolled(cdp, page, 'button', 'Results');
  await check('results');
  await pressScrolled(cdp, page, 'button', 'Roadmap');
  await check('roadmap');
  await context.close();
});

// Browser zoom is devicePixelRatio up and CSS pixels down: a 1280x1024 window at
// 200% is 640x512 CSS px at 2x, at 400% 320x256 at 4x. Nothing may be lost:
// every widget and every text the mirror holds lies within the width (text
// wraps; the page scrolls down, never sideways).
for (const [zoom, width, height, dpr] of [[200, 640, 512, 2], [400, 320, 256, 4]]) {
  test(`at ${zoom}% zoom nothing of any screen is cut off at the sides`, async () => {
    const {page, cdp, context} = await open({width, height, dpr});
    for (const button of [null, 'Try a sample', 'Profile', 'Questions', 'Results', 'Roadmap']) {
      if (button) await pressScrolled(cdp, page, 'button', button);
      const shown = await items(page);
      assert.ok(shown.length >= 3, `${button || "welcome"}: only ${shown.length} widgets`);
      for (const it of shown) {
        assert.ok(it.x >= -0.5 && it.x + it.w <= width + 0.5,
                  `${zoom}% ${button || "welcome"}: '${it.label}' spans x ${it.x.toFixed(1)}..${(it.x + it.w).toFixed(1)}`);
      }
      const outside = await page.evaluate((w) => [...document.querySelectorAll('#a11y [data-k]')]
          .filter((e) => e.getAttribute('role') !== 'group')
          .map((e) => ({text: e.textContent.slice(0, 40), box: e.getBoundingClientRect()}))
          .filter(({box}) => box.width > 0 && (box.left < -0.5 || box.right > w + 0.5))
          .map(({text, box}) => `${text} ${box.left.toFixed(1)}..${box.right.toFixed(1)}`), width);
      assert.deepEqual(outside, [], `${zoom}% ${button || "welcome"}: text cut off at the sides`);
    }
    await context.close();
  });
}

// The text-size setting (ui/text_size.h) grows the app as the browser's zoom
// does: at 200% on a 1280 px window text is twice as tall, the size is
// kept over a reload, and nothing of any screen is cut off at the sides.
test('the text-size setting draws everything twice as large and is kept', async () => {
  const width = 1280;
  const {page, cdp, context} = await open({width, height: 800});
  const height = async (label) => (await items(page)).find((it) => it.label === label)?.h;
  // The language row, at the top of the welcome screen at any size.
  const before = await height('English##language');
  assert.ok(before > 0, 'no "English" on the welcome screen');
  await pressScrolled(cdp, page, 'radio', '200%');
  const after = await height('English##language');
  assert.ok(Math.abs(after / before - 2) < 0.15, `the button went from ${before} to ${after} px tall`);
  await page.reload();
  // settle() reads the app's test hooks, which the reloaded page has only once it runs.
  await page.waitForFunction(() => window.cloudgap && window.cloudgap.test &&
                             window.cloudgap.test.frames() >= 3, null, {timeout: 30000});
  await settle(page);
  const kept = await height('English##language');
  assert.ok(Math.abs(kept / before - 2) < 0.15, `after a reload "English" is ${kept} px tall`);
  await pressScrolled(cdp, page, 'radio', '200%');
  assert.equal(find(await axTree(cdp), 'radio', '200%')?.checked, 'true');
  for (const button of ['Try a sample', 'Questions', 'Results', 'Roadmap']) {
    await pressScrolled(cdp, page, 'button', button);
    for (const it of await items(page)) {
      assert.ok(it.x >= -0.5 && it.x + it.w <= width + 0.5,
                `200% ${button}: '${it.label}' spans x ${it.x.toFixed(1)}..${(it.x + it.w).toFixed(1)}`);
    }
  }
  await context.close();
});
