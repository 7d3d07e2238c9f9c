// Share links: the whole assessment in the address's fragment, compressed, and
// encrypted when a passphrase is given. Round trips with and without one,
// links without notes and evidence, and links that were cut short, changed or
// opened with the wrong passphrase, which must change nothing.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startServer, launchBrowser, openApp, state, click, clickScrolled, findItem, focusText,
        settle} from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const where = (page) => page.evaluate(() => window.cloudgap.keep.where());

async function announced(page, text) {
  await page.waitForFunction((t) => document.getElementById('announcer').textContent.includes(t),
                             text, {timeout: 20000});
}

async function openWithClipboard(options = {}) {
  const opened = await openApp(browser, server, options);
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.origin});
  return opened;
}

// Makes a link from the results or summary screen, as a person would; returns it.
async function makeLink(page, {passphrase = '', leaveOut = false} = {}) {
  await clickScrolled(page, 'Copy share link');
  await settle(page);
  if (leaveOut) await click(page, 'Leave notes and evidence out');
  if (passphrase) {
    await focusText(page, '##share-passphrase');
    await page.keyboard.type(passphrase);
  }
  await click(page, 'Create link');
  await findItem(page, '##share-link', 20000);  // PBKDF2 takes a moment.
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await click(page, 'Close##share');
  await settle(page);
  return link;
}

// Opens `link` in a fresh browser profile (nothing kept yet), with the test hooks.
async function openLink(link) {
  const hash = link.slice(link.indexOf('#'));
  return openApp(browser, server, {query: hash});
}

async function sampleResults(page) {
  await click(page, 'Try a sample');
  await settle(page);
  return state(page);
}

// One character of the data part changed, where the base64 sits.
function tamper(link) {
  const at = link.length - 40;
  return link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
}

test('a share link round trip without a passphrase, then keeping a copy', async () => {
  const {context, page, log} = await openWithClipboard();
  const doc = await sampleResults(page);
  const link = await makeLink(page);
  assert.ok(link.startsWith(server.url + '#s=v1.'), link);
  assert.ok(!link.includes('?'), 'the link carries the query string');
  await context.close();

  const opened = await openLink(link);
  await opened.page.waitForFunction(() => window.cloudgap.keep.where().shared, null, {timeout: 10000});
  assert.deepEqual(await state(opened.page), doc);
  assert.equal(await opened.page.evaluate(() => location.hash), '', 'the link stays in the address');
  assert.equal((await where(opened.page)).screen, 'results');
  assert.equal(await opened.page.evaluate(() => localStorage.getItem('cloudgap/index')), null);
  // Once the catalog's words are in, the results screen is laid out for good.
  await opened.page.waitForFunction(() => window.cloudgap.keep.where().catalog_text === 'complete',
                                    null, {timeout: 15000});
  await clickScrolled(opened.page, 'Keep a copy');
  const kept = await where(opened.page);
  assert.equal(kept.shared, false);
  assert.equal(await opened.page.evaluate((id) => localStorage.getItem('cloudgap/doc/' + id), kept.assessment),
               JSON.stringify(doc));
  // A reload shows what was kept, not the link again.
  await opened.page.reload();
  await opened.page.waitForFunction(() => window.cloudgap?.test?.frames() >= 3);
  assert.deepEqual(await state(opened.page), doc);
  assert.equal((await where(opened.page)).shared, false);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(opened.log.consoleErrors, []);
  assert.deepEqual(opened.log.pageErrors, []);
  await opened.context.close();
});

test('a share link round trip with a passphrase, after a wrong one', async () => {
  const {context, page} = await openWithClipboard();
  const doc = await sampleResults(page);
  const link = await makeLink(page, {passphrase: 'correct horse battery'});
  assert.ok(link.startsWith(server.url + '#e=v1.'), link);
  assert.ok(!link.includes('Example'), 'the organisation shows through the encryption');
  await context.close();

  const {context: other, page: reader, log} = await openLink(link);
  await findItem(reader, '##open-passphrase', 10000);
  assert.deepEqual(await state(reader), {});
  await focusText(reader, '##open-passphrase');
  await reader.keyboard.type('correct horse batter');
  await reader.keyboard.press('Enter');
  await announced(reader, 'The link is damaged or the passphrase is wrong.');
  assert.deepEqual(await state(reader), {});
  await focusText(reader, '##open-passphrase');
  await reader.keyboard.press('End');
  await reader.keyboard.type('y');
  await click(reader, 'Open the link');
  await reader.waitForFunction(() => window.cloudgap.keep.where().shared, null, {timeout: 20000});
  assert.deepEqual(await state(reader), doc);
  assert.deepEqual(log.pageErrors, []);
  await other.close();
});

// A kept assessment against a link pasted into the list: the link (with a
// passphrase, asked for) opens into the comparison, not as the open assessment.
test('a kept assessment is compared with a pasted share link', async () => {
  const {context, page, log} = await openWithClipboard();
  await sampleResults(page);
  const link = await makeLink(page, {passphrase: 'compare me'});
  await click(page, 'Questions');
  await settle(page);
  await page.keyboard.press('KeyD');  // The sample never answers "don't know" outside clause 12.
  await settle(page);
  const changed = await state(page);
  await click(page, 'CloudGap##home');
  await settle(page);
  await clickScrolled(page, 'Compare##a1');
  await clickScrolled(page, 'Compare with a link##a1');
  await focusText(page, '##compare-link');
  await page.evaluate((text) => navigator.clipboard.writeText(text), link);
  await page.keyboard.press('Control+V');
  await clickScrolled(page, 'Compare with the link');
  await focusText(page, '##open-passphrase');
  await page.keyboard.type('compare me');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.cloudgap.keep.where().screen === 'compare', null,
                             {timeout: 20000});
  await findItem(page, 'Answers changed (1)###answers');
  assert.deepEqual(await state(page), changed, 'the link did not replace the open assessment');
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('cloudgap/index'))).entries.length, 1);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a link can leave notes and evidence out', async () => {
  const {context, page} = await openWithClipboard();
  const doc = await sampleResults(page);
  assert.ok(Object.values(doc.controls).some((c) => c.notes || c.evidence), 'the sample has no notes');
  const full = await makeLink(page);
  const lean = await makeLink(page, {leaveOut: true});
  assert.ok(lean.length < full.length);
  await context.close();

  const opened = await openLink(lean);
  await opened.page.waitForFunction(() => window.cloudgap.keep.where().shared, null, {timeout: 10000});
  const shared = await state(opened.page);
  assert.deepEqual(shared.answers, doc.answers);
  assert.ok(Object.values(shared.controls).every((c) => !c.notes && !c.evidence));
  await opened.context.close();
});

test('cut, changed and wrongly encrypted links say what is wrong and change nothing', async () => {
  const maker = await openWithClipboard();
  await sampleResults(maker.page);
  const plain = await makeLink(maker.page);
  const sealed = await makeLink(maker.page, {passphrase: 'pw'});
  await maker.context.close();

  // A person with work of their own in this browser opens the broken links.
  const {context, page, log} = await openApp(browser, server);
  await click(page, 'Start quick scan');
  await settle(page);
  await clickScrolled(page, 'Continue to the questions');
  await page.keyboard.press('KeyY');
  await settle(page);
  const mine = await state(page);
  await page.waitForFunction(() => localStorage.getItem('cloudgap/doc/a1') === window.cloudgap.test.state());

  const open = async (link) => {
    await page.goto(server.url + '?test=1' + link.slice(link.indexOf('#')));
    await page.waitForFunction(() => window.cloudgap?.test?.frames() >= 3, null, {timeout: 30000});
  };
  await open(plain.slice(0, plain.length - 30));
  await announced(page, 'The link is incomplete');
  assert.deepEqual(await state(page), mine);

  await open(tamper(plain));
  await announced(page, 'The link is damaged');
  assert.deepEqual(await state(page), mine);

  await open(plain.replace('#s=v1.', '#s=v7.'));
  await announced(page, 'made by a newer version of CloudGap');
  assert.deepEqual(await state(page), mine);

  await open(tamper(sealed));
  await focusText(page, '##open-passphrase');
  await page.keyboard.type('pw');
  await page.keyboard.press('Enter');
  await announced(page, 'The link is damaged or the passphrase is wrong.');
  await click(page, 'Cancel##open-link');
  await settle(page);
  assert.deepEqual(await state(page), mine);
  assert.equal((await where(page)).assessment, 'a1');

  // A good link pasted into the address of the open page opens without a reload.
  await page.evaluate((hash) => { location.hash = hash; }, plain.slice(plain.indexOf('#') + 1));
  await page.waitForFunction(() => window.cloudgap.keep.where().shared, null, {timeout: 10000});
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

// A fully answered full assessment (both roles, every service model: every
// question asked), with a note and an evidence reference on every control.
function fullAssessment(base, catalog, mix) {
  const answers = {};
  const choices = ['yes', 'partly', 'no', 'dont_know', 'partly', 'yes', 'no'];
  let n = 0;
  for (const c of catalog.controls) {
    for (const q of c.questions) answers[q.id] = mix ? choices[n++ % choices.length] : 'partly';
  }
  const controls = {};
  catalog.controls.forEach((c, i) => {
    controls[c.id] = {
      notes: `Reviewed with the owner of "${c.title}" in workshop ${i + 1}; gaps logged as ` +
             `RISK-${100 + i} and remediation planned for Q${(i % 4) + 1}.`,
      evidence: [{text: `${c.label} procedure v${(i % 3) + 1}`, link: `https://intranet.example/isms/${c.id}`}],
      owner: ['CISO', 'Head of IT operations', 'Cloud platform team', 'DPO'][i % 4],
    };
  });
  return {...base, profile: {...base.profile, organisation: 'Example Cloud Ltd', role: 'both',
                             services: ['iaas', 'paas', 'saas'], mode: 'full'},
          answers, na_justifications: {}, controls};
}

test('share-link length for a fully answered full assessment, with and without notes', async (t) => {
  const catalog = JSON.parse(fs.readFileSync(path.join(here, '../../catalog/iso27017.json'), 'utf8'));
  const {context, page} = await openWithClipboard();
  await click(page, 'Start full assessment');
  await settle(page);
  const base = await state(page);
  const lengths = {};
  for (const mix of [false, true]) {
    const doc = fullAssessment(base, catalog, mix);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'full.json', {type: 'application/json'}));
      document.getElementById('canvas').dispatchEvent(
          new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
    }, JSON.stringify(doc));
    const answered = Object.keys(doc.answers).length;
    await page.waitForFunction((n) => Object.keys(JSON.parse(window.cloudgap.test.state()).answers).length === n,
                               answered);
    assert.deepEqual(await state(page), doc);
    await click(page, 'Results');
    await settle(page);
    const name = mix ? 'mixed answers' : 'every answer "partly"';
    lengths[name] = {
      questions: answered,
      documentBytes: JSON.stringify(doc).length,
      withNotes: (await makeLink(page)).length,
      withoutNotes: (await makeLink(page, {leaveOut: true})).length,
      encryptedWithNotes: (await makeLink(page, {passphrase: 'pw'})).length,
      encryptedWithoutNotes: (await makeLink(page, {passphrase: 'pw', leaveOut: true})).length,
    };
  }
  t.diagnostic(JSON.stringify(lengths));
  console.log('share-link lengths:', JSON.stringify(lengths, null, 2));
  for (const l of Object.values(lengths)) {
    assert.ok(l.withoutNotes < l.withNotes);
    assert.ok(l.withNotes < 32000, `a link of ${l.withNotes} characters`);
  }
  await context.close();
});
