// PlaceStreamedSegments: streamed segments replace their placeholders (as
// the page's scripts pair them, else by number), nested ones too, and a
// boundary's loading content goes; a segment that would land inside itself,
// or has no placeholder, stays where it is.
#include "extract/html_streamed.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/html_dom.h"
#include "extract/html_prefilter.h"

namespace newsift::html {
namespace {

// The body's elements in document order: "tag#id" (or "tag") and, for a
// <p>, its text.
std::string Outline(const xmlNode* node) {
  std::string out;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (!IsElement(child)) continue;
    std::string_view id = Attr(child, "id");
    out += std::string(TagName(child));
    if (!id.empty()) out += "#" + std::string(id);
    if (TagName(child) == "p") out += "(" + VisibleText(child) + ")";
    std::string inner = Outline(child);
    if (!inner.empty()) out += "[" + inner + "]";
    out += " ";
  }
  if (!out.empty()) out.pop_back();
  return out;
}

std::string PlacedOutline(std::string_view html) {
  ClassVerdictCache classes;
  std::vector<std::string_view> json_ld;
  HtmlDocPtr doc = ParseHtml(html, &classes, &json_ld);
  const xmlNode* body = xmlDocGetRootElement(doc.get())->children;
  while (body != nullptr && TagName(body) != "body") body = body->next;
  return body == nullptr ? "" : Outline(body);
}

TEST(HtmlStreamedTest, SegmentsReplaceTheirPlaceholders) {
  EXPECT_EQ(PlacedOutline("<body><main><p>a</p><template id=\"B:0\"></template><p>d</p></main>"
                          "<footer><p>f</p></footer>"
                          "<div hidden id=\"S:0\"><p>b</p><template id=\"P:1a\"></template></div>"
                          "<div hidden id=\"S:1a\"><p>c</p></div></body>"),
            "main[p(a) p(b) p(c) p(d)] footer[p(f)]");
}

// React 18 numbers boundaries and segments apart: the scripts say which
// goes where. The loading content up to the boundary's end marker goes, a
// nested boundary's markers included.
TEST(HtmlStreamedTest, ScriptsPairSegmentsAndLoadingContentGoes) {
  EXPECT_EQ(PlacedOutline("<body><main><p>a</p><!--$?--><template id=\"B:0\"></template>"
                          "<p>Loading...</p><!--$--><p>inner</p><!--/$--><!--/$--><p>d</p></main>"
                          "<div hidden id=\"S:2\"><p>b</p><template id=\"P:1\"></template></div>"
                          "<script>$RC(\"B:0\",\"S:2\")</script>"
                          "<div hidden id=\"S:1\"><p>c</p></div>"
                          "<script>$RS(\"S:1\",\"P:1\")</script></body>"),
            "main[p(a) p(b) p(c) p(d)]");
}

// Without scripts, a segment goes to the placeholder of its number, a
// segment placeholder (always numbered like its segment) before a boundary.
TEST(HtmlStreamedTest, WithoutScriptsSegmentPlaceholdersComeFirst) {
  EXPECT_EQ(PlacedOutline("<body><main><template id=\"B:1\"></template><p>x</p>"
                          "<template id=\"P:1\"></template></main>"
                          "<div hidden id=\"S:1\"><p>one</p></div></body>"),
            "main[template#B:1 p(x) p(one)]");
}

TEST(HtmlStreamedTest, CollectsTheMovesOfScripts) {
  std::vector<std::pair<std::string, std::string>> moves;
  CollectStreamedMoves(
      "$RC=function(b,c){};$RC(\"B:0\",\"S:2\");$RS(\"S:1\",\"P:1\");"
      "$RR(\"B:3\",\"S:4\",[]);$RC(\"S:0\",\"B:0\");$RC(\"B:x\",\"S:1\");$RX(\"B:5\")",
      &moves);
  using Move = std::pair<std::string, std::string>;
  EXPECT_EQ(moves, (std::vector<Move>{{"B:0", "S:2"}, {"P:1", "S:1"}, {"B:3", "S:4"}}));
}

TEST(HtmlStreamedTest, LeavesWhatCannotBePlaced) {
  // No placeholder; a visible "S:" element; a placeholder inside its own
  // segment; an id that is no segment's ("S:x" is not hexadecimal).
  EXPECT_EQ(PlacedOutline("<body><div hidden id=\"S:2\"><p>lost</p></div>"
                          "<div id=\"S:3\"><p>shown</p></div><template id=\"B:3\"></template>"
                          "<div hidden id=\"S:4\"><p>self</p><template id=\"B:4\"></template></div>"
                          "<template id=\"B:5\"></template><div hidden id=\"S:x\"><p>x</p></div>"
                          "</body>"),
            "div#S:2[p(lost)] div#S:3[p(shown)] template#B:3 div#S:4[p(self) template#B:4] "
            "template#B:5 div[p(x)]");
}

TEST(HtmlStreamedTest, SegmentsThatHoldEachOthersPlaceholdersStayWhole) {
  // S:1 holds P:2 and S:2 holds P:1: placing S:1 into P:1 puts P:2 inside
  // S:2, which then cannot receive it.
  EXPECT_EQ(PlacedOutline("<body><div hidden id=\"S:1\"><p>one</p><template id=\"P:2\"></template>"
                          "</div><div hidden id=\"S:2\"><p>two</p><template id=\"P:1\"></template>"
                          "</div></body>"),
            "div#S:2[p(two) p(one) template#P:2]");
}

// Malformed: a placeholder holding a segment and another placeholder. The
// first placement takes them out of the tree with it; nothing is read after
// it is freed (the sanitizer build checks).
TEST(HtmlStreamedTest, PlaceholdersHoldingSegmentsGoWithThem) {
  EXPECT_EQ(PlacedOutline("<body><template id=\"B:0\"><div hidden id=\"S:1\"><p>in</p></div>"
                          "<template id=\"P:2\"></template></template><template id=\"B:1\">"
                          "</template><div hidden id=\"S:0\"><p>zero</p></div>"
                          "<div hidden id=\"S:2\"><p>two</p></div></body>"),
            "p(zero) p(in)");
}

TEST(HtmlStreamedTest, RecognisesSegmentIds) {
  EXPECT_TRUE(IsStreamedSegmentId("S:0"));
  EXPECT_TRUE(IsStreamedSegmentId("B:1f"));
  EXPECT_TRUE(IsStreamedSegmentId("P:a0"));
  EXPECT_FALSE(IsStreamedSegmentId("S:"));
  EXPECT_FALSE(IsStreamedSegmentId("S:1G"));
  EXPECT_FALSE(IsStreamedSegmentId("X:1"));
  EXPECT_FALSE(IsStreamedSegmentId("s:1"));
  EXPECT_FALSE(IsStreamedSegmentId("main"));
}

}  // namespace
}  // namespace newsift::html
