//go:build unix

package graph

import "syscall"

const openNonblock = syscall.O_NONBLOCK
