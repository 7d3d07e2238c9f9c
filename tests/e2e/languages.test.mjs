// The app in German and French (ui/language_choice.h): it follows the browser,
// a pick on the welcome screen is kept, the catalog's words come in the same
// language, a document and its scores never change with it, and every screen
// still fits a 360 px phone in each language.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startServer, launchBrowser, openApp, items, state, click, clickScrolled, findItem,
        openReportMenu, settle} from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const messages = (language) => JSON.parse(fs.readFileSync(
    path.join(root, 'src/core/i18n/messages', `${language}.json`), 'utf8')).messages;
const catalogWords = (language) => JSON.parse(fs.readFileSync(
    path.join(root, 'catalog/translations', `${language}.json`), 'utf8')).texts;
// A message's words in `language`, as the code marks it in English.
const tr = (language, english) => language === 'en' ? english : messages(language)[english];

const where = (page) => page.evaluate(() => window.cloudgap.keep.where());
const waitForLanguage = (page, language) => page.waitForFunction(
    (l) => window.cloudgap.keep.where().language === l, language, {timeout: 15000});

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the browser\'s language is the app\'s, catalog included, and a score is the same in every language',
     async () => {
  const scores = {};
  for (const [locale, language] of [['en-GB', 'en'], ['de-CH', 'de'], ['fr-FR', 'fr']]) {
    const {context, page, log} = await openApp(browser, server, {locale});
    await waitForLanguage(page, language);
    await findItem(page, tr(language, 'Start quick scan'), 15000);
    await click(page, tr(language, 'Try a sample'));
    await page.waitForFunction(() => window.cloudgap.keep.where().catalog_text === 'complete', null,
                               {timeout: 15000});
    await click(page, tr(language, 'Questions'));
    await settle(page);
    // The first control's title in the questionnaire's list, in this language.
    const title = language === 'en' ? 'Policies for information security'
                                    : catalogWords(language)['/controls/0/title'].text;
    const shown = await items(page);
    assert.ok(shown.some((it) => it.label.includes(title)),
              `${language}: no item shows '${title}': ${shown.slice(0, 8).map((i) => i.label)}`);
    // Speech follows the words: the page says which language they are in.
    assert.equal(await page.evaluate(() => document.documentElement.lang), language);
    const doc = await state(page);
    scores[language] = JSON.stringify({answers: doc.answers, profile: doc.profile});
    const requested = log.requests.map((u) => path.posix.basename(new URL(u).pathname));
    const otherFiles = requested.filter((f) => /^(messages|catalog)\.[a-z]+\./.test(f));
    assert.deepEqual(otherFiles.map((f) => f.split('.')[1]).sort(),
                     language === 'en' ? [] : [language, language],
                     `${language}: fetched ${otherFiles}`);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  }
  assert.equal(scores.de, scores.en, 'the document is the same in German');
  assert.equal(scores.fr, scores.en, 'the document is the same in French');
});

test('a German visitor\'s reports are German, with the English report\'s scores', async () => {
  const reports = {};
  for (const [locale, language] of [['en-GB', 'en'], ['de-DE', 'de']]) {
    const {context, page, log} = await openApp(browser, server, {locale});
    await waitForLanguage(page, language);
    await findItem(page, tr(language, 'Start quick scan'), 15000);
    await click(page, tr(language, 'Try a sample'));
    await page.waitForFunction(() => window.cloudgap.keep.where().catalog_text === 'complete', null,
                               {timeout: 15000});
    for (const format of ['md', 'html']) {
      await openReportMenu(page, undefined, tr(language, 'Download report'));
      const entry = (await items(page)).find((it) => it.label.endsWith('##report-' + format));
      assert.ok(entry, `${language}: no menu entry for ${format}`);
      const [file] = await Promise.all([page.waitForEvent('download', {timeout: 60000}),
                                        click(page, entry.label)]);
      await settle(page);
      reports[`${language}.${format}`] = fs.readFileSync(await file.path(), 'utf8');
    }
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  }
  const heading = tr('de', 'Executive summary');
  assert.ok(heading && heading !== 'Executive summary', 'the heading has German words');
  assert.ok(reports['en.md'].includes('## Executive summary'));
  assert.ok(reports['de.md'].includes('## ' + heading), 'the German Markdown report is German');
  assert.ok(!reports['de.md'].includes('## Executive summary'));
  assert.match(reports['de.html'], /<html lang="de"/);
  assert.ok(reports['de.html'].includes(heading), 'the German HTML report is German');
  // The same sample, the same overall score: 54.2 in English is 54,2 in German.
  const score = reports['en.md'].match(/\*\*([0-9]+(?:\.[0-9])?)\*\*/)[1];
  assert.ok(reports['de.md'].includes(`**${score.replace('.', ',')}**`),
            `the German report has the overall score ${score}`);
  // Catalog words follow: the first control's German title.
  assert.ok(reports['de.md'].includes(catalogWords('de')['/controls/0/title'].text));
});

test('a language picked on the welcome screen is kept over the browser\'s on the next visit',
     async () => {
  const {context, page} = await openApp(browser, server, {locale: 'de-DE'});
  await waitForLanguage(page, 'de');
  await click(page, 'Français##language');
  await waitForLanguage(page, 'fr');
  await findItem(page, tr('fr', 'Start quick scan'));
  await page.reload();
  await page.waitForFunction(() => window.cloudgap && window.cloudgap.test &&
                             window.cloudgap.test.frames() >= 3);
  await waitForLanguage(page, 'fr');
  await findItem(page, tr('fr', 'Start quick scan'), 15000);
  await click(page, 'English##language');
  await waitForLanguage(page, 'en');
  assert.equal((await where(page)).language, 'en');
  await context.close();
});

for (const language of ['en', 'de', 'fr']) {
  test(`in ${language} at 360x740 no widget of any screen sticks out of the visible area`, async () => {
    const width = 360;
    const {context, page} = await openApp(browser, server, {width, height: 740, dpr: 2,
                                                            locale: language});
    await waitForLanguage(page, language);
    await clickScrolled(page, tr(language, 'Try a sample'));  // Below the fold of a small phone.
    await page.waitForFunction(() => window.cloudgap.keep.where().catalog_text === 'complete', null,
                               {timeout: 15000});
    for (const tab of ['Profile', 'Questions', 'Results', 'Roadmap']) {
      await click(page, tr(language, tab));
      await settle(page);
      const shown = await items(page);
      assert.ok(shown.length >= 4, `${language} ${tab}: only ${shown.length} widgets`);
      for (const it of shown) {
        assert.ok(it.x >= -0.5 && it.x + it.w <= width + 0.5,
                  `${language} ${tab}: '${it.label}' spans x ${it.x.toFixed(1)}..${(it.x + it.w).toFixed(1)}`);
      }
    }
    await context.close();
  });
}
