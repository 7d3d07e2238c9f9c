// Boots CloudGap: checks WebGL 2, downloads app.wasm with a progress bar and
// config.json (white-label settings) beside it, compiles the wasm while app.js
// (the Emscripten glue) loads, and hands the glue the instance. Any failure ends in a readable
// message on the page, never a blank one.
//
// The same file runs inside the single-file edition (web/tools/single-file.mjs),
// which carries app.js, app.wasm and config.json in the page as data blocks
// (<script type="application/x-base64" id="cloudgap-app">, "cloudgap-wasm",
// <script type="application/json" id="cloudgap-config">) and is opened from disk.
'use strict';
(function () {
  const overlay = document.getElementById('overlay');
  const statusLine = document.getElementById('status');
  const progress = document.getElementById('progress');
  const canvas = document.getElementById('canvas');
  let failed = false;

  // The loader shows only once a start takes a while (index.html says why).
  const showLoader = setTimeout(function () { overlay.classList.remove('quiet'); }, 1000);

  function fail(message) {
    if (failed) return;
    failed = true;
    clearTimeout(showLoader);
    overlay.classList.remove('hidden', 'quiet');
    overlay.classList.add('error');
    statusLine.textContent = message;
  }

  const messages = {
    webgl: 'CloudGap needs WebGL 2, which this browser does not provide or has turned off. ' +
      'Try a current version of Firefox, Chrome, Edge or Safari, or enable hardware acceleration.',
    wasm: 'CloudGap needs WebAssembly, which this browser does not provide or has turned off.',
    download: 'The app could not be downloaded. Check your connection and reload the page.',
    crash: 'CloudGap stopped because of an internal error. Reload the page; your saved work is kept in this browser.',
    contextlost: 'The graphics context was lost (the GPU was reset or the tab was in the background too long). Reload the page to continue.',
  };

  if (typeof WebAssembly !== 'object') return fail(messages.wasm);
  // No trial context: creating one costs as much as the app's own (0.1 to 0.7 s
  // before the download could start; BENCHMARKS.md). A browser that has WebGL 2
  // but cannot give a context now (GPU blocklisted, turned off) is told so by
  // the app when its own context fails (cloudgapFail('webgl')).
  if (typeof WebGL2RenderingContext !== 'function') return fail(messages.webgl);

  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    fail(messages.contextlost);
  });

  const test = new URLSearchParams(location.search).get('test') === '1';
  const singleFile = document.getElementById('cloudgap-wasm') !== null;

  function fromBase64(id) {
    const text = atob(document.getElementById(id).textContent.trim());
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);
    return bytes;
  }

  // config.json's text, or null if there is none; never fails. Same origin only
  // (a relative URL under connect-src 'self'). Checking it is the app's job.
  async function readConfig() {
    if (singleFile) {
      const block = document.getElementById('cloudgap-config');
      return block ? block.textContent : null;
    }
    try {
      const response = await fetch('config.json', {cache: 'no-cache'});
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const text = await response.text();
      if (text.length > 65536) throw new Error('larger than 64 kB');
      return text;
    } catch (e) {
      console.warn('CloudGap: config.json could not be read (' + e.message + '); using the default branding');
      return null;
    }
  }
  let configText = null;

  // Before main(): the first frame is already drawn in the host's name and colour.
  function applyStartupSettings() {
    try {
      applySettings();
    } catch (e) {
      console.error('CloudGap: the start-up settings could not be applied', e);  // Defaults stay.
    }
  }
  function applySettings() {
    const abi = Module.cloudgapAbi;  // Set by the app before this runs (platform/web/js_boundary.h).
    const hosting = {singleFile: singleFile, fileOrigin: location.protocol === 'file:'};
    // The app probes storage itself: whether this browser keeps what it writes
    // (some keep nothing for pages opened from a file, or in private mode).
    hosting.storage = Module._cg_set_hosting(hosting.singleFile ? 1 : 0, hosting.fileOrigin ? 1 : 0) === 1;
    const result = JSON.parse(Module.UTF8ToString(abi.call('_cg_set_branding', configText)));
    for (const warning of result.warnings) console.warn('CloudGap config.json: ' + warning);
    const branding = result.branding;
    document.title = branding.product_name + ': ISO/IEC 27017 cloud security self-assessment';
    if (branding.accent_color) {
      const theme = document.querySelector('meta[name="theme-color"]');
      if (theme) theme.setAttribute('content', branding.accent_color);
    }
    // What the app was told, for anything else on the page (and tests).
    window.cloudgap = window.cloudgap || {};
    window.cloudgap.branding = branding;
    window.cloudgap.hosting = hosting;
  }

  // A picked or dropped file (keep.js forwards drops here): one over the
  // document limit (the app's kMaxDocumentBytes, core/text/input_limits.h) is
  // refused before a byte of it is read.
  function readFileIntoApp(file) {
    const abi = Module.cloudgapAbi;
    if (file.size > abi.maxDocumentBytes) {
      abi.call('_cg_keep_file_refused', file.name, file.size);
      Module._cg_wake();
      return;
    }
    const reader = new FileReader();
    reader.onload = function () {
      abi.call('_cg_deliver_file', file.name, new Uint8Array(reader.result));
      Module._cg_wake();
    };
    reader.readAsArrayBuffer(file);
  }

  window.Module = {
    canvas: canvas,
    print: function (text) { console.log(text); },
    printErr: function (text) { console.warn(text); },
    onAbort: function () { fail(messages.crash); },
    cloudgapFail: function (what) { fail(messages[what] || messages.crash); },
    cloudgapDeliverFile: readFileIntoApp,
    onRuntimeInitialized: function () {
      applyStartupSettings();
      if (!failed) {
        clearTimeout(showLoader);
        overlay.classList.add('hidden');
      }
      canvas.focus();
      if (test) installTestHooks();
    },
  };

  // window.cloudgap.test: a stable contract for browser tests (README, "Test hooks").
  function installTestHooks() {
    const read = function (ptr) { return Module.UTF8ToString(ptr); };
    window.cloudgap = window.cloudgap || {};
    window.cloudgap.test = {
      // Widgets of the last frame, in CSS pixels relative to the page.
      items: function () {
        const rect = canvas.getBoundingClientRect();
        const k = canvas.width > 0 ? rect.width / canvas.width : 1;
        return JSON.parse(read(Module._cg_test_items_json())).map(function (it) {
          const item = {label: it.label, x: rect.left + it.x * k, y: rect.top + it.y * k, w: it.w * k, h: it.h * k};
          if (it.focused) item.focused = true;
          return item;
        });
      },
      state: function () { return read(Module._cg_test_state_json()); },
      frames: function () { return Module._cg_test_frames(); },
      idle: function () { return Module._cg_test_idle() === 1; },
      // For the benchmark (bench/measure.mjs): CPU ms of recent frames, oldest first; heap use.
      frameTimes: function () { return JSON.parse(read(Module._cg_test_frame_times_json())); },
      frameParts: function () { return JSON.parse(read(Module._cg_test_frame_parts_json())); },
      heap: function () { return JSON.parse(read(Module._cg_test_heap_json())); },
    };
  }

  function loadScript() {
    const script = document.createElement('script');
    if (singleFile) {
      // Runs under the single-file edition's policy, which lists this text's hash.
      script.textContent = new TextDecoder().decode(fromBase64('cloudgap-app'));
    } else {
      script.src = 'app.js';
      script.onerror = function () { fail(messages.download); };
    }
    document.body.appendChild(script);
  }

  // Reads a response's body for the progress bar; the bytes, if `keep`.
  async function readWithProgress(response, keep) {
    const total = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      if (keep) chunks.push(value);
      received += value.length;
      // Content-Length counts compressed bytes when the host gzips: a hint only.
      if (total) progress.value = Math.min(99, Math.round(received * 100 / total));
    }
    const bytes = new Uint8Array(keep ? received : 0);
    let offset = 0;
    for (const c of chunks) { bytes.set(c, offset); offset += c.length; }
    return bytes;
  }

  // Compiles app.wasm while it downloads, where the host labels it as wasm
  // (compileStreaming insists); otherwise once it is in. A download that fails
  // rejects with Error('download'); bytes that are not wasm, with CompileError.
  async function compileApp() {
    if (singleFile) return WebAssembly.compile(fromBase64('cloudgap-wasm'));
    let response;
    try {
      response = await fetch('app.wasm');  // Started early by index.html's preload.
      if (!response.ok) throw new Error('HTTP ' + response.status);
    } catch (e) {
      throw new Error('download');
    }
    const type = (response.headers.get('Content-Type') || '').split(';')[0].trim();
    try {
      if (typeof WebAssembly.compileStreaming === 'function' && type === 'application/wasm') {
        readWithProgress(response.clone(), false).catch(function () {});
        return await WebAssembly.compileStreaming(response);
      }
      return await WebAssembly.compile(await readWithProgress(response, true));
    } catch (e) {
      if (e instanceof WebAssembly.CompileError) throw e;
      throw new Error('download');
    }
  }

  // The wasm is compiled while it downloads and while app.js loads and runs:
  // none waits for the other (BENCHMARKS.md, start-up). The glue asks for the
  // instance through instantiateWasm once it has run.
  statusLine.textContent = 'Loading the assessment…';
  const ready = Promise.all([compileApp().then(function (module) {
    progress.value = 100;
    return module;
  }), readConfig()]);
  ready.catch(function (e) { fail(e.message === 'download' ? messages.download : messages.crash); });
  Module.instantiateWasm = function (imports, receiveInstance) {
    ready.then(function ([module, config]) {
      configText = config;
      statusLine.textContent = 'Starting…';
      return WebAssembly.instantiate(module, imports).then(function (instance) {
        receiveInstance(instance, module);
      });
    }).catch(function (e) {
      if (!failed) console.error('CloudGap: the app could not start', e);
      fail(messages.crash);
    });
    return {};  // The exports arrive through receiveInstance.
  };
  loadScript();
})();
