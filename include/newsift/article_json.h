// JSON form of an Article: the one serialisation used by the CLI, the store's
// export and the Python module, so every surface shows the same record.
#ifndef NEWSIFT_ARTICLE_JSON_H_
#define NEWSIFT_ARTICLE_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "newsift/article.h"
#include "newsift/status.h"

namespace newsift {

struct JsonOptions {
  bool include_explain = false;     // add "explain": [{text,label,reason}]
  bool include_paragraphs = false;  // add "paragraphs": [{text,kind,level}]
  // Add internal state needed to re-run corpus cleaning on a stored record:
  // "candidate_paragraphs" (when non-empty). Shards and the store use it.
  bool include_internals = false;
};

nlohmann::json ToJson(const Article& article, const JsonOptions& options = {});
// Inverse of ToJson (missing fields stay empty). Error on wrong types.
Result<Article> ArticleFromJson(const nlohmann::json& json);

}  // namespace newsift

#endif  // NEWSIFT_ARTICLE_JSON_H_
