package n2n

import (
	"net"
	"strconv"
	"strings"
)

// ValidHostPort says whether s, an address a node published, can only name
// a host and a port: a URL built as "https://"+s+path then reaches that
// host and port and nothing else (no path, user, query or fragment slipped
// in by the node's text).
func ValidHostPort(s string) bool {
	if strings.ContainsAny(s, "/?#@\\ ") {
		return false
	}
	host, port, err := net.SplitHostPort(s)
	if err != nil || host == "" {
		return false
	}
	p, err := strconv.Atoi(port)
	return err == nil && p > 0 && p < 65536
}
