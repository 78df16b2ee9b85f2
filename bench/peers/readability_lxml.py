#!/usr/bin/python3
"""Peer runner: readability-lxml (Debian python3-readability), timed per page.

    /usr/bin/python3 readability_lxml.py MANIFEST.tsv PREDICTIONS.jsonl STATS.json [--repeats R]

Same contract as newsift_bench_extract: manifest lines are
id TAB path TAB url TAB kind; every file is read (and gunzipped) first,
untimed; the whole set is then processed R times on one thread and a page's
time is the median of its R times. The timed work is what a user of the
library pays per page: Document(raw bytes) with its own charset detection,
.summary(), .title(), and the text of the summary via lxml.html.
Run it with Debian's /usr/bin/python3, where python3-readability lives.
"""
import argparse
import gzip
import json
import resource
import statistics
import sys
import time

DEFAULT_REPEATS = 3


def load_pages(manifest_path):
    pages = []
    with open(manifest_path, encoding='utf-8') as manifest:
        for line in manifest:
            line = line.rstrip('\n')
            if not line:
                continue
            page_id, path, url, kind = line.split('\t')[:4]
            page = {'id': page_id, 'path': path, 'url': url, 'kind': kind,
                    'bytes': None, 'error': None}
            try:
                opener = gzip.open if path.endswith('.gz') else open
                with opener(path, 'rb') as f:
                    page['bytes'] = f.read()
            except OSError as e:
                page['error'] = f'{path}: {e}'
            pages.append(page)
    return pages


def peak_rss_kb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux


def extract(Document, html_module, page):
    doc = Document(page['bytes'], url=page['url'] or None)
    summary = doc.summary()
    title = doc.title()
    body = ''
    if summary and summary.strip():
        body = html_module.fromstring(summary).text_content()
    return body, title


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('manifest')
    parser.add_argument('predictions')
    parser.add_argument('stats')
    parser.add_argument('--repeats', type=int, default=DEFAULT_REPEATS)
    args = parser.parse_args()
    repeats = max(1, args.repeats)

    try:
        import lxml.html as html_module
        import readability
        from readability import Document
    except ImportError as e:
        print(f'readability_lxml: cannot import readability-lxml: {e}', file=sys.stderr)
        return 1

    pages = load_pages(args.manifest)
    input_bytes = sum(len(p['bytes']) for p in pages if p['bytes'] is not None)
    rss_after_load_kb = peak_rss_kb()

    outcomes = [{'ms': [], 'cpu_ms': [], 'body': '', 'title': '', 'error': None} for _ in pages]
    for r in range(repeats):
        for page, outcome in zip(pages, outcomes):
            if page['bytes'] is None:
                continue
            body, title, error = '', '', None
            cpu_start = time.thread_time()
            start = time.perf_counter()
            try:
                body, title = extract(Document, html_module, page)
            except Exception as e:  # the library's failures are per page: record, go on
                error = f'{type(e).__name__}: {e}'
            outcome['ms'].append((time.perf_counter() - start) * 1000)
            outcome['cpu_ms'].append((time.thread_time() - cpu_start) * 1000)
            if r == 0:
                outcome.update(body=body, title=title, error=error)

    errors = 0
    with open(args.predictions, 'w', encoding='utf-8') as out:
        for page, outcome in zip(pages, outcomes):
            error = page['error'] or outcome['error']
            status = 'error' if error else ('ok' if outcome['body'].strip() else 'empty')
            errors += status == 'error'
            row = {'id': page['id'], 'body': outcome['body'], 'title': outcome['title'] or '',
                   'authors': [], 'published': '', 'status': status,
                   'ms': statistics.median(outcome['ms']) if outcome['ms'] else None,
                   'cpu_ms': statistics.median(outcome['cpu_ms']) if outcome['cpu_ms'] else None,
                   'best_ms': min(outcome['ms']) if outcome['ms'] else None}
            if error:
                row['error'] = error
            out.write(json.dumps(row, ensure_ascii=False) + '\n')

    version = getattr(readability, '__version__', None)
    if version is None:
        try:
            from importlib.metadata import version as dist_version
            version = dist_version('readability-lxml')
        except Exception:
            version = 'unknown'
    stats = {'system': 'readability-lxml',
             'version': f'readability-lxml {version}, python {sys.version.split()[0]}',
             'pages': len(pages), 'repeats': repeats, 'input_bytes': input_bytes,
             'rss_after_load_kb': rss_after_load_kb, 'peak_rss_kb': peak_rss_kb(),
             'errors': errors}
    with open(args.stats, 'w', encoding='utf-8') as out:
        json.dump(stats, out, indent=2)
        out.write('\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
