package n2n

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// A node's published address names a host and a port, nothing a URL built
// from it could read as a path, user, query or fragment.
func TestValidHostPort(t *testing.T) {
	for s, want := range map[string]bool{
		"127.0.0.1:22": true, "node.example:443": true, "[::1]:8080": true,
		"": false, "127.0.0.1": false, ":443": false, "h:0": false, "h:65536": false, "h:x": false,
		"h/p:1": false, "h?q:1": false, "h#f:1": false, "u@h:1": false, `h\p:1`: false, "h :1": false,
	} {
		require.Equal(t, want, ValidHostPort(s), "%q", s)
	}
}
