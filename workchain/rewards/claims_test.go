package rewards_test

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/rewards"
)

// claimChain is one genesis node staked and beneficiary addr(0), payable
// at once, earning the attested rate of 1200 per 120 s (10 per block).
func claimChain(t *testing.T) *chain {
	t.Helper()
	req := registry.DefaultParams().StakingRequirement
	c := newChain(t, []registry.GenesisNode{{
		ServiceNodeID: 1, Ed25519: registry.Hex(valKey(0).Public().(ed25519.PublicKey)), BLS: bytes.Repeat([]byte{1}, 64),
		Contributors: []registry.Contributor{{Staker: addr(0), Beneficiary: addr(0), Amount: req}},
	}}, `{"params":{"payable_after_seconds":0,"max_block_seconds":5}}`)
	c.block()
	c.apply(l2event.Observation{ScannedTo: 10, Events: []l2event.Event{{Block: 10, LogIndex: l2event.RewardRateLogIndex, Kind: l2event.KindRewardRate,
		Payload: l2event.RewardRate{L2Height: 10, Rate: l2event.NewAmount(1200)}.Encode()}}})
	c.blocksTo(10)
	return c
}

func claimEvent(block uint64, log uint32, to common.Address, amount l2event.Amount) l2event.Event {
	return l2event.Event{Block: block, LogIndex: log, Kind: l2event.KindRewardsClaimed, Payload: l2event.RewardsClaimed{Recipient: to, Amount: amount}.Encode()}
}

func balanceEvent(block uint64, log uint32, to common.Address, balance, previous uint64) l2event.Event {
	return l2event.Event{Block: block, LogIndex: log, Kind: l2event.KindRewardsBalance,
		Payload: l2event.RewardsBalance{Recipient: to, Balance: l2event.NewAmount(balance), PreviousBalance: l2event.NewAmount(previous)}.Encode()}
}

func dec(t *testing.T, s string) *uint256.Int {
	t.Helper()
	v, err := uint256.FromDecimal(s)
	require.NoError(t, err, s)
	return v
}

// requireClaimable checks claimable = accrued − claimed on one answer.
func requireClaimable(t *testing.T, v rewards.AccountView) {
	t.Helper()
	want := new(uint256.Int).Sub(dec(t, v.Accrued), dec(t, v.Claimed))
	require.Equal(t, want.Dec(), v.Claimable, "%+v", v)
	require.Empty(t, v.OverClaimed)
}

// TestClaimsThroughTheApp: attested RewardsClaimed events add up per
// address; claimable is accrued − claimed while the address keeps earning;
// l2_balance is the last RewardsBalanceUpdated; an address that claimed
// more than it accrued answers claimable 0 and says by how much.
func TestClaimsThroughTheApp(t *testing.T) {
	c := claimChain(t)
	v := c.accrued(addr(0))
	require.Equal(t, "0", v.Claimed)
	require.Equal(t, "0", v.L2Balance)
	require.NotEqual(t, "0", v.Accrued)
	requireClaimable(t, v)

	c.apply(l2event.Observation{ScannedTo: 12, Events: []l2event.Event{
		balanceEvent(11, 0, addr(0), 60, 0),
		claimEvent(12, 3, addr(0), l2event.NewAmount(25)),
	}})
	v = c.accrued(addr(0))
	require.Equal(t, "25", v.Claimed)
	require.Equal(t, "60", v.L2Balance)
	requireClaimable(t, v)

	c.apply(l2event.Observation{ScannedTo: 14, Events: []l2event.Event{
		claimEvent(13, 0, addr(0), l2event.NewAmount(0)), // claimRewards(0) emits one too
		claimEvent(14, 1, addr(0), l2event.NewAmount(30)),
		balanceEvent(14, 2, addr(0), 90, 60),
		claimEvent(14, 5, addr(7), l2event.NewAmount(42)),
	}})
	v = c.accrued(addr(0))
	require.Equal(t, "55", v.Claimed, "25 + 0 + 30")
	require.Equal(t, "90", v.L2Balance)
	requireClaimable(t, v)
	c.blocksTo(c.Height + 3)
	later := c.accrued(addr(0))
	require.Equal(t, "55", later.Claimed)
	require.True(t, dec(t, later.Accrued).Gt(dec(t, v.Accrued)), "still earning")
	requireClaimable(t, later)

	// addr(7) was never credited here (a balance signed before this
	// network): claimable stays 0, never wraps, and the excess is shown.
	require.Equal(t, rewards.AccountView{Address: addr(7), Accrued: "0", Rewards: "0", StakesReturned: "0", Credited: "0",
		Claimed: "42", Claimable: "0", OverClaimed: "42", L2Balance: "0"}, c.accrued(addr(7)))
}

// TestBadClaimEventsThroughTheApp: attested reward events that do not
// decode, name the zero address, carry a balance not above the previous or
// recorded one, or push a claimed total past 2^256−1 fail one by one with
// their reason, and the accounts are unchanged.
func TestBadClaimEventsThroughTheApp(t *testing.T) {
	c := claimChain(t)
	const maxU256 = "115792089237316195423570985008687907853269984665640564039457584007913129639935"
	c.apply(l2event.Observation{ScannedTo: 11, Events: []l2event.Event{
		claimEvent(11, 0, addr(0), l2event.NewAmount(5)),
		balanceEvent(11, 1, addr(0), 100, 0),
		claimEvent(11, 2, addr(8), l2event.Amount{Int: *dec(t, maxU256)}),
	}})
	who := addr(0).Hex()
	bad := []struct {
		kind          byte
		payload, want string
	}{
		{l2event.KindRewardsClaimed, `garbage`, "invalid character"},
		{l2event.KindRewardsClaimed, `{"recipient":"` + who + `","amount":"5","extra":1}`, `unknown field "extra"`},
		{l2event.KindRewardsClaimed, `{"recipient":"` + who + `","amount":"-5"}`, "decimal digits"},
		{l2event.KindRewardsClaimed, `{"recipient":"` + who + `","amount":5}`, "decimal digits"},
		{l2event.KindRewardsClaimed, `{"recipient":"` + who + `","amount":"5"}]`, "trailing data"},
		{l2event.KindRewardsClaimed, `{"recipient":"0x0000000000000000000000000000000000000000","amount":"5"}`, "zero address"},
		{l2event.KindRewardsClaimed, `{"amount":"5"}`, "recipient missing"},
		{l2event.KindRewardsClaimed, string(l2event.RewardsClaimed{Recipient: addr(8), Amount: l2event.NewAmount(1)}.Encode()), "overflows 256 bits"},
		{l2event.KindRewardsBalance, `{"recipient":"` + who + `","balance":"7","previous_balance":"7"}`, "not above previous_balance"},
		{l2event.KindRewardsBalance, `{"recipient":"` + who + `","balance":"99","previous_balance":"0"}`, "not above the one recorded"},
		{l2event.KindRewardsBalance, `{"recipient":"` + who + `","balance":"100","previous_balance":"0"}`, "not above the one recorded"},
	}
	before0, before8 := c.accrued(addr(0)), c.accrued(addr(8))
	obs := l2event.Observation{ScannedTo: 30}
	for i, b := range bad {
		obs.Events = append(obs.Events, l2event.Event{Block: uint64(12 + i), Kind: b.kind, Payload: []byte(b.payload)})
	}
	results := c.attest(obs)
	for i, b := range bad {
		require.Contains(t, results[i], "failed: ", b.payload)
		require.Contains(t, results[i], b.want, b.payload)
	}
	after0, after8 := c.accrued(addr(0)), c.accrued(addr(8))
	require.Equal(t, before0.Claimed, after0.Claimed)
	require.Equal(t, "5", after0.Claimed)
	require.Equal(t, "100", after0.L2Balance)
	require.Equal(t, before8, after8)
	require.Equal(t, maxU256, after8.OverClaimed)
}

// TestLiquidationRoutedToTheRegistry: the application routes
// KindLiquidated to the registry, which records a liquidation of a known
// node under its key and refuses one of an unknown node; the node's
// earnings are untouched until the ServiceNodeExit that follows.
func TestLiquidationRoutedToTheRegistry(t *testing.T) {
	c := claimChain(t)
	liq := func(id uint64) []byte {
		raw, err := json.Marshal(l2event.Liquidated{ServiceNodeID: id, Initiator: addr(5), BLS: bytes.Repeat([]byte{1}, 64)})
		require.NoError(t, err)
		return raw
	}
	results := c.attest(l2event.Observation{ScannedTo: 12, Events: []l2event.Event{
		{Block: 11, Kind: l2event.KindLiquidated, Payload: liq(9)},
		{Block: 12, Kind: l2event.KindLiquidated, Payload: liq(1)},
	}})
	require.Contains(t, results[0], "unknown service node id 9")
	require.Equal(t, "applied", results[1])
	before := c.accrued(addr(0))
	c.block()
	require.True(t, dec(t, c.accrued(addr(0)).Accrued).Gt(dec(t, before.Accrued)), "still payable: only the exit removes it")
}
