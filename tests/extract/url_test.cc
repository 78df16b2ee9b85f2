#include "extract/url.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace newsift {
namespace {

TEST(DomainOf, StripsSchemeWwwPortAndPath) {
  EXPECT_EQ(DomainOf("https://www.Example.com:8080/a/b?c#d"), "example.com");
  EXPECT_EQ(DomainOf("http://user@news.example.org./x"), "news.example.org");
  EXPECT_EQ(DomainOf("//cdn.example.net/img.png"), "cdn.example.net");
  EXPECT_EQ(DomainOf("not a url"), "");
  EXPECT_EQ(DomainOf(""), "");
}

TEST(PathSegments, SkipsEmptySegmentsQueryAndFragment) {
  using Segments = std::vector<std::string_view>;
  EXPECT_EQ(PathSegments("https://x.org/a//b/?q=1#c"), (Segments{"a", "b"}));
  EXPECT_EQ(PathSegments("https://x.org"), Segments{});
  EXPECT_EQ(PathSegments("https://x.org?next=/a/b"), Segments{});
  EXPECT_EQ(PathSegments("/2024/07/08/slug"), (Segments{"2024", "07", "08", "slug"}));
}

TEST(QueryOf, StopsAtTheFragment) {
  EXPECT_EQ(QueryOf("https://x.org/a?q=1&s=2#top"), "q=1&s=2");
  EXPECT_EQ(QueryOf("https://x.org/a#top?q=1"), "");
  EXPECT_EQ(QueryOf("https://x.org/a"), "");
}

}  // namespace
}  // namespace newsift
