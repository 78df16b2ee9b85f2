// Helpers shared by the test executables, written once: where the shared
// (third-party) data lives, whole-file reads and writes, a fresh temp dir per
// test, and the generator of invented sentences for fixtures (no real text).
// Header-only; every test target has tests/ on its include path.
#pragma once

#include <gtest/gtest.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <span>
#include <sstream>
#include <string>
#include <string_view>

namespace newsift::testing {

// The UTF-8 bytes of code point c (a scalar value).
inline std::string Utf8Of(UChar32 c) {
  char bytes[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, c);
  return std::string(bytes, static_cast<size_t>(length));
}

// NEWSIFT_SHARED, else <NEWSIFT_SOURCE_DIR>/../shared, else ../shared. Tests
// that read it GTEST_SKIP() when what they need is absent.
inline std::filesystem::path SharedDir() {
  if (const char* env = std::getenv("NEWSIFT_SHARED")) return env;
  if (const char* src = std::getenv("NEWSIFT_SOURCE_DIR")) {
    return std::filesystem::path(src) / ".." / "shared";
  }
  return std::filesystem::path("..") / "shared";
}

// The two real seed text dumps and their gold files.
inline std::filesystem::path SeedsDir() { return SharedDir() / "seeds"; }

// The whole file; empty when it cannot be read.
inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline void WriteFile(const std::filesystem::path& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

// An empty directory <temp>/<prefix>_<pid>_<test name>, made afresh: unique
// per process and test, so parallel ctest runs do not meet. The caller
// removes it in TearDown.
inline std::filesystem::path FreshTestDir(std::string_view prefix) {
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      (std::string(prefix) + "_" + std::to_string(getpid()) + "_" + info->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Invented vocabulary for generated text: no real text.
inline constexpr const char* kInventedWords[] = {
    "harbour", "council", "ferry",   "timetable", "budget", "winter", "bridge",  "market",
    "river",   "school",  "library", "festival",  "tunnel", "rail",   "orchard", "museum",
    "storm",   "clinic",  "quarry",  "lantern",   "meadow", "signal", "granary", "pier"};

// A capitalised sentence of `words` words drawn from `vocabulary` by a fixed
// linear congruential generator: the same seed gives the same sentence.
inline std::string Sentence(uint64_t seed, int words,
                            std::span<const char* const> vocabulary = kInventedWords) {
  std::string out;
  for (int i = 0; i < words; ++i) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    if (!out.empty()) out += ' ';
    out += vocabulary[(seed >> 33) % vocabulary.size()];
  }
  out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out + ".";
}

// Four 14-word sentences.
inline std::string Paragraph(uint64_t seed) {
  std::string out;
  for (int i = 0; i < 4; ++i) out += (i ? " " : "") + Sentence(seed * 31 + i, 14);
  return out;
}

}  // namespace newsift::testing
