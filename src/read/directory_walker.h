// Input expansion: the paths given to OpenReader become a flat, ordered list
// of inputs, with directories walked recursively in sorted (byte-wise) order.
//
// Hidden entries (".name") and non-document extensions are skipped inside
// directories; directory loops through symbolic links are cut by a set of
// visited (device, inode) pairs. Paths given explicitly are always read.
// Anything that cannot be listed or stat()ed becomes an input with an error,
// so that the reader emits an error Document for it.
#ifndef NEWSIFT_READ_DIRECTORY_WALKER_H_
#define NEWSIFT_READ_DIRECTORY_WALKER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "newsift/options.h"
#include "newsift/status.h"

namespace newsift::read {

struct InputItem {
  std::string path;   // "-" for standard input
  uint64_t size = 0;  // from stat(); 0 when unknown
  Status error;       // non-OK: the input cannot be read
};

struct ExpandedInputs {
  std::vector<InputItem> items;
  uint64_t total_bytes = 0;
  uint64_t skipped_files = 0;
};

ExpandedInputs ExpandInputs(const std::vector<std::string>& paths, const ReadOptions& options);

}  // namespace newsift::read

#endif  // NEWSIFT_READ_DIRECTORY_WALKER_H_
