// RepairDoubleEncodedUtf8 and MayHoldDoubleEncodedUtf8: UTF-8 read once as
// windows-1252 (ICU's converter makes the fixtures) is restored; text that
// only looks like it stays as it is.
#include "decode/double_encoding.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <string>

#include "support/test_support.h"

namespace newsift::decode_internal {
namespace {

// What a page shows when its UTF-8 bytes were read as windows-1252 and
// written out as UTF-8 again. ICU's windows-1252 has no character for five
// bytes; latin-1 reads those as C1 controls, as browsers and Python do.
std::string DoubleEncode(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cp1252 = ucnv_open("windows-1252", &status);
  EXPECT_TRUE(U_SUCCESS(status));
  std::string out;
  for (unsigned char byte : utf8) {
    UChar unit;
    const char* source = reinterpret_cast<const char*>(&byte);
    UChar* target = &unit;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(cp1252, &target, &unit + 1, &source, source + 1, nullptr, true, &status);
    UChar32 c =
        (U_SUCCESS(status) && target == &unit + 1 && unit != 0xFFFD && unit != 0x1A) ? unit : byte;
    out += ::newsift::testing::Utf8Of(c);
    ucnv_reset(cp1252);
  }
  ucnv_close(cp1252);
  return out;
}

std::string Repaired(std::string_view text, size_t* count = nullptr) {
  std::string out(text);
  size_t restored = RepairDoubleEncodedUtf8(text, &out);
  if (count != nullptr) *count = restored;
  return out;
}

TEST(DoubleEncoding, FixtureLooksLikeTheWild) {
  EXPECT_EQ(DoubleEncode("’"), "â€™");
  EXPECT_EQ(DoubleEncode("é"), "Ã©");
  EXPECT_EQ(DoubleEncode("\u200D"), "â€\u008D");  // 0x8D: no windows-1252 character
}

TEST(DoubleEncoding, RestoresPunctuationAccentsSymbolsAndEmoji) {
  for (std::string_view original :
       {"don’t", "“quoted”", "a – b — c…", "café crème", "Ñandú y ñandú", "©2024 ACME®",
        "price: 14€", "50\u00A0km", "Łódź – Kraków", "“İstanbul”", "😀 ok", "\u200D"}) {
    std::string text = "Before " + std::string(original) + " after.";
    size_t count = 0;
    EXPECT_EQ(Repaired(DoubleEncode(text), &count), text) << original;
    EXPECT_GT(count, 0U) << original;
    EXPECT_TRUE(MayHoldDoubleEncodedUtf8(DoubleEncode(text))) << original;
  }
}

TEST(DoubleEncoding, RestoresWordsOfOtherScripts) {
  // Cyrillic and Greek letters are two-byte sequences with leads such as
  // "Ð" and "Î", CJK three-byte ones led by "ä".."é": each touches the next,
  // so the word is restored.
  for (std::string_view word : {"Привет мир", "Καλημέρα", "שלום", "日本語"}) {
    EXPECT_EQ(Repaired(DoubleEncode(word)), word);
  }
}

TEST(DoubleEncoding, LeavesTextThatOnlyLooksDoubleEncoded) {
  for (std::string_view text :
       {"3\u00A0×\u00A04 cm", "NESCAFÉ® Classic", "Grüß’ dich", "SÃO PAULO", "NÃO",
        "Château à côté", "Ça va, Ève?", "plain ASCII", "", "Ã", "â€",
        // French spacing, Vietnamese, Portuguese and Spanish quotes.
        "« Il est arrivé\u00A0» et voilà\u00A0»", "Anh ấy đã…” rồi", "Ele disse não…”",
        "dijo que sí…»", "touché…”", "a IRMÃ”", "«AMANHÃ»", "naï\u00A0»"}) {
    size_t count = 1;
    EXPECT_EQ(Repaired(text, &count), text) << text;
    EXPECT_EQ(count, 0U) << text;
  }
}

TEST(DoubleEncoding, LoneLettersNeedAPageThatIsDoubleEncoded) {
  // "Åº" alone could be text; beside two certain sequences it is "ź".
  EXPECT_EQ(Repaired("dÅºwig"), "dÅºwig");
  EXPECT_EQ(Repaired(DoubleEncode("Łódź")), "Łódź");  // "Å\u0081" and "Ã³" are certain
  // A symbol never makes a letter that way ("×" and a no-break space), nor
  // does a letter make anything but a Latin letter ("É®", "ß’").
  EXPECT_EQ(Repaired(DoubleEncode("“a”") + " 3\u00A0×\u00A04 NESCAFÉ® Grüß’"),
            "“a” 3\u00A0×\u00A04 NESCAFÉ® Grüß’");
  // "AMANHÃ»" is Portuguese on a page that is not damaged, "û" on one that is.
  EXPECT_EQ(Repaired(DoubleEncode("“a”") + " AMANHÃ»"), "“a” AMANHû");
}

TEST(DoubleEncoding, TruncatedAndInvalidInputIsLeftAlone) {
  for (std::string_view text :
       {"\xC3", "Ã", "Ã\xC2", "â\xE2\x82", "â€\xFF", "\xC3\x83\xC2", "ð\x9F\x98", "ðŸ˜"}) {
    size_t count = 1;
    EXPECT_EQ(Repaired(text, &count), text);
    EXPECT_EQ(count, 0U);
  }
}

TEST(DoubleEncoding, NeverMakesAControlCharacter) {
  // "Â" + "…" would be U+0085, a C1 control: no text means that.
  EXPECT_EQ(Repaired("Â…"), "Â…");
}

TEST(DoubleEncoding, CheapTestSeesEveryRestorableSequence) {
  for (UChar32 c = 0x80; c <= 0x10FFFF; c += (c < 0x3000 ? 1 : 97)) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    const std::string original = ::newsift::testing::Utf8Of(c);
    const std::string text = DoubleEncode(original);
    const std::string repaired = Repaired(text);
    if (repaired != text) {
      ASSERT_EQ(repaired, original) << std::hex << c;
      ASSERT_TRUE(MayHoldDoubleEncodedUtf8(text)) << std::hex << c;
    }
    // Restored wherever they are: U+00A0..U+00BF and U+00E0..U+00FF ("Â" or
    // "Ã" before U+00A0..U+00BF), U+2000..U+2FFF ("â"), U+F000..U+FFFF ("ï")
    // and U+10000..U+3FFFF ("ð"), when assigned and not for private use.
    const int8_t type = u_charType(c);
    const bool plausible = type != U_UNASSIGNED && type != U_PRIVATE_USE_CHAR &&
                           type != U_CONTROL_CHAR && !U_IS_UNICODE_NONCHAR(c);
    const bool certain = (c >= 0xA0 && c <= 0xBF) || (c >= 0xE0 && c <= 0xFF) ||
                         (c >= 0x2000 && c <= 0x2FFF) || (c >= 0xF000 && c <= 0x3FFFF);
    if (plausible && certain) {
      ASSERT_EQ(repaired, original) << std::hex << c;
    }
  }
}

}  // namespace
}  // namespace newsift::decode_internal
