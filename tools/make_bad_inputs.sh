#!/bin/sh
# Writes damaged inputs into DIR, for tests and demos of newsift's error handling:
#   empty.html          0 bytes
#   binary.bin          4096 pseudo-random bytes (fixed seed: identical on every run)
#   truncated.html.gz   a sample page, gzip-compressed, cut in half
#   truncated.warc.gz   the sample WARC cut in the middle of its third response record
# Each must come out of an ingest as one error (or empty) record, and never stop the run.
# They are made from the sample corpus at run time and are not part of it.
#
# Usage: tools/make_bad_inputs.sh DIR
set -eu

if [ $# -ne 1 ]; then
  echo "usage: $0 DIR" >&2
  exit 2
fi
out=$1
here=$(cd "$(dirname "$0")" && pwd)
examples="$here/../examples"
page="$examples/html/harborledger-council-budget.html"
warc="$examples/warc/crawl.warc.gz"
python=${PYTHON:-python3}

for f in "$page" "$warc"; do
  if [ ! -f "$f" ]; then
    echo "$0: missing sample file $f" >&2
    exit 1
  fi
done
mkdir -p "$out"

: > "$out/empty.html"

"$python" -c '
import random, sys
sys.stdout.buffer.write(random.Random(20250314).randbytes(4096))
' > "$out/binary.bin"

gzip -n -9 -c "$page" > "$out/full.html.gz.tmp"
size=$(wc -c < "$out/full.html.gz.tmp")
head -c $((size / 2)) "$out/full.html.gz.tmp" > "$out/truncated.html.gz"
rm -f "$out/full.html.gz.tmp"

# Cut inside a gzip member (not on a boundary), so the damage is mid-record.
"$python" - "$warc" "$out/truncated.warc.gz" <<'EOF'
import sys, zlib

RESPONSE_TO_CUT = 3  # the third response record

data = open(sys.argv[1], "rb").read()
offset = 0
responses = 0
while offset < len(data):
    d = zlib.decompressobj(zlib.MAX_WBITS | 16)
    text = d.decompress(data[offset:])
    end = len(data) - len(d.unused_data)
    if b"WARC-Type: response" in text[:400]:
        responses += 1
        if responses == RESPONSE_TO_CUT:
            cut = offset + (end - offset) // 2
            open(sys.argv[2], "wb").write(data[:cut])
            sys.exit(0)
    offset = end
sys.exit("make_bad_inputs: the sample WARC has fewer than %d responses" % RESPONSE_TO_CUT)
EOF

echo "wrote empty.html binary.bin truncated.html.gz truncated.warc.gz to $out"
