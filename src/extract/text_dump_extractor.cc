// Text-dump extraction in three passes: per-line features (text_dump_features),
// page structure (repetition, the main body region found as the best-scoring
// run of lines), then metadata from the lines around the body's start (title,
// description, dates, section, captions).
#include "extract/text_dump_extractor.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <concepts>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "clean/repetition.h"
#include "extract/body_fingerprint.h"
#include "extract/bylines.h"
#include "extract/credits.h"
#include "extract/dates.h"
#include "extract/language.h"
#include "extract/site_name.h"
#include "extract/text_dump_features.h"
#include "util/byte_scan.h"
#include "util/hash.h"
#include "util/text.h"

namespace newsift {
namespace {

// How body-like a line is on its own.
enum class Shape { kGood, kNearGood, kHeadline, kShort, kBad };

// Thresholds of the line shapes.
struct ShapeThresholds {
  size_t good_min_words = 10;
  double good_min_stop = 0.15;
  size_t long_min_words = 30;  // prose even without a final period
  double long_min_stop = 0.2;
  size_t near_min_words = 5;
  size_t near_unpunctuated_min_words = 12;
  double near_min_stop = 0.25;
  size_t headline_min_words = 3;
  size_t headline_max_words = 25;
  double title_case_min_ratio = 0.75;
  size_t glued_labels_max_sentences = 2;
};
constexpr ShapeThresholds kShape;

// An exact repeat at least this many lines below its first copy may be the
// body's copy (the first one being a summary or a teaser).
constexpr size_t kFarRepeatLines = 8;

// Reader comments below the article.
struct CommentLimits {
  size_t min_article_lines = 2;  // good lines before a cut is allowed
  size_t window = 40;            // lines to look ahead for more stamps
  size_t min_more_stamps = 1;
  size_t max_name_words = 4;
};
constexpr CommentLimits kComments;

// Story cards under an article: at least min_cards in a row, each of
// min_lines to max_lines lines (a date line, the blurb after it).
struct CardListLimits {
  size_t min_cards = 3;
  size_t min_lines = 3;
  size_t max_lines = 6;
  size_t max_blurb_words = 80;  // a live blog's longer entries are not cards
  size_t min_with_writer = 2;   // of the first min_cards
};
constexpr CardListLimits kCards;

// Teaser lists: at least this many headline + blurb pairs in a row.
struct TeaserRunLimits {
  size_t min_pairs = 3;
  size_t max_blurb_words = 45;
  size_t max_blurb_sentences = 2;
};
constexpr TeaserRunLimits kTeaser;

// Line values for the body-region search (a maximum-sum run): body-like
// lines pay in, everything else costs, so short gaps are bridged and long
// boilerplate stretches are not.
struct RegionWeights {
  double good_base = 1.0;
  double good_per_word = 0.05;
  size_t good_max_words = 80;
  double near_good = 0.4;
  double headline = -0.6;
  double short_line = -0.3;
  double bad = -1.0;
  double repeated = -0.8;
  double related_heading = -3.0;
  size_t max_heading_words = 4;
};
constexpr RegionWeights kRegion;

// Title search: how far before the body a title may sit, and its bonuses.
struct TitleWeights {
  size_t max_distance = 12;  // lines before the body start
  size_t min_words = 3;
  size_t max_words = 25;
  double repeated = 2.0;  // the page shows it twice (title + image title)
  double near_date = 1.0;
  size_t date_window = 3;
  double proximity = 2.0;      // scaled by closeness to the body
  double in_first_line = 1.0;  // matches the <title> line's headline
  // Scaled by the share of the line's content words that the <title> line
  // has: the h1 rewords the <title> ("Ten Comet Facts to Know" under "Comet
  // Facts For 2026 - Outlet"), a menu item or credit does not.
  double shares_first_line = 10.0;
  // Below this share, the <title> line's own headline is the better guess.
  double min_share_of_first_line = 0.3;
  // The outlet's name around a <title> line's headline has at most this
  // many words a copy (TitleOutletKeys); the headline without it at least
  // this many.
  size_t max_outlet_words = 3;
  size_t min_headline_words = 4;
};
constexpr TitleWeights kTitle;

// No line: an index past any.
constexpr size_t kNoLine = std::numeric_limits<size_t>::max();

// A phrase of the headline is the page's topic (SetTopicAside) when this
// many other lines use it.
constexpr size_t kMinTopicLines = 2;

// A body region right after the headline wins over a larger one elsewhere
// (footer blurbs, teaser lists) when it holds at least this share of its sum.
constexpr double kAnchoredRegionShare = 0.2;
constexpr size_t kAnchoredRegionWindow = 15;
constexpr size_t kTitleAnchorMinWords = 3;
constexpr size_t kTitleAnchorMaxWords = 30;
// "Outlet - Headline": the part after a separator is a headline when it has
// at least this many words and twice as many as the part before it.
constexpr size_t kMinTitleSuffixWords = 4;

// Lines shorter than this are never glued summaries (labels repeat legitimately).
constexpr size_t kMinCompositeWords = 3;

// A headline repeated with a label glued on ("... FEATURE") has this many extra words at most.
constexpr size_t kMaxCardLabelWords = 2;

// Lines between two paragraphs that are neither prose nor subheadings: a list
// when at least this many stand together, otherwise kept only when short (a
// heading or a lone item; longer ones are mostly in-article teasers).
constexpr size_t kMinListLines = 3;
// A list's announcing line ("Tour dates:") may stand this many lines below
// the region's last paragraph.
constexpr size_t kAnnouncingLinesAfter = 4;
constexpr size_t kMinAnnouncingWords = 2;
// An announced list runs at most this many lines: longer, the run without
// furniture is more likely the rest of the page than one list.
constexpr size_t kMaxAnnouncedListLines = 300;
// A numbered section heading ("3. The view from the pier") has at most this
// many words; the next section starts at most this many lines further.
constexpr size_t kMaxNumberedHeadingWords = 20;
constexpr size_t kMaxSectionLines = 80;
// A table of contents before the body lists at least this many subheadings.
constexpr size_t kMinContentsLines = 3;
// A writer's name may stand one line away from the date line, past a line of
// at most this many words (a job title, a reading time).
constexpr size_t kMaxLineBetweenNameAndDate = 4;
constexpr size_t kMaxLooseLineWords = 7;
// Story cards' date lines stand at most this many lines apart.
constexpr size_t kCardDateLinesApart = 6;

// Bylines: looked for among this many lines after the title (up to the first
// paragraph) and before it, of at most this many words.
constexpr size_t kBylineLinesAfter = 12;
constexpr size_t kBylineLinesBefore = 4;
constexpr size_t kMaxBylineLineWords = 16;
// A line that opens with a byline's lead may be longer: two dates with their
// times, a fact-checker's credit ("By Ann Lee - Updated May 5, 2025 at 9:40
// AM EST | Fact-checked by Bo Ng"), the post's categories and tags.
constexpr size_t kMaxLedBylineLineWords = 32;

// Dates and breadcrumbs are short lines.
constexpr size_t kMaxDateLineWords = 14;
// Lines up to this long are searched for dates: two dates with their times.
constexpr size_t kMaxDateSearchWords = 20;
// A page with no date before or in the body may print it this close after.
constexpr size_t kDateLinesAfterBody = 8;
constexpr size_t kMaxDateLineExtraWords = 6;
// A row of metadata ("Ann Lee | May 5, 2024 | Science") has this many
// fields at least, each of at most this many words.
constexpr size_t kMinRowFields = 3;
constexpr size_t kMaxRowFieldWords = 10;
constexpr size_t kMaxBreadcrumbWords = 6;
// Units of time (their prefixes) in a reading time or an age.
constexpr std::array<std::string_view, 8> kTimeUnits = {"sec", "min",  "hour",  "hr",
                                                        "day", "week", "month", "year"};
constexpr size_t kMaxDescriptionWords = 60;
constexpr size_t kMinDescriptionWords = 5;
constexpr size_t kExplainChars = 160;

// Navigation words a breadcrumb starts with ("HomeScience News", "Home > World").
constexpr std::array<std::string_view, 8> kBreadcrumbRoots = {
    "Home", "Main", "Start", "Startseite", "Accueil", "Inicio", "Portada", "News"};
constexpr std::array<std::string_view, 5> kBreadcrumbSeparators = {" > ", " / ", " \xE2\x80\xBA ",
                                                                   " \xC2\xBB ", " | "};

struct Line {
  std::string text;   // whitespace collapsed
  std::string norm;   // NormalizeForCompare(text)
  size_t number = 0;  // 1-based line number in the dump
  LineFeatures f;
  Shape shape = Shape::kBad;
  RepeatVerdict repeat;
  size_t copies = 1;  // how many lines hold this exact text
  std::vector<DateMention> dates;
  bool date_line = false;
  bool teaser_run = false;  // part of a headline + blurb list
  // An exact repeat of a line far above (a summary or teaser that reappears
  // in the article): either copy may be the body's.
  bool far_repeat = false;
  std::optional<CaptionParts> caption;
  Label label = Label::kBoilerplate;
  std::string reason;
  // For body lines: the block they become.
  BlockKind kind = BlockKind::kParagraph;
  int level = 0;
  // Inside the body region but neither prose nor a subheading: dropped unless
  // it belongs to a list or heading between paragraphs (KeepStructureLines).
  bool loose = false;
  // A subheading the table of contents lists: a section starts there, so the
  // short lines before it end the section above rather than sit between
  // paragraphs (a shop's "See all offers" links).
  bool contents_heading = false;
};

Shape ShapeOf(const LineFeatures& f) {
  if (f.vocabulary != Label::kBody || f.teaser_prefix || f.time_like) return Shape::kBad;
  // Title Case with at most one sentence, or cut off with "...": a headline
  // even when it ends with "?" or "…".
  if (f.words >= kShape.headline_min_words && f.words <= kShape.headline_max_words &&
      f.sentences <= 1 && (f.capital_ratio >= kShape.title_case_min_ratio || f.ends_ellipsis)) {
    return Shape::kHeadline;
  }
  // Longer than a headline, yet capitalised like one and not ended like
  // prose: link labels run together (a menu, a row of teaser headlines) or a
  // sidebar's long headline. Prose that names many places or people mostly
  // ends with a period or runs to more sentences. Lost: one or two such
  // sentences cut by a footnote mark or ending with a colon before a quote
  // (a stop-word ceiling would keep them, but loses the sidebar headlines).
  if (f.words > kShape.headline_max_words && f.capital_ratio >= kShape.title_case_min_ratio &&
      !f.ends_sentence && f.sentences <= kShape.glued_labels_max_sentences) {
    return Shape::kShort;
  }
  if ((f.ends_sentence && f.words >= kShape.good_min_words &&
       f.stop_ratio >= kShape.good_min_stop) ||
      (f.words >= kShape.long_min_words && f.stop_ratio >= kShape.long_min_stop)) {
    return Shape::kGood;
  }
  if ((f.ends_sentence && f.words >= kShape.near_min_words) ||
      (f.words >= kShape.near_unpunctuated_min_words && f.stop_ratio >= kShape.near_min_stop)) {
    return Shape::kNearGood;
  }
  if (f.words >= kShape.headline_min_words && f.words <= kShape.headline_max_words &&
      !f.ends_sentence) {
    return Shape::kHeadline;
  }
  return f.words == 0 ? Shape::kBad : Shape::kShort;
}

bool IsBodyShape(Shape shape) { return shape == Shape::kGood || shape == Shape::kNearGood; }

// Lines before the body that the body prints again as subheadings, in runs
// of at least kMinContentsLines: a table of contents. A lone headline
// repeated in the body is no such run, nor is a header block (headline,
// byline, date) that a player or gallery prints again: its copies stand
// together, while a table's stand apart, with the sections between them.
std::vector<bool> TableOfContents(const std::vector<Line>& lines, size_t region_begin,
                                  size_t region_end) {
  assert(region_begin <= lines.size() && region_end <= lines.size());
  std::vector<size_t> copy_in_body(region_begin, kNoLine);
  for (size_t j = region_begin; j < region_end; ++j) {
    const Line& line = lines[j];
    if (!line.repeat.repeated || !line.repeat.parts.empty()) continue;
    auto same = static_cast<size_t>(line.repeat.same_as);
    if (same < region_begin && copy_in_body[same] == kNoLine) copy_in_body[same] = j;
  }
  std::vector<bool> contents(lines.size(), false);
  for (size_t i = 0; i < region_begin;) {
    size_t end = i;
    size_t first_copy = kNoLine, last_copy = 0;
    for (; end < region_begin && copy_in_body[end] != kNoLine; ++end) {
      first_copy = std::min(first_copy, copy_in_body[end]);
      last_copy = std::max(last_copy, copy_in_body[end]);
    }
    const size_t run = end - i;
    if (run >= kMinContentsLines && last_copy - first_copy >= 2 * (run - 1)) {
      std::fill(contents.begin() + i, contents.begin() + end, true);
    }
    i = end > i ? end : i + 1;
  }
  return contents;
}

// The section numbers a line starts with: "2. The quay" {2}, "2.1 Tickets"
// {2, 1}, "3) Pricing" {3}, "#4 The view" {4}; empty when it starts with none
// ("3 Min Read", "2 Comments": a count) or is no heading (a date line, a long
// sentence).
std::vector<int> SectionNumber(const Line& line) {
  std::vector<int> number;
  if (line.date_line || line.f.words > kMaxNumberedHeadingWords) return number;
  std::string_view text = line.text;
  const bool hash = text.starts_with('#');
  if (hash) text.remove_prefix(1);
  size_t at = 0;
  while (true) {
    size_t digits = 0;
    int value = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9' && digits < 3) {
      value = value * 10 + (text[at] - '0');
      ++at;
      ++digits;
    }
    if (digits == 0 || (at < text.size() && text[at] >= '0' && text[at] <= '9')) return {};
    number.push_back(value);
    if (at + 1 < text.size() && text[at] == '.' && text[at + 1] >= '0' && text[at + 1] <= '9') {
      ++at;
      continue;
    }
    break;
  }
  if (at < text.size() && (text[at] == '.' || text[at] == ')' || text[at] == ':')) {
    ++at;
  } else if (number.size() == 1 && !hash) {
    return {};
  }
  // Then a space and a word: "1. Harbour Fair", not "1.5 million" or "2024".
  if (at + 1 >= text.size() || text[at] != ' ' || text[at + 1] == ' ') return {};
  const unsigned char next = static_cast<unsigned char>(text[at + 1]);
  if (!(next >= 0x80 || (next >= 'A' && next <= 'Z') || next == '"')) return {};
  if (number.front() == 0) return {};
  return number;
}

// Whether section number `next` may follow `previous`: the next at the same
// depth ({2, 1} -> {2, 2}), a first subsection ({2} -> {2, 1}) or the next at
// a shallower depth ({2, 2} -> {3}).
bool FollowsSection(const std::vector<int>& previous, const std::vector<int>& next) {
  if (next.empty() || previous.empty()) return false;
  if (next.size() == previous.size() + 1) {
    return next.back() == 1 && std::equal(previous.begin(), previous.end(), next.begin());
  }
  if (next.size() > previous.size()) return false;
  return std::equal(next.begin(), next.end() - 1, previous.begin()) &&
         next.back() == previous[next.size() - 1] + 1;
}

// Whether the headlines among lines [begin, end) are numbered in sequence
// ("1. ...", "2. ...", "3. ..."): an article's own sections, each with a line
// of text, rather than a list of teasers.
bool NumberedInSequence(const std::vector<Line>& lines, size_t begin, size_t end) {
  std::vector<int> previous;
  size_t numbered = 0;
  for (size_t i = begin; i < end; ++i) {
    if (lines[i].shape != Shape::kHeadline) continue;
    std::vector<int> number = SectionNumber(lines[i]);
    if (number.empty() || (numbered > 0 && !FollowsSection(previous, number))) return false;
    previous = std::move(number);
    ++numbered;
  }
  return numbered > 0;
}

// Teaser lists: headline, one short blurb, headline, one short blurb... (the
// "more stories" blocks). An article's subheadings are followed by longer
// and more numerous paragraphs. Marks such runs; returns how many lines.
size_t MarkTeaserRuns(std::vector<Line>* lines_ptr, std::vector<bool>* teaser) {
  std::vector<Line>& lines = *lines_ptr;
  const size_t n = lines.size();
  // (A date line is no headline: dated sections of the article alternate
  // with their paragraphs the same way.)
  auto is_headline = [&](size_t i) {
    return i < n && lines[i].shape == Shape::kHeadline && !lines[i].date_line;
  };
  auto is_blurb = [&](size_t i) {
    return i < n && IsBodyShape(lines[i].shape) && lines[i].f.words <= kTeaser.max_blurb_words &&
           lines[i].f.sentences <= kTeaser.max_blurb_sentences;
  };
  size_t marked = 0;
  size_t i = 0;
  while (i < n) {
    // Collect consecutive pairs starting at i.
    size_t pairs = 0;
    size_t j = i;
    size_t run_end = i;
    while (is_headline(j)) {
      size_t blurb = j + 1;
      // A short meta line (source, date) may sit between headline and blurb.
      if (!is_blurb(blurb) && blurb < n && lines[blurb].shape == Shape::kShort) ++blurb;
      if (!is_blurb(blurb)) break;
      ++pairs;
      run_end = blurb + 1;
      j = run_end;
      if (j < n && lines[j].shape == Shape::kShort && is_headline(j + 1)) ++j;
    }
    if (pairs >= kTeaser.min_pairs) {
      if (!NumberedInSequence(lines, i, run_end)) {
        for (size_t k = i; k < run_end; ++k) (*teaser)[k] = true;
        marked += run_end - i;
      }
      i = run_end;
    } else {
      ++i;
    }
  }
  return marked;
}

// The teaser runs (MarkTeaserRuns) that reach into the body region [begin,
// end): a listing's teasers are where its body would be; a "more stories"
// block after an article is not the page. Adds their headlines to
// evidence->teasers and their text to teaser_chars.
void MeasureTeasersInRegion(const std::vector<Line>& lines, size_t begin, size_t end,
                            PageEvidence* evidence) {
  for (size_t i = 0; i < lines.size();) {
    if (!lines[i].teaser_run) {
      ++i;
      continue;
    }
    size_t run_end = i;
    size_t headlines = 0, chars = 0;
    for (; run_end < lines.size() && lines[run_end].teaser_run; ++run_end) {
      headlines += lines[run_end].shape == Shape::kHeadline ? 1 : 0;
      chars += CountBytes(lines[run_end].text, '!', '!').at_least;
    }
    if (i < end && run_end > begin) {
      evidence->teasers += headlines;
      evidence->teaser_chars += chars;
    }
    i = run_end;
  }
}

double ShapeValue(const Line& line);
double RegionValue(const Line& line);
size_t LastSectionEnd(const std::vector<Line>& lines, size_t region_begin, size_t heading,
                      size_t section_lines, const std::vector<int>& number);

// Whether a line is one of the article's paragraphs: prose not in Title
// Case (a card's headline may read as prose, and is capitalised).
bool IsParagraph(const Line& line) {
  return line.shape == Shape::kGood && line.f.capital_ratio < kShape.title_case_min_ratio;
}

bool IsCardBlurb(const Line& line) {
  return IsBodyShape(line.shape) && line.f.words <= kCards.max_blurb_words;
}

// Whether the k lines around date line `date` are a story card: the lines
// above the date (a headline, a writer) neither paragraphs (prose not in
// Title Case) nor another date, and a blurb right after it.
bool IsCard(const std::vector<Line>& lines, size_t begin, size_t date, size_t k, size_t end) {
  const size_t above = k - 2;
  if (date < begin + above || date + 1 >= end) return false;
  if (!lines[date].date_line || !IsCardBlurb(lines[date + 1])) return false;
  for (size_t j = date - above; j < date; ++j) {
    if (IsParagraph(lines[j]) || lines[j].date_line) return false;
  }
  return true;
}

// Whether the card whose date line is `date` names a writer: a full name
// on a line above the date, or capitalised words beside the date on its line
// ("Ann Lee March 3, 2025", "March 3, 2025 - Example Wire - Ann Lee"; not
// "March 3, 2025 at 6:20 am").
bool CardNamesWriter(const std::vector<Line>& lines, size_t date, size_t above) {
  for (size_t j = date - above; j < date; ++j) {
    if (IsCapitalisedFullName(lines[j].text)) return true;
  }
  constexpr size_t kMinWriterWords = 2;
  size_t capitalised = 0;
  for (std::string_view word : WordsOutsideDates(lines[date].text, lines[date].dates)) {
    const auto first = static_cast<unsigned char>(word[0]);
    if ((first >= 'A' && first <= 'Z') || first >= 0x80) ++capitalised;
  }
  return capitalised >= kMinWriterWords;
}

// A list of story cards from date line `date` on ("more stories" under an
// article, each card a headline, its writer, a date line and a blurb): at
// least kCards.min_cards cards of one length in a row, at least
// kCards.min_with_writer of them naming a writer. Returns the first card's
// first line, or end. An article's own dated sections stay: a diary or an
// undivided timeline has prose or dates where a card has its headline, and
// a changelog or a timeline with headings names no writer. Reader comments
// in that shape (a name, a date, one paragraph each) are cut as well.
size_t CardListStart(const std::vector<Line>& lines, size_t begin, size_t date, size_t end) {
  for (size_t k = kCards.min_lines; k <= kCards.max_lines; ++k) {
    size_t cards = 0;
    size_t with_writer = 0;
    for (size_t d = date; cards < kCards.min_cards && IsCard(lines, begin, d, k, end); d += k) {
      ++cards;
      if (CardNamesWriter(lines, d, k - 2)) ++with_writer;
    }
    if (cards >= kCards.min_cards && with_writer >= kCards.min_with_writer) {
      return date - (k - 2);
    }
  }
  return end;
}

// Where reader comments start inside [begin, end): a comment-section heading,
// the first of several post time stamps interleaved with prose, or a list of
// story cards (CardListStart), once the article has had some paragraphs.
// Returns end when there are none.
size_t CommentCut(const std::vector<Line>& lines, size_t begin, size_t end) {
  size_t good = 0;
  for (size_t i = begin; i < end; ++i) {
    const Line& line = lines[i];
    if (good >= kComments.min_article_lines) {
      if (line.f.vocabulary == Label::kComment) return i;
      if (line.date_line) {
        if (size_t cut = CardListStart(lines, begin, i, end); cut < end) return cut;
      }

      if (line.f.timestamp_like) {
        size_t stamps = 0;
        bool prose_between = false;
        for (size_t j = i + 1; j < end && j <= i + kComments.window; ++j) {
          if (lines[j].f.timestamp_like && prose_between) ++stamps;
          if (IsBodyShape(lines[j].shape)) prose_between = true;
        }
        if (stamps >= kComments.min_more_stamps) {
          // The commenter's name sits just above the stamp.
          size_t cut = i;
          while (cut > begin && lines[cut - 1].f.words <= kComments.max_name_words &&
                 !IsBodyShape(lines[cut - 1].shape)) {
            --cut;
          }
          return cut;
        }
      }
    }
    if (line.shape == Shape::kGood) ++good;
  }
  return end;
}

// Whether a line is the page's furniture rather than the article's: a line
// the vocabulary condemns, a teaser, a date line (a story card's) or a copy of
// a line above the body (a menu printed again in the footer).
bool IsFurniture(const Line& line, size_t region_begin) {
  return line.f.vocabulary != Label::kBody || line.f.teaser_prefix || line.teaser_run ||
         line.date_line ||
         (line.repeat.repeated && static_cast<size_t>(line.repeat.same_as) < region_begin);
}

// Related links, comments or a footer: the article is over.
bool ClosesArticle(const Line& line) {
  const Label vocabulary = line.f.vocabulary;
  return vocabulary == Label::kRelated || vocabulary == Label::kComment ||
         vocabulary == Label::kFooter;
}

// Whether a line prints a subheading that the table of contents (`contents`,
// TableOfContents) lists: a copy of one of its lines, printed there and here
// only (a link repeated under every section is no heading), and neither a
// date nor page furniture.
bool ListedHeading(const Line& line, const std::vector<bool>& contents) {
  if (!line.repeat.repeated || !line.repeat.parts.empty() || line.copies != 2) return false;
  const auto same = static_cast<size_t>(line.repeat.same_as);
  return same < contents.size() && contents[same] && !line.date_line &&
         line.f.vocabulary == Label::kBody;
}

// Numbered sections ("1. ...", "2. ...") inside the region [begin, end) whose
// numbering goes on after it: each section's spec lines, links and photo
// credits cost the region search more than its paragraph pays in, so the
// region stops after the first few. The body runs on through the sections that
// continue the numbering, each within kMaxSectionLines of the one before,
// until the related links, comments or footer. The last section is as long
// as the one before it, or runs on as far as its lines pay in, up to the
// page's furniture. Returns the new end, or end.
size_t NumberedSectionsEnd(const std::vector<Line>& lines, size_t begin, size_t end) {
  std::vector<int> last;
  size_t previous_heading = end;
  bool chained = false;  // the last two numbered lines follow each other
  for (size_t i = begin; i < end; ++i) {
    std::vector<int> number = SectionNumber(lines[i]);
    if (number.empty()) continue;
    chained = FollowsSection(last, number);
    last = std::move(number);
    previous_heading = i;
  }
  if (!chained) return end;
  bool continued = false;
  size_t section_lines = 0;  // from the heading before the last to the last
  for (size_t i = end; i < lines.size() && i <= previous_heading + kMaxSectionLines; ++i) {
    if (ClosesArticle(lines[i])) break;
    std::vector<int> number = SectionNumber(lines[i]);
    if (number.empty()) continue;
    if (!FollowsSection(last, number)) break;
    last = std::move(number);
    section_lines = i - previous_heading;
    previous_heading = i;
    continued = true;
  }
  if (!continued) return end;
  return LastSectionEnd(lines, begin, previous_heading, section_lines, last);
}

// Where the last of the article's sections ends, given its heading, the
// lines of the section before it and the heading's number (empty when the
// sections are not numbered). It is as long as the section before it, or runs
// on as far as its lines pay in (a conclusion after it), up to the page's
// furniture or a list numbered anew. The region starts at region_begin.
size_t LastSectionEnd(const std::vector<Line>& lines, size_t region_begin, size_t heading,
                      size_t section_lines, const std::vector<int>& number) {
  double sum = 0, best = 0;
  size_t end = heading + 1;
  for (size_t i = heading + 1; i < lines.size() && i <= heading + kMaxSectionLines; ++i) {
    if (IsFurniture(lines[i], region_begin)) break;
    const std::vector<int> next = SectionNumber(lines[i]);
    const bool anew = number.empty() ? next == std::vector<int>{1} : !FollowsSection(number, next);
    if (!next.empty() && anew) break;
    sum += RegionValue(lines[i]);
    if (sum > best || i < heading + section_lines) {
      best = std::max(best, sum);
      end = std::max(end, i + 1);
    }
  }
  return end;
}

// The first line of prose in [begin, end), or end.
size_t FirstProse(const std::vector<Line>& lines, size_t begin, size_t end) {
  while (begin < end && !IsBodyShape(lines[begin].shape)) ++begin;
  return begin;
}

// Sections a table of contents before the region [begin, end) lists: when
// it lists headings inside the region and after it, in its order, the body
// runs on through the sections after the region, each within
// kMaxSectionLines of the one before, until the related links, comments or
// footer (LastSectionEnd for the last). Returns the new end, or end.
size_t ContentsSectionsEnd(const std::vector<Line>& lines, size_t region_begin, size_t end) {
  // (The region may start inside the table: it lists more than the body.)
  const size_t begin = FirstProse(lines, region_begin, end);
  if (end <= begin) return end;
  const std::vector<bool> contents = TableOfContents(lines, begin, lines.size());
  // The copy, after the table, of each of its lines (ListedHeading).
  std::vector<size_t> copy(begin, kNoLine);
  for (size_t j = begin; j < lines.size(); ++j) {
    if (ListedHeading(lines[j], contents)) copy[static_cast<size_t>(lines[j].repeat.same_as)] = j;
  }
  // The table's entries in order: those the region prints, then those after
  // it, each after the one before. Entries whose copies all come after the
  // region are a menu that the footer prints again.
  size_t previous = kNoLine, section_lines = 0;
  bool continued = false;
  for (size_t i = 0; i < begin; ++i) {
    const size_t at = copy[i];
    if (at == kNoLine) continue;
    if (at < end) {
      previous = at;
      continue;
    }
    if (previous == kNoLine) continue;
    if (at <= previous || at > previous + kMaxSectionLines) break;
    bool closed = false;
    for (size_t k = std::max(end, previous); k < at && !closed; ++k) {
      closed = ClosesArticle(lines[k]);
    }
    if (closed) break;
    section_lines = at - previous;
    previous = at;
    continued = true;
  }
  if (!continued) return end;
  return LastSectionEnd(lines, begin, previous, section_lines, {});
}

// Whether a line announces a list: it ends with a colon and says something
// ("The tour dates:"), unlike a menu's label ("Sections:"), which the
// vocabulary may not know in the page's language.
bool AnnouncesList(const Line& line) {
  return EndsWith(line.text, ":") && line.f.words >= kMinAnnouncingWords;
}

// A list the article announces ("The tour dates:", "Here are the winners:")
// and ends with: a run of short lines costs the region search more than its
// paragraphs pay in, so the region [begin, end) stops before it. When the
// region's last paragraph, or one of the first few lines after the region,
// ends with a colon, the body runs on to the first line of furniture
// (IsFurniture), given at least kMinListLines lines after the announcing line
// and at most kMaxAnnouncedListLines in all. Returns the new end, or end;
// *announcing gets the announcing line when it stands after the region.
size_t AnnouncedListEnd(const std::vector<Line>& lines, size_t begin, size_t end,
                        size_t* announcing) {
  if (end <= begin) return end;
  size_t stop = end;
  while (stop < lines.size() && !IsFurniture(lines[stop], begin)) {
    if (++stop - end > kMaxAnnouncedListLines) return end;
  }
  for (size_t k = end; k < stop && k < end + kAnnouncingLinesAfter; ++k) {
    if (!AnnouncesList(lines[k])) continue;
    if (stop - k - 1 < kMinListLines) return end;
    *announcing = k;
    return stop;
  }
  if (stop - end < kMinListLines) return end;
  for (size_t k = end; k-- > begin;) {
    if (!IsBodyShape(lines[k].shape) || lines[k].repeat.repeated) continue;
    return AnnouncesList(lines[k]) ? stop : end;
  }
  return end;
}

// The same before the region: a line ending with a colon, then at least
// kMinListLines lines up to the region's start, none of them furniture (a
// table announced under the headline, its notes in prose after it), at most
// kMaxAnnouncedListLines above it. Returns the announcing line, or begin.
size_t AnnouncedListBegin(const std::vector<Line>& lines, size_t begin, size_t end) {
  if (end <= begin) return begin;
  for (size_t k = begin;
       k > 0 && begin - k < kMaxAnnouncedListLines && !IsFurniture(lines[k - 1], begin);) {
    --k;
    if (begin - k > kMinListLines && AnnouncesList(lines[k])) return k;
  }
  return begin;
}

double RegionValue(const Line& line) {
  if (line.repeat.repeated) return line.far_repeat ? ShapeValue(line) : kRegion.repeated;
  if (line.teaser_run) return kRegion.bad;
  return ShapeValue(line);
}

double ShapeValue(const Line& line) {
  if (line.date_line || line.caption) return kRegion.short_line;
  // "Top stories", "Related articles": what follows is rarely the article.
  if (line.f.vocabulary == Label::kRelated && line.f.words <= kRegion.max_heading_words) {
    return kRegion.related_heading;
  }
  switch (line.shape) {
    case Shape::kGood:
      return kRegion.good_base + kRegion.good_per_word * static_cast<double>(std::min(
                                                             line.f.words, kRegion.good_max_words));
    case Shape::kNearGood:
      return kRegion.near_good;
    case Shape::kHeadline:
      return kRegion.headline;
    case Shape::kShort:
      return kRegion.short_line;
    case Shape::kBad:
      return kRegion.bad;
  }
  return kRegion.bad;
}

struct Region {
  size_t begin = 0, end = 0;  // [begin, end)
  double sum = 0;
};

// Best-sum contiguous run of line values among lines [from, size).
Region BestRegion(const std::vector<Line>& lines, size_t from) {
  double best = 0, current = 0;
  size_t best_begin = from, best_end = from, begin = from;
  for (size_t i = from; i < lines.size(); ++i) {
    if (current <= 0) {
      current = 0;
      begin = i;
    }
    current += RegionValue(lines[i]);
    if (current > best) {
      best = current;
      best_begin = begin;
      best_end = i + 1;
    }
  }
  return {best_begin, best_end, best};
}

// Best-sum run of line values that starts within `window` lines after `from`.
Region BestRegionStartingNear(const std::vector<Line>& lines, size_t from, size_t window) {
  std::vector<double> prefix(lines.size() + 1, 0.0);
  for (size_t i = 0; i < lines.size(); ++i) prefix[i + 1] = prefix[i] + RegionValue(lines[i]);
  Region best{from, from, 0.0};
  size_t min_at = from;
  for (size_t end = from + 1; end <= lines.size(); ++end) {
    size_t b = end - 1;
    if (b < from + window && prefix[b] < prefix[min_at]) min_at = b;
    double sum = prefix[end] - prefix[min_at];
    if (sum > best.sum) best = {min_at, end, sum};
  }
  return best;
}

// The number of words of a NormalizeForCompare result.
size_t NormWords(std::string_view norm) {
  return norm.empty() ? 0 : 1 + static_cast<size_t>(std::count(norm.begin(), norm.end(), ' '));
}

// Whether, around a separator of a <title> line, the part after it is the
// headline ("Outlet - Headline"): it has at least kMinTitleSuffixWords words
// and twice as many as the part before it.
bool SuffixIsHeadline(size_t before_words, size_t after_words) {
  return after_words >= 2 * before_words && after_words >= kMinTitleSuffixWords;
}

// The <title> line's possible headlines, normalised: the whole line and the
// part before its last separator of the first kind it has ("Headline |
// Outlet"); with every_separator, also the part before each separator
// ("Headline | Section | Outlet") and, where it is much longer than the part
// before it, the part after ("Outlet - Headline"), since where the outlet's
// part starts is not known. An outlet's masthead line may then match; the
// line nearest the body wins (FindTitleLine).
std::vector<std::string> FirstLineHeadlines(std::string_view first, bool every_separator) {
  std::vector<std::string> headlines;
  for (std::string_view sep : kTitleLineSeparators) {
    size_t last = first.rfind(sep);
    if (last == std::string_view::npos || last == 0) continue;
    if (!every_separator) {
      headlines.push_back(NormalizeForCompare(first.substr(0, last)));
      break;
    }
    for (size_t pos = first.find(sep); pos != std::string_view::npos;
         pos = first.find(sep, pos + 1)) {
      std::string before = NormalizeForCompare(first.substr(0, pos));
      std::string after = NormalizeForCompare(first.substr(pos + sep.size()));
      if (SuffixIsHeadline(NormWords(before), NormWords(after))) {
        headlines.push_back(std::move(after));
      }
      headlines.push_back(std::move(before));
    }
  }
  headlines.push_back(NormalizeForCompare(first));
  std::erase(headlines, std::string());
  return headlines;
}

bool IsOneOf(const std::string& norm, const std::vector<std::string>& headlines) {
  return std::find(headlines.begin(), headlines.end(), norm) != headlines.end();
}

// Whether the dump's first line (the <title> line) can stand as the title.
bool FirstLineIsHeadline(const Line& first) {
  return !first.f.ends_sentence && first.f.words <= kTitle.max_words &&
         first.f.vocabulary == Label::kBody;
}

// The parts of a title between its separators ("Headline | Section -
// Outlet" -> "Headline", "Section", "Outlet"), in order.
std::vector<std::string_view> TitleParts(std::string_view text) {
  std::vector<std::string_view> parts;
  while (!text.empty()) {
    size_t cut = text.size(), skip = 0;
    for (std::string_view sep : kTitleLineSeparators) {
      if (const size_t pos = text.find(sep); pos < cut) {
        cut = pos;
        skip = sep.size();
      }
    }
    parts.push_back(text.substr(0, cut));
    text.remove_prefix(std::min(text.size(), cut + skip));
  }
  return parts;
}

// Whether the dump's first line reads as a <title> line, whose words say
// which words the headline has: a headline of a few words, maybe with the
// outlet's name after a separator; not a menu ("Home | News | Sport"), a lone
// "Home" or a row of icon names.
bool IsTitleLine(const Line& first) {
  if (!FirstLineIsHeadline(first)) return false;
  const std::vector<std::string_view> parts = TitleParts(first.text);
  return std::any_of(parts.begin(), parts.end(), [](std::string_view part) {
    return NormWords(NormalizeForCompare(part)) >= kTitle.min_words;
  });
}

// "example.com", "news.example.org": one word with a dot before letters.
bool IsDomainName(std::string_view text) {
  if (text.empty() || text.find(' ') != std::string_view::npos) return false;
  const size_t dot = text.rfind('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < text.size() &&
         std::isalpha(static_cast<unsigned char>(text[dot + 1]));
}

// The outlet's name around the headline of a <title> line (headline: a view
// into it, TitleLineHeadline's), as the LetterKeys of the parts outside the
// headline, when they name the outlet: a name printed twice ("| Outlet |
// Outlet", the CMS adding the name the writer had put) or one spelt like the
// page's domain ("| Example Tires" on exampletire.com), each part at most
// kTitle.max_outlet_words words. Empty otherwise: a short part naming
// something else is the headline's source ("- Ministry") or a subtitle.
std::vector<std::string> TitleOutletKeys(std::string_view first, std::string_view headline,
                                         std::string_view domain) {
  // One key starts the other and holds two thirds of its letters at least:
  // "Example Tires" on exampletire.com, not "News" on newsexample.com.
  constexpr size_t kMinKeyChars = 4;
  constexpr size_t kMinKeyShareNum = 2, kMinKeyShareDen = 3;
  const size_t at = static_cast<size_t>(headline.data() - first.data());
  std::vector<std::string> keys;
  for (std::string_view outside : {first.substr(0, at), first.substr(at + headline.size())}) {
    for (std::string_view part : TitleParts(outside)) {
      if (std::string key = LetterKey(part); !key.empty()) {
        if (NormWords(NormalizeForCompare(part)) > kTitle.max_outlet_words) return {};
        keys.push_back(std::move(key));
      }
    }
  }
  if (keys.empty()) return {};
  const bool printed_twice =
      keys.size() >= 2 &&
      std::all_of(keys.begin(), keys.end(), [&](const std::string& key) { return key == keys[0]; });
  const std::string site = OutletKey(domain);
  auto spelt_like_site = [&](const std::string& key) {
    const std::string& shorter = key.size() < site.size() ? key : site;
    const std::string& longer = key.size() < site.size() ? site : key;
    return shorter.size() >= kMinKeyChars && StartsWith(longer, shorter) &&
           kMinKeyShareDen * shorter.size() >= kMinKeyShareNum * longer.size();
  };
  if (printed_twice || std::any_of(keys.begin(), keys.end(), spelt_like_site)) return keys;
  return {};
}

// The <title> line's headline: the part before its last separator of the
// first kind it has ("Headline | Outlet"), or the part after it when that is
// much longer ("Outlet - Headline", as FirstLineHeadlines reads it). An
// outlet's name printed twice ("Headline | Outlet | Outlet", "Headline -
// Outlet - Outlet", the CMS adding the name the writer had put) goes twice.
std::string_view TitleLineHeadline(std::string_view first) {
  for (std::string_view sep : kTitleLineSeparators) {
    size_t last = first.rfind(sep);
    if (last == std::string_view::npos || last == 0) continue;
    std::string_view before = TrimAscii(first.substr(0, last));
    std::string_view after = TrimAscii(first.substr(last + sep.size()));
    const size_t before_words = NormWords(NormalizeForCompare(before));
    const size_t after_words = NormWords(NormalizeForCompare(after));
    if (IsDomainName(before)) return after;  // "site.com | Headline"
    if (SuffixIsHeadline(before_words, after_words)) return after;
    for (std::string_view inner : kTitleLineSeparators) {
      if (before.size() > inner.size() + after.size() && EndsWith(before, after) &&
          EndsWith(before.substr(0, before.size() - after.size()), inner)) {
        return TrimAscii(before.substr(0, before.size() - after.size() - inner.size()));
      }
    }
    return before;
  }
  return first;
}

// Whether line i credits a writer, alone ("By Ann Lee") or as the name after
// a lone lead on the line before ("Written by").
bool PrintsByline(const std::vector<Line>& lines, size_t i) {
  std::vector<std::string> texts;
  if (i > 0) texts.push_back(lines[i - 1].text);
  texts.push_back(lines[i].text);
  const size_t own = texts.size() - 1;
  for (const FoundByline& found : FindBylines(texts, texts.size())) {
    // "By the numbers: ..." starts like a byline but names no one.
    if (std::find(found.sources.begin(), found.sources.end(), own) != found.sources.end() &&
        !SplitByline(found.text, {}).empty()) {
      return true;
    }
  }
  return false;
}

// The words of a normalised line that are not stop words, sorted, unique.
std::vector<std::string_view> ContentWords(std::string_view norm) {
  std::vector<std::string_view> words;
  for (size_t start = 0; start < norm.size();) {
    size_t end = norm.find(' ', start);
    if (end == std::string_view::npos) end = norm.size();
    std::string_view word = norm.substr(start, end - start);
    if (!IsStopWord(word)) words.push_back(word);
    start = end + 1;
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// The share of norm's content words that are among `words` (sorted).
double SharedWordShare(std::string_view norm, const std::vector<std::string_view>& words) {
  const std::vector<std::string_view> own = ContentWords(norm);
  if (own.empty()) return 0;
  size_t shared = 0;
  for (std::string_view word : own) {
    shared += std::binary_search(words.begin(), words.end(), word) ? 1 : 0;
  }
  return static_cast<double>(shared) / static_cast<double>(own.size());
}

// Whether line i (after the first) repeats one of the <title> line's
// headlines.
bool RepeatsTitleLine(const std::vector<Line>& lines, size_t i,
                      const std::vector<std::string>& headlines) {
  return i > 0 && lines[i].f.words >= kTitleAnchorMinWords &&
         lines[i].f.words <= kTitleAnchorMaxWords && IsOneOf(lines[i].norm, headlines);
}

// The first line after the first that repeats the <title> line's headline
// (the page's h1), or -1.
int FindTitleAnchor(const std::vector<Line>& lines, const std::vector<std::string>& headlines) {
  for (size_t i = 1; i < lines.size(); ++i) {
    if (RepeatsTitleLine(lines, i, headlines)) return static_cast<int>(i);
  }
  return -1;
}

// The title: of the lines that repeat the <title> line's headline (not as a
// "READ MORE:" teaser, a date or a credit), the one nearest before the
// body or at its first line (a "trending" copy of the headline may stand
// above the h1), else the first after; -1 when there is none.
int FindTitleLine(const std::vector<Line>& lines, const std::vector<std::string>& headlines,
                  size_t body_begin) {
  int found = -1;
  for (size_t i = 1; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.f.teaser_prefix || line.date_line || line.caption ||
        !RepeatsTitleLine(lines, i, headlines)) {
      continue;
    }
    // The body region may start with the headline itself.
    if (i <= body_begin) {
      found = static_cast<int>(i);
      continue;
    }
    if (found < 0) found = static_cast<int>(i);
    break;
  }
  return found;
}

// What separates the fields of a row of metadata ("Ann Lee | May 5, 2024").
constexpr std::array<std::string_view, 3> kFieldSeparators = {"|", "\xC2\xB7", "\xE2\x80\xA2"};

// Whether text[begin, end) is a whole field of a row: a field separator or
// the text's start before it, one or its end after it, and not both ends.
bool IsSeparatedField(std::string_view text, size_t begin, size_t end) {
  const std::string_view before = TrimAscii(text.substr(0, begin));
  const std::string_view after = TrimAscii(text.substr(std::min(end, text.size())));
  const bool opens =
      before.empty() || std::any_of(kFieldSeparators.begin(), kFieldSeparators.end(),
                                    [&](std::string_view sep) { return EndsWith(before, sep); });
  const bool closes = after.empty() || !FindPrefix(after, kFieldSeparators).empty();
  return opens && closes && !(before.empty() && after.empty());
}

// Whether a line is a row of metadata, three fields or more with a date for
// one ("On behalf of Ann Lee | May 5, 2024 | Science"), not a teaser's
// headline with its date: no field is as long as a headline.
bool IsDatedRow(const Line& line) {
  const std::string_view text = line.text;
  size_t dated_fields = 0, fields = 0, longest = 0;
  for (size_t start = 0; start <= text.size();) {
    size_t cut = text.size(), skip = 0;
    for (size_t at = start; at < text.size(); ++at) {
      if (const std::string_view sep = FindPrefix(text.substr(at), kFieldSeparators);
          !sep.empty()) {
        cut = at;
        skip = sep.size();
        break;
      }
    }
    const bool is_date =
        std::any_of(line.dates.begin(), line.dates.end(), [&](const DateMention& d) {
          return d.offset >= start && d.end <= cut && IsSeparatedField(text, d.offset, d.end);
        });
    ++fields;
    if (is_date) {
      ++dated_fields;
    } else {
      longest = std::max(longest, WordTokens(text.substr(start, cut - start)).size());
    }
    if (skip == 0) break;
    start = cut + skip;
  }
  return dated_fields > 0 && fields >= kMinRowFields && longest <= kMaxRowFieldWords;
}

// "6 min read", "2 days ago": how long the article takes to read, or how
// long ago it appeared. ("3 Weeks Later" may be a headline.)
bool IsTimeSpan(std::string_view text) {
  const std::vector<std::string_view> words = WordTokens(text);
  if (words.size() != 3) return false;
  if (!IsAsciiDigits(words[0])) return false;
  return std::any_of(
             kTimeUnits.begin(), kTimeUnits.end(),
             [&](std::string_view unit) { return StartsWithIgnoreAsciiCase(words[1], unit); }) &&
         (EqualsIgnoreAsciiCase(words[2], "read") || EqualsIgnoreAsciiCase(words[2], "ago"));
}

bool IsDateLine(const Line& line) {
  if (line.dates.empty() || line.f.words > kMaxDateSearchWords) return false;
  if (IsDatedRow(line)) return true;
  if (line.f.words <= kMaxDateLineWords) {
    // Date tokens are about three words each; the rest must be little more
    // than "Published", "Updated", a time zone.
    size_t date_words = 4 * line.dates.size();
    return line.f.words <= date_words + kMaxDateLineExtraWords;
  }
  // Longer: dates with their times ("Updated Nov. 19, 2019 8:21 am ET /
  // Original Nov. 19, 2019 8:02 am ET"). The words outside the dates are
  // counted. (Whether it ends like a sentence says nothing: "6:18 p.m.")
  return WordsOutsideDates(line.text, line.dates).size() <= kMaxDateLineExtraWords;
}

// "HomeScience News" -> "Science News"; "Home > World > Europe" -> "Europe".
std::string SectionFromBreadcrumb(std::string_view text, size_t words) {
  if (words == 0 || words > kMaxBreadcrumbWords) return {};
  for (std::string_view root : kBreadcrumbRoots) {
    if (!StartsWith(text, root) || text.size() <= root.size()) continue;
    std::string_view rest = text.substr(root.size());
    char next = rest[0];
    if (next >= 'A' && next <= 'Z') return std::string(rest);  // glued: "HomeScience News"
    for (std::string_view sep : kBreadcrumbSeparators) {
      if (!StartsWith(rest, sep)) continue;
      size_t last = rest.rfind(sep);
      return std::string(TrimAscii(rest.substr(last + sep.size())));
    }
  }
  return {};
}

std::string Explain(const char* what, const std::string& detail) {
  return detail.empty() ? std::string(what) : fmt::format("{}: {}", what, detail);
}

std::string BodyReason(const Line& line, const char* where) {
  return fmt::format("body: {} sentence{}, {} words, stop-word ratio {:.2f}, {}", line.f.sentences,
                     line.f.sentences == 1 ? "" : "s", line.f.words, line.f.stop_ratio, where);
}

// Sets a line's label and, when the caller asked for explanations, why: a
// reason that needs formatting comes as a function, called only then.
class Labeler {
 public:
  explicit Labeler(bool explain) : explain_(explain) {}

  void operator()(Line* line, Label label, std::string_view reason) const {
    line->label = label;
    if (explain_) line->reason = reason;
  }
  template <std::invocable MakeReason>
  void operator()(Line* line, Label label, MakeReason&& make_reason) const {
    line->label = label;
    if (explain_) line->reason = make_reason();
  }

 private:
  bool explain_;
};

// The language of the lines labelled body so far, from a sample as long as
// the one Extract() gives the detector; empty when it cannot tell.
std::string BodyLanguage(const std::vector<Line>& lines) {
  std::string sample;
  for (const Line& line : lines) {
    if (line.label != Label::kBody) continue;
    if (sample.size() >= kLanguageSampleBytes) break;
    sample += line.text;
    sample += '\n';
  }
  return DetectLanguage(sample);
}

// Whether `lower` (a word in lowercase) is printed in lowercase on a line
// other than `skip`: a word of the page's prose, not a name. An e-mail
// address or a URL path ("ann.lee@", "/ann-lee") is not prose.
bool PrintedInLowercase(const std::vector<Line>& lines, size_t skip, std::string_view lower) {
  auto is_alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  // Whether the character at `at` ties the match to more word: a letter, an
  // address's "@", "/" or "_", or a "." or "-" with more word beyond it
  // ("ann.lee", "ann-lee"; not the full stop that ends a sentence).
  auto ties = [&](std::string_view text, size_t at, size_t beyond) {
    const char c = text[at];
    if (is_alnum(c) || c == '@' || c == '/' || c == '_') return true;
    return (c == '.' || c == '-') && beyond < text.size() && is_alnum(text[beyond]);
  };
  for (size_t j = 0; j < lines.size(); ++j) {
    if (j == skip) continue;
    std::string_view text = lines[j].text;
    for (size_t at = text.find(lower); at != std::string_view::npos;
         at = text.find(lower, at + 1)) {
      const size_t end = at + lower.size();
      const bool tied_before = at > 0 && ties(text, at - 1, at >= 2 ? at - 2 : text.size());
      const bool tied_after = end < text.size() && ties(text, end, end + 1);
      if (!tied_before && !tied_after) return true;
    }
  }
  return false;
}

// "Ann Lee - " -> "Ann Lee": text before a date without the separators
// between them.
std::string_view WithoutTrailingSeparators(std::string_view text) {
  constexpr std::array<std::string_view, 9> kSeparators = {
      " ", "-", "|", ",", "/", "\xC2\xB7", "\xE2\x80\x94", "\xE2\x80\x93", "\xE2\x80\xA2"};
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view separator : kSeparators) {
      if (EndsWith(text, separator)) {
        text.remove_suffix(separator.size());
        cut = true;
      }
    }
  }
  return text;
}

// Whether a date line's text before its date has a word that labels the
// date ("Published Wed, ...", "Released Friday"), not a name's. (A weekday
// alone is no full name; "Sun" or "Monday" may be part of one.)
bool HasDateLabelWord(std::string_view text) {
  constexpr std::array<std::string_view, 9> kDateLabelWords = {
      "published", "updated", "posted", "released", "modified", "created", "date", "on", "last"};
  for (std::string_view word : WordTokens(text)) {
    std::string lower = ToLowerAscii(word);
    while (!lower.empty() && (lower.back() == '.' || lower.back() == ',')) lower.pop_back();
    if (std::find(kDateLabelWords.begin(), kDateLabelWords.end(), lower) != kDateLabelWords.end()) {
      return true;
    }
  }
  return false;
}

// Whether date line i stands alone: no other date line within
// kCardDateLinesApart lines of it (story cards print one each).
bool IsLoneDateLine(const std::vector<Line>& lines, size_t i) {
  const size_t from = i > kCardDateLinesApart ? i - kCardDateLinesApart : 0;
  for (size_t j = from; j < lines.size() && j <= i + kCardDateLinesApart; ++j) {
    if (j != i && lines[j].date_line) return false;
  }
  return true;
}

// Whether the full name printed on line i (alone, or before the date on a
// date line) may be a writer's rather than a label or a phrase of the page
// ("Pet Supplies", "In This Article", "IT Tools"): a line the vocabulary
// leaves alone; no stop word between its
// first and last words but a name particle (a first or last name may be one
// in some language); not every word printed in lowercase elsewhere in the
// dump (strict: no word, and not in capitals only); and a leading acronym
// ("AJ Okafor") only before words that are not.
bool MayBeWriterName(const std::vector<Line>& lines, size_t i, std::string_view name, bool strict) {
  const Line& line = lines[i];
  if (line.f.vocabulary != Label::kBody) return false;
  std::vector<std::string_view> words = WordTokens(name);
  if (words.empty()) return false;
  // A photo agency's credit ("Example Images") is no writer.
  constexpr std::array<std::string_view, 4> kAgencyWords = {"Images", "Photos", "Pictures",
                                                            "Photography"};
  if (std::find(kAgencyWords.begin(), kAgencyWords.end(), words.back()) != kAgencyWords.end()) {
    return false;
  }
  for (size_t w = 1; w + 1 < words.size(); ++w) {
    const std::string lower = ToLowerAscii(words[w]);
    // (A one-letter word is an initial: "Ann S. Lee".)
    if (lower.size() > 1 && IsStopWord(lower) && !IsNameParticle(lower)) return false;
  }
  // Each word's lowercase form (Unicode: "Łukasz" -> "łukasz"), searched in
  // the other lines; a word with no capital to lower is not looked for.
  auto printed_in_lowercase = [&](std::string_view word) {
    const std::string lower = NormalizeForCompare(word);
    return lower != word && PrintedInLowercase(lines, i, lower);
  };
  const bool mixed_case =
      std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const bool leading_acronym =
      mixed_case && words[0].size() >= 2 &&
      std::all_of(words[0].begin(), words[0].end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (leading_acronym) {
    return std::none_of(words.begin() + 1, words.end(), printed_in_lowercase);
  }
  if (strict) return mixed_case && std::none_of(words.begin(), words.end(), printed_in_lowercase);
  return !std::all_of(words.begin(), words.end(), printed_in_lowercase);
}

// "Posted: Jun 14, 2019 · Edited: Jul 2, 2021 by Ola Brandt · Some
// links earn us a fee", "On April 3, 2018 April 9, 2018 By Ola Brandt In
// Gardens": a header line too long for a date line that starts with its
// dates. At most a two-word label before the first date, and metadata after
// it (a separator, "by", another date, nothing), not a sentence ("On May 2,
// 2025, the council voted"). Returns the leading dates: the first, and each
// next one that follows the one before after at most a label ("·
// Edited:"); none when the line does not start so.
std::vector<DateMention> DatelineDates(std::string_view text, NumericDateOrder order) {
  std::vector<DateMention> found = FindDatesInText(text, order);
  if (found.empty()) return {};
  constexpr size_t kMaxLabelWords = 2;
  if (WordTokens(text.substr(0, found.front().offset)).size() > kMaxLabelWords) return {};
  size_t next = found.front().end;
  while (next < text.size() && text[next] == ' ') ++next;
  constexpr std::array<std::string_view, 8> kSeparators = {
      "\xC2\xB7", "|", "\xE2\x80\xA2", "-", "\xE2\x80\x93", "\xE2\x80\x94", "/", "by "};
  const std::string_view rest = text.substr(next);
  const bool metadata =
      rest.empty() || (found.size() > 1 && found[1].offset == next) ||
      std::any_of(kSeparators.begin(), kSeparators.end(),
                  [&](std::string_view s) { return StartsWithIgnoreAsciiCase(rest, s); });
  if (!metadata) return {};
  size_t leading = 1;
  while (leading < found.size() &&
         WordTokens(
             text.substr(found[leading - 1].end, found[leading].offset - found[leading - 1].end))
                 .size() <= kMaxLabelWords) {
    ++leading;
  }
  found.resize(leading);
  return found;
}

// The writers named by a byline printed around the headline ("By Ann Lee",
// "Von Anna Schmidt", a lone "By" and the name on the next line): the lines
// after the title up to the first paragraph (past a standfirst under the
// title and its kicker, and a short paragraph after it), then the few before
// it, as the HTML header zone reads them.
// anchor: the title line (at_title), else the body's first.
// A dump has lost the markup that tells a byline from a menu, so bare "By"
// lines together that name different things ("By Industry", "By Company
// Type") are a filter menu, and a bare "By" counts only before a full name.
// site, domain: as SplitByline takes them. Returns the authors;
// *byline_lines gets the lines that printed them.
std::vector<std::string> TextDumpAuthors(const std::vector<Line>& lines, size_t anchor,
                                         bool at_title, std::string_view site,
                                         std::string_view domain,
                                         std::vector<size_t>* byline_lines) {
  std::vector<std::string> texts;
  std::vector<size_t> index;  // line of each text
  // Whether line i opens with a byline's lead ("By", "Posted by"...).
  auto led = [&](size_t i) { return !FindBylines({lines[i].text}, 1).empty(); };
  // Whether line i is longer than a byline: one that opens with a lead may
  // run longer.
  auto too_long = [&](size_t i) {
    return lines[i].f.words > kMaxBylineLineWords &&
           (lines[i].f.words > kMaxLedBylineLineWords || !led(i));
  };
  auto add = [&](size_t i) {
    texts.push_back(lines[i].text);
    index.push_back(i);
  };
  // A standfirst may come between the headline and the byline: one
  // paragraph under the headline, past a few short lines (a kicker, the
  // headline printed again, share buttons), does not end the search, nor
  // does a short one after it (a photo's caption, a sign-up prompt).
  // Past the standfirst, only the few lines right after it: further down, a
  // "By" may be a teaser card's.
  constexpr size_t kLinesPastStandfirst = 8;
  constexpr size_t kMaxLinesBeforeStandfirst = 8;
  constexpr size_t kMaxShortParagraphWords = 30;
  // The header is over once it has dated the article or printed a byline
  // (even one naming no one SplitByline accepts): the paragraph after
  // it is the body's first.
  bool dated = false;
  auto header_done = [&] { return dated || !FindBylines(texts, texts.size()).empty(); };
  size_t last = anchor + kBylineLinesAfter;
  size_t paragraphs_passed = 0;
  for (size_t i = anchor + 1; i < lines.size() && i <= last; ++i) {
    // A photo's caption under the headline, too long to be a byline (a
    // short line with a credit, "By Ann Lee | Photos: Bo Ng", may be one).
    if (lines[i].caption && lines[i].f.words > kMaxBylineLineWords) continue;
    // So is a date line too long to hold a byline (two dates with times),
    // unless it opens with a byline's lead.
    if (lines[i].date_line && lines[i].f.words > kMaxBylineLineWords && !led(i)) {
      dated = true;
      continue;
    }
    // A paragraph, or a line too long for a byline that does not read as
    // one (a standfirst without a full stop, a long caption).
    if (lines[i].shape == Shape::kGood || too_long(i)) {
      if (at_title && texts.size() <= kMaxLinesBeforeStandfirst && !header_done() &&
          (paragraphs_passed == 0 ||
           (paragraphs_passed == 1 && lines[i].f.words <= kMaxShortParagraphWords))) {
        if (paragraphs_passed++ == 0) last = std::min(last, i + kLinesPastStandfirst);
        continue;
      }
      break;
    }
    if (lines[i].date_line) dated = true;
    add(i);  // (no longer than a byline: the line above said so)
  }
  const size_t after = texts.size();
  for (size_t i = anchor; i > 0 && anchor - i < kBylineLinesBefore; --i) {
    if (lines[i - 1].shape == Shape::kGood || too_long(i - 1)) break;
    add(i - 1);
  }
  // The first word after a bare "By", or empty.
  auto bare_by_word = [&](size_t line) {
    std::string_view text = lines[line].text;
    if (!StartsWithIgnoreAsciiCase(text, "by ")) return std::string();
    std::string rest = NormalizeForCompare(text.substr(3));
    return rest.substr(0, rest.find(' '));
  };
  // Another bare "By" line close by that does not repeat the same name.
  auto in_menu = [&](size_t line, const std::string& word) {
    for (size_t other = line > 2 ? line - 2 : 0; other <= line + 2 && other < lines.size();
         ++other) {
      if (other == line) continue;
      std::string other_word = bare_by_word(other);
      if (!other_word.empty() && other_word != word) return true;
    }
    return false;
  };
  std::string language;  // of the body, detected only for a lead of another language
  for (const FoundByline& found : FindBylines(texts, after)) {
    if (!found.lead_languages.empty()) {
      if (language.empty()) language = BodyLanguage(lines);
      if (!LeadFitsLanguage(found.lead_languages, language)) continue;
    }
    const size_t lead = index[found.sources.front()];
    const std::string word = bare_by_word(lead);
    if (!word.empty() && in_menu(lead, word)) continue;
    std::vector<std::string> authors = SplitByline(found.text, site, SiteCredit::kReject, domain);
    if (authors.empty()) continue;
    // A bare "By" before one word may be a menu's ("By Industry"); a
    // "Written by" or "Author:" is not. A full name (without a degree after
    // it: "Ann Lee, MD") or a team's credit ("By the Example Team") is no
    // menu's.
    if (!word.empty() && std::none_of(authors.begin(), authors.end(), [](std::string_view name) {
          return IsCapitalisedFullName(name.substr(0, name.find(','))) || IsTeamCredit(name);
        })) {
      continue;
    }
    if (authors.size() > kMaxAuthors) authors.resize(kMaxAuthors);
    for (size_t source : found.sources) byline_lines->push_back(index[source]);
    return authors;
  }
  // No "By": a full name alone on a line after the title, next to the date
  // line ("Ann Lee" / "March 3, 2025"). The dump lost the byline element's
  // markup; the date beside it tells a writer from a section's name.
  if (!at_title) return {};
  for (size_t t = 0; t < after; ++t) {
    const size_t i = index[t];
    // The name alone, maybe with the writer's handle ("Ann Lee @annlee"), or
    // before the date on the date line ("Ann Lee - March 3, 2025").
    std::string_view name = lines[i].text;
    if (lines[i].date_line) {
      if (lines[i].dates.empty() || !IsLoneDateLine(lines, i)) continue;
      name = WithoutTrailingSeparators(name.substr(0, lines[i].dates.front().offset));
      if (HasDateLabelWord(name)) continue;
    }
    name = WithoutTrailingHandles(name);
    if (!IsCapitalisedFullName(name)) continue;
    const bool beside_date = lines[i].date_line ||
                             (i + 1 < lines.size() && lines[i + 1].date_line) ||
                             (i > 0 && lines[i - 1].date_line);
    // One short line between them (a job title, a reading time): then no
    // word of the name may be printed in lowercase elsewhere ("Key
    // Highlights", "Find Care" are the page's labels).
    auto short_between = [&](size_t between) {
      return !lines[between].date_line && lines[between].f.words <= kMaxLineBetweenNameAndDate;
    };
    const bool near_date =
        (i + 2 < lines.size() && lines[i + 2].date_line && short_between(i + 1)) ||
        (i > 1 && lines[i - 2].date_line && short_between(i - 1));
    // On the date line, a section's name stands where the writer's would
    // ("Middle East | March 3, 2025"): no word of it may be printed in
    // lowercase elsewhere, as for a name one line from the date.
    const bool strict = lines[i].date_line;
    if (!(beside_date && MayBeWriterName(lines, i, name, strict)) &&
        !(near_date && MayBeWriterName(lines, i, name, /*strict=*/true))) {
      continue;
    }
    std::vector<std::string> authors = SplitByline(name, site, SiteCredit::kReject, domain);
    if (authors.size() != 1) continue;
    byline_lines->push_back(i);
    return authors;
  }
  return {};
}

// Lists and short headings survive a text dump only as lines too short or too
// capitalised to look like prose. Between two body lines they are the
// article's structure: a run of several is a list, a lone short one a heading
// (or a single item). Runs not closed by body lines on both sides stay out,
// except at the end of a list the article announced (announced_list, where
// it starts, is below region_end then).
void KeepStructureLines(std::vector<Line>* lines_ptr, size_t region_begin, size_t region_end,
                        size_t announced_list, const Labeler& set_label) {
  std::vector<Line>& lines = *lines_ptr;
  size_t i = region_begin;
  while (i < region_end) {
    if (!lines[i].loose) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < region_end && lines[end].loose) ++end;
    // An announced list (AnnouncedListEnd) is closed by the page's furniture.
    const bool announced_run = end == region_end && announced_list < region_end;
    bool between_body =
        i > region_begin && lines[i - 1].label == Label::kBody &&
        ((end < region_end && lines[end].label == Label::kBody && !lines[end].contents_heading) ||
         announced_run);
    // Lines without a letter or digit ("___", "* * *") are rules, not items.
    auto is_rule = [](const Line& line) {
      return line.norm.find_first_not_of("_ ") == std::string::npos;
    };
    size_t run = 0;
    for (size_t k = i; k < end; ++k) run += !is_rule(lines[k]);
    for (; between_body && i < end; ++i) {
      Line& line = lines[i];
      if (is_rule(line) || (run < kMinListLines && line.f.words > kMaxLooseLineWords)) continue;
      if (announced_run) {
        set_label(&line, Label::kBody, "body: list line the article announced");
        line.kind = BlockKind::kListItem;
      } else if (run == 1) {
        set_label(&line, Label::kBody, "body: short heading between paragraphs");
        line.kind = BlockKind::kHeading;
        line.level = 2;
      } else {
        set_label(&line, Label::kBody, "body: list line between paragraphs");
        line.kind = BlockKind::kListItem;
      }
    }
    i = end;
  }
}

// A page about newsletters, cookies or copyright: the vocabulary its
// headline (the <title> line's, printed again in the page) holds, when at
// least kMinTopicLines other lines use it too, names the subject, not the
// page's furniture. The lines it condemned are read again without it.
void SetTopicAside(std::vector<Line>* lines_ptr) {
  std::vector<Line>& lines = *lines_ptr;
  const Line& first = lines[0];
  // A headline may end with "?" or ".", written in Title Case then; the
  // outlet's name after it is not the subject ("... | Example Newsletter").
  if (first.f.words < kTitle.min_words || first.f.words > kTitle.max_words ||
      (first.f.ends_sentence && first.f.capital_ratio < kShape.title_case_min_ratio)) {
    return;
  }
  // The page prints the headline again (its <h1>): the line is its title,
  // not a banner that happens to open the dump.
  const std::string headline = NormalizeForCompare(TitleLineHeadline(first.text));
  if (std::none_of(lines.begin() + 1, lines.end(),
                   [&](const Line& line) { return line.norm == headline; })) {
    return;
  }
  VocabularyTopic topic = VocabularyTopic::PhrasesIn(headline);
  for (int rule : std::vector<int>(topic.rules())) {
    size_t uses = 0;
    for (size_t i = 1; i < lines.size() && uses < kMinTopicLines; ++i) {
      // (The headline printed again is no other use.)
      if (lines[i].f.vocabulary_rule == rule &&
          first.norm.find(lines[i].norm) == std::string_view::npos) {
        ++uses;
      }
    }
    if (uses < kMinTopicLines) topic.Remove(rule);
  }
  if (topic.empty()) return;
  std::vector<std::string_view> source_words;
  for (Line& line : lines) {
    if (!topic.Contains(line.f.vocabulary_rule)) continue;
    line.norm = NormalizeForCompare(line.text, &source_words);
    line.f = ComputeLineFeatures(line.text, line.norm, source_words, topic);
    line.shape = ShapeOf(line.f);
  }
}

}  // namespace

uint64_t ExtractTextDump(std::string_view text, const ExtractOptions& options, Article* article,
                         PageTypeVerdict* page) {
  assert(article->paragraphs.empty());
  // Pass 1: lines and their own features.
  // ("03/04/2025" is read as the page's other dates write the month.)
  const NumericDateOrder date_order = NumericDateOrderOf(text);
  std::vector<Line> lines;
  size_t newlines = 0;
  for (size_t at = 0; (at = text.find('\n', at)) != std::string_view::npos; ++at) ++newlines;
  lines.reserve(newlines + 1);
  size_t number = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    ++number;
    std::string collapsed = CollapseWhitespace(text.substr(start, end - start));
    if (!collapsed.empty()) {
      Line& line = lines.emplace_back();  // in place: a Line is large to move
      line.text = std::move(collapsed);
      line.number = number;
    }
    start = end + 1;
  }
  if (lines.empty()) {
    if (page != nullptr) *page = {PageType::kArticle, "no text"};
    return Hash64(std::string_view());
  }

  std::vector<std::string_view> views;
  views.reserve(lines.size());
  std::vector<std::string_view> source_words;  // of the line at hand
  for (Line& line : lines) {
    line.norm = NormalizeForCompare(line.text, &source_words);
    line.f = ComputeLineFeatures(line.text, line.norm, source_words);
    line.shape = ShapeOf(line.f);
    views.push_back(line.text);
    // A date has a number standing as a word ("8 July 2024"), except in
    // Chinese, Japanese and Korean, where "2024年3月15日" is one word: other
    // non-ASCII lines are searched too, unless they end a sentence (a short
    // CJK sentence that mentions a date is prose, not a date line).
    if (line.f.words <= kMaxDateSearchWords &&
        (line.f.digit_words > 0 || (line.f.chars < line.text.size() && !line.f.ends_sentence))) {
      line.dates = FindDatesInText(line.text, date_order);
      line.date_line = IsDateLine(line);
    }
    // (The markers SplitCredit looks for, at a glance.)
    if (line.text.find("\xC2\xA9") != std::string::npos ||
        line.text.find(':') != std::string::npos || line.text.find("Photo") != std::string::npos ||
        line.text.find("Credit") != std::string::npos ||
        line.text.find("Courtesy of ") != std::string::npos ||
        (line.text.ends_with(')') && line.text.find('/') != std::string::npos)) {
      line.caption = SplitCredit(line.text);
    }
  }

  SetTopicAside(&lines);

  // Pass 2: repetition and the body region.
  std::vector<std::string_view> norms;
  norms.reserve(lines.size());
  for (const Line& line : lines) norms.push_back(line.norm);
  std::vector<RepeatVerdict> verdicts = FindRepetition(views, norms, kMinCompositeWords);
  for (size_t i = 0; i < lines.size(); ++i) {
    lines[i].repeat = std::move(verdicts[i]);
    if (lines[i].repeat.repeated && lines[i].repeat.parts.empty()) {
      ++lines[static_cast<size_t>(lines[i].repeat.same_as)].copies;
    }
  }
  // A teaser card prints its headline twice, the second time with a label
  // glued on ("Headline FEATURE"): a repeat of the line above.
  for (size_t i = 1; i < lines.size(); ++i) {
    Line& line = lines[i];
    const Line& above = lines[i - 1];
    if (line.repeat.repeated || above.norm.empty() || above.f.words < kMinCompositeWords) continue;
    if (line.norm.size() > above.norm.size() && StartsWith(line.norm, above.norm) &&
        line.norm[above.norm.size()] == ' ' && line.f.words <= above.f.words + kMaxCardLabelWords) {
      line.repeat.repeated = true;
      line.repeat.same_as = static_cast<int>(i - 1);
    }
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    if (line.repeat.repeated && line.repeat.parts.empty()) {
      size_t same = static_cast<size_t>(line.repeat.same_as);
      line.copies = lines[same].copies;
      line.far_repeat = i - same >= kFarRepeatLines && IsBodyShape(line.shape);
    }
  }
  {
    std::vector<bool> teaser(lines.size(), false);
    if (MarkTeaserRuns(&lines, &teaser) > 0) {
      for (size_t i = 0; i < lines.size(); ++i) lines[i].teaser_run = teaser[i];
    }
  }
  Region region = BestRegion(lines, 0);
  // The line repeating the <title> line's headline anchors the body region
  // when its headline is read as the part before the outlet's name; read
  // more loosely (before or after any separator), it gives the title.
  const std::vector<std::string> first_headlines =
      FirstLineHeadlines(lines[0].text, /*every_separator=*/true);
  int anchor = FindTitleAnchor(lines, FirstLineHeadlines(lines[0].text, false));
  if (anchor >= 0) {
    Region anchored =
        BestRegionStartingNear(lines, static_cast<size_t>(anchor) + 1, kAnchoredRegionWindow);
    if (anchored.sum >= kAnchoredRegionShare * region.sum) region = anchored;
  }
  // A list the article announces before its paragraphs ("The final
  // standings:") starts the body.
  const size_t region_begin = AnnouncedListBegin(lines, region.begin, region.end);
  const size_t announcing_before = region_begin < region.begin ? region_begin : lines.size();
  size_t announcing_after = lines.size();
  const size_t comment_cut = CommentCut(lines, region.begin, region.end);
  size_t region_end = comment_cut;
  // Where a list the article announced runs past the scored region, if it does.
  size_t announced_list = lines.size();
  if (comment_cut == region.end) {
    const size_t listed_end = AnnouncedListEnd(lines, region.begin, region.end, &announcing_after);
    const size_t sections_end = std::max(NumberedSectionsEnd(lines, region.begin, region.end),
                                         ContentsSectionsEnd(lines, region.begin, region.end));
    region_end = std::max(listed_end, sections_end);
    if (listed_end > region.end && listed_end >= sections_end) announced_list = region.end;
    // Headings with a paragraph each are the article's sections there, not
    // a list of teasers.
    for (size_t i = region.end; i < sections_end; ++i) lines[i].teaser_run = false;
  }

  // Pass 3: metadata around the body start.
  // Title: a headline-like line shortly before the body.
  int title_index = -1;
  double title_score = 0;
  double title_share = 0;
  int header_line = -1;  // where the article's header is, when not at the title
  // A table of contents between the header and the body lists the body's
  // subheadings: it neither counts towards the distance nor gives the title.
  const std::vector<bool> contents =
      TableOfContents(lines, FirstProse(lines, region_begin, region_end), region_end);
  size_t title_from = region_begin;
  size_t counted = 0;  // lines in [title_from, region_begin) outside the table
  while (title_from > 0 && counted < kTitle.max_distance) {
    if (!contents[--title_from]) ++counted;
  }
  // Only a <title>-like first line says which words a headline has (not a
  // dump that starts with "Home" or a row of icon names).
  const std::string first_headline =
      IsTitleLine(lines[0]) ? NormalizeForCompare(TitleLineHeadline(lines[0].text)) : "";
  const std::vector<std::string_view> first_words = ContentWords(first_headline);
  size_t rank = 0;  // counted lines from title_from up to i
  for (size_t i = title_from; i < region_begin && i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (contents[i]) continue;
    ++rank;
    if (line.repeat.repeated || line.date_line || line.caption) continue;
    if (line.f.vocabulary != Label::kBody || line.f.teaser_prefix) continue;
    if (line.f.words < kTitle.min_words || line.f.words > kTitle.max_words) continue;
    // A link printed as text ("https://example.com/news/...") is no headline.
    if (line.text.find("://") != std::string::npos || StartsWith(line.text, "www.")) continue;
    if (line.f.ends_sentence && !EndsWith(line.text, "?") && !EndsWith(line.text, "!")) continue;
    // A label for what follows ("Best for travel:"), a reading time or an
    // age ("6 min read", "2 days ago"), not a headline.
    if (EndsWith(line.text, ":") || IsTimeSpan(line.text)) continue;
    // Phone numbers, prices and numeric dates; breadcrumbs; bylines ("By
    // Ann Lee").
    if (2 * line.f.digit_words > line.f.words) continue;
    if (!SectionFromBreadcrumb(line.text, line.f.words).empty()) continue;
    if (PrintsByline(lines, i)) continue;
    double score = kTitle.proximity * static_cast<double>(rank) / static_cast<double>(counted + 1);
    if (line.copies > 1) score += kTitle.repeated;
    for (size_t j = i > kTitle.date_window ? i - kTitle.date_window : 0;
         j < std::min(lines.size(), i + kTitle.date_window + 1); ++j) {
      if (lines[j].date_line) {
        score += kTitle.near_date;
        break;
      }
    }
    if (i > 0 && IsOneOf(line.norm, first_headlines)) {
      score += kTitle.in_first_line;
    }
    const double share = i > 0 ? SharedWordShare(line.norm, first_words) : 0;
    score += kTitle.shares_first_line * share;
    if (score > title_score) {
      title_score = score;
      title_share = share;
      title_index = static_cast<int>(i);
    }
  }
  // The page's own headline, printed again below the <title> line (the h1):
  // the title wherever it stands, unless it is a date or a credit.
  if (int line = FindTitleLine(lines, first_headlines, region_begin); line >= 0) {
    title_index = line;
  } else if (title_index >= 0 && title_share < kTitle.min_share_of_first_line &&
             !first_words.empty()) {
    // A line that shares next to no word with the <title> line is a menu
    // item, a credit or a teaser far more often than a reworded h1; where it
    // stands is still where the article's header is.
    header_line = title_index;
    title_index = -1;
  }
  if (title_index >= 0) {
    article->title = lines[static_cast<size_t>(title_index)].text;
    // The <title> line itself, or the page printing it again, or the
    // headline printed with the outlet's name the <title> line ends with
    // ("Headline - Outlet" under "Headline - Outlet | Outlet"): its headline,
    // when what goes names the outlet (TitleOutletKeys).
    if (IsTitleLine(lines[0])) {
      const std::string_view first = lines[0].text;
      const std::string_view headline = TitleLineHeadline(first);
      const std::string title = article->title;
      const std::vector<std::string> outlet = TitleOutletKeys(first, headline, article->domain);
      bool names_outlet = false;
      if (!outlet.empty() &&
          NormWords(NormalizeForCompare(headline)) >= kTitle.min_headline_words) {
        if (title == first) {
          names_outlet = true;
        } else if (StartsWith(title, headline)) {
          const std::string_view rest = std::string_view(title).substr(headline.size());
          for (std::string_view sep : kTitleLineSeparators) {
            if (StartsWith(rest, sep) &&
                std::find(outlet.begin(), outlet.end(), LetterKey(rest.substr(sep.size()))) !=
                    outlet.end()) {
              names_outlet = true;
            }
          }
        }
      }
      if (names_outlet) {
        article->title = std::string(headline);
      } else if (!HasLowercaseLetter(title) && HasLowercaseLetter(headline) &&
                 EqualsIgnoreAsciiCase(title, headline)) {
        // A headline in capitals is the page's style: the <title> line's
        // case, as for an HTML heading.
        article->title = std::string(headline);
      } else if (std::string straight = WithStraightQuotes(title);
                 straight != title && first.find(straight) != std::string_view::npos) {
        // Its curly quotes, where the <title> line has straight ones: the
        // <title> line's typography too.
        article->title = std::move(straight);
      }
    }
  } else if (FirstLineIsHeadline(lines[0])) {
    // Fall back on the <title> line, without the outlet's name.
    article->title = std::string(TitleLineHeadline(lines[0].text));
    title_index = 0;
  }

  // Labels.
  const Labeler set_label(options.explain);
  std::vector<DateCandidate> date_candidates;
  // Date lines inside the article's text (a changelog, a timeline), past its
  // first paragraph (a standfirst right under the headline is still the
  // header, as for bylines): its own dates only when nothing else dates it;
  // an update stamp there still gives the modified date. (A date line under
  // a standfirst that follows the byline is read as the text's; counting two
  // paragraphs instead took a book list's release date under an intro for
  // the post's on one wcxb page and lost one scrapinghub day.)
  std::vector<DateCandidate> inner_dates;  // of the text's first date line
  size_t inner_line = 0;
  std::vector<DateCandidate> inner_updates;
  const size_t after_title = title_index > 0 ? static_cast<size_t>(title_index) + 1 : 0;
  size_t text_begin = std::max(region_begin, after_title);
  while (text_begin < region_end && (lines[text_begin].shape != Shape::kGood ||
                                     (title_index > 0 && text_begin == after_title))) {
    ++text_begin;
  }
  std::vector<std::string> credits;
  bool description_done = false;
  const DateMention* previous_date = nullptr;
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    bool in_region = i >= region_begin && i < region_end;
    bool header = i < region_begin;
    if (static_cast<int>(i) == title_index) {
      set_label(&line, Label::kTitle, "title: headline-like line before the body");
      continue;
    }
    bool body_copy = line.far_repeat && in_region &&
                     lines[static_cast<size_t>(line.repeat.same_as)].label != Label::kBody;
    if (in_region && ListedHeading(line, contents)) {
      set_label(&line, Label::kBody, "body: subheading the table of contents lists");
      line.contents_heading = true;
      line.kind = BlockKind::kHeading;
      line.level = 2;
      continue;
    }
    if (line.repeat.repeated && !body_copy) {
      size_t same = static_cast<size_t>(line.repeat.same_as);
      if (line.repeat.parts.empty()) {
        set_label(&line, Label::kRepeated,
                  [&] { return fmt::format("repeated: same as line {}", lines[same].number); });
      } else {
        set_label(&line, Label::kRepeated,
                  [&] { return fmt::format("repeated: {}", line.repeat.Reason()); });
      }
      continue;
    }
    if (line.date_line) {
      if (i < region_end) {
        bool modified_hint = false;
        for (const DateMention& m : line.dates) {
          // Two bare date lines in a row: the second is the update time.
          bool modified =
              m.is_modified || (previous_date != nullptr && line.dates.size() == 1 &&
                                m.date.EpochSeconds() > previous_date->date.EpochSeconds());
          modified_hint = modified_hint || modified;
          if (i > text_begin) {
            // The text's first date line stands in when nothing else dates
            // the article; its later update stamps give the modified date.
            if (inner_dates.empty() || inner_line == i) {
              inner_line = i;
              inner_dates.push_back({m.date, DateSource::kText, modified});
            }
            if (modified) inner_updates.push_back({m.date, DateSource::kText, modified});
          } else {
            date_candidates.push_back({m.date, DateSource::kText, modified});
          }
        }
        previous_date = line.dates.size() == 1 && !modified_hint ? &line.dates.front() : nullptr;
      }
      set_label(&line, Label::kDate, "date line");
      continue;
    }
    previous_date = nullptr;
    if (line.caption && (header || in_region)) {
      const CaptionParts& parts = *line.caption;
      credits.push_back(parts.credit);
      if (!parts.caption.empty()) article->image_captions.push_back(parts.caption);
      article->image_credits.push_back(parts.credit);
      set_label(&line, Label::kCaption, [&] {
        return fmt::format("caption: photo credit \"{}\"{}", parts.credit,
                           parts.dropped.empty() ? "" : ", link text dropped");
      });
      continue;
    }
    if (line.f.vocabulary != Label::kBody) {
      set_label(&line, line.f.vocabulary, [&] {
        return Explain(ToString(line.f.vocabulary), std::string(line.f.vocabulary_reason));
      });
      continue;
    }
    if (line.f.teaser_prefix) {
      set_label(&line, Label::kTeaser, "teaser: all-caps read-more prefix");
      continue;
    }
    if (line.teaser_run && i >= region_begin) {
      set_label(&line, Label::kTeaser, "teaser: headline and blurb list");
      continue;
    }
    if (line.f.time_like) {
      set_label(&line, Label::kNavigation, "navigation: media duration or clock time");
      continue;
    }
    if (i < region_begin) {
      if (article->section.empty()) {
        std::string section = SectionFromBreadcrumb(line.text, line.f.words);
        if (!section.empty()) {
          article->section = section;
          set_label(&line, Label::kSection, "section: breadcrumb");
          continue;
        }
      }
      if (!description_done && title_index >= 0 && i > static_cast<size_t>(title_index) &&
          line.f.words >= kMinDescriptionWords && line.f.words <= kMaxDescriptionWords &&
          line.shape != Shape::kShort) {
        article->description = line.text;
        description_done = true;
        set_label(&line, Label::kDescription, "description: sentence after the title");
        continue;
      }
      set_label(&line, Label::kNavigation, "navigation: before the body region");
      continue;
    }
    if (!in_region) {
      set_label(&line, Label::kBoilerplate, "boilerplate: after the body region");
      continue;
    }
    if (line.shape == Shape::kGood || line.shape == Shape::kNearGood) {
      set_label(&line, Label::kBody, [&] { return BodyReason(line, "in body region"); });
      continue;
    }
    if (i == announcing_before || i == announcing_after) {
      set_label(&line, Label::kBody, "body: the line that announces a list");
      line.kind = BlockKind::kHeading;
      line.level = 2;
      continue;
    }
    if (line.shape == Shape::kHeadline && i + 1 < region_end && i > region_begin &&
        lines[i + 1].shape == Shape::kGood && line.f.words <= kShape.headline_max_words / 2) {
      set_label(&line, Label::kBody, "body: subheading between paragraphs");
      line.kind = BlockKind::kHeading;
      line.level = 2;
      continue;
    }
    line.loose = true;
    set_label(&line, line.shape == Shape::kHeadline ? Label::kTeaser : Label::kBoilerplate,
              line.shape == Shape::kHeadline ? "teaser: headline-like line inside the body"
                                             : "boilerplate: short line inside the body");
  }
  KeepStructureLines(&lines, region_begin, region_end, announced_list, set_label);
  // The site's name first: a byline may end with it ("By Ann Lee, Herald").
  if (article->site.empty() && article->url.empty()) {
    article->site = InferSiteName(views, credits);
  }
  if (title_index >= 0 || region_begin < lines.size()) {
    // The <title> line stands at the top, away from the article's header.
    const int header = title_index > 0 ? title_index : header_line;
    const size_t anchor = header > 0 ? static_cast<size_t>(header) : region_begin;
    std::vector<size_t> byline_lines;
    article->authors =
        TextDumpAuthors(lines, anchor, header > 0, article->site, article->domain, &byline_lines);
    const bool undated = date_candidates.empty();
    for (size_t i : byline_lines) {
      if (lines[i].date_line) continue;
      set_label(&lines[i], Label::kByline, "byline: names the writer");
      // "By Ann Lee, Bo Ng and Cy Po, Science Reporters, on March 9, 2023",
      // too long for a date line: the byline dates the article when no date
      // line of the header does. Lines that long were not searched for dates
      // yet.
      if (undated) {
        std::vector<DateMention> searched;
        if (lines[i].f.words > kMaxDateSearchWords)
          searched = FindDatesInText(lines[i].text, date_order);
        for (const DateMention& m :
             lines[i].f.words > kMaxDateSearchWords ? searched : lines[i].dates) {
          date_candidates.push_back({m.date, DateSource::kText, m.is_modified});
        }
      }
    }
    // Still undated: a line between the title and the body's end that starts
    // with the dates (date lines there were read already; those after the
    // body are left to the rule for blogs below).
    if (date_candidates.empty() && header > 0) {
      const size_t from = static_cast<size_t>(header) + 1;
      for (size_t i = from; i < region_end && i <= text_begin && i <= from + kBylineLinesAfter;
           ++i) {
        if (lines[i].date_line) continue;
        std::vector<DateMention> dates = DatelineDates(lines[i].text, date_order);
        if (dates.empty()) continue;
        for (const DateMention& m : dates) {
          date_candidates.push_back({m.date, DateSource::kText, m.is_modified});
        }
        break;
      }
    }
  }
  // The writer's biography or contact line under the article.
  for (size_t i = lines.size(), tail = kBioTailParagraphs; i-- > 0 && tail > 0;) {
    if (lines[i].label != Label::kBody) continue;
    --tail;
    if (lines[i].kind != BlockKind::kParagraph) continue;
    if (IsWriterBio(lines[i].text, article->authors)) {
      set_label(&lines[i], Label::kByline, "byline: the writer's biography under the article");
    } else if (IsWriterContact(lines[i].text, article->authors)) {
      set_label(&lines[i], Label::kByline, "byline: how to reach the writer");
    }
  }
  BodyFingerprint body_fingerprint;
  PageEvidence evidence;
  evidence.url = article->url;
  for (const Line& line : lines) {
    if (line.label != Label::kBody) continue;
    article->paragraphs.push_back({line.text, line.kind, line.level});
    body_fingerprint.Add(line.norm);
    if (line.kind != BlockKind::kHeading) {
      evidence.prose_chars += CountBytes(line.text, '!', '!').at_least;
    }
  }
  // Without a body the region means nothing: every teaser run counts.
  if (article->paragraphs.empty()) {
    MeasureTeasersInRegion(lines, 0, lines.size(), &evidence);
  } else {
    MeasureTeasersInRegion(lines, region_begin, region_end, &evidence);
  }
  PageTypeVerdict verdict = ClassifyPage(evidence);
  article->page_type = verdict.type;
  if (page != nullptr) *page = std::move(verdict);

  const std::optional<ParsedDate> url_date = DateFromUrl(article->url);
  // Blogs print the date under the article ("Posted on May 5, 2015"):
  // with none above it or in it, the first date line just after it, unless
  // the URL names another day (a related post's date, then).
  // Not past the start of reader comments or of a related-stories list: the
  // first date there is theirs.
  if (date_candidates.empty() && comment_cut == region.end) {
    for (size_t i = region_end; i < lines.size() && i < region_end + kDateLinesAfterBody; ++i) {
      const Label vocabulary = lines[i].f.vocabulary;
      if (vocabulary == Label::kComment || vocabulary == Label::kRelated) break;
      if (!lines[i].date_line) continue;
      for (const DateMention& m : lines[i].dates) {
        if (url_date && !SameDay(m.date, *url_date)) continue;
        date_candidates.push_back({m.date, DateSource::kText, m.is_modified});
      }
      break;
    }
  }

  // Last, the text's first date line, on the URL's day only when it has one;
  // or, with a publication date, the text's update stamps.
  if (date_candidates.empty()) {
    for (const DateCandidate& c : inner_dates) {
      if (!url_date || SameDay(c.date, *url_date)) date_candidates.push_back(c);
    }
  } else if (std::any_of(date_candidates.begin(), date_candidates.end(),
                         [](const DateCandidate& c) { return !c.is_modified; })) {
    date_candidates.insert(date_candidates.end(), inner_updates.begin(), inner_updates.end());
  }
  if (url_date) date_candidates.push_back({*url_date, DateSource::kUrl, false});
  ChosenDates chosen =
      ChooseDatesModifiedStandingIn(std::move(date_candidates), article->fetched_at);
  if (article->published.empty()) {
    article->published = chosen.published;
    article->published_source = chosen.published_source;
  }
  if (article->modified.empty()) article->modified = chosen.modified;

  if (options.explain) {
    article->explain.reserve(lines.size());
    for (const Line& line : lines) {
      article->explain.push_back({Shorten(line.text, kExplainChars), line.label,
                                  fmt::format("line {}: {}", line.number, line.reason)});
    }
  }
  return body_fingerprint.Digest();
}

}  // namespace newsift
