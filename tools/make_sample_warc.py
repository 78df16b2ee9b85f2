#!/usr/bin/python3
"""Writes examples/warc/crawl.warc.gz from the sample HTML pages in examples/html/.

The archive exercises the WARC reader: a warcinfo record, request/response pairs,
a non-HTML response (image/png, to be skipped), a response sent with
Transfer-Encoding: chunked, one sent with Content-Encoding: gzip, and charsets
given only in the HTTP Content-Type header. Each record is its own gzip member,
as crawlers write them.

The output is byte-identical on every run: record ids are UUIDs derived from the
record's content (uuid5), dates are fixed, and gzip members carry mtime 0.
Standard library only.

Usage: tools/make_sample_warc.py [--examples DIR] [--out FILE]
"""

import argparse
import base64
import gzip
import hashlib
import os
import struct
import sys
import uuid
import zlib

# Namespace for the record ids, so they are stable across runs and machines.
RECORD_ID_NAMESPACE = uuid.UUID("6f1c1d36-52a4-4c55-9a1e-6e6577736966")
GZIP_LEVEL = 9
CHUNK_SIZE = 4000  # bytes per HTTP chunk in the chunked response
USER_AGENT = "newsift-sample-crawler/1.0 (+https://newsift.example/crawler)"

# (file in examples/html, URL, WARC-Date, HTTP Content-Type, how the body is sent, server IP)
# IPs are from the documentation range 192.0.2.0/24.
PAGES = [
    ("harborledger-storm-edda.html",
     "https://www.harborledger.example/2025/02/08/storm-edda-ferries-power-outages/",
     "2025-02-08T22:03:11Z", "text/html; charset=UTF-8", "plain", "192.0.2.10"),
    ("northwind-cup-final.html",
     "https://northwind-daily.example/sport/football/2025/05/17/rovers-win-northern-cup-penalties",
     "2025-05-17T23:12:40Z", "text/html; charset=utf-8", "chunked", "192.0.2.20"),
    ("valleycourier-weinfest-de.html",
     "https://www.valleycourier.example/deutsch/2025/09/14/weinfest-millbrook-rekord.html",
     "2025-09-15T14:30:02Z", "text/html; charset=ISO-8859-1", "gzip", "192.0.2.30"),
    ("northwind-ru-krytyj-rynok.html",
     "https://northwind-daily.example/ru/gorod/2025/03/22/novyj-krytyj-rynok",
     "2025-03-22T13:05:57Z", "text/html; charset=windows-1251", "plain", "192.0.2.20"),
    ("valleycourier-recount.html",
     "https://www.valleycourier.example/news/politics/2025/11/14/recount-confirms-alvarez-county-commission.html",
     "2025-11-15T03:44:29Z", "text/html", "plain", "192.0.2.30"),
]

IMAGE_URL = "https://www.harborledger.example/assets/logo-600x60.png"
IMAGE_DATE = "2025-02-08T22:03:12Z"
WARCINFO_DATE = "2025-02-08T22:03:00Z"


def record_id(*parts):
    key = "\0".join(parts)
    return f"<urn:uuid:{uuid.uuid5(RECORD_ID_NAMESPACE, key)}>"


def sha1_digest(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def http_date(iso):
    """2025-02-08T22:03:11Z -> 'Sat, 08 Feb 2025 22:03:11 GMT' (fixed, locale-free)."""
    import datetime
    d = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d.year} {d:%H:%M:%S} GMT"


def warc_record(headers, block):
    """One WARC record (headers in order, then Content-Length), gzip-compressed alone."""
    lines = ["WARC/1.1"]
    lines += [f"{name}: {value}" for name, value in headers]
    lines.append(f"Content-Length: {len(block)}")
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"
    return gzip.compress(raw, compresslevel=GZIP_LEVEL, mtime=0)


def chunked(body):
    out = bytearray()
    for start in range(0, len(body), CHUNK_SIZE):
        piece = body[start:start + CHUNK_SIZE]
        out += f"{len(piece):x}\r\n".encode("ascii") + piece + b"\r\n"
    out += b"0\r\n\r\n"
    return bytes(out)


def tiny_png():
    """A valid 2x2 grey PNG, built here so no image file is needed."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", 2, 2, 8, 0, 0, 0, 0)  # 2x2, 8-bit greyscale
    pixels = b"\x00\x80\x80\x00\x80\x80"  # filter byte + 2 pixels, per row
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(pixels, 9)) + chunk(b"IEND", b""))


def request_block(url):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return (f"GET /{path} HTTP/1.1\r\n"
            f"Host: {host}\r\n"
            f"User-Agent: {USER_AGENT}\r\n"
            "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n"
            "Accept-Encoding: gzip\r\n"
            "Connection: close\r\n\r\n").encode("ascii")


def response_block(body, content_type, mode, date):
    headers = [("Date", http_date(date)),
               ("Server", "nginx"),
               ("Content-Type", content_type),
               ("Cache-Control", "max-age=60, public"),
               ("Vary", "Accept-Encoding")]
    if mode == "gzip":
        body = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
        headers.append(("Content-Encoding", "gzip"))
    if mode == "chunked":
        body = chunked(body)
        headers.append(("Transfer-Encoding", "chunked"))
    else:
        headers.append(("Content-Length", str(len(body))))
    headers.append(("Connection", "close"))
    head = "HTTP/1.1 200 OK\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("ascii"), body


def pair(url, date, ip, content_type, mode, body):
    """Request and response records for one fetch."""
    head, payload = response_block(body, content_type, mode, date)
    block = head + payload
    response_id = record_id("response", url, date)
    request_id = record_id("request", url, date)
    response = warc_record([
        ("WARC-Type", "response"),
        ("WARC-Record-ID", response_id),
        ("WARC-Date", date),
        ("WARC-Target-URI", url),
        ("WARC-IP-Address", ip),
        ("WARC-Block-Digest", sha1_digest(block)),
        ("WARC-Payload-Digest", sha1_digest(payload)),
        ("Content-Type", "application/http; msgtype=response"),
    ], block)
    req_block = request_block(url)
    request = warc_record([
        ("WARC-Type", "request"),
        ("WARC-Record-ID", request_id),
        ("WARC-Date", date),
        ("WARC-Target-URI", url),
        ("WARC-Concurrent-To", response_id),
        ("WARC-Block-Digest", sha1_digest(req_block)),
        ("Content-Type", "application/http; msgtype=request"),
    ], req_block)
    return request + response


def warcinfo(filename):
    fields = ("software: newsift tools/make_sample_warc.py\r\n"
              "format: WARC File Format 1.1\r\n"
              "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
              f"http-header-user-agent: {USER_AGENT}\r\n"
              "isPartOf: newsift-sample-corpus\r\n"
              "description: Invented pages of three invented outlets (.example domains), "
              "written for the newsift sample corpus.\r\n").encode("utf-8")
    return warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Record-ID", record_id("warcinfo", filename)),
        ("WARC-Date", WARCINFO_DATE),
        ("WARC-Filename", filename),
        ("Content-Type", "application/warc-fields"),
    ], fields)


def main():
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", default=os.path.join(repo, "examples"))
    parser.add_argument("--out", default=None, help="default: EXAMPLES/warc/crawl.warc.gz")
    args = parser.parse_args()
    out_path = args.out or os.path.join(args.examples, "warc", "crawl.warc.gz")

    records = [warcinfo(os.path.basename(out_path))]
    for index, (name, url, date, content_type, mode, ip) in enumerate(PAGES):
        path = os.path.join(args.examples, "html", name)
        try:
            with open(path, "rb") as f:
                body = f.read()
        except OSError as error:
            print(f"make_sample_warc: cannot read {path}: {error}", file=sys.stderr)
            return 1
        records.append(pair(url, date, ip, content_type, mode, body))
        if index == 0:
            # The page's logo, fetched right after it: a response that is not HTML.
            records.append(pair(IMAGE_URL, IMAGE_DATE, ip, "image/png", "plain", tiny_png()))

    os.makedirs(os.path.dirname(out_path) or ".", exist_ok=True)
    with open(out_path, "wb") as f:
        f.write(b"".join(records))
    print(f"wrote {out_path}: {1 + 2 * (len(PAGES) + 1)} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
