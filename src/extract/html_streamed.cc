// Moves streamed segments into their placeholders (html_streamed.h).
#include "extract/html_streamed.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/html_dom.h"

namespace newsift::html {
namespace {

// The n of an id "S:n", "B:n" or "P:n" (n: hexadecimal digits, as React
// writes them), with its letter; empty when the id is not one.
std::string_view SegmentKey(std::string_view id) {
  if (id.size() < 3 || id[1] != ':') return {};
  for (char c : id.substr(2)) {
    bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    if (!hex) return {};
  }
  return id.substr(2);
}

bool IsAncestorOf(const xmlNode* ancestor, const xmlNode* node) {
  for (const xmlNode* p = node->parent; p != nullptr; p = p->parent) {
    if (p == ancestor) return true;
  }
  return false;
}

}  // namespace

bool IsStreamedSegmentId(std::string_view id) {
  return (id.starts_with("S:") || id.starts_with("B:") || id.starts_with("P:")) &&
         !SegmentKey(id).empty();
}

int PlaceStreamedSegments(xmlDoc* doc) {
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return 0;
  std::unordered_map<std::string_view, xmlNode*> segments, placeholders;
  std::vector<std::string_view> order;  // segment keys in document order
  // Iterative pre-order walk over elements.
  for (xmlNode* node = root; node != nullptr;) {
    if (IsElement(node)) {
      std::string_view id = Attr(node, "id");
      if (std::string_view key = SegmentKey(id); !key.empty()) {
        if (id[0] == 'S' && HasAttr(node, "hidden")) {
          if (segments.emplace(key, node).second) order.push_back(key);
        } else if ((id[0] == 'B' || id[0] == 'P') && TagName(node) == "template") {
          placeholders.emplace(key, node);
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
  // Placed nodes are unlinked at once and freed at the end: the keys above
  // point into their ids, and a placeholder's subtree may hold segments or
  // placeholders still to come (malformed input); those then move within
  // the unlinked tree and go with it.
  std::vector<xmlNode*> unlinked;
  int placed = 0;
  for (std::string_view key : order) {
    auto it = placeholders.find(key);
    if (it == placeholders.end()) continue;
    xmlNode* segment = segments[key];
    xmlNode* placeholder = it->second;
    // A placeholder inside its own segment (directly or through segments
    // placed before) cannot receive it.
    if (IsAncestorOf(segment, placeholder)) continue;
    for (xmlNode* child = segment->children; child != nullptr;) {
      xmlNode* next = child->next;
      xmlUnlinkNode(child);
      xmlAddPrevSibling(placeholder, child);
      child = next;
    }
    xmlUnlinkNode(placeholder);
    xmlUnlinkNode(segment);
    unlinked.push_back(placeholder);
    unlinked.push_back(segment);
    ++placed;
  }
  for (xmlNode* node : unlinked) xmlFreeNode(node);
  return placed;
}

}  // namespace newsift::html
