#include "core/zip/zip_reader.h"

#include <zlib.h>

#include "core/zip/zip_writer.h"

namespace cloudgap {
namespace {

uint32_t Get16(std::string_view bytes, size_t at) {
  return static_cast<uint32_t>(static_cast<unsigned char>(bytes[at])) |
         static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + 1])) << 8;
}

uint32_t Get32(std::string_view bytes, size_t at) {
  return Get16(bytes, at) | Get16(bytes, at + 2) << 16;
}

bool Inflate(std::string_view in, size_t size, std::string* out) {
  out->assign(size, '\0');
  z_stream stream{};
  if (inflateInit2(&stream, -15) != Z_OK) return false;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  stream.avail_in = static_cast<uInt>(in.size());
  stream.next_out = reinterpret_cast<Bytef*>(out->data());
  stream.avail_out = static_cast<uInt>(out->size());
  const int status = inflate(&stream, Z_FINISH);
  const bool whole = status == Z_STREAM_END && stream.total_out == size && stream.avail_in == 0;
  inflateEnd(&stream);
  return whole;
}

}  // namespace

const ZipEntry* ZipContents::Find(std::string_view name) const {
  for (const ZipEntry& entry : entries) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

ZipContents ReadZip(std::string_view archive, size_t max_entry_bytes) {
  ZipContents result;
  auto fail = [&](std::string reason) {
    result.error = std::move(reason);
    return result;
  };
  if (archive.size() < 22) return fail("too short to be a ZIP archive");
  // The end record is last; ZipWriter writes no archive comment, others may.
  size_t end = std::string_view::npos;
  for (size_t at = archive.size() - 22;; --at) {
    if (Get32(archive, at) == 0x06054b50) {
      end = at;
      break;
    }
    if (at == 0 || archive.size() - at > 22 + 0xffff) break;
  }
  if (end == std::string_view::npos) return fail("no end of central directory record");
  const uint32_t count = Get16(archive, end + 10);
  const uint32_t directory_size = Get32(archive, end + 12);
  size_t at = Get32(archive, end + 16);
  if (at > end || directory_size > end - at) return fail("central directory out of bounds");
  for (uint32_t i = 0; i < count; ++i) {
    if (end - at < 46 || Get32(archive, at) != 0x02014b50) {
      return fail("central directory entry " + std::to_string(i) + " is damaged");
    }
    ZipEntry entry;
    const uint32_t flags = Get16(archive, at + 8);
    entry.method = static_cast<int>(Get16(archive, at + 10));
    const uint32_t crc = Get32(archive, at + 16);
    const uint32_t stored = Get32(archive, at + 20);
    const uint32_t size = Get32(archive, at + 24);
    const size_t name_size = Get16(archive, at + 28);
    const size_t skip = name_size + Get16(archive, at + 30) + Get16(archive, at + 32);
    const size_t local = Get32(archive, at + 42);
    if (end - at - 46 < skip)
      return fail("central directory entry " + std::to_string(i) + " is cut");
    entry.name = std::string(archive.substr(at + 46, name_size));
    at += 46 + skip;
    if (flags & 1) return fail(entry.name + ": encrypted");
    if (entry.method != 0 && entry.method != 8) return fail(entry.name + ": unknown method");
    if (size > max_entry_bytes) return fail(entry.name + ": larger than allowed");
    if (local > end || end - local < 30 || Get32(archive, local) != 0x04034b50) {
      return fail(entry.name + ": local header missing");
    }
    const size_t data_at = local + 30 + Get16(archive, local + 26) + Get16(archive, local + 28);
    if (Get16(archive, local + 26) != name_size ||
        archive.substr(local + 30, name_size) != entry.name || Get32(archive, local + 14) != crc ||
        data_at > end || end - data_at < stored) {
      return fail(entry.name + ": local header does not match the central directory");
    }
    const std::string_view data = archive.substr(data_at, stored);
    if (entry.method == 0) {
      if (stored != size) return fail(entry.name + ": stored sizes differ");
      entry.data = std::string(data);
    } else if (!Inflate(data, size, &entry.data)) {
      return fail(entry.name + ": deflated data is damaged");
    }
    if (Crc32(entry.data) != crc) return fail(entry.name + ": CRC-32 mismatch");
    result.entries.push_back(std::move(entry));
  }
  return result;
}

}  // namespace cloudgap
