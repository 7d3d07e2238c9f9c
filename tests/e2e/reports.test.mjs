// Every report format downloads from the app's "Download report" menu
// (core/report/report.h), and the OSCAL ones are valid against NIST's OSCAL 1.0.6
// schemas, checked with the project's validator (tests/oscal/validate.py).
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startServer, launchBrowser, openApp, items, state, click, clickScrolled, settle,
        scrollTo, openReportMenu} from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const validator = path.join(root, 'tests/oscal/validate.py');
const schemas = path.resolve(root, 'tests/oscal/schema-1.0.6');

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

// Format name (ReportFormatName) -> what its file must look like.
const formats = {
  'json': (text) => assert.equal(JSON.parse(text).report, 'cloudgap-report/1'),
  'md': (text) => assert.match(text, /^# /m),
  'html': (text) => assert.match(text, /^<!doctype html>/i),
  'csv': (text) => assert.ok(text.split('\n').length > 10, 'too few rows'),
  'soa': (text) => assert.ok(text.split('\n').length > 40, 'too few rows'),
  'oscal-ar': (text) => assert.ok(JSON.parse(text)['assessment-results']),
  'oscal-poam': (text) => assert.ok(JSON.parse(text)['plan-of-action-and-milestones']),
  'oscal-catalog': (text) => assert.ok(JSON.parse(text).catalog),
};

async function downloadReport(page, name) {
  await openReportMenu(page);
  const label = (await items(page)).find((it) => it.label.endsWith('##report-' + name))?.label;
  assert.ok(label, `no menu entry for ${name}`);
  const [file] = await Promise.all([page.waitForEvent('download'), click(page, label)]);
  await settle(page);
  return {name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8')};
}

// Checks OSCAL exports with validate.py's own schema and integrity checks.
// Returns the problems; a missing validator or schema is one.
function validateOscal(files) {
  if (!fs.existsSync(validator) || !fs.existsSync(schemas)) return [`missing: ${validator} or ${schemas}`];
  const program = [
    'import json, sys',
    'sys.path.insert(0, sys.argv[1])',
    'import validate',
    'validators = validate.load_validators(sys.argv[2])',
    'catalog = json.load(open(sys.argv[3]), object_pairs_hook=validate.no_duplicate_keys)',
    'controls, parts = validate.catalog_ids(catalog)',
    'problems = []',
    'for arg in sys.argv[4:]:',
    '    fmt, name = arg.split("=", 1)',
    '    doc = json.load(open(name), object_pairs_hook=validate.no_duplicate_keys)',
    '    problems += ["%s: %s" % (fmt, e) for e in validate.schema_errors(validators[fmt], doc)]',
    '    problems += ["%s: %s" % (fmt, p) for p in validate.integrity_problems(fmt, doc, controls, parts)]',
    'print(json.dumps(problems))',
  ].join('\n');
  const out = execFileSync('/usr/bin/python3', ['-c', program, path.dirname(validator), schemas,
                                                files['oscal-catalog'],
                                                ...['oscal-ar', 'oscal-poam', 'oscal-catalog']
                                                    .map((f) => `${f}=${files[f]}`)],
                           {encoding: 'utf8'});
  return JSON.parse(out);
}

test('every report format downloads from the results, and the OSCAL ones are valid', async (t) => {
  const {context, page, log} = await openApp(browser, server);
  await click(page, 'Try a sample');
  await settle(page);
  const doc = await state(page);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudgap-reports-'));
  const files = {};
  for (const [name, check] of Object.entries(formats)) {
    const file = await downloadReport(page, name);
    assert.match(file.name, /^cloudgap-[a-z0-9.-]+\.(json|md|html|csv)$/, file.name);
    assert.ok(file.text.length > 100, `${name}: ${file.text.length} bytes`);
    check(file.text);
    if (name !== 'oscal-catalog') {
      assert.ok(file.text.includes('Example Cloud Ltd') || name === 'soa' || name === 'csv',
                `${name} does not name the organisation`);
    }
    files[name] = path.join(dir, file.name);
    fs.writeFileSync(files[name], file.text);
  }
  assert.deepEqual(await state(page), doc, 'a report changed the assessment');
  assert.deepEqual(validateOscal(files), []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

// The workbook comes from the Office module (src/app/office_module.cc), which a
// visit fetches only when a workbook is asked for.
test('the workbook downloads from the Office module, fetched only when asked for', async () => {
  const {context, page, log} = await openApp(browser, server);
  await click(page, 'Try a sample');
  await settle(page);
  const office = () => log.requests.filter((u) => /office-module\.(js|wasm)$/.test(u));
  assert.deepEqual(office(), [], 'the first visit fetched the Office module');
  const doc = await state(page);
  await openReportMenu(page);
  const [file] = await Promise.all([page.waitForEvent('download'),
                                    click(page, 'Workbook (Excel, editable)##report-xlsx')]);
  await settle(page);
  assert.match(file.suggestedFilename(), /^cloudgap-example-cloud-ltd-[0-9-]+\.xlsx$/);
  assert.equal(office().length, 2, 'office-module.js and .wasm, once each');
  const sheets = execFileSync('/usr/bin/python3', [path.join(root, 'tests/office/check_xlsx.py'),
                                                   await file.path()], {encoding: 'utf8'});
  assert.match(sheets, /^Summary\t\d+\nControls\t45\nQuestions\t\d+\nRoadmap\t\d+\nSoA\t45\n/);
  // A second workbook reuses the loaded module.
  await openReportMenu(page);
  const [again] = await Promise.all([page.waitForEvent('download'),
                                     click(page, 'Workbook (Excel, editable)##report-xlsx')]);
  assert.deepEqual(fs.readFileSync(await again.path()), fs.readFileSync(await file.path()));
  assert.equal(office().length, 2);
  // The Word report comes from the same module.
  await openReportMenu(page);
  const [word] = await Promise.all([page.waitForEvent('download'),
                                    click(page, 'Report (Word, editable)##report-docx')]);
  assert.match(word.suggestedFilename(), /^cloudgap-example-cloud-ltd-[0-9-]+\.docx$/);
  const headings = execFileSync('/usr/bin/python3', ['-c',
    'import re, sys, zipfile\n' +
    'xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()\n' +
    'print("|".join(re.findall(r\'Heading1"/></w:pPr><w:r><w:t xml:space="preserve">([^<]*)<\', xml)))',
    await word.path()], {encoding: 'utf8'}).trim();
  assert.equal(headings, 'Executive summary|Readiness and why|Scores by clause|Findings per control|' +
                         'Roadmap|Statement of Applicability|Method and reproducibility');
  assert.equal(office().length, 2);
  assert.deepEqual(await state(page), doc, 'the workbook changed the assessment');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('a workbook whose module cannot be fetched says why, and a later try works', async () => {
  const {context, page} = await openApp(browser, server, {serviceWorkers: 'block'});
  await page.route('**/office-module.wasm', (route) => route.fulfill({status: 404, body: 'gone'}));
  await click(page, 'Try a sample');
  await settle(page);
  await openReportMenu(page);
  await click(page, 'Workbook (Excel, editable)##report-xlsx');
  await page.waitForFunction(() => /could not be made/.test(document.getElementById('announcer').textContent),
                             null, {timeout: 15000});
  const said = await page.evaluate(() => document.getElementById('announcer').textContent);
  assert.match(said, /^The Workbook \(Excel, editable\) could not be made: .+\. Your assessment is unchanged/);
  await page.unroute('**/office-module.wasm');
  await openReportMenu(page);
  const [file] = await Promise.all([page.waitForEvent('download'),
                                    click(page, 'Workbook (Excel, editable)##report-xlsx')]);
  assert.match(file.suggestedFilename(), /\.xlsx$/);
  await context.close();
});

// The brief (core/office/brief.h) as a person prints it: one page of A4, and of Letter.
async function briefPages(page, label) {
  // The wheel at the left margin: over the quick scan's summary box it would scroll the box.
  await openReportMenu(page, {x: 12});
  const [file] = await Promise.all([page.waitForEvent('download'),
                                    click(page, 'One-page brief (HTML, to print)##report-brief')]);
  assert.match(file.suggestedFilename(), /-brief\.html$/);
  const html = fs.readFileSync(await file.path(), 'utf8');
  assert.match(html, /<h2>Top five gaps<\/h2>/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudgap-brief-'));
  const htmlPath = path.join(dir, 'brief.html');
  fs.writeFileSync(htmlPath, html);
  const printer = await (await browser.newContext()).newPage();
  await printer.goto('file://' + htmlPath);
  const pages = {};
  for (const format of ['A4', 'Letter']) {
    const pdf = path.join(dir, `${format}.pdf`);
    await printer.pdf({path: pdf, format});
    pages[format] = Number(execFileSync('pdfinfo', [pdf], {encoding: 'utf8'}).match(/Pages:\s+(\d+)/)[1]);
  }
  await printer.context().close();
  fs.rmSync(dir, {recursive: true, force: true});
  assert.deepEqual(pages, {A4: 1, Letter: 1}, `${label}: the brief is not one page`);
  return html;
}

test('the one-page brief of the full sample prints on one page', async () => {
  const {context, page} = await openApp(browser, server);
  await click(page, 'Try a sample');
  await settle(page);
  const html = await briefPages(page, 'full sample');
  assert.match(html, /Example Cloud Ltd/);
  await context.close();
});

test('the quick-scan summary offers the reports too', async () => {
  const {context, page} = await openApp(browser, server);
  await click(page, 'Start quick scan');
  await settle(page);
  await clickScrolled(page, 'Continue to the questions');
  await page.keyboard.press('KeyN');
  await settle(page);
  await click(page, 'Summary');
  await settle(page);
  await scrollTo(page, 'Download report');
  const file = await downloadReport(page, 'html');
  assert.match(file.text, /^<!doctype html>/i);
  await briefPages(page, 'quick scan');
  await context.close();
});
