package uptime

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestProofCodec(t *testing.T) {
	good := Proof{Version: "seshd/0.1.0", Modules: []string{"bridge", "relay", "storage"}, Timestamp: 1_700_000_000}
	got, err := Decode(Encode(good))
	require.NoError(t, err)
	require.Equal(t, good, got)
	withEndpoints := good
	withEndpoints.Endpoints = []Endpoint{{Service: "relay", Addr: "127.0.0.1:26691"}, {Service: "storage", Addr: "[::1]:26692"}}
	got, err = Decode(Encode(withEndpoints))
	require.NoError(t, err)
	require.Equal(t, withEndpoints, got)
	// Module versions, with or without endpoints; "" is a version unknown.
	for _, p := range []Proof{
		{Version: "v", Modules: []string{"relay", "storage"}, ModuleVersions: []string{"1.2.0", ""}, Timestamp: 7},
		{Version: "v", Modules: []string{"relay"}, ModuleVersions: []string{"0.1.0"}, Endpoints: withEndpoints.Endpoints},
	} {
		got, err = Decode(Encode(p))
		require.NoError(t, err)
		require.Equal(t, p, got)
	}
	// A proof without versions is byte for byte what older nodes sent.
	require.Equal(t, Encode(withEndpoints), Encode(Proof{Version: good.Version, Modules: good.Modules, Timestamp: good.Timestamp, Endpoints: withEndpoints.Endpoints}))
	ep := func(es ...Endpoint) Proof { return Proof{Version: "v", Endpoints: es} }
	versioned := func(mods, vers []string) Proof { return Proof{Version: "v", Modules: mods, ModuleVersions: vers} }

	bad := []struct {
		name string
		p    Proof
		raw  []byte
		want string
	}{
		{name: "unsorted modules", p: Proof{Version: "v", Modules: []string{"relay", "bridge"}}, want: "sorted"},
		{name: "duplicate module", p: Proof{Version: "v", Modules: []string{"relay", "relay"}}, want: "sorted"},
		{name: "bad module name", p: Proof{Version: "v", Modules: []string{"Relay!"}}, want: "module name"},
		{name: "empty version", p: Proof{}, want: "version"},
		{name: "control chars", p: Proof{Version: "v\n1"}, want: "version"},
		{name: "garbage", raw: []byte{0xff, 0xff}, want: "bad varint"},
		{name: "endpoint without port", p: ep(Endpoint{"relay", "1.2.3.4"}), want: "not host:port"},
		{name: "endpoint port zero", p: ep(Endpoint{"relay", "1.2.3.4:0"}), want: "out of range"},
		{name: "endpoint port big", p: ep(Endpoint{"relay", "1.2.3.4:70000"}), want: "out of range"},
		{name: "endpoint no host", p: ep(Endpoint{"relay", ":80"}), want: "not host:port"},
		{name: "endpoint bad v6", p: ep(Endpoint{"relay", "::1:80"}), want: "not host:port"},
		{name: "endpoints unsorted", p: ep(Endpoint{"storage", "a:1"}, Endpoint{"relay", "a:2"}), want: "sorted"},
		{name: "endpoint service name", p: ep(Endpoint{"Relay", "a:1"}), want: "service"},
		{name: "zero endpoints written", raw: append(Encode(Proof{Version: "v"}), 0), want: "0 endpoints"},
		{name: "fewer versions than modules", p: versioned([]string{"relay", "storage"}, []string{"1"}), want: "1 module versions for 2 modules"},
		{name: "more versions than modules", p: versioned([]string{"relay"}, []string{"1", "2"}), want: "2 module versions for 1 modules"},
		{name: "versions without modules", p: versioned(nil, []string{"1"}), want: "1 module versions for 0 modules"},
		{name: "zero versions written", raw: append(Encode(Proof{Version: "v", Modules: []string{"relay"}, Endpoints: []Endpoint{{"relay", "a:1"}}}), 0), want: "0 module versions"},
		{name: "version control chars", p: versioned([]string{"relay"}, []string{"1\n"}), want: `version of module "relay"`},
		{name: "version too long", p: versioned([]string{"relay"}, []string{strings.Repeat("1", MaxVersionLen+1)}), want: "exceeds limit 64"},
		{name: "too many modules", raw: append(Encode(Proof{Version: "v"})[:2], 200, 1), want: "200 modules"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			raw := tc.raw
			if raw == nil {
				raw = Encode(tc.p)
			}
			_, err := Decode(raw)
			require.ErrorIs(t, err, ErrBadProof)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

func FuzzDecodeUptimeProof(f *testing.F) {
	f.Add(Encode(Proof{Version: "seshd/0.1.0", Modules: []string{"relay"}, Timestamp: 5}))
	f.Add(Encode(Proof{Version: "seshd/0.1.0", Timestamp: 5, Endpoints: []Endpoint{{"relay", "127.0.0.1:1"}}}))
	f.Add(Encode(Proof{Version: "seshd/0.1.0", Modules: []string{"relay", "storage"}, ModuleVersions: []string{"1.2.0", ""}, Timestamp: 5}))
	f.Add(Encode(Proof{Version: "v", Modules: []string{"relay"}, ModuleVersions: []string{"1"}, Endpoints: []Endpoint{{"relay", "[::1]:1"}}}))
	f.Fuzz(func(t *testing.T, raw []byte) {
		p, err := Decode(raw)
		if err == nil && !bytes.Equal(Encode(p), raw) {
			t.Fatalf("accepted body re-encodes differently: %x", raw)
		}
	})
}
