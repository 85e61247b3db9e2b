package netview

import (
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/onion"
)

func keyHex(b byte) string { return strings.Repeat(fmt.Sprintf("%02x", b), 32) }

func TestParseKeepsActiveNodesWithEndpointsAndSwarms(t *testing.T) {
	nodes := fmt.Sprintf(`[
	 {"ed25519":"%s","state":"active","swarm_id":100,"uptime":{"endpoints":[{"service":"relay","addr":"127.0.0.1:1"},{"service":"storage","addr":"127.0.0.1:2"}]}},
	 {"ed25519":"%s","state":"exited"},
	 {"ed25519":"%s","state":"active","swarm_id":9000}]`, keyHex(1), keyHex(2), keyHex(3))
	swarms := fmt.Sprintf(`[{"id":100,"members":["%s"]},{"id":9000,"members":["%s","%s"]}]`, keyHex(1), keyHex(3), keyHex(2))
	v, err := Parse(7, []byte(nodes), []byte(swarms))
	require.NoError(t, err)
	require.Len(t, v.Nodes(), 2, "the exited node is not in the view")
	k1, _ := hex.DecodeString(keyHex(1))
	n, ok := v.Node(k1)
	require.True(t, ok)
	require.Equal(t, "127.0.0.1:2", n.Endpoints["storage"])
	require.Equal(t, []uint64{100, 9000}, v.SwarmIDs())
	require.Len(t, v.Members(9000), 1, "members not in the view are left out")

	var acct [32]byte // XOR point 0: nearest on the ring is 100
	id, members, ok := v.SwarmOf(acct)
	require.True(t, ok)
	require.Equal(t, uint64(100), id)
	require.Equal(t, keyHex(1), members[0].Hex())

	_, err = Parse(1, []byte(`[{"ed25519":"zz","state":"active"}]`), []byte(`[]`))
	require.Error(t, err)
	_, err = Parse(1, []byte(`{`), []byte(`[]`))
	require.Error(t, err)
}

// A node's onion key is its Ed25519 key in X25519 form (the same as
// core/onion's conversion), the same on every call; a key without one
// gives "".
func TestNodeX25519Hex(t *testing.T) {
	pub := ed25519.NewKeyFromSeed(make([]byte, 32)).Public().(ed25519.PublicKey)
	want, err := onion.EdPublicToX25519(pub)
	require.NoError(t, err)
	n := &Node{Ed25519: pub}
	require.Equal(t, hex.EncodeToString(want), n.X25519Hex())
	require.Equal(t, hex.EncodeToString(want), n.X25519Hex())
	require.Equal(t, "", (&Node{Ed25519: make(ed25519.PublicKey, 32)}).X25519Hex())
}
