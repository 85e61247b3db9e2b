package node

import (
	"context"
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/libs/bytes"
	rpcclient "github.com/cometbft/cometbft/rpc/client"
	ctypes "github.com/cometbft/cometbft/rpc/core/types"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/plugins/host"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// Modules see the block's own events and those of its successful
// transactions only: a failed transaction changed nothing.
func TestToPluginBlockDropsFailedTxEvents(t *testing.T) {
	at := time.Unix(1_700_000_000, 5)
	b := &cmttypes.Block{
		Header:     cmttypes.Header{Height: 7, Time: at},
		Data:       cmttypes.Data{Txs: cmttypes.Txs{[]byte("a"), []byte("b"), []byte("c")}},
		LastCommit: &cmttypes.Commit{},
	}
	ev := func(typ, k, v string) abci.Event {
		return abci.Event{Type: typ, Attributes: []abci.EventAttribute{{Key: k, Value: v}}}
	}
	res := abci.FinalizeBlockResponse{
		AppHash: []byte{1, 2, 3},
		Events:  []abci.Event{ev("block", "k", "0")},
		TxResults: []*abci.ExecTxResult{
			{Code: 0, Events: []abci.Event{ev("ok", "k", "1")}},
			{Code: 5, Events: []abci.Event{ev("failed", "k", "2")}},
			nil,
			{Code: 0, Events: []abci.Event{ev("ok", "k", "3")}},
		},
	}
	pb := toPluginBlock(b, res)
	require.Equal(t, int64(7), pb.Height)
	require.Equal(t, at.UnixNano(), pb.TimeUnixNano)
	require.Equal(t, []byte(b.Hash()), pb.Hash)
	require.Equal(t, []byte{1, 2, 3}, pb.AppHash)
	require.Equal(t, uint32(3), pb.NumTxs)
	var got []string
	for _, e := range pb.Events {
		got = append(got, e.Type+":"+e.Attributes["k"])
	}
	require.Equal(t, []string{"block:0", "ok:1", "ok:3"}, got)
}

// paramsNode answers /params/uptime with p, or fails when err is set.
type paramsNode struct {
	rpcclient.ABCIClient // nil: duties only query
	p                    uptime.Params
	err                  error
}

func (f *paramsNode) ABCIQueryWithOptions(_ context.Context, path string, _ bytes.HexBytes, _ rpcclient.ABCIQueryOptions) (*ctypes.ResultABCIQuery, error) {
	if f.err != nil {
		return nil, f.err
	}
	if path != "/params/uptime" {
		return nil, errors.New("unexpected query " + path)
	}
	v, err := json.Marshal(f.p)
	if err != nil {
		return nil, err
	}
	return &ctypes.ResultABCIQuery{Response: abci.QueryResponse{Value: v}}, nil
}

// The uptime interval: seshd.toml's if set, else the chain's, else a minute.
func TestUptimeInterval(t *testing.T) {
	chain := uptime.Params{IntervalSeconds: 90}
	cfg := func(d time.Duration) config.Config {
		var c config.Config
		c.Uptime.Interval.Duration = d
		return c
	}
	for _, tc := range []struct {
		name string
		d    duties
		want time.Duration
	}{
		{"seshd.toml wins", duties{cfg: cfg(5 * time.Second), client: &paramsNode{p: chain}}, 5 * time.Second},
		{"the chain's", duties{client: &paramsNode{p: chain}}, 90 * time.Second},
		{"chain unreachable", duties{client: &paramsNode{err: errors.New("down")}}, time.Minute},
		{"chain says 0", duties{client: &paramsNode{}}, time.Minute},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, tc.d.interval(context.Background()))
		})
	}
}

func TestUptimeBodyCarriesVersionAndModules(t *testing.T) {
	eps := []uptime.Endpoint{{Service: "relay", Addr: "127.0.0.1:1"}}
	p, err := uptime.Decode(UptimeBody("1.2.3", []string{"relay"}, eps...))
	require.NoError(t, err)
	require.Equal(t, "seshd/1.2.3", p.Version)
	require.Equal(t, []string{"relay"}, p.Modules)
	require.Equal(t, eps, p.Endpoints)
	require.Positive(t, p.Timestamp)
}

func TestUptimeBodyCarriesModuleVersions(t *testing.T) {
	vers := versionsOf([]string{"relay", "storage"}, map[string]string{"relay": "1.2.0", "bridge": "0.1.0"})
	require.Equal(t, []string{"1.2.0", ""}, vers, "in the modules' order, unknown as empty")
	p, err := uptime.Decode(uptimeBody("1.2.3", []string{"relay", "storage"}, vers, nil))
	require.NoError(t, err)
	require.Equal(t, []string{"relay", "storage"}, p.Modules)
	require.Equal(t, []string{"1.2.0", ""}, p.ModuleVersions)
	require.Nil(t, versionsOf([]string{"relay"}, map[string]string{}), "no version known: the proof older nodes sent")
}

// A proof names the version governance gave a module's binary when the
// host runs a governance binary, else the version the process reports;
// modules not running are not named.
func TestRunningVersions(t *testing.T) {
	status := []host.ModuleStatus{
		{Name: "bridge", State: host.StateRunning, Version: "0.1.0"},
		{Name: "relay", State: host.StateRunning, Version: "v1.2.0-dirty"},
		{Name: "storage", State: host.StateFailed, Version: "0.1.0"},
	}
	pins := map[string]host.Binary{"relay": {Path: "/m/relay/1.2.0/seshd-relay", SHA256: strings.Repeat("ab", 32), Version: "1.2.0"}}
	require.Equal(t, map[string]string{"bridge": "0.1.0", "relay": "1.2.0"}, runningVersions(status, pins))
	require.Equal(t, map[string]string{"bridge": "0.1.0", "relay": "v1.2.0-dirty"}, runningVersions(status, nil))
}

// A governance upgrade swaps a module to another version: the node proves
// the new version as soon as the chain's min_interval_seconds since its last
// proof allows, not an interval later (testers compare the versions a proof
// names with the scheduled upgrades), and an unchanged version sends
// nothing extra.
func TestUptimeProofFollowsAnUpgrade(t *testing.T) {
	versions := map[string]string{"relay": "0.1.0", "storage": "0.1.0"}
	var sent []time.Time
	var proved [][]string
	start := time.Unix(1_700_000_000, 0)
	at := func(s int) time.Time { return start.Add(time.Duration(s) * time.Second) }
	var now time.Time
	d := duties{
		client:    &paramsNode{p: uptime.Params{IntervalSeconds: 3600, MinIntervalSeconds: 30}},
		modules:   func() []string { return []string{"relay", "storage"} },
		endpoints: func() []uptime.Endpoint { return nil },
		versions:  func() map[string]string { return maps.Clone(versions) },
		send: func(_ context.Context, body []byte) ([]byte, error) {
			p, err := uptime.Decode(body)
			require.NoError(t, err)
			sent, proved = append(sent, now), append(proved, p.ModuleVersions)
			return []byte{1}, nil
		},
		next: at(3),
	}
	step := func(s int) {
		now = at(s)
		d.uptimeStep(context.Background(), now)
	}
	for s := 0; s <= 20; s++ {
		step(s)
	}
	require.Equal(t, [][]string{{"0.1.0", "0.1.0"}}, proved)
	versions["relay"] = "1.2.0" // swapped at second 21
	for s := 21; s <= 32; s++ {
		step(s)
	}
	require.Len(t, proved, 1, "within min_interval_seconds (30 s) of the first proof")
	step(33)
	require.Equal(t, [][]string{{"0.1.0", "0.1.0"}, {"1.2.0", "0.1.0"}}, proved, "the new version proved as soon as the floor passed")
	for s := 34; s < 33+3600; s += 11 {
		step(s)
	}
	require.Len(t, proved, 2, "nothing extra while the versions stay")
}

// The home layout is what existing homes hold: a rename here would strand
// every node made before it.
func TestHomeLayout(t *testing.T) {
	h := Home("/h")
	require.Equal(t, map[string]string{
		"comet":    "/h/config/config.toml",
		"seshd":    "/h/config/seshd.toml",
		"genesis":  "/h/config/genesis.json",
		"node key": "/h/config/priv_validator_key.json",
		"bls":      "/h/config/bls_key.json",
		"operator": "/h/config/operator_eth_key.json",
		"state":    "/h/data/workchain",
		"modules":  "/h/data/modules",
		"admin":    "/h/data/admin_token",
	}, map[string]string{
		"comet": h.CometConfig(), "seshd": h.SeshdConfig(), "genesis": h.Genesis(), "node key": h.NodeKey(),
		"bls": h.BLSKey(), "operator": h.OperatorKey(), "state": h.StateDir(), "modules": h.ModulesDir(), "admin": h.AdminToken(),
	})
	require.False(t, Home(t.TempDir()).Exists())
}

// Command-line log flags override seshd.toml's [log], each on its own.
func TestLogFlagsOverrideConfig(t *testing.T) {
	_, err := LogFlags{Level: "nonsense:level:x"}.logger(config.Log{Format: "json", Level: "info"})
	require.Error(t, err, "a bad --log-level must not fall back to the file's")
	_, err = LogFlags{Format: "xml"}.logger(config.Log{Format: "json", Level: "info"})
	require.Error(t, err, "a bad --log-format must not fall back to the file's")
	_, err = LogFlags{}.logger(config.Log{Format: "xml", Level: "info"})
	require.Error(t, err, "without flags, the file's format applies")
	_, err = LogFlags{Format: "json", Level: "debug"}.logger(config.Log{Format: "xml", Level: "nonsense:level:x"})
	require.NoError(t, err, "flags replace bad file settings")
}

// TestUptimeProofFollowsTheRunningModules walks the uptime loop's steps on
// a made-up clock: the first proof (3 s after start) misses storage, which
// starts a second later; the node sends a new proof naming it as soon as
// the floor since the first allows (max(5 s, the chain's
// min_interval_seconds)), not an hour later; a module that flaps gets at
// most one proof per floor; an unchanged node sends only its scheduled
// proofs. Fails before the extra proof: the second proof goes out at the
// interval (an hour), and testers fail the node meanwhile.
func TestUptimeProofFollowsTheRunningModules(t *testing.T) {
	running := []string{"relay"}
	var sent []time.Time
	var proofs [][]string
	start := time.Unix(1_700_000_000, 0)
	at := func(s int) time.Time { return start.Add(time.Duration(s) * time.Second) }
	var now time.Time
	d := duties{
		client:    &paramsNode{p: uptime.Params{IntervalSeconds: 3600, MinIntervalSeconds: 10}},
		modules:   func() []string { return slices.Clone(running) },
		endpoints: func() []uptime.Endpoint { return nil },
		send: func(_ context.Context, body []byte) ([]byte, error) {
			p, err := uptime.Decode(body)
			require.NoError(t, err)
			sent, proofs = append(sent, now), append(proofs, p.Modules)
			return []byte{1}, nil
		},
		next: at(3),
	}
	step := func(s int) {
		now = at(s)
		d.uptimeStep(context.Background(), now)
	}
	for s := 0; s <= 3; s++ {
		step(s)
	}
	require.Equal(t, [][]string{{"relay"}}, proofs, "the first proof, before storage started")
	running = []string{"relay", "storage"}
	for s := 4; s <= 12; s++ {
		step(s)
	}
	require.Len(t, proofs, 1, "within the chain's min_interval_seconds (10 s) of the first")
	step(13)
	require.Equal(t, [][]string{{"relay"}, {"relay", "storage"}}, proofs, "sent as soon as the floor passed")
	require.Equal(t, at(13), sent[1])

	// Storage flaps every second: one proof per floor at most.
	for s := 14; s <= 60; s++ {
		if s%2 == 0 {
			running = []string{"relay"}
		} else {
			running = []string{"relay", "storage"}
		}
		step(s)
	}
	for i := 2; i < len(sent); i++ {
		require.GreaterOrEqual(t, sent[i].Sub(sent[i-1]), 10*time.Second, "proof %d", i)
	}
	require.LessOrEqual(t, len(proofs), 2+(60-13)/10)

	// Steady: nothing until the schedule, an hour after the last proof.
	running = []string{"relay", "storage"}
	n := len(proofs)
	last := sent[n-1]
	if !slices.Equal(proofs[n-1], running) { // the flapping ended on a stale proof
		for s := 61; len(proofs) == n; s++ {
			step(s)
		}
		n, last = len(proofs), sent[len(proofs)-1]
	}
	end := int(last.Sub(start)/time.Second) + 3600
	for s := int(now.Sub(start)/time.Second) + 1; s < end; s += 7 {
		step(s)
	}
	require.Len(t, proofs, n, "no extra proof while nothing changes")
	step(end)
	require.Len(t, proofs, n+1, "the scheduled proof")
}

// The floor of extra proofs: the chain's min_interval_seconds, at least
// extraProofFloor, a minute when the chain cannot be asked.
func TestExtraProofFloor(t *testing.T) {
	for _, tc := range []struct {
		name string
		node *paramsNode
		want time.Duration
	}{
		{"the chain's", &paramsNode{p: uptime.Params{MinIntervalSeconds: 1800}}, 30 * time.Minute},
		{"at least the floor", &paramsNode{p: uptime.Params{MinIntervalSeconds: 1}}, extraProofFloor},
		{"chain unreachable", &paramsNode{err: errors.New("down")}, time.Minute},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, (&duties{client: tc.node}).extraFloor(context.Background()))
		})
	}
}
