#include "ui/library.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/document/assessment.h"
#include "core/json/json_parse.h"
#include "core/json/json_reader.h"
#include "ui/tr.h"

namespace cloudgap::ui {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr char kIndexFormat[] = "cloudgap-library/1";

// The index is read leniently (json_reader.h): a missing or mistyped field
// reads as empty, so one damaged entry costs only its own details.
std::string Str(const json& object, const char* key) {
  return StringMember(object, key).value_or("");
}

double Num(const json& object, const char* key) {
  return NumberMember(object, key).value_or(0.0);
}

std::string DocKey(const std::string& id) {
  return kLibraryDocPrefix + id;
}

// The number in "a12", or 0.
long IdNumber(const std::string& id) {
  if (id.size() < 2 || id[0] != 'a' || id.size() > 10) return 0;
  long n = 0;
  for (size_t i = 1; i < id.size(); ++i) {
    if (id[i] < '0' || id[i] > '9') return 0;
    n = n * 10 + (id[i] - '0');
  }
  return n;
}

// What the list shows, read from a document that may be damaged.
LibraryEntry EntryFromDocument(const std::string& id, const std::string& text) {
  LibraryEntry entry;
  entry.id = id;
  JsonParseResult parsed = ParseJson(text);
  if (!parsed.ok() || !parsed.value.is_object()) {
    entry.name = Tr("Unreadable assessment ({id})", {{"id", id}});
    return entry;
  }
  const json& doc = parsed.value;
  entry.created_at = Str(doc, "created_at");
  entry.updated_at = Str(doc, "updated_at");
  auto profile = doc.find("profile");
  if (profile != doc.end() && profile->is_object()) {
    entry.organisation = Str(*profile, "organisation");
    entry.mode = Str(*profile, "mode");
  }
  if (doc.contains("pack")) entry.mode = "pack";
  return entry;
}

}  // namespace

std::string LibraryEntry::DisplayName() const {
  if (!IsBlank(name)) return name;
  if (!IsBlank(organisation)) return organisation;
  if (created_at.size() < 10) {
    return mode == "quick"  ? Tr("Quick scan")
           : mode == "pack" ? Tr("Question pack")
                            : Tr("Full assessment");
  }
  const std::string date = created_at.substr(0, 10);
  return mode == "quick"  ? Tr("Quick scan of {date}", {{"date", date}})
         : mode == "pack" ? Tr("Question pack of {date}", {{"date", date}})
                          : Tr("Full assessment of {date}", {{"date", date}});
}

bool operator==(const UiPlace& a, const UiPlace& b) {
  return a.assessment == b.assessment && a.screen == b.screen && a.control == b.control &&
         std::fabs(a.scroll - b.scroll) < 0.5f;
}

Library::Library(Storage& storage) : storage_(storage) {}

Library::LoadResult Library::Load() {
  entries_.clear();
  damaged_index_.clear();
  const std::optional<std::string> text = storage_.Read(kLibraryIndexKey);
  if (!text) {
    // No index, but documents: an index write failed once. List them again.
    if (storage_.Keys(kLibraryDocPrefix).empty()) return LoadResult::kEmpty;
    Rebuild();
    return LoadResult::kRebuilt;
  }
  JsonParseResult parsed = ParseJson(*text);
  const json& index = parsed.value;
  const bool valid = parsed.ok() && index.is_object() && Str(index, "format") == kIndexFormat &&
                     index.contains("entries") && index["entries"].is_array();
  if (!valid) {
    damaged_index_ = *text;
    Rebuild();
    return LoadResult::kRebuilt;
  }
  for (const json& e : index["entries"]) {
    if (!e.is_object() || Str(e, "id").empty() || Find(Str(e, "id")) != nullptr) continue;
    LibraryEntry entry;
    entry.id = Str(e, "id");
    entry.name = Str(e, "name");
    entry.organisation = Str(e, "organisation");
    entry.mode = Str(e, "mode");
    entry.created_at = Str(e, "created_at");
    entry.updated_at = Str(e, "updated_at");
    entry.completion = Num(e, "completion");
    entries_.push_back(std::move(entry));
  }
  return entries_.empty() ? LoadResult::kEmpty : LoadResult::kOk;
}

void Library::Rebuild() {
  std::vector<std::string> keys = storage_.Keys(kLibraryDocPrefix);
  std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) {
    return IdNumber(a.substr(sizeof kLibraryDocPrefix - 1)) <
           IdNumber(b.substr(sizeof kLibraryDocPrefix - 1));
  });
  for (const std::string& key : keys) {
    const std::string id = key.substr(sizeof kLibraryDocPrefix - 1);
    entries_.push_back(EntryFromDocument(id, storage_.Read(key).value_or("")));
  }
}

const LibraryEntry* Library::Find(const std::string& id) const {
  for (const LibraryEntry& e : entries_) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

std::optional<std::string> Library::ReadDocument(const std::string& id) const {
  return storage_.Read(DocKey(id));
}

std::string Library::NewId() const {
  long top = 0;
  for (const LibraryEntry& e : entries_) top = std::max(top, IdNumber(e.id));
  if (removed_) top = std::max(top, IdNumber(removed_->entry.id));
  for (const std::string& key : storage_.Keys(kLibraryDocPrefix)) {
    top = std::max(top, IdNumber(key.substr(sizeof kLibraryDocPrefix - 1)));
  }
  return "a" + std::to_string(top + 1);
}

Storage::WriteResult Library::WriteIndex() {
  ordered_json list = ordered_json::array();
  for (const LibraryEntry& e : entries_) {
    list.push_back({{"id", e.id},
                    {"name", e.name},
                    {"organisation", e.organisation},
                    {"mode", e.mode},
                    {"created_at", e.created_at},
                    {"updated_at", e.updated_at},
                    {"completion", std::round(e.completion * 10) / 10}});
  }
  ordered_json index = {{"format", kIndexFormat}, {"entries", std::move(list)}};
  return storage_.Write(kLibraryIndexKey,
                        index.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
}

Storage::WriteResult Library::Save(const LibraryEntry& entry, const std::string& document) {
  const Storage::WriteResult wrote = storage_.Write(DocKey(entry.id), document);
  if (wrote != Storage::WriteResult::kOk) return wrote;
  auto it = std::find_if(entries_.begin(), entries_.end(),
                         [&](const LibraryEntry& e) { return e.id == entry.id; });
  const bool added = it == entries_.end();
  LibraryEntry previous;
  if (added) {
    entries_.push_back(entry);
  } else {
    previous = *it;
    *it = entry;
  }
  const Storage::WriteResult indexed = WriteIndex();
  if (indexed != Storage::WriteResult::kOk) {
    if (added) {
      entries_.pop_back();
      storage_.Remove(DocKey(entry.id));
    } else {
      *std::find_if(entries_.begin(), entries_.end(),
                    [&](const LibraryEntry& e) { return e.id == entry.id; }) = previous;
    }
  }
  return indexed;
}

Storage::WriteResult Library::Rename(const std::string& id, const std::string& name) {
  auto it = std::find_if(entries_.begin(), entries_.end(),
                         [&](const LibraryEntry& e) { return e.id == id; });
  if (it == entries_.end()) return Storage::WriteResult::kOk;
  const std::string previous = it->name;
  it->name = IsBlank(name) ? std::string() : name;
  const Storage::WriteResult result = WriteIndex();
  if (result != Storage::WriteResult::kOk) it->name = previous;
  return result;
}

Storage::WriteResult Library::Duplicate(const std::string& id, std::string* copy_id) {
  const LibraryEntry* original = Find(id);
  const std::optional<std::string> document = ReadDocument(id);
  if (original == nullptr || !document) return Storage::WriteResult::kUnavailable;
  LibraryEntry copy = *original;
  copy.id = NewId();
  copy.name = Tr("Copy of {name}", {{"name", original->DisplayName()}});
  const Storage::WriteResult result = Save(copy, *document);
  if (result == Storage::WriteResult::kOk && copy_id != nullptr) *copy_id = copy.id;
  return result;
}

void Library::Remove(const std::string& id) {
  auto it = std::find_if(entries_.begin(), entries_.end(),
                         [&](const LibraryEntry& e) { return e.id == id; });
  if (it == entries_.end()) return;
  removed_ =
      Removed{*it, ReadDocument(id).value_or(""), static_cast<size_t>(it - entries_.begin())};
  entries_.erase(it);
  WriteIndex();
  storage_.Remove(DocKey(id));
}

Storage::WriteResult Library::UndoRemove() {
  if (!removed_) return Storage::WriteResult::kOk;
  const Removed r = *removed_;
  const Storage::WriteResult wrote = storage_.Write(DocKey(r.entry.id), r.document);
  if (wrote != Storage::WriteResult::kOk) return wrote;
  entries_.insert(entries_.begin() + static_cast<long>(std::min(r.position, entries_.size())),
                  r.entry);
  const Storage::WriteResult indexed = WriteIndex();
  if (indexed != Storage::WriteResult::kOk) {
    entries_.erase(std::find_if(entries_.begin(), entries_.end(),
                                [&](const LibraryEntry& e) { return e.id == r.entry.id; }));
    storage_.Remove(DocKey(r.entry.id));
    return indexed;
  }
  removed_.reset();
  return indexed;
}

Storage::WriteResult Library::SavePlace(const UiPlace& place) {
  ordered_json j = {{"assessment", place.assessment},
                    {"screen", place.screen},
                    {"control", place.control},
                    {"scroll", std::round(place.scroll)}};
  return storage_.Write(kLibraryPlaceKey,
                        j.dump(-1, ' ', false, ordered_json::error_handler_t::replace));
}

UiPlace Library::ReadPlace() const {
  UiPlace place;
  const std::optional<std::string> text = storage_.Read(kLibraryPlaceKey);
  if (!text) return place;
  JsonParseResult parsed = ParseJson(*text);
  if (!parsed.ok() || !parsed.value.is_object()) return place;
  place.assessment = Str(parsed.value, "assessment");
  place.screen = Str(parsed.value, "screen");
  place.control = Str(parsed.value, "control");
  place.scroll = static_cast<float>(std::max(0.0, Num(parsed.value, "scroll")));
  return place;
}

}  // namespace cloudgap::ui
