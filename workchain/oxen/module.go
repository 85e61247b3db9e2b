// Package oxen is the workchain's side of the Oxen migration (DESIGN.md
// §11, docs/migration.md): the genesis section seshd genesis import-oxen
// writes, the budgets it credits to the rewards concern's balances at
// InitChain (claimable on the L2 like rewards), the coin claims it keeps
// per Oxen address for their holders, and the queries that show them.
package oxen

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/seshnet/seshnet/core/codec"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/rewards"
	"github.com/seshnet/seshnet/workchain/state"
)

// Name is the module's genesis section, parameter key and codespace.
const Name = "oxen"

// State keys.
var (
	snapshotKey  = []byte("oxen/snapshot")
	totalsKey    = []byte("oxen/totals")
	nodePrefix   = []byte("oxen/node/")   // + ed25519 key -> 1
	budgetPrefix = []byte("oxen/budget/") // + 20-byte address -> 8-byte amount
	coinPrefix   = []byte("oxen/coin/")   // + Oxen address text -> 8-byte amount (unclaimed)
)

func key(prefix []byte, suffix []byte) []byte {
	return append(append(make([]byte, 0, len(prefix)+len(suffix)), prefix...), suffix...)
}

// Totals is what the import brought in, written once at InitChain.
type Totals struct {
	NodesCarried uint64 `json:"nodes_carried"`
	Budgets      uint64 `json:"budgets"`
	BudgetsTotal uint64 `json:"budgets_total"`
	Coins        uint64 `json:"coins"`
	CoinsTotal   uint64 `json:"coins_total"`
	Pools        Pools  `json:"pools"`
}

// Module is the migration concern. It checks the carried nodes against the
// registry, credits budgets and accepted coin claims through the rewards
// concern's Crediter, and reports at the close height what was never
// claimed.
func Module(nodes Nodes, credits Credits) exec.Module {
	return exec.Module{
		Name:  Name,
		Codes: codeOf,
		Txs: map[string]exec.TxHandler{
			// Any signer: the claim proves its holder by the Oxen signature;
			// the envelope is only its relayer's (a node, or the CLI's
			// throwaway Ethereum key).
			TxClaim: {AnySigner: true, Check: checkClaim, Deliver: deliverClaim(credits), Once: claimOnce},
		},
		Queries:  map[string]exec.Query{Name: query},
		Params:   ParamStore,
		EndBlock: endBlock,
		Genesis: &exec.Genesis{
			Default: func() any { return DefaultGenesis() },
			Validate: func(raw json.RawMessage) error {
				g, err := exec.DecodeStrict[Genesis](raw)
				if err != nil {
					return fmt.Errorf("oxen: %w", err)
				}
				return g.Validate()
			},
			Init: func(c exec.Context, raw json.RawMessage) error {
				g, err := exec.DecodeStrict[Genesis](raw)
				if err != nil {
					return err
				}
				return initGenesis(c, g, nodes, credits)
			},
			Export: exportGenesis,
		},
	}
}

// initGenesis writes the section: parameters, snapshot, carried nodes
// (each must be registered), budgets (credited to the rewards balances)
// and coins (unclaimed), then the totals.
func initGenesis(c exec.Context, g Genesis, nodes Nodes, credits Credits) error {
	if err := ParamStore.Set(c.KV, g.Params); err != nil {
		return err
	}
	if err := setJSON(c.KV, snapshotKey, g.Snapshot); err != nil {
		return err
	}
	t := Totals{NodesCarried: uint64(len(g.Nodes)), Budgets: uint64(len(g.Budgets)), Coins: uint64(len(g.Coins)), Pools: g.Pools}
	for i, n := range g.Nodes {
		if err := nodes.KnownNode(c, n); err != nil {
			return fmt.Errorf("oxen.nodes[%d]: carried over but not in the registry section: %w", i, err)
		}
		c.KV.Set(key(nodePrefix, n), []byte{1})
	}
	for i, b := range g.Budgets {
		if err := credits.Credit(c, b.Address, uint256.NewInt(b.Amount), rewards.CreditOxenBudget); err != nil {
			return fmt.Errorf("oxen.budgets[%d]: %w", i, err)
		}
		c.KV.Set(key(budgetPrefix, b.Address.Bytes()), binary.BigEndian.AppendUint64(nil, b.Amount))
		t.BudgetsTotal += b.Amount // Validate bounds the budgets by uint64 sums below
	}
	for _, coin := range g.Coins {
		c.KV.Set(key(coinPrefix, []byte(coin.OxenAddress)), binary.BigEndian.AppendUint64(nil, coin.Amount))
		t.CoinsTotal += coin.Amount // at most the claims pool (Validate)
	}
	return setJSON(c.KV, totalsKey, t)
}

func setJSON(kv state.KV, k []byte, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("oxen: encode %s: %w", k, err)
	}
	kv.Set(k, raw)
	return nil
}

func getJSON(kv state.KV, k []byte, v any) error {
	raw, err := kv.Get(k)
	if err != nil || raw == nil {
		return err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("oxen: corrupt %s: %w", k, err)
	}
	return nil
}

// exportGenesis reads the section back: coins still unclaimed (a claimed
// coin is left out, so it cannot be claimed again on a network started
// from the export; its credit, like every rewards balance, is not carried),
// budgets as imported (they are credited again by a network started from
// the export, whose rewards section carries no balances).
func exportGenesis(kv state.KV) (any, error) {
	g := DefaultGenesis()
	g.Params = ParamStore.Get(exec.Context{KV: kv})
	var t Totals
	errs := []error{getJSON(kv, snapshotKey, &g.Snapshot), getJSON(kv, totalsKey, &t)}
	g.Pools = t.Pools
	errs = append(errs, kv.Iterate(nodePrefix, func(k, _ []byte) bool {
		g.Nodes = append(g.Nodes, codec.Hex(append([]byte(nil), k[len(nodePrefix):]...)))
		return true
	}))
	errs = append(errs, kv.Iterate(budgetPrefix, func(k, v []byte) bool {
		g.Budgets = append(g.Budgets, Budget{Address: common.BytesToAddress(k[len(budgetPrefix):]), Amount: binary.BigEndian.Uint64(v)})
		return true
	}))
	var uerr error
	errs = append(errs, kv.Iterate(coinPrefix, func(k, v []byte) bool {
		text := string(k[len(coinPrefix):])
		var open bool
		if open, uerr = unclaimed(kv, text); open {
			g.Coins = append(g.Coins, Coin{OxenAddress: text, Amount: binary.BigEndian.Uint64(v)})
		}
		return uerr == nil
	}), uerr)
	return g, errors.Join(errs...)
}

// Coins is the coin claim the snapshot gave an Oxen address (0, false:
// none); whether its spend key claimed is kept apart (oxen/claimed/).
func Coins(kv state.KV, oxenAddress string) (uint64, bool, error) {
	raw, err := kv.Get(key(coinPrefix, []byte(oxenAddress)))
	if err != nil || raw == nil {
		return 0, false, err
	}
	if len(raw) != 8 {
		return 0, false, fmt.Errorf("oxen: corrupt coin record of %s", oxenAddress)
	}
	return binary.BigEndian.Uint64(raw), true, nil
}

// ClaimView is /oxen/claim/<oxen address>: amounts are atomic SESH as
// decimal strings.
type ClaimView struct {
	OxenAddress string `json:"oxen_address"`
	Amount      string `json:"amount"`
	// Claimed is true once the address's spend key claimed (through this
	// address: only standard addresses claim), at ClaimedHeight, to To.
	Claimed       bool   `json:"claimed"`
	ClaimedHeight int64  `json:"claimed_height,omitempty"`
	To            string `json:"to,omitempty"`
}

// PoolTotals is one pool of /oxen/totals.
type PoolTotals struct {
	Addresses uint64 `json:"addresses"`
	Imported  string `json:"imported"`
	Claimed   string `json:"claimed"`
	Unclaimed string `json:"unclaimed"`
}

// TotalsView is /oxen/totals.
type TotalsView struct {
	Snapshot          Snapshot `json:"snapshot"`
	ClaimsCloseHeight int64    `json:"claims_close_height"`
	NodesCarried      uint64   `json:"nodes_carried"`
	// Budgets are credited to the rewards balances at genesis: claimed
	// here counts nothing, the L2 claims of them show in /rewards.
	Budgets PoolTotals `json:"budgets"`
	Coins   PoolTotals `json:"coins"`
	// BonusPool and ClaimsPool are the two fixed pools the import spread.
	BonusPool  string `json:"bonus_pool"`
	ClaimsPool string `json:"claims_pool"`
	// Closed is, once the block at the close height is done, what was
	// never claimed (absent while claims are open).
	Closed *ClosedView `json:"closed,omitempty"`
}

// ClosedView is what /oxen/totals reports after the close height.
type ClosedView struct {
	Height       int64  `json:"height"`
	Addresses    uint64 `json:"addresses"`
	NeverClaimed string `json:"never_claimed"`
}

// query answers /oxen/claim/<oxen address> and /oxen/totals.
func query(kv state.KV, arg string) (any, error) {
	what, rest, _ := strings.Cut(arg, "/")
	switch what {
	case "claim":
		if err := CheckAddressText(rest); err != nil {
			return nil, fmt.Errorf("%w: oxen address: %v", exec.ErrBadArgument, err)
		}
		return claimView(kv, rest)
	case "totals":
		return totals(kv)
	}
	return nil, fmt.Errorf("%w: want /oxen/claim/<oxen address> or /oxen/totals", exec.ErrBadArgument)
}

func totals(kv state.KV) (TotalsView, error) {
	var t Totals
	var claims ClaimsTotal
	var closed Closed
	v := TotalsView{Snapshot: Snapshot{Hash: codec.Hex{}}}
	if err := errors.Join(getJSON(kv, snapshotKey, &v.Snapshot), getJSON(kv, totalsKey, &t), getJSON(kv, claimsKey, &claims), getJSON(kv, closedKey, &closed)); err != nil {
		return v, err
	}
	v.ClaimsCloseHeight = ParamStore.Get(exec.Context{KV: kv}).ClaimsCloseHeight
	v.NodesCarried = t.NodesCarried
	v.Budgets = PoolTotals{Addresses: t.Budgets, Imported: fmt.Sprint(t.BudgetsTotal), Claimed: "0", Unclaimed: fmt.Sprint(t.BudgetsTotal)}
	v.Coins = PoolTotals{Addresses: t.Coins, Imported: fmt.Sprint(t.CoinsTotal), Claimed: fmt.Sprint(claims.Amount), Unclaimed: fmt.Sprint(t.CoinsTotal - claims.Amount)}
	v.BonusPool, v.ClaimsPool = fmt.Sprint(t.Pools.Bonus), fmt.Sprint(t.Pools.Claims)
	// A record of an earlier close height (governance moved it later) is
	// not this one's.
	if closed.Height != 0 && closed.Height == v.ClaimsCloseHeight {
		v.Closed = &ClosedView{Height: closed.Height, Addresses: closed.Addresses, NeverClaimed: fmt.Sprint(closed.NeverClaimed)}
	}
	return v, nil
}
