// Reads a ZIP archive as ZipWriter writes it (stored or deflated entries, no
// ZIP64, no encryption): for the tests of every Office report, and for any
// later reader of such files. Reads through the central directory, checks each
// local header against it and each entry's CRC-32, and refuses, with a reason,
// anything else. Never throws; sizes are checked before any allocation.
#ifndef CLOUDGAP_CORE_ZIP_ZIP_READER_H_
#define CLOUDGAP_CORE_ZIP_ZIP_READER_H_

#include <string>
#include <string_view>
#include <vector>

namespace cloudgap {

struct ZipEntry {
  std::string name;
  std::string data;  // Inflated.
  int method = 0;    // As stored: 0 or 8.
};

struct ZipContents {
  std::vector<ZipEntry> entries;  // In central-directory order.
  std::string error;              // Empty when the whole archive was read.

  // nullptr when there is no entry of that name.
  const ZipEntry* Find(std::string_view name) const;
};

// `max_entry_bytes` bounds each inflated entry (a zip bomb gets an error).
ZipContents ReadZip(std::string_view archive, size_t max_entry_bytes = 64u << 20);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_ZIP_ZIP_READER_H_
