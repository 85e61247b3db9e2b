//go:build !unix

package kit

import "net"

// unreadBytes cannot look into the kernel here: only reads count.
func unreadBytes(net.Conn) bool { return false }
