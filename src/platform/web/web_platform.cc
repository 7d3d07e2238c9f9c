#include "platform/web/web_platform.h"

#include <emscripten.h>

#include <cstdlib>

namespace cloudgap {
namespace {

// JS strings come back as malloc'ed UTF-8 (allocateUTF8); nullptr means none.
std::optional<std::string> Take(char* js_string) {
  if (js_string == nullptr) return std::nullopt;
  std::string s(js_string);
  std::free(js_string);
  return s;
}

WebFiles* g_files = nullptr;

}  // namespace

// Storage access throws in some browsers when it is disabled, so every touch is guarded.
EM_JS(int, cg_js_storage_available, (), {
  try {
    const k = '__cloudgap_probe__';
    localStorage.setItem(k, k);
    localStorage.removeItem(k);
    return 1;
  } catch (e) {
    return 0;
  }
});

EM_JS(char*, cg_js_storage_read, (const char* key), {
  try {
    const v = localStorage.getItem(UTF8ToString(key));
    return v === null ? 0 : allocateUTF8(v);
  } catch (e) {
    return 0;
  }
});

// 0 ok, 1 full, 2 unavailable.
EM_JS(int, cg_js_storage_write, (const char* key, const char* value, int length), {
  try {
    localStorage.setItem(UTF8ToString(key), UTF8ToString(value, length));
    return 0;
  } catch (e) {
    const full = e && (e.name === 'QuotaExceededError' || e.code === 22 || e.code === 1014);
    return full ? 1 : 2;
  }
});

EM_JS(void, cg_js_storage_remove, (const char* key), {
  try {
    localStorage.removeItem(UTF8ToString(key));
  } catch (e) {
  }
});

bool WebStorage::Available() const { return cg_js_storage_available() != 0; }

std::optional<std::string> WebStorage::Read(const std::string& key) const {
  return Take(cg_js_storage_read(key.c_str()));
}

Storage::WriteResult WebStorage::Write(const std::string& key, const std::string& value) {
  switch (cg_js_storage_write(key.c_str(), value.data(), static_cast<int>(value.size()))) {
    case 0: return WriteResult::kOk;
    case 1: return WriteResult::kFull;
    default: return WriteResult::kUnavailable;
  }
}

void WebStorage::Remove(const std::string& key) { cg_js_storage_remove(key.c_str()); }

EM_JS(char*, cg_js_now_iso, (), {
  return allocateUTF8(new Date().toISOString().slice(0, 19) + "Z");
});

std::string WebClock::NowUtcIso8601() const { return Take(cg_js_now_iso()).value_or(""); }

double WebClock::MonotonicSeconds() const { return emscripten_get_now() / 1000.0; }

EM_JS(void, cg_js_clipboard_write, (const char* text), {
  const s = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(s).catch(function() {});
  }
});

void WebClipboard::SetText(const std::string& text) {
  text_ = text;
  cg_js_clipboard_write(text.c_str());
}

// Copies out of the heap before building the Blob: memory growth would detach the view.
EM_JS(void, cg_js_download, (const char* name, const char* mime, const char* data, int length), {
  const bytes = HEAPU8.slice(data, data + length);
  const blob = new Blob([bytes], {type: UTF8ToString(mime)});
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = UTF8ToString(name);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function() { URL.revokeObjectURL(url); }, 1000);
});

void WebFiles::Download(const std::string& name, const std::string& mime_type,
                        const std::string& bytes) {
  cg_js_download(name.c_str(), mime_type.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

EM_JS(void, cg_js_request_open, (const char* accept), {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = UTF8ToString(accept);
  input.addEventListener('change', function() {
    const file = input.files && input.files[0];
    if (file) Module.cloudgapDeliverFile(file);
  });
  input.click();
});

void WebFiles::RequestOpen(const std::string& accept) { cg_js_request_open(accept.c_str()); }

EM_JS(char*, cg_js_query_param, (const char* name), {
  const v = new URLSearchParams(location.search).get(UTF8ToString(name));
  return v === null ? 0 : allocateUTF8(v);
});

EM_JS(char*, cg_js_fragment, (), { return allocateUTF8(location.hash.substring(1)); });

EM_JS(void, cg_js_set_fragment, (const char* fragment), {
  const f = UTF8ToString(fragment);
  history.replaceState(null, "", f ? "#" + f : location.pathname + location.search);
});

EM_JS(void, cg_js_open_link, (const char* url), {
  const u = UTF8ToString(url);
  if (/^mailto:/i.test(u)) {
    location.href = u;
  } else {
    window.open(u, "_blank", "noopener,noreferrer");
  }
});

void WebLocation::OpenLink(const std::string& url) { cg_js_open_link(url.c_str()); }

std::optional<std::string> WebLocation::QueryParam(const std::string& name) const {
  return Take(cg_js_query_param(name.c_str()));
}

std::string WebLocation::Fragment() const { return Take(cg_js_fragment()).value_or(""); }

void WebLocation::SetFragment(const std::string& fragment) {
  cg_js_set_fragment(fragment.c_str());
}

// Clearing first makes screen readers repeat a message that is announced twice.
EM_JS(void, cg_js_announce, (const char* message), {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = "";
  const text = UTF8ToString(message);
  setTimeout(function() { region.textContent = text; }, 50);
});

void WebAnnouncer::Announce(const std::string& message) { cg_js_announce(message.c_str()); }

WebPlatform::WebPlatform()
    : platform_{storage_, clock_, clipboard_, files_, location_, announcer_, sealer_} {
  g_files = &files_;
}

}  // namespace cloudgap

// Entry points for the page's JS (web/boot.js).
extern "C" {

EMSCRIPTEN_KEEPALIVE void cg_deliver_file(const char* name, const char* bytes, int length) {
  if (cloudgap::g_files == nullptr || length < 0) return;
  cloudgap::g_files->OnOpened({name, std::string(bytes, static_cast<size_t>(length))});
}

}  // extern "C"
