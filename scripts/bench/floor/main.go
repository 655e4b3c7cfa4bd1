// Command floor is the benchmark's floor: the least a terminal countdown
// can cost. It prints one line a second ("00:59 remaining") for the number
// of seconds given as its argument, then exits; with 0 it prints one line
// and exits at once, which measures the start-up cost of any Go program.
//
// It keeps to deadlines (start + k seconds), as a careful countdown would,
// so its lines do not drift.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func main() {
	n := 0
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 0 {
			fmt.Fprintln(os.Stderr, "usage: floor SECONDS")
			os.Exit(2)
		}
		n = v
	}
	start := time.Now()
	for k := 0; k <= n; k++ {
		time.Sleep(time.Until(start.Add(time.Duration(k) * time.Second)))
		left := n - k
		fmt.Printf("%02d:%02d remaining\n", left/60, left%60)
	}
}
