// Peer runner: Mozilla Readability (Firefox Reader View) on linkedom, timed per page.
//
//   node readability_js.mjs MANIFEST.tsv PREDICTIONS.jsonl STATS.json [--repeats R]
//
// Same contract as newsift_bench_extract: the manifest lines are
// id TAB path TAB url TAB kind; every file is read (and gunzipped) first, untimed;
// then the whole set is processed R times on one thread and a page's time is
// the median of its R times. The timed work is what a user of Readability
// pays per page: UTF-8 decoding, parsing with linkedom's parseHTML, and
// new Readability(document).parse(). NODE_PATH must hold the node_modules
// folder where @mozilla/readability and linkedom are installed (bench/run
// installs them into bench/.peers/node).
import {createRequire} from 'node:module';
import {readFileSync, writeFileSync} from 'node:fs';
import {gunzipSync} from 'node:zlib';
import {performance} from 'node:perf_hooks';
import path from 'node:path';

const DEFAULT_REPEATS = 3;

function usage() {
  console.error('usage: node readability_js.mjs MANIFEST.tsv PREDICTIONS.jsonl STATS.json [--repeats R]');
  process.exit(2);
}

const positional = [];
let repeats = DEFAULT_REPEATS;
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; ++i) {
  if (argv[i] === '--repeats' && i + 1 < argv.length) {
    repeats = Math.max(1, parseInt(argv[++i], 10) || 1);
  } else {
    positional.push(argv[i]);
  }
}
if (positional.length !== 3) usage();
const [manifestPath, predictionsPath, statsPath] = positional;

// ES modules ignore NODE_PATH: resolve the packages through it explicitly.
const modulesDir = (process.env.NODE_PATH || '').split(path.delimiter).find(Boolean) || '.';
const require = createRequire(path.join(path.resolve(modulesDir), 'noop.js'));
const {Readability} = require('@mozilla/readability');
const {parseHTML} = require('linkedom');

function packageVersion(name) {
  try {
    return require(`${name}/package.json`).version;
  } catch {
    return 'unknown';
  }
}

const pages = [];
for (const line of readFileSync(manifestPath, 'utf8').split('\n')) {
  if (!line) continue;
  const [id, file, url, kind] = line.split('\t');
  let bytes = null;
  let readError = null;
  try {
    bytes = readFileSync(file);
    if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  } catch (e) {
    readError = String(e);
  }
  pages.push({id, file, url, kind, bytes, readError});
}
const inputBytes = pages.reduce((sum, p) => sum + (p.bytes ? p.bytes.length : 0), 0);
const rssAfterLoadKb = process.resourceUsage().maxRSS;

const decoder = new TextDecoder('utf-8');
const outcomes = pages.map(() => ({ms: [], cpuMs: [], result: null, error: null}));
for (let r = 0; r < repeats; ++r) {
  for (let i = 0; i < pages.length; ++i) {
    const page = pages[i];
    if (!page.bytes) continue;
    let article = null;
    let error = null;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    try {
      const html = decoder.decode(page.bytes);
      const {document} = parseHTML(html);
      article = new Readability(document).parse();
    } catch (e) {
      error = String(e && e.message ? e.message : e);
    }
    const stop = performance.now();
    // Process CPU time (user + system, microseconds): includes V8's GC helper threads.
    const cpu = process.cpuUsage(cpuStart);
    outcomes[i].ms.push(stop - start);
    outcomes[i].cpuMs.push((cpu.user + cpu.system) / 1000);
    if (r === 0) {
      outcomes[i].result = article;
      outcomes[i].error = error;
    }
  }
}

function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const lines = [];
let errors = 0;
for (let i = 0; i < pages.length; ++i) {
  const page = pages[i];
  const {result, error, ms, cpuMs} = outcomes[i];
  let status = 'ok';
  if (page.readError || error) {
    status = 'error';
    ++errors;
  } else if (!result || !(result.textContent || '').trim()) {
    status = 'empty';
  }
  lines.push(JSON.stringify({
    id: page.id,
    body: result && result.textContent ? result.textContent : '',
    title: result && result.title ? result.title : '',
    authors: result && result.byline ? [result.byline] : [],
    published: result && result.publishedTime ? result.publishedTime : '',
    status,
    error: page.readError || error || undefined,
    ms: median(ms),
    cpu_ms: median(cpuMs),
    best_ms: ms.length ? Math.min(...ms) : null,
  }));
}
writeFileSync(predictionsPath, lines.join('\n') + (lines.length ? '\n' : ''));
writeFileSync(statsPath, JSON.stringify({
  system: 'readability-js',
  version: `@mozilla/readability ${packageVersion('@mozilla/readability')}, ` +
      `linkedom ${packageVersion('linkedom')}, node ${process.versions.node}`,
  pages: pages.length,
  repeats,
  input_bytes: inputBytes,
  rss_after_load_kb: rssAfterLoadKb,
  peak_rss_kb: process.resourceUsage().maxRSS,
  errors,
}, null, 2) + '\n');
