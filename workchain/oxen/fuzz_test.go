package oxen_test

import (
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	coreoxen "github.com/seshnet/seshnet/core/oxen"
	"github.com/seshnet/seshnet/workchain/oxen"
)

// FuzzDecodeOxenClaim: the claim decoder never panics; what it accepts is
// at most MaxClaimBody bytes, and its parts written back decode to the same
// claim (the address prints as it parsed).
func FuzzDecodeOxenClaim(f *testing.F) {
	k := holder(1)
	to := common.BytesToAddress([]byte{0x70})
	f.Add(body(k.Address(coreoxen.Mainnet), to, coreoxen.Sign(k, coreoxen.ClaimMessage("c", to))))
	f.Add([]byte(`{"oxen_address":"","to":"","signature":""}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		c, err := oxen.DecodeClaim(raw)
		if err != nil {
			return
		}
		if len(raw) > oxen.MaxClaimBody {
			t.Fatalf("accepted %d bytes", len(raw))
		}
		again, err := json.Marshal(oxen.ClaimBody{OxenAddress: c.Address.String(), To: c.To.Hex(), Signature: c.Signature})
		if err != nil {
			t.Fatal(err)
		}
		back, err := oxen.DecodeClaim(again)
		if err != nil || back != c {
			t.Fatalf("%q decodes to %+v, written back %+v (%v)", raw, c, back, err)
		}
	})
}
