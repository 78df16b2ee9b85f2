#!/usr/bin/python3
"""Small steps of bench/run that are plain file shuffling (standard library, and html_text
for generate-textdumps).

    bench_tools.py manifest DATASET_DIR KIND OUT.tsv     pages of a dataset (KIND: html|text)
    bench_tools.py generate-textdumps HTML.tsv DIR OUT.tsv   text dumps made with html_text
    bench_tools.py keep-all MANIFEST.tsv OUT.jsonl       baseline: the whole input is the body
    bench_tools.py perfect TRUTH.json OUT.jsonl          the truth as prediction (scorer check)
    bench_tools.py empty TRUTH.json OUT.jsonl            empty predictions (scorer check)
    bench_tools.py report OUT_DIR RESULTS.md RESULTS.json   tables from the scorer's JSON
    bench_tools.py merge-passes OUT_BASE SLOT_BASE...   one run from newsift's passes made at
                                                        different moments (BASE.jsonl/.stats.json)

No figure is computed here: quality and timing come from newsift_score_extraction. (The
per-page time of merged passes is the median of all of them, the runner's own statistic.)
"""
import gzip
import json
import math
import os
import statistics
import sys
from pathlib import Path

# Figures published with the same metric (shared/README.md), shown beside ours so a
# reader can check that the scorer and the peer runs reproduce them.
PUBLISHED_F1 = {'scrapinghub': {'trafilatura 2.x': 0.958, 'readability-js': 0.947,
                                'readability-lxml': 0.922, 'boilerpipe': 0.860,
                                'raw page text': 0.665, 'best commercial': 0.970}}

# Where each input kind lives in a dataset folder, and the file name of a page.
KIND_LAYOUT = {'html': ('html', '{id}.html.gz'), 'text': ('textdump', '{id}.txt')}


def cmd_manifest(dataset_dir, kind, out_path):
    dataset_dir = Path(dataset_dir)
    truth = json.loads((dataset_dir / 'ground-truth.json').read_text(encoding='utf-8'))
    subdir, pattern = KIND_LAYOUT[kind]
    rows, missing = [], 0
    for page_id in sorted(truth):
        path = (dataset_dir / subdir / pattern.format(id=page_id)).resolve()
        if not path.exists():
            missing += 1
            continue
        url = (truth[page_id] or {}).get('url') or ''
        fields = [page_id, str(path), url, kind]
        if any('\t' in f or '\n' in f for f in fields):
            print(f'manifest: {dataset_dir.name}/{page_id}: tab or newline in id/path/url, skipped',
                  file=sys.stderr)
            continue
        rows.append('\t'.join(fields))
    Path(out_path).write_text(''.join(r + '\n' for r in rows), encoding='utf-8')
    if missing:
        print(f'manifest: {dataset_dir.name} {kind}: {missing} page(s) of the truth have no file',
              file=sys.stderr)
    return 0


def cmd_generate_textdumps(html_manifest, out_dir, text_manifest):
    """Text dumps for a dataset that has none, made as the shared ones were (html_text,
    guess_layout=True). The text-dump extractor's rules and values were chosen on fundus and
    scrapinghub, not on these (docs/decisions.md, "Twelfth pass", says what was looked at)."""
    import html_text  # Debian python3-html-text; bench/run checks it imports
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for page_id, path, url, _kind in read_manifest(html_manifest):
        with gzip.open(path, 'rb') if path.endswith('.gz') else open(path, 'rb') as f:
            html = f.read().decode('utf-8', errors='replace')
        dump = out_dir / f'{page_id}.txt'
        dump.write_text(html_text.extract_text(html, guess_layout=True), encoding='utf-8')
        rows.append('\t'.join([page_id, str(dump), url, 'text']))
    Path(text_manifest).write_text(''.join(r + '\n' for r in rows), encoding='utf-8')
    return 0


def read_manifest(path):
    for line in Path(path).read_text(encoding='utf-8').splitlines():
        if line:
            yield line.split('\t')[:4]


def write_jsonl(path, rows):
    with open(path, 'w', encoding='utf-8') as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + '\n')


def cmd_keep_all(manifest, out_path):
    rows = []
    for page_id, path, _url, _kind in read_manifest(manifest):
        opener = gzip.open if path.endswith('.gz') else open
        with opener(path, 'rb') as f:
            body = f.read().decode('utf-8', errors='replace')
        rows.append({'id': page_id, 'body': body, 'status': 'ok'})
    write_jsonl(out_path, rows)
    return 0


def cmd_perfect(truth_path, out_path):
    truth = json.loads(Path(truth_path).read_text(encoding='utf-8'))
    rows = []
    for page_id, page in sorted(truth.items()):
        rows.append({'id': page_id, 'body': page.get('articleBody') or '',
                     'title': page.get('title') or '',
                     'authors': [page['author']] if page.get('author') else [],
                     'published': page.get('publish_date') or '', 'status': 'ok'})
    write_jsonl(out_path, rows)
    return 0


def cmd_empty(truth_path, out_path):
    truth = json.loads(Path(truth_path).read_text(encoding='utf-8'))
    write_jsonl(out_path, [{'id': page_id, 'body': '', 'status': 'empty'}
                           for page_id in sorted(truth)])
    return 0


# ---------------------------------------------------------------------------------------------
# Report


def fmt(value, digits=3):
    if value is None:
        return '–'
    if isinstance(value, float):
        return f'{value:.{digits}f}'
    return str(value)


def fmt_ms(value):
    if value is None:
        return '–'
    return f'{value:.3f}' if value < 1 else f'{value:.2f}' if value < 100 else f'{value:.0f}'


def fmt_ratio(value):
    if value is None:
        return '–'
    return f'{value:.1f}×' if value >= 10 else f'{value:.2f}×'


def load_json(path):
    try:
        return json.loads(Path(path).read_text(encoding='utf-8'))
    except (OSError, ValueError):
        return None


# Other processes (plus the host's steal) busier than this, in cores, around
# newsift's timing: its times are inflated, and the report says so.
BUSY_MACHINE_CORES = 0.25


def slot_lines(systems):
    """newsift's per-slot medians and the machine's load in each slot, under a set's table."""
    lines, busy = [], False
    for s in systems:
        t = s.get('timing') or {}
        medians = t.get('slot_median_ms')
        if s['system'] != 'newsift' or not medians:
            continue
        others = t.get('slot_other_busy_cores') or [None] * len(medians)
        steal = t.get('slot_steal_cores') or [None] * len(medians)
        cells = ' / '.join(fmt_ms(m) for m in medians)
        loads = ' / '.join(fmt(o, 2) for o in others)
        stolen = ' / '.join(fmt(x, 2) for x in steal)
        lines.append(f"- newsift on {s.get('input')}: median ms/page per slot {cells}; "
                     f"cores kept busy by other processes around its timing {loads}; "
                     f"stolen by the host {stolen}")
        busy = busy or any((o or 0) + (x or 0) > BUSY_MACHINE_CORES for o, x in zip(others, steal))
    if not lines:
        return []
    out = ['newsift\'s slots (its passes, spread over the time the peers take):', ''] + lines + ['']
    if busy:
        out += [f'Warning: other processes or the host took more than {BUSY_MACHINE_CORES} of a '
                'core around at least one of newsift\'s slots; its times there are inflated.', '']
    return out


def cmd_report(out_dir, md_path, json_path):
    out_dir = Path(out_dir)
    run = load_json(out_dir / 'run.json') or {}
    datasets = []
    for ds_dir in sorted(p for p in out_dir.iterdir() if p.is_dir()):
        scores = [s for s in (load_json(p) for p in sorted(ds_dir.glob('*.score.json'))) if s]
        if scores:
            datasets.append((ds_dir.name, scores))

    order = run.get('system_order', [])
    def system_key(score):
        name = score['system']
        return (order.index(name) if name in order else len(order), name,
                score.get('input') != 'html')

    lines = ['# Extraction benchmark', '',
             'Written by `bench/run` (`make bench`); do not edit by hand.', '',
             f"- date: {run.get('date', '?')}",
             f"- machine: {run.get('cpu', '?')}, {run.get('nproc', '?')} logical CPUs, "
             f"{run.get('memory', '?')}",
             f"- commit: {run.get('commit', '?')}",
             f"- pinning: {run.get('pinning', 'none')}; repeats: newsift {run.get('repeats', '?')}, "
             f"peers {run.get('peer_repeats', '?')} (per-page time = median of the repeats; "
             "newsift's passes over a set are spread before, between and after the peers' runs, "
             "so that all systems are timed over the same stretch of this machine's drifting speed)",
             f"- build: {run.get('build', '?')}",
             '']
    lines += ['Quality is the published shingle metric (token 4-grams of `\\w+` matches as Python\'s '
              '`re` defines `\\w`, multiset intersection; precision and recall are means over pages, '
              'F1 their harmonic mean), computed for every system by the same C++ scorer '
              '(`bench/score_extraction.cc`, `src/util/shingle_score.h`). Time is per page, one '
              'thread, files already in memory: median and 95th percentile of the per-page times, '
              'MB/s = input bytes (decompressed) / sum of per-page times (MB = 10^6 bytes). '
              'P or R shown as – means no page entered that mean. '
              'Peak RSS is the runner process\'s maximum resident set, input files included '
              '(all pages are loaded before timing; "after load" is the RSS at that point). '
              'CPU ms is the CPU time of the extracting thread (Node: of the process, so V8\'s '
              'helper threads count) and CPU share = total CPU time / total wall time: well below 1 '
              'means the machine was busy and the wall times are inflated. Best-pass: each page\'s '
              'fastest pass, then the median over pages; on a machine whose speed drifts it is '
              'the least disturbed of the passes, not a quiet core\'s cost. The figure to quote '
              'is the median. Under each set, newsift\'s own median in each of its slots, and '
              'the cores other processes kept busy (and the host took) around that slot\'s '
              'timing, read from /proc/stat over a window that starts with the timing and lasts '
              'at least a second (the file counts in 10 ms ticks): a slot that is slow while the '
              'rest of the machine is quiet is the machine\'s speed drifting, not the load of '
              'another program (docs/decisions.md, "Tenth pass").', '']

    notes = run.get('notes', [])
    if notes:
        lines += ['## Notes from this run', ''] + [f'- {n}' for n in notes] + ['']

    checks = []
    for name, scores in datasets:
        for s in scores:
            if s['system'] in ('check-perfect', 'check-empty'):
                checks.append((name, s))

    summary = {'run': run, 'datasets': {}}
    for name, scores in datasets:
        systems = sorted((s for s in scores if not s['system'].startswith('check-')),
                         key=system_key)
        # One entry per system and input: newsift's text dumps must not hide its HTML.
        summary['datasets'][name] = {f"{s['system']}/{s.get('input', 'html')}": s
                                     for s in scores}
        if not systems:
            continue
        lines += [f'## {name}', '',
                  '| system | input | P | R | F1 | median ms/page | p95 ms/page | MB/s | '
                  'median CPU ms/page | CPU share | median best-pass ms/page | '
                  'peak RSS MB (after load) | pages | empty | errors |',
                  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|']
        for s in systems:
            t = s.get('timing') or {}
            rss = t.get('peak_rss_kb')
            rss_load = t.get('rss_after_load_kb')
            rss_cell = '–' if rss is None else (
                f'{rss / 1024:.0f}' + ('' if rss_load is None else f' ({rss_load / 1024:.0f})'))
            lines.append('| {system} | {input} | {p} | {r} | {f1} | {med} | {p95} | {mbs} | {cpu} | '
                         '{share} | {best} | {rss} | {pages} | {empty} | {errors} |'.format(
                             system=s['system'], input=s.get('input', '?'),
                             p=fmt(s['precision'] if s.get('precision_pages') else None),
                             r=fmt(s['recall'] if s.get('recall_pages') else None),
                             f1=fmt(s['f1']),
                             med=fmt_ms(t.get('median_ms')), p95=fmt_ms(t.get('p95_ms')),
                             mbs=fmt(t.get('mb_per_s'), 1), cpu=fmt_ms(t.get('median_cpu_ms')),
                             share=fmt(t.get('cpu_share'), 2),
                             best=fmt_ms(t.get('median_best_ms')), rss=rss_cell,
                             pages=s['pages'] - s.get('missing_predictions', 0),
                             empty=s.get('empty_bodies', '–'), errors=s.get('errors', '–')))
        lines.append('')
        typed = [s for s in systems if s.get('listing_pages') is not None]
        if typed:
            lines += ['Page type: every page of this set is an article; newsift called ' +
                      ', '.join(f"{s['listing_pages']} of {s['pages']} ({s.get('input', '?')})"
                                for s in typed) +
                      ' listings (docs/decisions.md, "Listing pages").', '']
        if any(s.get('input') == 'text-generated' for s in systems):
            lines += ['text-generated: this set has no shared text dumps, so the bench makes them '
                      'from html/ with html_text (guess_layout=True), the way the shared dumps were '
                      'made. The text-dump extractor\'s body rules and values were chosen on '
                      'fundus and scrapinghub, never on these pages; one pass looked at its losses '
                      'here (docs/decisions.md, "Twelfth pass"), so the body figure is held out '
                      'for the choices, not for that analysis. Its metadata rules were chosen '
                      'looking at these pages (the title weights on the even-numbered ones: '
                      'docs/decisions.md, "Text-dump titles when no line repeats the <title> '
                      'line"), so the text-generated metadata row is not held out.', '']
        published = PUBLISHED_F1.get(name)
        if published:
            lines += ['Published F1 on this set with the same metric (other runs, other machines; '
                      'shared/README.md): ' +
                      ', '.join(f'{k} {v:.3f}' for k, v in published.items()) +
                      '. keep-all on the text dumps corresponds to "raw page text".', '']
        # Speed ratios: newsift on HTML against each peer on the same pages.
        ours = next((s for s in systems if s['system'] == 'newsift' and s.get('input') == 'html'),
                    None)
        ratios = []
        for s in systems:
            if ours is None or s is ours or s.get('input') != 'html' or not s.get('timing'):
                continue
            ot, pt = ours.get('timing') or {}, s['timing']
            med = (pt['median_ms'] / ot['median_ms']) if ot.get('median_ms') else None
            tot = (pt['total_ms'] / ot['total_ms']) if ot.get('total_ms') else None
            ratios.append(f"- newsift vs {s['system']}: {fmt_ratio(med)} faster by median "
                          f"page time, {fmt_ratio(tot)} by total time; F1 "
                          f"{ours['f1'] - s['f1']:+.3f}")
        if ratios:
            lines += ['Speed ratios (peer time / newsift time, same HTML pages):', ''] + ratios + ['']
        lines += slot_lines(systems)
        nondet = [s for s in systems if (s.get('timing') or {}).get('nondeterministic_pages')]
        for s in nondet:
            lines += [f"Warning: {s['system']} ({s.get('input')}) gave a different body between "
                      f"repeats on {s['timing']['nondeterministic_pages']} page(s).", '']

        meta = [s for s in systems if s.get('metadata')
                and (s.get('input') == 'html' or s['system'] == 'newsift')]
        if meta:
            lines += [f'### {name}: metadata', '',
                      'Title: equal after white-space folding. Published: same day (YYYY-MM-DD). '
                      'Authors: a page counts as correct when our set of names equals the truth\'s '
                      '(names split on `, ; & | /` and "and"; lowercase, punctuation and a leading '
                      '"by" removed). Pages without a truth value are left out of that field\'s '
                      'denominator; "spurious" counts pages with no truth value where the system '
                      'gave one. A row marked text-generated is newsift on the text dumps made '
                      'from the same pages: what the text alone tells, without markup or JSON-LD.',
                      '',
                      '| system | title | published | authors | spurious dates | spurious authors |',
                      '|---|---|---|---|---|---|']
            for s in meta:
                m = s['metadata']
                def acc(field):
                    f = m[field]
                    return f"{fmt(f['accuracy'])} ({f['correct']}/{f['total']})"
                label = s['system'] if s.get('input') == 'html' else f"{s['system']} ({s['input']})"
                lines.append(f"| {label} | {acc('title')} | {acc('published')} | "
                             f"{acc('authors')} | {m['published']['spurious']} | "
                             f"{m['authors']['spurious']}/{m['authors']['no_truth_pages']} |")
            lines.append('')

    if checks:
        lines += ['## Scorer check', '',
                  'The truth scored as a prediction must give P = R = F1 = 1 (and metadata 1); '
                  'empty predictions must give R = 0 (their precision is undefined: no page '
                  'predicted anything, shown as –).', '',
                  '| dataset | check | P | R | F1 | metadata (title/published/authors) | verdict |',
                  '|---|---|---|---|---|---|---|']
        for name, s in checks:
            m = s.get('metadata')
            meta_cell = '–' if not m else '/'.join(
                fmt(m[f]['accuracy']) for f in ('title', 'published', 'authors'))
            if s['system'] == 'check-perfect':
                ok = s['f1'] == 1.0 and (not m or all(
                    m[f]['accuracy'] in (None, 1.0) for f in ('title', 'published', 'authors')))
            else:
                ok = s['recall'] == 0.0
            precision = s['precision'] if s.get('precision_pages') else None
            lines.append(f"| {name} | {s['system']} | {fmt(precision)} | {fmt(s['recall'])} "
                         f"| {fmt(s['f1'])} | {meta_cell} | {'ok' if ok else 'FAILED'} |")
        lines.append('')

    ingest = load_json(out_dir / 'ingest.json')
    if ingest:
        summary['ingest'] = ingest
        lines += ['## Whole ingest (CLI, one core)', '',
                  f"`newsift ingest --threads 1` of {ingest['inputs']} into a fresh database, "
                  'pinned to one core: reading, decoding, extraction, dedup and SQLite with FTS '
                  'all included; median of the runs below.', '',
                  '| documents | ok | median seconds | runs (s) | peak RSS MB |',
                  '|---|---|---|---|---|',
                  f"| {ingest['documents']} | {ingest['ok']} | {ingest['median_s']:.2f} | "
                  f"{', '.join(f'{r:.2f}' for r in ingest['runs_s'])} | {ingest['peak_rss_mb']:.0f} |",
                  '']

    render_dedup(out_dir, lines, summary)

    Path(md_path).write_text('\n'.join(lines), encoding='utf-8')
    Path(json_path).write_text(json.dumps(summary, indent=2, sort_keys=True) + '\n',
                               encoding='utf-8')
    return 0


def render_dedup(out_dir, lines, summary):
    """The "Deduplication" section from OUT_DIR/dedup.json (newsift_dedup_bench), if present."""
    d = load_json(Path(out_dir) / 'dedup.json')
    if not d:
        return
    summary['dedup'] = d
    p = d['params']
    docs = d['dataset']['docs']
    lines += ['## Deduplication', '',
              f"Reuters-21578: {docs} stories ({d['dataset']['bytes'] / 1e6:.1f} MB), pairs "
              'verified by exact Jaccard of word 5-gram sets against gt_jaccard_w5_ge0.5.json. '
              f"Parameters: ngram {p['ngram']}, {p['num_hashes']} MinHash values, "
              f"{p['bands']} bands x {p['rows']} rows, threshold {p['threshold']}. "
              'Each phase runs single-threaded in its own process (peak RSS is its own); '
              'seconds are CPU seconds of that process.', '']
    layouts = d.get('curve', {}).get('layouts', [])
    if layouts:
        thresholds = [pt['threshold'] for pt in layouts[0]['points']]
        lines += ['Precision / recall of the pairs found, by LSH layout and threshold:', '',
                  '| bands x rows | candidates | ' +
                  ' | '.join(f'J>={t}' for t in thresholds) + ' |',
                  '|---|---|' + '---|' * len(thresholds)]
        for lay in layouts:
            mark = ' (default)' if (lay['bands'], lay['rows']) == (p['bands'], p['rows']) else ''
            cells = ' | '.join(f"{pt['precision']:.3f} / {pt['recall']:.3f}"
                               for pt in lay['points'])
            lines.append(f"| {lay['bands']} x {lay['rows']}{mark} | {lay['candidates']} | "
                         f'{cells} |')
        lines.append('')
    rows = [('shingles + signatures', d.get('signatures')),
            ('whole near-dup dedup', d.get('whole')),
            ('exact all-pairs reference (inverted index)', d.get('exact'))]
    lines += ['| phase | seconds | MB/s | docs/s | peak RSS MB |', '|---|---|---|---|---|']
    for name, r in rows:
        if r and 'seconds' in r:
            lines.append(f"| {name} | {r['seconds']:.3f} | {r['mb_per_s']:.1f} | "
                         f"{r['docs_per_s']:.0f} | {r.get('peak_rss_mb', 0):.0f} |")
    lines.append('')
    exact = d.get('exact')
    if exact and 'pairs' in exact:
        lines += [f"The exact reference finds {exact['pairs']} pairs with J>=0.5 "
                  f"(ground truth {exact['truth_pairs']}; agreement P {exact['agreement_precision']:.3f}"
                  f" R {exact['agreement_recall']:.3f}).", '']
    syn = d.get('synthetic')
    if syn and 'seconds' in syn:
        lines += [f"Scaling: {syn['docs']} synthetic documents ({syn['bytes'] / 1e6:.0f} MB, stories "
                  'with random word edits, 1 in 10 a light-edit copy of an earlier one): '
                  f"{syn['seconds']:.1f} s ({syn['seconds_per_million']:.1f} s per million), "
                  f"peak RSS {syn.get('peak_rss_mb', 0):.0f} MB; {syn['candidates']} candidate pairs, "
                  f"{syn['pairs']} verified, {syn['copies_found']} of {syn['copies']} copies clustered "
                  'with their original.', '']


def cmd_ingest_summary(out_dir, inputs):
    """Collects the ingest timing runs (ingest-N.json + ingest-N.time) into ingest.json."""
    out_dir = Path(out_dir)
    runs, rss, summary = [], 0.0, {}
    for path in sorted(out_dir.glob('ingest-*.json')):
        summary = json.loads(path.read_text())
        runs.append(summary['seconds'])
        time_file = path.with_suffix('.time')
        if time_file.exists():
            for line in time_file.read_text().splitlines():
                if line.startswith('maxrss_kb='):
                    rss = max(rss, int(line.split('=')[1]) / 1024)
    if not runs:
        return 1
    ordered = sorted(runs)
    result = {'inputs': inputs, 'documents': summary.get('read', 0), 'ok': summary.get('ok', 0),
              'runs_s': runs, 'median_s': ordered[len(ordered) // 2], 'peak_rss_mb': rss}
    (out_dir / 'ingest.json').write_text(json.dumps(result, indent=2) + '\n')
    return 0


def nearest_rank_median(values):
    """The scorer's median (Percentile in score_extraction.cc): nearest rank, no averaging."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(0.5 * len(ordered))) - 1]


def cmd_merge_passes(out_base, *slot_bases):
    """newsift's passes over one set, run in slots spread over the set's benchmark window, as
    one run: the outputs of the first slot, each page's time the median of every pass's
    (ms_all, cpu_ms_all), a page counted nondeterministic when any slot's output differs."""
    if not slot_bases:
        print('merge-passes: no slot given', file=sys.stderr)
        return 2
    slots = []
    for base in slot_bases:
        with open(base + '.jsonl', encoding='utf-8') as f:
            rows = [json.loads(line) for line in f]
        slots.append((rows, load_json(base + '.stats.json') or {}))
    first_rows, first_stats = slots[0]
    kept = ('body', 'title', 'authors', 'published', 'status', 'page_type')
    merged, changed = [], 0
    for i, row in enumerate(first_rows):
        ms, cpu_ms, differs = [], [], False
        for rows, _ in slots:
            other = rows[i]
            if other['id'] != row['id']:
                print(f"merge-passes: slots list pages in different orders at {i}", file=sys.stderr)
                return 1
            differs = differs or any(other.get(k) != row.get(k) for k in kept)
            ms += other.get('ms_all', [other['ms']])
            cpu_ms += other.get('cpu_ms_all', [other['cpu_ms']])
        changed += differs
        out = {k: row[k] for k in ('id',) + kept if k in row}
        out['ms'] = statistics.median(ms)
        out['cpu_ms'] = statistics.median(cpu_ms)
        out['best_ms'] = min(ms)
        merged.append(out)
    write_jsonl(out_base + '.jsonl', merged)
    stats = dict(first_stats)
    stats['repeats'] = sum(s.get('repeats', 1) for _, s in slots)
    stats['passes_in_slots'] = [s.get('repeats', 1) for _, s in slots]
    for key in ('peak_rss_kb', 'rss_after_load_kb'):
        stats[key] = max(s.get(key, 0) for _, s in slots)
    # Each slot's own median page time, and what the rest of the machine did
    # meanwhile: the drift a merged median hides.
    stats['slot_median_ms'] = [
        nearest_rank_median([statistics.median(r.get('ms_all', [r['ms']])) for r in rows])
        if rows else None for rows, _ in slots]
    stats['slot_load_window_s'] = [s.get('load_window_s') for _, s in slots]
    for key in ('other_busy_cores', 'steal_cores'):
        stats['slot_' + key] = [s.get(key) for _, s in slots]
        known = [v for v in stats['slot_' + key] if v is not None]
        stats[key] = max(known) if known else None
    stats['nondeterministic_pages'] = max(
        changed, max(s.get('nondeterministic_pages', 0) for _, s in slots))
    with open(out_base + '.stats.json', 'w', encoding='utf-8') as f:
        json.dump(stats, f, indent=2, sort_keys=True)
        f.write('\n')
    return 0


COMMANDS = {'ingest-summary': (cmd_ingest_summary, 2), 'manifest': (cmd_manifest, 3),
            'generate-textdumps': (cmd_generate_textdumps, 3), 'keep-all': (cmd_keep_all, 2),
            'perfect': (cmd_perfect, 2), 'empty': (cmd_empty, 2), 'report': (cmd_report, 3),
            'merge-passes': (cmd_merge_passes, None)}  # None: two or more arguments


def main(argv):
    arity = COMMANDS[argv[1]][1] if len(argv) >= 2 and argv[1] in COMMANDS else -1
    if arity == -1 or (len(argv) - 2 != arity if arity is not None else len(argv) - 2 < 2):
        print(__doc__, file=sys.stderr)
        return 2
    fn, _ = COMMANDS[argv[1]]
    return fn(*argv[2:])


if __name__ == '__main__':
    sys.exit(main(sys.argv))
