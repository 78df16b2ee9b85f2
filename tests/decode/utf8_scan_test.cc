// ScanUtf8: validity, NULs, non-ASCII and the NFC hint, whichever of its
// block, word and byte paths a character falls on.
#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf8.h>

#include <random>
#include <string>

#include "decode/charset.h"
#include "support/test_support.h"
#include "util/text.h"

namespace newsift::decode_internal {
namespace {

bool IsNfcByIcu(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return nfc->isNormalizedUTF8(text, status) && U_SUCCESS(status);
}

TEST(ScanUtf8, EveryOffsetOfEveryPath) {
  // A character after 0 to 40 ASCII bytes, and 0 to 40 after it: the block
  // (16 bytes), word (8) and byte loops each meet it.
  for (size_t before = 0; before <= 40; ++before) {
    for (size_t after = 0; after <= 40; after += 7) {
      const std::string pad_before(before, 'a'), pad_after(after, 'b');
      auto scan = [&](std::string_view middle) {
        return ScanUtf8(pad_before + std::string(middle) + pad_after);
      };
      Utf8Scan ascii = scan("c");
      EXPECT_TRUE(ascii.valid);
      EXPECT_FALSE(ascii.has_non_ascii || ascii.has_nul || ascii.maybe_not_nfc);
      Utf8Scan nul = scan(std::string_view("\0", 1));
      EXPECT_TRUE(nul.valid && nul.has_nul) << before << " " << after;
      Utf8Scan precomposed = scan("\xC3\xA9");  // é
      EXPECT_TRUE(precomposed.valid && precomposed.has_non_ascii);
      EXPECT_FALSE(precomposed.maybe_not_nfc);
      EXPECT_TRUE(scan("e\xCC\x81").maybe_not_nfc) << before;  // e + combining acute
      EXPECT_FALSE(scan("\xF0\x9F\x98\x80").maybe_not_nfc);    // an emoji: safe
      // U+1D15E (musical half note) decomposes: not NFC by itself.
      EXPECT_TRUE(scan("\xF0\x9D\x85\x9E").maybe_not_nfc) << before;
      EXPECT_FALSE(scan("\xC3").valid) << before << " " << after;  // cut short
      EXPECT_FALSE(scan("\xED\xA0\x80").valid);                    // a surrogate
      EXPECT_FALSE(scan("\xC0\xAF").valid);                        // overlong
      EXPECT_FALSE(scan("\xF4\x90\x80\x80").valid);                // past U+10FFFF
    }
  }
}

// The hint agrees with ICU's properties on every code point of the BMP, on
// whichever path (the table or, above the BMP, the properties) it is read.
TEST(ScanUtf8, NfcHintAgreesWithIcuOnEveryCodePoint) {
  for (UChar32 c = 0x80; c <= 0x10FFFF; c += (c < 0x10000 ? 1 : 13)) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const bool safe =
        u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
    // Below U+0300 everything is NFC-safe, and the scan does not look.
    if (c < 0x300) {
      ASSERT_TRUE(safe) << std::hex << c;
    }
    ASSERT_EQ(ScanUtf8(::newsift::testing::Utf8Of(c)).maybe_not_nfc, !safe) << std::hex << c;
  }
}

TEST(ScanUtf8, AgreesWithAByteByByteReadingOnRandomText) {
  const std::string pieces[] = {"a",
                                " ",
                                "\n",
                                std::string("\0", 1),
                                "\xC3\xA9",
                                "\xD0\x96",
                                "\xE2\x80\x94",
                                "\xF0\x9F\x98\x80",
                                "\x80",
                                "\xE2\x80",
                                "\xFF",
                                "\xCC\x81",
                                "\xF0\x9D\x85\x9E"};
  std::mt19937 random(11);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const size_t count = random() % 60;
    for (size_t i = 0; i < count; ++i) {
      // Mostly ASCII, as pages are, so that long ASCII runs meet the blocks.
      const size_t pick = random() % 40;
      text += pick < std::size(pieces) ? pieces[pick] : "x";
    }
    const Utf8Scan scan = ScanUtf8(text);
    ASSERT_EQ(scan.valid, IsValidUtf8(text)) << round;
    if (!scan.valid) continue;
    ASSERT_EQ(scan.has_nul, text.find('\0') != std::string::npos) << round;
    ASSERT_EQ(scan.has_non_ascii, Utf8Length(text) != text.size()) << round;
    // The hint may be set in vain, never missed.
    if (!scan.maybe_not_nfc) {
      ASSERT_TRUE(IsNfcByIcu(text)) << round;
    }
  }
}

}  // namespace
}  // namespace newsift::decode_internal
