// Fuzzes decompression by magic (gzip multi-member, zstd) and the sniffing
// stream reader on top of it.
#include <cstddef>
#include <cstdint>

#include "read/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsift::ReadOptions options;
  options.max_document_bytes = size_t{4} << 20;  // bounds inflate bombs
  auto stream = newsift::read::MemoryStream(std::string(reinterpret_cast<const char*>(data), size));
  auto reader = newsift::read::MakeStreamReader(std::move(stream), "fuzz.gz", options);
  newsift::Document doc;
  while (reader->Next(&doc)) {
  }
  return 0;
}
