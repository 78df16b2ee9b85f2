#include "read/directory_walker.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <utility>

#include "read/formats.h"

namespace newsift::read {
namespace {

// Deeper trees are reported rather than followed (bounds the recursion).
constexpr int kMaxDepth = 256;
constexpr std::string_view kStdinPath = "-";

class Walker {
 public:
  explicit Walker(const ReadOptions& options) : options_(options) {}

  void AddPath(const std::string& path) {
    if (path == kStdinPath) {
      out_.items.push_back({path, 0, Status::OK()});
      return;
    }
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {
      AddError(path, std::strerror(errno));
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      visited_.insert({st.st_dev, st.st_ino});
      WalkDirectory(path, 0);
      return;
    }
    AddFile(path, st);  // explicit paths are read whatever their type
  }

  ExpandedInputs Take() { return std::move(out_); }

 private:
  void AddError(const std::string& path, std::string_view why) {
    out_.items.push_back({path, 0, Status::IOError(path, why)});
  }

  void AddFile(const std::string& path, const struct stat& st) {
    uint64_t size = S_ISREG(st.st_mode) ? static_cast<uint64_t>(st.st_size) : 0;
    out_.items.push_back({path, size, Status::OK()});
    out_.total_bytes += size;
  }

  void WalkDirectory(const std::string& dir, int depth) {
    if (depth > kMaxDepth) {
      AddError(dir, "directory nesting deeper than " + std::to_string(kMaxDepth) + " levels");
      return;
    }
    std::vector<std::string> names;
    if (!ListDirectory(dir, &names)) return;
    std::sort(names.begin(), names.end());
    const std::string prefix = !dir.empty() && dir.back() == '/' ? dir : dir + "/";
    for (const std::string& name : names) {
      std::string path = prefix + name;
      struct stat st {};
      if (!options_.follow_symlinks) {
        if (lstat(path.c_str(), &st) != 0) {
          AddError(path, std::strerror(errno));
          continue;
        }
        if (S_ISLNK(st.st_mode)) {
          ++out_.skipped_files;
          continue;
        }
      } else if (stat(path.c_str(), &st) != 0) {
        AddError(path, std::strerror(errno));  // dangling link, link loop, permission
        continue;
      }
      if (S_ISDIR(st.st_mode)) {
        // Seen before: a symbolic link back up the tree (or a second link to
        // the same directory). Its files are already listed.
        if (!visited_.insert({st.st_dev, st.st_ino}).second) continue;
        WalkDirectory(path, depth + 1);
      } else if (S_ISREG(st.st_mode) && !IsNonDocumentExtension(name)) {
        AddFile(path, st);
      } else {
        ++out_.skipped_files;  // images, fonts..., sockets, devices
      }
    }
  }

  bool ListDirectory(const std::string& dir, std::vector<std::string>* names) {
    DIR* handle = opendir(dir.c_str());
    if (handle == nullptr) {
      AddError(dir, std::string("cannot open directory: ") + std::strerror(errno));
      return false;
    }
    errno = 0;
    while (const dirent* entry = readdir(handle)) {
      if (entry->d_name[0] == '.') continue;  // hidden, "." and ".."
      names->emplace_back(entry->d_name);
    }
    if (errno != 0) {
      AddError(dir, std::string("cannot list directory: ") + std::strerror(errno));
    }
    closedir(handle);
    return true;
  }

  const ReadOptions& options_;
  ExpandedInputs out_;
  std::set<std::pair<dev_t, ino_t>> visited_;
};

}  // namespace

ExpandedInputs ExpandInputs(const std::vector<std::string>& paths, const ReadOptions& options) {
  Walker walker(options);
  for (const std::string& path : paths) walker.AddPath(path);
  return walker.Take();
}

}  // namespace newsift::read
