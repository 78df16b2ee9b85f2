#include "extract/url.h"

#include <gtest/gtest.h>

namespace newsift {
namespace {

TEST(DomainOf, StripsSchemeWwwPortAndPath) {
  EXPECT_EQ(DomainOf("https://www.Example.com:8080/a/b?c#d"), "example.com");
  EXPECT_EQ(DomainOf("http://user@news.example.org./x"), "news.example.org");
  EXPECT_EQ(DomainOf("//cdn.example.net/img.png"), "cdn.example.net");
  EXPECT_EQ(DomainOf("not a url"), "");
  EXPECT_EQ(DomainOf(""), "");
}

}  // namespace
}  // namespace newsift
