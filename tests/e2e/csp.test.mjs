// The strict Content-Security-Policy and the other security headers: the same
// policy everywhere it is written, a full journey under it without a single
// violation or console error, and not one request outside the page's origin.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startServer, launchBrowser, openApp, headersFromFile, recordCspViolations} from './harness.mjs';
import {runJourney, resumeAfterReload} from './journey.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (p) => fs.readFileSync(path.join(root, p), 'utf8');
const hostHeaders = headersFromFile(path.join(root, 'web/_headers'));

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// The headers each host file sets, by lower-case name.
function apacheHeaders() {
  const out = {};
  for (const m of read('web/.htaccess').matchAll(/^\s*Header always set (\S+) "(.*)"$/gm)) out[m[1].toLowerCase()] = m[2];
  return out;
}
function nginxHeaders() {
  const out = {};
  for (const m of read('docs/deploy/nginx.conf').matchAll(/^\s*add_header (\S+) "(.*)" always;$/gm)) {
    out[m[1].toLowerCase()] = m[2];
  }
  return out;
}
function netlifyHeaders() {
  return Object.fromEntries(Object.entries(hostHeaders('/')).map(([k, v]) => [k.toLowerCase(), v]));
}

test('the meta tag and the nginx, Apache and Netlify/Cloudflare files carry one policy', () => {
  const meta = read('web/index.html').match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  assert.ok(meta, 'index.html has no CSP meta tag');
  const policy = meta[1];
  for (const must of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'",
                      "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
    assert.ok(policy.includes(must), `policy lacks ${must}`);
  }
  assert.ok(!/unsafe-inline|unsafe-eval'|https?:|\*/.test(policy.replace("'wasm-unsafe-eval'", '')),
            'policy allows inline code, eval or another origin');
  const netlify = netlifyHeaders();
  for (const [name, headers] of [['_headers', netlify], ['.htaccess', apacheHeaders()],
                                 ['nginx.conf', nginxHeaders()]]) {
    assert.equal(headers['content-security-policy'], `${policy}; frame-ancestors 'none'`, name);
    const {'cache-control': ignored, ...rest} = headers;  // Written differently per host.
    const {'cache-control': ignored2, ...expected} = netlify;
    assert.deepEqual(rest, expected, `${name} differs from _headers`);
    assert.equal(headers['x-content-type-options'], 'nosniff', name);
    assert.equal(headers['x-frame-options'], 'DENY', name);
    assert.equal(headers['referrer-policy'], 'no-referrer', name);
    assert.equal(headers['cross-origin-opener-policy'], 'same-origin', name);
    assert.match(headers['permissions-policy'], /camera=\(\).*geolocation=\(\).*microphone=\(\)/, name);
  }
  assert.match(read('web/.htaccess'), /AddType application\/wasm \.wasm/);
  assert.match(read('docs/deploy/nginx.conf'), /application\/wasm\s+wasm;/);
  assert.equal(hostHeaders('/app.wasm')['Content-Type'], 'application/wasm');
});

// The host's headers from web/_headers, with a report-uri so that violations
// anywhere (page or worker) also reach the test server.
function strictServer() {
  return startServer(undefined, (pathname) => {
    const headers = hostHeaders(pathname);
    return {...headers, 'Content-Security-Policy': headers['Content-Security-Policy'] + '; report-uri /__csp-report'};
  });
}

// The worker is active. It may not yet control the page that registered it (on
// a busy machine clients.claim() can come late), but a navigation from now on
// goes through it: the caller reloads and checks that the new page is controlled.
async function workerReady(page) {
  const ready = await page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 20000)),
  ]));
  assert.ok(ready, 'the service worker did not start under the policy');
}

// A violation on purpose: an inline script, which the policy refuses. Returns
// once its report has reached the test server, so that every report sent
// before it has had its chance to arrive too.
async function provokeViolation(page, server) {
  const before = server.reports.length;
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.body.appendChild(s);
  });
  const deadline = Date.now() + 15000;
  while (server.reports.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.ok(server.reports.length > before, 'the violation report never reached the server');
  return server.reports.slice(before);
}

test('the policy is enforced: inline script is refused and reported (the check can fail)', async (t) => {
  const server = await strictServer();
  t.after(() => server.close());
  const {context, page} = await openApp(browser, server, {setup: recordCspViolations});
  t.after(() => context.close());
  const reports = await provokeViolation(page, server);
  await page.waitForFunction(() => window.__cspViolations.length > 0, null, {timeout: 5000});
  assert.equal(await page.evaluate(() => window.__inlineRan), undefined, 'inline script ran');
  assert.match(reports[0], /"violated-directive":"script-src/);
});

test('under the policy as a header, a full journey has no violation and no console error', async (t) => {
  const server = await strictServer();
  t.after(() => server.close());
  const {context, page, log} = await openApp(browser, server, {setup: recordCspViolations});
  t.after(() => context.close());
  const response = await page.reload();
  assert.match(response.headers()['content-security-policy'], /frame-ancestors 'none'/);
  await page.waitForFunction(() => window.cloudgap?.test?.frames() >= 3);
  const {answered} = await runJourney(page);
  await workerReady(page);
  // Once more from the service worker's cache, which must obey the same policy;
  // the work is still there (autosave under the policy too).
  await page.reload();
  assert.equal(await resumeAfterReload(page), answered);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null),
            'the reloaded page is not served by the service worker');
  // Reports travel on their own: only once one provoked now has arrived is the
  // absence of any earlier one worth asserting.
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.pageErrors, []);
  const sentinel = await provokeViolation(page, server);
  assert.equal(server.reports.length, sentinel.length, `violations in the journey: ${server.reports}`);
});

test('a request log over a full journey shows only same-origin requests', async (t) => {
  const server = await strictServer();
  t.after(() => server.close());
  const requests = [];
  const {context, page} = await openApp(browser, server, {
    setup: async (ctx) => {
      ctx.on('request', (r) => requests.push(r.url()));  // Pages and workers alike.
    },
  });
  t.after(() => context.close());
  await runJourney(page);
  await workerReady(page);
  await page.reload();
  await resumeAfterReload(page);
  const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const all = [...requests, ...resources];
  assert.ok(all.some((u) => u.endsWith('/app.wasm')), 'the log missed app.wasm: it is not recording');
  assert.deepEqual(all.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith('data:')), [],
                   'requests left the page origin');
});

// shell/check-deploy, the check README tells hosts to run, passes on a host set
// up as documented and fails on one without the headers.
function checkDeploy(url) {
  return new Promise((resolve) => {
    execFile(path.join(root, 'shell/check-deploy'), [url], (error, stdout, stderr) =>
      resolve({code: error ? error.code : 0, out: stdout + stderr}));
  });
}

test('shell/check-deploy passes a correct host and names what a bare one lacks', async (t) => {
  const good = await startServer(undefined, hostHeaders);
  const bare = await startServer();
  try {
    const ok = await checkDeploy(good.url);
    assert.equal(ok.code, 0, ok.out);
    const bad = await checkDeploy(bare.url);
    assert.notEqual(bad.code, 0, bad.out);
    assert.match(bad.out, /Content-Security-Policy/);
  } finally {
    await good.close();
    await bare.close();
  }
});
