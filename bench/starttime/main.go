// Command starttime runs commands many times and prints, for each, the median
// wall time, user+sys CPU time, minor page faults and peak resident memory
// of one process, as a markdown table row. It exists because shell timing (date, GNU time) adds a
// fork and a 10 ms CPU resolution to a figure that is itself ~10 ms.
//
// Several commands, separated by ":::", are run interleaved (one process of
// each in turn, n rounds), so that a drift in the machine's speed while
// measuring, common on a shared VM, weighs on all of them alike.
//
//	go run ./bench/starttime -n 50 -label "sequere version" -- ./sequere version
//	go run ./bench/starttime -n 50 -label old -label new -- ./old version ::: ./new version
//
// Leading NAME=value words of a command set its environment, as in a shell:
//
//	go run ./bench/starttime -n 20 -- ./sequere lint big.yaml ::: GOGC=100 ./sequere lint big.yaml
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"time"
)

type labels []string

func (l *labels) String() string     { return strings.Join(*l, ", ") }
func (l *labels) Set(s string) error { *l = append(*l, s); return nil }

type samples struct{ walls, cpus, faults, rss []float64 }

func main() {
	n := flag.Int("n", 50, "processes to run per command")
	var names labels
	flag.Var(&names, "label", "row label, once per command (default: the command)")
	flag.Parse()
	cmds := split(flag.Args())
	if len(cmds) == 0 || len(names) > len(cmds) {
		fmt.Fprintln(os.Stderr, "usage: starttime [-n N] [-label L]... -- command [args...] [::: command [args...]]...")
		os.Exit(2)
	}
	for i := len(names); i < len(cmds); i++ {
		names = append(names, strings.Join(cmds[i], " "))
	}
	results := make([]samples, len(cmds))
	for range *n {
		for i, args := range cmds {
			results[i].add(args)
		}
	}
	load, _ := os.ReadFile("/proc/loadavg")
	loadavg := strings.Join(strings.Fields(string(load))[:3], " ")
	for i, r := range results {
		fmt.Printf("| %s | %.1f | %.1f | %.0f | %.1f | %s |\n", names[i], median(r.walls), median(r.cpus), median(r.faults), median(r.rss), loadavg)
	}
}

// split cuts args at each lone ":::" into commands.
func split(args []string) [][]string {
	var cmds [][]string
	for len(args) > 0 {
		i := slices.Index(args, ":::")
		if i < 0 {
			i = len(args)
		}
		if i > 0 {
			cmds = append(cmds, args[:i])
		}
		args = args[min(i+1, len(args)):]
	}
	return cmds
}

func (s *samples) add(args []string) {
	var env []string
	for len(args) > 1 && strings.Contains(args[0], "=") {
		env, args = append(env, args[0]), args[1:]
	}
	cmd := exec.Command(args[0], args[1:]...)
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	start := time.Now()
	_ = cmd.Run() // a lint with findings exits 1; the timing still counts
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		fmt.Fprintf(os.Stderr, "starttime: %s did not start\n", args[0])
		os.Exit(2)
	}
	s.walls = append(s.walls, ms(wall))
	if ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage); ru != nil {
		s.cpus = append(s.cpus, ms(time.Duration(ru.Utime.Nano()+ru.Stime.Nano())))
		s.faults = append(s.faults, float64(ru.Minflt))
		s.rss = append(s.rss, float64(ru.Maxrss)/1024) // KiB on Linux; printed in MiB
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	slices.Sort(v)
	return v[(len(v)-1)/2]
}
