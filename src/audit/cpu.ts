// The CPU time of the calling thread, for the benchmark's main-thread-versus-workers figure (Node 20 has no
// process.threadCpuUsage). Linux: the thread's own schedstat (ns on a CPU). Elsewhere: the event loop's
// active time, which also counts waiting inside a callback, so an upper bound.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return performance.eventLoopUtilization().active;
  }
}
