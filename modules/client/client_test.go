package client

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/modules/client/clienttest"
)

// The test network: five relays in two swarms.
const (
	swarmA = uint64(1) << 62
	swarmB = uint64(3) << 62
)

var layout = clienttest.Swarms{swarmA: {0, 1, 2}, swarmB: {3, 4}}

func startNet(t *testing.T) *clienttest.Net {
	t.Helper()
	return clienttest.Start(t, 5, layout)
}

func newClient(t *testing.T, tn *clienttest.Net, opt Options) *Client {
	t.Helper()
	opt.Seeds = tn.Seeds()
	c, err := New(opt)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c
}

func account(t *testing.T) (ed25519.PrivateKey, sessionid.Account) {
	t.Helper()
	k, a, err := sessionid.New(rand.Reader)
	require.NoError(t, err)
	return k, a
}

func swarmOf(t *testing.T, c *Client, a sessionid.Account) uint64 {
	t.Helper()
	id, ok := c.Network().SwarmOf(a)
	require.True(t, ok)
	return id
}

func ctxT(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// requireOnionHops checks that the requests since the last reset crossed
// n distinct nodes each (three relays and the destination).
func requireOnionHops(t *testing.T, tn *clienttest.Net, requests int) {
	t.Helper()
	var total int64
	for i, h := range tn.Hits() {
		total += h
		require.LessOrEqual(t, h, int64(requests), "node %d took more than one hop of a request", i)
	}
	require.Equal(t, int64(4*requests), total, "each request is 3 relays + the destination")
}

// A→B over three relays with each cipher: the swarm confirms, B reads and
// decrypts it, the network only ever held ciphertext.
func TestMsgSendReceiveOverThreeHops(t *testing.T) {
	tn := startNet(t)
	for _, enc := range []onion.EncType{onion.AESGCM, onion.XChaCha20} {
		t.Run(string(enc), func(t *testing.T) {
			ctx := ctxT(t)
			c := newClient(t, tn, Options{Enc: enc})
			aKey, a := account(t)
			bKey, b := account(t)
			_, err := c.Refresh(ctx)
			require.NoError(t, err)
			id, ok := c.Network().SwarmOf(b)
			require.True(t, ok)
			members := c.Network().Members(id)

			tn.ResetHits()
			before := time.Now()
			res, err := c.Send(ctx, aKey, b, "hello bob "+string(enc), SendOptions{})
			require.NoError(t, err)
			requireOnionHops(t, tn, 1)
			require.Equal(t, len(members), res.Accepted, "every member of B's swarm signed")
			require.Len(t, res.Swarm, len(members))
			for _, m := range members {
				require.True(t, res.Swarm[m.Hex()], "member %s", m.Hex()[:8])
			}
			require.WithinDuration(t, before.Add(DefaultTTL), res.Expiry, 5*time.Second)

			stored := tn.Store.Messages(b.Hex())
			require.Len(t, stored, 1)
			require.Equal(t, res.Hash, stored[0].Hash)
			require.Equal(t, sessionid.MessageHash(b, 0, stored[0].Data), res.Hash)
			require.NotContains(t, string(stored[0].Data), "hello bob", "the network sees only ciphertext")
			require.NotContains(t, string(stored[0].Data), a.Hex())

			tn.ResetHits()
			got, more, err := c.Receive(ctx, bKey, "")
			require.NoError(t, err)
			requireOnionHops(t, tn, 1)
			require.False(t, more)
			require.Len(t, got, 1)
			m := got[0]
			require.NoError(t, m.Err)
			require.Equal(t, res.Hash, m.Hash)
			require.Equal(t, a, m.From)
			require.True(t, m.Verified)
			require.Equal(t, "hello bob "+string(enc), m.Text)
			require.Zero(t, m.AfterRead)
			require.WithinDuration(t, before, m.Sent, 2*time.Second)
			require.Equal(t, res.Expiry.UnixMilli(), m.Expiry.UnixMilli())
			require.Zero(t, tn.Store.Calls("expire"), "nothing to expire")
		})
	}
}

// Retrieve pages with last_hash, with the server's page size or the one the
// client asks for.
func TestMsgPagingWithLastHash(t *testing.T) {
	tn := startNet(t)
	aKey, _ := account(t)
	bKey, b := account(t)
	sender := newClient(t, tn, Options{})
	var hashes, texts []string
	for i := range 7 {
		text := "message " + string(rune('0'+i))
		res, err := sender.Send(ctxT(t), aKey, b, text, SendOptions{})
		require.NoError(t, err)
		hashes, texts = append(hashes, res.Hash), append(texts, text)
	}
	cases := []struct {
		name     string
		pageSize int
		pages    []int
	}{
		{"server page size (3)", 0, []int{3, 3, 1}},
		{"max_count 2", 2, []int{2, 2, 2, 1}},
		{"max_count 7", 7, []int{7}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := ctxT(t)
			c := newClient(t, tn, Options{PageSize: tc.pageSize})
			last := ""
			var read []string
			for i, want := range tc.pages {
				page, more, err := c.Receive(ctx, bKey, last)
				require.NoError(t, err)
				require.Len(t, page, want, "page %d", i)
				require.Equal(t, i < len(tc.pages)-1, more, "page %d", i)
				for _, m := range page {
					require.NoError(t, m.Err)
					read = append(read, m.Text)
				}
				last = page[len(page)-1].Hash
			}
			require.Equal(t, texts, read, "in store order, none twice")

			all, err := c.ReceiveAll(ctx, bKey, "")
			require.NoError(t, err)
			require.Len(t, all, 7)
			rest, err := c.ReceiveAll(ctx, bKey, hashes[4])
			require.NoError(t, err)
			require.Len(t, rest, 2)
			require.Equal(t, texts[5:], []string{rest[0].Text, rest[1].Text})
		})
	}
}

// "Disappear after read": the first read shortens the expiry to read time +
// the timer on the swarm; later reads leave it; it never lengthens.
func TestMsgAfterReadShortensOnce(t *testing.T) {
	tn := startNet(t)
	cases := []struct {
		name      string
		ttl       time.Duration
		afterRead time.Duration
		shorten   bool
	}{
		{"after read 1h of a 14 day TTL", 0, time.Hour, true},
		{"after read 5s", time.Hour, 5 * time.Second, true},
		{"after read longer than the TTL: left alone", 30 * time.Minute, time.Hour, false},
		{"no timer", 0, 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := ctxT(t)
			c := newClient(t, tn, Options{})
			aKey, _ := account(t)
			bKey, b := account(t)
			res, err := c.Send(ctx, aKey, b, "read me once", SendOptions{TTL: tc.ttl, AfterRead: tc.afterRead})
			require.NoError(t, err)
			original := tn.Store.Messages(b.Hex())[0].Expiry
			shortenedBefore := tn.Store.Shortened()

			readAt := time.Now()
			got, _, err := c.Receive(ctx, bKey, "")
			readDone := time.Now()
			require.NoError(t, err)
			require.Len(t, got, 1)
			require.NoError(t, got[0].ShortenErr)
			require.Equal(t, tc.afterRead, got[0].AfterRead)
			stored := tn.Store.Messages(b.Hex())[0].Expiry
			if tc.shorten {
				require.Equal(t, shortenedBefore+1, tn.Store.Shortened())
				require.GreaterOrEqual(t, stored, readAt.Add(tc.afterRead).UnixMilli())
				require.LessOrEqual(t, stored, readDone.Add(tc.afterRead).UnixMilli())
				require.Equal(t, stored, got[0].Expiry.UnixMilli(), "the client reports the new expiry")
			} else {
				require.Equal(t, original, stored)
				require.Equal(t, res.Expiry.UnixMilli(), got[0].Expiry.UnixMilli())
			}

			// A second read (from the start again) does not touch it.
			expires := tn.Store.Calls("expire")
			again, _, err := c.Receive(ctx, bKey, "")
			require.NoError(t, err)
			require.Len(t, again, 1)
			require.Equal(t, expires, tn.Store.Calls("expire"), "only the first read expires")
			require.Equal(t, stored, tn.Store.Messages(b.Hex())[0].Expiry)
		})
	}
}

// A swarm change the client has not seen: the node answers 421, the client
// refreshes the network and sends to the right swarm. If the network it
// gets is still wrong, it stops with ErrWrongSwarm.
func TestMsgWrongSwarm421(t *testing.T) {
	tn := startNet(t)
	ctx := ctxT(t)
	c := newClient(t, tn, Options{})
	aKey, _ := account(t)
	bKey, b := account(t)
	_, err := c.Refresh(ctx)
	require.NoError(t, err)

	// The members of the two swarms swap places.
	tn.SetSwarms(t, clienttest.Swarms{swarmA: {3, 4}, swarmB: {0, 1, 2}})
	res, err := c.Send(ctx, aKey, b, "after the move", SendOptions{})
	require.NoError(t, err)
	require.Equal(t, 1, tn.Store.Misdirected())
	id, _ := c.Network().SwarmOf(b)
	require.Equal(t, len(c.Network().Members(id)), res.Accepted, "confirmed by the new members")
	got, _, err := c.Receive(ctx, bKey, "")
	require.NoError(t, err)
	require.Len(t, got, 1)
	require.Equal(t, 1, tn.Store.Misdirected(), "the refreshed network is right")

	// Storage moved on again but GET /network did not.
	tn.SetOwnership(t, layout)
	_, err = c.Send(ctx, aKey, b, "lost", SendOptions{})
	require.ErrorIs(t, err, ErrWrongSwarm)
	require.Equal(t, 3, tn.Store.Misdirected(), "one retry after the refresh, no more")
}

// A relay down gives a clear path error; seeds that are down or silent
// give ErrNoSeeds within the timeout.
func TestMsgRelayDown(t *testing.T) {
	tn := startNet(t)
	ctx := ctxT(t)
	c := newClient(t, tn, Options{Attempts: 1})
	aKey, _ := account(t)
	_, b := account(t)
	_, err := c.Refresh(ctx)
	require.NoError(t, err)
	tn.Stop(2)

	var failures []error
	for range 40 {
		if _, err := c.Send(ctx, aKey, b, "maybe", SendOptions{}); err != nil {
			failures = append(failures, err)
		}
	}
	require.NotEmpty(t, failures, "node 2 is on most paths")
	for _, err := range failures {
		require.ErrorIs(t, err, ErrPath)
		msg := err.Error()
		require.True(t, strings.Contains(msg, "entry relay is unreachable") || strings.Contains(msg, "could not reach the next node"), msg)
		var pe *PathError
		require.True(t, errors.As(err, &pe))
	}

	// Seeds: one refusing connections, one that never answers.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	refused := ln.Addr().String()
	require.NoError(t, ln.Close())
	silent, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer silent.Close()
	go func() {
		for {
			conn, err := silent.Accept()
			if err != nil {
				return
			}
			defer conn.Close()
		}
	}()
	cases := []struct {
		name  string
		seeds []string
	}{
		{"no seeds", nil},
		{"connection refused", []string{refused}},
		{"never answers", []string{silent.Addr().String()}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := New(Options{Seeds: tc.seeds, Timeout: 300 * time.Millisecond})
			require.NoError(t, err)
			start := time.Now()
			_, err = d.Refresh(ctxT(t))
			require.ErrorIs(t, err, ErrNoSeeds)
			require.Less(t, time.Since(start), 3*time.Second)
		})
	}
}

// An entry relay closes a kept-alive connection just as the client sends
// on it (what a relay's hot swap does to a connection left idle): net/http
// resends the onion request on a fresh connection and the send succeeds,
// with one attempt only (no other path). Fails before the fix (issue 14):
// the POST was not replayable and the send failed with "the entry relay is
// unreachable: ... EOF".
func TestMsgEntryClosesAKeptAliveConnectionUnderARequest(t *testing.T) {
	tn := startNet(t)
	ctx := ctxT(t)
	c := newClient(t, tn, Options{Attempts: 1})
	aKey, _ := account(t)
	bKey, b := account(t)
	_, err := c.Refresh(ctx)
	require.NoError(t, err)
	for i := range tn.Keys {
		tn.DropOnReuse(i, 1)
	}
	for i := range 20 {
		_, err := c.Send(ctx, aKey, b, "across a closed connection", SendOptions{})
		require.NoError(t, err, "send %d", i)
	}
	require.Positive(t, tn.Dropped(), "no request crossed a closed connection: the test shows nothing")
	got, err := c.ReceiveAll(ctx, bKey, "")
	require.NoError(t, err)
	require.Len(t, got, 20, "each message stored once")
}

// markReplayable changes no byte on the wire: the request a relay (or
// Session's storage server) reads is the one it read before.
func TestMsgReplayableMarkSendsNothing(t *testing.T) {
	wire := func(mark bool) string {
		r, err := http.NewRequest(http.MethodPost, "https://relay.example/onion_req/v2", strings.NewReader("onion"))
		require.NoError(t, err)
		r.Header.Set("Content-Type", "application/octet-stream")
		if mark {
			markReplayable(r)
		}
		var buf bytes.Buffer
		require.NoError(t, r.Write(&buf))
		return buf.String()
	}
	require.Equal(t, wire(false), wire(true))
	require.NotContains(t, strings.ToLower(wire(true)), "idempotency")
}

// A node that is down is found and routed around: with four nodes every
// path of three relays and a destination crosses it, so the client must
// work out which one it is and let the destination relay too.
func TestMsgNodeDownIsRoutedAround(t *testing.T) {
	cases := []struct {
		name   string
		nodes  int
		swarms clienttest.Swarms
	}{
		{"four nodes, one swarm", 4, clienttest.Swarms{swarmA: {0, 1, 2, 3}}},
		{"five nodes, two swarms", 5, layout},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tn := clienttest.Start(t, tc.nodes, tc.swarms)
			ctx := ctxT(t)
			c := newClient(t, tn, Options{})
			aKey, a := account(t)
			bKey, b := account(t)
			_, err := c.Refresh(ctx)
			require.NoError(t, err)
			_, owners := tn.Owners(b)
			down := owners[0]
			tn.Stop(down)
			downHex := edHex(tn.Keys[down].Public().(ed25519.PublicKey))
			for i := range 10 {
				res, err := c.Send(ctx, aKey, b, "while a node is down", SendOptions{})
				require.NoError(t, err, "send %d", i)
				require.Equal(t, len(owners)-1, res.Accepted)
				require.False(t, res.Swarm[downHex])
			}
			got, err := c.ReceiveAll(ctx, bKey, "")
			require.NoError(t, err)
			require.Len(t, got, 10)
			require.Equal(t, a, got[0].From)
		})
	}
}

// A destination whose storage is down: another member answers.
func TestMsgStorageDownTriesAnotherMember(t *testing.T) {
	tn := startNet(t)
	ctx := ctxT(t)
	c := newClient(t, tn, Options{})
	aKey, _ := account(t)
	bKey, b := account(t)
	_, owners := tn.Owners(b)
	tn.Store.Unavailable(edHex(tn.Keys[owners[0]].Public().(ed25519.PublicKey)))
	for i := range 10 {
		_, err := c.Send(ctx, aKey, b, "hi", SendOptions{})
		require.NoError(t, err, "send %d", i)
	}
	got, err := c.ReceiveAll(ctx, bKey, "")
	require.NoError(t, err)
	require.Len(t, got, 10)

	// With every member down the storage error comes back.
	for _, o := range owners {
		tn.Store.Unavailable(edHex(tn.Keys[o].Public().(ed25519.PublicKey)))
	}
	_, err = c.Send(ctx, aKey, b, "hi", SendOptions{})
	var se *StatusError
	require.ErrorAs(t, err, &se)
	require.Equal(t, 502, se.Status)
	require.Contains(t, se.Error(), "storage unavailable")
}

// Each member's store confirmation is checked: a failed member or a bad
// signature does not count; none at all is an error.
func TestMsgStoreConfirmationsChecked(t *testing.T) {
	tn := startNet(t)
	ctx := ctxT(t)
	c := newClient(t, tn, Options{})
	aKey, _ := account(t)
	_, err := c.Refresh(ctx)
	require.NoError(t, err)
	var b sessionid.Account
	for {
		if _, b = account(t); swarmOf(t, c, b) == swarmA {
			break // the swarm of three
		}
	}
	members := c.Network().Members(swarmA)
	require.Len(t, members, 3)
	bad, failed := members[0].Hex(), members[1].Hex()
	tn.Store.SignBadly(bad)
	tn.Store.FailStores(failed)

	res, err := c.Send(ctx, aKey, b, "counted", SendOptions{})
	require.NoError(t, err)
	require.Equal(t, len(members)-2, res.Accepted)
	require.False(t, res.Swarm[bad])
	require.False(t, res.Swarm[failed])

	tn.Store.SignBadly(members[2].Hex())
	_, err = c.Send(ctx, aKey, b, "nobody", SendOptions{})
	require.ErrorIs(t, err, ErrNotStored)
}

// A message for C is opaque to B; a forged sender is refused; a message
// without a sender signature is read but not verified.
func TestMsgWrongKeyCannotDecrypt(t *testing.T) {
	tn := startNet(t)
	ctx := ctxT(t)
	c := newClient(t, tn, Options{})
	aKey, a := account(t)
	bKey, _ := account(t)
	cKey, cAcct := account(t)
	_, err := c.Send(ctx, aKey, cAcct, "for carol only", SendOptions{})
	require.NoError(t, err)
	data := tn.Store.Messages(cAcct.Hex())[0].Data

	_, err = OpenMessage(bKey, data)
	require.ErrorIs(t, err, ErrDecrypt)
	_, err = OpenMessage(aKey, data)
	require.ErrorIs(t, err, ErrDecrypt, "not even the sender can open it")
	m, err := OpenMessage(cKey, data)
	require.NoError(t, err)
	require.Equal(t, "for carol only", m.Text)
	require.Equal(t, a, m.From)
	require.True(t, m.Verified)

	mallory, _ := account(t)
	now := time.Now()
	cases := []struct {
		name     string
		env      func() envelope
		err      error
		verified bool
	}{
		{"signed by someone else", func() envelope {
			e := envelope{From: a.Hex(), Text: "from alice, honest", Sent: now.UnixMilli(), Ed25519: edHex(mallory.Public().(ed25519.PublicKey))}
			e.Sig = b64(ed25519.Sign(mallory, envelopeSigning(cAcct, a, e.Sent, 0, e.Text)))
			return e
		}, ErrForged, false},
		{"alice's signature over other text", func() envelope {
			e := envelope{From: a.Hex(), Text: "changed", Sent: now.UnixMilli(), Ed25519: edHex(aKey.Public().(ed25519.PublicKey))}
			e.Sig = b64(ed25519.Sign(aKey, envelopeSigning(cAcct, a, e.Sent, 0, "original")))
			return e
		}, ErrForged, false},
		{"signed for another recipient", func() envelope {
			_, other := account(t)
			e := envelope{From: a.Hex(), Text: "hi", Sent: now.UnixMilli(), Ed25519: edHex(aKey.Public().(ed25519.PublicKey))}
			e.Sig = b64(ed25519.Sign(aKey, envelopeSigning(other, a, e.Sent, 0, e.Text)))
			return e
		}, ErrForged, false},
		{"unsigned", func() envelope { return envelope{From: a.Hex(), Text: "hi", Sent: now.UnixMilli()} }, nil, false},
		{"not a Session ID", func() envelope { return envelope{From: "hello", Text: "hi"} }, ErrBadEnvelope, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := sealEnvelope(t, cAcct, tc.env())
			m, err := OpenMessage(cKey, data)
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.verified, m.Verified)
		})
	}
}

// Paths: three distinct relays, then a member of the target swarm that is
// not one of them when the network has enough nodes.
func TestMsgPathChoice(t *testing.T) {
	mk := func(n int) (*Network, target) {
		w := networkJSON{Swarms: []uint64{7}}
		seven := uint64(7)
		for i := range n {
			k := clienttest.Key(i).Public().(ed25519.PublicKey)
			nd := nodeJSON{Ed25519: edHex(k), Relay: "127.0.0.1:1000" + string(rune('0'+i))}
			if i < 2 {
				nd.Swarm = &seven
			}
			w.Nodes = append(w.Nodes, nd)
		}
		nw, err := parseNetwork(w)
		require.NoError(t, err)
		return nw, target{swarm: 7, members: nw.Members(7)}
	}
	cases := []struct {
		name       string
		nodes      int
		short      bool
		wantLen    int
		destShared bool // the destination may also be a relay
		err        error
	}{
		{"ten nodes", 10, false, 4, false, nil},
		{"four nodes: just enough", 4, false, 4, false, nil},
		{"three nodes: destination also relays", 3, false, 4, true, nil},
		{"two nodes", 2, false, 0, false, ErrTooFewNodes},
		{"two nodes, short paths allowed", 2, true, 3, true, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			nw, tg := mk(tc.nodes)
			c, err := New(Options{AllowShortPaths: tc.short})
			require.NoError(t, err)
			for range 100 {
				path, err := c.pickPath(nw, tg, nil)
				if tc.err != nil {
					require.ErrorIs(t, err, tc.err)
					return
				}
				require.NoError(t, err)
				require.Len(t, path, tc.wantLen)
				dest := path[len(path)-1]
				require.True(t, dest.InSwarm && dest.Swarm == 7, "destination is a swarm member")
				seen := map[string]bool{}
				for _, n := range path[:len(path)-1] {
					require.False(t, seen[n.Hex()], "relays are distinct")
					seen[n.Hex()] = true
				}
				if !tc.destShared {
					require.False(t, seen[dest.Hex()], "the destination is not also a relay")
				}
			}
		})
	}

	// Nodes that failed are left out while there are others.
	nw, tg := mk(10)
	c, err := New(Options{})
	require.NoError(t, err)
	avoid := map[string]bool{tg.members[0].Hex(): true}
	for _, n := range nw.Nodes[2:5] {
		avoid[n.Hex()] = true
	}
	for range 100 {
		path, err := c.pickPath(nw, tg, avoid)
		require.NoError(t, err)
		for _, n := range path {
			require.False(t, avoid[n.Hex()])
		}
	}
}

// A network answer with junk keeps only the usable nodes.
func TestMsgNetworkParsing(t *testing.T) {
	one := uint64(1)
	good := edHex(clienttest.Key(0).Public().(ed25519.PublicKey))
	nw, err := parseNetwork(networkJSON{Height: 3, Swarms: []uint64{9, 1, 9}, Nodes: []nodeJSON{
		{Ed25519: good, Relay: "127.0.0.1:1", Storage: "no port", Swarm: &one},
		{Ed25519: good, Relay: "127.0.0.1:2"},
		{Ed25519: "zz", Relay: "127.0.0.1:3"},
		{Ed25519: "abcd", Relay: "127.0.0.1:4"},
		{Ed25519: edHex(clienttest.Key(1).Public().(ed25519.PublicKey)), Relay: "127.0.0.1:99999"},
	}})
	require.NoError(t, err)
	require.Len(t, nw.Nodes, 2)
	n, ok := nw.Node(good)
	require.True(t, ok)
	require.Equal(t, "127.0.0.1:1", n.Relay, "the first entry of a key wins")
	require.Empty(t, n.Storage)
	require.Equal(t, []uint64{1, 9}, nw.Swarms)
	require.Len(t, nw.relays(), 1, "a bad port is no relay")

	_, err = parseNetwork(networkJSON{Nodes: []nodeJSON{{Ed25519: "zz"}}})
	require.Error(t, err)
}

func TestMsgOptions(t *testing.T) {
	cases := []struct {
		name string
		opt  Options
		ok   bool
	}{
		{"defaults", Options{}, true},
		{"aes-gcm", Options{Enc: onion.AESGCM}, true},
		{"alias gcm", Options{Enc: "gcm"}, true},
		{"aes-cbc", Options{Enc: "aes-cbc"}, false},
		{"fifteen relays", Options{Hops: 15}, false},
		{"negative page", Options{PageSize: -1}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.opt)
			if tc.ok {
				require.NoError(t, err)
			} else {
				require.Error(t, err)
			}
		})
	}

	c, err := New(Options{})
	require.NoError(t, err)
	aKey, _ := account(t)
	_, b := account(t)
	for _, o := range []SendOptions{{TTL: time.Second}, {TTL: MaxTTL + time.Hour}, {AfterRead: -time.Second}} {
		_, err := c.Send(context.Background(), aKey, b, "x", o)
		require.Error(t, err, "%+v", o)
	}
	_, err = c.Send(context.Background(), aKey, b, strings.Repeat("x", MaxMessageSize), SendOptions{})
	require.ErrorIs(t, err, ErrTooLarge)
	var ed sessionid.Account
	ed[0] = sessionid.PrefixEd25519
	_, err = c.Send(context.Background(), aKey, ed, "x", SendOptions{})
	require.ErrorContains(t, err, "not a Session ID")
}
