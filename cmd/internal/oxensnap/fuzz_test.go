package oxensnap

import (
	"encoding/json"
	"testing"

	"github.com/seshnet/seshnet/workchain/registry"
)

// FuzzParseOxenSnapshot: the snapshot parser never panics, and what it
// accepts imports without a panic and conserves (Import verifies the
// identities) or is refused with an error.
func FuzzParseOxenSnapshot(f *testing.F) {
	s, _, err := Sample(2, 3, 40)
	if err != nil {
		f.Fatal(err)
	}
	raw, err := json.Marshal(s)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte(`{"version":1}`))
	f.Add([]byte(`{"version":1,"hash":"00","totals":{"staked":"-1"}}`))
	p := registry.DefaultParams()
	p.StakingRequirement = 1000
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Parse(data)
		if err != nil {
			return
		}
		if res, err := Import(s, Options{Registry: p}); err == nil {
			if err := res.Report.Verify(); err != nil {
				t.Fatalf("accepted an import that does not conserve: %v", err)
			}
		}
	})
}
