#include "core/sealed/sealed_plaintext.h"

#include <zlib.h>

#include "core/document/document_migration.h"
#include "core/document/share_link.h"

namespace cloudgap {

std::string SealedPlaintext(const Assessment& assessment, bool include_notes_and_evidence) {
  const std::string json = ShareDocumentJson(assessment, include_notes_and_evidence);
  uLongf size = compressBound(static_cast<uLong>(json.size()));
  std::string out(size, '\0');
  const int status = compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                               reinterpret_cast<const Bytef*>(json.data()),
                               static_cast<uLong>(json.size()), Z_BEST_COMPRESSION);
  if (status != Z_OK) return "";  // Only out of memory; an empty plaintext never opens.
  out.resize(size);
  return out;
}

InflatedJson InflateSealedPlaintext(std::string_view plaintext) {
  InflatedJson result;
  z_stream stream{};
  if (inflateInit(&stream) != Z_OK) {
    result.problem = InflateProblem::kNotZlib;
    return result;
  }
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(plaintext.data()));
  stream.avail_in = static_cast<uInt>(plaintext.size());
  std::string out;
  char chunk[64 * 1024];
  int status = Z_OK;
  // One byte past the limit is enough to know it is over.
  while (status == Z_OK && out.size() <= kMaxDocumentBytes) {
    stream.next_out = reinterpret_cast<Bytef*>(chunk);
    stream.avail_out = sizeof chunk;
    status = inflate(&stream, Z_NO_FLUSH);
    out.append(chunk, sizeof chunk - stream.avail_out);
    if (status == Z_BUF_ERROR && stream.avail_in == 0) break;  // Cut short.
  }
  inflateEnd(&stream);
  if (out.size() > kMaxDocumentBytes) {
    result.problem = InflateProblem::kTooLarge;
  } else if (status != Z_STREAM_END || stream.avail_in != 0) {
    result.problem = InflateProblem::kNotZlib;
  } else {
    result.json = std::move(out);
  }
  return result;
}

std::string InflatedTooLargeMessage(const MessageCatalog& words) {
  return words.Tr("the document inside is over {size} once unpacked, more than CloudGap opens",
                  {{"size", DescribeSize(kMaxDocumentBytes, words)}});
}

DocumentParseResult LoadSealedPlaintext(const Catalog& catalog, std::string_view plaintext,
                                        const MessageCatalog& words) {
  InflatedJson inflated = InflateSealedPlaintext(plaintext);
  if (inflated.json) return LoadAssessmentDocument(catalog, *inflated.json, words);
  DocumentParseResult result;
  if (inflated.problem == InflateProblem::kTooLarge) {
    result.errors.emplace_back("", InflatedTooLargeMessage(words), InputProblem::kTooLarge);
  } else {
    result.errors.emplace_back(
        "", words.Tr("what the sealed result holds is not a compressed document", {}),
        InputProblem::kNotJson);
  }
  return result;
}

}  // namespace cloudgap
