// Binary sniffing for the decoder: is a payload text at all? Images,
// archives, executables and other non-text bytes are recognised by their magic
// numbers or by a share of NUL/control bytes no text has.
#ifndef NEWSIFT_DECODE_BINARY_H_
#define NEWSIFT_DECODE_BINARY_H_

#include <string_view>

namespace newsift::decode_internal {

// Looks at the first few KiB only. The caller skips this for UTF-16 with a BOM
// (whose ASCII half is NUL bytes).
bool LooksBinary(std::string_view bytes);

}  // namespace newsift::decode_internal

#endif  // NEWSIFT_DECODE_BINARY_H_
