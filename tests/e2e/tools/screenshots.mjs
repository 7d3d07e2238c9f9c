// Screenshots of every screen at a phone and a desktop size, for people to look
// at (not compared automatically): node tests/e2e/tools/screenshots.mjs [outdir]
// Needs the built site (shell/build web). Writes <outdir>/<size>-<screen>.png.
import fs from 'node:fs';
import path from 'node:path';
import {startServer, launchBrowser, openApp, click, clickScrolled, settle} from '../harness.mjs';

const out = path.resolve(process.argv[2] || 'build/screenshots');
fs.mkdirSync(out, {recursive: true});
const server = await startServer();
const browser = await launchBrowser();
const sizes = [['desktop', 1280, 800, 1], ['phone', 390, 844, 3]];
for (const [name, width, height, dpr] of sizes) {
  let {context, page, log} = await openApp(browser, server, {width, height, dpr});
  const shot = async (screen) => {
    await settle(page);
    await page.screenshot({path: path.join(out, `${name}-${screen}.png`)});
  };
  await shot('welcome');
  await click(page, 'Start quick scan');
  await shot('profile');
  await clickScrolled(page, 'Continue to the questions');
  await shot('questions');
  for (let i = 0; i < 45; i++) {
    await page.keyboard.press(i % 3 ? 'KeyY' : 'KeyN');
    await page.keyboard.press('PageDown');
  }
  await clickScrolled(page, 'See the results');
  await shot('quick-summary');
  if (log.consoleErrors.length || log.pageErrors.length) console.log(name, log);
  await context.close();

  // A fresh browser profile, so that autosave does not bring the scan back.
  ({context, page, log} = await openApp(browser, server, {width, height, dpr}));
  await click(page, 'Try a sample');
  await shot('results');
  await click(page, 'Roadmap');
  await shot('roadmap');
  await clickScrolled(page, 'Audit readiness checklist');
  await shot('audit');
  await click(page, 'Dark theme');
  await click(page, 'Questions');
  await shot('questions-dark');
  if (log.consoleErrors.length || log.pageErrors.length) console.log(name, log);
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
