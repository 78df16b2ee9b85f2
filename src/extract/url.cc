#include "extract/url.h"

#include "util/text.h"

namespace newsift {

std::string DomainOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) {
    if (!StartsWith(url, "//")) return {};
    scheme = 0;
    url.remove_prefix(2);
  } else {
    url.remove_prefix(scheme + 3);
  }
  size_t end = url.find_first_of("/?#");
  std::string_view host = url.substr(0, end);
  if (size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (size_t colon = host.rfind(':'); colon != std::string_view::npos && host.front() != '[') {
    host = host.substr(0, colon);
  }
  std::string domain = ToLowerAscii(host);
  while (!domain.empty() && domain.back() == '.') domain.pop_back();
  if (StartsWith(domain, "www.")) domain.erase(0, 4);
  return domain;
}

}  // namespace newsift
