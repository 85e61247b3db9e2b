package genesis

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/registry"
)

func doc(n int) Doc {
	d := Default()
	req := d.Registry.Params.StakingRequirement
	for i := 0; i < n; i++ {
		a := common.BytesToAddress([]byte{byte(i + 1)})
		d.Registry.Nodes = append(d.Registry.Nodes, Node{
			ServiceNodeID: uint64(i + 1), Ed25519: bytes.Repeat([]byte{byte(i + 1)}, 32), BLS: bytes.Repeat([]byte{byte(i + 1)}, 64),
			Contributors: []registry.Contributor{{Staker: a, Beneficiary: a, Amount: req}},
		})
	}
	return d
}

func TestValidateNamesTheField(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*Doc)
		want   string
	}{
		{"no nodes", func(d *Doc) { d.Registry.Nodes = nil }, "registry.nodes: at least one node"},
		{"short key", func(d *Doc) { d.Registry.Nodes[1].Ed25519 = d.Registry.Nodes[1].Ed25519[:31] }, "nodes[1].ed25519: 31 bytes, want 32"},
		{"short bls", func(d *Doc) { d.Registry.Nodes[0].BLS = nil }, "nodes[0].bls: 0 bytes, want 64"},
		{"same key", func(d *Doc) { d.Registry.Nodes[1].Ed25519 = d.Registry.Nodes[0].Ed25519 }, "nodes[1].ed25519: same key as nodes[0]"},
		{"same bls", func(d *Doc) { d.Registry.Nodes[2].BLS = d.Registry.Nodes[0].BLS }, "nodes[2].bls: same key as nodes[0]"},
		{"same id", func(d *Doc) { d.Registry.Nodes[2].ServiceNodeID = 1 }, "nodes[2].service_node_id: 1 already used by nodes[0]"},
		{"underfunded", func(d *Doc) { d.Registry.Nodes[0].Contributors[0].Amount = 1 }, "nodes[0].contributors: stake rule broken"},
		{"bad params", func(d *Doc) { d.Swarm.Params.MinSize = 0 }, "swarm.min_size"},
		{"no l2 chain", func(d *Doc) { d.L2.ChainID = 0 }, "l2.chain_id"},
		{"no halt bound", func(d *Doc) { d.Rewards.Params.MaxBlockSeconds = 0 }, "rewards.max_block_seconds: must be 1.."},
		{"negative wait", func(d *Doc) { d.Rewards.Params.PayableAfterSeconds = -1 }, "rewards.payable_after_seconds: must be 0.."},
		{"no voting period", func(d *Doc) { d.Gov.Params.VotingPeriodSeconds = 0 }, "gov.voting_period_seconds: must be 1.."},
		{"bad upgradable module", func(d *Doc) { d.Gov.Params.UpgradableModules = []string{"../x"} }, "gov.upgradable_modules"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(3)
			tc.mutate(&d)
			require.ErrorContains(t, d.Validate(), tc.want)
		})
	}
	require.NoError(t, doc(3).Validate())
}

func TestParseIsStrict(t *testing.T) {
	raw, err := json.Marshal(doc(1))
	require.NoError(t, err)
	_, err = Parse(raw)
	require.NoError(t, err)
	_, err = Parse([]byte(`{"registry":{"params":{"staking_requirment":5}}}`))
	require.ErrorContains(t, err, "unknown field")
	_, err = Parse(append(append([]byte{}, raw...), []byte(`{}`)...))
	require.ErrorContains(t, err, "trailing data")
	_, err = Parse(append(append([]byte{}, raw...), ']'))
	require.ErrorContains(t, err, "trailing data", "json.Decoder.More() is false before a stray ']'")
}

func TestBuildAndValidateFile(t *testing.T) {
	d := doc(4)
	d.Registry.Params.MaxValidators = 3
	gd, err := Build("seshnet-test", d, time.Unix(1_700_000_000, 0))
	require.NoError(t, err)
	require.Len(t, gd.Validators, 3, "max_validators caps the genesis set")
	path := filepath.Join(t.TempDir(), "genesis.json")
	require.NoError(t, gd.SaveAs(path))
	require.NoError(t, ValidateFile(path))

	// A hand-edited validator list that the workchain would not choose.
	gd.Validators = gd.Validators[:2]
	require.NoError(t, gd.SaveAs(path))
	require.ErrorContains(t, ValidateFile(path), "validators: 2 listed, app_state makes 3")

	require.NoError(t, os.WriteFile(path, []byte("{"), 0o644))
	require.Error(t, ValidateFile(path))
}
