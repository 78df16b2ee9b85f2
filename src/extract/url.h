// URL helpers for extraction: the host of a URL as a domain name, the
// segments of its path, its query.
#ifndef NEWSIFT_EXTRACT_URL_H_
#define NEWSIFT_EXTRACT_URL_H_

#include <string>
#include <string_view>
#include <vector>

namespace newsift {

// "https://www.Example.com:8080/a/b" -> "example.com"; empty when url has no
// host. Lowercased, without "www." and port.
std::string DomainOf(std::string_view url);

// The non-empty segments of url's path, without query and fragment:
// "https://x.org/a//b/?q=1" -> {"a", "b"}. A url without a scheme is read as
// a path.
std::vector<std::string_view> PathSegments(std::string_view url);

// What follows the '?' of url, up to its fragment; empty when none.
std::string_view QueryOf(std::string_view url);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_URL_H_
