package diagram

import (
	"os"
	"syscall"
)

// childAttrs makes a render child end with kg: the kernel sends it SIGKILL
// when the thread that started it exits (runChild keeps that thread for
// the child's life, so this happens when kg itself dies, even by SIGKILL),
// and it gets its own process group so that killChild ends whatever it
// started too.
func childAttrs() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL, Setpgid: true}
}

// killChild kills a render child's process group.
func killChild(p *os.Process) error {
	if err := syscall.Kill(-p.Pid, syscall.SIGKILL); err != nil {
		return p.Kill()
	}
	return nil
}
