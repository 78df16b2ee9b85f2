// Streamed server rendering (React 18 and later, as Next.js uses it) sends a
// page's slow parts at the end of <body>, each in a hidden element
// (<div hidden id="S:4">), with an empty placeholder where it belongs
// (<template id="B:4"> or <template id="P:4">) and a script that moves one
// into the other once the page runs. A reader without scripts sees the text
// hidden, after the footer. PlaceStreamedSegments does the script's move on
// the parsed tree, so the text is visible and where the page shows it.
#ifndef NEWSIFT_EXTRACT_HTML_STREAMED_H_
#define NEWSIFT_EXTRACT_HTML_STREAMED_H_

#include <libxml/tree.h>

#include <string_view>

namespace newsift::html {

// Whether an id names a segment ("S:1f") or a placeholder ("B:0", "P:3"):
// the pre-filter keeps such ids, which it would otherwise cut as words
// without meaning.
bool IsStreamedSegmentId(std::string_view id);

// Replaces each placeholder <template id="B:n"> or <template id="P:n"> with
// the children of the hidden element id="S:n", and removes that element.
// A segment whose placeholder lies inside the segment itself is left as is.
// Returns how many segments were placed.
int PlaceStreamedSegments(xmlDoc* doc);

}  // namespace newsift::html

#endif  // NEWSIFT_EXTRACT_HTML_STREAMED_H_
