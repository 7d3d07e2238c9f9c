#include "platform/web/web_platform.h"

#include <emscripten.h>

#include "platform/web/js_boundary.h"

namespace cloudgap {

using js::TakeJsString;

// Storage access throws in some browsers when it is disabled, so every touch is
// guarded. The one probe of the page: whether this browser keeps what the app
// writes (some keep nothing for pages opened from a file, or in private mode).
// clang-format off
EM_JS(int, cg_js_storage_available, (), {
  try {
    const k = "cloudgap.storage-probe";
    localStorage.setItem(k, k);
    const ok = localStorage.getItem(k) === k;
    localStorage.removeItem(k);
    return ok ? 1 : 0;
  } catch (e) {
    return 0;
  }
});
// clang-format on

// clang-format off
EM_JS(char*, cg_js_storage_read, (const char* key), {
  try {
    const v = localStorage.getItem(UTF8ToString(key));
    return v === null ? 0 : allocateUTF8(v);
  } catch (e) {
    return 0;
  }
});
// clang-format on

// The outcome as the js::StorageWrite value passed in for it.
// clang-format off
EM_JS(int, cg_js_storage_write, (const char* key, const char* value, int length, int ok, int full,
                                 int unavailable), {
  try {
    localStorage.setItem(UTF8ToString(key), UTF8ToString(value, length));
    return ok;
  } catch (e) {
    const quota = e && (e.name === "QuotaExceededError" || e.code === 22 || e.code === 1014);
    return quota ? full : unavailable;
  }
});
// clang-format on

// clang-format off
EM_JS(void, cg_js_storage_remove, (const char* key), {
  try {
    localStorage.removeItem(UTF8ToString(key));
  } catch (e) {
  }
});
// clang-format on

bool WebStorage::Available() const {
  if (!available_) available_ = cg_js_storage_available() != 0;
  return *available_;
}

std::optional<std::string> WebStorage::Read(const std::string& key) const {
  return TakeJsString(cg_js_storage_read(key.c_str()));
}

Storage::WriteResult WebStorage::Write(const std::string& key, const std::string& value) {
  using js::StorageWrite;
  const auto status = static_cast<StorageWrite>(cg_js_storage_write(
      key.c_str(), value.data(), static_cast<int>(value.size()),
      static_cast<int>(StorageWrite::kOk), static_cast<int>(StorageWrite::kFull),
      static_cast<int>(StorageWrite::kUnavailable)));
  switch (status) {
    case StorageWrite::kOk: return WriteResult::kOk;
    case StorageWrite::kFull: return WriteResult::kFull;
    case StorageWrite::kUnavailable: break;
  }
  return WriteResult::kUnavailable;
}

void WebStorage::Remove(const std::string& key) {
  cg_js_storage_remove(key.c_str());
}

// clang-format off
EM_JS(char*, cg_js_now_iso, (), {
  return allocateUTF8(new Date().toISOString().slice(0, 19) + "Z");
});
// clang-format on

std::string WebClock::NowUtcIso8601() const {
  return TakeJsString(cg_js_now_iso()).value_or("");
}

double WebClock::MonotonicSeconds() const {
  return emscripten_get_now() / 1000.0;
}

// clang-format off
EM_JS(void, cg_js_clipboard_write, (const char* text), {
  const s = UTF8ToString(text);
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(s).catch(function() {});
  }
});
// clang-format on

void WebClipboard::SetText(const std::string& text) {
  text_ = text;
  cg_js_clipboard_write(text.c_str());
}

// Copies out of the heap before building the Blob: memory growth would detach the view.
// clang-format off
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
// clang-format on

void WebFiles::Download(const std::string& name, const std::string& mime_type,
                        const std::string& bytes) {
  cg_js_download(name.c_str(), mime_type.c_str(), bytes.data(), static_cast<int>(bytes.size()));
}

// clang-format off
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
// clang-format on

void WebFiles::RequestOpen(const std::string& accept) {
  cg_js_request_open(accept.c_str());
}

// clang-format off
EM_JS(char*, cg_js_query_param, (const char* name), {
  const v = new URLSearchParams(location.search).get(UTF8ToString(name));
  return v === null ? 0 : allocateUTF8(v);
});
// clang-format on

// clang-format off
EM_JS(char*, cg_js_fragment, (), { return allocateUTF8(location.hash.substring(1)); });
// clang-format on

// clang-format off
EM_JS(void, cg_js_set_fragment, (const char* fragment), {
  const f = UTF8ToString(fragment);
  history.replaceState(null, "", f ? "#" + f : location.pathname + location.search);
});
// clang-format on

// clang-format off
EM_JS(void, cg_js_open_link, (const char* url), {
  const u = UTF8ToString(url);
  if (/^mailto:/i.test(u)) {
    location.href = u;
  } else {
    window.open(u, "_blank", "noopener,noreferrer");
  }
});
// clang-format on

void WebLocation::OpenLink(const std::string& url) {
  cg_js_open_link(url.c_str());
}

std::optional<std::string> WebLocation::QueryParam(const std::string& name) const {
  return TakeJsString(cg_js_query_param(name.c_str()));
}

std::string WebLocation::Fragment() const {
  return TakeJsString(cg_js_fragment()).value_or("");
}

void WebLocation::SetFragment(const std::string& fragment) {
  cg_js_set_fragment(fragment.c_str());
}

// Clearing first makes screen readers repeat a message that is announced twice.
// clang-format off
EM_JS(void, cg_js_announce, (const char* message), {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = "";
  const text = UTF8ToString(message);
  setTimeout(function() { region.textContent = text; }, 50);
});
// clang-format on

void WebAnnouncer::Announce(const std::string& message) {
  cg_js_announce(message.c_str());
}

WebPlatform::WebPlatform()
    : platform_{storage_,   clock_,  clipboard_,  files_,  location_,
                announcer_, sealer_, site_files_, office_, results_} {}

}  // namespace cloudgap
