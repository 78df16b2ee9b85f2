// Byte scans for the per-line loops of the text stages: where the next of
// three given bytes is, where the next byte outside a range is, how many
// bytes reach a threshold, and whether any does. Sixteen
// bytes at a time with SSE2 (every x86-64), one at a time elsewhere; both
// give the same answers.
#ifndef NEWSIFT_UTIL_BYTE_SCAN_H_
#define NEWSIFT_UTIL_BYTE_SCAN_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newsift {

// The position of the first of the bytes a, b, c in text from `from` on, or
// text.size() when none is there (also when from >= text.size()).
inline size_t FindAnyOf3(std::string_view text, size_t from, char a, char b, char c) {
  const size_t n = text.size();
  if (from >= n) return n;
  const char* p = text.data();
  size_t i = from;
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  for (; i + sizeof(__m128i) <= n; i += sizeof(__m128i)) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i hit =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(chunk, va), _mm_cmpeq_epi8(chunk, vb)),
                     _mm_cmpeq_epi8(chunk, vc));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
    if (mask != 0) return i + static_cast<size_t>(std::countr_zero(mask));
  }
#endif
  for (; i < n; ++i) {
    if (p[i] == a || p[i] == b || p[i] == c) return i;
  }
  return n;
}

// The position of the first byte at or below `low` or at or above `high`
// (unsigned) in text from `from` on, or text.size() when none is there (also
// when from >= text.size()). A byte outside ASCII's printable middle: where
// white space or a multi-byte character may start.
inline size_t FindByteOutside(std::string_view text, size_t from, uint8_t low, uint8_t high) {
  const size_t n = text.size();
  if (from >= n) return n;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  size_t i = from;
#if defined(__SSE2__)
  const __m128i vlow = _mm_set1_epi8(static_cast<char>(low));
  const __m128i vhigh = _mm_set1_epi8(static_cast<char>(high));
  for (; i + sizeof(__m128i) <= n; i += sizeof(__m128i)) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // Unsigned: min(chunk, low) equals chunk where chunk <= low, and max
    // equals chunk where chunk >= high.
    const __m128i outside = _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(chunk, vlow), chunk),
                                         _mm_cmpeq_epi8(_mm_max_epu8(chunk, vhigh), chunk));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(outside));
    if (mask != 0) return i + static_cast<size_t>(std::countr_zero(mask));
  }
#endif
  for (; i < n; ++i) {
    if (p[i] <= low || p[i] >= high) return i;
  }
  return n;
}

// How many bytes of text are `threshold` or above (unsigned), and how many
// equal `byte`: one pass for both.
struct ByteCounts {
  size_t at_least = 0;
  size_t equal = 0;
};
inline ByteCounts CountBytes(std::string_view text, uint8_t threshold, char byte) {
  const size_t n = text.size();
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  ByteCounts counts;
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i floor = _mm_set1_epi8(static_cast<char>(threshold));
  const __m128i wanted = _mm_set1_epi8(byte);
  for (; i + sizeof(__m128i) <= n; i += sizeof(__m128i)) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i at_least = _mm_cmpeq_epi8(_mm_max_epu8(chunk, floor), chunk);
    counts.at_least +=
        static_cast<size_t>(std::popcount(static_cast<unsigned>(_mm_movemask_epi8(at_least))));
    counts.equal += static_cast<size_t>(
        std::popcount(static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(chunk, wanted)))));
  }
#endif
  for (; i < n; ++i) {
    counts.at_least += p[i] >= threshold ? 1 : 0;
    counts.equal += p[i] == static_cast<uint8_t>(byte) ? 1 : 0;
  }
  return counts;
}

// Whether some byte of text is `threshold` or above.
inline bool HasByteAtLeast(std::string_view text, uint8_t threshold) {
  const size_t n = text.size();
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i floor = _mm_set1_epi8(static_cast<char>(threshold));
  for (; i + sizeof(__m128i) <= n; i += sizeof(__m128i)) {
    const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // Unsigned: max(chunk, floor) equals chunk where chunk >= floor.
    const __m128i at_least = _mm_cmpeq_epi8(_mm_max_epu8(chunk, floor), chunk);
    if (_mm_movemask_epi8(at_least) != 0) return true;
  }
#endif
  for (; i < n; ++i) {
    if (p[i] >= threshold) return true;
  }
  return false;
}

}  // namespace newsift

#endif  // NEWSIFT_UTIL_BYTE_SCAN_H_
