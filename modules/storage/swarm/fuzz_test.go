package swarm

import (
	"encoding/json"
	"testing"

	"github.com/seshnet/seshnet/core/sessionid"
)

// FuzzWireMessages: pull answers and push requests come from other nodes.
// Decoding them never panics, and a message is accepted only with a hash
// that is its own.
func FuzzWireMessages(f *testing.F) {
	acct, _ := sessionid.Parse("05" + "4701d08488451f545a409fb58ae3e58581ca40ac3f7f114698cd71deac73ca01")
	good := WireMessage{Hash: sessionid.MessageHash(acct, 0, []byte("hi")), Account: acct.Hex(), Timestamp: 1, Expiry: 2, Data: []byte("hi")}
	seed, _ := json.Marshal(PushRequest{Messages: []WireMessage{good}})
	for _, s := range [][]byte{seed, []byte(`{"messages":[{}]}`), []byte(`{"messages":[{"account":"zz"}]}`), []byte(`{"messages":null}`), []byte(`[`)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		var req PushRequest
		if json.Unmarshal(raw, &req) != nil {
			return
		}
		for _, w := range req.Messages {
			m, err := FromWire(w)
			if err != nil {
				continue
			}
			var a sessionid.Account
			copy(a[:], m.Account)
			if sessionid.MessageHash(a, m.Namespace, m.Data) != m.Hash {
				t.Fatalf("accepted a message whose hash is not its own")
			}
		}
	})
}
