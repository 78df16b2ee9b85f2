#include "extract/html_main_content.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "clean/repetition.h"
#include "extract/body_fingerprint.h"
#include "extract/bylines.h"
#include "extract/credits.h"
#include "extract/html_dom.h"
#include "extract/html_heuristics.h"
#include "extract/page_type.h"
#include "util/byte_scan.h"
#include "util/text.h"

namespace newsift::html {
namespace {

// Paragraphs of fewer words are never composites of others (FindRepetition).
constexpr size_t kMinCompositeWords = 3;

// Why an element (and all it holds) is not article text.
enum class DropKind : uint8_t { kNone, kHidden, kTag, kClass, kPlaceholder };

struct NodeInfo {
  xmlNode* node = nullptr;
  int parent = -1;
  int subtree_end = 0;      // one past the index of its last descendant
  uint32_t text_chars = 0;  // non-space bytes of visible text in the subtree
  uint32_t link_chars = 0;  // ... of which inside <a>
  uint32_t commas = 0;
  uint32_t direct_chars = 0;  // text not inside a block child: an implicit paragraph
  uint32_t prose_chars = 0;   // text of the long, link-poor <p> in the subtree
  uint16_t lists = 0;         // <ul>/<ol> in the subtree, itself included
  // Links in the subtree that are headlines of other pages (a heading
  // around or inside a link of headline length to another page), outside
  // navigation, asides and footers: a listing's teasers, an article's
  // related stories.
  uint16_t headline_links = 0;
  bool holds_heading = false;  // a heading in the subtree, itself included
  double score = 0;
  double prose_points = 0;       // points of every voting block in the subtree, any depth
  uint16_t headings = 0;         // kept headings in the subtree
  uint16_t linked_headings = 0;  // ... that are mostly a link: teaser lists
  bool candidate = false;        // received votes from paragraphs
  bool in_drop = false;          // itself or an ancestor is dropped
  bool selected = false;         // part of the main content
  bool holds_selected = false;
  DropKind drop = DropKind::kNone;
  bool strong_drop = false;     // class verdict was a strong negative
  bool hiding_class = false;    // class verdict hides the element ("d-none")
  bool clean_positive = false;  // class/id has a content word and no negative one
  Label drop_label = Label::kBoilerplate;
  std::string_view drop_word;
};

// The reason given for the boxes DropTeaserSiblingsAfter drops.
constexpr std::string_view kAfterRelatedHeading = "teaser after a heading of related stories";

int IndexOf(const xmlNode* node) {
  return static_cast<int>(reinterpret_cast<intptr_t>(node->_private)) - 1;
}
void SetIndex(xmlNode* node, int index) {
  node->_private = reinterpret_cast<void*>(static_cast<intptr_t>(index) + 1);
}

// Invisible elements hold no article text, except a <noscript> the parser
// left in <head>: broken markup there makes it swallow the page.
bool IsSkipped(const xmlNode* node) {
  std::string_view tag = TagName(node);
  if (!IsInvisibleTag(tag)) return false;
  return !(tag == "noscript" && node->parent != nullptr && TagName(node->parent) == "head");
}

// "Lorem ipsum dolor sit amet...": a template's filler, never article text.
bool StartsWithPlaceholder(const xmlNode* node) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (!IsText(c)) continue;
    std::string_view text = TrimAscii(TextContent(c));
    if (text.empty()) continue;
    return StartsWithIgnoreAsciiCase(text, kPlaceholderOpening);
  }
  return false;
}

bool HoldsParagraph(const xmlNode* node) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next) {
    if (!IsElement(c)) continue;
    if (TagName(c) == "p" || HoldsParagraph(c)) return true;
  }
  return false;
}

bool IsPageRoot(const xmlNode* node) {
  std::string_view tag = TagName(node);
  return tag == "body" || tag == "html";
}

bool IsHidden(const xmlNode* node) {
  if (HasAttr(node, "hidden")) return true;
  std::string_view style = Attr(node, "style");
  return !style.empty() && StyleHides(style);
}

// Tag bonus as in Readability: containers that usually hold prose gain.
double TagBaseScore(std::string_view tag) {
  if (tag == "div" || tag == "article" || tag == "main" || tag == "section") return 5;
  if (tag == "pre" || tag == "td" || tag == "blockquote") return 3;
  if (tag == "ol" || tag == "ul" || tag == "dl" || tag == "dd" || tag == "dt" || tag == "li" ||
      tag == "form" || tag == "address") {
    return -3;
  }
  if (IsHeadingTag(tag) || tag == "th") return -5;
  return 0;
}

// Whether class and id words may drop an element (and all it holds), or
// only those that hide it or say it holds comments.
enum class ClassDrops : uint8_t { kHonour, kIgnore };

class Analyzer {
 public:
  Analyzer(xmlNode* body, ClassVerdictCache* classes, ClassDrops class_drops)
      : verdicts_(*classes), class_drops_(class_drops) {
    nodes_.reserve(1024);
    Build(body, -1);
    if (RevealHiddenPage()) {
      nodes_.clear();
      Build(body, -1);
    }
    // A weak class word or a <form> wrapping most of the page
    // ("page-ad-margins", ASP.NET forms) says nothing about its content.
    uint32_t protect = static_cast<uint32_t>(nodes_[0].text_chars * kProtectShare);
    // A negative wrapper ("post-share-container") around a clean content
    // container ("entry-content") holding most of its text is a wrapper; a
    // comment around its own "content" block is still a comment. (Feature
    // flags such as "no-comments" are no comment words: IsStateToken.)
    for (const NodeInfo& info : nodes_) {
      if (!info.clean_positive || info.text_chars < kMinProtectedChars) continue;
      UndropWrappers(info);
    }
    UndropAroundMainArticle();
    for (NodeInfo& info : nodes_) {
      bool weak =
          (info.drop == DropKind::kClass && !info.strong_drop) || info.drop == DropKind::kTag;
      if (weak && info.text_chars >= protect) {
        info.drop = DropKind::kNone;
      }

      // <article> and <main> say what they hold; their classes often describe
      // features of the page ("comments-open", "has-share-bar") instead.
      if (info.drop == DropKind::kClass && info.text_chars >= kMinProtectedChars) {
        std::string_view tag = TagName(info.node);
        if (tag == "article" || tag == "main") info.drop = DropKind::kNone;
      }
      info.in_drop =
          info.drop != DropKind::kNone || (info.parent >= 0 && nodes_[info.parent].in_drop);
    }
  }

  std::vector<NodeInfo>& nodes() { return nodes_; }

  // The teasers of the main content (top; the whole page when -1) and the
  // content's text outside them. A teaser item is the largest element
  // around one headline link, with a few lines of its own at most (more is
  // an article that links its own headline). An article's related stories
  // sit outside its main content, or inside it in a box whose class words
  // say so; a listing's teasers are its main content.
  void MeasureTeasers(int top, PageEvidence* evidence) const {
    if (top < 0) {  // no block reads as article text: the page's headlines are all it has
      const TeaserCount teasers = CountTeasers(0);
      evidence->teasers = teasers.items;
      evidence->teaser_chars = teasers.all_text;
      evidence->prose_chars = 0;
      return;
    }
    for (int a = top; a >= 0; a = nodes_[a].parent) {
      if (IsTeaserItem(nodes_[a])) {  // the main content is one teaser of a list
        const TeaserCount teasers = CountTeasers(nodes_[a].parent);
        evidence->teasers = teasers.items;
        evidence->teaser_chars = teasers.all_text;
        evidence->prose_chars = nodes_[a].text_chars - nodes_[a].link_chars;
        return;
      }
    }
    const NodeInfo& main = nodes_[top];
    const TeaserCount teasers = CountTeasers(top);
    uint32_t text = main.text_chars - main.link_chars;
    evidence->teasers = teasers.items;
    evidence->teaser_chars = teasers.all_text;
    evidence->prose_chars = text - std::min(text, teasers.text);
  }

  bool IsTeaserItem(const NodeInfo& info) const {
    return info.headline_links == 1 && info.parent >= 0 &&
           nodes_[info.parent].headline_links >= 2 &&
           info.text_chars - info.link_chars <= kMaxTeaserItemChars;
  }

  struct TeaserCount {
    size_t items = 0;       // with distinct headlines: a card may link its headline twice
    uint32_t text = 0;      // their text outside links
    uint32_t all_text = 0;  // their text, links included
  };

  // The teaser items in the subtree of root, but those in hidden elements,
  // navigation, asides and footers, and boxes whose class words say they
  // hold other stories ("related", "most-read", "more").
  TeaserCount CountTeasers(int root) const {
    TeaserCount count;
    std::vector<std::string> targets;
    for (int i = root + 1; i < nodes_[root].subtree_end;) {
      const NodeInfo& info = nodes_[i];
      bool beside = info.drop == DropKind::kHidden ||
                    (info.drop == DropKind::kTag && info.drop_label != Label::kBoilerplate) ||
                    (info.drop == DropKind::kClass && info.drop_label == Label::kRelated);
      if (!beside && !IsTeaserItem(info)) {
        ++i;
        continue;
      }
      if (!beside) {
        std::string target = HeadlineTarget(i);
        if (std::find(targets.begin(), targets.end(), target) == targets.end()) {
          targets.push_back(std::move(target));
          ++count.items;
        }
        count.text += info.text_chars - info.link_chars;
        count.all_text += info.text_chars;
      }
      i = info.subtree_end;
    }
    return count;
  }

  // The text of the one headline link in the subtree of item: it names
  // the story (ParseHtml keeps no URLs).
  std::string HeadlineTarget(int item) const {
    constexpr size_t kMaxHeadlineBytes = 300;
    for (int i = item; i < nodes_[item].subtree_end; ++i) {
      if (nodes_[i].headline_links == 1 && TagName(nodes_[i].node) == "a") {
        return VisibleText(nodes_[i].node, kMaxHeadlineBytes);
      }
    }
    return {};
  }

  // Scores paragraph-like elements into their ancestors; returns the best
  // candidate index or -1.
  int Score() {
    for (size_t i = 0; i < nodes_.size(); ++i) {
      NodeInfo& info = nodes_[i];
      if (info.in_drop || info.text_chars == 0) continue;
      std::string_view tag = TagName(info.node);
      if (IsHeadingTag(tag)) {
        bool linked = info.link_chars * 2 >= info.text_chars;
        for (int a = info.parent; a >= 0; a = nodes_[a].parent) {
          ++nodes_[a].headings;
          if (linked) ++nodes_[a].linked_headings;
        }
      }
      if (info.text_chars < kMinScoredBlockChars) continue;
      bool paragraph = tag == "p" || tag == "pre" || tag == "td";
      int ancestor = info.parent;
      uint32_t chars = info.text_chars;
      if (!paragraph && info.direct_chars >= kMinScoredBlockChars && IsBlockTag(tag) &&
          !IsHeadingTag(tag) && tag != "li") {
        // Text directly in a container (lines split by <br>): it votes as a
        // paragraph whose parent is the container itself.
        paragraph = true;
        ancestor = static_cast<int>(i);
        chars = info.direct_chars;
      }
      if (!paragraph) continue;
      double points = 1 + info.commas + std::min(chars / kCharsPerPoint, kMaxLengthPoints);
      for (int a = ancestor; a >= 0; a = nodes_[a].parent) nodes_[a].prose_points += points;
      for (int level = 0; level < kScoreAncestorLevels && ancestor >= 0; ++level) {
        NodeInfo& a = nodes_[ancestor];
        if (!a.candidate) InitCandidate(&a);
        double divider = level == 0 ? 1 : (level == 1 ? 2 : level * 3);
        a.score += points / divider;
        ancestor = a.parent;
      }
    }
    int best = -1;
    for (size_t i = 0; i < nodes_.size(); ++i) {
      NodeInfo& info = nodes_[i];
      if (!info.candidate) continue;
      info.score *= 1 - LinkDensity(info);
      if (best < 0 || info.score > nodes_[best].score) best = static_cast<int>(i);
    }
    if (best >= 0) best = Ascend(Promote(best));
    return best;
  }

  double LinkDensity(const NodeInfo& info) const {
    return info.text_chars == 0 ? 0 : static_cast<double>(info.link_chars) / info.text_chars;
  }

 private:
  // The page's <article>, the largest shown, holding a good share of the page's
  // text, says more than class words: a negative wrapper holding little
  // more ("newsletter-wrapper"), and a negative block inside holding nearly
  // all of it ("rich-text-newsletter-cms"), are the article. Not when the
  // words say comments: one long comment can be most of a comment section.
  void UndropAroundMainArticle() {
    int main = -1;
    for (size_t i = 0; i < nodes_.size(); ++i) {
      const NodeInfo& info = nodes_[i];
      if (TagName(info.node) != "article" || info.text_chars < kMinProtectedChars ||
          info.drop == DropKind::kHidden || info.drop == DropKind::kPlaceholder ||
          (info.drop == DropKind::kClass && info.drop_label == Label::kComment)) {
        continue;
      }
      if (main < 0 || info.text_chars > nodes_[main].text_chars) main = static_cast<int>(i);
    }
    if (main < 0 || nodes_[main].text_chars < kMainArticleShare * nodes_[0].text_chars) return;
    const NodeInfo& article = nodes_[main];
    UndropWrappers(article);
    for (int d = main + 1; d < article.subtree_end; ++d) {
      if (nodes_[d].text_chars >= kInnerArticleShare * article.text_chars) {
        Undrop(&nodes_[d]);
      }
    }
  }

  // Lifts a class drop, but not a comment's.
  static void Undrop(NodeInfo* node) {
    if (node->drop == DropKind::kClass && node->drop_label != Label::kComment) {
      node->drop = DropKind::kNone;
    }
  }

  // Lifts the class drops of the ancestors of content holding at most twice
  // its text: wrappers around it.
  void UndropWrappers(const NodeInfo& content) {
    for (int a = content.parent; a >= 0; a = nodes_[a].parent) {
      if (nodes_[a].text_chars <= 2 * content.text_chars) Undrop(&nodes_[a]);
    }
  }

  void InitCandidate(NodeInfo* info) {
    info->candidate = true;
    std::string_view tag = TagName(info->node);
    info->score = TagBaseScore(tag);
    ClassVerdict verdict = verdicts_.Classify(Attr(info->node, "class"), Attr(info->node, "id"));
    if (verdict.positive) info->score += kClassWeight;
    if (verdict.strong_negative || verdict.weak_negative) info->score -= kClassWeight;
    if (tag == "article" || tag == "main" || Attr(info->node, "itemprop") == "articleBody") {
      info->score += kArticleTagBonus;
    }
  }

  // Moves up from the best candidate when its ancestor joins several
  // near-equal candidates (an article split into sections), or when the
  // parent scores higher.
  int Promote(int best) {
    double top = nodes_[best].score;
    std::vector<int> alternatives;
    for (size_t i = 0; i < nodes_.size(); ++i) {
      if (static_cast<int>(i) != best && nodes_[i].candidate &&
          nodes_[i].score >= top * kPromoteShare) {
        alternatives.push_back(static_cast<int>(i));
      }
    }
    if (static_cast<int>(alternatives.size()) >= kPromoteMinAlternatives) {
      for (int ancestor = nodes_[best].parent; ancestor >= 0; ancestor = nodes_[ancestor].parent) {
        if (IsPageRoot(nodes_[ancestor].node)) break;
        int contained = 0;
        for (int alt : alternatives) {
          for (int a = nodes_[alt].parent; a >= 0; a = nodes_[a].parent) {
            if (a == ancestor) {
              ++contained;
              break;
            }
          }
        }
        if (contained >= kPromoteMinAlternatives) {
          best = ancestor;
          break;
        }
      }
    }
    double last = nodes_[best].score;
    for (int parent = nodes_[best].parent; parent >= 0; parent = nodes_[parent].parent) {
      if (IsPageRoot(nodes_[parent].node)) break;
      if (!nodes_[parent].candidate) continue;
      double score = nodes_[parent].score;
      if (score < last / 3) break;
      if (score > last) {
        best = parent;
        break;
      }
      last = score;
    }
    return best;
  }

  // Readability's scores reach three levels up, so an article cut into many
  // deep sections (page builders, listicles) leaves its common container
  // unscored and one section wins. Climbs while the parent holds much more
  // prose than the current node.
  int Ascend(int best) {
    while (true) {
      // Wrappers around the same prose are passed over.
      int up = nodes_[best].parent;
      while (up >= 0 && !IsPageRoot(nodes_[up].node) &&
             nodes_[up].prose_points <= nodes_[best].prose_points) {
        up = nodes_[up].parent;
      }
      if (up < 0 || IsPageRoot(nodes_[up].node)) return best;
      const NodeInfo& from = nodes_[best];
      const NodeInfo& to = nodes_[up];
      if (to.prose_points < from.prose_points * kAscendProseGain) return best;
      // Headlines that are links are a list of other articles.
      int added_headings = to.headings - from.headings;
      int added_linked = to.linked_headings - from.linked_headings;
      if (added_linked > 0 && added_linked * 2 >= added_headings) return best;
      // Teasers without headings: linked titles with a line of summary.
      uint32_t added_chars = to.text_chars - from.text_chars;
      uint32_t added_links = to.link_chars - from.link_chars;
      if (added_links > added_chars * kAscendMaxAddedLinkDensity) return best;
      best = up;
    }
  }

  // Streamed server rendering ships the page's text in a hidden element for
  // a script to move into place (<div hidden id="S:0">). ParseHtml already
  // moves segments that have a placeholder (html_streamed.h); for the rest,
  // and other pages shipped hidden, a hidden block with more text than the
  // whole visible page is the page. Returns whether any was found (the
  // statistics must then be built again).
  bool RevealHiddenPage() {
    for (const NodeInfo& info : nodes_) {
      if (info.drop == DropKind::kHidden && info.text_chars >= kMinRevealedChars &&
          info.text_chars > nodes_[0].text_chars) {
        revealed_.push_back(info.node);
      }
    }
    return !revealed_.empty();
  }

  // Pre-order: assigns indices, computes text statistics and drop verdicts.
  void Build(xmlNode* node, int parent) {
    int index = static_cast<int>(nodes_.size());
    nodes_.push_back({});
    SetIndex(node, index);
    {
      NodeInfo& info = nodes_.back();
      info.node = node;
      info.parent = parent;
      std::string_view tag = TagName(node);
      if (tag != "body" && tag != "html") {
        if (IsHidden(node) &&
            std::find(revealed_.begin(), revealed_.end(), node) == revealed_.end()) {
          info.drop = DropKind::kHidden;
        } else if (Label label = StructuralTagLabel(tag); label != Label::kBody) {
          info.drop = DropKind::kTag;
          info.drop_label = label;
        } else {
          ClassVerdict verdict = verdicts_.Classify(Attr(node, "class"), Attr(node, "id"));
          if (verdict.Drops() && (class_drops_ == ClassDrops::kHonour || verdict.hides ||
                                  verdict.label == Label::kComment)) {
            info.drop = DropKind::kClass;
            info.drop_label = verdict.label;
            info.drop_word = verdict.word;
            info.strong_drop = verdict.strong_negative;
            info.hiding_class = verdict.hides;
          }
          info.clean_positive =
              verdict.positive && !verdict.weak_negative && !verdict.strong_negative;
        }
      }
    }
    if (nodes_.back().drop == DropKind::kNone && StartsWithPlaceholder(node)) {
      nodes_.back().drop = DropKind::kPlaceholder;
    }
    bool is_link = TagName(node) == "a";
    uint32_t text = 0, link = 0, commas = 0, direct = 0, prose = 0;
    uint16_t lists = 0, headline_links = 0;
    bool holds_heading = IsHeadingTag(TagName(node));
    for (xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (IsText(c)) {
        const ByteCounts counts = CountBytes(TextContent(c), '!', ',');  // '!': above ' '
        text += static_cast<uint32_t>(counts.at_least);
        commas += static_cast<uint32_t>(counts.equal);
        direct += static_cast<uint32_t>(counts.at_least);
        continue;
      }
      if (!IsElement(c) || IsSkipped(c)) continue;
      Build(c, index);
      const NodeInfo& child = nodes_[IndexOf(c)];
      if (child.drop == DropKind::kHidden) continue;
      text += child.text_chars;
      link += child.link_chars;
      commas += child.commas;
      prose += child.prose_chars;
      lists = static_cast<uint16_t>(std::min<int>(lists + child.lists, UINT16_MAX));
      holds_heading = holds_heading || child.holds_heading;
      if (!(child.drop == DropKind::kTag && child.drop_label != Label::kBoilerplate)) {
        headline_links =
            static_cast<uint16_t>(std::min<int>(headline_links + child.headline_links, UINT16_MAX));
      }
      if (!IsBlockTag(TagName(c))) direct += child.text_chars;
    }
    NodeInfo& info = nodes_[index];
    info.subtree_end = static_cast<int>(nodes_.size());
    info.text_chars = text;
    info.link_chars = is_link ? text : link;
    info.commas = commas;
    info.direct_chars = direct;
    bool prose_paragraph = TagName(node) == "p" && text >= kProseParagraphChars &&
                           info.link_chars * kProseMaxLinkShare <= text;
    info.prose_chars = prose_paragraph ? text : prose;
    std::string_view tag = TagName(node);
    info.lists = lists + (tag == "ul" || tag == "ol" ? 1 : 0);
    info.holds_heading = holds_heading;
    info.headline_links = headline_links;
    if (is_link && text >= kMinHeadlineLinkChars && LinksElsewhere(node) &&
        (holds_heading || InHeading(node))) {
      info.headline_links = 1;
    }
  }

  // Whether a link leads to another page: not to a place in this one
  // ("#top") or to a script (ParseHtml reduced such hrefs to kInPageHref).
  static bool LinksElsewhere(const xmlNode* link) { return Attr(link, "href") != kInPageHref; }

  // Whether a heading holds node within a few levels ("<h2><a>",
  // "<h3><span><a>").
  static bool InHeading(const xmlNode* node) {
    constexpr int kMaxLevels = 3;
    int level = 0;
    for (const xmlNode* p = node->parent; p != nullptr && level < kMaxLevels; p = p->parent) {
      if (IsHeadingTag(TagName(p))) return true;
      ++level;
    }
    return false;
  }

  std::vector<NodeInfo> nodes_;
  std::vector<const xmlNode*> revealed_;  // hidden elements read as visible
  ClassVerdictCache& verdicts_;
  ClassDrops class_drops_;
};

// Walks the tree in document order, cutting it into blocks and labelling
// each one.
class Emitter {
 public:
  Emitter(std::vector<NodeInfo>* nodes, const ContentHints& hints, const ExtractOptions& options,
          uint32_t content_chars, Article* article)
      : nodes_(*nodes), options_(options), article_(article) {
    protect_chars_ = static_cast<uint32_t>(content_chars * kProtectShare);
    h1_norm_ = NormalizeForCompare(hints.h1);
    json_ld_body_ = hints.json_ld_body;
    buffer_.reserve(1024);
  }

  void Walk(xmlNode* node, bool inside) {
    if (IsText(node)) {
      if (!inside && !options_.explain) return;
      size_t before = buffer_.size();
      AppendFolded(TextContent(node), &buffer_);
      if (link_depth_ > 0) link_bytes_ += buffer_.size() - before;
      return;
    }
    if (!IsElement(node)) return;
    std::string_view tag = TagName(node);
    if (IsSkipped(node)) return;
    int index = IndexOf(node);
    if (index < 0) return;
    const NodeInfo& info = nodes_[index];
    bool now_inside = inside || info.selected;
    if (!now_inside && !info.holds_selected && !options_.explain) return;

    if (info.drop != DropKind::kNone && !(now_inside && IsArticleTextDespiteClass(info))) {
      // A dropped inline element (a hidden <span> in a link) does not end the paragraph.
      if (IsBlockTag(tag)) Flush(now_inside);
      if (!(now_inside && MayVouch(info, tag))) {
        Drop(node, info, now_inside);
        if (now_inside && IsHeadingTag(tag) && info.drop == DropKind::kClass &&
            info.drop_label == Label::kRelated) {
          DropTeaserSiblingsAfter(node);
        }
        return;
      }
      // Walked block by block: what JSON-LD articleBody also says is kept.
      vouch_stack_.push_back(index);
      WalkBlock(node, tag, now_inside);
      vouch_stack_.pop_back();
      return;
    }
    if (tag == "br") {
      if (!buffer_.empty() && buffer_.back() != ' ') buffer_.push_back(' ');
      return;
    }
    if (tag == "figure" || tag == "figcaption") {
      Flush(now_inside);
      Figure(node, now_inside);
      return;
    }
    if (!IsBlockTag(tag)) {
      bool link = tag == "a";
      if (link) ++link_depth_;
      for (xmlNode* c = node->children; c != nullptr; c = c->next) Walk(c, now_inside);
      if (link) --link_depth_;
      return;
    }
    WalkBlock(node, tag, now_inside);
  }

  // The walk of a block element: it starts and ends paragraphs.
  void WalkBlock(xmlNode* node, std::string_view tag, bool now_inside) {
    Flush(now_inside);
    BlockKind saved_kind = kind_;
    int saved_level = level_;
    if (tag == "p") {
      if (kind_ == BlockKind::kHeading) kind_ = BlockKind::kParagraph;
    } else if (IsHeadingTag(tag)) {
      kind_ = BlockKind::kHeading;
      level_ = tag[1] - '0';
    } else if (tag == "li" || tag == "dd" || tag == "dt") {
      kind_ = BlockKind::kListItem;
      level_ = list_depth_;
    } else if (tag == "blockquote") {
      kind_ = BlockKind::kQuote;
      level_ = 0;
    } else if (tag == "pre") {
      kind_ = BlockKind::kCode;
      level_ = 0;
    } else if (tag == "tr") {
      kind_ = BlockKind::kTableRow;
      level_ = 0;
    }
    bool list = tag == "ul" || tag == "ol" || tag == "dl";
    if (list) ++list_depth_;
    for (xmlNode* c = node->children; c != nullptr; c = c->next) Walk(c, now_inside);
    if (list) --list_depth_;
    if (tag == "td" || tag == "th") {
      if (!buffer_.empty() && buffer_.back() != ' ') buffer_.push_back(' ');
    } else {
      Flush(now_inside);
    }
    kind_ = saved_kind;
    level_ = saved_level;
  }

  void Finish() {
    Flush(false);
    DropOrphanHeading();  // nothing follows it
  }

  std::vector<Paragraph>& paragraphs() { return paragraphs_; }
  std::vector<size_t>& paragraph_explain() { return paragraph_explain_; }

 private:
  void Explain(std::string_view text, Label label, std::string reason) {
    if (!options_.explain || text.empty()) return;
    article_->explain.push_back({Shorten(text, kExplainTextChars), label, std::move(reason)});
  }

  // Inside the article, a weak class word on a block holding most of the
  // text, or on a block of prose ("paywall", "sidebar"), describes the layout.
  bool IsArticleTextDespiteClass(const NodeInfo& info) const {
    if (info.drop != DropKind::kClass) return false;
    if (info.text_chars >= protect_chars_) return true;
    return !info.strong_drop && !info.hiding_class && info.prose_chars >= kMinProseOverWeakClass &&
           info.prose_chars >= info.text_chars * kMinProseShareOverWeakClass;
  }

  // A class-dropped block inside the article is walked, not dropped whole,
  // when JSON-LD articleBody can vouch for its paragraphs (publishers mark
  // the text after the fold "paywall" or "premium").
  bool MayVouch(const NodeInfo& info, std::string_view tag) const {
    return json_ld_body_.size() >= kJsonLdMinBodyChars && info.drop == DropKind::kClass &&
           !info.hiding_class && IsBlockTag(tag) && info.drop_label != Label::kCaption &&
           info.drop_label != Label::kCredit && info.drop_label != Label::kByline;
  }

  bool InJsonLdBody(std::string_view text) {
    std::string needle = NormalizeForCompare(text);
    if (needle.size() < kMinVouchedChars) return false;
    if (json_ld_norm_.empty()) json_ld_norm_ = NormalizeForCompare(json_ld_body_);
    return json_ld_norm_.find(needle) != std::string::npos;
  }

  // The boxes after a heading classed as related stories, in the same
  // parent: when at least two follow, of one tag (not paragraphs or
  // headings), each with a link and no more text than a teaser, they are the
  // stories the heading announces, laid out as its siblings instead of
  // inside a box of their own.
  void DropTeaserSiblingsAfter(const xmlNode* heading) {
    std::vector<int> boxes;
    std::string_view box_tag;
    for (const xmlNode* n = heading->next; n != nullptr; n = n->next) {
      if (!IsElement(n)) {
        if (IsText(n) && !TrimAscii(TextContent(n)).empty()) break;
        continue;
      }
      const int index = IndexOf(n);
      if (index < 0) continue;
      std::string_view tag = TagName(n);
      if (boxes.empty()) box_tag = tag;
      const NodeInfo& box = nodes_[index];
      if (tag != box_tag || tag == "p" || IsHeadingTag(tag) || box.link_chars == 0 ||
          box.text_chars - box.link_chars > kMaxTeaserItemChars) {
        break;
      }
      boxes.push_back(index);
    }
    if (boxes.size() < 2) return;
    for (int index : boxes) {
      NodeInfo& box = nodes_[index];
      if (box.drop != DropKind::kNone) continue;
      box.drop = DropKind::kClass;
      box.drop_label = Label::kRelated;
      box.strong_drop = true;
      box.drop_word = kAfterRelatedHeading;
    }
  }

  void DropOrphanHeading() {
    if (paragraphs_.empty() || paragraphs_.back().kind != BlockKind::kHeading) return;
    paragraphs_.pop_back();
    size_t entry = paragraph_explain_.back();
    paragraph_explain_.pop_back();
    if (entry < article_->explain.size()) {
      article_->explain[entry].label = Label::kRelated;
      article_->explain[entry].reason = "heading of a dropped block";
    }
  }

  void Drop(xmlNode* node, const NodeInfo& info, bool inside) {
    std::string reason;
    switch (info.drop) {
      case DropKind::kHidden:
        reason = "hidden element";
        break;
      case DropKind::kTag:
        reason = fmt::format("<{}> element", TagName(node));
        break;
      case DropKind::kClass:
        reason = info.drop_word == kAfterRelatedHeading
                     ? std::string(kAfterRelatedHeading)
                     : fmt::format("class/id '{}'", info.drop_word);
        break;
      case DropKind::kPlaceholder:
        reason = "placeholder text";
        break;
      case DropKind::kNone:
        break;
    }
    if (!inside) reason += ", outside main content";
    if (info.drop == DropKind::kHidden && !options_.explain) return;
    if (!inside && !options_.explain) return;
    std::string text = VisibleText(node);
    if (inside && info.drop == DropKind::kClass) {
      if (info.drop_label == Label::kCaption) {
        AddCaption(text);
      } else if (info.drop_label == Label::kCredit) {
        AddCredit(text);
      }
    }
    Explain(text, info.drop_label, std::move(reason));
  }

  void AddCredit(std::string_view text) {
    std::string_view trimmed = TrimAscii(text);
    if (trimmed.empty()) return;
    for (const std::string& c : article_->image_credits) {
      if (c == trimmed) return;
    }
    article_->image_credits.emplace_back(trimmed);
  }

  void AddCaption(std::string_view text) {
    std::optional<CaptionParts> parts = SplitCredit(text);
    std::string caption = parts ? parts->caption : std::string(TrimAscii(text));
    if (parts) AddCredit(parts->credit);
    if (caption.empty()) return;
    for (const std::string& c : article_->image_captions) {
      if (c == caption) return;
    }
    article_->image_captions.push_back(std::move(caption));
  }

  // A figure: captions and credits, never body text. Prose wrapped in a
  // figure (some sites do so for quotes) is still walked.
  void Figure(xmlNode* node, bool inside) {
    if (TagName(node) == "figcaption") {
      std::string text;
      for (xmlNode* c = node->children; c != nullptr; c = c->next) {
        CollectCaption(c, &text, inside);
      }
      TrimTrailingSpace(&text);
      if (inside) AddCaption(text);
      Explain(text, Label::kCaption,
              inside ? "figure caption" : "figure caption, outside main content");
      return;
    }
    for (xmlNode* c = node->children; c != nullptr; c = c->next) {
      if (!IsElement(c)) continue;
      std::string_view tag = TagName(c);
      if (tag == "div" && !HoldsParagraph(c)) {
        // A caption written without <figcaption>.
        std::string text;
        CollectCaption(c, &text, inside);
        TrimTrailingSpace(&text);
        if (inside) AddCaption(text);
        Explain(text, Label::kCaption,
                inside ? "text inside <figure>" : "text inside <figure>, outside main content");
      } else if (tag == "figcaption" || tag == "p" || tag == "blockquote" || tag == "div") {
        Walk(c, inside);
      } else if (int index = IndexOf(c); index >= 0 && nodes_[index].drop == DropKind::kClass &&
                                         (nodes_[index].drop_label == Label::kCredit ||
                                          nodes_[index].drop_label == Label::kCaption)) {
        Walk(c, inside);
      }
    }
    Flush(inside, Label::kCaption, "text inside <figure>");
  }

  // Caption text with credit elements set aside as credits.
  void CollectCaption(xmlNode* node, std::string* text, bool inside) {
    if (IsText(node)) {
      AppendFolded(TextContent(node), text);
      return;
    }
    if (!IsElement(node) || IsInvisibleTag(TagName(node))) return;
    if (int index = IndexOf(node); index >= 0 && nodes_[index].drop == DropKind::kClass &&
                                   nodes_[index].drop_label == Label::kCredit) {
      if (inside) AddCredit(VisibleText(node));
      return;
    }
    // Block-level elements apart, as VisibleText keeps them (the pre-filter
    // drops the white space between them).
    const std::string_view tag = TagName(node);
    const bool separate = tag == "br" || IsBlockTag(tag);
    if (separate && !text->empty() && text->back() != ' ') text->push_back(' ');
    for (xmlNode* c = node->children; c != nullptr; c = c->next) CollectCaption(c, text, inside);
    if (separate && !text->empty() && text->back() != ' ') text->push_back(' ');
  }

  void Flush(bool inside, Label forced = Label::kBody, std::string_view forced_reason = {}) {
    TrimTrailingSpace(&buffer_);
    if (!HasVisibleText(buffer_)) {  // most often empty; else "\u200D" and the like
      buffer_.clear();
      link_bytes_ = 0;
      return;
    }
    std::string text;
    text.swap(buffer_);
    buffer_.reserve(1024);
    double link_density = static_cast<double>(link_bytes_) / text.size();
    link_bytes_ = 0;
    if (!inside) {
      Explain(text, Label::kBoilerplate, "outside main content");
      return;
    }
    if (forced != Label::kBody) {
      Explain(text, forced, std::string(forced_reason));
      return;
    }
    if (!vouch_stack_.empty() && !InJsonLdBody(text)) {
      const NodeInfo& dropped = nodes_[vouch_stack_.back()];
      Explain(text, dropped.drop_label,
              fmt::format("class/id '{}', not in JSON-LD articleBody", dropped.drop_word));
      return;
    }
    if (kind_ == BlockKind::kHeading && level_ == 1) {
      Explain(text, Label::kTitle, "h1 headline");
      return;
    }
    if (!h1_norm_.empty() && kind_ == BlockKind::kHeading &&
        NormalizeForCompare(text) == h1_norm_) {
      Explain(text, Label::kTitle, "repeats the headline");
      return;
    }
    if (IsBoilerplatePhrase(text)) {
      Explain(text, Label::kBoilerplate, "boilerplate phrase");
      return;
    }
    if (IsDateLine(text)) {
      Explain(text, Label::kDate, "date line");
      return;
    }
    std::string_view teaser = TeaserPrefix(text);
    if (!teaser.empty() && text.size() <= kTeaserMaxChars) {
      Explain(text, Label::kTeaser, fmt::format("teaser: '{}' prefix", teaser));
      dropped_box_ = true;
      return;
    }
    if (link_density > kBlockMaxLinkDensity && text.size() <= kLinkBlockMaxChars) {
      Explain(text, Label::kNavigation, fmt::format("link density {:.2f}", link_density));
      dropped_box_ = true;
      return;
    }
    // A heading over a dropped link box ("Current issue"); ads and figures
    // dropped under a section heading do not count.
    if (dropped_box_) DropOrphanHeading();
    dropped_box_ = false;
    paragraph_explain_.push_back(article_->explain.size());
    Explain(text, Label::kBody, "in main content");
    paragraphs_.push_back({std::move(text), kind_, kind_ == BlockKind::kParagraph ? 0 : level_});
  }

  std::vector<NodeInfo>& nodes_;
  const ExtractOptions& options_;
  Article* article_;
  uint32_t protect_chars_ = 0;
  std::string h1_norm_;
  std::string_view json_ld_body_;
  std::string json_ld_norm_;      // normalised on first use
  std::vector<int> vouch_stack_;  // class-dropped blocks being walked for JSON-LD's vouch
  std::string buffer_;
  size_t link_bytes_ = 0;
  int link_depth_ = 0;
  int list_depth_ = 0;
  BlockKind kind_ = BlockKind::kParagraph;
  int level_ = 0;
  std::vector<Paragraph> paragraphs_;
  std::vector<size_t> paragraph_explain_;  // index into explain per paragraph
  bool dropped_box_ = false;               // a link box was dropped since the last paragraph
};

// The <html> element rather than <body>: on broken markup the parser's
// recovery can leave part of the page after a stray </body>, as a sibling of
// it. <head> is skipped as invisible.
xmlNode* FindPageRoot(xmlDoc* doc) {
  xmlNode* root = xmlDocGetRootElement(doc);
  while (root != nullptr && !IsElement(root)) root = root->next;
  return root;
}

// An article cut into sections, each in its own wrapper: the top candidate's
// siblings are the wrapper's other children, so the sections beside the
// wrapper are looked at too. A section joins when it holds enough prose, few
// links and no list of linked headlines.
void SelectCousinSections(Analyzer* analyzer, int top) {
  std::vector<NodeInfo>& nodes = analyzer->nodes();
  const NodeInfo& best = nodes[top];
  int wrapper = top;
  while (nodes[wrapper].parent >= 0 && !IsPageRoot(nodes[nodes[wrapper].parent].node) &&
         nodes[nodes[wrapper].parent].text_chars <= best.text_chars * kWrapperMaxGrowth) {
    wrapper = nodes[wrapper].parent;
  }
  if (wrapper == top || nodes[wrapper].parent < 0) return;
  double min_prose = best.prose_points * kCousinMinProseShare;
  for (xmlNode* c = nodes[wrapper].node->parent->children; c != nullptr; c = c->next) {
    if (!IsElement(c)) continue;
    int index = IndexOf(c);
    if (index < 0 || index == wrapper) continue;
    NodeInfo& info = nodes[index];
    if (info.in_drop || info.prose_points < min_prose) continue;
    if (analyzer->LinkDensity(info) > kSiblingMaxLinkDensity) continue;
    if (info.linked_headings > 0 && info.linked_headings * 2 >= info.headings) continue;
    info.selected = true;
  }
}

bool IsAncestor(const std::vector<NodeInfo>& nodes, int ancestor, int node) {
  for (int a = nodes[node].parent; a >= 0; a = nodes[a].parent) {
    if (a == ancestor) return true;
  }
  return false;
}

// The lowest common ancestor of two nodes.
int CommonAncestor(const std::vector<NodeInfo>& nodes, int a, int b) {
  for (int x = a; x >= 0; x = nodes[x].parent) {
    if (x == b || IsAncestor(nodes, x, b)) return x;
  }
  return -1;
}

// A summary box of the article ("Key Points", "Key takeaways" over a short
// list) that sits beside the top candidate inside the article's container:
// the publisher's own summary, selected with the text.
void SelectSummaryBoxes(Analyzer* analyzer, int top) {
  std::vector<NodeInfo>& nodes = analyzer->nodes();
  // The index of element c when it is a list still in play, else -1.
  auto list_index = [&nodes](const xmlNode* c) {
    const int index = IndexOf(c);
    const std::string_view tag = TagName(c);
    return index < 0 || (tag != "ul" && tag != "ol") || nodes[index].in_drop ? -1 : index;
  };
  // The lists that follow an element, up to the first other element.
  auto lists_after = [&list_index](const xmlNode* node) {
    std::vector<int> lists;
    for (const xmlNode* c = node->next; c != nullptr; c = c->next) {
      if (!IsElement(c)) continue;
      const int index = list_index(c);
      if (index < 0) break;
      lists.push_back(index);
    }
    return lists;
  };
  // The tests go cheapest first: the label's text and the common ancestor
  // come last.
  for (size_t i = 0; i < nodes.size(); ++i) {
    NodeInfo& label = nodes[i];
    if (label.text_chars < kMinSummaryLabelChars || label.text_chars > kMaxSummaryLabelChars ||
        label.link_chars > 0 || label.drop == DropKind::kHidden || label.parent < 0) {
      continue;
    }
    std::string_view tag = TagName(label.node);
    if (tag == "a" || tag == "li" || IsPageRoot(label.node)) continue;
    int box = label.parent;
    const NodeInfo& container = nodes[box];
    if (container.selected) continue;
    // A short box is the label's list box; in a larger block, the lists
    // right after the label join.
    const bool short_box = container.text_chars <= kMaxSummaryBoxChars;
    std::vector<int> lists;
    if (short_box) {
      if (container.lists == 0 || container.strong_drop || container.hiding_class ||
          container.drop == DropKind::kHidden || IsAncestor(nodes, top, box) ||
          analyzer->LinkDensity(container) > kMaxSummaryLinkDensity) {
        continue;
      }
    } else {
      lists = lists_after(label.node);
      if (lists.empty()) continue;
    }
    if (!IsSummaryHeading(VisibleText(label.node))) continue;
    int region = CommonAncestor(nodes, box, top);
    if (region < 0 || IsPageRoot(nodes[region].node)) continue;
    if (short_box) {
      nodes[box].selected = true;
      nodes[box].drop = DropKind::kNone;
      continue;
    }
    for (int index : lists) nodes[index].selected = true;
  }
}

// Marks the top candidate and its sibling blocks of good quality as selected.
void Select(Analyzer* analyzer, int top) {
  std::vector<NodeInfo>& nodes = analyzer->nodes();
  NodeInfo& best = nodes[top];
  xmlNode* parent = best.node->parent;
  if (best.parent < 0 || parent == nullptr) {
    best.selected = true;
    return;
  }
  double threshold = std::max(kSiblingMinScore, best.score * kSiblingScoreShare);
  // Siblings with the top candidate's class gain, phrasing elements (links,
  // spans, labels) aside: they are seldom the container of an article, and
  // ParseHtml drops their class values that carry no signal.
  std::string_view best_class =
      IsPhrasingTag(TagName(best.node)) ? std::string_view() : Attr(best.node, "class");
  for (xmlNode* c = parent->children; c != nullptr; c = c->next) {
    if (!IsElement(c)) continue;
    int index = IndexOf(c);
    if (index < 0) continue;
    NodeInfo& info = nodes[index];
    if (index == top) {
      info.selected = true;
      continue;
    }
    if (info.in_drop) continue;
    double bonus =
        (!best_class.empty() && !IsPhrasingTag(TagName(c)) && Attr(c, "class") == best_class)
            ? best.score * 0.2
            : 0;
    bool keep = info.candidate && info.score + bonus >= threshold;
    if (!keep && TagName(c) == "p") {
      double density = analyzer->LinkDensity(info);
      if (info.text_chars > kSiblingParagraphChars && density < kSiblingMaxLinkDensity) {
        keep = true;
      } else if (info.text_chars <= kSiblingParagraphChars && info.text_chars > 0 && density == 0) {
        std::string text = VisibleText(c);
        keep = !text.empty() && (text.back() == '.' || text.find(". ") != std::string::npos);
      }
    }
    info.selected = keep;
  }
  SelectCousinSections(analyzer, top);
  SelectSummaryBoxes(analyzer, top);
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (!nodes[i].selected) continue;
    for (int a = nodes[i].parent; a >= 0 && !nodes[a].holds_selected; a = nodes[a].parent) {
      nodes[a].holds_selected = true;
    }
  }
}

std::vector<Paragraph> ParagraphsFromJsonLd(std::string_view body) {
  std::vector<Paragraph> out;
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string line;
    AppendFolded(body.substr(start, end - start), &line);
    TrimTrailingSpace(&line);
    if (!line.empty()) out.push_back({std::move(line), BlockKind::kParagraph, 0});
    start = end + 1;
  }
  return out;
}

size_t TotalChars(const std::vector<Paragraph>& paragraphs) {
  size_t total = 0;
  for (const Paragraph& p : paragraphs) total += p.text.size();
  return total;
}

// Why JSON-LD articleBody should replace the paragraphs read from the page,
// or empty when it should not. It is a strong hint, not blindly trusted: it
// wins when the page text is much shorter, or when it holds all the page
// text and clearly more (the rest of the article sits in blocks the page
// marks as paywalled or splits into sections apart).
std::string_view JsonLdBodyWins(const std::vector<Paragraph>& paragraphs,
                                std::string_view ld_body) {
  if (ld_body.size() < kJsonLdMinBodyChars) return {};
  size_t total = TotalChars(paragraphs);
  if (total < ld_body.size() * kJsonLdFallbackRatio) return "page text much shorter";
  if (total >= ld_body.size() * kJsonLdSupersetRatio) return {};
  std::string ld_norm = NormalizeForCompare(ld_body);
  size_t covered = 0;
  for (const Paragraph& p : paragraphs) {
    if (ld_norm.find(NormalizeForCompare(p.text)) != std::string::npos) covered += p.text.size();
  }
  if (covered < total * kJsonLdSupersetCoverage) return {};
  return "it holds the page text and more";
}

}  // namespace

uint64_t ExtractMainContent(xmlDoc* doc, const ContentHints& hints, const ExtractOptions& options,
                            ClassVerdictCache* classes, Article* article, PageEvidence* evidence) {
  xmlNode* body = FindPageRoot(doc);
  std::vector<Paragraph> paragraphs;
  // The normalised text of each paragraph kept: the body's is theirs one
  // space apart (Extract's fingerprint), and the repetition check needs them.
  std::vector<std::string> norms;
  if (body != nullptr) {
    std::optional<Analyzer> analyzer(std::in_place, body, classes, ClassDrops::kHonour);
    int top = analyzer->Score();
    if (top < 0) {
      // Every paragraph sits under a class word that drops it: a site that
      // names its content blocks "widget" or the like. Read again with the
      // words as hints only (but those that hide an element or say it holds
      // comments), as Readability does when it finds nothing.
      analyzer.emplace(body, classes, ClassDrops::kIgnore);
      top = analyzer->Score();
      if (top >= 0 && options.explain) {
        article->explain.push_back({"", Label::kMetadata,
                                    "no block read as article text under its class words: "
                                    "read again with them as hints only"});
      }
    }
    analyzer->MeasureTeasers(top, evidence);
    if (top < 0 && options.explain) {
      article->explain.push_back(
          {"", Label::kBoilerplate, "no block of the page reads as article text"});
    }
    if (top >= 0) {
      Select(&*analyzer, top);
      Emitter emitter(&analyzer->nodes(), hints, options, analyzer->nodes()[top].text_chars,
                      article);
      emitter.Walk(body, false);
      emitter.Finish();
      paragraphs = std::move(emitter.paragraphs());
      std::vector<size_t>& explain_index = emitter.paragraph_explain();
      // In-page repetition: keep the first or most self-contained copy.
      std::vector<std::string_view> texts;
      texts.reserve(paragraphs.size());
      norms.reserve(paragraphs.size());
      for (const Paragraph& p : paragraphs) {
        texts.push_back(p.text);
        norms.push_back(NormalizeForCompare(p.text));
      }
      const std::vector<std::string_view> norm_views(norms.begin(), norms.end());
      std::vector<RepeatVerdict> verdicts = FindRepetition(texts, norm_views, kMinCompositeWords);
      // The writer's biography or contact line among the last paragraphs.
      std::vector<bool> bio(paragraphs.size(), false);
      for (size_t i = paragraphs.size(), tail = kBioTailParagraphs; i-- > 0 && tail > 0;) {
        if (i < verdicts.size() && verdicts[i].repeated) continue;
        --tail;
        bio[i] = paragraphs[i].kind == BlockKind::kParagraph &&
                 (IsWriterBio(paragraphs[i].text, article->authors) ||
                  IsWriterContact(paragraphs[i].text, article->authors));
      }
      std::vector<Paragraph> kept;
      std::vector<std::string> kept_norms;
      kept.reserve(paragraphs.size());
      kept_norms.reserve(paragraphs.size());
      for (size_t i = 0; i < paragraphs.size(); ++i) {
        if (i < verdicts.size() && verdicts[i].repeated) {
          if (options.explain && explain_index[i] < article->explain.size()) {
            ExplainEntry& entry = article->explain[explain_index[i]];
            entry.label = Label::kRepeated;
            entry.reason = verdicts[i].Reason();
          }
          continue;
        }
        if (bio[i]) {
          if (options.explain && explain_index[i] < article->explain.size()) {
            ExplainEntry& entry = article->explain[explain_index[i]];
            entry.label = Label::kByline;
            entry.reason = "about the writer, under the article";
          }
          continue;
        }
        kept.push_back(std::move(paragraphs[i]));
        kept_norms.push_back(std::move(norms[i]));
      }
      paragraphs = std::move(kept);
      norms = std::move(kept_norms);
    }
  }
  std::string_view ld_body = TrimAscii(hints.json_ld_body);
  if (std::string_view why = JsonLdBodyWins(paragraphs, ld_body); !why.empty()) {
    paragraphs = ParagraphsFromJsonLd(ld_body);
    norms.clear();
    for (const Paragraph& p : paragraphs) norms.push_back(NormalizeForCompare(p.text));
    if (options.explain) {
      article->explain.push_back(
          {"", Label::kMetadata, fmt::format("body taken from JSON-LD articleBody: {}", why)});
    }
  }
  article->paragraphs = std::move(paragraphs);
  BodyFingerprint fingerprint;
  for (const std::string& norm : norms) fingerprint.Add(norm);
  return fingerprint.Digest();
}

}  // namespace newsift::html
