// Moves streamed segments into their placeholders (html_streamed.h).
#include "extract/html_streamed.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/html_dom.h"

namespace newsift::html {
namespace {

bool IsHexId(std::string_view digits) {
  if (digits.empty()) return false;
  for (char c : digits) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

bool IsAncestorOf(const xmlNode* ancestor, const xmlNode* node) {
  for (const xmlNode* p = node->parent; p != nullptr; p = p->parent) {
    if (p == ancestor) return true;
  }
  return false;
}

// A React boundary marker comment's text ("$?", "$", "$!", "/$"), or empty.
std::string_view MarkerText(const xmlNode* node) {
  if (node == nullptr || node->type != XML_COMMENT_NODE || node->content == nullptr) return {};
  return TextContent(node);
}

bool OpensBoundary(std::string_view marker) {
  return marker == "$" || marker == "$?" || marker == "$!";
}

// The "/$" comment that closes the boundary whose placeholder is
// `placeholder` (after its "$?"), skipping nested boundaries; null when the
// markers are not there.
xmlNode* BoundaryEnd(xmlNode* placeholder) {
  if (MarkerText(placeholder->prev) != "$?") return nullptr;
  int depth = 0;
  for (xmlNode* n = placeholder->next; n != nullptr; n = n->next) {
    std::string_view marker = MarkerText(n);
    if (marker == "/$") {
      if (depth == 0) return n;
      --depth;
    } else if (OpensBoundary(marker)) {
      ++depth;
    }
  }
  return nullptr;
}

// Nodes taken out of the tree, freed once every move is done: a later move
// may still reach into them (malformed input), and none is freed twice.
class Unlinked {
 public:
  void Add(xmlNode* node) {
    xmlUnlinkNode(node);
    if (seen_.insert(node).second) nodes_.push_back(node);
  }
  ~Unlinked() {
    for (xmlNode* node : nodes_) xmlFreeNode(node);
  }

 private:
  std::vector<xmlNode*> nodes_;
  std::unordered_set<xmlNode*> seen_;
};

// Moves segment's children to where placeholder stands, as React's scripts
// do. Returns false (nothing moved) when that would put the segment inside
// itself or drop it with a boundary's loading content.
bool Place(xmlNode* segment, xmlNode* placeholder, Unlinked* unlinked) {
  if (IsAncestorOf(segment, placeholder)) return false;
  // What goes: the placeholder, and for a boundary its loading content up to
  // the end marker, which stays (the segment's children go before it).
  std::vector<xmlNode*> replaced = {placeholder};
  xmlNode* insert_before = placeholder;
  if (Attr(placeholder, "id").starts_with("B:")) {
    if (xmlNode* end = BoundaryEnd(placeholder); end != nullptr) {
      for (xmlNode* n = placeholder->next; n != end; n = n->next) replaced.push_back(n);
      insert_before = end;
    }
  }
  for (xmlNode* n : replaced) {
    if (n == segment || IsAncestorOf(n, segment)) return false;
  }
  // Out first when the children go before the end marker: libxml2 merges a
  // moved text node into a text node just before, which may be loading text.
  if (insert_before != placeholder) {
    for (xmlNode* n : replaced) unlinked->Add(n);
  }
  for (xmlNode* child = segment->children; child != nullptr;) {
    xmlNode* next = child->next;  // child may be merged and freed
    xmlUnlinkNode(child);
    xmlAddPrevSibling(insert_before, child);
    child = next;
  }
  if (insert_before == placeholder) unlinked->Add(placeholder);
  unlinked->Add(segment);
  return true;
}

}  // namespace

bool IsStreamedSegmentId(std::string_view id) {
  return id.size() >= 3 && (id[0] == 'S' || id[0] == 'B' || id[0] == 'P') && id[1] == ':' &&
         IsHexId(id.substr(2));
}

void CollectStreamedMoves(std::string_view script,
                          std::vector<std::pair<std::string, std::string>>* moves) {
  // $RC("B:0","S:0"), $RR("B:0","S:0",[...]), $RS("S:1","P:1")
  for (size_t at = script.find("$R"); at != std::string_view::npos;
       at = script.find("$R", at + 2)) {
    if (at + 5 >= script.size()) break;
    const char kind = script[at + 2];
    if ((kind != 'C' && kind != 'R' && kind != 'S') || script.substr(at + 3, 2) != "(\"") continue;
    const size_t first = at + 5;
    const size_t first_end = script.find('"', first);
    if (first_end == std::string_view::npos || script.substr(first_end, 3) != "\",\"") continue;
    const size_t second = first_end + 3;
    const size_t second_end = script.find('"', second);
    if (second_end == std::string_view::npos) continue;
    std::string_view a = script.substr(first, first_end - first);
    std::string_view b = script.substr(second, second_end - second);
    if (!IsStreamedSegmentId(a) || !IsStreamedSegmentId(b)) continue;
    if (kind == 'S') {
      if (a[0] == 'S' && b[0] == 'P') moves->emplace_back(b, a);
    } else if (a[0] == 'B' && b[0] == 'S') {
      moves->emplace_back(a, b);
    }
  }
}

int PlaceStreamedSegments(xmlDoc* doc, const StreamedSegments& streamed) {
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return 0;
  std::unordered_map<std::string, xmlNode*> segments, placeholders;
  std::vector<std::string> segment_order;  // segment ids in document order
  // Iterative pre-order walk over elements.
  for (xmlNode* node = root; node != nullptr;) {
    if (IsElement(node)) {
      std::string_view id = Attr(node, "id");
      if (IsStreamedSegmentId(id)) {
        if (id[0] == 'S' &&
            (HasAttr(node, "hidden") || (node->parent != nullptr && IsElement(node->parent) &&
                                         HasAttr(node->parent, "hidden")))) {
          if (segments.emplace(id, node).second) segment_order.emplace_back(id);
        } else if (id[0] != 'S' && TagName(node) == "template") {
          placeholders.emplace(id, node);
        }
      }
    }
    if (node->children != nullptr && IsElement(node)) {
      node = node->children;
      continue;
    }
    while (node != nullptr && node->next == nullptr) {
      node = node->parent;
      if (node == root || node == nullptr) node = nullptr;
    }
    if (node != nullptr) node = node->next;
  }
  std::vector<std::pair<std::string, std::string>> moves = streamed.moves;
  if (moves.empty()) {
    // No scripts: React 19 numbers a boundary like its segment, and a
    // segment placeholder always has its segment's number.
    for (const std::string& segment : segment_order) {
      std::string number = segment.substr(2);
      if (placeholders.contains("P:" + number)) {
        moves.emplace_back("P:" + number, segment);
      } else {
        moves.emplace_back("B:" + number, segment);
      }
    }
  }
  Unlinked unlinked;
  int placed = 0;
  for (const auto& [placeholder_id, segment_id] : moves) {
    auto placeholder = placeholders.find(placeholder_id);
    auto segment = segments.find(segment_id);
    if (placeholder == placeholders.end() || segment == segments.end()) continue;
    if (Place(segment->second, placeholder->second, &unlinked)) {
      ++placed;
      placeholders.erase(placeholder);
      segments.erase(segment);
    }
  }
  return placed;
}

}  // namespace newsift::html
