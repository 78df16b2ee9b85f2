// Streamed server rendering (React 18 and later, as Next.js uses it) sends a
// page's slow parts at the end of <body>, each in a hidden element
// (<div hidden id="S:4">), with an empty placeholder where it belongs: a
// boundary (<!--$?--><template id="B:4"></template>loading text<!--/$-->) or
// a segment placeholder (<template id="P:4">). Inline scripts then move one
// into the other: $RC("B:4","S:4") replaces the boundary's loading content,
// $RS("S:5","P:5") the placeholder. A reader without scripts sees the text
// hidden, after the footer. PlaceStreamedSegments does those moves on the
// parsed tree, so the text is visible and where the page shows it.
//
// A segment written in table context (<table hidden><tbody id="S:1">) counts
// too: its hidden element is its parent. Not handled (the text stays hidden,
// as without this step): ids given a prefix (identifierPrefix: "xS:1").
#ifndef NEWSIFT_EXTRACT_HTML_STREAMED_H_
#define NEWSIFT_EXTRACT_HTML_STREAMED_H_

#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace newsift::html {

// What the pre-filter saw of streamed rendering.
struct StreamedSegments {
  bool seen = false;  // an id of a segment or placeholder
  // (placeholder id, segment id) for each move the page's scripts make, in
  // their order; may be empty when the scripts are missing.
  std::vector<std::pair<std::string, std::string>> moves;
};

// Whether an id names a segment ("S:1f") or a placeholder ("B:0", "P:3"):
// the pre-filter keeps such ids, which it would otherwise cut as words
// without meaning.
bool IsStreamedSegmentId(std::string_view id);

// Appends to *moves the moves an inline script makes: $RC("B:x","S:y") and
// $RR("B:x","S:y",...) fill boundary B:x with segment S:y, $RS("S:y","P:x")
// placeholder P:x.
void CollectStreamedMoves(std::string_view script,
                          std::vector<std::pair<std::string, std::string>>* moves);

// Moves each hidden segment (id "S:n") into its placeholder: the pairs of
// streamed.moves, or without scripts the placeholder with the same number
// ("P:n" before "B:n"). A boundary's loading content, up to its closing
// <!--/$-->, goes as the script would take it. A segment whose placeholder
// lies inside the segment itself, or whose boundary's loading content holds
// it, stays where it is. Returns how many segments were placed.
int PlaceStreamedSegments(xmlDoc* doc, const StreamedSegments& streamed);

}  // namespace newsift::html

#endif  // NEWSIFT_EXTRACT_HTML_STREAMED_H_
