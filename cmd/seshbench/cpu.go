package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// clkTck is the unit of the CPU times in /proc/PID/stat, sysconf(_SC_CLK_TCK):
// 100 on every Linux this runs on (reading it would take cgo).
const clkTck = 100

// procStat is what seshbench reads of one process: its parent and the CPU
// time it used so far (utime+stime, in clock ticks).
type procStat struct {
	ppid  int
	ticks uint64
}

// parseStat reads one /proc/PID/stat line. The command name (field 2) may
// hold spaces and parentheses, so the fields are counted from the last ')'.
func parseStat(line string) (procStat, error) {
	i := strings.LastIndexByte(line, ')')
	if i < 0 {
		return procStat{}, errors.New("stat line without a command name")
	}
	// f[0] is field 3 (state): ppid is field 4, utime 14, stime 15.
	f := strings.Fields(line[i+1:])
	if len(f) < 13 {
		return procStat{}, fmt.Errorf("stat line with %d fields after the name", len(f))
	}
	ppid, err := strconv.Atoi(f[1])
	if err != nil {
		return procStat{}, fmt.Errorf("ppid: %w", err)
	}
	utime, err := strconv.ParseUint(f[11], 10, 64)
	if err != nil {
		return procStat{}, fmt.Errorf("utime: %w", err)
	}
	stime, err := strconv.ParseUint(f[12], 10, 64)
	if err != nil {
		return procStat{}, fmt.Errorf("stime: %w", err)
	}
	return procStat{ppid: ppid, ticks: utime + stime}, nil
}

// readProcs reads every process under root (/proc). A process that exits
// while it is read is left out.
func readProcs(root string) map[int]procStat {
	out := map[int]procStat{}
	entries, err := os.ReadDir(root)
	if err != nil {
		return out
	}
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(root, e.Name(), "stat"))
		if err != nil {
			continue
		}
		if ps, err := parseStat(string(raw)); err == nil {
			out[pid] = ps
		}
	}
	return out
}

// descendants is roots and every process below them, sorted.
func descendants(procs map[int]procStat, roots []int) []int {
	children := map[int][]int{}
	for pid, p := range procs {
		children[p.ppid] = append(children[p.ppid], pid)
	}
	seen := map[int]bool{}
	queue := append([]int{}, roots...)
	for len(queue) > 0 {
		pid := queue[0]
		queue = queue[1:]
		if seen[pid] {
			continue
		}
		seen[pid] = true
		queue = append(queue, children[pid]...)
	}
	out := make([]int, 0, len(seen))
	for pid := range seen {
		out = append(out, pid)
	}
	sort.Ints(out)
	return out
}

// cpuGroup follows the CPU time of some process trees (a network's nodes
// and the plugin processes they start; or the load generator). A process's
// last reading is kept after it exits, so a process that ends in the window
// does not take its time with it.
type cpuGroup struct {
	roots []int
	last  map[int]uint64
}

func newCPUGroup(roots ...int) *cpuGroup { return &cpuGroup{roots: roots, last: map[int]uint64{}} }

// update reads the group's processes in procs and returns its total ticks.
func (g *cpuGroup) update(procs map[int]procStat) uint64 {
	for _, pid := range descendants(procs, g.roots) {
		if p, ok := procs[pid]; ok && p.ticks > g.last[pid] {
			g.last[pid] = p.ticks
		}
	}
	var sum uint64
	for _, t := range g.last {
		sum += t
	}
	return sum
}

// cpuSample is the groups' total CPU time at one moment.
type cpuSample struct {
	at    time.Time
	ticks []uint64 // per group
}

// sampler reads /proc every interval while a load runs.
type sampler struct {
	root    string
	groups  []*cpuGroup
	samples []cpuSample
	stop    chan struct{}
	done    sync.WaitGroup
}

// startSampler samples the groups now and every interval until finish; it
// samples nothing where there is no /proc.
func startSampler(root string, every time.Duration, groups ...*cpuGroup) *sampler {
	s := &sampler{root: root, groups: groups, stop: make(chan struct{})}
	if _, err := os.Stat(filepath.Join(root, "self", "stat")); err != nil {
		return s
	}
	s.sample()
	s.done.Add(1)
	go func() {
		defer s.done.Done()
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-s.stop:
				return
			case <-t.C:
				s.sample()
			}
		}
	}()
	return s
}

func (s *sampler) sample() {
	procs := readProcs(s.root)
	at := time.Now()
	ticks := make([]uint64, len(s.groups))
	for i, g := range s.groups {
		ticks[i] = g.update(procs)
	}
	s.samples = append(s.samples, cpuSample{at: at, ticks: ticks})
}

// finish takes a last sample and returns them all.
func (s *sampler) finish() []cpuSample {
	close(s.stop)
	s.done.Wait()
	if len(s.samples) > 0 {
		s.sample()
	}
	return s.samples
}

// cpuIn is group g's CPU time in [from, to], interpolated linearly between
// the samples around each end; false if the samples do not cover both.
func cpuIn(samples []cpuSample, g int, from, to time.Time) (time.Duration, bool) {
	a, okA := ticksAt(samples, g, from)
	b, okB := ticksAt(samples, g, to)
	if !okA || !okB || b < a {
		return 0, false
	}
	return time.Duration((b - a) * float64(time.Second) / clkTck), true
}

func ticksAt(samples []cpuSample, g int, t time.Time) (float64, bool) {
	for i := 1; i < len(samples); i++ {
		p, q := samples[i-1], samples[i]
		if t.Before(p.at) || t.After(q.at) {
			continue
		}
		span := q.at.Sub(p.at)
		if span <= 0 {
			return float64(q.ticks[g]), true
		}
		f := float64(t.Sub(p.at)) / float64(span)
		return float64(p.ticks[g]) + f*(float64(q.ticks[g])-float64(p.ticks[g])), true
	}
	return 0, false
}
