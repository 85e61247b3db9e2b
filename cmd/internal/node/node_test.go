package node

import (
	"context"
	"encoding/json"
	"errors"
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

// A proof goes out at its interval, or early when a module of the last
// proof runs another version (an upgrade swapped it), but never before
// the chain's min_interval_seconds since the last one; a module that
// stopped or started does not hurry it.
func TestAwaitProof(t *testing.T) {
	defer func(p, m time.Duration) { versionPoll, proofMargin = p, m }(versionPoll, proofMargin)
	versionPoll, proofMargin = time.Millisecond, 0
	sent := map[string]string{"relay": "0.1.0", "storage": "0.1.0"}
	long := time.Now().Add(-time.Hour)
	never := time.Hour // a proof due only after the test's bound: the trigger must fire
	soon := 50 * time.Millisecond
	for _, tc := range []struct {
		name   string
		now    map[string]string
		last   sentProof
		minSec int64
		wait   time.Duration
		want   string
	}{
		{"relay swapped to 1.2.0", map[string]string{"relay": "1.2.0", "storage": "0.1.0"}, sentProof{sent, long}, 1800, never, proofVersionChange},
		{"nothing changed", sent, sentProof{sent, long}, 0, soon, proofDue},
		{"swapped, but the last proof is too recent", map[string]string{"relay": "1.2.0", "storage": "0.1.0"}, sentProof{sent, time.Now()}, 1800, soon, proofDue},
		{"no proof sent yet", map[string]string{"relay": "1.2.0"}, sentProof{}, 0, soon, proofDue},
		{"storage stopped", map[string]string{"relay": "0.1.0"}, sentProof{sent, long}, 0, soon, proofDue},
		{"bridge started", map[string]string{"bridge": "0.1.0", "relay": "0.1.0", "storage": "0.1.0"}, sentProof{sent, long}, 0, soon, proofDue},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := duties{client: &paramsNode{p: uptime.Params{MinIntervalSeconds: tc.minSec}}, versions: func() map[string]string { return tc.now }}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // a hang, not a speed
			defer cancel()
			require.Equal(t, tc.want, d.awaitProof(ctx, tc.wait, tc.last))
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	require.Empty(t, (&duties{}).awaitProof(ctx, time.Hour, sentProof{}), "ends with its context")
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
