// Assembles the static site: everything in web/ except tools/ is copied beside
// app.js and app.wasm, then sw.js is generated listing every file of the site
// with its SHA-256, under a cache name that is a hash of them all. Run by the
// web build (src/app/CMakeLists.txt) after each link, and importable by tests.
//   node web/tools/site.mjs <web-dir> <site-dir> [--catalog-text FILE] [--languages DIR]
//   node web/tools/site.mjs --service-worker <site-dir>   (only regenerate sw.js)
import {execFileSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const toolsDir = path.dirname(fileURLToPath(import.meta.url));

// Served by the host but never fetched by the app: server settings (.htaccess,
// _headers), the worker itself (browsers update-check it on their own), and the
// single-file edition should a host put it beside the site.
export function isPrecached(relPath) {
  const base = path.posix.basename(relPath);
  return !(relPath === 'sw.js' || base.startsWith('.') || base.startsWith('_') ||
           base.endsWith('.map') || /^cloudgap-single.*\.html$/.test(base));
}

export function copyWeb(webDir, siteDir) {
  fs.mkdirSync(siteDir, {recursive: true});
  fs.cpSync(webDir, siteDir, {
    recursive: true,
    filter: (src) => path.relative(webDir, src).split(path.sep)[0] !== 'tools',
  });
}

// The page's own scripts, in the order index.html runs them, minified by
// Closure Compiler's simple mode (the npm package the app's glue goes through,
// cmake/CloudGapWebRelease.cmake) into one file, page.js: local names
// shortened, comments and spaces gone, globals kept (4.4 KB less gzip of a
// first visit), and one request and one gzip stream instead of three (0.6 KB
// less: BENCHMARKS.md). The readable sources stay in web/.
export const pageScripts = ['keep.js', 'boot.js', 'sw-register.js'];
export const pageScript = 'page.js';

const closure = path.resolve(toolsDir, '../../node_modules/.bin/google-closure-compiler');

function minify(inputs, output) {
  const out = `${output}.min`;
  execFileSync(closure, ['--compilation_level', 'SIMPLE', '--language_in', 'ECMASCRIPT_2020',
                         '--language_out', 'ECMASCRIPT_2020', '--warning_level', 'QUIET',
                         ...inputs.flatMap((file) => ['--js', file]), '--js_output_file', out],
               {stdio: 'inherit'});
  fs.renameSync(out, output);
}

export function minifyScripts(siteDir) {
  if (!fs.existsSync(closure)) throw new Error(`no Closure Compiler at ${closure}: run shell/setup`);
  const inputs = pageScripts.map((name) => path.join(siteDir, name));
  minify(inputs, path.join(siteDir, pageScript));
  for (const file of inputs) fs.rmSync(file);
}

// The page and its style sheet without their comments and indentation (0.6 KB
// less gzip); web/ keeps the commented sources. Whitespace inside the style
// sheet's one quoted string ("Segoe UI") is a single space either way.
export function minifyPage(siteDir) {
  const rewrite = (name, change) => {
    const file = path.join(siteDir, name);
    fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
  };
  rewrite('index.html', (html) => {
    const tags = pageScripts.map((name) => `<script src="${name}" defer></script>\n`).join('');
    if (!html.includes(tags)) throw new Error(`index.html no longer loads ${pageScripts.join(', ')} in a row`);
    return html.replace(tags, `<script src="${pageScript}" defer></script>\n`)
        .replace(/<!--[\s\S]*?-->\n?/g, '').replace(/\n[ \t]+/g, '\n');
  });
  rewrite('style.css', (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1').trim() + '\n');
}

// The service worker's code, minified the same way (1.3 KB less gzip), with a
// call standing for the file list, which Closure leaves alone as an unknown
// global. A host who regenerates sw.js (--service-worker) without the npm
// packages gets the readable template: the same worker, larger.
const kBuildCall = '__cloudgapBuild()';
function serviceWorkerTemplate(marker) {
  const template = fs.readFileSync(path.join(toolsDir, 'sw.template.js'), 'utf8');
  if (!template.includes(marker)) throw new Error('sw.template.js lost its BUILD marker');
  if (!fs.existsSync(closure)) return {text: template, marker};
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudgap-sw-'));
  try {
    const file = path.join(dir, 'sw.js');
    fs.writeFileSync(file, template.replace(marker, kBuildCall));
    minify([file], file);
    const text = fs.readFileSync(file, 'utf8');
    if (text.split(kBuildCall).length !== 2) throw new Error('Closure changed the BUILD call of sw.js');
    return {text, marker: kBuildCall};
  } finally {
    fs.rmSync(dir, {recursive: true, force: true});
  }
}

// The catalog's words (src/core/catalog/catalog_text.h): a file of the site
// named after the catalog's SHA-256, so a host may cache it for ever. Copied
// under that name; a previous build's copy is removed.
export const isCatalogText = (relPath) => /^catalog-text\.[0-9a-f]{12}\.json$/.test(relPath);

export function copyCatalogText(textFile, siteDir) {
  const bytes = fs.readFileSync(textFile);
  const sha256 = JSON.parse(bytes.toString('utf8')).catalog.sha256;
  const name = `catalog-text.${sha256.slice(0, 12)}.json`;
  for (const old of fs.readdirSync(siteDir).filter(isCatalogText)) {
    if (old !== name) fs.rmSync(path.join(siteDir, old));
  }
  fs.writeFileSync(path.join(siteDir, name), bytes);
  return name;
}

// The languages other than English (ui/languages.h): each one's words and the
// catalog's, named after their content by tools/i18n/site_languages.py
// ("messages.de.<sha12>.json"; never to be confused with catalog-text.*). The
// whole set is copied; a previous build's files are removed.
export const isLanguageFile = (relPath) =>
  /^(messages|catalog)\.[a-z]{2,8}\.[0-9a-f]{12}\.json$/.test(relPath);

export function copyLanguages(languageDir, siteDir) {
  for (const old of fs.readdirSync(siteDir).filter(isLanguageFile)) {
    fs.rmSync(path.join(siteDir, old));
  }
  const names = fs.readdirSync(languageDir).filter(isLanguageFile);
  for (const name of names) fs.copyFileSync(path.join(languageDir, name), path.join(siteDir, name));
  return names;
}

// The Office reports' module (src/app/office_module.cc), loaded when a user
// first asks for a workbook.
export const isOfficeModule = (relPath) => /^office-module\.(js|wasm)$/.test(relPath);

// What a first visit neither shows nor needs offline: the catalog's words, the
// other languages, the Office module, and the icons a browser asks for only to install the app (the
// page's own icon is icon.svg). The worker keeps each when first asked for, and
// all of them on a returning visit (sw.template.js).
export function isFetchedLater(relPath) {
  return isCatalogText(relPath) || isLanguageFile(relPath) || isOfficeModule(relPath) ||
         /^(icon-[^/]*|apple-touch-icon[^/]*)\.png$/.test(relPath);
}

// Site files as posix paths relative to the site, sorted.
export function listFiles(siteDir) {
  const out = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(path.relative(siteDir, full).split(path.sep).join('/'));
    }
  };
  walk(siteDir);
  return out.sort();
}

// What a white-label host edits in the uploaded site without rebuilding
// (README "White-label"): its settings, the manifest's name and the icons. The
// worker fetches these from the network first and checks no hash on them, so
// an edit shows on the next visit instead of breaking the offline install.
export function isHostEditable(relPath) {
  return relPath === 'config.json' || relPath === 'manifest.webmanifest' ||
         /^(icon[^/]*|apple-touch-icon[^/]*)\.(png|svg)$/.test(relPath);
}

// Writes <site>/sw.js; returns what it lists.
export function writeServiceWorker(siteDir) {
  const files = listFiles(siteDir).filter(isPrecached).map((p) => {
    const bytes = fs.readFileSync(path.join(siteDir, p));
    const digest = crypto.createHash('sha256').update(bytes).digest();
    const file = isHostEditable(p) ? {path: p, editable: true, hex: digest.toString('hex')}
                                   : {path: p, integrity: 'sha256-' + digest.toString('base64'), hex: digest.toString('hex')};
    return isFetchedLater(p) ? {...file, later: true} : file;
  });
  const all = crypto.createHash('sha256');
  for (const f of files) all.update(`${f.path}\0${f.hex}\n`);
  const build = {cache: all.digest('hex').slice(0, 16),
                 files: files.map(({hex, ...f}) => f)};
  const listing = '{cache: ' + JSON.stringify(build.cache) + ', files: [\n' +
    build.files.map((f) => '  ' + JSON.stringify(f)).join(',\n') + ',\n]}';
  const {text, marker} = serviceWorkerTemplate("/* BUILD */ {cache: 'dev', files: []}");
  fs.writeFileSync(path.join(siteDir, 'sw.js'), text.replace(marker, () => listing));
  return build;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const swOnly = args[0] === '--service-worker';
  const textAt = args.indexOf('--catalog-text');
  const textFile = textAt >= 0 ? args.splice(textAt, 2)[1] : null;
  const languagesAt = args.indexOf('--languages');
  const languageDir = languagesAt >= 0 ? args.splice(languagesAt, 2)[1] : null;
  const [webDir, siteDir] = swOnly ? [null, args[1]] : args;
  if (!siteDir) {
    console.error('usage: node web/tools/site.mjs <web-dir> <site-dir> [--catalog-text FILE] [--languages DIR]\n' +
                  '       node web/tools/site.mjs --service-worker <site-dir>');
    process.exit(2);
  }
  if (!swOnly) {
    copyWeb(path.resolve(webDir), path.resolve(siteDir));
    minifyScripts(path.resolve(siteDir));
    minifyPage(path.resolve(siteDir));
  }
  if (textFile) copyCatalogText(path.resolve(textFile), path.resolve(siteDir));
  if (languageDir) copyLanguages(path.resolve(languageDir), path.resolve(siteDir));
  const build = writeServiceWorker(path.resolve(siteDir));
  console.log(`site: ${build.files.length} files, service worker cache ${build.cache}`);
}
