package bindings

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// A solo registration carries a proof of possession; the stake moves to the
// contract; the event has upstream's topic and fields.
func TestRegisterSolo(t *testing.T) {
	_, op := account(t)
	c := newChain(t, true, op)
	before := c.balance(op.From)
	id, k := c.registerSolo(op, edKey(1))
	require.Equal(t, uint64(1), id)
	require.Equal(t, requirement, new(big.Int).Sub(before, c.balance(op.From)))
	require.Equal(t, requirement, c.balance(c.addr))

	it, err := c.staking.FilterNewServiceNodeV2(&bind.FilterOpts{Start: 0}, nil)
	require.NoError(t, err)
	require.True(t, it.Next())
	ev := it.Event
	require.Equal(t, crypto.Keccak256Hash([]byte("NewServiceNodeV2(uint64,address,(uint256,uint256),(uint256,uint256,uint256,uint16),((address,address),uint256)[])")), ev.Raw.Topics[0])
	require.Equal(t, op.From, ev.Initiator)
	require.Equal(t, g1Point(k), ev.Pubkey)
	require.Len(t, ev.Contributors, 1, "no contributors given: the sender stakes all")
	require.Equal(t, contributor(op.From, requirement), ev.Contributors[0])

	sn, err := c.staking.ServiceNodes(nil, id)
	require.NoError(t, err)
	require.Equal(t, op.From, sn.Operator)
	require.Equal(t, requirement, sn.Deposit)
	require.Equal(t, edKey(1), sn.Ed25519Pubkey)
	agg, err := c.staking.AggregatePubkey(nil)
	require.NoError(t, err)
	require.Equal(t, g1Point(k), agg)
	got, err := c.staking.ServiceNodeIDs(nil, append(word(agg.X), word(agg.Y)...))
	require.NoError(t, err)
	require.Equal(t, id, got)
}

// The registration rules and their errors (upstream has no per-contributor
// minimum and no fee check here: those live in the contribution contract).
func TestRegistrationRules(t *testing.T) {
	_, op := account(t)
	c := newChain(t, true, op)
	q := new(big.Int).Div(requirement, big.NewInt(4))
	rest := new(big.Int).Sub(requirement, q)
	a := func(b byte) common.Address { return common.BytesToAddress([]byte{b}) }
	k := newBLSKey(t)
	pop := func(operator common.Address, ed *big.Int) ServiceNodeRewardsBLSSignatureParams {
		return c.aggregate(c.popMessage(k, operator, ed), []blsKey{k})
	}
	eleven := []ServiceNodeRewardsContributor{contributor(op.From, q)}
	for i := 0; i < 10; i++ {
		eleven = append(eleven, contributor(a(byte(i+2)), new(big.Int).Div(rest, big.NewInt(10))))
	}
	cases := []struct {
		name string
		sig  ServiceNodeRewardsBLSSignatureParams
		ed   *big.Int
		cs   []ServiceNodeRewardsContributor
		want string
	}{
		{"eleven contributors", pop(op.From, edKey(1)), edKey(1), eleven, "MaxContributorsExceeded"},
		{"total under the requirement", pop(op.From, edKey(1)), edKey(1),
			[]ServiceNodeRewardsContributor{contributor(op.From, new(big.Int).Sub(requirement, big.NewInt(1)))}, "ContributionTotalMismatch"},
		{"operator under 25%", pop(op.From, edKey(1)), edKey(1),
			[]ServiceNodeRewardsContributor{contributor(op.From, new(big.Int).Sub(q, big.NewInt(1))), contributor(a(2), new(big.Int).Add(rest, big.NewInt(1)))}, "InsufficientOperatorContribution"},
		{"proof for another operator", pop(a(9), edKey(1)), edKey(1), nil, "InvalidBLSProofOfPossession"},
		{"proof for another Ed25519 key", pop(op.From, edKey(2)), edKey(1), nil, "InvalidBLSProofOfPossession"},
		{"no Ed25519 key", pop(op.From, new(big.Int)), new(big.Int), nil, "NullEd25519Pubkey"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := c.staking.AddBLSPublicKey(op, g1Point(k), tc.sig, params(tc.ed, 0), tc.cs)
			revertedWith(t, err, tc.want)
		})
	}
	// A small contributor is allowed here (no per-slot minimum upstream).
	small := []ServiceNodeRewardsContributor{contributor(op.From, new(big.Int).Sub(requirement, big.NewInt(1))), contributor(a(3), big.NewInt(1))}
	c.mined(c.staking.AddBLSPublicKey(op, g1Point(k), pop(op.From, edKey(1)), params(edKey(1), 0), small))
	c.keys[1] = k

	// Keys are unique.
	_, err := c.staking.AddBLSPublicKey(op, g1Point(k), pop(op.From, edKey(3)), params(edKey(3), 0), nil)
	require.Equal(t, uint64(1), revertedWith(t, err, "BLSPubkeyAlreadyExists")[0])
	k2 := newBLSKey(t)
	sig2 := c.aggregate(c.popMessage(k2, op.From, edKey(1)), []blsKey{k2})
	_, err = c.staking.AddBLSPublicKey(op, g1Point(k2), sig2, params(edKey(1), 0), nil)
	require.Equal(t, uint64(1), revertedWith(t, err, "Ed25519PubkeyAlreadyExists")[0])
}

// Nothing registers, exits or claims before start() or while paused; only
// the owner administers; seeding is only before start().
func TestStartPauseAndOwner(t *testing.T) {
	_, op := account(t)
	c := newChain(t, false, op)
	k := newBLSKey(t)
	pop := c.aggregate(c.popMessage(k, op.From, edKey(1)), []blsKey{k})
	_, err := c.staking.AddBLSPublicKey(op, g1Point(k), pop, params(edKey(1), 0), nil)
	revertedWith(t, err, "ContractNotStarted")
	_, err = c.staking.Start(op)
	revertedWith(t, err, "OwnableUnauthorizedAccount")
	c.mined(c.staking.Start(c.owner))
	_, err = c.staking.SeedPublicKeyList(c.owner, []ServiceNodeRewardsSeedServiceNode{seedNode(newBLSKey(t), 9, op.From)})
	revertedWith(t, err, "ContractAlreadyStarted")

	c.mined(c.staking.Pause(c.owner))
	_, err = c.staking.AddBLSPublicKey(op, g1Point(k), pop, params(edKey(1), 0), nil)
	revertedWith(t, err, "EnforcedPause")
	_, err = c.staking.UpdateRewardsBalance(op, op.From, big.NewInt(1), ServiceNodeRewardsBLSSignatureParams{Sigs0: big.NewInt(0), Sigs1: big.NewInt(0), Sigs2: big.NewInt(0), Sigs3: big.NewInt(0)}, nil)
	revertedWith(t, err, "EnforcedPause")
	_, err = c.staking.Pause(c.owner)
	revertedWith(t, err, "EnforcedPause")
	_, err = c.staking.Unpause(op)
	revertedWith(t, err, "OwnableUnauthorizedAccount")
	c.mined(c.staking.Unpause(c.owner))
	c.mined(c.staking.AddBLSPublicKey(op, g1Point(k), pop, params(edKey(1), 0), nil))

	// initialize runs once.
	_, err = c.staking.Initialize(c.owner, c.tokenA, c.poolA, requirement, maxContribs, big.NewInt(0), big.NewInt(0), big.NewInt(1))
	revertedWith(t, err, "InvalidInitialization")
	// Setters check their values and emit.
	_, err = c.staking.SetStakingRequirement(c.owner, big.NewInt(0))
	revertedWith(t, err, "PositiveNumberRequirement")
	_, err = c.staking.SetLiquidationRatios(c.owner, big.NewInt(1), big.NewInt(1), big.NewInt(5))
	revertedWith(t, err, "LiquidatorPenaltyTooHigh")
	c.mined(c.staking.SetStakingRequirement(c.owner, stakeAmount(30_000)))
	ups, err := c.staking.FilterStakingRequirementUpdated(&bind.FilterOpts{Start: 0})
	require.NoError(t, err)
	require.True(t, ups.Next())
	require.Equal(t, stakeAmount(30_000), ups.Event.NewRequirement)
}

func seedNode(k blsKey, ed byte, op common.Address) ServiceNodeRewardsSeedServiceNode {
	return ServiceNodeRewardsSeedServiceNode{BlsPubkey: g1Point(k), Ed25519Pubkey: edKey(ed), AddedTimestamp: big.NewInt(1),
		Contributors: []ServiceNodeRewardsContributor{contributor(op, requirement)}}
}

// Tags are keccak256(base || uint256 chainid || contract address).
func TestTags(t *testing.T) {
	c := newChain(t, true)
	for _, tc := range []struct {
		base string
		get  func(*bind.CallOpts) ([32]byte, error)
	}{
		{"BLS_SIG_TRYANDINCREMENT_POP", c.staking.ProofOfPossessionTag},
		{"BLS_SIG_TRYANDINCREMENT_REWARD", c.staking.RewardTag},
		{"BLS_SIG_TRYANDINCREMENT_EXIT", c.staking.ExitTag},
		{"BLS_SIG_TRYANDINCREMENT_LIQUIDATE", c.staking.LiquidateTag},
		{"BLS_SIG_HASH_TO_FIELD_TAG", c.staking.HashToG2Tag},
	} {
		want := crypto.Keccak256([]byte(tc.base), word(big.NewInt(1337)), c.addr.Bytes())
		require.Equal(t, want, tag(t, tc.get), tc.base)
	}
}

// A contributor requests the exit; it completes MAX_SERVICE_NODE_EXIT_WAIT_TIME
// later without a signature. The stake stays in the contract (the network
// credits it to the claimable balance).
func TestExitAfterWaitTime(t *testing.T) {
	_, op := account(t)
	_, other := account(t)
	c := newChain(t, true, op, other)
	id, k := c.registerSolo(op, edKey(1))

	_, err := c.staking.ExitBLSPublicKeyAfterWaitTime(op, id)
	revertedWith(t, err, "LeaveRequestNotInitiatedYet")
	_, err = c.staking.InitiateExitBLSPublicKey(other, id)
	revertedWith(t, err, "CallerNotContributor")
	c.mined(c.staking.InitiateExitBLSPublicKey(op, id))
	_, err = c.staking.InitiateExitBLSPublicKey(op, id)
	revertedWith(t, err, "LeaveRequestTooEarly")
	c.wait(time.Hour)
	c.mined(c.staking.InitiateExitBLSPublicKey(op, id)) // repeated after an hour: re-emitted
	reqs, err := c.staking.FilterServiceNodeExitRequest(&bind.FilterOpts{Start: 0}, nil)
	require.NoError(t, err)
	n := 0
	for reqs.Next() {
		n++
		require.Equal(t, g1Point(k), reqs.Event.Pubkey)
	}
	require.Equal(t, 2, n)

	c.wait(exitWait - 2*time.Hour)
	_, err = c.staking.ExitBLSPublicKeyAfterWaitTime(other, id)
	revertedWith(t, err, "LeaveRequestTooEarly")
	c.wait(2 * time.Hour)
	c.mined(c.staking.ExitBLSPublicKeyAfterWaitTime(other, id))

	exits, err := c.staking.FilterServiceNodeExit(&bind.FilterOpts{Start: 0}, []uint64{id})
	require.NoError(t, err)
	require.True(t, exits.Next())
	require.Equal(t, requirement, exits.Event.ReturnedAmount)
	require.Equal(t, other.From, exits.Event.Initiator)
	require.Equal(t, requirement, c.balance(c.addr), "the stake stays for the claim")
	total, err := c.staking.TotalNodes(nil)
	require.NoError(t, err)
	require.Zero(t, total.Sign())
	agg, err := c.staking.AggregatePubkey(nil)
	require.NoError(t, err)
	require.Zero(t, agg.X.Sign(), "the aggregate lost the key")
	// The keys may register again.
	c.registerSolo(op, edKey(1))
}

// registerMany registers n solo nodes of op (in blocks of at most 20, the
// per-block aggregation limit) and returns their ids in order.
func (c *chain) registerMany(op *bind.TransactOpts, n int) []uint64 {
	c.t.Helper()
	var ids []uint64
	for i := 0; i < n; i++ {
		id, _ := c.registerSolo(op, edKey(byte(i+1)))
		ids = append(ids, id)
	}
	return ids
}

func (c *chain) signers(except ...uint64) []blsKey {
	skip := map[uint64]bool{}
	for _, id := range except {
		skip[id] = true
	}
	var out []blsKey
	for id := uint64(1); id < uint64(len(c.keys))+1; id++ {
		if k, ok := c.keys[id]; ok && !skip[id] {
			out = append(out, k)
		}
	}
	return out
}

// An exit with the network's signature over exitTag || key || timestamp:
// not before the node is minimumExitAge old, not once signatureExpiry has
// passed, with at most a third of the nodes as non-signers.
func TestExitWithSignature(t *testing.T) {
	_, op := account(t)
	c := newChain(t, true, op)
	fundMore(c, op, 7)
	ids := c.registerMany(op, 7)
	exiting := ids[2]
	k := c.keys[exiting]
	ts := c.now()
	sig := c.aggregate(c.exitMessage(k, ts), c.signers(ids[0], ids[1]))
	nonSigners := []uint64{ids[0], ids[1]}
	_, err := c.staking.ExitBLSPublicKeyWithSignature(op, g1Point(k), new(big.Int).SetUint64(ts), sig, nonSigners)
	revertedWith(t, err, "ExitTooEarly")

	c.wait(minExitAge)
	ts = c.now()
	sig = c.aggregate(c.exitMessage(k, ts), c.signers(ids[0], ids[1]))
	_, err = c.staking.ExitBLSPublicKeyWithSignature(op, g1Point(k), new(big.Int).SetUint64(ts+1), sig, nonSigners)
	revertedWith(t, err, "InvalidBLSSignature")
	_, err = c.staking.ExitBLSPublicKeyWithSignature(op, g1Point(k), new(big.Int).SetUint64(ts), sig, []uint64{ids[0], ids[1], ids[3]})
	revertedWith(t, err, "InsufficientBLSSignatures")
	_, err = c.staking.ExitBLSPublicKeyWithSignature(op, g1Point(newBLSKey(t)), new(big.Int).SetUint64(ts), sig, nonSigners)
	revertedWith(t, err, "BLSPubkeyDoesNotExist")
	c.mined(c.staking.ExitBLSPublicKeyWithSignature(op, g1Point(k), new(big.Int).SetUint64(ts), sig, nonSigners))
	exits, err := c.staking.FilterServiceNodeExit(&bind.FilterOpts{Start: 0}, []uint64{exiting})
	require.NoError(t, err)
	require.True(t, exits.Next())
	delete(c.keys, exiting)

	// An expired signature (10 minutes by default).
	k = c.keys[ids[3]]
	ts = c.now()
	sig = c.aggregate(c.exitMessage(k, ts), c.signers())
	c.wait(11 * time.Minute)
	_, err = c.staking.ExitBLSPublicKeyWithSignature(op, g1Point(k), new(big.Int).SetUint64(ts), sig, nil)
	revertedWith(t, err, "SignatureExpired")
}

// fundMore gives op enough SESH for n stakes.
func fundMore(c *chain, op *bind.TransactOpts, n int64) {
	amount := new(big.Int).Mul(requirement, big.NewInt(n))
	c.mined(c.token.Mint(c.owner, op.From, amount))
	c.mined(c.token.Approve(op, c.addr, new(big.Int).Add(amount, fundsPerUser)))
}
