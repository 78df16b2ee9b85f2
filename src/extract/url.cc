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

std::vector<std::string_view> PathSegments(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    size_t path = url.find_first_of("/?#", scheme + 3);
    url = path == std::string_view::npos ? std::string_view() : url.substr(path);
  }
  url = url.substr(0, url.find_first_of("?#"));
  std::vector<std::string_view> segments;
  size_t pos = 0;
  while (pos <= url.size()) {
    size_t slash = url.find('/', pos);
    if (slash == std::string_view::npos) slash = url.size();
    if (slash > pos) segments.push_back(url.substr(pos, slash - pos));
    pos = slash + 1;
  }
  return segments;
}

std::string_view QueryOf(std::string_view url) {
  url = url.substr(0, url.find('#'));
  size_t q = url.find('?');
  return q == std::string_view::npos ? std::string_view() : url.substr(q + 1);
}

}  // namespace newsift
