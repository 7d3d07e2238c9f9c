#include <gtest/gtest.h>

#include <string>

#include "core/zip/zip_reader.h"
#include "core/zip/zip_writer.h"

namespace cloudgap {
namespace {

std::string Repeated(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

TEST(Zip, Crc32IsTheStandardOne) {
  EXPECT_EQ(Crc32("123456789"), 0xCBF43926u);  // The check value of CRC-32/ISO-HDLC.
  EXPECT_EQ(Crc32(""), 0u);
}

TEST(Zip, EntriesComeBackInOrderWithTheirMethod) {
  ZipWriter zip("2024-05-31T09:30:00Z");
  const std::string xml = Repeated("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>", 200);
  zip.Add("[Content_Types].xml", xml);
  zip.Add("tiny", "ab");
  zip.Add("empty", "");
  zip.Add("dossier/r\xC3\xA9sum\xC3\xA9.txt", "caf\xC3\xA9");
  const std::optional<std::string> archive = zip.Finish();
  ASSERT_TRUE(archive);
  const ZipContents contents = ReadZip(*archive);
  ASSERT_EQ(contents.error, "");
  ASSERT_EQ(contents.entries.size(), 4u);
  EXPECT_EQ(contents.entries[0].name, "[Content_Types].xml");
  EXPECT_EQ(contents.entries[0].data, xml);
  EXPECT_EQ(contents.entries[0].method, 8);  // Repetitive XML shrinks.
  EXPECT_EQ(contents.entries[1].data, "ab");
  EXPECT_EQ(contents.entries[1].method, 0);  // Two bytes do not.
  EXPECT_EQ(contents.entries[2].data, "");
  ASSERT_NE(contents.Find("dossier/r\xC3\xA9sum\xC3\xA9.txt"), nullptr);
  EXPECT_EQ(contents.Find("dossier/r\xC3\xA9sum\xC3\xA9.txt")->data, "caf\xC3\xA9");
  EXPECT_LT(archive->size(), xml.size() / 4);
}

TEST(Zip, TheSameEntriesAndTimeGiveTheSameBytes) {
  auto build = [](const char* time) {
    ZipWriter zip(time);
    zip.Add("a.xml", Repeated("<a/>", 100));
    zip.Add("b.xml", "<b/>");
    return *zip.Finish();
  };
  EXPECT_EQ(build("2024-05-31T09:30:00Z"), build("2024-05-31T09:30:00Z"));
  EXPECT_NE(build("2024-05-31T09:30:00Z"), build("2024-06-01T09:30:00Z"));
}

TEST(Zip, TheTimestampBecomesTheMsDosTime) {
  ZipWriter zip("2024-05-31T09:30:07Z");
  zip.Add("a", "x");
  const std::string archive = *zip.Finish();
  auto get16 = [&](size_t at) {
    return static_cast<unsigned char>(archive[at]) | static_cast<unsigned char>(archive[at + 1])
                                                         << 8;
  };
  EXPECT_EQ(get16(10), (9 << 11) | (30 << 5) | 3);  // Two-second resolution.
  EXPECT_EQ(get16(12), ((2024 - 1980) << 9) | (5 << 5) | 31);
  ZipWriter early("1970-01-01T00:00:00Z");
  early.Add("a", "x");
  const std::string old = *early.Finish();
  EXPECT_EQ(static_cast<unsigned char>(old[12]) | static_cast<unsigned char>(old[13]) << 8,
            (1 << 5) | 1);  // 1980-01-01, the earliest a ZIP can say.
}

// Damage never comes back as different data: it is refused (CRC-32, or the
// deflate stream breaks), or it hit padding bits the data never used.
TEST(Zip, DamagedDataIsRefusedNeverReadAsOtherData) {
  const std::string original = Repeated("<sheet>cells</sheet>", 30);
  ZipWriter zip;
  zip.Add("a.xml", original);
  const std::string archive = *zip.Finish();
  // The deflated data runs from after the local header and name to the central directory.
  const size_t data_begin = 30 + 5;
  const size_t data_end = archive.size() - 22 - (46 + 5);
  size_t refused = 0;
  for (size_t at = data_begin; at < data_end; ++at) {
    std::string damaged = archive;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
    const ZipContents read = ReadZip(damaged);
    if (!read.error.empty()) {
      ++refused;
    } else {
      EXPECT_EQ(read.entries.at(0).data, original) << "byte " << at;
    }
  }
  EXPECT_GE(refused, data_end - data_begin - 1);
}

TEST(Zip, BrokenArchivesGiveAReasonNotACrash) {
  EXPECT_EQ(ReadZip("").error, "too short to be a ZIP archive");
  EXPECT_EQ(ReadZip(std::string(100, 'x')).error, "no end of central directory record");
  ZipWriter zip;
  zip.Add("a.xml", Repeated("<a/>", 1000));
  const std::string archive = *zip.Finish();
  for (size_t cut = 0; cut < archive.size(); cut += 7) {
    EXPECT_NE(ReadZip(archive.substr(0, cut)).error, "") << "cut at " << cut;
  }
  EXPECT_EQ(ReadZip(archive, 100).error, "a.xml: larger than allowed");
}

}  // namespace
}  // namespace cloudgap
