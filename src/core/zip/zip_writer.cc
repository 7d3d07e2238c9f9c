#include "core/zip/zip_writer.h"

#include <zlib.h>

#include <limits>

namespace cloudgap {
namespace {

constexpr uint32_t kLocalHeader = 0x04034b50;
constexpr uint32_t kCentralHeader = 0x02014b50;
constexpr uint32_t kEndOfCentralDirectory = 0x06054b50;
constexpr uint16_t kVersion = 20;  // 2.0: deflate.
constexpr uint16_t kUtf8NameFlag = 1 << 11;
constexpr uint32_t kMaxSize = std::numeric_limits<uint32_t>::max();

void Put16(std::string* out, uint32_t value) {
  out->push_back(static_cast<char>(value & 0xff));
  out->push_back(static_cast<char>((value >> 8) & 0xff));
}

void Put32(std::string* out, uint32_t value) {
  Put16(out, value & 0xffff);
  Put16(out, value >> 16);
}

int Digits(std::string_view text, size_t at, size_t count) {
  int value = 0;
  for (size_t i = at; i < at + count; ++i) {
    if (i >= text.size() || text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace

uint32_t Crc32(std::string_view data) {
  uLong crc = crc32(0L, Z_NULL, 0);
  // zlib takes a uInt length: feed it in pieces that fit.
  while (!data.empty()) {
    const size_t piece = std::min<size_t>(data.size(), 1u << 30);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(piece));
    data.remove_prefix(piece);
  }
  return static_cast<uint32_t>(crc);
}

std::optional<std::string> Deflate(std::string_view data, int level) {
  if (data.size() > kMaxSize) return std::nullopt;
  z_stream stream{};
  // -15: raw deflate, no zlib header, as ZIP stores it.
  if (deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return std::nullopt;
  }
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&stream, Z_FINISH);
  const uLong written = stream.total_out;
  deflateEnd(&stream);
  if (status != Z_STREAM_END) return std::nullopt;
  out.resize(written);
  return out;
}

ZipWriter::ZipWriter(std::string_view utc_timestamp) {
  const int year = Digits(utc_timestamp, 0, 4), month = Digits(utc_timestamp, 5, 2),
            day = Digits(utc_timestamp, 8, 2), hour = Digits(utc_timestamp, 11, 2),
            minute = Digits(utc_timestamp, 14, 2), second = Digits(utc_timestamp, 17, 2);
  if (year < 1980 || year > 2107 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 ||
      hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return;
  }
  dos_date_ = static_cast<uint16_t>(((year - 1980) << 9) | (month << 5) | day);
  dos_time_ = static_cast<uint16_t>((hour << 11) | (minute << 5) | (second / 2));
}

void ZipWriter::Add(std::string_view name, std::string_view data) {
  Entry entry;
  entry.name = std::string(name);
  if (data.size() > kMaxSize || name.size() > 0xffff) {
    entry.too_large = true;
    entries_.push_back(std::move(entry));
    return;
  }
  entry.crc32 = Crc32(data);
  entry.size = static_cast<uint32_t>(data.size());
  std::optional<std::string> deflated = Deflate(data, 9);
  if (deflated && deflated->size() < data.size()) {
    entry.data = std::move(*deflated);
    entry.method = 8;
  } else {
    entry.data = std::string(data);
  }
  entries_.push_back(std::move(entry));
}

std::optional<std::string> ZipWriter::Finish() const {
  if (entries_.size() >= 0xffff) return std::nullopt;
  std::string out, directory;
  for (const Entry& e : entries_) {
    if (e.too_large || out.size() > kMaxSize) return std::nullopt;
    const uint16_t flags = IsAscii(e.name) ? 0 : kUtf8NameFlag;
    const auto offset = static_cast<uint32_t>(out.size());
    const auto name_size = static_cast<uint16_t>(e.name.size());
    const auto stored_size = static_cast<uint32_t>(e.data.size());

    Put32(&out, kLocalHeader);
    Put16(&out, kVersion);
    Put16(&out, flags);
    Put16(&out, e.method);
    Put16(&out, dos_time_);
    Put16(&out, dos_date_);
    Put32(&out, e.crc32);
    Put32(&out, stored_size);
    Put32(&out, e.size);
    Put16(&out, name_size);
    Put16(&out, 0);  // No extra field.
    out += e.name;
    out += e.data;

    Put32(&directory, kCentralHeader);
    Put16(&directory, kVersion);  // Made by: MS-DOS attributes, version 2.0.
    Put16(&directory, kVersion);
    Put16(&directory, flags);
    Put16(&directory, e.method);
    Put16(&directory, dos_time_);
    Put16(&directory, dos_date_);
    Put32(&directory, e.crc32);
    Put32(&directory, stored_size);
    Put32(&directory, e.size);
    Put16(&directory, name_size);
    Put16(&directory, 0);  // Extra field.
    Put16(&directory, 0);  // Comment.
    Put16(&directory, 0);  // Disk.
    Put16(&directory, 0);  // Internal attributes.
    Put32(&directory, 0);  // External attributes.
    Put32(&directory, offset);
    directory += e.name;
  }
  if (out.size() + directory.size() > kMaxSize) return std::nullopt;
  const auto directory_offset = static_cast<uint32_t>(out.size());
  out += directory;
  Put32(&out, kEndOfCentralDirectory);
  Put16(&out, 0);
  Put16(&out, 0);
  Put16(&out, static_cast<uint32_t>(entries_.size()));
  Put16(&out, static_cast<uint32_t>(entries_.size()));
  Put32(&out, static_cast<uint32_t>(directory.size()));
  Put32(&out, directory_offset);
  Put16(&out, 0);  // No comment.
  return out;
}

}  // namespace cloudgap
