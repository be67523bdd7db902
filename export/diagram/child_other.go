//go:build !linux

package diagram

import (
	"os"
	"syscall"
)

// childAttrs: without Linux's parent-death signal, a render child stays in
// kg's process group, so that an interrupt from the terminal reaches it.
func childAttrs() *syscall.SysProcAttr { return nil }

// killChild kills a render child.
func killChild(p *os.Process) error { return p.Kill() }
