#include "decode/binary.h"

#include <algorithm>
#include <cstddef>

namespace newsift::decode_internal {
namespace {

struct Magic {
  size_t offset;
  std::string_view bytes;
  const char* what;             // for readers of this table
  std::string_view start = {};  // also required at offset 0, for containers
};

// File signatures that no HTML or text dump starts with. Short or wordlike
// signatures ("BM", "MZ", "ID3") are left out: text can start with them, and
// the control-byte test below catches those files anyway.
constexpr Magic kMagics[] = {
    {0, "\x89PNG\r\n\x1A\n", "PNG"},
    {0, "\xFF\xD8\xFF", "JPEG"},
    {0, "GIF87a", "GIF"},
    {0, "GIF89a", "GIF"},
    {0, "%PDF-", "PDF"},
    {0, "PK\x03\x04", "ZIP, DOCX, EPUB, JAR"},
    {0, "PK\x05\x06", "empty ZIP"},
    {0, "\x1F\x8B", "gzip"},
    {0, "\x28\xB5\x2F\xFD", "zstd"},
    {0, "\xFD\x37zXZ", "xz"},
    {0, "7z\xBC\xAF\x27\x1C", "7-Zip"},
    {0, "Rar!\x1A\x07", "RAR"},
    {0, "\x7F\x45LF", "ELF executable"},
    {0, "\xCA\xFE\xBA\xBE", "Java class, Mach-O fat binary"},
    {0, "\xCF\xFA\xED\xFE", "Mach-O"},
    {0, std::string_view("\0asm", 4), "WebAssembly"},
    {0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "OLE2 (DOC, XLS)"},
    {0, std::string_view("II*\0", 4), "TIFF"},
    {0, std::string_view("MM\0*", 4), "TIFF"},
    {0, "OggS", "Ogg"},
    {0, "fLaC", "FLAC"},
    {0, "wOFF", "WOFF font"},
    {0, "wOF2", "WOFF2 font"},
    {0, std::string_view("SQLite format 3\0", 16), "SQLite"},
    {8, "WEBP", "WebP", "RIFF"},
    {8, "WAVE", "WAV", "RIFF"},
    {8, "AVI ", "AVI", "RIFF"},
    {4, "ftyp", "MP4, MOV, HEIF, AVIF"},
};

// How much of the start is examined by the statistical test.
constexpr size_t kSniffBytes = 4096;

// A sample is binary when a class of bytes is both frequent and numerous:
// a stray control character in a text page must not make it binary.
struct Threshold {
  const char* what;
  bool count_nul_only;
  double max_share;  // of the sample
  size_t min_count;
};

constexpr Threshold kThresholds[] = {
    // Text never contains NUL; UTF-16 without BOM has them in half the bytes.
    {"NUL bytes", true, 0.01, 4},
    // C0 controls other than TAB, LF, FF, CR and ESC: ~10% of random bytes.
    {"control bytes", false, 0.05, 8},
};

bool IsControl(unsigned char b) {
  return b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1B;
}

}  // namespace

bool LooksBinary(std::string_view bytes) {
  for (const Magic& magic : kMagics) {
    if (bytes.size() >= magic.offset + magic.bytes.size() &&
        bytes.substr(magic.offset, magic.bytes.size()) == magic.bytes &&
        bytes.substr(0, magic.start.size()) == magic.start) {
      return true;
    }
  }
  std::string_view sample = bytes.substr(0, kSniffBytes);
  if (sample.empty()) return false;
  size_t nul = 0, control = 0;
  for (char c : sample) {
    auto b = static_cast<unsigned char>(c);
    nul += b == 0;
    control += IsControl(b);
  }
  for (const Threshold& t : kThresholds) {
    size_t count = t.count_nul_only ? nul : control;
    if (count >= t.min_count &&
        static_cast<double>(count) > t.max_share * static_cast<double>(sample.size())) {
      return true;
    }
  }
  return false;
}

}  // namespace newsift::decode_internal
