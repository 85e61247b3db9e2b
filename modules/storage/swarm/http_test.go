package swarm

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/modules/n2n"
)

func TestPullAndPushRefuseWhoMayNotAsk(t *testing.T) {
	tn := newNet(t, 3)
	// Nodes 0, 1 are swarm A; node 2 is swarm B.
	tn.setView(1, map[int]uint64{0: swarmA, 1: swarmA, 2: swarmB}, swarmA, swarmB)
	a := acctAt(swarmA+3, 1)
	m := msgOf(a, "in A")
	tn.nodes[0].store.put(t, m)
	for i := range 3 {
		tn.startSwarm(i, false)
	}
	target := tn.nodes[0]
	post := func(from ed25519.PrivateKey, path string, body any) (int, []byte) {
		raw, err := json.Marshal(body)
		require.NoError(t, err)
		code, out, err := n2n.NewClient(from, 5*time.Second).Post(context.Background(), target.pub, target.addr, path, raw)
		require.NoError(t, err)
		return code, out
	}
	unsigned := func(path string, body any) int {
		raw, _ := json.Marshal(body)
		c := &http.Client{Transport: &http.Transport{TLSClientConfig: n2n.ClientTLS(target.pub)}}
		res, err := c.Post("https://"+target.addr+path, "application/json", bytes.NewReader(raw))
		require.NoError(t, err)
		res.Body.Close()
		return res.StatusCode
	}
	stranger := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{99}, 32))
	pullA := PullRequest{Swarm: swarmA, Limit: 10}

	// Pull: only a member of the swarm asked.
	require.Equal(t, http.StatusUnauthorized, unsigned(PullPath, pullA))
	code, _ := post(stranger, PullPath, pullA)
	require.Equal(t, http.StatusUnauthorized, code, "not a node of the view")
	code, _ = post(tn.nodes[2].key, PullPath, pullA)
	require.Equal(t, http.StatusUnauthorized, code, "a node of another swarm")
	code, out := post(tn.nodes[1].key, PullPath, pullA)
	require.Equal(t, http.StatusOK, code)
	var page PullAnswer
	require.NoError(t, json.Unmarshal(out, &page))
	require.Len(t, page.Messages, 1)
	require.Equal(t, m.Hash, page.Messages[0].Hash)
	require.Empty(t, page.Next)
	code, _ = post(tn.nodes[1].key, PullPath, PullRequest{Swarm: swarmA, After: "abc.1"})
	require.Equal(t, http.StatusGone, code, "a cursor this node never gave")

	// Push: an active node, only accounts of this node's swarm, and only
	// from a member (or former member) of that swarm.
	inA, inB := msgOf(acctAt(swarmA+4, 2), "for A"), msgOf(acctAt(swarmB+4, 3), "for B")
	push := PushRequest{Messages: []WireMessage{ToWire(inA), ToWire(inB)}}
	require.Equal(t, http.StatusUnauthorized, unsigned(PushPath, push))
	code, _ = post(stranger, PushPath, push)
	require.Equal(t, http.StatusUnauthorized, code)
	code, out = post(tn.nodes[2].key, PushPath, push)
	require.Equal(t, http.StatusOK, code)
	var ans PushAnswer
	require.NoError(t, json.Unmarshal(out, &ans))
	require.Equal(t, PushAnswer{Refused: 2}, ans, "a node never in swarm A")
	require.False(t, target.store.has(inA))
	code, out = post(tn.nodes[1].key, PushPath, push)
	require.Equal(t, http.StatusOK, code)
	require.NoError(t, json.Unmarshal(out, &ans))
	require.Equal(t, PushAnswer{Stored: 1, Refused: 1}, ans)
	require.True(t, target.store.has(inA))
	require.False(t, target.store.has(inB), "not this node's swarm")

	forged := ToWire(msgOf(acctAt(swarmA+5, 4), "forged"))
	forged.Data = []byte("something else")
	code, out = post(tn.nodes[1].key, PushPath, PushRequest{Messages: []WireMessage{forged}})
	require.Equal(t, http.StatusOK, code)
	require.NoError(t, json.Unmarshal(out, &ans))
	require.Equal(t, PushAnswer{Refused: 1}, ans, "a hash that is not the content's")

	// Op: signed by an active node; the rest is the op handler's.
	require.Equal(t, http.StatusUnauthorized, unsigned(OpPath, ToWire(inA)))
	code, _ = post(stranger, OpPath, ToWire(inA))
	require.Equal(t, http.StatusUnauthorized, code)
	code, _ = post(tn.nodes[2].key, OpPath, ToWire(inA))
	require.Equal(t, http.StatusMisdirectedRequest, code, "the test op handler checks IsPeer")
}
