// CloudGap's performance figures, measured the way a person meets the app:
// first-visit transfer, start-up, idling, frame cost, memory, the engine, and
// the UI at 2,000 controls. Start-up and idling are measured side by side with
// a baseline page (bench/hello: a minimal Dear ImGui app from the same
// toolchain and flags), alternating the two. shell/bench builds what this needs
// and runs it; BENCHMARKS.md has the latest table and what each figure means.
//
//   node bench/measure.mjs --site DIR --hello DIR [--engine BIN] [--symbols FILE]
//                          [--runs N] [--only a,b] [--out FILE] [--profile-startup FILE]
//   figures (for --only): transfer startup idle frames memory engine scale size
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchBrowser, openApp, click, clickScrolled, settle, frames, state,
        items} from '../tests/e2e/harness.mjs';
import {chromiumCpuMs, gpuCpuMs, gpuOnItsOwnCore, rendererMainThreads} from './processes.mjs';
import {startHost, gzipSize} from './server.mjs';
import {analyse} from './wasm-size.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

// Budgets from the performance issue; BENCHMARKS.md explains each.
export const budgets = {
  transferGzipBytes: 350 * 1024,
  startupRatio: 1.1,
  returningStartupRatio: 1.2,
  idleFramesAfterFirstSecond: 0,
  frameMedianMs: 2,
  frameP95Ms: 4,
  scaleFrameP95Ms: 8,
  engine10000Ms: 20,
  heapGrowthBytes: 0,
};

// "met" or "MISSED" for a figure against its budget.
const verdict = (met) => (met ? 'met' : 'MISSED');
// "input 0.10 / interface 2.80 / mirror 0.40 / draw 1.20 ms".
const partsText = (parts) => parts
  ? framePartNames.map((name) => `${name} ${parts[name] === null ? '-' : parts[name].toFixed(2)}`).join(' / ') + ' ms'
  : '-';
const frameBudget = (f) =>
  `median <= ${budgets.frameMedianMs}, p95 <= ${budgets.frameP95Ms} ms: ` +
  verdict(f.median_ms <= budgets.frameMedianMs && f.p95_ms <= budgets.frameP95Ms);

// ---------------------------------------------------------------------------
// Small statistics.

export function median(values) {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(values, p) {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

const round = (x, digits = 2) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));

// ---------------------------------------------------------------------------
// CPU time: the renderer's own (Chrome's Performance.getMetrics ProcessTime) and
// every Chromium process this benchmark started (bench/processes.mjs), which
// includes the GPU process where SwiftShader draws.

async function rendererCpuMs(cdp) {
  const {metrics} = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ProcessTime').value * 1000;
}

// ---------------------------------------------------------------------------
// The two pages.

function apps(options) {
  return [
    {name: 'cloudgap', dir: options.site, frames: () => Module._cg_test_frames()},
    {name: 'baseline', dir: options.hello, frames: () => Module._hello_frames()},
  ];
}

// Both pages from hosts that send the same headers, the site's _headers: the
// host's policy is not the app's cost. (Cross-Origin-Opener-Policy alone puts a
// page in a new renderer process, about 90 ms here.)
const startHosts = (options) => Promise.all(apps(options).map(async (a) => (
  {...a, host: await startHost(a.dir, {headersFile: path.join(options.site, '_headers')})})));

const waitFirstFrame = (page, timeout = 60000) => page.waitForFunction(
    () => performance.getEntriesByName('first-complete-frame').length > 0, null, {timeout, polling: 20});

// ---------------------------------------------------------------------------
// 1. Transfer: every file a first visit loads, the service worker's background
// download included, as the host sent it (gzip, 304s) and as gzip -9 per file.

async function measureTransfer(browser, options) {
  const host = await startHost(options.site);
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  try {
    await page.goto(host.url);
    await waitFirstFrame(page);
    const beforeFirstFrame = host.log.length;
    // The worker installs after the page's load event; wait for it, then for quiet.
    await page.evaluate(() => Promise.race([
      navigator.serviceWorker ? navigator.serviceWorker.ready : Promise.resolve(),
      new Promise((resolve) => setTimeout(resolve, 15000))]));
    let seen = -1;
    while (seen !== host.log.length) { seen = host.log.length; await page.waitForTimeout(1000); }
    const files = new Map();
    host.log.forEach((r, i) => {
      const rel = r.path.replace(/^\//, '') || 'index.html';
      const f = files.get(rel) ?? {file: rel, requests: 0, wire_bytes: 0, before_first_frame: false};
      f.requests++;
      f.wire_bytes += r.bytes;
      if (i < beforeFirstFrame) f.before_first_frame = true;
      files.set(rel, f);
    });
    for (const f of files.values()) {
      const bytes = fs.readFileSync(path.join(options.site, f.file));
      f.raw = bytes.length;
      f.gzip9 = gzipSize(bytes);
    }
    const list = [...files.values()].sort((a, b) => b.gzip9 - a.gzip9);
    const sum = (fs_, key) => fs_.reduce((n, f) => n + f[key], 0);
    const critical = list.filter((f) => f.before_first_frame);
    return {
      files: list,
      total: {files: list.length, raw: sum(list, 'raw'), gzip9: sum(list, 'gzip9'),
              wire_bytes: sum(list, 'wire_bytes'), requests: sum(list, 'requests')},
      to_first_frame: {files: critical.length, raw: sum(critical, 'raw'), gzip9: sum(critical, 'gzip9')},
    };
  } finally {
    await context.close();
    await host.close();
  }
}

// ---------------------------------------------------------------------------
// 2. Start-up: navigation start to the first complete frame, each run in a new
// browser context (nothing cached, no service worker yet), alternating the apps.

export async function startOnce(browser, host, {returning = false} = {}) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  if (returning) {
    // Something kept from an earlier visit: the first frame may show the user's
    // words and any control, so the full atlas and the catalog come before it.
    await context.addInitScript(() => localStorage.setItem('cloudgap/ui', JSON.stringify(
        {assessment: '', screen: 'welcome', control: '', scroll: 0})));
  }
  const page = await context.newPage();
  try {
    await page.goto(host.url);
    await waitFirstFrame(page);
    return await page.evaluate(() => {
      const resource = (suffix) => performance.getEntriesByType('resource')
          .find((r) => r.name.endsWith(suffix));
      const wasm = resource('.wasm'), js = resource('app.js') ?? resource('hello.js');
      const mark = performance.getEntriesByName('first-complete-frame')[0];
      return {
        first_frame_ms: mark.startTime,
        first_frame_number: mark.detail,
        html_ms: performance.getEntriesByType('navigation')[0].responseEnd,
        wasm_downloaded_ms: wasm ? wasm.responseEnd : null,
        js_downloaded_ms: js ? js.responseEnd : null,
      };
    });
  } finally {
    await context.close();
  }
}

async function measureStartup(browser, options) {
  const hosts = await startHosts(options);
  try {
    for (const h of hosts) await startOnce(browser, h.host);  // Warm-up: browser start, disk cache.
    const cloudgap = hosts.find((h) => h.name === 'cloudgap');
    const series = [...hosts, {name: 'returning', host: cloudgap.host, returning: true}];
    const runs = {cloudgap: [], baseline: [], returning: []};
    for (let i = 0; i < options.runs; i++) {
      // Alternate which goes first, so neither always follows the other.
      const order = i % 2 ? [...series].reverse() : series;
      for (const h of order) runs[h.name].push(await startOnce(browser, h.host, h));
    }
    const summary = (list) => ({
      runs: list.length,
      first_frame_ms: round(median(list.map((r) => r.first_frame_ms)), 1),
      first_frame_all_ms: list.map((r) => round(r.first_frame_ms, 1)),
      first_frame_number: median(list.map((r) => r.first_frame_number)),
      html_ms: round(median(list.map((r) => r.html_ms)), 1),
      js_downloaded_ms: round(median(list.map((r) => r.js_downloaded_ms)), 1),
      wasm_downloaded_ms: round(median(list.map((r) => r.wasm_downloaded_ms)), 1),
    });
    const c = summary(runs.cloudgap), b = summary(runs.baseline), back = summary(runs.returning);
    // Each CloudGap run against the baseline run beside it: a busy machine slows
    // both of a pair, so the median of these ratios is steadier than the ratio
    // of the medians (both are reported).
    const pairs = runs.cloudgap.map((r, i) => r.first_frame_ms / runs.baseline[i].first_frame_ms);
    return {cloudgap: c, baseline: b, returning: back, ratio: round(median(pairs), 2),
            ratio_of_medians: round(c.first_frame_ms / b.first_frame_ms, 2)};
  } finally {
    for (const h of hosts) await h.host.close();
  }
}

// A CPU profile of one CloudGap start-up (--profile-startup FILE): where the
// milliseconds before the first frame go, for chrome://inspect or speedscope.
async function profileStartup(browser, options, file) {
  const host = await startHost(options.site);
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval: 100});
    await cdp.send('Profiler.start');
    await page.goto(host.url);
    await waitFirstFrame(page);
    const {profile} = await cdp.send('Profiler.stop');
    fs.writeFileSync(file, JSON.stringify(profile));
    // Self time by function, the top of the list.
    const self = new Map();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      const key = `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url || '')}`;
      self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
    });
    return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)
        .map(([name, ms]) => ({name, self_ms: round(ms, 1)}));
  } finally {
    await context.close();
    await host.close();
  }
}

// ---------------------------------------------------------------------------
// 3. Idle: 5 seconds without input from the first complete frame: frames drawn
// (by the app's own count, and requestAnimationFrame callbacks the page ran),
// and CPU time of the renderer and of all of Chromium.

async function idleOnce(browser, app, host) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  await context.addInitScript(() => {
    window.__rafCallbacks = 0;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf((t) => { window.__rafCallbacks++; return cb(t); });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(host.url);
    await waitFirstFrame(page);
    await cdp.send('Performance.enable');
    const sample = async () => ({
      frames: await page.evaluate(app.frames), raf: await page.evaluate(() => window.__rafCallbacks),
      renderer: await rendererCpuMs(cdp), chromium: chromiumCpuMs(), at: performance.now(),
    });
    const s0 = await sample();
    await page.waitForTimeout(1000);
    const s1 = await sample();
    await page.waitForTimeout(4000);
    const s5 = await sample();
    const seconds = (s5.at - s0.at) / 1000;
    return {
      frames_5s: s5.frames - s0.frames, frames_after_1s: s5.frames - s1.frames,
      raf_callbacks_5s: s5.raf - s0.raf,
      renderer_cpu_ms_5s: (s5.renderer - s0.renderer) * 5 / seconds,
      chromium_cpu_ms_5s: (s5.chromium - s0.chromium) * 5 / seconds,
    };
  } finally {
    await context.close();
  }
}

async function measureIdle(browser, options) {
  const hosts = await startHosts(options);
  try {
    const runs = {cloudgap: [], baseline: []};
    const repeats = Math.max(1, Math.ceil(options.runs / 2));
    for (let i = 0; i < repeats; i++) {
      for (const h of i % 2 ? [...hosts].reverse() : hosts) runs[h.name].push(await idleOnce(browser, h, h.host));
    }
    const summary = (list) => Object.fromEntries(['frames_5s', 'frames_after_1s', 'raf_callbacks_5s',
      'renderer_cpu_ms_5s', 'chromium_cpu_ms_5s'].map((k) => [k, round(median(list.map((r) => r[k])), 1)]));
    return {runs: repeats, cloudgap: summary(runs.cloudgap), baseline: summary(runs.baseline)};
  } finally {
    for (const h of hosts) await h.host.close();
  }
}

// ---------------------------------------------------------------------------
// 4-5. Frame cost and memory: a full assessment answered from the keyboard, the
// results looked over, then 100 open-export-import cycles.

// Collects the CPU time of every frame drawn between start() and the last flush().
// The parts of a frame the app's probe times (src/app/frame_probe.h), in order.
export const framePartNames = ['input', 'interface', 'mirror', 'draw'];

// Where the time of `frames` ({ms, parts}) goes: each part's mean over them,
// so that the parts add up to the frames' mean (medians of parts would not: a
// slow frame is slow in one part, not every part).
export function partMeans(frames) {
  const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
  return Object.fromEntries(framePartNames.map((name, i) =>
    [name, round(mean(frames.map((f) => f.parts?.[i]).filter(Number.isFinite)), 3)]));
}

class FrameLog {
  constructor(page) { this.page = page; this.frames = []; this.count = 0; }
  async start() { this.frames = []; this.count = await frames(this.page); }
  async flush() {
    const now = await frames(this.page);
    const [times, parts] = await this.page.evaluate(() =>
      [window.cloudgap.test.frameTimes(), window.cloudgap.test.frameParts()]);
    const fresh = Math.min(now - this.count, times.length);
    for (let i = times.length - fresh; i < times.length; i++) this.frames.push({ms: times[i], parts: parts[i]});
    this.count = now;
  }
  // The frames' median and p95, and where the time of those at or over the
  // p95 goes (slow_parts_ms), beside the same for every frame (parts_ms).
  summary() {
    const ms = this.frames.map((f) => f.ms);
    const p95 = percentile(ms, 95);
    const slow = this.frames.filter((f) => f.ms >= p95);
    return {frames: ms.length, median_ms: round(median(ms), 3), p95_ms: round(p95, 3),
            max_ms: round(Math.max(...ms), 2), parts_ms: partMeans(this.frames),
            slow_frames: slow.length, slow_parts_ms: partMeans(slow)};
  }
}

const answerCount = async (page) => Object.keys((await state(page)).answers ?? {}).length;

// Answers every question from the keyboard (Y, P, N, D in turn), moving on with
// PageDown when an answer key adds nothing new. Returns the number answered.
async function answerEverything(page, log, maxControls = 1000) {
  const keys = ['KeyY', 'KeyP', 'KeyN', 'KeyD'];
  let answered = await answerCount(page), k = 0, idle = 0;
  for (let steps = 0; steps < maxControls * 12; steps++) {
    await drawnAfter(page, () => page.keyboard.press(keys[k++ % keys.length]), 2);
    const now = await answerCount(page);
    if (now > answered) { answered = now; idle = 0; } else {
      if (++idle >= 3) break;  // PageDown on the last control moved nowhere.
      await drawnAfter(page, () => page.keyboard.press('PageDown'), 2);
    }
    if (steps % 16 === 0) await log.flush();
  }
  await log.flush();
  return answered;
}

// Runs `action` and waits until `n` frames were drawn from the moment before
// it: counting from after the action would wait forever for frames the app had
// already drawn (and then gone idle) while the action's promise settled.
async function drawnAfter(page, action, n) {
  const start = await frames(page);
  await action();
  await page.waitForFunction((target) => window.cloudgap.test.frames() >= target, start + n);
}

// Moves the mouse over the page and scrolls the pane under it, as a person
// reading a long screen does; `where` is the (x, y) the wheel turns at.
async function lookAround(page, log, {where = [900, 500], wheelSteps = 12} = {}) {
  for (let y = 100; y < 800; y += 70) {
    for (let x = 80; x < 1280; x += 240) {
      await drawnAfter(page, () => page.mouse.move(x, y, {steps: 2}), 1);
    }
    await log.flush();
  }
  await page.mouse.move(where[0], where[1]);
  for (const direction of [1, -1]) {
    for (let i = 0; i < wheelSteps; i++) {
      await drawnAfter(page, () => page.mouse.wheel(0, 240 * direction), 2);
    }
    await log.flush();
  }
  await settle(page);
  await log.flush();
}

async function deliverDocument(page, text) {
  await page.evaluate((t) => {
    // As boot.js hands a picked file to the app (readFileIntoApp).
    Module.cloudgapAbi.call('_cg_deliver_file', 'cycle.json', new TextEncoder().encode(t));
    Module._cg_wake();
  }, text);
}

// With `gpuCore`, SwiftShader's GPU process has a core of its own while the
// frames are measured (processes.mjs); returns null where that cannot be done.
async function fullAssessmentOnce(browser, host, {cycles, gpuCore = false}) {
  const {context, page, log: pageLog} = await openApp(browser, host, {width: 1280, height: 800});
  const restore = gpuCore ? gpuOnItsOwnCore() : null;
  try {
    if (gpuCore && !restore) return null;
    await click(page, 'Start full assessment');
    await settle(page);
    await clickScrolled(page, 'Continue to the questions');
    const log = new FrameLog(page);
    await log.start();
    const before = rendererMainThreads(), gpuBefore = gpuCpuMs();
    const answered = await answerEverything(page, log);
    const after = rendererMainThreads(), gpuAfter = gpuCpuMs();
    // How long the page's main thread was ready to run but had no core: on a
    // machine whose "GPU" is the same CPUs, this is in the frames' times.
    const answering = {...log.summary(), main_thread_run_s: round(after.runS - before.runS),
                       main_thread_wait_s: round(after.waitS - before.waitS),
                       gpu_process_cpu_s: round((gpuAfter - gpuBefore) / 1000)};
    const heapAnswered = await page.evaluate(() => window.cloudgap.test.heap());

    await click(page, 'Results');
    await settle(page);
    await log.start();
    await lookAround(page, log);
    const results = log.summary();

    let memory = null;
    if (cycles > 0) {
      const doc = await page.evaluate(() => window.cloudgap.test.state());
      const heaps = [];
      for (let i = 1; i <= cycles; i++) {
        // Export (the document as the app serializes it), then open it again.
        await drawnAfter(page, async () => deliverDocument(page, await page.evaluate(() => window.cloudgap.test.state())), 2);
        if (i === 1 || i === 10 || i === cycles) {
          heaps.push({cycle: i, ...(await page.evaluate(() => ({...window.cloudgap.test.heap(),
            // The library keeps each opened file as an entry of its own (ui/library.h).
            kept_documents: Object.keys(localStorage).filter((k) => k.startsWith('cloudgap/doc/')).length})))});
        }
      }
      const after = await page.evaluate(() => window.cloudgap.test.state());
      const first = heaps[0], last = heaps[heaps.length - 1];
      memory = {
        after_full_assessment: heapAnswered, cycles: heaps,
        heap_growth_bytes: last.heap_bytes - first.heap_bytes,
        in_use_growth_bytes: last.in_use_bytes - first.in_use_bytes,
        document_unchanged: JSON.stringify(JSON.parse(after).answers) === JSON.stringify(JSON.parse(doc).answers),
      };
    }
    if (pageLog.pageErrors.length) throw new Error('page errors: ' + pageLog.pageErrors.join('; '));
    return {answered, answering, results, memory};
  } finally {
    restore?.();
    await context.close();
  }
}

// The same cycles with the browser's storage refusing every write, so that no
// library entry is kept: what the heap does then is the open path's own.
async function cyclesWithoutStorage(browser, host, cycles) {
  const setup = (context) => context.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('refused', 'QuotaExceededError'); };
  });
  const {context, page} = await openApp(browser, host, {width: 1280, height: 800, setup});
  try {
    await click(page, 'Try a sample');
    await settle(page);
    const heaps = [];
    for (let i = 1; i <= cycles; i++) {
      await drawnAfter(page, async () => deliverDocument(page, await page.evaluate(() => window.cloudgap.test.state())), 2);
      if (i === 1 || i === 10 || i === cycles) heaps.push({cycle: i, ...(await page.evaluate(() => window.cloudgap.test.heap()))});
    }
    const first = heaps[0], tenth = heaps[1], last = heaps[heaps.length - 1];
    return {cycles: heaps, heap_growth_bytes: last.heap_bytes - first.heap_bytes,
            in_use_growth_bytes: last.in_use_bytes - first.in_use_bytes,
            steady_growth_bytes: last.in_use_bytes - tenth.in_use_bytes};
  } finally {
    await context.close();
  }
}

// The largest document the app opens (kMaxDocumentBytes, 5 MiB): the sample with
// every control's notes and evidence filled to just under the limit. The heap's
// size only grows, so its size after the open is the open's peak.
async function largeDocumentHeap(browser, host) {
  const {context, page} = await openApp(browser, host, {width: 1280, height: 800});
  try {
    await click(page, 'Try a sample');
    await settle(page);
    const before = await page.evaluate(() => window.cloudgap.test.heap());
    const doc = JSON.parse(await page.evaluate(() => window.cloudgap.test.state()));
    const ids = [...new Set(Object.keys(doc.answers).map((q) => q.replace(/-(q|quick).*$/, '')))];
    const words = (n, seed) => {
      let out = '';
      for (let i = 0; out.length < n; i++) out += `note ${seed} line ${i} of what was found and what is planned. `;
      return out.slice(0, n);
    };
    doc.controls = doc.controls || {};
    for (const id of ids) doc.controls[id] = {...(doc.controls[id] || {}), notes: words(19000, id), evidence: []};
    // Evidence items of 1,100 characters, one control after another, up to 16 KB under the limit.
    const limit = 5 * 1024 * 1024 - 16384;
    const itemBytes = JSON.stringify({text: words(1100, 'x')}).length + 1;
    let room = Math.floor((limit - JSON.stringify(doc).length) / itemBytes);
    for (let round = 0; round < 100 && room > 0; round++) {
      for (const id of ids) {
        if (room-- <= 0) break;
        doc.controls[id].evidence.push({text: words(1100, `${id}/${round}`)});
      }
    }
    const text = JSON.stringify(doc);
    await drawnAfter(page, async () => deliverDocument(page, text), 2);
    await settle(page);
    const opened = JSON.parse(await page.evaluate(() => window.cloudgap.test.state()));
    const after = await page.evaluate(() => window.cloudgap.test.heap());
    // Opened whole: every note and every evidence item came through (the app adds dates of its own).
    const whole = ids.every((id) => opened.controls?.[id]?.notes === doc.controls[id].notes &&
                                    (opened.controls[id].evidence || []).length === doc.controls[id].evidence.length);
    return {document_bytes: Buffer.byteLength(text), opened: whole, before, after};
  } finally {
    await context.close();
  }
}

function summariseFrameRuns(list) {
  const medians = (key) => Object.fromEntries(framePartNames.map((name) =>
    [name, round(median(list.map((r) => r[key]?.[name])), 3)]));
  return {
    runs: list.length, frames: list.map((r) => r.frames),
    median_ms: round(median(list.map((r) => r.median_ms)), 3),
    p95_ms: round(median(list.map((r) => r.p95_ms)), 3),
    parts_ms: medians('parts_ms'), slow_parts_ms: medians('slow_parts_ms'),
    main_thread_run_s: round(median(list.map((r) => r.main_thread_run_s))),
    main_thread_wait_s: round(median(list.map((r) => r.main_thread_wait_s))),
    gpu_process_cpu_s: round(median(list.map((r) => r.gpu_process_cpu_s))),
  };
}

async function measureFramesAndMemory(browser, options, {frames: wantFrames, memory: wantMemory}) {
  const host = await startHost(options.site);
  try {
    // The same assessment with the cores shared as Chromium leaves them, and
    // with the GPU process on a core of its own, alternating.
    const runs = [], ownCore = [];
    const repeats = wantFrames ? Math.max(1, Math.ceil(options.runs / 3)) : 1;
    for (let i = 0; i < repeats; i++) {
      const shared = () => fullAssessmentOnce(browser, host, {cycles: wantMemory && i === 0 ? 100 : 0});
      const own = () => fullAssessmentOnce(browser, host, {cycles: 0, gpuCore: true});
      if (!wantFrames) { runs.push(await shared()); break; }
      if (i % 2) { ownCore.push(await own()); runs.push(await shared()); }
      else { runs.push(await shared()); ownCore.push(await own()); }
    }
    const pinned = ownCore.filter(Boolean);
    const frameSummary = (list) => ({
      answered_questions: list[0].answered,
      questionnaire: summariseFrameRuns(list.map((r) => r.answering)),
      results: summariseFrameRuns(list.map((r) => r.results)),
    });
    return {
      frames: wantFrames ? {...frameSummary(runs), gpu_own_core: pinned.length ? frameSummary(pinned) : null} : null,
      memory: wantMemory ? {...runs[0].memory, storage_off: await cyclesWithoutStorage(browser, host, 100),
                            large_document: await largeDocumentHeap(browser, host)} : null,
    };
  } finally {
    await host.close();
  }
}

// ---------------------------------------------------------------------------
// 7. Scale: a generated catalog of 2,000 controls (?catalog=synthetic-2000), its
// sample assessment, then the results, questionnaire and roadmap in use.

async function scaleOnce(browser, host) {
  const {context, page} = await openApp(browser, host, {width: 1280, height: 800,
                                                         query: '&catalog=synthetic-2000'});
  try {
    const log = new FrameLog(page);
    await click(page, 'Try a sample');
    await settle(page);
    await log.start();
    await lookAround(page, log, {wheelSteps: 8});
    const results = log.summary();

    await click(page, 'Questions');
    await settle(page);
    await log.start();
    // The navigator (left pane) scrolled through, then questions answered.
    await page.mouse.move(150, 500);
    for (const direction of [1, -1]) {
      for (let i = 0; i < 15; i++) {
        await drawnAfter(page, () => page.mouse.wheel(0, 2000 * direction), 2);
      }
      await log.flush();
    }
    await page.mouse.move(900, 500);
    for (let i = 0; i < 30; i++) {
      await drawnAfter(page, () => page.keyboard.press(i % 5 === 4 ? 'PageDown' : ['KeyY', 'KeyN', 'KeyP', 'KeyD'][i % 4]), 2);
    }
    await settle(page);
    await log.flush();
    const questionnaire = log.summary();

    await click(page, 'Roadmap');
    await settle(page);
    await log.start();
    await lookAround(page, log, {wheelSteps: 15});
    const roadmap = log.summary();
    return {questionnaire, results, roadmap};
  } finally {
    await context.close();
  }
}

async function measureScale(browser, options) {
  const host = await startHost(options.site);
  try {
    const runs = [];
    for (let i = 0; i < Math.max(1, Math.ceil(options.runs / 3)); i++) runs.push(await scaleOnce(browser, host));
    return Object.fromEntries(['questionnaire', 'results', 'roadmap']
        .map((k) => [k, summariseFrameRuns(runs.map((r) => r[k]))]));
  } finally {
    await host.close();
  }
}

// ---------------------------------------------------------------------------
// 6. Engine: Google Benchmark's medians for scoring plus roadmap.

function measureEngine(options) {
  const out = execFileSync(options.engine, [
    '--benchmark_filter=BM_RealCatalog|BM_GeneratedCatalog/(1000|10000|100000)$|BM_LoadBuiltinCatalog',
    `--benchmark_repetitions=${Math.max(3, Math.min(options.runs, 10))}`,
    '--benchmark_report_aggregates_only=true', '--benchmark_format=json'], {maxBuffer: 1 << 26});
  const report = JSON.parse(out.toString());
  const pick = (name) => report.benchmarks.find((b) => b.run_name === name && b.aggregate_name === 'median');
  const figure = (b) => b && {real_time: round(b.real_time, 3), cpu_time: round(b.cpu_time, 3),
                              unit: b.time_unit, roadmap_items: b.roadmap_items, controls: b.controls};
  return {
    repetitions: Number(report.benchmarks[0]?.repetitions ?? 0),
    real_catalog: figure(pick('BM_RealCatalog')),
    // 1k, 10k and 100k: the growth is n log n plus the edges, and the memory a larger catalog touches.
    generated_1000: figure(pick('BM_GeneratedCatalog/1000')),
    generated_10000: figure(pick('BM_GeneratedCatalog/10000')),
    generated_100000: figure(pick('BM_GeneratedCatalog/100000')),
    // Parse, check and hash of the built-in catalog: the app does it right after its first frame.
    load_catalog: figure(pick('BM_LoadBuiltinCatalog')),
    context: {host: report.context.host_name, cpus: report.context.num_cpus,
              mhz: report.context.mhz_per_cpu, build: report.context.library_build_type},
  };
}

// ---------------------------------------------------------------------------
// The report.

function machine(browserVersion) {
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown';
  const cores = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^processor\s*:/gm)?.length ?? 0;
  const memKb = Number(fs.readFileSync('/proc/meminfo', 'utf8').match(/MemTotal:\s*(\d+)/)?.[1] ?? 0);
  let emcc = 'unknown';
  try { emcc = execFileSync('emcc', ['--version']).toString().split('\n')[0]; } catch {}
  return {cpu, cores, memory_gb: round(memKb / 1048576, 1), os: fs.readFileSync('/etc/debian_version', 'utf8').trim(),
          chromium: browserVersion, node: process.version, emcc};
}

const kb = (n) => (n / 1024).toFixed(1) + ' KB';
// No heap growth: the wasm heap never grows, and once warm (strings and tables
// at their working size, from cycle 10) what is in use grows by less than a
// kilobyte over the remaining 90 cycles, i.e. by nothing per cycle.
const heapMet = (o) => o.heap_growth_bytes <= budgets.heapGrowthBytes && o.steady_growth_bytes < 1024;
const ms = (n) => (n === null || n === undefined ? '-' : n.toFixed(n < 10 ? 2 : 1) + ' ms');

export function table(r) {
  const rows = [];
  const row = (figure, cloudgap, baseline, budget, command) => rows.push({figure, cloudgap, baseline, budget, command});
  const cmd = (only, extra = '') => `node bench/measure.mjs ${r.args} --only ${only}${extra}`;
  if (r.transfer) {
    const t = r.transfer;
    for (const f of t.files) {
      row(`transfer: ${f.file}`, `${kb(f.raw)} raw, ${kb(f.gzip9)} gzip`, '', f.requests > 1 ? `${f.requests} requests` : '', cmd('transfer'));
    }
    row('transfer: first visit, all files', `${kb(t.total.raw)} raw, ${kb(t.total.gzip9)} gzip`,
        '', `<= ${kb(budgets.transferGzipBytes)} gzip: ${t.total.gzip9 <= budgets.transferGzipBytes ? 'met' : 'MISSED'}`, cmd('transfer'));
    row('transfer: to the first frame', `${kb(t.to_first_frame.raw)} raw, ${kb(t.to_first_frame.gzip9)} gzip`, '', '', cmd('transfer'));
    row('transfer: on the wire (gzip host, SW incl.)', `${kb(t.total.wire_bytes)} in ${t.total.requests} requests`, '', '', cmd('transfer'));
  }
  if (r.startup) {
    const s = r.startup;
    row('start-up to first complete frame (median)', ms(s.cloudgap.first_frame_ms), ms(s.baseline.first_frame_ms),
        `ratio ${s.ratio} (<= ${budgets.startupRatio}: ${s.ratio <= budgets.startupRatio ? 'met' : 'MISSED'})`, cmd('startup', ` --runs ${s.cloudgap.runs}`));
    if (s.returning) {
      const ratio = round(s.returning.first_frame_ms / s.baseline.first_frame_ms, 2);
      row('  the same, returning visitor (something kept)', ms(s.returning.first_frame_ms), '',
          `ratio ${ratio} (<= ${budgets.returningStartupRatio}: ${verdict(ratio <= budgets.returningStartupRatio)})`,
          cmd('startup', ` --runs ${s.cloudgap.runs}`));
    }
  }
  if (r.idle) {
    const i = r.idle;
    row('idle 5 s: frames (after the first second)', `${i.cloudgap.frames_5s} (${i.cloudgap.frames_after_1s})`,
        `${i.baseline.frames_5s} (${i.baseline.frames_after_1s})`,
        `0 after 1 s: ${i.cloudgap.frames_after_1s === 0 ? 'met' : 'MISSED'}`, cmd('idle'));
    row('idle 5 s: renderer CPU', ms(i.cloudgap.renderer_cpu_ms_5s), ms(i.baseline.renderer_cpu_ms_5s), '', cmd('idle'));
    row('idle 5 s: all Chromium CPU (GPU incl.)', ms(i.cloudgap.chromium_cpu_ms_5s), ms(i.baseline.chromium_cpu_ms_5s), '', cmd('idle'));
  }
  if (r.frames) {
    const q = r.frames.questionnaire, res = r.frames.results;
    row(`frame CPU: answering (${r.frames.answered_questions} answers) median / p95`, `${ms(q.median_ms)} / ${ms(q.p95_ms)}`, '',
        frameBudget(q), cmd('frames'));
    row('  answering, slow frames (>= p95): their parts, means', partsText(q.slow_parts_ms), '', `every frame: ${partsText(q.parts_ms)}`, cmd('frames'));
    row('frame CPU: results screen median / p95', `${ms(res.median_ms)} / ${ms(res.p95_ms)}`, '', frameBudget(res), cmd('frames'));
    row('  results, slow frames (>= p95): their parts, means', partsText(res.slow_parts_ms), '', `every frame: ${partsText(res.parts_ms)}`, cmd('frames'));
    const threads = (f) => `${f.main_thread_run_s} s on a core, ${f.main_thread_wait_s} s waiting for one` +
        (Number.isFinite(f.gpu_process_cpu_s) ? `; GPU process ${f.gpu_process_cpu_s} s of CPU` : '');
    row('  answering: the page\'s main thread, the GPU process', threads(q), '', '', cmd('frames'));
    const g = r.frames.gpu_own_core;
    if (g) {
      // A device's GPU draws beside the CPU; SwiftShader draws on it (BENCHMARKS.md).
      const gq = g.questionnaire, gres = g.results;
      row('frame CPU, GPU process on a core of its own: answering', `${ms(gq.median_ms)} / ${ms(gq.p95_ms)}`, '',
          frameBudget(gq), cmd('frames'));
      row('  answering: the page\'s main thread, the GPU process', threads(gq), '', '', cmd('frames'));
      row('frame CPU, GPU process on a core of its own: results', `${ms(gres.median_ms)} / ${ms(gres.p95_ms)}`, '',
          frameBudget(gres), cmd('frames'));
    }
  }
  if (r.memory) {
    const m = r.memory, last = m.cycles[m.cycles.length - 1];
    row('heap after a full assessment (size / in use)', `${kb(m.after_full_assessment.heap_bytes)} / ${kb(m.after_full_assessment.in_use_bytes)}`, '', '', cmd('memory'));
    row(`heap after ${last.cycle} open-export-import cycles`, `${kb(last.heap_bytes)} / ${kb(last.in_use_bytes)}`, '',
        `growth from cycle 1: ${m.heap_growth_bytes} B heap (${m.heap_growth_bytes <= budgets.heapGrowthBytes ? 'met' : 'MISSED'}), ` +
        `${m.in_use_growth_bytes} B in use, ${last.kept_documents} documents kept`, cmd('memory'));
    if (m.storage_off) {
      const o = m.storage_off, ol = o.cycles[o.cycles.length - 1];
      row(`  the same, storage refusing writes`, `${kb(ol.heap_bytes)} / ${kb(ol.in_use_bytes)}`, '',
          `growth from cycle 1: ${o.heap_growth_bytes} B heap, ${o.in_use_growth_bytes} B in use ` +
          `(${o.steady_growth_bytes} B from cycle 10 on): ${heapMet(o) ? 'met' : 'MISSED'}`, cmd('memory'));
    }
    if (m.large_document) {
      const d = m.large_document;
      row(`peak heap opening a ${kb(d.document_bytes)} document (size / in use)`,
          `${kb(d.after.heap_bytes)} / ${kb(d.after.in_use_bytes)}`, '',
          `before: ${kb(d.before.heap_bytes)} / ${kb(d.before.in_use_bytes)}; ${d.opened ? 'opened whole' : 'NOT OPENED'}`,
          cmd('memory'));
    }
  }
  if (r.engine) {
    const e = r.engine;
    row('engine: score + roadmap, real catalog', `${e.real_catalog.cpu_time} ${e.real_catalog.unit}`, '', '', cmd('engine'));
    for (const [n, f] of [['1,000', e.generated_1000], ['10,000', e.generated_10000], ['100,000', e.generated_100000]]) {
      const budget = n === '10,000' && f && f.unit === 'ms'
          ? `< ${budgets.engine10000Ms} ms: ${verdict(f.cpu_time < budgets.engine10000Ms)}` : '';
      if (f) row(`engine: score + roadmap, ${n} controls`, `${f.cpu_time} ${f.unit}`, '', budget, cmd('engine'));
    }
    row('engine: load the built-in catalog (native)', `${e.load_catalog.cpu_time} ${e.load_catalog.unit}`, '', '', cmd('engine'));
  }
  if (r.scale) {
    for (const k of ['questionnaire', 'results', 'roadmap']) {
      const f = r.scale[k];
      row(`2,000 controls: ${k} frame CPU median / p95`, `${ms(f.median_ms)} / ${ms(f.p95_ms)}`, '',
          `p95 <= ${budgets.scaleFrameP95Ms} ms: ${verdict(f.p95_ms <= budgets.scaleFrameP95Ms)}`, cmd('scale'));
      row(`  ${k}, slow frames (>= p95): their parts, means`, partsText(f.slow_parts_ms), '', `every frame: ${partsText(f.parts_ms)}`, cmd('scale'));
    }
  }
  if (r.size) {
    const w = r.size;
    row('app.wasm', `${kb(w.total.raw)} raw, ${kb(w.total.gzip)} gzip`, '', '', `node bench/wasm-size.mjs ${path.relative(root, w.file)}`);
    for (const d of w.data) row(`  data: ${d.name}`, `${kb(d.raw)} raw, ${kb(d.gzip)} gzip`, '', '', '');
    for (const o of w.code_by_origin.slice(0, 8)) row(`  code: ${o.name}`, `${kb(o.raw)} raw, ${kb(o.gzip)} gzip`, '', '', '');
  }
  const widths = ['figure', 'cloudgap', 'baseline', 'budget'].map((k) => Math.max(k.length, ...rows.map((x) => String(x[k]).length)));
  const line = (x) => ['figure', 'cloudgap', 'baseline', 'budget'].map((k, i) => String(x[k]).padEnd(widths[i])).join(' | ');
  const header = line({figure: 'figure', cloudgap: 'CloudGap', baseline: 'baseline', budget: 'budget / note'});
  return [header, widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n') +
         '\n\nreproduce: ' + [...new Set(rows.map((x) => x.command).filter(Boolean))].join('\n           ');
}

function parseArgs(argv) {
  const options = {runs: 7, only: null, out: null, engine: null, symbols: null, profileStartup: null};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i], v = argv[i + 1];
    if (a === '--site') { options.site = path.resolve(v); i++; }
    else if (a === '--hello') { options.hello = path.resolve(v); i++; }
    else if (a === '--engine') { options.engine = path.resolve(v); i++; }
    else if (a === '--symbols') { options.symbols = path.resolve(v); i++; }
    else if (a === '--runs') { options.runs = Number(v); i++; }
    else if (a === '--only') { options.only = new Set(v.split(',')); i++; }
    else if (a === '--out') { options.out = path.resolve(v); i++; }
    else if (a === '--profile-startup') { options.profileStartup = path.resolve(v); i++; }
    else throw new Error(`unknown argument ${a}`);
  }
  if (!options.site) throw new Error('--site is required');
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const want = (f) => !options.only || options.only.has(f);
  const rel = (p) => path.relative(process.cwd(), p);
  const result = {
    args: `--site ${rel(options.site)}` + (options.hello ? ` --hello ${rel(options.hello)}` : '') +
          (options.engine ? ` --engine ${rel(options.engine)}` : ''),
    budgets, date: new Date().toISOString(),
  };
  const step = (name) => process.stderr.write(`bench: ${name}...\n`);
  // The engine first, before Chromium starts: measured last, right after the
  // scale pages closed, it once gave 20.8 ms at 10,000 controls, 12.2-13.3 alone.
  if (want('engine') && options.engine) { step('engine'); result.engine = measureEngine(options); }
  const browser = await launchBrowser();
  result.machine = machine(browser.version());
  try {
    if (want('size')) {
      step('size');
      result.size = analyse(path.join(options.site, 'app.wasm'),
                            options.symbols ?? path.join(options.site, '..', 'app.js.symbols'), 30);
    }
    if (want('transfer')) { step('transfer'); result.transfer = await measureTransfer(browser, options); }
    if (want('startup') && options.hello) { step('start-up'); result.startup = await measureStartup(browser, options); }
    if (want('idle') && options.hello) { step('idle'); result.idle = await measureIdle(browser, options); }
    if (want('frames') || want('memory')) {
      step('frame cost and memory');
      const fm = await measureFramesAndMemory(browser, options, {frames: want('frames'), memory: want('memory')});
      if (fm.frames) result.frames = fm.frames;
      if (fm.memory) result.memory = fm.memory;
    }
    if (want('scale')) { step('scale'); result.scale = await measureScale(browser, options); }
    if (options.profileStartup) {
      step('start-up profile');
      result.startup_profile = await profileStartup(browser, options, options.profileStartup);
    }
  } finally {
    await browser.close();
  }
  const text = table(result);
  console.log(text);
  if (result.startup_profile) {
    console.log('\nstart-up profile, self time:');
    for (const p of result.startup_profile) console.log(`  ${String(p.self_ms).padStart(8)} ms  ${p.name}`);
  }
  if (options.out) {
    fs.mkdirSync(path.dirname(options.out), {recursive: true});
    fs.writeFileSync(options.out, JSON.stringify({...result, table: text}, null, 2) + '\n');
    process.stderr.write(`bench: wrote ${options.out}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
