// Writes the single-file edition: one .html holding the whole app, for e-mail,
// USB sticks and air-gapped networks, opened straight from disk (file://).
//   node web/tools/single-file.mjs <site-dir> <out.html>
//
// From the built site's index.html: style sheets become <style>, scripts are
// inlined at the end of <body> (page.js needs the elements above it), the icon
// becomes a data: URL, and app.js, app.wasm and config.json ride along as data
// blocks that boot.js reads instead of fetching, as do the catalog's text and
// the other languages' files, which the app reads from their blocks (src/platform/web/web_site_files.cc), and
// the Office module (office-module.js and .wasm), which the app starts from its
// blocks when a workbook is asked for (src/platform/web/web_office_writer.cc).
// The manifest and the service worker are left out: neither works on file://
// (page.js registers the worker only over http(s)).
//
// No header can reach a page opened from disk, so the policy is a meta tag, and
// a stricter one than the hosted site's: the inline code is allowed by its
// SHA-256 and nothing else, and with default-src 'none' the page cannot make a
// single request (it needs none).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {isCatalogText, isLanguageFile} from './site.mjs';

const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Inline text must not end its own element early or open an HTML comment state.
function checkInline(name, text, tag) {
  if (new RegExp(`</${tag}`, 'i').test(text) || text.includes('<!--')) {
    throw new Error(`${name} cannot be inlined: it contains </${tag} or <!--`);
  }
  return text;
}

// JSON may carry "</script>" inside strings; "\/" and "\u003c" are the same characters to a JSON reader.
const jsonBlockText = (text) => text.replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');

export function buildSingleFile(siteDir, {configPath = path.join(siteDir, 'config.json')} = {}) {
  const read = (name) => fs.readFileSync(path.join(siteDir, name));
  let html = read('index.html').toString('utf8');
  const scriptHashes = [];
  const styleHashes = [];
  const scripts = [];

  html = html.replace(/<!--[\s\S]*?-->\n?/g, '');
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '<!--CSP-->');
  html = html.replace(/<link rel="(manifest|apple-touch-icon|preload)"[^>]*>\n?/g, '');
  html = html.replace(/<link rel="icon" href="([^"]+)" type="([^"]+)">/g, (_, href, type) =>
    `<link rel="icon" href="data:${type};base64,${read(href).toString('base64')}" type="${type}">`);
  html = html.replace(/<link rel="stylesheet" href="([^"]+)">/g, (_, href) => {
    const css = checkInline(href, read(href).toString('utf8'), 'style');
    styleHashes.push(sha256(css));
    return `<style>${css}</style>`;
  });
  html = html.replace(/<script src="([^"]+)"( defer)?><\/script>\n?/g, (_, src) => {
    scripts.push(checkInline(src, read(src).toString('utf8'), 'script'));
    return '';
  });

  let config = null;
  try {
    config = fs.readFileSync(configPath, 'utf8');
  } catch (e) {
    // No config: boot.js gives the app none, which means the defaults.
  }
  const appJs = read('app.js');
  const officeJs = read('office-module.js');
  scriptHashes.push(...scripts.map(sha256), sha256(appJs.toString('utf8')),
                    sha256(officeJs.toString('utf8')));

  const siteFiles = fs.readdirSync(siteDir).filter((f) => isCatalogText(f) || isLanguageFile(f));
  const blocks = [
    ...siteFiles.map((f) =>
      `<script type="application/json" id="cloudgap-file-${f}">${jsonBlockText(read(f).toString('utf8'))}</script>\n`),
    config === null ? '' :
      `<script type="application/json" id="cloudgap-config">${jsonBlockText(config)}</script>\n`,
    `<script type="application/x-base64" id="cloudgap-wasm">${read('app.wasm').toString('base64')}</script>\n`,
    `<script type="application/x-base64" id="cloudgap-app">${appJs.toString('base64')}</script>\n`,
    `<script type="application/x-base64" id="cloudgap-office-wasm">${read('office-module.wasm').toString('base64')}</script>\n`,
    `<script type="application/x-base64" id="cloudgap-office-js">${officeJs.toString('base64')}</script>\n`,
    ...scripts.map((js) => `<script>${js}</script>\n`),
  ].join('');
  if (!html.includes('</body>')) throw new Error('index.html has no </body>');
  html = html.replace('</body>', () => blocks + '</body>');

  const policy = [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${styleHashes.join(' ')}`,
    'img-src data: blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  if (!html.includes('<!--CSP-->')) throw new Error('index.html has no Content-Security-Policy meta tag');
  html = html.replace('<!--CSP-->', () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`);

  // Anything still pointing at a file would be a broken link on disk.
  const external = html.match(/\s(?:src|href)="(?!data:)[^"]*"/g);
  if (external) throw new Error(`single file still refers to files: ${external.join(', ')}`);
  return html;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [siteDir, out] = process.argv.slice(2);
  if (!siteDir || !out) {
    console.error('usage: node web/tools/single-file.mjs <site-dir> <out.html>');
    process.exit(2);
  }
  fs.writeFileSync(out, buildSingleFile(path.resolve(siteDir)));
  console.log(`single file: ${out}`);
}
