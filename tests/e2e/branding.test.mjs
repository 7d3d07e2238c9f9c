// White-label: config.json beside index.html renames and recolours the app and
// sets its call-to-action; a broken one falls back to the defaults with a
// console warning, and the app still starts.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {startServer, launchBrowser, openApp, copySite, findItem, pixelAt, scrollTo, click,
        clickScrolled, openReportMenu} from './harness.mjs';
import {runJourney} from './journey.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

const DEFAULT_ACCENT = [0x1f, 0x5f, 0xbf];

// Serves a copy of the site with `config` as config.json (null: none at all),
// opens the app and returns what it shows and said. All of it goes when test `t` ends.
async function openWithConfig(t, config) {
  const dir = copySite({'config.json': config});
  t.after(() => fs.rmSync(dir, {recursive: true, force: true}));
  const server = await startServer(dir);
  t.after(() => server.close());
  const warnings = [];
  const {context, page, log} = await openApp(browser, server, {
    setup: async (ctx) => ctx.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); }),
  });
  t.after(() => context.close());
  await findItem(page, 'Start quick scan');
  const branding = await page.evaluate(() => window.cloudgap.branding);
  // The primary button (the default mode's) is filled with the accent colour; left of its label.
  const fill = async (label) => {
    const button = await findItem(page, label);
    return pixelAt(browser, page, button.x + 8, button.y + button.h / 2);
  };
  const primary = branding.default_mode === 'full' ? 'Start full assessment' : 'Start quick scan';
  const other = branding.default_mode === 'full' ? 'Start quick scan' : 'Start full assessment';
  const shown = {title: await page.title(), branding, accent: await fill(primary),
                 otherButton: await fill(other), warnings, log};
  return {shown, page};
}

function near(actual, expected, what) {
  assert.ok(actual.every((v, i) => Math.abs(v - expected[i]) <= 2), `${what}: got rgb(${actual}), want rgb(${expected})`);
}

test('the shipped config.json gives CloudGap in its own colours, without warnings', async (t) => {
  const {shown} = await openWithConfig(t, fs.readFileSync(new URL('../../web/config.json', import.meta.url)));
  assert.match(shown.title, /^CloudGap: /);
  near(shown.accent, DEFAULT_ACCENT, 'accent');
  assert.deepEqual(shown.warnings.filter((w) => w.includes('CloudGap')), []);
  assert.equal(shown.branding.cta, undefined);
});

test('a custom config.json changes the name, the colour and the call-to-action', async (t) => {
  const {shown, page} = await openWithConfig(t, JSON.stringify({
    product_name: 'Acme Cloud Check',
    logo: 'brand/acme.svg',
    accent_color: '#0a7f3f',
    cta: {label: 'Talk to our team', url: 'mailto:security@acme.example?subject=Cloud%20assessment'},
    default_mode: 'full',
    ask_organisation: false,
  }));
  assert.equal(shown.title, 'Acme Cloud Check: ISO/IEC 27017 cloud security self-assessment');
  near(shown.accent, [0x0a, 0x7f, 0x3f], 'accent');
  assert.ok(Math.abs(shown.otherButton[1] - 0x7f) > 20, 'the quick scan is still highlighted with default_mode "full"');
  assert.deepEqual(shown.branding.cta, {label: 'Talk to our team', url: 'mailto:security@acme.example?subject=Cloud%20assessment'});
  assert.equal(shown.branding.logo, 'brand/acme.svg');
  assert.equal(shown.branding.default_mode, 'full');
  assert.equal(shown.branding.ask_organisation, false);
  assert.equal(await page.getAttribute('meta[name="theme-color"]', 'content'), '#0a7f3f');
  assert.deepEqual(shown.warnings.filter((w) => w.includes('config.json')), []);
  assert.deepEqual(shown.log.consoleErrors, []);
  // The call-to-action is offered on the results.
  await runJourney(page);
  await scrollTo(page, 'Talk to our team');
  // The reports made for people carry the brand: the HTML report's cover and
  // colour, and the brief's call-to-action (made by the Office module).
  const download = async (label) => {
    await openReportMenu(page, {x: 12});
    const [file] = await Promise.all([page.waitForEvent('download'), click(page, label)]);
    return fs.readFileSync(await file.path(), 'utf8');
  };
  const html = await download('Report (HTML, printable)##report-html');
  assert.match(html, /<div class="brand">Acme Cloud Check<\/div>/);
  assert.match(html, /<style>:root\{--accent:#0a7f3f\}<\/style>/);
  const brief = await download('One-page brief (HTML, to print)##report-brief');
  assert.match(brief, /<span class="product">Acme Cloud Check<\/span>/);
  assert.match(brief, /<p class="cta">Talk to our team: <a href="mailto:security@acme\.example\?subject=Cloud%20assessment">/);
});

test('config.json that is not JSON falls back to the defaults with a warning', async (t) => {
  const {shown} = await openWithConfig(t, '{"product_name": "Acme", oops');
  assert.match(shown.title, /^CloudGap: /);
  near(shown.accent, DEFAULT_ACCENT, 'accent');
  assert.ok(shown.warnings.some((w) => /config\.json.*not valid JSON/.test(w)), shown.warnings.join('\n'));
  assert.deepEqual(shown.log.consoleErrors, []);
  assert.deepEqual(shown.log.pageErrors, []);
});

test('a javascript: link and a bad colour are refused field by field, with warnings', async (t) => {
  const {shown} = await openWithConfig(t, JSON.stringify({
    product_name: 'Acme',
    accent_color: 'green',
    cta: {label: 'Click me', url: 'javascript:alert(document.cookie)'},
    logo: 'https://tracker.example/logo.png',
    colour_scheme: 'dark',
  }));
  assert.match(shown.title, /^Acme: /, 'the good field was dropped with the bad ones');
  near(shown.accent, DEFAULT_ACCENT, 'accent');
  assert.equal(shown.branding.cta, undefined);
  assert.equal(shown.branding.logo, undefined);
  for (const field of ['/accent_color', '/cta/url', '/logo', '/colour_scheme: unknown field']) {
    assert.ok(shown.warnings.some((w) => w.includes(field)), `no warning about ${field}: ${shown.warnings}`);
  }
  assert.deepEqual(shown.log.consoleErrors, []);
});

test('without config.json the app starts with the defaults and says why', async (t) => {
  const {shown} = await openWithConfig(t, null);
  assert.match(shown.title, /^CloudGap: /);
  near(shown.accent, DEFAULT_ACCENT, 'accent');
  assert.ok(shown.warnings.some((w) => /config\.json could not be read/.test(w)), shown.warnings.join('\n'));
});
