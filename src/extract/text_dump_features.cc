#include "extract/text_dump_features.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <vector>

#include "util/byte_scan.h"
#include "util/text.h"
#include "util/word_table.h"

namespace newsift {
namespace {

// Function words of the languages newsift meets most; enough to tell prose
// from lists of names. Lowercase.
constexpr std::string_view kStopWords[] = {
    // English
    "a",
    "about",
    "after",
    "all",
    "also",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "him",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "more",
    "most",
    "my",
    "no",
    "not",
    "now",
    "of",
    "on",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "said",
    "say",
    "says",
    "she",
    "so",
    "some",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "up",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "will",
    "with",
    "would",
    "you",
    "your",
    "s",
    "t",
    "very",
    "because",
    "through",
    "during",
    "against",
    "between",
    "under",
    "again",
    // German
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "mit",
    "von",
    "den",
    "dem",
    "ein",
    "eine",
    "zu",
    "auf",
    "sich",
    "auch",
    "es",
    "im",
    "sie",
    "wird",
    "wurde",
    "nach",
    "bei",
    "aus",
    "werden",
    // French
    "le",
    "la",
    "les",
    "et",
    "des",
    "du",
    "un",
    "une",
    "est",
    "que",
    "qui",
    "dans",
    "pour",
    "pas",
    "sur",
    "au",
    "avec",
    "ce",
    "il",
    "elle",
    "sont",
    "par",
    "plus",
    // Spanish, Portuguese, Italian
    "el",
    "los",
    "las",
    "y",
    "en",
    "del",
    "que",
    "es",
    "por",
    "con",
    "para",
    "una",
    "se",
    "su",
    "lo",
    "como",
    "o",
    "da",
    "do",
    "em",
    "não",
    "di",
    "che",
    "il",
    "per",
    "non",
    "sono",
    // more Portuguese and Spanish function words (none an English word)
    "é",
    "um",
    "os",
    "dos",
    "nos",
    "ao",
    "à",
    "às",
    "mais",
    "mas",
    "ele",
    "ela",
    "seu",
    "sua",
    "pelo",
    "pela",
    "também",
    "foi",
    "são",
    "más",
    "pero",
    "fue",
    "sus",
    // more Italian function words (none a common English word)
    "della",
    "delle",
    "degli",
    "dei",
    "nel",
    "nella",
    "nelle",
    "negli",
    "alla",
    "alle",
    "agli",
    "gli",
    "dalla",
    "sul",
    "sulla",
    "questo",
    "questa",
    "questi",
    "anche",
    "più",
    "essere",
    "stato",
    "stata",
    "loro",
    "dopo",
    "già",
    "perché",
    "così",
    "è",
    // Russian
    "и",
    "в",
    "не",
    "на",
    "что",
    "с",
    "по",
    "как",
    "это",
    "к",
    "из",
    "за",
    "от",
    "он",
    "она",
    "но",
    "о",
    "для",
    "же",
    "его",
    "было",
    "так",
    "также",
    // Indonesian, Malay
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "ini",
    "itu",
    "dengan",
    "untuk",
    "tidak",
    "ada",
    "dalam",
    "akan",
    "pada",
    "juga",
    "saya",
    "kita",
    "karena",
    "atau",
    "oleh",
    "bisa",
    "sudah",
    // Dutch
    "het",
    "een",
    "van",
    "niet",
    "zijn",
    "op",
    "voor",
    "maar",
    "ook",
    "wordt",
};

enum class Anchor { kAnywhere, kStart, kWhole };

// Generic boilerplate vocabulary: a lowercase phrase, what it marks, and the
// longest line (in words) it may condemn, so prose that mentions "cookies"
// stays prose.
struct VocabularyRule {
  std::string_view phrase;
  Anchor anchor;
  size_t max_words;
  Label label;
  std::string_view reason;
};

constexpr VocabularyRule kVocabulary[] = {
    {"cookie", Anchor::kAnywhere, 60, Label::kCookie, "consent vocabulary"},
    {"consent", Anchor::kAnywhere, 40, Label::kCookie, "consent vocabulary"},
    {"privacy policy", Anchor::kAnywhere, 40, Label::kFooter, "privacy policy"},
    {"privacy notice", Anchor::kAnywhere, 30, Label::kFooter, "privacy policy"},
    {"privacy settings", Anchor::kAnywhere, 30, Label::kFooter, "privacy policy"},
    {"terms of use", Anchor::kAnywhere, 30, Label::kFooter, "legal vocabulary"},
    {"terms of service", Anchor::kAnywhere, 30, Label::kFooter, "legal vocabulary"},
    {"terms and conditions", Anchor::kAnywhere, 30, Label::kFooter, "legal vocabulary"},
    {"all rights reserved", Anchor::kAnywhere, 40, Label::kFooter, "copyright notice"},
    {"copyright", Anchor::kAnywhere, 25, Label::kFooter, "copyright notice"},
    {"contact us", Anchor::kAnywhere, 8, Label::kFooter, "site links"},
    {"about us", Anchor::kAnywhere, 8, Label::kFooter, "site links"},
    {"sitemap", Anchor::kAnywhere, 8, Label::kFooter, "site links"},
    {"subscribe", Anchor::kAnywhere, 25, Label::kNewsletter, "sign-up prompt"},
    {"subscription", Anchor::kAnywhere, 20, Label::kNewsletter, "sign-up prompt"},
    {"newsletter", Anchor::kAnywhere, 30, Label::kNewsletter, "sign-up prompt"},
    {"sign up", Anchor::kAnywhere, 25, Label::kNewsletter, "sign-up prompt"},
    {"sign in", Anchor::kAnywhere, 10, Label::kNavigation, "account link"},
    {"log in", Anchor::kAnywhere, 10, Label::kNavigation, "account link"},
    {"login", Anchor::kAnywhere, 10, Label::kNavigation, "account link"},
    {"register", Anchor::kAnywhere, 6, Label::kNavigation, "account link"},
    {"your inbox", Anchor::kAnywhere, 30, Label::kNewsletter, "sign-up prompt"},
    {"email address", Anchor::kAnywhere, 25, Label::kNewsletter, "sign-up prompt"},
    {"follow us", Anchor::kAnywhere, 15, Label::kShare, "social links"},
    {"share this", Anchor::kAnywhere, 10, Label::kShare, "share bar"},
    {"share on", Anchor::kAnywhere, 10, Label::kShare, "share bar"},
    {"share", Anchor::kWhole, 3, Label::kShare, "share bar"},
    {"facebook", Anchor::kAnywhere, 6, Label::kShare, "social links"},
    {"twitter", Anchor::kAnywhere, 6, Label::kShare, "social links"},
    {"whatsapp", Anchor::kAnywhere, 6, Label::kShare, "social links"},
    {"linkedin", Anchor::kAnywhere, 6, Label::kShare, "social links"},
    {"app store", Anchor::kAnywhere, 15, Label::kFooter, "app links"},
    {"google play", Anchor::kAnywhere, 15, Label::kFooter, "app links"},
    {"download the", Anchor::kStart, 12, Label::kFooter, "app links"},
    {"app", Anchor::kAnywhere, 4, Label::kFooter, "app links"},
    {"advertisement", Anchor::kAnywhere, 4, Label::kAdvert, "advertisement"},
    {"advertising", Anchor::kAnywhere, 6, Label::kAdvert, "advertisement"},
    {"advertiser disclosure", Anchor::kAnywhere, 6, Label::kAdvert, "advertisement"},
    {"sponsored", Anchor::kAnywhere, 6, Label::kAdvert, "advertisement"},
    {"ad", Anchor::kWhole, 1, Label::kAdvert, "advertisement"},
    {"lorem ipsum", Anchor::kStart, 1000, Label::kBoilerplate, "placeholder text"},
    {"read more", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"read more", Anchor::kAnywhere, 4, Label::kTeaser, "read-more link"},
    {"read also", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"read next", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"see also", Anchor::kStart, 30, Label::kTeaser, "see-also prefix"},
    {"also read", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"related", Anchor::kStart, 25, Label::kRelated, "related links"},
    {"recommended", Anchor::kStart, 6, Label::kRelated, "related links"},
    {"more from", Anchor::kStart, 8, Label::kRelated, "related links"},
    {"more stories", Anchor::kAnywhere, 6, Label::kRelated, "related links"},
    {"more news", Anchor::kStart, 4, Label::kRelated, "related links"},
    {"recent posts", Anchor::kStart, 4, Label::kRelated, "related links"},
    {"filed under", Anchor::kStart, 12, Label::kNavigation, "category links"},
    {"posted in", Anchor::kStart, 8, Label::kNavigation, "category links"},
    {"tagged", Anchor::kStart, 12, Label::kNavigation, "category links"},
    {"tags", Anchor::kStart, 12, Label::kNavigation, "category links"},
    {"about the author", Anchor::kStart, 4, Label::kByline, "author box"},
    {"most read", Anchor::kAnywhere, 6, Label::kRelated, "related links"},
    {"most popular", Anchor::kAnywhere, 6, Label::kRelated, "related links"},
    {"popular posts", Anchor::kStart, 4, Label::kRelated, "related links"},
    {"trending", Anchor::kAnywhere, 4, Label::kRelated, "related links"},
    {"top stories", Anchor::kAnywhere, 5, Label::kRelated, "related links"},
    {"you may also like", Anchor::kAnywhere, 10, Label::kRelated, "related links"},
    {"you might also like", Anchor::kAnywhere, 10, Label::kRelated, "related links"},
    {"podcast", Anchor::kAnywhere, 5, Label::kNavigation, "podcast links"},
    {"comments", Anchor::kAnywhere, 8, Label::kComment, "comment section"},
    {"comment", Anchor::kStart, 4, Label::kComment, "comment section"},
    {"post a comment", Anchor::kAnywhere, 12, Label::kComment, "comment section"},
    {"add a comment", Anchor::kAnywhere, 12, Label::kComment, "comment section"},
    {"join the discussion", Anchor::kAnywhere, 12, Label::kComment, "comment section"},
    {"join the conversation", Anchor::kAnywhere, 12, Label::kComment, "comment section"},
    {"reply", Anchor::kWhole, 1, Label::kComment, "comment section"},
    {"leave a comment", Anchor::kAnywhere, 12, Label::kComment, "comment section"},
    {"leave a reply", Anchor::kAnywhere, 12, Label::kComment, "comment section"},
    {"skip to", Anchor::kStart, 8, Label::kNavigation, "skip link"},
    {"menu", Anchor::kAnywhere, 3, Label::kNavigation, "menu"},
    {"search", Anchor::kAnywhere, 4, Label::kNavigation, "search box"},
    {"back to top", Anchor::kAnywhere, 6, Label::kNavigation, "page link"},
    {"javascript", Anchor::kAnywhere, 30, Label::kBoilerplate, "browser notice"},
    {"your browser", Anchor::kAnywhere, 30, Label::kBoilerplate, "browser notice"},
    {"internet explorer", Anchor::kAnywhere, 30, Label::kBoilerplate, "browser notice"},
    {"modern browser", Anchor::kAnywhere, 30, Label::kBoilerplate, "browser notice"},
    {"personal non commercial use", Anchor::kAnywhere, 40, Label::kFooter, "copyright notice"},
    {"ad blocker", Anchor::kAnywhere, 40, Label::kBoilerplate, "browser notice"},
    {"accept", Anchor::kStart, 3, Label::kCookie, "consent button"},
    // The same in the languages of the stop-word tables: Portuguese,
    // Spanish, French, German, Italian, Dutch, Russian.
    {"todos os direitos reservados", Anchor::kAnywhere, 40, Label::kFooter, "copyright notice"},
    {"todos los derechos reservados", Anchor::kAnywhere, 40, Label::kFooter, "copyright notice"},
    {"tous droits réservés", Anchor::kAnywhere, 40, Label::kFooter, "copyright notice"},
    {"alle rechte vorbehalten", Anchor::kAnywhere, 40, Label::kFooter, "copyright notice"},
    {"tutti i diritti riservati", Anchor::kAnywhere, 40, Label::kFooter, "copyright notice"},
    {"alle rechten voorbehouden", Anchor::kAnywhere, 40, Label::kFooter, "copyright notice"},
    {"все права защищены", Anchor::kAnywhere, 40, Label::kFooter, "copyright notice"},
    {"política de privacidade", Anchor::kAnywhere, 30, Label::kFooter, "privacy policy"},
    {"política de privacidad", Anchor::kAnywhere, 30, Label::kFooter, "privacy policy"},
    {"politique de confidentialité", Anchor::kAnywhere, 30, Label::kFooter, "privacy policy"},
    {"datenschutz", Anchor::kWhole, 1, Label::kFooter, "privacy policy"},
    {"datenschutzhinweise", Anchor::kAnywhere, 30, Label::kFooter, "privacy policy"},
    {"datenschutzerklärung", Anchor::kAnywhere, 30, Label::kFooter, "privacy policy"},
    {"informativa sulla privacy", Anchor::kAnywhere, 30, Label::kFooter, "privacy policy"},
    {"политика конфиденциальности", Anchor::kAnywhere, 30, Label::kFooter, "privacy policy"},
    {"inscreva se", Anchor::kAnywhere, 25, Label::kNewsletter, "sign-up prompt"},
    {"suscríbete", Anchor::kAnywhere, 25, Label::kNewsletter, "sign-up prompt"},
    {"inscrivez vous", Anchor::kAnywhere, 25, Label::kNewsletter, "sign-up prompt"},
    {"abonnieren", Anchor::kAnywhere, 25, Label::kNewsletter, "sign-up prompt"},
    {"iscriviti", Anchor::kAnywhere, 25, Label::kNewsletter, "sign-up prompt"},
    {"подписаться", Anchor::kAnywhere, 25, Label::kNewsletter, "sign-up prompt"},
    {"compartilhe", Anchor::kStart, 4, Label::kShare, "share bar"},
    {"compartilhar", Anchor::kStart, 4, Label::kShare, "share bar"},
    {"compartir", Anchor::kStart, 4, Label::kShare, "share bar"},
    {"partager", Anchor::kStart, 4, Label::kShare, "share bar"},
    {"teilen", Anchor::kWhole, 1, Label::kShare, "share bar"},
    {"condividi", Anchor::kStart, 4, Label::kShare, "share bar"},
    {"delen", Anchor::kWhole, 1, Label::kShare, "share bar"},
    {"поделиться", Anchor::kStart, 4, Label::kShare, "share bar"},
    {"publicidade", Anchor::kAnywhere, 4, Label::kAdvert, "advertisement"},
    {"publicidad", Anchor::kAnywhere, 4, Label::kAdvert, "advertisement"},
    {"publicité", Anchor::kAnywhere, 4, Label::kAdvert, "advertisement"},
    {"anzeige", Anchor::kWhole, 1, Label::kAdvert, "advertisement"},
    {"pubblicità", Anchor::kAnywhere, 4, Label::kAdvert, "advertisement"},
    {"advertentie", Anchor::kAnywhere, 4, Label::kAdvert, "advertisement"},
    {"реклама", Anchor::kAnywhere, 4, Label::kAdvert, "advertisement"},
    {"leia mais", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"leia também", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"veja também", Anchor::kStart, 30, Label::kTeaser, "see-also prefix"},
    {"leer más", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"lee también", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"ver también", Anchor::kStart, 30, Label::kTeaser, "see-also prefix"},
    {"lire aussi", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"à lire aussi", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"a lire aussi", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"lire la suite", Anchor::kStart, 8, Label::kTeaser, "read-more link"},
    {"lesen sie auch", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"weiterlesen", Anchor::kAnywhere, 4, Label::kTeaser, "read-more link"},
    {"leggi anche", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"lees ook", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"читайте также", Anchor::kStart, 30, Label::kTeaser, "read-more prefix"},
    {"você pode gostar", Anchor::kAnywhere, 10, Label::kRelated, "related links"},
    {"você também pode gostar", Anchor::kAnywhere, 10, Label::kRelated, "related links"},
    {"notícias relacionadas", Anchor::kAnywhere, 10, Label::kRelated, "related links"},
    {"mais lidas", Anchor::kAnywhere, 6, Label::kRelated, "related links"},
    {"te puede interesar", Anchor::kAnywhere, 10, Label::kRelated, "related links"},
    {"noticias relacionadas", Anchor::kAnywhere, 10, Label::kRelated, "related links"},
    {"lo más leído", Anchor::kAnywhere, 6, Label::kRelated, "related links"},
    {"sur le même sujet", Anchor::kAnywhere, 10, Label::kRelated, "related links"},
    {"vous aimerez aussi", Anchor::kAnywhere, 10, Label::kRelated, "related links"},
    {"les plus lus", Anchor::kAnywhere, 6, Label::kRelated, "related links"},
    {"mehr zum thema", Anchor::kAnywhere, 10, Label::kRelated, "related links"},
    {"das könnte sie auch interessieren", Anchor::kAnywhere, 12, Label::kRelated, "related links"},
    {"meistgelesen", Anchor::kAnywhere, 4, Label::kRelated, "related links"},
    {"potrebbe interessarti", Anchor::kAnywhere, 10, Label::kRelated, "related links"},
    {"articoli correlati", Anchor::kAnywhere, 10, Label::kRelated, "related links"},
    {"meest gelezen", Anchor::kAnywhere, 6, Label::kRelated, "related links"},
    {"вам также может быть интересно", Anchor::kAnywhere, 12, Label::kRelated, "related links"},
    {"похожие статьи", Anchor::kAnywhere, 8, Label::kRelated, "related links"},
    {"comentários", Anchor::kAnywhere, 8, Label::kComment, "comment section"},
    {"comentarios", Anchor::kAnywhere, 8, Label::kComment, "comment section"},
    {"commentaires", Anchor::kAnywhere, 8, Label::kComment, "comment section"},
    {"kommentare", Anchor::kAnywhere, 8, Label::kComment, "comment section"},
    {"commenti", Anchor::kAnywhere, 8, Label::kComment, "comment section"},
    {"reacties", Anchor::kAnywhere, 8, Label::kComment, "comment section"},
    {"комментарии", Anchor::kAnywhere, 8, Label::kComment, "comment section"},
    {"deixe um comentário", Anchor::kAnywhere, 12, Label::kComment, "comment section"},
    {"deja un comentario", Anchor::kAnywhere, 12, Label::kComment, "comment section"},
    {"laisser un commentaire", Anchor::kAnywhere, 12, Label::kComment, "comment section"},
    {"lascia un commento", Anchor::kAnywhere, 12, Label::kComment, "comment section"},
    {"добавить комментарий", Anchor::kAnywhere, 12, Label::kComment, "comment section"},
    {"ir para o conteúdo", Anchor::kStart, 8, Label::kNavigation, "skip link"},
    {"saltar al contenido", Anchor::kStart, 8, Label::kNavigation, "skip link"},
    {"aller au contenu", Anchor::kStart, 8, Label::kNavigation, "skip link"},
    {"zum inhalt springen", Anchor::kStart, 8, Label::kNavigation, "skip link"},
    {"voltar ao topo", Anchor::kAnywhere, 6, Label::kNavigation, "page link"},
    {"volver arriba", Anchor::kAnywhere, 6, Label::kNavigation, "page link"},
    {"retour en haut", Anchor::kAnywhere, 6, Label::kNavigation, "page link"},
    {"nach oben", Anchor::kWhole, 2, Label::kNavigation, "page link"},
    {"aceitar", Anchor::kStart, 3, Label::kCookie, "consent button"},
    {"aceptar", Anchor::kStart, 3, Label::kCookie, "consent button"},
    {"accepter", Anchor::kStart, 3, Label::kCookie, "consent button"},
    {"tout accepter", Anchor::kStart, 3, Label::kCookie, "consent button"},
    {"akzeptieren", Anchor::kStart, 3, Label::kCookie, "consent button"},
    {"alle akzeptieren", Anchor::kStart, 3, Label::kCookie, "consent button"},
    {"accetta", Anchor::kStart, 3, Label::kCookie, "consent button"},
    {"принять", Anchor::kStart, 3, Label::kCookie, "consent button"},
};

// The longest phrase of a rule anchored at the line start or whole line.
constexpr size_t kMaxAnchoredPhrase = [] {
  size_t longest = 0;
  for (const VocabularyRule& rule : kVocabulary) {
    if (rule.anchor != Anchor::kAnywhere) longest = std::max(longest, rule.phrase.size());
  }
  return longest;
}();

// No vocabulary rule condemns a line longer than this.
constexpr size_t kMaxVocabularyWords = 60;

// A phrase may be a page's topic (VocabularyTopic) when it condemns lines of
// this many words: sentences, not a menu's labels.
constexpr size_t kMinTopicRuleWords = 15;

// A run of this many words without any punctuation is a name soup (icon
// names, menus glued into one line), not prose.
constexpr size_t kNameSoupWords = 40;
constexpr double kNameSoupMaxStopRatio = 0.1;
// A line that closes this many paragraphs and headings ("</p>", "</h2>") is
// a page's HTML printed as text (a "republish this story" box holds the
// article's own markup). Angle brackets alone say little: code, placeholders
// ("git clone <repo url>") and URIs use them too, and a code sample closes
// list items and divisions rather than paragraphs.
constexpr size_t kMinClosedParagraphs = 5;

// The "</p>" and "</h1>".."</h6>" in a line (ASCII case ignored), up to
// `enough`.
size_t ClosedParagraphs(std::string_view line, size_t enough) {
  size_t closed = 0;
  for (size_t at = line.find("</"); at != std::string_view::npos && closed < enough;
       at = line.find("</", at + 2)) {
    const std::string_view tag = line.substr(at + 2);
    if ((tag.size() >= 2 && AsciiToLower(tag[0]) == 'p' && tag[1] == '>') ||
        (tag.size() >= 3 && AsciiToLower(tag[0]) == 'h' && tag[1] >= '1' && tag[1] <= '6' &&
         tag[2] == '>')) {
      ++closed;
    }
  }
  return closed;
}

// Words that make a short line with digits a post's time stamp. Lowercase.
// A bare date is not enough (events, datelines): a post stamp has a time.
constexpr std::string_view kTimestampWords[] = {"ago", "am", "pm", "gmt", "utc"};
constexpr size_t kMaxTimestampWords = 10;
constexpr size_t kMinTimestampWords = 3;

bool IsSentenceEndByte(char c) { return c == '.' || c == '!' || c == '?'; }

// Strips closing quotes/brackets and trailing space from the end of a line.
std::string_view StripClosers(std::string_view text) {
  while (!text.empty()) {
    char c = text.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') {
      text.remove_suffix(1);
    } else if (EndsWith(text, "\xE2\x80\x9D") || EndsWith(text, "\xE2\x80\x99")) {
      text.remove_suffix(3);  // ” ’
    } else if (EndsWith(text, "\xC2\xBB")) {
      text.remove_suffix(2);  // »
    } else if (EndsWith(text, "\xE3\x80\x8D") || EndsWith(text, "\xE3\x80\x8F") ||
               EndsWith(text, "\xEF\xBC\x89")) {
      text.remove_suffix(3);  // 」 』 ）
    } else {
      break;
    }
  }
  return text;
}

// Chinese and Japanese write words without spaces, so \w+ sees a clause as
// one word: their characters are counted instead, about two to a word, and
// their particles and function characters stand for stop words.
constexpr size_t kCjkCharsPerWord = 2;
constexpr std::array<UChar32, 28> kCjkFunctionChars = {
    // Japanese particles
    0x306E, 0x306B, 0x306F, 0x3092, 0x304C, 0x3068, 0x3067, 0x3082,
    0x3078,  // の に は を が と で も へ
    // Chinese function characters
    0x7684, 0x4E86, 0x662F, 0x5728, 0x548C, 0x4E5F, 0x5C31, 0x90FD, 0x800C,
    0x4E0E,  // 的了是在和也就都而与
    0x53CA, 0x8FD9, 0x90A3, 0x6211, 0x4ED6, 0x5979, 0x4EEC, 0x6709, 0x4E0D};  // 及这那我他她们有不
constexpr std::array<UChar32, 4> kCjkSentenceEnds = {0x3002, 0xFF01, 0xFF1F, 0xFF0E};  // 。！？．
constexpr std::array<UChar32, 2> kCjkCommas = {0x3001, 0xFF0C};                        // 、，

// CountCjk skips every code point below U+3000 unread.
constexpr bool AllFrom3000(std::span<const UChar32> set) {
  return std::all_of(set.begin(), set.end(), [](UChar32 c) { return c >= 0x3000; });
}
static_assert(AllFrom3000(kCjkFunctionChars) && AllFrom3000(kCjkSentenceEnds) &&
              AllFrom3000(kCjkCommas));

bool IsCjkChar(UChar32 c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF66 && c <= 0xFF9F);
}

template <size_t N>
bool OneOf(UChar32 c, const std::array<UChar32, N>& set) {
  return std::find(set.begin(), set.end(), c) != set.end();
}

struct CjkCounts {
  size_t chars = 0;
  size_t function_chars = 0;
  size_t sentence_ends = 0;
  bool comma = false;
  bool ends_sentence = false;  // the last character closes a sentence
};

CjkCounts CountCjk(std::string_view line) {
  CjkCounts counts;
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  const int32_t length = static_cast<int32_t>(line.size());
  UChar32 last = 0;  // 0 for any character below U+3000
  for (int32_t i = 0; i < length;) {
    // Bytes below 0xE3 are ASCII, trail bytes and the lead bytes of code
    // points below U+3000 (Latin, Greek, Cyrillic, punctuation...): none of
    // these, and no byte from 0xE3 up is a trail byte, so they go unread.
    if (bytes[i] < 0xE3) {
      last = 0;
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0x3000) {
      last = 0;
      continue;
    }
    if (IsCjkChar(c)) {
      ++counts.chars;
      if (OneOf(c, kCjkFunctionChars)) ++counts.function_chars;
    } else if (OneOf(c, kCjkSentenceEnds)) {
      ++counts.sentence_ends;
    } else if (OneOf(c, kCjkCommas)) {
      counts.comma = true;
    }
    last = c;
  }
  counts.ends_sentence = OneOf(last, kCjkSentenceEnds);
  return counts;
}

bool HasCjkChar(std::string_view token) {
  for (unsigned char b : token) {
    if (b >= 0xE3 && b <= 0xEF) return CountCjk(token).chars > 0;  // 3-byte sequences only
  }
  return false;
}

bool AllDigits(std::string_view word) {
  return std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsTimeLike(std::string_view line) {
  // d:dd, dd:dd, d:dd:dd — a media duration or clock time alone on a line.
  if (line.size() < 4 || line.size() > 8) return false;
  size_t colons = 0;
  for (char c : line) {
    if (c == ':') {
      ++colons;
    } else if (c < '0' || c > '9') {
      return false;
    }
  }
  return colons >= 1 && colons <= 2 && line[line.size() - 3] == ':';
}

// True when rule.phrase occurs in text at `at` (a word start) as whole words;
// a long phrase may take a plural "s".
bool PhraseAt(std::string_view text, size_t at, std::string_view phrase) {
  if (text.compare(at, phrase.size(), phrase) != 0) return false;
  size_t end = at + phrase.size();
  return end == text.size() || text[end] == ' ' || (phrase.size() > 4 && text[end] == 's');
}

// Every word a line's walk looks up, in one table: the stop words and the
// words that start an anywhere-anchored rule's phrase, each with those rules
// (so a line is matched against the rules its own words begin, not against
// all of them). A plural starts the rules of its singular too: "cookies"
// starts "cookie" (the rule then decides whether its phrase takes the "s").
// One hash per word of a line serves both.
class LineWordIndex {
 public:
  struct Entry {
    bool stop = false;
    bool timestamp = false;     // one of kTimestampWords
    std::vector<size_t> rules;  // anywhere rules this word may start, ascending
  };

  LineWordIndex(const LineWordIndex&) = delete;  // the table points into its own strings
  LineWordIndex& operator=(const LineWordIndex&) = delete;
  LineWordIndex() : plurals_(Plurals()), words_(Words(plurals_)), table_(words_) {
    entries_.resize(words_.size());
    for (std::string_view word : kStopWords) EntryOf(word).stop = true;
    for (std::string_view word : kTimestampWords) EntryOf(word).timestamp = true;
    size_t plural = 0;
    for (size_t i = 0; i < std::size(kVocabulary); ++i) {
      if (kVocabulary[i].anchor != Anchor::kAnywhere) continue;
      EntryOf(FirstWord(kVocabulary[i].phrase)).rules.push_back(i);
      EntryOf(plurals_[plural++]).rules.push_back(i);
    }
    for (Entry& entry : entries_) {
      std::sort(entry.rules.begin(), entry.rules.end());
      entry.rules.erase(std::unique(entry.rules.begin(), entry.rules.end()), entry.rules.end());
    }
  }

  // The entry of a lowercase word; an empty one when the table lacks it.
  const Entry& Lookup(std::string_view word) const {
    const int index = table_.Find(word);
    return index == WordTable::kAbsent ? none_ : entries_[static_cast<size_t>(index)];
  }

  // Lowest index of an anywhere rule outside the topic matching the
  // normalised line, at most `below`; `below` when none does.
  size_t FirstMatch(std::string_view normalized, size_t words, size_t below,
                    const VocabularyTopic& topic) const {
    size_t best = below;
    for (size_t at = 0; at < normalized.size();) {
      size_t end = std::min(normalized.find(' ', at), normalized.size());
      ForEachRuleAt(normalized, at, Lookup(normalized.substr(at, end - at)), [&](size_t rule) {
        if (rule < best && words <= kVocabulary[rule].max_words &&
            !topic.Contains(static_cast<int>(rule))) {
          best = rule;
        }
      });
      at = end + 1;
    }
    return best;
  }

  // Calls on_match(rule) for each anywhere rule whose phrase stands in the
  // normalised text at `at`, the start of a word whose entry is given.
  template <typename OnMatch>
  static void ForEachRuleAt(std::string_view text, size_t at, const Entry& entry,
                            OnMatch on_match) {
    for (size_t rule : entry.rules) {
      if (PhraseAt(text, at, kVocabulary[rule].phrase)) on_match(rule);
    }
  }

 private:
  static std::string_view FirstWord(std::string_view phrase) {
    return phrase.substr(0, phrase.find(' '));
  }
  static std::vector<std::string> Plurals() {
    std::vector<std::string> plurals;
    for (const VocabularyRule& rule : kVocabulary) {
      if (rule.anchor == Anchor::kAnywhere)
        plurals.push_back(std::string(FirstWord(rule.phrase)) + 's');
    }
    return plurals;
  }
  // The stop words, the timestamp words, the first words of the anywhere
  // rules, their plurals.
  static std::vector<std::string_view> Words(const std::vector<std::string>& plurals) {
    std::vector<std::string_view> words(std::begin(kStopWords), std::end(kStopWords));
    words.insert(words.end(), std::begin(kTimestampWords), std::end(kTimestampWords));
    for (const VocabularyRule& rule : kVocabulary) {
      if (rule.anchor == Anchor::kAnywhere) words.push_back(FirstWord(rule.phrase));
    }
    words.insert(words.end(), plurals.begin(), plurals.end());
    return words;
  }
  // A word listed twice shares the entry of its first index.
  Entry& EntryOf(std::string_view word) { return entries_[static_cast<size_t>(table_.Find(word))]; }

  const std::vector<std::string> plurals_;     // first words + "s"
  const std::vector<std::string_view> words_;  // the table's words, pointing into the above
  const WordTable table_;
  std::vector<Entry> entries_;  // by index in words_
  const Entry none_;
};

const LineWordIndex& WordIndex() {
  static const LineWordIndex index;
  return index;
}

bool MatchesRule(const VocabularyRule& rule, std::string_view lower, size_t words) {
  if (words > rule.max_words) return false;
  switch (rule.anchor) {
    case Anchor::kWhole:
      return lower == rule.phrase;
    case Anchor::kStart:
      return StartsWith(lower, rule.phrase);
    case Anchor::kAnywhere: {
      // Whole-word match: "app" must not fire inside "happy".
      size_t pos = 0;
      while ((pos = lower.find(rule.phrase, pos)) != std::string_view::npos) {
        size_t end = pos + rule.phrase.size();
        bool left = pos == 0 || lower[pos - 1] == ' ';
        bool right = end == lower.size() || lower[end] == ' ' ||
                     (rule.phrase.size() > 4 && lower[end] == 's');
        if (left && right) return true;
        pos = end;
      }
      return false;
    }
  }
  return false;
}

// The anchored rules (whole line, line start) by the first byte of their
// phrase, in table order: a line can only match those its first byte starts.
class AnchoredIndex {
 public:
  AnchoredIndex() {
    for (size_t i = 0; i < std::size(kVocabulary); ++i) {
      const VocabularyRule& rule = kVocabulary[i];
      if (rule.anchor == Anchor::kAnywhere || rule.phrase.empty()) continue;
      by_first_byte_[static_cast<unsigned char>(rule.phrase[0])].push_back(i);
    }
  }

  // Lowest index of an anchored rule matching text, below `below`; else `below`.
  size_t FirstMatch(std::string_view text, size_t words, size_t below) const {
    if (text.empty()) return below;
    for (size_t i : by_first_byte_[static_cast<unsigned char>(text[0])]) {
      if (i >= below) break;
      if (MatchesRule(kVocabulary[i], text, words)) return i;
    }
    return below;
  }

 private:
  std::array<std::vector<size_t>, 256> by_first_byte_;
};

}  // namespace

bool IsStopWord(std::string_view lowercase_word) { return WordIndex().Lookup(lowercase_word).stop; }

VocabularyTopic VocabularyTopic::PhrasesIn(std::string_view normalized) {
  VocabularyTopic topic;
  for (size_t i = 0; i < std::size(kVocabulary); ++i) {
    const VocabularyRule& rule = kVocabulary[i];
    if (rule.anchor == Anchor::kAnywhere && rule.max_words >= kMinTopicRuleWords &&
        MatchesRule(rule, normalized, 0)) {
      topic.rules_.push_back(static_cast<int>(i));
    }
  }
  return topic;
}

bool VocabularyTopic::Contains(int rule) const {
  return !rules_.empty() && std::binary_search(rules_.begin(), rules_.end(), rule);
}

void VocabularyTopic::Remove(int rule) {
  auto it = std::lower_bound(rules_.begin(), rules_.end(), rule);
  if (it != rules_.end() && *it == rule) rules_.erase(it);
}

LineFeatures ComputeLineFeatures(std::string_view line) {
  std::vector<std::string_view> source_words;
  const std::string normalized = NormalizeForCompare(line, &source_words);
  return ComputeLineFeatures(line, normalized, source_words);
}

LineFeatures ComputeLineFeatures(std::string_view line, std::string_view normalized,
                                 std::span<const std::string_view> source_words) {
  return ComputeLineFeatures(line, normalized, source_words, VocabularyTopic());
}

LineFeatures ComputeLineFeatures(std::string_view line, std::string_view normalized,
                                 std::span<const std::string_view> source_words,
                                 const VocabularyTopic& topic) {
  LineFeatures f;
  f.chars = Utf8Length(line);
  // Every code point CountCjk counts is U+3000 or above: its lead byte is
  // 0xE3 or above.
  const bool may_hold_cjk = f.chars < line.size() && HasByteAtLeast(line, 0xE3);
  CjkCounts cjk = may_hold_cjk ? CountCjk(line) : CjkCounts{};

  std::string_view end = StripClosers(line);
  f.ends_sentence =
      !end.empty() &&
      (IsSentenceEndByte(end.back()) || EndsWith(end, "\xE2\x80\xA6") ||
       (may_hold_cjk &&
        CountCjk(end.substr(end.size() - std::min<size_t>(3, end.size()))).ends_sentence));
  f.ends_ellipsis = EndsWith(end, "...") || EndsWith(end, "\xE2\x80\xA6");
  f.has_comma = line.find(',') != std::string_view::npos || cjk.comma;
  f.time_like = IsTimeLike(line);

  // Sentences: sentence ends followed by a space or the line end.
  for (size_t i = 0; (i = FindAnyOf3(line, i, '.', '!', '?')) < line.size(); ++i) {
    if (i + 1 == line.size() || line[i + 1] == ' ') ++f.sentences;
  }
  f.sentences += cjk.sentence_ends;

  // One walk over the words of the line (source_words) and, in step, over
  // the same words lowercased in `normalized`.
  size_t tokens = 0, cjk_tokens = 0;
  size_t stop = 0, content = 0, capital = 0;
  bool timestamp_word = false;
  size_t run = 0;  // words since the last punctuation between two words
  const char* previous_end = nullptr;
  size_t pos = 0;  // next word in normalized
  // Anywhere rules whose phrase the line holds: which of them apply depends
  // on the word count, known after the walk.
  const LineWordIndex& index = WordIndex();
  std::array<size_t, 8> matched;
  size_t matched_count = 0;
  bool matched_overflow = false;
  auto on_match = [&](size_t rule) {
    if (matched_count < matched.size()) {
      matched[matched_count++] = rule;
    } else {
      matched_overflow = true;
    }
  };
  // Reads the normalised word at pos (for the anywhere rules) and moves past it.
  auto next_normalized_word = [&] {
    size_t space = pos;  // words are short: a loop beats a call to memchr
    while (space < normalized.size() && normalized[space] != ' ') ++space;
    std::string_view word = normalized.substr(pos, space - pos);
    const LineWordIndex::Entry& entry = index.Lookup(word);
    LineWordIndex::ForEachRuleAt(normalized, pos, entry, on_match);
    pos = space + 1;
    return std::pair<std::string_view, const LineWordIndex::Entry&>(word, entry);
  };
  for (std::string_view token : source_words) {
    ++tokens;
    if (cjk.chars > 0 && HasCjkChar(token)) ++cjk_tokens;
    if (previous_end != nullptr) {
      bool plain_gap = true;  // only spaces and hyphens between the two words
      for (const char* c = previous_end; c != token.data(); ++c) {
        plain_gap = plain_gap && (*c == ' ' || *c == '-');
      }
      run = plain_gap ? run + 1 : 1;
    } else {
      run = 1;
    }
    previous_end = token.data() + token.size();
    f.longest_unpunctuated = std::max(f.longest_unpunctuated, run);

    if (pos >= normalized.size()) continue;
    auto [word, entry] = next_normalized_word();
    if (!timestamp_word && (tokens <= kMaxTimestampWords || cjk.chars > 0)) {
      timestamp_word = entry.timestamp;
    }
    if (AllDigits(word)) {
      ++f.digit_words;
    } else if (entry.stop) {
      ++stop;
    } else {
      ++content;
      if (StartsUpper(token)) ++capital;
    }
  }
  while (pos < normalized.size()) next_normalized_word();
  f.words = tokens;
  if (cjk.chars > 0) {
    f.words = tokens - cjk_tokens + (cjk.chars + kCjkCharsPerWord - 1) / kCjkCharsPerWord;
  }
  if (f.words > kMaxTimestampWords) timestamp_word = false;
  if (f.sentences == 0 && f.words > 0) f.sentences = 1;
  bool clock = false;
  for (size_t i = 1; i + 2 < line.size() && f.words <= kMaxTimestampWords; ++i) {
    clock = clock ||
            (line[i] == ':' && line[i - 1] >= '0' && line[i - 1] <= '9' && line[i + 1] >= '0' &&
             line[i + 1] <= '5' && line[i + 2] >= '0' && line[i + 2] <= '9');
  }
  // A bare time ("9:43PM") stamps live-blog entries, which are article text.
  f.timestamp_like = (timestamp_word || clock) && f.digit_words > 0 && !f.ends_sentence &&
                     f.words >= kMinTimestampWords;
  stop += cjk.function_chars;
  if (f.words > 0) {
    f.stop_ratio = std::min(1.0, static_cast<double>(stop) / static_cast<double>(f.words));
  }
  if (content > 0) f.capital_ratio = static_cast<double>(capital) / static_cast<double>(content);

  // "READ MORE:", "SEE ALSO:" — an all-caps lead-in ending with a colon.
  size_t colon = line.find(':');
  if (colon != std::string_view::npos && colon > 2 && colon < 24) {
    std::string_view head = line.substr(0, colon);
    bool caps = std::none_of(head.begin(), head.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    std::string lower_head = ToLowerAscii(head);
    f.teaser_prefix = caps && (lower_head.find("read") != std::string::npos ||
                               lower_head.find("see also") != std::string::npos ||
                               lower_head.find("related") != std::string::npos ||
                               lower_head.find("watch") != std::string::npos ||
                               lower_head.find("more") != std::string::npos);
  }

  // The anchored rules look at the line's start, lowercased: no more of it
  // than their longest phrase and one byte (a whole-line rule then sees a
  // longer line as different).
  std::array<char, kMaxAnchoredPhrase + 1> start_buffer;
  size_t start_size = 0;
  if (f.words <= kMaxVocabularyWords) {
    start_size = std::min(line.size(), start_buffer.size());
    for (size_t i = 0; i < start_size; ++i) start_buffer[i] = AsciiToLower(line[i]);
  }
  std::string_view lower_start(start_buffer.data(), start_size);
  // The first rule of the table that matches wins: the anchored ones are
  // tried in order, the anywhere ones through the index.
  constexpr size_t kRules = std::size(kVocabulary);
  static const AnchoredIndex anchored;
  size_t first = anchored.FirstMatch(normalized, f.words, kRules);
  first = anchored.FirstMatch(lower_start, f.words, first);
  if (matched_overflow) {
    first = index.FirstMatch(normalized, f.words, first, topic);
  } else {
    for (size_t i = 0; i < matched_count; ++i) {
      const size_t rule = matched[i];
      if (rule < first && f.words <= kVocabulary[rule].max_words &&
          !topic.Contains(static_cast<int>(rule))) {
        first = rule;
      }
    }
  }
  if (first < kRules) {
    f.vocabulary = kVocabulary[first].label;
    f.vocabulary_reason = kVocabulary[first].reason;
    f.vocabulary_rule = static_cast<int>(first);
  }
  if (f.vocabulary == Label::kBody && f.longest_unpunctuated >= kNameSoupWords &&
      f.stop_ratio < kNameSoupMaxStopRatio) {
    f.vocabulary = Label::kNavigation;
    f.vocabulary_reason = "name soup";
  }
  if (f.vocabulary == Label::kBody &&
      ClosedParagraphs(line, kMinClosedParagraphs) >= kMinClosedParagraphs) {
    f.vocabulary = Label::kBoilerplate;
    f.vocabulary_reason = "page markup printed as text";
  }
  return f;
}

}  // namespace newsift
