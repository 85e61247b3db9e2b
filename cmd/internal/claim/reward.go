package claim

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	rpcclient "github.com/cometbft/cometbft/rpc/client"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/modules/bridge"
	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
	"github.com/seshnet/seshnet/modules/bridge/l2sign"
)

// Accrued is addr's cumulative credited amount (workchain/rewards
// "accrued") at a height a little below the workchain node's latest, so
// that every node has committed it: the height and amount a claim asks
// the network to sign.
func (c *Client) Accrued(ctx context.Context, addr common.Address) (height int64, amount *big.Int, err error) {
	path := "/rewards/" + addr.Hex()
	_, latest, err := c.queryAt(ctx, path, 0)
	if err != nil {
		return 0, nil, err
	}
	height = latest - c.opts.HeightMargin
	if height < 1 {
		height = latest
	}
	if c.opts.Height > 0 {
		if c.opts.Height > latest {
			return 0, nil, fmt.Errorf("height %d is past the workchain node's latest %d", c.opts.Height, latest)
		}
		height = c.opts.Height
	}
	raw, at, err := c.queryAt(ctx, path, height)
	if err != nil {
		return 0, nil, err
	}
	if at != height {
		return 0, nil, fmt.Errorf("query %s at %d: the node answered for height %d", path, height, at)
	}
	var view struct {
		Accrued string `json:"accrued"`
	}
	if err := json.Unmarshal(raw, &view); err != nil {
		return 0, nil, fmt.Errorf("query %s: decode answer: %w", path, err)
	}
	amount, ok := new(big.Int).SetString(view.Accrued, 10)
	if !ok || amount.Sign() < 0 {
		return 0, nil, fmt.Errorf("query %s: accrued %q is not an amount", path, view.Accrued)
	}
	return height, amount, nil
}

// queryAt is chainclient.Query keeping the height the node answered for.
func (c *Client) queryAt(ctx context.Context, path string, height int64) ([]byte, int64, error) {
	res, err := c.workchain.ABCIQueryWithOptions(ctx, path, nil, rpcclient.ABCIQueryOptions{Height: height})
	if err != nil {
		return nil, 0, fmt.Errorf("query %s: %w", path, err)
	}
	if res.Response.Code != 0 {
		return nil, 0, fmt.Errorf("query %s at %d: code %d: %s", path, height, res.Response.Code, res.Response.Log)
	}
	return res.Response.Value, res.Response.Height, nil
}

// SignReward gathers the network's signature over the contract's reward
// message for addr's cumulative amount at height (from Accrued).
func (c *Client) SignReward(ctx context.Context, net *Network, addr common.Address, height int64, amount *big.Int) (*Signatures, error) {
	msg, err := bls.RewardMessage(net.RewardTag, addr, amount)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(bridge.ClaimSignRequest{Address: addr.Hex(), Height: &height})
	if err != nil {
		return nil, err
	}
	return c.gather(ctx, net, request{
		path: bridge.ClaimSignPath, body: body, msg: msg,
		answer: func(raw []byte) (bls.Signature, error) { return checkRewardAnswer(raw, addr, height, amount) },
	})
}

// checkRewardAnswer decodes a node's /rewards/v1/sign answer and checks it
// is for the address, height and amount asked.
func checkRewardAnswer(raw []byte, addr common.Address, height int64, amount *big.Int) (bls.Signature, error) {
	var res bridge.ClaimSignResponse
	if err := json.Unmarshal(raw, &res); err != nil {
		return bls.Signature{}, fmt.Errorf("answer: %w", err)
	}
	switch {
	case res.Address != addr:
		return bls.Signature{}, fmt.Errorf("it signed for address %s, not %s", res.Address.Hex(), addr.Hex())
	case res.Height != height:
		return bls.Signature{}, fmt.Errorf("it signed at height %d, not %d", res.Height, height)
	}
	got, ok := new(big.Int).SetString(res.Amount, 10)
	if !ok {
		return bls.Signature{}, fmt.Errorf("its amount %q is not a number", truncate(res.Amount))
	}
	if got.Cmp(amount) != 0 {
		return bls.Signature{}, fmt.Errorf("it signed amount %s, the workchain says %s at height %d", got, amount, height)
	}
	return decodeSignature(res.Signature)
}

func truncate(s string) string {
	if len(s) > maxReason {
		return s[:maxReason] + "…"
	}
	return s
}

// ClaimResult is what Claim did. Amounts are atomic SESH.
type ClaimResult struct {
	Address common.Address `json:"address"`
	// Height and Amount: addr's accrued total at that workchain height.
	Height int64    `json:"height"`
	Amount *big.Int `json:"amount"`
	// Recorded and PreviouslyClaimed are the contract's recipients(addr)
	// before the claim.
	Recorded          *big.Int `json:"previously_recorded"`
	PreviouslyClaimed *big.Int `json:"previously_claimed"`
	// ClaimedNow is what claimRewards paid (its RewardsClaimed event).
	ClaimedNow    *big.Int `json:"claimed_now"`
	BalanceBefore *big.Int `json:"balance_before"`
	BalanceAfter  *big.Int `json:"balance_after"`
	// Signers and NonSigners are empty when the contract already had the
	// amount (no signatures were needed).
	Signers    []uint64    `json:"signers,omitempty"`
	NonSigners []NonSigner `json:"non_signers,omitempty"`
	// Signature is the aggregate sent with updateRewardsBalance (0x,
	// 128 bytes), empty when none was needed.
	Signature string       `json:"signature,omitempty"`
	UpdateTx  *common.Hash `json:"update_tx,omitempty"`
	// PayoutTx is the pool's payoutReleased(), sent when the staking
	// contract held less than the claim.
	PayoutTx *common.Hash `json:"payout_tx,omitempty"`
	ClaimTx  *common.Hash `json:"claim_tx,omitempty"`
	// Note says why a step was skipped ("" when both were done).
	Note string `json:"note,omitempty"`
}

// MarshalJSON writes the amounts as decimal strings, as the workchain's
// queries do: JSON numbers past 2^53 lose digits in many readers.
func (r ClaimResult) MarshalJSON() ([]byte, error) {
	type plain ClaimResult
	dec := func(v *big.Int) string {
		if v == nil {
			return "0"
		}
		return v.String()
	}
	return json.Marshal(struct {
		plain
		Amount            string `json:"amount"`
		Recorded          string `json:"previously_recorded"`
		PreviouslyClaimed string `json:"previously_claimed"`
		ClaimedNow        string `json:"claimed_now"`
		BalanceBefore     string `json:"balance_before"`
		BalanceAfter      string `json:"balance_after"`
	}{plain(r), dec(r.Amount), dec(r.Recorded), dec(r.PreviouslyClaimed), dec(r.ClaimedNow), dec(r.BalanceBefore), dec(r.BalanceAfter)})
}

// Claim pays key's address what the network owes it: it raises the
// contract's record to the workchain's accrued total with the network's
// signature (updateRewardsBalance; skipped when the contract already
// records as much), then claims what is unclaimed (claimRewards; skipped
// when nothing is). With nothing new it sends nothing and says so in
// Note. After an error the result holds what was done (a recorded update
// stays recorded: claiming again later pays it).
func (c *Client) Claim(ctx context.Context, key *ecdsa.PrivateKey) (*ClaimResult, error) {
	addr := crypto.PubkeyToAddress(key.PublicKey)
	res := &ClaimResult{Address: addr, ClaimedNow: new(big.Int)}
	var err error
	if res.Height, res.Amount, err = c.Accrued(ctx, addr); err != nil {
		return nil, err
	}
	read := &bind.CallOpts{Context: ctx}
	rec, err := c.staking.Recipients(read, addr)
	if err != nil {
		return nil, fmt.Errorf("staking contract recipients(%s): %w", addr.Hex(), err)
	}
	res.Recorded, res.PreviouslyClaimed = rec.Rewards, rec.Claimed
	token, err := c.token(ctx)
	if err != nil {
		return nil, err
	}
	if res.BalanceBefore, err = token.BalanceOf(read, addr); err != nil {
		return nil, fmt.Errorf("token balance: %w", err)
	}
	opts, err := c.transactor(ctx, key)
	if err != nil {
		return nil, err
	}
	if err := c.updateBalance(ctx, opts, res); err != nil {
		return res, err
	}
	claimErr := c.claimUnclaimed(ctx, opts, res)
	if res.BalanceAfter, err = token.BalanceOf(read, addr); err != nil {
		return res, errors.Join(claimErr, fmt.Errorf("token balance: %w", err))
	}
	if claimErr == nil && res.ClaimTx != nil && res.ClaimedNow.Sign() == 0 {
		// No event (another contract?): the balance says what came in.
		res.ClaimedNow.Sub(res.BalanceAfter, res.BalanceBefore)
	}
	return res, claimErr
}

// token is the contract's designated token (an ERC-20: TestSESH's binding
// reads any balanceOf).
func (c *Client) token(ctx context.Context) (*bindings.TestSESHCaller, error) {
	addr, err := c.staking.DesignatedToken(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, fmt.Errorf("staking contract designatedToken: %w", err)
	}
	return bindings.NewTestSESHCaller(addr, c.l2)
}

// updateBalance records res.Amount in the contract with the network's
// signature, unless it already records as much (the contract would revert
// with RecipientRewardsTooLow).
func (c *Client) updateBalance(ctx context.Context, opts *bind.TransactOpts, res *ClaimResult) error {
	if res.Recorded.Cmp(res.Amount) >= 0 {
		return nil
	}
	net, err := c.Network(ctx)
	if err != nil {
		return err
	}
	sigs, err := c.SignReward(ctx, net, res.Address, res.Height, res.Amount)
	if err != nil {
		return err
	}
	res.Signers, res.NonSigners = sigs.Signers, sigs.NonSigners
	b := sigs.Signature.Bytes()
	res.Signature = "0x" + hex.EncodeToString(b[:])
	tx, err := c.staking.UpdateRewardsBalance(opts, res.Address, res.Amount, l2sign.Params(sigs.Signature), sigs.NonSignerIDs())
	if err != nil {
		return fmt.Errorf("updateRewardsBalance: %w", explain(err))
	}
	h := tx.Hash()
	res.UpdateTx = &h
	_, err = c.mined(ctx, "updateRewardsBalance", tx)
	return err
}

// claimUnclaimed calls claimRewards() when the contract's record exceeds
// what was claimed.
func (c *Client) claimUnclaimed(ctx context.Context, opts *bind.TransactOpts, res *ClaimResult) error {
	rec, err := c.staking.Recipients(&bind.CallOpts{Context: ctx}, res.Address)
	if err != nil {
		return fmt.Errorf("staking contract recipients(%s): %w", res.Address.Hex(), err)
	}
	if rec.Rewards.Cmp(rec.Claimed) <= 0 {
		res.Note = fmt.Sprintf("nothing to claim: the contract records %s, all claimed", rec.Rewards)
		if res.UpdateTx == nil {
			res.Note = fmt.Sprintf("nothing new: the workchain's %s at height %d is already recorded and claimed", res.Amount, res.Height)
		}
		return nil
	}
	if err := c.topUp(ctx, opts, new(big.Int).Sub(rec.Rewards, rec.Claimed), res); err != nil {
		return err
	}
	tx, err := c.staking.ClaimRewards0(opts)
	if err != nil {
		return fmt.Errorf("claimRewards: %w", explain(err))
	}
	h := tx.Hash()
	res.ClaimTx = &h
	r, err := c.mined(ctx, "claimRewards", tx)
	if err != nil {
		return err
	}
	res.ClaimedNow = c.claimedIn(r, res.Address)
	return nil
}

// claimedIn sums the RewardsClaimed events of addr in r.
func (c *Client) claimedIn(r *types.Receipt, addr common.Address) *big.Int {
	sum := new(big.Int)
	for _, l := range r.Logs {
		if l.Address != c.stakingAddr {
			continue
		}
		if ev, err := c.staking.ParseRewardsClaimed(*l); err == nil && ev.RecipientAddress == addr {
			sum.Add(sum, ev.Amount)
		}
	}
	return sum
}

// topUp has the reward pool pay what it has released to the staking
// contract (payoutReleased(), which anyone may call) when the contract
// holds less than the claim: the pool releases the emission the workchain
// accounts for, and the contract pays claims from its own balance. Without
// this, a claim would fail on a contract that holds no stakes (a devnet of
// seeded nodes) or draw on the stakes it holds.
func (c *Client) topUp(ctx context.Context, opts *bind.TransactOpts, unclaimed *big.Int, res *ClaimResult) error {
	read := &bind.CallOpts{Context: ctx}
	token, err := c.token(ctx)
	if err != nil {
		return err
	}
	held, err := token.BalanceOf(read, c.stakingAddr)
	if err != nil {
		return fmt.Errorf("the staking contract's token balance: %w", err)
	}
	if held.Cmp(unclaimed) >= 0 {
		return nil
	}
	poolAddr, err := c.staking.FoundationPool(read)
	if err != nil {
		return fmt.Errorf("staking contract foundationPool: %w", err)
	}
	pool, err := bindings.NewRewardRatePool(poolAddr, c.l2)
	if err != nil {
		return err
	}
	tx, err := pool.PayoutReleased(opts)
	if err != nil {
		return fmt.Errorf("reward pool payoutReleased: %w", explain(err))
	}
	h := tx.Hash()
	res.PayoutTx = &h
	_, err = c.mined(ctx, "payoutReleased", tx)
	return err
}
