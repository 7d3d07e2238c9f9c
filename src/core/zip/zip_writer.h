// A ZIP archive (PKWARE APPNOTE 6.3.x) built in memory: the container of the
// Office Open XML reports (.xlsx, .docx).
//
// Entries are stored in the order added, deflated with zlib (raw deflate,
// level 9) unless deflating would not make them smaller. Every entry carries the
// one modification time given to the constructor and no extra fields, and the
// compressor is zlib built from the same source on every platform, so the same
// entries always give the same bytes, natively and in the browser. No ZIP64:
// Finish refuses archives of 4 GiB or 65,535 entries and more, far beyond any
// report. Names are stored as given (UTF-8, flag bit 11 set when not ASCII).
#ifndef CLOUDGAP_CORE_ZIP_ZIP_WRITER_H_
#define CLOUDGAP_CORE_ZIP_ZIP_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cloudgap {

class ZipWriter {
 public:
  // `utc_timestamp` ("2024-05-31T09:30:00Z") becomes every entry's MS-DOS time;
  // anything else, and dates before 1980, give 1980-01-01 00:00.
  explicit ZipWriter(std::string_view utc_timestamp = "");

  // Adds a file. Adding a name twice is the caller's mistake; both are kept.
  void Add(std::string_view name, std::string_view data);

  // The archive; none when it would need ZIP64 (or zlib failed).
  std::optional<std::string> Finish() const;

 private:
  struct Entry {
    std::string name;
    std::string data;  // As stored: deflated or not.
    uint32_t crc32 = 0;
    uint32_t size = 0;
    uint16_t method = 0;  // 0 stored, 8 deflated.
    bool too_large = false;
  };
  uint16_t dos_time_ = 0;
  uint16_t dos_date_ = (0 << 9) | (1 << 5) | 1;  // 1980-01-01.
  std::vector<Entry> entries_;
};

// Raw deflate (RFC 1951) of `data` with zlib at `level` 0..9; none if zlib fails.
std::optional<std::string> Deflate(std::string_view data, int level);

// CRC-32 as ZIP and PNG use it.
uint32_t Crc32(std::string_view data);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ZIP_ZIP_WRITER_H_
