// Command kbgen writes a synthetic knowledge base for benchmarks, with
// package kg/bench/kbgen:
//
//	go run ./bench/kbgen/cmd/kbgen -o /tmp/kb -actors 10000 -claims 100000 -files 100
package main

import (
	"flag"
	"fmt"
	"os"

	"kg/bench/kbgen"
)

func main() {
	out := flag.String("o", "", "output `folder` (required)")
	var s kbgen.Size
	flag.IntVar(&s.Actors, "actors", 10000, "number of actors")
	flag.IntVar(&s.Claims, "claims", 100000, "number of claims")
	flag.IntVar(&s.Files, "files", 100, "number of documents (claim files)")
	flag.Uint64Var(&s.Seed, "seed", 1, "random seed")
	flag.Parse()
	if *out == "" || s.Actors < 2 || s.Files < 1 || s.Claims < 0 {
		fmt.Fprintln(os.Stderr, "usage: kbgen -o DIR [-actors N] [-claims N] [-files N] [-seed S]")
		os.Exit(2)
	}
	if err := kbgen.Write(*out, s); err != nil {
		fmt.Fprintln(os.Stderr, "kbgen:", err)
		os.Exit(1)
	}
}
