package client

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/storagewire"
)

// The strings this client signs or checks come from modules/storage/rpc
// (shared with the server); here they are held to Session's storage server
// definitions, written out.
func TestMsgSigningStrings(t *testing.T) {
	cases := []struct {
		name string
		got  []byte
		want string
	}{
		{"retrieve, namespace 0", storagewire.RetrieveSigning(0, 1700000000123), "retrieve1700000000123"},
		{"retrieve, namespace -10", storagewire.RetrieveSigning(-10, 5), "retrieve-105"},
		{"expire shorten", storagewire.ExpireSigning(storagewire.ModeShorten, 1700000000123, []string{"hashA", "hashB"}), "expireshorten1700000000123hashAhashB"},
		{"store result", storagewire.StoreResultSigning("abc+/"), "abc+/"},
		{"expire result", storagewire.ExpireResultSigning("05ab", 77, []string{"h2", "h1"}, []string{"h1"}, map[string]int64{"h3": 5, "h2": 60}),
			"05ab77h2h1h1h260h35"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, string(tc.got))
		})
	}
}
