package claim

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtbytes "github.com/cometbft/cometbft/libs/bytes"
	rpcclient "github.com/cometbft/cometbft/rpc/client"
	ctypes "github.com/cometbft/cometbft/rpc/core/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/modules/bridge"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
	"github.com/seshnet/seshnet/modules/bridge/devchain"
	"github.com/seshnet/seshnet/modules/bridge/l2sign"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/plugins/kit"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// The fixture: go-ethereum's simulated L2 with our contracts (devchain),
// six nodes registered with real BLS keys, each serving the real
// bridge.ClaimSigner over HTTPS with its n2n certificate on loopback, and a
// workchain that answers /nodes and /rewards from fixed values.

const (
	nodeCount   = 6 // threshold min(6/3, 4000) = 2
	latest      = 100
	stakeAmount = 25_000_000_000_000
)

var requirement = big.NewInt(stakeAmount)

// signHost stands in for a node's host (bridge.ClaimHost): its state has a
// latest height and each address's accrued total; it signs with a real BLS
// key after the node signer's checks (cmd/internal/node checkBLSMessage:
// the message's length and its contract tag).
type signHost struct {
	mu      sync.Mutex
	accrued map[common.Address]*big.Int
	key     bls.SecretKey
	tags    bls.Tags
	refuse  bool // a node that cannot sign (no BLS key)
	// node answers /node/<hex>: the workchain's record of a node (the
	// fixture's, shared by every node's state).
	node func(edHex string) (string, bool)
}

func (h *signHost) Query(_ context.Context, path string, height int64) ([]byte, int64, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case path == "/l2" && height == 0:
		return []byte(`{}`), latest, nil
	case path == "/pool" && height == 0:
		return []byte(fmt.Sprintf(`{"last_block_time":%d}`, time.Now().Unix())), latest, nil
	case strings.HasPrefix(path, "/punish/") && height == latest && h.node != nil:
		if rec, ok := h.node("punish/" + strings.TrimPrefix(path, "/punish/")); ok {
			return []byte(rec), height, nil
		}
	case strings.HasPrefix(path, "/node/") && height == latest && h.node != nil:
		if rec, ok := h.node(strings.TrimPrefix(path, "/node/")); ok {
			return []byte(rec), height, nil
		}
	case strings.HasPrefix(path, "/rewards/") && height > 0 && height <= latest:
		a := h.accrued[common.HexToAddress(strings.TrimPrefix(path, "/rewards/"))]
		if a == nil {
			a = new(big.Int)
		}
		return []byte(fmt.Sprintf(`{"accrued":%q,"claimed":"0"}`, a.String())), height, nil
	}
	return nil, 0, fmt.Errorf("no %s at %d", path, height)
}

func (h *signHost) Sign(_ context.Context, domain string, msg []byte) ([]byte, []byte, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.refuse {
		return nil, nil, errors.New("this node has no BLS key")
	}
	size, tag := map[string]int{kit.SignRewards: bls.RewardMessageSize, kit.SignExit: bls.ExitMessageSize, kit.SignLiquidation: bls.ExitMessageSize}[domain],
		map[string][32]byte{kit.SignRewards: h.tags.Reward, kit.SignExit: h.tags.Exit, kit.SignLiquidation: h.tags.Liquidate}[domain]
	if size == 0 || len(msg) != size || !bytes.Equal(msg[:32], tag[:]) {
		return nil, nil, fmt.Errorf("not the contract's %s message", domain)
	}
	sig, err := bls.Sign(h.key, msg, h.tags.HashToG2)
	if err != nil {
		return nil, nil, err
	}
	s, p := sig.Bytes(), h.key.PublicKey().Bytes()
	return s[:], p[:], nil
}

// testNode is one registered node and its bridge endpoint.
type testNode struct {
	id   uint64
	ed   ed25519.PrivateKey
	bls  bls.SecretKey
	host *signHost
	addr string
	srv  *http.Server
}

type fixture struct {
	t         *testing.T
	chain     *devchain.Chain
	claimant  devchain.Account
	nodes     []*testNode
	workchain *fakeWorkchain
	client    *Client
	tags      bls.Tags
	recMu     sync.Mutex
	records   map[string]string // the workchain's node records by Ed25519 hex
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	op, err := devchain.NewAccount()
	require.NoError(t, err)
	claimant, err := devchain.NewAccount()
	require.NoError(t, err)
	c, err := devchain.New([]devchain.Account{op, claimant}, requirement, big.NewInt(100), new(big.Int).Mul(requirement, big.NewInt(nodeCount)))
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	// What the contract pays claims from (the pool's payouts, on a live
	// network).
	_, err = c.Mined(c.Token.Mint(c.Owner, c.StakingAddr, big.NewInt(1e15)))
	require.NoError(t, err)

	f := &fixture{t: t, chain: c, claimant: claimant, workchain: &fakeWorkchain{accrued: map[common.Address]*big.Int{}}, records: map[string]string{}}
	f.tags, err = bls.ContractTags(big.NewInt(devchain.ChainID), c.StakingAddr)
	require.NoError(t, err)
	for i := range nodeCount {
		f.nodes = append(f.nodes, f.register(op, byte(i+1)))
	}
	all, err := c.Staking.AllServiceNodeIDs(nil)
	require.NoError(t, err)
	require.Len(t, all.Ids, nodeCount)
	for i, n := range f.nodes {
		n.id = all.Ids[i]
		f.serve(n, n.ed)
	}
	f.client, err = New(c.Backend.Client(), c.StakingAddr, f.workchain, Options{Wait: f.wait})
	require.NoError(t, err)
	return f
}

// register adds a node with keys made from seed (as modules/bridge's
// scanner tests do).
func (f *fixture) register(op devchain.Account, seed byte) *testNode {
	t := f.t
	t.Helper()
	k := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, 32))
	pub := []byte(k.Public().(ed25519.PublicKey))
	sk, err := bls.SecretKeyFromBig(big.NewInt(int64(seed) + 1000))
	require.NoError(t, err)
	blsPub := sk.PublicKey().Bytes()
	sig := ed25519.Sign(k, append(append([]byte{}, pub...), blsPub[:]...))
	params := bindings.ServiceNodeRewardsServiceNodeParams{
		ServiceNodePubkey: new(big.Int).SetBytes(pub), ServiceNodeSignature1: new(big.Int).SetBytes(sig[:32]),
		ServiceNodeSignature2: new(big.Int).SetBytes(sig[32:]), Fee: 100,
	}
	cs := []bindings.ServiceNodeRewardsContributor{{Staker: bindings.ServiceNodeRewardsStaker{Addr: op.Opts.From, Beneficiary: op.Opts.From}, StakedAmount: requirement}}
	pop, err := l2sign.ProofOfPossession(context.Background(), f.chain.Staking, sk, op.Opts.From, pub)
	require.NoError(t, err)
	_, err = f.chain.Mined(f.chain.Staking.AddBLSPublicKey(op.Opts, l2sign.G1(sk.PublicKey()), pop, params, cs))
	require.NoError(t, err)
	return &testNode{ed: k, bls: sk, host: &signHost{accrued: map[common.Address]*big.Int{}, key: sk, tags: f.tags, node: f.record}}
}

// serve starts n's bridge signing endpoints over HTTPS with the
// certificate of tlsKey (n's own key, unless a test makes it lie).
func (f *fixture) serve(n *testNode, tlsKey ed25519.PrivateKey) {
	t := f.t
	t.Helper()
	if n.srv != nil {
		require.NoError(t, n.srv.Close())
	}
	readTag := func(ctx context.Context) ([32]byte, error) {
		return f.chain.Staking.RewardTag(&bind.CallOpts{Context: ctx})
	}
	readExitTag := func(ctx context.Context) ([32]byte, error) {
		return f.chain.Staking.ExitTag(&bind.CallOpts{Context: ctx})
	}
	readLiquidateTag := func(ctx context.Context) ([32]byte, error) {
		return f.chain.Staking.LiquidateTag(&bind.CallOpts{Context: ctx})
	}
	// The bridge's own endpoints, as a node serves them.
	mux := bridge.SigningRoutes(bridge.NewGate(4, 10*time.Second),
		bridge.NewClaimSigner(n.host, bridge.DefaultSignWindow, readTag, zerolog.Nop()),
		bridge.NewExitSigner(n.host, 5*time.Minute, readExitTag, readLiquidateTag, zerolog.Nop()))
	conf, err := n2n.ServerTLS(tlsKey)
	require.NoError(t, err)
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	n.addr = l.Addr().String()
	// The refused handshakes of the lying cases are expected: keep them
	// out of the test's output.
	n.srv = &http.Server{Handler: mux, ErrorLog: log.New(io.Discard, "", 0)}
	go func() { _ = n.srv.Serve(tls.NewListener(l, conf)) }()
	t.Cleanup(func() { _ = n.srv.Close() })
}

// setRecord makes the workchain's record of node n as every node reads it
// (/node/<hex>): its BLS key, stake state and unlock time.
func (f *fixture) setRecord(n *testNode, stake string, unlock int64) {
	pub := n.bls.PublicKey().Bytes()
	rec := fmt.Sprintf(`{"bls":%q,"stake":%q,"unlock_time":%d,"state":%q}`, hex.EncodeToString(pub[:]), stake, unlock, stake)
	f.recMu.Lock()
	defer f.recMu.Unlock()
	f.records[hex.EncodeToString(n.ed.Public().(ed25519.PublicKey))] = rec
}

// setPunish makes the workchain's punishment record of node n
// (/punish/<hex>): whether its stake may be liquidated.
func (f *fixture) setPunish(n *testNode, liquidatable bool) {
	f.recMu.Lock()
	defer f.recMu.Unlock()
	f.records["punish/"+hex.EncodeToString(n.ed.Public().(ed25519.PublicKey))] = fmt.Sprintf(`{"liquidatable":%v,"liquidatable_time":1700000000}`, liquidatable)
}

func (f *fixture) record(edHex string) (string, bool) {
	f.recMu.Lock()
	defer f.recMu.Unlock()
	r, ok := f.records[edHex]
	return r, ok
}

// wait mines the simulated block holding tx.
func (f *fixture) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	f.chain.Backend.Commit()
	return f.chain.Backend.Client().TransactionReceipt(ctx, tx.Hash())
}

// publish makes the workchain's /nodes list every node with its bridge
// endpoint, and accrue sets addr's total on the workchain and every node.
func (f *fixture) publish() {
	var views []app.NodeView
	for _, n := range f.nodes {
		b := n.bls.PublicKey().Bytes()
		views = append(views, app.NodeView{
			Node:   registry.Node{ServiceNodeID: n.id, Ed25519: registry.Hex(n.ed.Public().(ed25519.PublicKey)), BLS: b[:]},
			Uptime: &uptime.Record{Proof: uptime.Proof{Endpoints: []uptime.Endpoint{{Service: "relay", Addr: "127.0.0.1:1"}, {Service: BridgeService, Addr: n.addr}}}},
		})
	}
	f.workchain.setNodes(views)
}

func (f *fixture) accrue(addr common.Address, amount int64) {
	f.workchain.setAccrued(addr, big.NewInt(amount))
	for _, n := range f.nodes {
		n.host.mu.Lock()
		n.host.accrued[addr] = big.NewInt(amount)
		n.host.mu.Unlock()
	}
}

func (f *fixture) balance(a common.Address) *big.Int {
	f.t.Helper()
	b, err := f.chain.Token.BalanceOf(nil, a)
	require.NoError(f.t, err)
	return b
}

func (f *fixture) nonce(a common.Address) uint64 {
	f.t.Helper()
	n, err := f.chain.Backend.Client().PendingNonceAt(context.Background(), a)
	require.NoError(f.t, err)
	return n
}

func (f *fixture) ids(except ...int) []uint64 {
	var out []uint64
	for i, n := range f.nodes {
		if !containsInt(except, i) {
			out = append(out, n.id)
		}
	}
	return out
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// fakeWorkchain answers the two queries the client makes of the workchain
// node: /nodes and /rewards/<addr> (at the latest height or one asked).
type fakeWorkchain struct {
	rpcclient.ABCIClient // nil: only ABCIQueryWithOptions is called
	mu                   sync.Mutex
	nodes                []app.NodeView
	accrued              map[common.Address]*big.Int
}

func (w *fakeWorkchain) setNodes(v []app.NodeView) { w.mu.Lock(); w.nodes = v; w.mu.Unlock() }
func (w *fakeWorkchain) setAccrued(a common.Address, v *big.Int) {
	w.mu.Lock()
	w.accrued[a] = v
	w.mu.Unlock()
}

func (w *fakeWorkchain) ABCIQueryWithOptions(_ context.Context, path string, _ cmtbytes.HexBytes, opts rpcclient.ABCIQueryOptions) (*ctypes.ResultABCIQuery, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	height := opts.Height
	if height == 0 {
		height = latest
	}
	var v any
	switch {
	case path == "/nodes":
		v = w.nodes
	case strings.HasPrefix(path, "/rewards/"):
		a := w.accrued[common.HexToAddress(strings.TrimPrefix(path, "/rewards/"))]
		if a == nil {
			a = new(big.Int)
		}
		v = map[string]string{"accrued": a.String(), "claimed": "0"}
	default:
		return &ctypes.ResultABCIQuery{Response: abci.QueryResponse{Code: 1, Log: "unknown path"}}, nil
	}
	raw, err := json.Marshal(v)
	return &ctypes.ResultABCIQuery{Response: abci.QueryResponse{Value: raw, Height: height}}, err
}

// Claims with every node signing, then again with nothing new, then with
// more accrued: each pays exactly what is new.
func TestClaimPaysExactlyTheAccruedAmount(t *testing.T) {
	f := newFixture(t)
	f.publish()
	who := f.claimant.Opts.From
	f.accrue(who, 5_000_000_000)
	before := f.balance(who)

	res, err := f.client.Claim(context.Background(), f.claimant.Key)
	require.NoError(t, err)
	require.Equal(t, who, res.Address)
	require.Equal(t, int64(latest-DefaultHeightMargin), res.Height)
	require.Equal(t, "5000000000", res.Amount.String())
	require.Zero(t, res.Recorded.Sign())
	require.Equal(t, "5000000000", res.ClaimedNow.String())
	require.Equal(t, before, res.BalanceBefore)
	require.Equal(t, new(big.Int).Add(before, big.NewInt(5_000_000_000)), f.balance(who))
	require.Equal(t, f.balance(who), res.BalanceAfter)
	require.Equal(t, f.ids(), res.Signers)
	require.Empty(t, res.NonSigners)
	require.NotNil(t, res.UpdateTx)
	require.NotNil(t, res.ClaimTx)
	require.Empty(t, res.Note)

	// Nothing new: nothing sent, nothing paid, and it says so.
	nonce := f.nonce(who)
	res, err = f.client.Claim(context.Background(), f.claimant.Key)
	require.NoError(t, err)
	require.Zero(t, res.ClaimedNow.Sign())
	require.Nil(t, res.UpdateTx)
	require.Nil(t, res.ClaimTx)
	require.Contains(t, res.Note, "nothing new")
	require.Equal(t, nonce, f.nonce(who), "no transaction")
	require.Equal(t, res.BalanceBefore, res.BalanceAfter)

	// More accrued: the increment is paid.
	f.accrue(who, 7_500_000_000)
	res, err = f.client.Claim(context.Background(), f.claimant.Key)
	require.NoError(t, err)
	require.Equal(t, "5000000000", res.Recorded.String())
	require.Equal(t, "2500000000", res.ClaimedNow.String())
	require.Equal(t, new(big.Int).Add(before, big.NewInt(7_500_000_000)), f.balance(who))
}

// One node down, lying or unknown: it is a non-signer with its reason and
// the claim still passes on the others' signatures.
func TestClaimWithOneBadNode(t *testing.T) {
	const bad = 1
	cases := []struct {
		name   string
		break_ func(f *fixture, n *testNode)
		reason string
	}{
		{"down", func(_ *fixture, n *testNode) { require.NoError(t, n.srv.Close()) }, "no answer"},
		{"wrong amount", func(f *fixture, n *testNode) {
			n.host.accrued[f.claimant.Opts.From] = big.NewInt(5_000_000_001)
		}, "it signed amount 5000000001, the workchain says 5000000000"},
		{"another BLS key", func(_ *fixture, n *testNode) {
			n.host.key, _ = bls.SecretKeyFromBig(big.NewInt(424242))
		}, "does not verify under its BLS key in the contract"},
		{"another TLS key", func(f *fixture, n *testNode) {
			f.serve(n, ed25519.NewKeyFromSeed(bytes.Repeat([]byte{0xee}, 32)))
			f.publish()
		}, "TLS certificate is not its workchain Ed25519 key"},
		{"refuses", func(_ *fixture, n *testNode) {
			n.host.refuse = true
		}, `refused (HTTP 503): "this node cannot sign`},
		{"not on the workchain", func(f *fixture, _ *testNode) {
			f.workchain.nodes = append(f.workchain.nodes[:bad:bad], f.workchain.nodes[bad+1:]...)
		}, "the workchain has no node with this BLS key"},
		{"no bridge endpoint", func(f *fixture, _ *testNode) {
			f.workchain.nodes[bad].Uptime = nil
		}, "no bridge endpoint"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := newFixture(t)
			f.publish()
			who := f.claimant.Opts.From
			f.accrue(who, 5_000_000_000)
			before := f.balance(who)
			c.break_(f, f.nodes[bad])

			res, err := f.client.Claim(context.Background(), f.claimant.Key)
			require.NoError(t, err)
			require.Equal(t, new(big.Int).Add(before, big.NewInt(5_000_000_000)), f.balance(who))
			require.Equal(t, f.ids(bad), res.Signers)
			require.Len(t, res.NonSigners, 1)
			require.Equal(t, f.nodes[bad].id, res.NonSigners[0].ID)
			require.Contains(t, res.NonSigners[0].Reason, c.reason)
		})
	}
}

// More non-signers than the contract's threshold: refused before any
// transaction, with the counts.
func TestClaimRefusedWithTooFewSigners(t *testing.T) {
	f := newFixture(t)
	f.publish()
	who := f.claimant.Opts.From
	f.accrue(who, 5_000_000_000)
	for _, i := range []int{0, 2, 5} {
		require.NoError(t, f.nodes[i].srv.Close())
	}
	nonce := f.nonce(who)
	res, err := f.client.Claim(context.Background(), f.claimant.Key)
	require.Error(t, err)
	var ie *InsufficientSignersError
	require.True(t, errors.As(err, &ie), err.Error())
	require.Equal(t, InsufficientSignersError{Signed: 3, Total: 6, Threshold: 2, NonSigners: ie.NonSigners}, *ie)
	require.Equal(t, []uint64{f.nodes[0].id, f.nodes[2].id, f.nodes[5].id}, []uint64{ie.NonSigners[0].ID, ie.NonSigners[1].ID, ie.NonSigners[2].ID})
	require.Contains(t, err.Error(), "only 3 of 6 nodes signed: the contract accepts at most 2 non-signers")
	require.Nil(t, res.UpdateTx)
	require.Equal(t, nonce, f.nonce(who), "nothing sent")
	rec, err := f.chain.Staking.Recipients(nil, who)
	require.NoError(t, err)
	require.Zero(t, rec.Rewards.Sign())
}

// An exit with every node signing removes the node from the contract.
func TestExitRemovesTheNode(t *testing.T) {
	f := newFixture(t)
	f.publish()
	leaving := f.nodes[3]
	pub := leaving.ed.Public().(ed25519.PublicKey)

	// Not unlocked on the workchain yet: no node signs, nothing is sent.
	nonce := f.nonce(f.claimant.Opts.From)
	f.setRecord(leaving, "exiting", time.Now().Unix()+3600)
	_, err := f.client.Exit(context.Background(), f.claimant.Key, pub)
	var ie *InsufficientSignersError
	require.True(t, errors.As(err, &ie), "%v", err)
	require.Contains(t, ie.NonSigners[0].Reason, "unlock")
	require.Equal(t, nonce, f.nonce(f.claimant.Opts.From))

	f.setRecord(leaving, "exiting", time.Now().Unix()-1)
	res, err := f.client.Exit(context.Background(), f.claimant.Key, pub)
	require.NoError(t, err)
	require.Equal(t, leaving.id, res.ServiceNodeID)
	require.Equal(t, f.ids(), res.Signers)
	require.Empty(t, res.NonSigners)

	all, err := f.chain.Staking.AllServiceNodeIDs(nil)
	require.NoError(t, err)
	require.Equal(t, f.ids(3), all.Ids)
	id, err := f.chain.Staking.Ed25519ToServiceNodeID(nil, new(big.Int).SetBytes(pub))
	require.NoError(t, err)
	require.Zero(t, id)
	r, err := f.chain.Backend.Client().TransactionReceipt(context.Background(), res.Tx)
	require.NoError(t, err)
	ev, err := f.chain.Staking.ParseServiceNodeExit(*r.Logs[len(r.Logs)-1])
	require.NoError(t, err)
	require.Equal(t, leaving.id, ev.ServiceNodeID)

	// Again: the contract no longer has it, and nothing is sent.
	nonce = f.nonce(f.claimant.Opts.From)
	_, err = f.client.Exit(context.Background(), f.claimant.Key, pub)
	require.ErrorContains(t, err, "no node with Ed25519 key")
	require.Equal(t, nonce, f.nonce(f.claimant.Opts.From))
}

// The contract's cap on claims per cycle: the balance update stays
// recorded, the error names the contract's refusal, and a later claim
// pays without asking the network again.
func TestClaimOverTheCycleCap(t *testing.T) {
	f := newFixture(t)
	f.publish()
	who := f.claimant.Opts.From
	f.accrue(who, 5_000_000_000)
	before := f.balance(who)
	_, err := f.chain.Mined(f.chain.Staking.SetClaimThreshold(f.chain.Owner, big.NewInt(1_000_000_000)))
	require.NoError(t, err)

	res, err := f.client.Claim(context.Background(), f.claimant.Key)
	require.ErrorContains(t, err, "ClaimThresholdExceeded")
	require.NotNil(t, res.UpdateTx)
	require.Nil(t, res.ClaimTx)
	require.Zero(t, res.ClaimedNow.Sign())
	rec, err := f.chain.Staking.Recipients(nil, who)
	require.NoError(t, err)
	require.Equal(t, "5000000000", rec.Rewards.String())

	_, err = f.chain.Mined(f.chain.Staking.SetClaimThreshold(f.chain.Owner, big.NewInt(1e12)))
	require.NoError(t, err)
	for _, n := range f.nodes {
		require.NoError(t, n.srv.Close()) // not needed: the amount is recorded
	}
	res, err = f.client.Claim(context.Background(), f.claimant.Key)
	require.NoError(t, err)
	require.Nil(t, res.UpdateTx)
	require.Empty(t, res.Signers)
	require.Equal(t, "5000000000", res.ClaimedNow.String())
	require.Equal(t, new(big.Int).Add(before, big.NewInt(5_000_000_000)), f.balance(who))
}

// A claim's amounts print as decimal strings, as the workchain's queries
// do: an amount of SESH in atomic units is past what a JSON number keeps
// exactly in most readers.
func TestClaimResultAmountsAreStrings(t *testing.T) {
	big1 := new(big.Int).Lsh(big.NewInt(1), 70)
	raw, err := json.Marshal(ClaimResult{Height: 7, Amount: big1, ClaimedNow: big.NewInt(5), Signers: []uint64{1}})
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(raw, &m))
	require.Equal(t, big1.String(), m["amount"])
	require.Equal(t, "5", m["claimed_now"])
	require.Equal(t, "0", m["balance_before"], "a missing amount is 0")
	require.Equal(t, float64(7), m["height"])
	require.Equal(t, []any{float64(1)}, m["signers"])
}

// A liquidation: refused by every node for a healthy node and for a
// deregistered one whose stake is still locked (nothing sent); for a
// liquidatable one the contract removes it and splits its deposit
// exactly: 0.03% to the sender, 0.17% to the pool, the rest returned.
func TestLiquidation(t *testing.T) {
	f := newFixture(t)
	f.publish()
	bad := f.nodes[2]
	pub := bad.ed.Public().(ed25519.PublicKey)
	who := f.claimant.Opts.From
	for _, tc := range []struct {
		name         string
		stake        string
		liquidatable bool
		reason       string
	}{
		{"healthy", "registered", true, "not deregistered"},
		{"locked", "deregistered", false, "locked"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f.setRecord(bad, tc.stake, 0)
			f.setPunish(bad, tc.liquidatable)
			nonce := f.nonce(who)
			_, err := f.client.Liquidate(context.Background(), f.claimant.Key, pub)
			var ie *InsufficientSignersError
			require.True(t, errors.As(err, &ie), "%v", err)
			require.Len(t, ie.NonSigners, nodeCount)
			require.Contains(t, ie.NonSigners[0].Reason, tc.reason)
			require.Equal(t, nonce, f.nonce(who), "nothing sent")
		})
	}

	f.setRecord(bad, "deregistered", 0)
	f.setPunish(bad, true)
	pool, err := f.chain.Staking.FoundationPool(nil)
	require.NoError(t, err)
	senderBefore, poolBefore := f.balance(who), f.balance(pool)
	res, err := f.client.Liquidate(context.Background(), f.claimant.Key, pub)
	require.NoError(t, err)
	require.Equal(t, bad.id, res.ServiceNodeID)
	all, err := f.chain.Staking.AllServiceNodeIDs(nil)
	require.NoError(t, err)
	require.NotContains(t, all.Ids, bad.id)
	// requirement × 3 / 10000 and ⌈requirement × 17 / 10000⌉ (ratios 3 : 17 : 9980).
	liquidator := new(big.Int).Div(new(big.Int).Mul(requirement, big.NewInt(3)), big.NewInt(10_000))
	poolShare := new(big.Int).Div(new(big.Int).Add(new(big.Int).Mul(requirement, big.NewInt(17)), big.NewInt(9_999)), big.NewInt(10_000))
	require.Equal(t, new(big.Int).Add(senderBefore, liquidator).String(), f.balance(who).String())
	require.Equal(t, new(big.Int).Add(poolBefore, poolShare).String(), f.balance(pool).String())
}
