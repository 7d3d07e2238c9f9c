// Keeping and sharing, the page's half (the app's half is C++: ui/app_keep.cc,
// ui/share_flow.h, core/document/share_link.h):
//  - the share link's bytes: zlib deflate with CompressionStream, and with a
//    passphrase, AES-GCM under a PBKDF2-SHA-256 key (WebCrypto). The layout of
//    an encrypted payload is salt (16 bytes) | iv (12) | ciphertext and tag;
//  - files dropped onto the page, handed to boot.js's readFileIntoApp (which
//    refuses them over the app's document limit before they are read), and
//    share links inflated no further than that limit;
//  - saving at once when the page is hidden or closed;
//  - a share link pasted into the address of the open page.
// The app calls window.cloudgapKeep (src/platform/web/web_keep.cc) and gets its
// answers through Module._cg_keep_link_done. The limit and the answers' codes
// are the app's, from Module.cloudgapAbi (platform/web/js_boundary.h). Nothing
// here talks to a network.
'use strict';
(function () {
  const PBKDF2_ITERATIONS = 600000;  // Part of link format v1: never change it in place.
  const SALT_BYTES = 16;
  const IV_BYTES = 12;

  function app() {
    const m = window.Module;
    return m && m.calledRun && typeof m._cg_wake === 'function' ? m : null;
  }

  function canCompress() {
    return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
  }

  function canEncrypt() {
    return canCompress() && !!(window.crypto && window.crypto.subtle);
  }

  async function through(bytes, transform) {
    const stream = new Blob([bytes]).stream().pipeThrough(transform);
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  // Inflates at most one byte past the document limit: a link's 2 MB can hold a
  // deflate "bomb" of gigabytes. What is delivered past the limit is refused by
  // the app as too large (core/text/input_limits.h), without the rest ever existing.
  async function inflate(bytes) {
    const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
    const out = new Uint8Array(window.Module.cloudgapAbi.maxDocumentBytes + 1);
    let size = 0;
    for (;;) {
      const {done, value} = await reader.read();
      if (done) return out.subarray(0, size);
      const room = out.length - size;
      out.set(value.length > room ? value.subarray(0, room) : value, size);
      size += Math.min(value.length, room);
      if (size === out.length) {
        reader.cancel().catch(() => {});
        return out;
      }
    }
  }

  // "The same" passphrase typed on another system may arrive in another Unicode form.
  async function deriveKey(passphrase, salt) {
    const material = await crypto.subtle.importKey(
        'raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
    return crypto.subtle.deriveKey(
        {name: 'PBKDF2', salt: salt, iterations: PBKDF2_ITERATIONS, hash: 'SHA-256'},
        material, {name: 'AES-GCM', length: 256}, false, ['encrypt', 'decrypt']);
  }

  // Answers the app; `status` names a js::SealStatus (OK, UNSUPPORTED, REFUSED, CORRUPT).
  function deliver(request, status, bytes) {
    const m = app();
    if (!m) return;
    const abi = m.cloudgapAbi;
    abi.call('_cg_keep_link_done', request, abi.seal[status], bytes || new Uint8Array(0), null);
    m._cg_wake();
  }

  async function seal(request, bytes, passphrase) {
    if (!canCompress() || (passphrase && !canEncrypt())) return deliver(request, 'UNSUPPORTED', null);
    try {
      const packed = await through(bytes, new CompressionStream('deflate'));
      if (!passphrase) return deliver(request, 'OK', packed);
      const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const key = await deriveKey(passphrase, salt);
      const sealed = new Uint8Array(await crypto.subtle.encrypt({name: 'AES-GCM', iv: iv}, key, packed));
      const out = new Uint8Array(SALT_BYTES + IV_BYTES + sealed.length);
      out.set(salt, 0);
      out.set(iv, SALT_BYTES);
      out.set(sealed, SALT_BYTES + IV_BYTES);
      deliver(request, 'OK', out);
    } catch (e) {
      console.warn('CloudGap: the share link could not be made (' + e.message + ')');
      deliver(request, 'UNSUPPORTED', null);
    }
  }

  async function unseal(request, bytes, encrypted, passphrase) {
    if (!canCompress() || (encrypted && !canEncrypt())) return deliver(request, 'UNSUPPORTED', null);
    let packed = bytes;
    if (encrypted) {
      try {
        const salt = bytes.slice(0, SALT_BYTES);
        const iv = bytes.slice(SALT_BYTES, SALT_BYTES + IV_BYTES);
        const key = await deriveKey(passphrase, salt);
        packed = new Uint8Array(await crypto.subtle.decrypt(
            {name: 'AES-GCM', iv: iv}, key, bytes.slice(SALT_BYTES + IV_BYTES)));
      } catch (e) {
        return deliver(request, 'REFUSED', null);  // Wrong passphrase or changed bytes: GCM cannot tell.
      }
    }
    try {
      deliver(request, 'OK', await inflate(packed));
    } catch (e) {
      deliver(request, 'CORRUPT', null);  // Not deflate data, or its Adler-32 failed.
    }
  }

  // --- Sealed results (docs/sealed-results.md): the envelope is the header
  // the app laid out (version, scheme, key id; also the authenticated data),
  // the encapsulated key (scheme 1: a one-time P-256 point; scheme 2: an
  // AES key under RSA-OAEP), the IV, and AES-256-GCM of the zlib'd document.
  const SEALED_INFO = new TextEncoder().encode('cloudgap-sealed/1');
  const HEADER_BYTES = 10;
  const POINT_BYTES = 65;
  const EC = {name: 'ECDH', namedCurve: 'P-256'};
  const RSA = {name: 'RSA-OAEP', hash: 'SHA-256'};

  // Answers the app; `status` names a js::ResultStatus.
  function answerResult(request, status, bytes, detail) {
    const m = app();
    if (!m) return;
    const abi = m.cloudgapAbi;
    abi.call('_cg_result_done', request, abi.result[status], bytes || new Uint8Array(0), detail || null);
    m._cg_wake();
  }

  function concat(parts) {
    const out = new Uint8Array(parts.reduce(function (n, p) { return n + p.length; }, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  async function ecdhKey(privateKey, publicKey, usage) {
    const secret = await crypto.subtle.deriveBits({name: 'ECDH', public: publicKey}, privateKey, 256);
    const material = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
    return crypto.subtle.deriveKey(
        {name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: SEALED_INFO},
        material, {name: 'AES-GCM', length: 256}, false, [usage]);
  }

  async function sealResult(request, header, spki, doc) {
    if (!canEncrypt()) return answerResult(request, 'UNSUPPORTED');
    const ec = header[1] === 1;
    let recipient;
    try {
      recipient = await crypto.subtle.importKey('spki', spki, ec ? EC : RSA, false, ec ? [] : ['encrypt']);
    } catch (e) {
      return answerResult(request, 'BAD_KEY', null, e.message);
    }
    try {
      const packed = await through(doc, new CompressionStream('deflate'));
      let encapsulated, key;
      if (ec) {
        const mine = await crypto.subtle.generateKey(EC, true, ['deriveBits']);
        encapsulated = new Uint8Array(await crypto.subtle.exportKey('raw', mine.publicKey));
        key = await ecdhKey(mine.privateKey, recipient, 'encrypt');
      } else {
        key = await crypto.subtle.generateKey({name: 'AES-GCM', length: 256}, true, ['encrypt']);
        const raw = await crypto.subtle.exportKey('raw', key);
        encapsulated = new Uint8Array(await crypto.subtle.encrypt({name: 'RSA-OAEP'}, recipient, raw));
      }
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const sealed = new Uint8Array(await crypto.subtle.encrypt(
          {name: 'AES-GCM', iv: iv, additionalData: header}, key, packed));
      answerResult(request, 'OK', concat([header, encapsulated, iv, sealed]));
    } catch (e) {
      answerResult(request, 'UNSUPPORTED', null, e.message);
    }
  }

  // The private key's public half as SubjectPublicKeyInfo, for its key id.
  async function publicHalf(privateKey, ec) {
    const jwk = await crypto.subtle.exportKey('jwk', privateKey);
    const half = ec ? {kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y}
                    : {kty: 'RSA', n: jwk.n, e: jwk.e, alg: 'RSA-OAEP-256'};
    const key = await crypto.subtle.importKey('jwk', half, ec ? EC : RSA, true, ec ? [] : ['encrypt']);
    return {spki: new Uint8Array(await crypto.subtle.exportKey('spki', key)),
            modulusBytes: ec ? 0 : Math.floor(jwk.n.length * 6 / 8)};
  }

  // The app checked the envelope's layout; this checks the key id, opens it
  // and inflates what it holds.
  async function openResult(request, pkcs8, envelope) {
    if (!canEncrypt()) return answerResult(request, 'UNSUPPORTED');
    const ec = envelope[1] === 1;
    let privateKey, half;
    try {
      privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, ec ? EC : RSA, true,
                                                 ec ? ['deriveBits'] : ['decrypt']);
      half = await publicHalf(privateKey, ec);
    } catch (e) {
      return answerResult(request, 'BAD_KEY', null, e.message);
    }
    const id = new Uint8Array(await crypto.subtle.digest('SHA-256', half.spki));
    for (let i = 0; i < 8; i++) {
      if (id[i] !== envelope[2 + i]) return answerResult(request, 'OTHER_KEY');
    }
    let packed;
    try {
      let at = HEADER_BYTES, key;
      if (ec) {
        const theirs = await crypto.subtle.importKey('raw', envelope.subarray(at, at + POINT_BYTES), EC, false, []);
        at += POINT_BYTES;
        key = await ecdhKey(privateKey, theirs, 'decrypt');
      } else {
        const raw = await crypto.subtle.decrypt({name: 'RSA-OAEP'}, privateKey,
                                                envelope.subarray(at, at + half.modulusBytes));
        at += half.modulusBytes;
        key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
      }
      const iv = envelope.subarray(at, at + IV_BYTES);
      packed = new Uint8Array(await crypto.subtle.decrypt(
          {name: 'AES-GCM', iv: iv, additionalData: envelope.subarray(0, HEADER_BYTES)}, key,
          envelope.subarray(at + IV_BYTES)));
    } catch (e) {
      return answerResult(request, 'CHANGED');  // Sealed for this key, yet it does not open.
    }
    try {
      answerResult(request, 'OK', await inflate(packed));
    } catch (e) {
      answerResult(request, 'DAMAGED');
    }
  }

  window.cloudgapKeep = {canEncrypt: canEncrypt, seal: seal, unseal: unseal,
                         sealResult: sealResult, openResult: openResult};

  // Drag and drop: the first file dropped anywhere on the page is opened like a picked one.
  function carriesFiles(e) {
    return !!(e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types || [], 'Files') >= 0);
  }
  // The hint stays while dragover keeps coming (every few dozen ms); dragleave
  // fires for every child crossed, so a short quiet spell is the surer sign.
  const hint = document.getElementById('drop-hint');
  let hintTimer = 0;
  function showDropHint(visible) {
    if (!hint) return;
    clearTimeout(hintTimer);
    hint.classList.toggle('visible', visible);
    if (visible) hintTimer = setTimeout(function () { showDropHint(false); }, 300);
  }
  window.addEventListener('dragover', function (e) {
    if (!carriesFiles(e)) return;
    e.preventDefault();  // Otherwise the browser would open the file in place of the app.
    e.dataTransfer.dropEffect = 'copy';
    showDropHint(true);
  });
  window.addEventListener('drop', function (e) {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    showDropHint(false);
    const m = app();
    const file = e.dataTransfer.files && e.dataTransfer.files[0];
    if (m && file) m.cloudgapDeliverFile(file);  // boot.js's readFileIntoApp.
  });

  // Autosave waits for a pause in typing; a closing tab does not wait.
  function flush() {
    const m = app();
    if (m) m._cg_keep_flush();
  }
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') flush();
  });

  window.addEventListener('hashchange', function () {
    const m = app();
    if (!m) return;
    m._cg_keep_address_changed();
    m._cg_wake();
  });

  // Installed, the app is where the user keeps their assessments: ask the
  // browser not to clear its storage when the disk runs low. A tab does not ask
  // (some browsers would put a permission prompt in front of a first visit).
  function keepStorageWhenInstalled() {
    if (!navigator.storage || typeof navigator.storage.persist !== 'function') return;
    if (!window.matchMedia || !window.matchMedia('(display-mode: standalone)').matches) return;
    navigator.storage.persisted()
      .then(function (already) { if (!already) return navigator.storage.persist(); })
      .catch(function () {});
  }
  keepStorageWhenInstalled();

  // ?test=1: where the user is and whether autosave works (AppUi::WhereJson).
  if (new URLSearchParams(location.search).get('test') === '1') {
    window.cloudgap = window.cloudgap || {};
    window.cloudgap.keep = {
      where: function () {
        const m = app();
        return m ? JSON.parse(m.UTF8ToString(m._cg_test_where_json())) : null;
      },
    };
  }
})();
