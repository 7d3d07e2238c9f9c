// Where the bytes of a .wasm file go: its sections, its data segments (with the
// embedded catalog and fonts picked out), and its code by origin and by
// function, each raw and gzip -9. Function names come from the symbol map that
// the web build writes beside the site (app.js.symbols, "index:mangled name").
//
//   node bench/wasm-size.mjs <file.wasm> [symbols] [--json] [--top N]
//
// Gzip of a part is measured on that part alone, so the parts' gzip sizes add up
// to more than the whole file's: compare parts with each other, not with the total.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const gz = (bytes) => zlib.gzipSync(bytes, {level: 9}).length;

const sectionNames = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export',
                      'start', 'element', 'code', 'data', 'datacount'];

function readU32(buf, at) {
  let result = 0, shift = 0, b;
  do {
    b = buf[at.pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return result;
}

function skipInitExpr(buf, at) {
  // i32.const n end, or global.get n end: enough for Emscripten's data segments.
  const op = buf[at.pos++];
  if (op === 0x41 || op === 0x23) readU32(buf, at);
  else throw new Error(`unexpected init expression opcode 0x${op.toString(16)}`);
  if (buf[at.pos++] !== 0x0b) throw new Error('init expression not terminated');
}

export function parseWasm(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm file');
  const at = {pos: 8};
  const sections = [];
  let importedFunctions = 0;
  const bodies = [];
  const segments = [];
  while (at.pos < buf.length) {
    const id = buf[at.pos++];
    const size = readU32(buf, at);
    const start = at.pos;
    let name = sectionNames[id] ?? `unknown${id}`;
    if (id === 0) {
      const len = readU32(buf, at);
      name = 'custom:' + buf.subarray(at.pos, at.pos + len).toString();
    }
    if (id === 2) {
      const count = readU32(buf, at);
      for (let i = 0; i < count; i++) {
        for (let s = 0; s < 2; s++) { const n = readU32(buf, at); at.pos += n; }  // module, field
        const kind = buf[at.pos++];
        if (kind === 0) { importedFunctions++; readU32(buf, at); }
        else if (kind === 1) { at.pos++; const f = buf[at.pos++]; readU32(buf, at); if (f & 1) readU32(buf, at); }
        else if (kind === 2) { const f = buf[at.pos++]; readU32(buf, at); if (f & 1) readU32(buf, at); }
        else if (kind === 3) { at.pos += 2; }
        else throw new Error(`unknown import kind ${kind}`);
      }
    }
    if (id === 10) {
      const count = readU32(buf, at);
      for (let i = 0; i < count; i++) {
        const len = readU32(buf, at);
        bodies.push({index: importedFunctions + i, bytes: buf.subarray(at.pos, at.pos + len)});
        at.pos += len;
      }
    }
    if (id === 11) {
      const count = readU32(buf, at);
      for (let i = 0; i < count; i++) {
        const flags = readU32(buf, at);
        if (flags === 2) readU32(buf, at);
        if (flags !== 1) skipInitExpr(buf, at);
        const len = readU32(buf, at);
        segments.push(buf.subarray(at.pos, at.pos + len));
        at.pos += len;
      }
    }
    sections.push({name, bytes: buf.subarray(start, start + size)});
    at.pos = start + size;
  }
  return {sections, bodies, segments};
}

// index -> demangled name, from Emscripten's --emit-symbol-map output.
export function readSymbols(file) {
  const names = new Map();
  if (!file || !fs.existsSync(file)) return names;
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  // Names keep some characters as a backslash and two hex digits ("f\\28int\\29").
  let demangled = lines.map((l) => l.slice(l.indexOf(':') + 1)
      .replace(/\\([0-9a-f]{2})/g, (m, hex) => String.fromCharCode(parseInt(hex, 16))));
  try {
    demangled = execFileSync('llvm-cxxfilt-14', {input: demangled.join('\n'), maxBuffer: 1 << 28})
        .toString().split('\n');
  } catch { /* Mangled names still say where code comes from. */ }
  lines.forEach((l, i) => names.set(Number(l.slice(0, l.indexOf(':'))), demangled[i]));
  return names;
}

// Where a function comes from, by its (demangled) name.
export function originOf(name) {
  if (!name) return 'unnamed';
  const rules = [
    [/^(ImGui_Impl|ImGui_ImplGlfw|ImGui_ImplOpenGL3)/, 'imgui backends'],
    [/^(stbtt|stbrp|stb_|ImFontAtlas|ImFontBuild|ImFont|ImDrawList|ImDrawData|ImDrawListSplitter|ImTriangulate)/, 'imgui draw + fonts (stb)'],
    [/^(ImGui::Table|ImGuiTable|TableSettings)/, 'imgui tables'],
    [/^(ImGui|Im[A-Z]|ImGui[A-Z])/, 'imgui core + widgets'],
    [/nlohmann/, 'nlohmann/json'],
    [/^cloudgap::ui::|^cloudgap::WebRunner|^cloudgap::WebInput/, 'cloudgap ui + app'],
    [/^cloudgap::/, 'cloudgap core'],
    [/^cg_/, 'cloudgap ui + app'],
    [/^(std::|void std::|bool std::|char std::|int std::|unsigned long std::|__cxx|__cxa|__gxx|_Unwind|operator new|operator delete|__dynamic_cast|typeinfo|vtable)/, 'c++ library'],
    [/^(invoke_|dynCall|__wasm|emscripten_|stackSave|stackRestore|stackAlloc|__errno|legalstub|legalfunc|__emscripten)/, 'emscripten runtime'],
  ];
  for (const [re, origin] of rules) if (re.test(name)) return origin;
  // Templates instantiated from our code show up under their return type.
  if (/cloudgap::ui/.test(name)) return 'cloudgap ui + app';
  if (/cloudgap::/.test(name)) return 'cloudgap core';
  if (/std::/.test(name)) return 'c++ library';
  return 'c library + other';
}

function indexOfBytes(haystack, needle) {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.length).indexOf(needle);
}

// Splits the data segments into the embedded catalog, the fonts and the rest.
function dataParts(segments) {
  const all = Buffer.concat(segments);
  const parts = [];
  // The catalog is embedded as JSON text; it starts with its schema marker or an id field.
  const catalogStart = all.indexOf('{\n  "format"') >= 0 ? all.indexOf('{\n  "format"') : all.indexOf('"iso27017');
  const ranges = [];
  if (catalogStart >= 0) {
    const end = all.indexOf(0, catalogStart);
    ranges.push({name: 'catalog (JSON)', start: catalogStart, end});
  }
  // Fonts: OpenType CFF ("OTTO") or TrueType (0x00010000) headers with a table directory.
  for (const magic of [Buffer.from('OTTO'), Buffer.from([0, 1, 0, 0, 0])]) {
    let from = 0;
    for (;;) {
      const at = all.indexOf(magic, from);
      if (at < 0) break;
      from = at + 4;
      const tables = all.readUInt16BE(at + 4);
      if (tables < 4 || tables > 40 || at + 12 + 16 * tables > all.length) continue;
      // Every table record starts with a four-letter tag such as 'cmap' or 'CFF '.
      let tagged = true;
      for (let t = 0; t < tables && tagged; t++) {
        const tag = all.subarray(at + 12 + 16 * t, at + 16 + 16 * t);
        tagged = tag.every((c) => c >= 0x20 && c < 0x7f);
      }
      if (!tagged) continue;
      let end = at + 12 + 16 * tables;
      for (let t = 0; t < tables; t++) {
        const rec = at + 12 + 16 * t;
        end = Math.max(end, at + all.readUInt32BE(rec + 8) + all.readUInt32BE(rec + 12));
      }
      if (ranges.some((r) => at >= r.start && at < r.end && r.name !== 'fonts')) continue;
      ranges.push({name: 'fonts', start: at, end});
    }
  }
  // Segments are stored without their runs of zeros, so a font's table
  // directory may reach a few bytes past where the next part starts.
  ranges.sort((a, b) => a.start - b.start);
  ranges.forEach((r, i) => { r.end = Math.min(r.end, all.length, ranges[i + 1]?.start ?? Infinity); });
  let rest = [], pos = 0;
  const byName = new Map();
  for (const r of ranges) {
    rest.push(all.subarray(pos, r.start));
    pos = r.end;
    byName.set(r.name, [...(byName.get(r.name) ?? []), all.subarray(r.start, r.end)]);
  }
  rest.push(all.subarray(pos));
  for (const [name, chunks] of byName) {
    const b = Buffer.concat(chunks);
    parts.push({name, raw: b.length, gzip: gz(b)});
  }
  const r = Buffer.concat(rest);
  parts.push({name: 'other data (strings, tables)', raw: r.length, gzip: gz(r)});
  return parts;
}

// The web build optimises app.wasm once more after the link (src/app/CMakeLists.txt),
// which renumbers its functions: the module the symbol map names is kept beside
// the map as app.linked.wasm, and the parts are that module's, the total the
// shipped one's.
function namedModule(wasmFile, symbolsFile) {
  const linked = path.join(path.dirname(symbolsFile), 'app.linked.wasm');
  return path.basename(wasmFile) === 'app.wasm' && fs.existsSync(linked) ? linked : wasmFile;
}

export function analyse(wasmFile, symbolsFile, top = 25) {
  const shipped = fs.readFileSync(wasmFile);
  const named = namedModule(wasmFile, symbolsFile);
  const buf = fs.readFileSync(named);
  const {sections, bodies, segments} = parseWasm(buf);
  const names = readSymbols(symbolsFile);
  const functions = bodies.map((b) => {
    const name = names.get(b.index) ?? null;
    return {name: name ?? `function ${b.index}`, origin: originOf(name), raw: b.bytes.length, bytes: b.bytes};
  });
  const origins = new Map();
  for (const f of functions) {
    if (!origins.has(f.origin)) origins.set(f.origin, {name: f.origin, functions: 0, chunks: []});
    const entry = origins.get(f.origin);
    entry.functions++;
    entry.chunks.push(f.bytes);
  }
  return {
    file: wasmFile,
    parts_of: named,
    total: {raw: shipped.length, gzip: gz(shipped)},
    named: names.size > 0,
    sections: sections.map((s) => ({name: s.name, raw: s.bytes.length, gzip: gz(s.bytes)})),
    data: dataParts(segments),
    code_by_origin: [...origins.values()].map((o) => {
      const b = Buffer.concat(o.chunks);
      return {name: o.name, functions: o.functions, raw: b.length, gzip: gz(b)};
    }).sort((a, b) => b.raw - a.raw),
    largest_functions: functions.sort((a, b) => b.raw - a.raw).slice(0, top)
        .map((f) => ({name: f.name.length > 110 ? f.name.slice(0, 107) + '...' : f.name, raw: f.raw})),
  };
}

export function formatReport(r) {
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  const lines = [`${r.file}: ${kb(r.total.raw)} KB raw, ${kb(r.total.gzip)} KB gzip -9`];
  if (r.parts_of !== r.file) lines.push(`parts below: ${r.parts_of}, before the last wasm-opt pass`);
  lines.push('', 'sections (KB raw, gzip)');
  for (const s of r.sections) lines.push(`  ${s.name.padEnd(28)}${kb(s.raw)}${kb(s.gzip)}`);
  lines.push('', 'data (KB raw, gzip)');
  for (const d of r.data) lines.push(`  ${d.name.padEnd(28)}${kb(d.raw)}${kb(d.gzip)}`);
  lines.push('', `code by origin (KB raw, gzip)${r.named ? '' : '  [no symbol map: names unknown]'}`);
  for (const o of r.code_by_origin) lines.push(`  ${o.name.padEnd(28)}${kb(o.raw)}${kb(o.gzip)}  ${o.functions} functions`);
  lines.push('', 'largest functions (bytes)');
  for (const f of r.largest_functions) lines.push(`  ${String(f.raw).padStart(7)}  ${f.name}`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
  const files = args.filter((a, i) => !a.startsWith('--') && (topAt < 0 || i !== topAt + 1));
  if (files.length < 1) {
    console.error('usage: node bench/wasm-size.mjs <file.wasm> [symbols] [--json] [--top N]');
    process.exit(2);
  }
  const report = analyse(files[0], files[1] ?? files[0].replace(/\.wasm$/, '.js.symbols'), top);
  console.log(json ? JSON.stringify(report, null, 2) : formatReport(report));
}
