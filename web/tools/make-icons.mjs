// Renders the PNG icons of the web app manifest from web/icon.svg with the
// Chromium the browser tests use, then reduces each to a palette image with
// pngquant and optipng (Debian packages of those names): the four icons go from
// 26 to 6 KB gzip of the first visit, with no difference a person can see. Run
// once after changing the icon and commit the PNGs; the build does not run
// this, so it needs nothing extra at build time.
//   apt-get install pngquant optipng && node web/tools/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {execFileSync} from 'node:child_process';
import {chromium} from 'playwright-core';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(web, 'icon.svg'), 'utf8');

// "maskable": the platform crops to its own shape (circle, squircle), keeping only
// the middle 80%. So the background fills the square and the glyph is shrunk
// into that safe zone. iOS fills transparent corners with black, so its icon is
// the full-bleed one too.
const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '').replace(/<rect[^>]*\/>/, '');
const maskable = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
  '<rect width="64" height="64" fill="#1f5fbf"/>' +
  `<g transform="translate(32 32) scale(0.8) translate(-32.5 -27.5)">${inner}</g></svg>`;

const outputs = [
  {file: 'icon-192.png', size: 192, source: svg},
  {file: 'icon-512.png', size: 512, source: svg},
  {file: 'icon-maskable-512.png', size: 512, source: maskable},
  {file: 'apple-touch-icon.png', size: 180, source: maskable},
];

const browser = await chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
                                       args: ['--no-sandbox']});
try {
  const page = await browser.newPage();
  for (const {file, size, source} of outputs) {
    await page.setViewportSize({width: size, height: size});
    const url = 'data:image/svg+xml;base64,' + Buffer.from(source).toString('base64');
    await page.setContent(`<html><body style="margin:0"><img src="${url}" width="${size}" height="${size}"></body></html>`);
    await page.waitForFunction(() => document.images[0].complete);
    const out = path.join(web, file);
    await page.screenshot({path: out, omitBackground: true});
    // Eight colours: the icon is two flat colours and their anti-aliased edges.
    execFileSync('pngquant', ['--force', '--speed', '1', '--output', out, '8', out]);
    execFileSync('optipng', ['-quiet', '-o7', out]);
    console.log(`wrote web/${file} (${size}x${size}, ${fs.statSync(out).size} bytes)`);
  }
} finally {
  await browser.close();
}
