package devchain

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
)

var seedRequirement = big.NewInt(120_000_000_000)

// seedNodes are n nodes with real BLS keys (secret keys 1001, 1002, ...),
// the first staked by one operator, the others split with a second staker.
func seedNodes(t *testing.T, n int) ([]SeedNode, []bls.PublicKey) {
	t.Helper()
	var out []SeedNode
	var keys []bls.PublicKey
	req := seedRequirement.Uint64()
	for i := range n {
		sk, err := bls.SecretKeyFromBig(big.NewInt(int64(1001 + i)))
		require.NoError(t, err)
		pk := sk.PublicKey()
		keys = append(keys, pk)
		s := SeedNode{BLS: pk.Bytes(), AddedTimestamp: uint64(1_700_000_000 + i)}
		copy(s.Ed25519[:], bytes.Repeat([]byte{byte(i + 1)}, 32))
		op := common.BytesToAddress([]byte{0x10, byte(i)})
		if i == 0 {
			s.Contributors = []SeedContributor{{Staker: op, Beneficiary: op, Amount: req}}
		} else {
			other := common.BytesToAddress([]byte{0x20, byte(i)})
			s.Contributors = []SeedContributor{{Staker: op, Beneficiary: other, Amount: req / 4}, {Staker: other, Beneficiary: other, Amount: req - req/4}}
		}
		out = append(out, s)
	}
	return out, keys
}

// TestNewWithSeeds: seeded nodes are in the started contract with the ids
// 1..n in the order given, their keys, timestamps and contributors, the
// aggregate key is the sum of theirs (core/bls), and the contract has
// started, so nodes can register after them.
func TestNewWithSeeds(t *testing.T) {
	const n = SeedBatch + 3 // two seeding transactions
	seed, keys := seedNodes(t, n)
	c, err := NewWith(nil, seedRequirement, big.NewInt(1), new(big.Int), DeployOptions{Seed: seed})
	require.NoError(t, err)
	defer c.Close()

	all, err := c.Staking.AllServiceNodeIDs(nil)
	require.NoError(t, err)
	require.Len(t, all.Ids, n)
	for i, id := range all.Ids {
		require.Equal(t, uint64(i+1), id)
		x, y := keys[i].XY()
		require.Equal(t, x, all.Pubkeys[i].X)
		require.Equal(t, y, all.Pubkeys[i].Y)
		sn, err := c.Staking.ServiceNodes(nil, id)
		require.NoError(t, err)
		require.Equal(t, new(big.Int).SetBytes(seed[i].Ed25519[:]), sn.Ed25519Pubkey)
		require.Equal(t, seed[i].AddedTimestamp, sn.AddedTimestamp.Uint64())
		require.Equal(t, seed[i].Contributors[0].Staker, sn.Operator)
		require.Len(t, sn.Contributors, len(seed[i].Contributors))
		for j, ct := range sn.Contributors {
			want := seed[i].Contributors[j]
			require.Equal(t, want.Staker, ct.Staker.Addr)
			require.Equal(t, want.Beneficiary, ct.Staker.Beneficiary)
			require.Equal(t, want.Amount, ct.StakedAmount.Uint64())
		}
	}
	agg, err := c.Staking.AggregatePubkey(nil)
	require.NoError(t, err)
	x, y := bls.AggregatePublicKeys(keys).XY()
	require.Equal(t, x, agg.X)
	require.Equal(t, y, agg.Y)

	// The seeded stakes are backed: the contract holds their sum, minted
	// by the deployer (the token's minter, holding nothing before).
	held, err := c.Token.BalanceOf(nil, c.StakingAddr)
	require.NoError(t, err)
	require.Equal(t, new(big.Int).Mul(seedRequirement, big.NewInt(n)), held, "the contract holds the seeded stakes")
	left, err := c.Token.BalanceOf(nil, c.Owner.From)
	require.NoError(t, err)
	require.Zero(t, left.Sign(), "the owner minted just what it sent")

	started, err := c.Staking.IsStarted(nil)
	require.NoError(t, err)
	require.True(t, started)
	require.Positive(t, c.SeedBlock)
	it, err := c.Staking.FilterNewSeededServiceNode(nil, nil)
	require.NoError(t, err)
	defer it.Close()
	require.True(t, it.Next())
	require.Equal(t, c.SeedBlock, it.Event.Raw.BlockNumber, "SeedBlock is the first event's")

	// Without seeds nothing is seeded and the contract starts all the same.
	plain, err := New(nil, seedRequirement, big.NewInt(1), new(big.Int))
	require.NoError(t, err)
	defer plain.Close()
	none, err := plain.Staking.AllServiceNodeIDs(nil)
	require.NoError(t, err)
	require.Empty(t, none.Ids)
	require.Zero(t, plain.SeedBlock)
}

// TestDeployWithBadSeeds: a seed list the contract would refuse is refused
// with its reason before anything is sent.
func TestDeployWithBadSeeds(t *testing.T) {
	good, _ := seedNodes(t, 2)
	edit := func(f func(s []SeedNode)) []SeedNode {
		s := append([]SeedNode(nil), good...)
		for i := range s {
			s[i].Contributors = append([]SeedContributor(nil), s[i].Contributors...)
		}
		f(s)
		return s
	}
	for name, tc := range map[string]struct {
		seed []SeedNode
		want string
	}{
		"short total":     {edit(func(s []SeedNode) { s[1].Contributors[1].Amount-- }), "seed node 2: contributions total"},
		"no contributors": {edit(func(s []SeedNode) { s[0].Contributors = nil }), "seed node 1: 0 contributors"},
		"zero staker":     {edit(func(s []SeedNode) { s[0].Contributors[0].Staker = common.Address{} }), "zero staker"},
		"same ed25519":    {edit(func(s []SeedNode) { s[1].Ed25519 = s[0].Ed25519 }), "same ed25519 key as seed node 1"},
		"same bls":        {edit(func(s []SeedNode) { s[1].BLS = s[0].BLS }), "same bls key as seed node 1"},
		"zero ed25519":    {edit(func(s []SeedNode) { s[0].Ed25519 = [32]byte{} }), "zero ed25519 key"},
		"zero bls Y":      {edit(func(s []SeedNode) { copy(s[0].BLS[32:], make([]byte, 32)) }), "zero coordinate"},
	} {
		t.Run(name, func(t *testing.T) {
			owner, err := NewAccount()
			require.NoError(t, err)
			b := simulated.NewBackend(types.GenesisAlloc{owner.Opts.From: {Balance: big.NewInt(1e18)}})
			defer b.Close()
			_, err = DeployWith(b.Client(), owner.Opts, func(*types.Transaction) error { b.Commit(); return nil },
				seedRequirement, big.NewInt(1), DeployOptions{Seed: tc.seed})
			require.ErrorContains(t, err, tc.want)
			nonce, err := b.Client().NonceAt(context.Background(), owner.Opts.From, nil)
			require.NoError(t, err)
			require.Zero(t, nonce, "nothing was sent")
		})
	}
}

// TestSeedBacksTheStakes: `seshd l2 seed` seeds a contract deployed
// unstarted. The owner sends the seeded stakes' sum to the contract: from
// what it holds, minting the rest when it is the token's minter; an
// account short of SESH that cannot mint is refused before anything is
// sent. Fails before Seed backed the stakes: the contract held nothing.
func TestSeedBacksTheStakes(t *testing.T) {
	const n = 3
	seed, _ := seedNodes(t, n)
	sum := new(big.Int).Mul(seedRequirement, big.NewInt(n))
	owner, err := NewAccount()
	require.NoError(t, err)
	stranger, err := NewAccount()
	require.NoError(t, err)
	b := simulated.NewBackend(types.GenesisAlloc{owner.Opts.From: {Balance: big.NewInt(1e18)}, stranger.Opts.From: {Balance: big.NewInt(1e18)}})
	defer b.Close()
	wait := func(tx *types.Transaction) error {
		b.Commit()
		r, err := b.Client().TransactionReceipt(context.Background(), tx.Hash())
		if err == nil && r.Status != types.ReceiptStatusSuccessful {
			err = errors.New("reverted")
		}
		return err
	}
	c, err := DeployWith(b.Client(), owner.Opts, wait, seedRequirement, big.NewInt(1), DeployOptions{NoStart: true})
	require.NoError(t, err)
	balance := func(a common.Address) *big.Int {
		v, err := c.TokenC.BalanceOf(nil, a)
		require.NoError(t, err)
		return v
	}

	// Someone short of SESH who cannot mint: refused, nothing sent.
	_, err = Seed(b.Client(), c.Staking, stranger.Opts, wait, seedRequirement, seed)
	require.ErrorContains(t, err, "fund it first")
	nonce, err := b.Client().NonceAt(context.Background(), stranger.Opts.From, nil)
	require.NoError(t, err)
	require.Zero(t, nonce, "nothing was sent")
	require.Zero(t, balance(c.Staking).Sign())

	// The owner holds one stake already and mints the other two.
	tx, err := c.TokenC.Mint(owner.Opts, owner.Opts.From, seedRequirement)
	require.NoError(t, err)
	require.NoError(t, wait(tx))
	first, err := Seed(b.Client(), c.Staking, owner.Opts, wait, seedRequirement, seed)
	require.NoError(t, err)
	require.Positive(t, first)
	require.Equal(t, sum, balance(c.Staking), "the contract holds the seeded stakes")
	require.Zero(t, balance(owner.Opts.From).Sign())
	supply, err := c.TokenC.TotalSupply(nil)
	require.NoError(t, err)
	require.Equal(t, sum, supply, "minted: the shortfall only")
}

// The binding's seed type is what DeployWith sends: a compile-time guard
// that the contract's SeedServiceNode still has these fields.
var _ = bindings.ServiceNodeRewardsSeedServiceNode{}
