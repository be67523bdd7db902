//go:build !unix

package main

import (
	"fmt"
	"runtime/metrics"
)

// peakMemory is the Go heap's size now (runtime/metrics), as text; other
// systems give no peak.
func peakMemory() string {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	metrics.Read(s)
	return fmt.Sprintf("%d MB (Go memory at the end)", s[0].Value.Uint64()>>20)
}
