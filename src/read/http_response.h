// HTTP response parsing for WARC payloads: the head (status line, headers),
// de-chunking (Transfer-Encoding: chunked) and Content-Encoding decoding
// (gzip, deflate, zstd), each with a size limit on the output.
//
// Lenient by design: archived responses are often inconsistent (a "chunked"
// header on a body the crawler already de-chunked, "deflate" meaning raw
// deflate), so a body that does not look encoded is passed through as is.
#ifndef NEWSIFT_READ_HTTP_RESPONSE_H_
#define NEWSIFT_READ_HTTP_RESPONSE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "newsift/status.h"

namespace newsift::read {

struct HttpHead {
  int status_code = 0;
  std::string content_type;      // header value as sent, or empty
  std::string content_encoding;  // lowercase, trimmed; "identity" -> empty
  bool chunked = false;          // Transfer-Encoding includes "chunked"
};

// Offset just past the blank line ending the head ("\r\n\r\n" or "\n\n"), or
// npos when `data` holds no complete head.
size_t FindHeadEnd(std::string_view data);

// Parses a head (status line and header lines). False when it is not an HTTP
// response ("HTTP/x.y CODE ...").
bool ParseHttpHead(std::string_view head, HttpHead* out);

// The media type of a Content-Type value, lowercase, without parameters.
std::string MediaType(std::string_view content_type);
// text/html or application/xhtml+xml.
bool IsHtmlMediaType(std::string_view media_type);

// Removes chunked transfer framing from `body` into *out (at most max_bytes).
// A body that does not start with a chunk-size line is copied as is. Returns
// Corruption for framing cut short (keeping what was decoded), TooLarge past
// max_bytes. `where` names the record in messages.
Status Dechunk(std::string_view body, size_t max_bytes, const std::string& where, std::string* out);

// Decodes a Content-Encoding (gzip, x-gzip, deflate, zstd) into *out, at most
// max_bytes. A body that does not start like the declared encoding is taken
// as already decoded. Unsupported for other encodings (br, compress...).
Status DecodeContent(std::string_view encoding, std::string body, size_t max_bytes,
                     const std::string& where, std::string* out);

}  // namespace newsift::read

#endif  // NEWSIFT_READ_HTTP_RESPONSE_H_
