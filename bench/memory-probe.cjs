// Loaded into the language server by bench/server-memory.mjs (NODE_OPTIONS=--expose-gc --require this file): on
// SIGUSR2 it collects garbage and writes the process's memory and V8's heap statistics as JSON to $MCL_MEMORY_PROBE
// (and a heap snapshot beside it when $MCL_MEMORY_SNAPSHOT is set), so the bench sees what the server retains,
// not what it has not collected yet. Nothing of this is in the shipped server.
'use strict';
const fs = require('fs');
const v8 = require('v8');

const MB = (n) => Math.round((n / 1048576) * 10) / 10;
const vmKb = (status, key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);

/** Resident memory by what it maps (the node binary, `[heap]` for malloc, anonymous for V8's heap and the rest), MB. */
function rssByMapping() {
  const sums = new Map();
  let name = '';
  for (const line of fs.readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) name = head[1] || '(anonymous)';
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) sums.set(name, (sums.get(name) ?? 0) + Number(rss[1]));
  }
  return Object.fromEntries(
    [...sums]
      .filter(([, kb]) => kb >= 1024)
      .sort((a, b) => b[1] - a[1])
      .map(([n, kb]) => [n, MB(kb * 1024)]),
  );
}

process.on('SIGUSR2', () => {
  const status = () => fs.readFileSync('/proc/self/status', 'utf8');
  const before = vmKb(status(), 'VmRSS');
  // Twice: the first pass runs finalizers (WeakRef, FinalizationRegistry) whose garbage the second frees.
  global.gc();
  global.gc();
  const mem = process.memoryUsage();
  const heap = v8.getHeapStatistics();
  const out = {
    rssBeforeGcMB: MB(before * 1024),
    rssAfterGcMB: MB(vmKb(status(), 'VmRSS') * 1024),
    hwmMB: MB(vmKb(status(), 'VmHWM') * 1024),
    heapUsedMB: MB(mem.heapUsed),
    heapTotalMB: MB(mem.heapTotal),
    externalMB: MB(mem.external),
    arrayBuffersMB: MB(mem.arrayBuffers),
    codeAndMetadataMB: MB(heap.total_physical_size - heap.used_heap_size),
    spaces: Object.fromEntries(
      v8
        .getHeapSpaceStatistics()
        .map((s) => [s.space_name, { usedMB: MB(s.space_used_size), sizeMB: MB(s.space_size) }]),
    ),
  };
  out.mappings = rssByMapping();
  if (process.env.MCL_MEMORY_SNAPSHOT) out.snapshot = v8.writeHeapSnapshot(process.env.MCL_MEMORY_SNAPSHOT);
  fs.writeFileSync(process.env.MCL_MEMORY_PROBE, JSON.stringify(out));
});
