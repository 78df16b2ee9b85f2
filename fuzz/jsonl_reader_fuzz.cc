// Fuzzes the JSONL reader.
#include <cstddef>
#include <cstdint>

#include "read/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newsift::ReadOptions options;
  options.max_document_bytes = size_t{1} << 16;
  auto stream = newsift::read::MemoryStream(std::string(reinterpret_cast<const char*>(data), size));
  auto reader = newsift::read::MakeJsonlReader(std::move(stream), "fuzz.jsonl", options);
  newsift::Document doc;
  while (reader->Next(&doc)) {
  }
  return 0;
}
