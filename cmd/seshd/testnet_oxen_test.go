package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/oxensnap"
	"github.com/seshnet/seshnet/genesis"
)

// TestTestnetOxenImport: `seshd testnet --oxen-snapshot` writes the import's
// report beside the homes (testnet's --output hides -o json) and keeps a
// close height set with --genesis-param oxen.claims_close_height, which the
// import (it replaces the oxen section) used to reset to "never".
func TestTestnetOxenImport(t *testing.T) {
	dir := t.TempDir()
	snap := filepath.Join(dir, "oxen.json")
	_, _, err := oxensnap.WriteSample(snap, 1, 4, 50)
	require.NoError(t, err)
	out := filepath.Join(dir, "net")
	res, err := makeTestnet(out, "oxen-test", 2, 0, 27656, l2Options{},
		genesisOptions{oxenSnapshot: snap, params: []string{"oxen.claims_close_height=5"}})
	require.NoError(t, err)
	require.NotNil(t, res.Oxen)

	raw, err := os.ReadFile(filepath.Join(out, OxenReportFile))
	require.NoError(t, err)
	want, err := json.Marshal(res.Oxen)
	require.NoError(t, err)
	require.JSONEq(t, string(want), string(raw))

	_, doc, err := genesis.ReadFile(filepath.Join(out, "node1", "config", "genesis.json"))
	require.NoError(t, err)
	require.EqualValues(t, 5, doc.Oxen.Params.ClaimsCloseHeight)
	require.Len(t, doc.Oxen.Nodes, int(res.Oxen.Sesh.NodesCarried))
	require.Len(t, doc.Validators(), 2, "the carried nodes do not validate")
}
