// The single-file edition: one .html opened from disk (file://), no server,
// renders and runs the journey under its own strict policy, asks for nothing
// outside itself, and keeps work in the browser (autosave), or is told that
// it cannot, so that it says to export instead.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {launchBrowser, openApp, siteDir, distinctColours, recordCspViolations, findItem, click, clickScrolled,
        settle, openReportMenu} from './harness.mjs';
import {runJourney, resumeAfterReload} from './journey.mjs';
import {buildSingleFile} from '../../web/tools/single-file.mjs';

let browser, dir, fileUrl, html;
before(async () => {
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudgap-single-'));
  html = buildSingleFile(siteDir);
  const file = path.join(dir, 'cloudgap-single.html');
  fs.writeFileSync(file, html);
  fileUrl = pathToFileURL(file).href;
});
after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, {recursive: true, force: true});
});

test('the single file holds everything and a policy that allows nothing else', () => {
  assert.ok(!/\s(?:src|href)="(?!data:)/.test(html), 'the page still refers to other files');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src ('sha256-[A-Za-z0-9+/=]+' )+'wasm-unsafe-eval'/);
  assert.ok(!/'self'|unsafe-inline|https?:/.test(policy), policy);
  // No worker and no manifest: neither works on file://.
  assert.ok(!/register\('sw\.js'\)|rel="manifest"/.test(html));
});

test('opened from file:// it renders, runs the journey, and asks for nothing outside itself', async (t) => {
  const requests = [];
  const {context, page, log} = await openApp(browser, null, {
    url: fileUrl,
    setup: async (ctx) => {
      await recordCspViolations(ctx);
      ctx.on('request', (r) => requests.push(r.url()));
    },
  });
  t.after(() => context.close());
  assert.equal(new URL(page.url()).protocol, 'file:');
  const colours = await distinctColours(browser, await page.screenshot());
  assert.ok(colours > 20, `frame looks blank: only ${colours} distinct colours`);
  const {mode, answered} = await runJourney(page);
  assert.equal(mode, 'quick');
  // Autosave works from disk too: the answers survive a reload.
  await page.reload();
  assert.equal(await resumeAfterReload(page), answered, 'the work was not kept on file://');
  assert.deepEqual(await page.evaluate(() => window.cloudgap.hosting), {singleFile: true, fileOrigin: true, storage: true});
  assert.match(await page.title(), /^CloudGap: /);  // The built-in config.json came along.
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  const outside = requests.filter((u) => !u.startsWith(fileUrl) && !u.startsWith('data:'));
  assert.deepEqual(outside, [], 'the single file made requests');
});

test('from file:// the workbook is made by the Office module the page carries', async (t) => {
  const requests = [];
  const {context, page, log} = await openApp(browser, null, {
    url: fileUrl,
    setup: async (ctx) => {
      await recordCspViolations(ctx);
      ctx.on('request', (r) => requests.push(r.url()));
    },
  });
  t.after(() => context.close());
  await click(page, 'Try a sample');
  await settle(page);
  await openReportMenu(page);
  const [file] = await Promise.all([page.waitForEvent('download'),
                                    click(page, 'Workbook (Excel, editable)##report-xlsx')]);
  const bytes = fs.readFileSync(await file.path());
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PK\x03\x04');
  assert.ok(bytes.length > 20000, `${bytes.length} bytes`);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(log.pageErrors, []);
  const outside = requests.filter((u) => !u.startsWith(fileUrl) && !u.startsWith('data:'));
  assert.deepEqual(outside, [], 'the single file made requests');
});

test('where the browser keeps nothing, the app is told so (and says to export)', async (t) => {
  const {context, page, log} = await openApp(browser, null, {
    url: fileUrl,
    setup: (ctx) => ctx.addInitScript(() => {
      // As in browsers that give pages opened from disk no storage.
      Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('denied', 'SecurityError'); }});
    }),
  });
  t.after(() => context.close());
  assert.equal((await page.evaluate(() => window.cloudgap.hosting)).storage, false);
  await page.waitForFunction(() => window.cloudgap.keep.where().autosave === 'unavailable',
                             null, {timeout: 15000});
  await runJourney(page);
  // On the results too: the hint that autosave is off, with its Export button.
  await findItem(page, 'Export (.json)##autosave-off');
  assert.deepEqual(log.pageErrors, []);
});
