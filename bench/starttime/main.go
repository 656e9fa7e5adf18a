// Command starttime runs a command many times and prints the median wall
// time, user+sys CPU time and minor page faults of one process, as a markdown
// table row. It exists because shell timing (date, GNU time) adds a fork and
// a 10 ms CPU resolution to a figure that is itself ~10 ms.
//
//	go run ./bench/starttime -n 50 -label "sequere version" -- ./sequere version
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

func main() {
	n := flag.Int("n", 50, "processes to run")
	label := flag.String("label", "", "row label (default: the command)")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: starttime [-n N] [-label L] -- command [args...]")
		os.Exit(2)
	}
	if *label == "" {
		*label = strings.Join(args, " ")
	}
	var walls, cpus, faults []float64
	for range *n {
		cmd := exec.Command(args[0], args[1:]...)
		start := time.Now()
		_ = cmd.Run() // a lint with findings exits 1; the timing still counts
		wall := time.Since(start)
		if cmd.ProcessState == nil {
			fmt.Fprintf(os.Stderr, "starttime: %s did not start\n", args[0])
			os.Exit(2)
		}
		ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		walls = append(walls, ms(wall))
		if ru != nil {
			cpus = append(cpus, ms(time.Duration(ru.Utime.Nano()+ru.Stime.Nano())))
			faults = append(faults, float64(ru.Minflt))
		}
	}
	load, _ := os.ReadFile("/proc/loadavg")
	fmt.Printf("| %s | %.1f | %.1f | %.0f | %s |\n", *label, median(walls), median(cpus), median(faults),
		strings.Join(strings.Fields(string(load))[:3], " "))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	slices.Sort(v)
	return v[(len(v)-1)/2]
}
