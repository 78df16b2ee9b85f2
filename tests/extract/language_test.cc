#include "extract/language.h"

#include <gtest/gtest.h>

namespace newsift {
namespace {

// Invented paragraphs, a few sentences each.
constexpr std::string_view kEnglish =
    "The city council met on Tuesday evening to discuss the new budget for public transport. "
    "Several members argued that the bus network needs more frequent services, while others "
    "wanted the money spent on repairing roads and bridges before the winter arrives.";
constexpr std::string_view kRussian =
    "Городской совет собрался во вторник вечером, чтобы обсудить новый бюджет общественного "
    "транспорта. Несколько депутатов заявили, что автобусам нужно ходить чаще, а другие "
    "предложили потратить деньги на ремонт дорог и мостов до наступления зимы.";
constexpr std::string_view kGerman =
    "Der Stadtrat traf sich am Dienstagabend, um über den neuen Haushalt für den öffentlichen "
    "Nahverkehr zu beraten. Einige Mitglieder forderten häufigere Busverbindungen, während "
    "andere das Geld lieber in die Reparatur von Straßen und Brücken stecken wollten.";
constexpr std::string_view kFrench =
    "Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget des transports "
    "publics. Plusieurs élus ont estimé que les bus devaient passer plus souvent, tandis que "
    "d'autres voulaient consacrer l'argent à la réparation des routes et des ponts avant l'hiver.";
constexpr std::string_view kArabic =
    "اجتمع مجلس المدينة مساء الثلاثاء لمناقشة الميزانية الجديدة للنقل العام. وقال عدد من "
    "الأعضاء إن شبكة الحافلات تحتاج إلى رحلات أكثر، بينما أراد آخرون إنفاق الأموال على إصلاح "
    "الطرق والجسور قبل حلول فصل الشتاء.";
constexpr std::string_view kChinese =
    "市议会周二晚上召开会议，讨论公共交通的新预算。几位议员认为公交线路需要增加班次，"
    "而另一些议员则希望在冬天到来之前把资金用于修理道路和桥梁。居民们表示，他们希望尽快看到改善。";
constexpr std::string_view kChineseTraditional =
    "市議會週二晚上召開會議，討論公共交通的新預算。幾位議員認為公車路線需要增加班次，"
    "而另一些議員則希望在冬天到來之前把資金用於修理道路和橋樑。居民們表示，他們希望盡快看到改善。";

TEST(DetectLanguage, Paragraphs) {
  EXPECT_EQ(DetectLanguage(kEnglish), "en");
  EXPECT_EQ(DetectLanguage(kRussian), "ru");
  EXPECT_EQ(DetectLanguage(kGerman), "de");
  EXPECT_EQ(DetectLanguage(kFrench), "fr");
  EXPECT_EQ(DetectLanguage(kArabic), "ar");
  EXPECT_EQ(DetectLanguage(kChinese), "zh");
  EXPECT_EQ(DetectLanguage(kChineseTraditional), "zh");
}

TEST(DetectLanguage, TextBeatsAWrongDeclaration) {
  // Templates often declare lang="en" whatever the article's language.
  EXPECT_EQ(DetectLanguage(kRussian, "en-US"), "ru");
  EXPECT_EQ(DetectLanguage(kGerman, "fr_FR"), "de");
}

TEST(DetectLanguage, ShortTextWithoutHintIsUnknown) {
  EXPECT_EQ(DetectLanguage("Hello"), "");
  EXPECT_EQ(DetectLanguage(""), "");
  EXPECT_EQ(DetectLanguage("12:30 — 4/5"), "");
}

TEST(DetectLanguage, ShortTextFallsBackToTheHint) {
  EXPECT_EQ(DetectLanguage("Hello", "en-US"), "en");
  EXPECT_EQ(DetectLanguage("Привет", "ru_RU"), "ru");
  EXPECT_EQ(DetectLanguage("", "de"), "de");
  EXPECT_EQ(DetectLanguage("新闻", "zh-Hant-TW"), "zh");
}

TEST(DetectLanguage, BadHintsAreIgnored) {
  EXPECT_EQ(DetectLanguage("Hello", "x"), "");
  EXPECT_EQ(DetectLanguage("Hello", "not a language tag at all"), "");
  EXPECT_EQ(DetectLanguage("Hello", "qq"), "");
}

TEST(DetectLanguage, InvalidUtf8DoesNotCrash) {
  std::string bad = std::string(kEnglish) + "\xC3\x28\xFF";
  EXPECT_NO_FATAL_FAILURE(DetectLanguage(bad, "en"));
}

}  // namespace
}  // namespace newsift
