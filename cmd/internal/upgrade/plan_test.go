package upgrade

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var (
	shaA = strings.Repeat("a", 64)
	shaB = strings.Repeat("b", 64)
	shaC = strings.Repeat("c", 64)
)

func up(id uint64, module, version string, height int64, bins map[string]string) Upgrade {
	return Upgrade{ProposalID: id, Module: module, Version: version, Height: height, Binaries: bins}
}

func TestPlan(t *testing.T) {
	const plat = "linux/amd64"
	relay2 := up(1, "relay", "1.2.0", 100, map[string]string{plat: shaA, "darwin/arm64": shaC})
	relay3 := up(2, "relay", "1.3.0", 200, map[string]string{plat: shaB})
	good := File{Module: "relay", Version: "1.2.0", Path: "/h/modules/relay/1.2.0/seshd-relay", SHA256: shaA}
	node := Node{Platform: plat, Modules: []string{"relay", "storage"}}
	cases := []struct {
		name      string
		ups       []Upgrade
		height    int64
		node      Node
		files     []File
		want      []Kind
		wantFile  string
		wantWant  string
		checkWant bool
		wantProps []uint64
	}{
		{name: "none passed", height: 100, node: node},
		{name: "not yet at the height", ups: []Upgrade{relay2}, height: 99, node: node, files: []File{good}},
		{name: "at the height with the binary: swap", ups: []Upgrade{relay2}, height: 100, node: node, files: []File{good},
			want: []Kind{Swap}, wantFile: good.Path, wantWant: shaA, checkWant: true, wantProps: []uint64{1}},
		{name: "past the height (catching up, restart): swap", ups: []Upgrade{relay2}, height: 5000, node: node, files: []File{good},
			want: []Kind{Swap}, wantFile: good.Path, wantProps: []uint64{1}},
		{name: "no file: pending", ups: []Upgrade{relay2}, height: 100, node: node,
			want: []Kind{Pending}, wantWant: shaA, checkWant: true},
		{name: "a file with another hash is not used", ups: []Upgrade{relay2}, height: 100, node: node,
			files: []File{{Module: "relay", Version: "1.2.0", Path: "/x/seshd-relay", SHA256: shaB}}, want: []Kind{Pending}},
		{name: "the right hash under another version is not used", ups: []Upgrade{relay2}, height: 100, node: node,
			files: []File{{Module: "relay", Version: "1.1.0", Path: "/x", SHA256: shaA}}, want: []Kind{Pending}},
		{name: "the right hash under another module is not used", ups: []Upgrade{relay2}, height: 100, node: node,
			files: []File{{Module: "storage", Version: "1.2.0", Path: "/x", SHA256: shaA}}, want: []Kind{Pending}},
		{name: "no binary for this platform: pending", ups: []Upgrade{relay2}, height: 100,
			node: Node{Platform: "linux/riscv64", Modules: []string{"relay"}}, files: []File{good}, want: []Kind{Pending}, wantWant: "", checkWant: true},
		{name: "another platform's binary", ups: []Upgrade{relay2}, height: 100,
			node: Node{Platform: "darwin/arm64", Modules: []string{"relay"}}, files: []File{good, {Module: "relay", Version: "1.2.0", Path: "/mac", SHA256: shaC}},
			want: []Kind{Swap}, wantFile: "/mac"},
		{name: "already applied", ups: []Upgrade{relay2}, height: 100,
			node: Node{Platform: plat, Modules: []string{"relay"}, Applied: map[string]uint64{"relay": 1}}, files: []File{good}},
		{name: "the newest due wins", ups: []Upgrade{relay3, relay2}, height: 200, node: node,
			files: []File{good, {Module: "relay", Version: "1.3.0", Path: "/r3", SHA256: shaB}}, want: []Kind{Swap}, wantFile: "/r3", wantProps: []uint64{2}},
		{name: "a newer upgrade after an applied one", ups: []Upgrade{relay2, relay3}, height: 250,
			node:  Node{Platform: plat, Modules: []string{"relay"}, Applied: map[string]uint64{"relay": 1}},
			files: []File{{Module: "relay", Version: "1.3.0", Path: "/r3", SHA256: shaB}}, want: []Kind{Swap}, wantProps: []uint64{2}},
		{name: "the newer one not due yet", ups: []Upgrade{relay2, relay3}, height: 150,
			node: Node{Platform: plat, Modules: []string{"relay"}, Applied: map[string]uint64{"relay": 1}}},
		{name: "same height: the later proposal wins", ups: []Upgrade{up(7, "relay", "9.0.0", 100, map[string]string{plat: shaB}), relay2}, height: 100, node: node,
			want: []Kind{Pending}, wantWant: shaB, checkWant: true, wantProps: []uint64{7}},
		{name: "a module this node does not run", ups: []Upgrade{up(3, "bridge", "2.0.0", 10, map[string]string{plat: shaA})}, height: 100, node: node},
		{name: "refused here before", ups: []Upgrade{relay2}, height: 100,
			node: Node{Platform: plat, Modules: []string{"relay"}, Failed: map[uint64]bool{1: true}}, files: []File{good}, want: []Kind{Failed}},
		{name: "a version that is no directory name", ups: []Upgrade{up(4, "relay", "../../bin", 10, map[string]string{plat: shaA})}, height: 100, node: node,
			want: []Kind{Invalid}},
		{name: "two modules, sorted", ups: []Upgrade{up(5, "storage", "2.0.0", 10, map[string]string{plat: shaC}), relay2}, height: 100, node: node,
			files: []File{good}, want: []Kind{Swap, Pending}, wantProps: []uint64{1, 5}},
		{name: "two matching files: the first by path", ups: []Upgrade{relay2}, height: 100, node: node,
			files: []File{good, {Module: "relay", Version: "1.2.0", Path: "/a/copy", SHA256: shaA}}, want: []Kind{Swap}, wantFile: "/a/copy"},
		{name: "an upper-case hash in the proposal", ups: []Upgrade{up(6, "relay", "1.2.0", 100, map[string]string{plat: strings.ToUpper(shaA)})}, height: 100, node: node,
			files: []File{good}, want: []Kind{Swap}, wantWant: shaA, checkWant: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Plan(tc.ups, tc.height, tc.node, tc.files)
			var kinds []Kind
			var props []uint64
			for _, a := range got {
				kinds = append(kinds, a.Kind)
				props = append(props, a.Upgrade.ProposalID)
			}
			require.Equal(t, tc.want, kinds)
			if tc.wantProps != nil {
				require.Equal(t, tc.wantProps, props)
			}
			if tc.wantFile != "" {
				require.Equal(t, tc.wantFile, got[0].File.Path)
			}
			if tc.checkWant {
				require.Equal(t, tc.wantWant, got[0].Want, "the sha256 voted for the platform")
			}
			for _, a := range got {
				if a.Kind == Invalid {
					require.Error(t, a.Err)
				}
			}
			// Pure: the same inputs give the same plan.
			require.Equal(t, got, Plan(tc.ups, tc.height, tc.node, tc.files))
		})
	}
}

func TestUpgradeCheck(t *testing.T) {
	for _, v := range []string{"", ".", "..", ".hidden", "1/2", `1\2`, "a b", strings.Repeat("1", 65), "é"} {
		require.Error(t, up(1, "relay", v, 1, nil).Check(), "version %q", v)
	}
	for _, m := range []string{"", "../relay", "Relay", "re/lay"} {
		require.Error(t, up(1, m, "1.0.0", 1, nil).Check(), "module %q", m)
	}
	for _, v := range []string{"1.2.0", "v1.2.0-rc.1+build.5", "2"} {
		require.NoError(t, up(1, "relay", v, 1, nil).Check(), "version %q", v)
	}
}

func TestDecode(t *testing.T) {
	cases := []struct {
		name, raw string
		want      []Upgrade
		err       bool
	}{
		{name: "empty", raw: `[]`, want: []Upgrade{}},
		{name: "null", raw: `null`, want: []Upgrade{}},
		{name: "numbers", raw: `[{"proposal_id":3,"module":"relay","version":"1.2.0","binaries":{"linux/amd64":"` + shaA + `"},"height":120,"url":"https://x/r"}]`,
			want: []Upgrade{{ProposalID: 3, Module: "relay", Version: "1.2.0", Binaries: map[string]string{"linux/amd64": shaA}, Height: 120, URL: "https://x/r"}}},
		{name: "decimal strings", raw: `[{"proposal_id":"3","module":"relay","version":"1","binaries":{},"height":"120"}]`,
			want: []Upgrade{{ProposalID: 3, Module: "relay", Version: "1", Binaries: map[string]string{}, Height: 120}}},
		{name: "negative height", raw: `[{"proposal_id":1,"height":-1}]`, err: true},
		{name: "not a list", raw: `{"proposal_id":1}`, err: true},
		{name: "garbage", raw: `[{`, err: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Decode([]byte(tc.raw))
			if tc.err {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
		})
	}
}

func TestFind(t *testing.T) {
	ups := []Upgrade{up(1, "relay", "1.2.0", 10, nil), up(4, "relay", "1.2.0", 50, nil), up(2, "storage", "1.2.0", 10, nil)}
	got, ok := Find(ups, "relay", "1.2.0")
	require.True(t, ok)
	require.Equal(t, uint64(4), got.ProposalID)
	_, ok = Find(ups, "relay", "9")
	require.False(t, ok)
}
