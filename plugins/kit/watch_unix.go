//go:build unix

package kit

import (
	"net"
	"syscall"
)

// unreadBytes reports whether the kernel holds bytes of c not read yet
// (a non-blocking MSG_PEEK of one byte; the end of the stream is none).
func unreadBytes(c net.Conn) bool {
	sc, ok := c.(syscall.Conn)
	if !ok {
		return false
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return false
	}
	var n int
	var buf [1]byte
	_ = raw.Control(func(fd uintptr) {
		n, _, _ = syscall.Recvfrom(int(fd), buf[:], syscall.MSG_PEEK|syscall.MSG_DONTWAIT)
	})
	return n > 0
}
