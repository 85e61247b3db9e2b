package onion

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

func testPath(t *testing.T, n int) ([]testNode, []Hop) {
	t.Helper()
	nodes := make([]testNode, n)
	hops := make([]Hop, n)
	for i := range nodes {
		nodes[i] = newTestNode(t, byte(10*i+1))
		hops[i] = nodes[i].hop()
	}
	return nodes, hops
}

// peelAll walks a body along the path as the nodes would, and returns what
// the destination got.
func peelAll(t *testing.T, nodes []testNode, body []byte) *Final {
	t.Helper()
	for i, n := range nodes {
		fwd, fin, err := n.key.Peel(body)
		require.NoError(t, err, "hop %d", i)
		if i == len(nodes)-1 {
			require.Nil(t, fwd)
			require.NotNil(t, fin)
			return fin
		}
		require.Nil(t, fin, "hop %d is not the destination", i)
		require.Equal(t, nodes[i+1].ed.Public(), fwd.Destination, "hop %d forwards to the next node", i)
		body = fwd.Body
	}
	return nil
}

func TestBuildPeelThreeHops(t *testing.T) {
	request := []byte(`{"method":"retrieve","params":{"pubkey":"05aa"}}`)
	for _, enc := range encTypes {
		t.Run(string(enc), func(t *testing.T) {
			nodes, hops := testPath(t, 3)
			body, first, replyKey, err := Build(hops, request, enc)
			require.NoError(t, err)
			require.Equal(t, hops[0].Ed25519, first.Ed25519)

			fin := peelAll(t, nodes, body)
			require.Equal(t, request, fin.Request)
			require.Equal(t, enc, fin.EncType)
			require.Equal(t, replyKey, fin.ReplyKey)
			require.True(t, fin.Base64, "Session's default")
			require.False(t, fin.JSONBody)

			reply, err := SealReply(fin.EncType, fin.ReplyKey, []byte(`{"status":200,"body":"{}"}`))
			require.NoError(t, err)
			got, err := OpenReply(enc, replyKey, reply)
			require.NoError(t, err)
			require.Equal(t, `{"status":200,"body":"{}"}`, string(got))
		})
	}
}

func TestBuildPathLengths(t *testing.T) {
	for _, n := range []int{1, 2, 4, MaxHops} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			nodes, hops := testPath(t, n)
			body, _, replyKey, err := Build(hops, []byte("req"), XChaCha20)
			require.NoError(t, err)
			fin := peelAll(t, nodes, body)
			require.Equal(t, "req", string(fin.Request))
			require.Equal(t, replyKey, fin.ReplyKey)
		})
	}
	_, hops := testPath(t, MaxHops+1)
	_, _, _, err := Build(hops, []byte("req"), AESGCM)
	require.ErrorIs(t, err, ErrTooManyHops)
	_, _, _, err = Build(nil, []byte("req"), AESGCM)
	require.ErrorIs(t, err, ErrNoHops)
	_, _, _, err = Build(hops[:3], []byte("req"), "aes-cbc")
	require.ErrorIs(t, err, ErrUnknownEncType)
}

func TestBuildWithKnownX25519(t *testing.T) {
	nodes, hops := testPath(t, 3)
	for i := range hops {
		hops[i].X25519 = nodes[i].key.PublicKey()
	}
	body, _, _, err := Build(hops, []byte("req"), AESGCM)
	require.NoError(t, err)
	require.Equal(t, "req", string(peelAll(t, nodes, body).Request))

	hops[1].X25519 = hops[1].X25519[:5]
	_, _, _, err = Build(hops, []byte("req"), AESGCM)
	require.ErrorIs(t, err, ErrBadKey)

	_, hops = testPath(t, 2)
	hops[1].Ed25519 = hops[1].Ed25519[:31]
	hops[1].X25519 = nodes[1].key.PublicKey()
	_, _, _, err = Build(hops, []byte("req"), AESGCM)
	require.ErrorIs(t, err, ErrBadKey, "a forward layer needs the next node's Ed25519 key")
}

// body frames a layer sealed for node with the given outer JSON fields.
func sealedBody(t *testing.T, node testNode, enc EncType, layer []byte, extra map[string]any) []byte {
	t.Helper()
	ct, eph, _, err := Seal(enc, node.key.PublicKey(), layer)
	require.NoError(t, err)
	meta := map[string]any{"ephemeral_key": hex.EncodeToString(eph), "enc_type": string(enc)}
	for k, v := range extra {
		if v == nil {
			delete(meta, k)
		} else {
			meta[k] = v
		}
	}
	m, err := json.Marshal(meta)
	require.NoError(t, err)
	return Frame(ct, m)
}

func TestPeelErrors(t *testing.T) {
	nodes, hops := testPath(t, 3)
	node, next := nodes[0], nodes[1]
	good, _, _, err := Build(hops, []byte("req"), XChaCha20)
	require.NoError(t, err)
	ct, meta, err := Unframe(good)
	require.NoError(t, err)
	flipped := append([]byte(nil), ct...)
	flipped[len(flipped)/2] ^= 0x80
	var outer map[string]any
	require.NoError(t, json.Unmarshal(meta, &outer))
	withMeta := func(k string, v any) []byte {
		t.Helper()
		m := map[string]any{}
		for kk, vv := range outer {
			m[kk] = vv
		}
		if v == nil {
			delete(m, k)
		} else {
			m[k] = v
		}
		b, err := json.Marshal(m)
		require.NoError(t, err)
		return Frame(ct, b)
	}
	forward := func(enc any) []byte {
		m := map[string]any{"destination": hex.EncodeToString(next.ed.Public().(ed25519.PublicKey)), "ephemeral_key": hex.EncodeToString(next.key.PublicKey())}
		if enc != nil {
			m["enc_type"] = enc
		}
		b, err := json.Marshal(m)
		require.NoError(t, err)
		return Frame([]byte("inner"), b)
	}

	cases := []struct {
		name string
		body []byte
		want error
	}{
		{"truncated frame", good[:3], ErrTruncated},
		{"frame cut short", good[:len(ct)], ErrLengthOverflow},
		{"bad json", Frame(ct, []byte(`{"ephemeral_key":`)), ErrBadJSON},
		{"no json", Frame(ct, nil), ErrBadJSON},
		{"no ephemeral key", withMeta("ephemeral_key", nil), ErrBadLayer},
		{"ephemeral key not hex", withMeta("ephemeral_key", "zz"+hexOf(make([]byte, 31))), ErrBadKey},
		{"ephemeral key short", withMeta("ephemeral_key", hexOf(make([]byte, 31))), ErrBadKey},
		{"ephemeral key a number", withMeta("ephemeral_key", 7), ErrBadLayer},
		{"wrong ephemeral key", withMeta("ephemeral_key", hexOf(next.key.PublicKey())), ErrDecrypt},
		{"zero ephemeral key", withMeta("ephemeral_key", hexOf(make([]byte, 32))), ErrLowOrderKey},
		{"unknown cipher", withMeta("enc_type", "aes-cbc"), ErrUnknownEncType},
		{"other cipher", withMeta("enc_type", "aes-gcm"), ErrDecrypt},
		{"flipped ciphertext byte", Frame(flipped, meta), ErrDecrypt},
		{"short ciphertext", Frame(ct[:30], meta), ErrShortCiphertext},
		{"hop number past the limit", withMeta("hop_no", MaxHops), ErrTooManyHops},
		{"hop number not a number", withMeta("hop_no", "1"), ErrBadLayer},
		{"last hop may not forward", sealedBody(t, node, AESGCM, forward(nil), map[string]any{"hop_no": MaxHops - 1}), ErrTooManyHops},
		{"layer not framed", sealedBody(t, node, AESGCM, []byte("ab"), nil), ErrTruncated},
		{"layer json invalid", sealedBody(t, node, AESGCM, Frame(nil, []byte("{")), nil), ErrBadJSON},
		{"layer proxies to a server", sealedBody(t, node, AESGCM, Frame(nil, []byte(`{"host":"example.org","target":"/oxen/v4/lsrpc"}`)), nil), ErrUnsupportedLayer},
		{"layer neither final nor forward", sealedBody(t, node, AESGCM, Frame(nil, []byte(`{"ephemeral_key":"`+hexOf(next.key.PublicKey())+`"}`)), nil), ErrBadLayer},
		{"layer with unknown cipher", sealedBody(t, node, AESGCM, forward("aes-cbc"), nil), ErrUnknownEncType},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fwd, fin, err := node.key.Peel(tc.body)
			require.ErrorIs(t, err, tc.want)
			require.Nil(t, fwd)
			require.Nil(t, fin)
		})
	}

	// The wrong node cannot peel.
	_, _, err = next.key.Peel(good)
	require.ErrorIs(t, err, ErrDecrypt)
}

// Session's defaults and options: a missing enc_type is aes-gcm, a negative
// hop number counts as 0, and the hop number grows by one per hop.
func TestPeelSessionConventions(t *testing.T) {
	nodes, _ := testPath(t, 2)
	node, next := nodes[0], nodes[1]
	layer := Frame([]byte("inner"), []byte(`{"destination":"`+hexOf(next.ed.Public().(ed25519.PublicKey))+`","ephemeral_key":"`+hexOf(next.key.PublicKey())+`"}`))
	body := sealedBody(t, node, AESGCM, layer, map[string]any{"enc_type": nil, "hop_no": -4})
	fwd, _, err := node.key.Peel(body)
	require.NoError(t, err)
	_, meta, err := Unframe(fwd.Body)
	require.NoError(t, err)
	var outer OuterControl
	require.NoError(t, json.Unmarshal(meta, &outer))
	require.Equal(t, OuterControl{EncType: AESGCM, EphemeralKey: hexOf(next.key.PublicKey()), HopNo: 1}, outer)

	final := Frame([]byte("rpc"), []byte(`{"headers":{},"json":true,"base64":false,"destination":"ignored"}`))
	body = sealedBody(t, node, XChaCha20, final, map[string]any{"enc_type": "xchacha20-poly1305"})
	_, fin, err := node.key.Peel(body)
	require.NoError(t, err)
	require.Equal(t, &Final{Request: []byte("rpc"), EncType: XChaCha20, ReplyKey: fin.ReplyKey, JSONBody: true, Base64: false}, fin)

	// The package-level Peel with the raw key agrees.
	priv, err := EdPrivateToX25519(node.ed)
	require.NoError(t, err)
	_, fin2, err := Peel(body, priv)
	require.NoError(t, err)
	require.Equal(t, fin, fin2)
	_, _, err = Peel(body, priv[:3])
	require.ErrorIs(t, err, ErrBadKey)
}

func TestParseLayer(t *testing.T) {
	dest := hexOf(make([]byte, 32))
	eph := "AB" + hexOf(make([]byte, 31)) // upper case is hex too
	cases := []struct {
		name string
		meta string
		want *Layer
		err  error
	}{
		{"final, libsession's form", `{"headers":""}`, &Layer{Kind: LayerFinal, Inner: []byte("in"), Base64: true}, nil},
		{"final with options", `{"headers":{},"json":true,"base64":false}`, &Layer{Kind: LayerFinal, Inner: []byte("in"), JSONBody: true}, nil},
		{"headers win over destination", `{"headers":"","destination":"x"}`, &Layer{Kind: LayerFinal, Inner: []byte("in"), Base64: true}, nil},
		{"final option of the wrong type", `{"headers":"","base64":"no"}`, nil, ErrBadLayer},
		{"forward", `{"destination":"` + dest + `","ephemeral_key":"` + eph + `","enc_type":"xchacha20"}`,
			&Layer{Kind: LayerForward, Inner: []byte("in"), Destination: make([]byte, 32), EphemeralKey: unhex(t, eph), EncType: XChaCha20}, nil},
		{"forward defaults to aes-gcm", `{"destination":"` + dest + `","ephemeral_key":"` + eph + `"}`,
			&Layer{Kind: LayerForward, Inner: []byte("in"), Destination: make([]byte, 32), EphemeralKey: unhex(t, eph), EncType: AESGCM}, nil},
		{"forward with empty enc_type", `{"destination":"` + dest + `","ephemeral_key":"` + eph + `","enc_type":""}`, nil, ErrUnknownEncType},
		{"forward without ephemeral key", `{"destination":"` + dest + `"}`, nil, ErrBadLayer},
		{"forward without destination", `{"ephemeral_key":"` + eph + `"}`, nil, ErrBadLayer},
		{"keys are case-sensitive", `{"Destination":"` + dest + `","Ephemeral_Key":"` + eph + `"}`, nil, ErrBadLayer},
		{"destination too short", `{"destination":"` + dest[2:] + `","ephemeral_key":"` + eph + `"}`, nil, ErrBadKey},
		{"destination not hex", `{"destination":"` + "g" + dest[1:] + `","ephemeral_key":"` + eph + `"}`, nil, ErrBadKey},
		{"destination not a string", `{"destination":5,"ephemeral_key":"` + eph + `"}`, nil, ErrBadLayer},
		{"host", `{"host":"example.org"}`, nil, ErrUnsupportedLayer},
		{"empty object", `{}`, nil, ErrBadLayer},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l, err := ParseLayer(Frame([]byte("in"), []byte(tc.meta)))
			if tc.err != nil {
				require.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, l)
		})
	}
	require.Equal(t, "final", LayerFinal.String())
	require.Equal(t, "forward", LayerForward.String())
	require.Equal(t, "LayerKind(9)", LayerKind(9).String())
}
