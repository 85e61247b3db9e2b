package app

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/seshnet/seshnet/core/kv"
	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/attest"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/l2"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/swarm"
	"github.com/seshnet/seshnet/workchain/tx"
	"github.com/seshnet/seshnet/workchain/uptime"
	"github.com/stretchr/testify/require"
)

const testChain = "seshnet-unit"

var genesisTime = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// harness runs the application the way CometBFT does, height by height, on
// a badger store in a directory that survives reopen.
type harness struct {
	t      testing.TB
	dir    string
	db     *kv.DB
	app    *App
	keys   []ed25519.PrivateKey
	height int64
	opts   []Option // the application's wiring, kept across crashes
}

func nodeKey(i int) ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{byte(i + 1)}, 32))
}

// testDoc is app_state as testDoc writes it (this package cannot import
// genesis, which imports it).
type testDoc struct {
	Registry registry.Genesis `json:"registry"`
	Uptime   uptime.Genesis   `json:"uptime"`
	Swarm    swarm.Genesis    `json:"swarm"`
	Attest   attest.Genesis   `json:"attest"`
	L2       l2.Genesis       `json:"l2"`
}

func testGenesis(n int) testDoc {
	doc := testDoc{
		Registry: registry.DefaultGenesis(), Uptime: uptime.Genesis{Params: uptime.DefaultParams()},
		Swarm: swarm.Genesis{Params: swarm.DefaultParams()}, Attest: attest.Genesis{Params: attest.DefaultParams()}, L2: l2.DefaultGenesis(),
	}
	// Harness blocks are a second apart: most tests send a node's proofs in
	// consecutive blocks. The minimum interval has tests of its own.
	doc.Uptime.Params.MinIntervalSeconds = 0
	req := doc.Registry.Params.StakingRequirement
	for i := 0; i < n; i++ {
		pub := nodeKey(i).Public().(ed25519.PublicKey)
		addr := common.BytesToAddress([]byte{0xaa, byte(i)})
		doc.Registry.Nodes = append(doc.Registry.Nodes, registry.GenesisNode{
			ServiceNodeID: uint64(i + 1), Ed25519: registry.Hex(pub), BLS: bytes.Repeat([]byte{byte(i + 1)}, 64),
			Contributors: []registry.Contributor{{Staker: addr, Beneficiary: addr, Amount: req}},
		})
	}
	return doc
}

// testBlockMaxBytes is the harness chain's block.max_bytes, genesis.Build's.
const testBlockMaxBytes = 4 << 20

// testConsensusParams are CometBFT's genesis parameters as genesis.Build
// writes them.
func testConsensusParams() *cmtproto.ConsensusParams {
	cp := cmttypes.DefaultConsensusParams()
	cp.Block.MaxBytes = testBlockMaxBytes
	pcp := cp.ToProto()
	return &pcp
}

func newHarness(t testing.TB, nodes int) *harness {
	t.Helper()
	return newHarnessWith(t, nodes, func(*testDoc) {})
}

// newHarnessWith starts a chain of nodes genesis nodes from testGenesis
// changed by edit.
func newHarnessWith(t testing.TB, nodes int, edit func(*testDoc), opts ...Option) *harness {
	t.Helper()
	h := &harness{t: t, dir: t.TempDir(), opts: opts}
	for i := 0; i < nodes; i++ {
		h.keys = append(h.keys, nodeKey(i))
	}
	h.open()
	doc := testGenesis(nodes)
	edit(&doc)
	appState, err := json.Marshal(doc)
	require.NoError(t, err)
	res, err := h.app.InitChain(context.Background(), &abci.InitChainRequest{
		Time: genesisTime, ChainId: testChain, AppStateBytes: appState, InitialHeight: 1, ConsensusParams: testConsensusParams(),
	})
	require.NoError(t, err)
	require.Len(t, res.Validators, nodes)
	return h
}

func (h *harness) open() {
	h.t.Helper()
	db, err := kv.Open(h.dir, kv.Options{Logger: zerolog.Nop()})
	require.NoError(h.t, err)
	st, err := state.Open(db)
	require.NoError(h.t, err)
	h.db = db
	h.app, err = New(st, "test", zerolog.Nop(), h.opts...)
	require.NoError(h.t, err)
	h.t.Cleanup(func() { _ = db.Close() })
}

// crash drops the process state without committing what is staged.
func (h *harness) crash() {
	h.t.Helper()
	require.NoError(h.t, h.db.Close())
	h.open()
}

func blockTime(height int64) time.Time { return genesisTime.Add(time.Duration(height) * time.Second) }

// finalize executes the next height without committing it.
func (h *harness) finalize(txs ...[]byte) *abci.FinalizeBlockResponse {
	h.t.Helper()
	res, err := h.app.FinalizeBlock(context.Background(), &abci.FinalizeBlockRequest{
		Txs: txs, Height: h.height + 1, Time: blockTime(h.height + 1),
	})
	require.NoError(h.t, err)
	require.Len(h.t, res.TxResults, len(txs))
	return res
}

func (h *harness) commit() {
	h.t.Helper()
	_, err := h.app.Commit(context.Background(), &abci.CommitRequest{})
	require.NoError(h.t, err)
	h.height++
}

// block finalizes and commits the next height.
func (h *harness) block(txs ...[]byte) *abci.FinalizeBlockResponse {
	h.t.Helper()
	res := h.finalize(txs...)
	h.commit()
	return res
}

func (h *harness) checkTx(raw []byte) *abci.CheckTxResponse {
	h.t.Helper()
	res, err := h.app.CheckTx(context.Background(), &abci.CheckTxRequest{Tx: raw, Type: abci.CHECK_TX_TYPE_CHECK})
	require.NoError(h.t, err)
	return res
}

func (h *harness) query(path string, height int64) *abci.QueryResponse {
	h.t.Helper()
	res, err := h.app.Query(context.Background(), &abci.QueryRequest{Path: path, Height: height})
	require.NoError(h.t, err)
	return res
}

// uptime builds node i's uptime proof with a timestamp matching the block
// it will land in.
func (h *harness) uptime(i int, nonce uint64) []byte {
	body := uptime.Encode(uptime.Proof{
		Version: "seshd/test", Modules: []string{"relay"}, Timestamp: blockTime(h.height + 1).Unix(),
	})
	return tx.NewNodeTx(testChain, h.keys[i], nonce, uptime.TxProof, body).Encode()
}

// atHeight wires a test module whose begin-block hook runs fn at one
// height: state changes the punishment rules or the L2 will make, made
// inside a real block.
func atHeight(height int64, fn func(c exec.Context) error) Option {
	return WithModules(exec.Module{Name: "test-at-height", BeginBlock: func(c exec.Context, _ exec.Block) error {
		if c.Height != height {
			return nil
		}
		return fn(c)
	}})
}

// exitAt requests node id's exit at height with an unlock period of
// unlock seconds.
func exitAt(height int64, id uint64, unlock int64) Option {
	return atHeight(height, func(c exec.Context) error {
		p := registry.ParamStore.Get(c)
		p.ExitUnlockSeconds = unlock
		return registry.NewKeeper(c, nil).ApplyExitRequest(p, l2event.ExitRequest{ServiceNodeID: id})
	})
}
