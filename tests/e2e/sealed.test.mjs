// Sending results sealed (docs/sealed-results.md): a host's config.json with a
// public key offers "Send to <host>"; the browser seals with WebCrypto, and
// the native CLI, with OpenSSL, opens what it sealed: for an elliptic-curve
// and an RSA key, and never once a byte is changed.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startServer, launchBrowser, openApp, copySite, state, click, clickScrolled, findItem,
        focusText, settle} from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.resolve(here, '../../build/native/src/cli/cloudgap');
let browser, dir;
before(async () => {
  if (!fs.existsSync(cli)) throw new Error(`no ${cli}: run shell/build native first`);
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudgap-sealed-'));
});
after(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, {recursive: true, force: true});
});

// A key pair as openssl genpkey would write it: the public half for config.json,
// the private half in a file for the CLI.
function keyPair(name, kind) {
  const {publicKey, privateKey} = kind === 'ec'
    ? crypto.generateKeyPairSync('ec', {namedCurve: 'P-256'})
    : crypto.generateKeyPairSync('rsa', {modulusLength: 2048});
  const file = path.join(dir, `${name}.pem`);
  fs.writeFileSync(file, privateKey.export({type: 'pkcs8', format: 'pem'}));
  return {publicPem: publicKey.export({type: 'spki', format: 'pem'}), privateFile: file};
}

// The CLI's messages in English whatever the shell sets (its CLOUDGAP_LANGUAGE).
const cliEnv = {...process.env, CLOUDGAP_LANGUAGE: ''};

function openSealed(link, keyFile) {
  try {
    return {out: execFileSync(cli, ['open-sealed', link, '--key', keyFile], {encoding: 'utf8',
                                                                             stdio: 'pipe',
                                                                             env: cliEnv})};
  } catch (e) {
    return {status: e.status, err: String(e.stderr)};
  }
}

// A quick scan answered "yes" once, sent sealed; returns the link and the document.
async function sendQuickScan(site, withNotes) {
  const server = await startServer(site);
  try {
    const {context, page, log} = await openApp(browser, server);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.origin});
    await click(page, 'Start quick scan');
    await settle(page);
    await clickScrolled(page, 'Continue to the questions');
    await page.keyboard.press('KeyY');
    await settle(page);
    await click(page, 'Summary');
    await settle(page);
    await clickScrolled(page, 'Send to Acme Sales');
    await settle(page);
    if (withNotes) await click(page, 'Include notes and evidence##send');
    await click(page, 'Seal and send');
    await findItem(page, 'Copy the link', 15000);
    await settle(page);
    await click(page, 'Copy the link');
    await settle(page);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const doc = await state(page);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
    return {link, doc};
  } finally {
    await server.close();
  }
}

for (const kind of ['ec', 'rsa']) {
  test(`the browser seals for an ${kind === 'ec' ? 'elliptic-curve' : 'RSA'} key and only that key opens it`, async () => {
    const host = keyPair(`host-${kind}`, kind);
    const other = keyPair(`other-${kind}`, kind);
    const site = copySite({'config.json': JSON.stringify({send_results: {
      to: 'Acme Sales', email: 'sales@acme.example', public_key: host.publicPem}})});
    try {
      const {link, doc} = await sendQuickScan(site, kind === 'rsa');
      assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#r=v1\.\d+\./);
      const opened = openSealed(link, host.privateFile);
      assert.equal(opened.err, undefined, opened.err);
      const got = JSON.parse(opened.out);
      assert.deepEqual(got.answers, doc.answers);
      assert.deepEqual(got.profile, doc.profile);

      const wrong = openSealed(link, other.privateFile);
      assert.equal(wrong.status, 1);
      assert.match(wrong.err, /sealed for another key/);
      // One character of the sealed data changed: refused, never opened.
      const at = link.length - 30;
      const changed = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
      const refused = openSealed(changed, host.privateFile);
      assert.equal(refused.status, 1);
      assert.match(refused.err, /changed or damaged|damaged/);
    } finally {
      fs.rmSync(site, {recursive: true, force: true});
    }
  });
}

// The host's side in the browser: a link sealed in one browser and a file
// sealed by the CLI (OpenSSL) open in another browser's inbox with the private
// key pasted there; the wrong key and a changed link say so; the CSV lists them.
test('the inbox opens sealed links and files with the pasted key, and exports them as CSV', async () => {
  const host = keyPair('inbox-host', 'ec');
  const other = keyPair('inbox-other', 'ec');
  const site = copySite({'config.json': JSON.stringify({send_results: {
    to: 'Acme Sales', email: 'sales@acme.example', public_key: host.publicPem}})});
  const server = await startServer(site);
  try {
    const {link} = await sendQuickScan(site, false);
    // A file sealed natively, from a document of this browser's sample.
    const publicFile = path.join(dir, 'inbox-host.pub.pem');
    fs.writeFileSync(publicFile, host.publicPem);
    const sample = path.join(dir, 'sample.json');
    const {context: c0, page: p0} = await openApp(browser, server);
    await click(p0, 'Try a sample');
    await settle(p0);
    fs.writeFileSync(sample, JSON.stringify(await state(p0)));
    await c0.close();
    const sealedFile = path.join(dir, 'sample.cloudgap-sealed.json');
    execFileSync(cli, ['seal', sample, '--public-key', publicFile, '--output', sealedFile],
                 {env: cliEnv});

    const fragment = link.slice(link.indexOf('#'));
    const {context, page, log} = await openApp(browser, server, {query: fragment});
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.origin});
    await page.waitForFunction(() => window.cloudgap.keep.where().screen === 'inbox', null,
                               {timeout: 10000});
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
                                         clickScrolled(page, 'Add sealed files')]);
    await chooser.setFiles(sealedFile);
    await settle(page);
    const pasteKey = async (file) => {
      await focusText(page, '##inbox-key');
      await page.evaluate((text) => navigator.clipboard.writeText(text), fs.readFileSync(file, 'utf8'));
      await page.keyboard.press('Control+V');
      await settle(page);
    };
    await pasteKey(other.privateFile);  // The wrong key opens nothing.
    await findItem(page, 'Forget the key');
    assert.equal(await page.evaluate(() => window.cloudgap.test.items().some(
        (it) => it.label === 'Export as CSV')), false);
    await clickScrolled(page, 'Forget the key');
    await pasteKey(host.privateFile);
    await findItem(page, 'Export as CSV', 15000);
    const [csv] = await Promise.all([page.waitForEvent('download'), clickScrolled(page, 'Export as CSV')]);
    const text = fs.readFileSync(await csv.path(), 'utf8');
    assert.match(text, /Example Cloud Ltd/);
    assert.equal(text.trim().split('\n').length, 3, text);  // A header and two rows.
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage).includes('PRIVATE KEY')), false);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  } finally {
    await server.close();
    fs.rmSync(site, {recursive: true, force: true});
  }
});
