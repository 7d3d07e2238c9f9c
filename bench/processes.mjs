// The Chromium processes a benchmark started, read from Linux's /proc: their
// CPU time, where they may run, and how long the page's main thread waited for
// a core. Processes count as the benchmark's when they descend from this node
// process, so a browser started by another run on the machine is left alone.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';

const clockTicks = (() => {
  try { return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100; } catch { return 100; }
})();

// pid -> {parent, cpuMs} for every process this node process started,
// directly or not.
function descendants() {
  const all = new Map();
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let stat;
    try { stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8'); } catch { continue; }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    all.set(Number(pid), {parent: Number(fields[1]),
                          cpuMs: (Number(fields[11]) + Number(fields[12])) * 1000 / clockTicks});
  }
  const mine = new Map();
  for (const [pid, p] of all) {
    if (pid === process.pid) continue;
    for (let up = p.parent; up; up = all.get(up)?.parent) {
      if (up === process.pid) { mine.set(pid, p); break; }
    }
  }
  return mine;
}

const commandLine = (pid) => {
  try { return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { return ''; }
};

// The CPU time of every Chromium process this benchmark started, the GPU
// process where SwiftShader draws included.
export function chromiumCpuMs() {
  let total = 0;
  for (const p of descendants().values()) total += p.cpuMs;
  return total;
}

// The CPU time of the GPU process, where SwiftShader draws.
export function gpuCpuMs() {
  let total = 0;
  for (const [pid, p] of descendants()) if (isType(pid, 'gpu-process')) total += p.cpuMs;
  return total;
}

// Chromium's processes of one type ("gpu-process", "renderer").
export function chromiumProcesses(type) {
  return [...descendants().keys()].filter((pid) => isType(pid, type));
}

// Chromium's children rewrite their command line with spaces between the arguments.
const isType = (pid, type) => new RegExp(`(^|[\0 ])--type=${type}([\0 ]|$)`).test(commandLine(pid));

const cores = () => fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^processor\s*:/gm)?.length ?? 1;

// Gives the GPU process, where SwiftShader draws, the last core to itself and
// the pages' renderers the others, as a device's own GPU would leave the CPU to
// the page. Returns a function that undoes it, or null where it cannot be done
// (one core, no taskset, no GPU process yet).
export function gpuOnItsOwnCore() {
  const n = cores();
  const gpu = chromiumProcesses('gpu-process');
  if (n < 2 || gpu.length === 0) return null;
  const pin = (pids, cpus) => {
    for (const pid of pids) execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], {stdio: 'ignore'});
  };
  const restore = () => {
    try { pin([...gpu, ...chromiumProcesses('renderer')], `0-${n - 1}`); } catch {}
  };
  try {
    pin(gpu, String(n - 1));
    pin(chromiumProcesses('renderer'), `0-${n - 2}`);
  } catch {
    restore();  // Half done would leave the next shared run pinned.
    return null;
  }
  return restore;
}

// The renderers' main threads: seconds on a core and seconds ready to run but
// waiting for one (the kernel's schedstat), summed.
export function rendererMainThreads() {
  let runS = 0, waitS = 0;
  for (const pid of chromiumProcesses('renderer')) {
    try {
      const [run, wait] = fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
      runS += run / 1e9;
      waitS += wait / 1e9;
    } catch {}
  }
  return {runS, waitS};
}
