package rpc

import (
	"bytes"
	"encoding/base64"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzDecodeRequest: the decoder never panics, and a request that decodes
// has a canonical form (what peers receive) that decodes to an equal
// request, re-encodes to the same bytes, and passes or fails the limits
// the same way.
func FuzzDecodeRequest(f *testing.F) {
	const (
		acct = "0557460f9eceb9ce67e74348ed248656a82b7bd42d540273221d0d5154655c4410"
		ed   = "83cd4ba7e1f977c97d27b3eff86652a3cd6c6ae567ad9089a7e51994083acc28"
		hash = "t8Nm92edAR8GiMDMGWtcsqA38Li5cZssUVth6O5T4QE"
	)
	sig := base64.StdEncoding.EncodeToString(bytes.Repeat([]byte{7}, 64))
	for _, s := range []string{
		`{"method":"info","params":{}}`,
		`{"method":"store","params":{"pubkey":"` + acct + `","timestamp":1689975701626,"ttl":86400000,"data":"aGVsbG8K"}}`,
		`{"method":"store","params":{"pubKey":"` + acct + `","timestamp":"1689975701626","ttl":"86400000","data":"aGVsbG8","namespace":-10}}`,
		`{"method":"store","params":{"pubkey":"` + acct + `","pubkey_ed25519":"` + ed + `","namespace":123,"ttl":1209600000,"data":"aGVsbG8gd29ybGQK","timestamp":1689975701626,"signature":"` + sig + `"}}`,
		`{"method":"store","params":{"pubkey":"` + acct + `","timestamp":1689975701626,"expiry":1689975801626,"data":"","sig_timestamp":1689975701627,"signature":"` + sig[:86] + `"}}`,
		`{"method":"retrieve","params":{"pubkey":"` + acct + `","pubkey_ed25519":"` + ed + `","namespace":42,"last_hash":"` + hash + `","max_count":-1,"max_size":-5,"timestamp":1689972350584,"signature":"` + sig + `"}}`,
		`{"method":"retrieve","params":{"pubkey":"` + acct + `","lastHash":""}}`,
		`{"method":"delete","params":{"pubkey":"` + acct + `","messages":["` + hash + `"],"required":true,"signature":"` + sig + `"}}`,
		`{"method":"delete","params":{"pubkey":"` + acct + `","messages":"` + hash + `","signature":"` + sig + `"}}`,
		`{"method":"delete_all","params":{"pubkey":"` + acct + `","namespace":"all","timestamp":1689972350584,"signature":"` + sig + `"}}`,
		`{"method":"delete_before","params":{"pubkey":"` + acct + `","namespace":-42,"before":1689972350584,"signature":"` + sig + `"}}`,
		`{"method":"expire_msgs","params":{"pubkey":"` + acct + `","messages":["` + hash + `"],"expiry":1689972350584,"shorten":true,"signature":"` + sig + `"}}`,
		`{"method":"expire","params":{"pubkey":"` + acct + `","messages":["` + hash + `"],"expiry":1689972350584,"extend":true,"shorten":false,"signature":"` + sig + `"}}`,
		`{"method":"expire_all","params":{"pubkey":"` + acct + `","expiry":1689972350584,"signature":"` + sig + `"}}`,
		`{"method":"get_expiries","params":{"pubkey":"` + acct + `","messages":["a\"b\u0001c","all"],"timestamp":1689972350584,"signature":"` + sig + `"}}`,
		`{"method":"get_swarm","params":{"pubkey":"` + acct + `"}}`,
		`{"method":"get_snodes_for_pubkey","params":{"pubKey":"` + acct + `"}}`,
		`{"method":"batch","params":{"requests":[{"method":"info","params":{}},{"method":"get_swarm","params":{"pubkey":"` + acct + `"}}]}}`,
		`{"method":"sequence","params":{"requests":[{"method":"batch","params":{"requests":[]}}]}}`,
		`{"method":"store","params":`,
		`{"method":"store","params":{"pubkey":"05zz","timestamp":1.5}}`,
		`{"method":"store","params":{"pubkey":"` + acct + `","timestamp":1689975701626,"ttl":5,"data":"!!"}}`,
		`{"method":"retrieve","params":{"pubkey":"` + acct + `","namespace":99999}}`,
		`[]`, ``, `null`, `{"method":null,"params":null}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		c, err := decodeRequest(body)
		if err != nil {
			require.Nil(t, c)
			require.GreaterOrEqual(t, err.code, 400)
			return
		}
		op := opJSON(c)
		again, err2 := decodeRequest(op)
		require.Nil(t, err2, "canonical form %s of %q refused: %v", op, body, err2)
		require.True(t, reflect.DeepEqual(c, again), "canonical form %s decodes differently", op)
		require.Equal(t, string(op), string(opJSON(again)))
		e1, e2 := checkLimits(c), checkLimits(again)
		require.Equal(t, e1 == nil, e2 == nil)
		if b, ok := c.(*batchCall); ok {
			require.LessOrEqual(t, len(b.calls), MaxBatch)
		}
	})
}
