// URL helpers for extraction: the host of a URL as a domain name.
#ifndef NEWSIFT_EXTRACT_URL_H_
#define NEWSIFT_EXTRACT_URL_H_

#include <string>
#include <string_view>

namespace newsift {

// "https://www.Example.com:8080/a/b" -> "example.com"; empty when url has no
// host. Lowercased, without "www." and port.
std::string DomainOf(std::string_view url);

}  // namespace newsift

#endif  // NEWSIFT_EXTRACT_URL_H_
