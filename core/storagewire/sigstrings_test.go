package storagewire

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// The expected strings are written out by hand from the rules in Session's
// client_rpc_endpoints.h, not computed with the functions under test.
func TestSigningStringVectors(t *testing.T) {
	const (
		acct = "0557460f9eceb9ce67e74348ed248656a82b7bd42d540273221d0d5154655c4410"
		h1   = "t8Nm92edAR8GiMDMGWtcsqA38Li5cZssUVth6O5T4QE"
		h2   = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
		h3   = "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
		ts   = int64(1689975701626)
	)
	for _, tc := range []struct {
		name string
		got  []byte
		want string
	}{
		// owner signatures
		{"store ns 0", StoreSigning(0, ts), "store1689975701626"},
		{"store ns 123", StoreSigning(123, ts), "store1231689975701626"},
		{"store ns -10", StoreSigning(-10, ts), "store-101689975701626"},
		{"retrieve ns 0", RetrieveSigning(0, ts), "retrieve1689975701626"},
		{"retrieve ns 42", RetrieveSigning(42, ts), "retrieve421689975701626"},
		{"retrieve ns -32768", RetrieveSigning(-32768, ts), "retrieve-327681689975701626"},
		{"delete", DeleteSigning([]string{h1, h2}), "delete" + h1 + h2},
		{"delete keeps request order", DeleteSigning([]string{h2, h1}), "delete" + h2 + h1},
		{"delete_all ns 0", DeleteAllSigning(OneNamespace(0), ts), "delete_all1689975701626"},
		{"delete_all ns -42", DeleteAllSigning(OneNamespace(-42), ts), "delete_all-421689975701626"},
		{"delete_all all", DeleteAllSigning(AllNamespaces, ts), "delete_allall1689975701626"},
		{"delete_before ns 0", DeleteBeforeSigning(OneNamespace(0), ts), "delete_before1689975701626"},
		{"delete_before all", DeleteBeforeSigning(AllNamespaces, ts), "delete_beforeall1689975701626"},
		{"delete_before ns 99", DeleteBeforeSigning(OneNamespace(99), ts), "delete_before991689975701626"},
		{"expire", ExpireSigning(ModeAny, ts, []string{h1, h2}), "expire1689975701626" + h1 + h2},
		{"expire shorten", ExpireSigning(ModeShorten, ts, []string{h1}), "expireshorten1689975701626" + h1},
		{"expire extend", ExpireSigning(ModeExtend, ts, []string{h2, h1}), "expireextend1689975701626" + h2 + h1},
		{"expire_all ns 0", ExpireAllSigning(OneNamespace(0), ts), "expire_all1689975701626"},
		{"expire_all all", ExpireAllSigning(AllNamespaces, ts), "expire_allall1689975701626"},
		{"expire_all ns 42", ExpireAllSigning(OneNamespace(42), ts), "expire_all421689975701626"},
		{"get_expiries", GetExpiriesSigning(ts, []string{h1, h2}), "get_expiries1689975701626" + h1 + h2},

		// node signatures over per-node results
		{"store result", StoreResultSigning(h1), h1},
		{"delete result", DeleteResultSigning(acct, []string{h2, h3, h1}, []string{h1, h2}), acct + h2 + h3 + h1 + h1 + h2},
		{"delete result, nothing deleted", DeleteResultSigning(acct, []string{h3}, nil), acct + h3},
		{"delete_all result", DeleteAllResultSigning(acct, ts, []string{h2, h1}), acct + "1689975701626" + h2 + h1},
		{"delete_before result", DeleteBeforeResultSigning(acct, ts, []string{h1}), acct + "1689975701626" + h1},
		{"expire result", ExpireResultSigning(acct, ts, []string{h3, h1, h2}, []string{h1}, map[string]int64{h3: 1700000000000, h2: 1600000000000}),
			acct + "1689975701626" + h3 + h1 + h2 + h1 + h2 + "1600000000000" + h3 + "1700000000000"},
		{"expire result, no unchanged", ExpireResultSigning(acct, ts, []string{h1}, []string{h1}, nil), acct + "1689975701626" + h1 + h1},
		{"expire_all result", ExpireAllResultSigning(acct, ts, []string{h2, h3}), acct + "1689975701626" + h2 + h3},
	} {
		require.Equal(t, tc.want, string(tc.got), tc.name)
	}
}
