package oxensnap

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/holiman/uint256"
)

// Sum is an amount of atomic units that no sum of the import can wrap
// (256 bits); JSON writes it as a decimal string.
type Sum struct{ v uint256.Int }

// S is the Sum of v.
func S(v uint64) Sum { var s Sum; s.v.SetUint64(v); return s }

// Add adds v.
func (s *Sum) Add(v uint64) { s.v.Add(&s.v, uint256.NewInt(v)) }

func (s Sum) String() string { return s.v.Dec() }

// MarshalJSON writes the decimal string.
func (s Sum) MarshalJSON() ([]byte, error) { return json.Marshal(s.v.Dec()) }

// UnmarshalJSON reads the decimal string.
func (s *Sum) UnmarshalJSON(b []byte) error {
	var d string
	if err := json.Unmarshal(b, &d); err != nil {
		return err
	}
	return s.v.SetFromDecimal(d)
}

func plus(xs ...Sum) Sum {
	var out Sum
	for _, x := range xs {
		out.v.Add(&out.v, &x.v)
	}
	return out
}

func times(x Sum, k uint64) Sum {
	var out Sum
	out.v.Mul(&x.v, uint256.NewInt(k))
	return out
}

// OxenSide is what came in, in atomic OXEN (and bonus points).
type OxenSide struct {
	StakesIn           Sum `json:"stakes_in"`
	StakesConverted    Sum `json:"stakes_converted"`
	StakesUnconverted  Sum `json:"stakes_unconverted"`
	RewardsIn          Sum `json:"rewards_in"`
	RewardsConverted   Sum `json:"rewards_converted"`
	RewardsUnconverted Sum `json:"rewards_unconverted"`
	CoinsIn            Sum `json:"coins_in"`
	BonusPoints        Sum `json:"bonus_points"`
}

// SeshSide is what went out, in atomic SESH, and the remainders.
type SeshSide struct {
	// Converted is ⌊registered stake or reward × NUM / DEN⌋ summed per
	// entry; ConversionDust is what the rounding dropped, in 1/DEN atomic
	// units (never minted).
	Converted      Sum `json:"converted"`
	ConversionDust Sum `json:"conversion_dust_den_units"`
	// Bonus is the bonus pool given out; BonusRemainderUnits of it went
	// one each to the largest remainders; BonusUndistributed is the pool
	// with no points to share it (all of it, or nothing).
	Bonus               Sum    `json:"bonus"`
	BonusRemainderUnits uint64 `json:"bonus_remainder_units"`
	BonusUndistributed  Sum    `json:"bonus_undistributed"`
	NodesCarried        uint64 `json:"nodes_carried"`
	// Staked is what the carried nodes' stakes took; OperatorTopUp of it
	// is the units the proportional rounding left, taken from the
	// operators (Session's "deficit").
	Staked          Sum    `json:"staked"`
	OperatorTopUp   Sum    `json:"operator_top_up"`
	Budgets         Sum    `json:"budgets"`
	BudgetAddresses uint64 `json:"budget_addresses"`
	// Coins are the coin claims; CoinsMode "ratio" (converted, the pool's
	// rest ClaimsUnallocated) or "prorated" (the pool shared by balance,
	// CoinsRemainderUnits to the largest remainders).
	Coins               Sum    `json:"coins"`
	CoinAddresses       uint64 `json:"coin_addresses"`
	CoinsMode           string `json:"coins_mode"`
	CoinsRemainderUnits uint64 `json:"coins_remainder_units"`
	CoinsBelowOneUnit   uint64 `json:"coins_below_one_unit"`
	ClaimsUnallocated   Sum    `json:"claims_unallocated"`
}

// Check is one conservation identity, both sides written out.
type Check struct {
	Name  string `json:"name"`
	Left  string `json:"left"`
	Right string `json:"right"`
	OK    bool   `json:"ok"`
}

// Report is the conservation report: every atomic unit in and where it
// went, the remainders by name, the nodes left behind and why.
type Report struct {
	SnapshotHeight uint64         `json:"snapshot_height"`
	SnapshotHash   string         `json:"snapshot_hash"`
	Ratio          string         `json:"ratio"`
	BonusPool      Sum            `json:"bonus_pool"`
	ClaimsPool     Sum            `json:"claims_pool"`
	Requirement    uint64         `json:"staking_requirement"`
	FirstID        uint64         `json:"first_service_node_id"`
	Oxen           OxenTotals     `json:"oxen"`
	Sesh           SeshTotals     `json:"sesh"`
	Nodes          uint64         `json:"nodes"`
	DroppedBy      map[string]int `json:"dropped_by_reason"`
	Dropped        []Dropped      `json:"dropped"`
	Checks         []Check        `json:"checks"`

	num, den uint64
}

// OxenTotals and SeshTotals are the two sides while the import counts in
// 64 bits per entry; they are the JSON sides.
type (
	OxenTotals = oxenCounter
	SeshTotals = seshCounter
)

// oxenCounter counts in uint64 per entry and keeps 256-bit totals.
type oxenCounter struct {
	StakesIn, StakesConverted, StakesUnconverted    uint64
	RewardsIn, RewardsConverted, RewardsUnconverted uint64
	CoinsIn, BonusPoints                            uint64
}

// MarshalJSON writes amounts as decimal strings.
func (o oxenCounter) MarshalJSON() ([]byte, error) {
	return json.Marshal(OxenSide{
		StakesIn: S(o.StakesIn), StakesConverted: S(o.StakesConverted), StakesUnconverted: S(o.StakesUnconverted),
		RewardsIn: S(o.RewardsIn), RewardsConverted: S(o.RewardsConverted), RewardsUnconverted: S(o.RewardsUnconverted),
		CoinsIn: S(o.CoinsIn), BonusPoints: S(o.BonusPoints),
	})
}

type seshCounter struct {
	Converted, ConversionDust                      Sum
	Bonus, BonusRemainderUnits, BonusUndistributed uint64
	NodesCarried                                   uint64
	Staked                                         uint64
	OperatorTopUp                                  uint64
	Budgets, BudgetAddresses                       uint64
	Coins, CoinAddresses                           uint64
	CoinsMode                                      string
	CoinsRemainderUnits, CoinsBelowOneUnit         uint64
	ClaimsUnallocated                              uint64
}

// MarshalJSON writes amounts as decimal strings.
func (s seshCounter) MarshalJSON() ([]byte, error) {
	return json.Marshal(SeshSide{
		Converted: s.Converted, ConversionDust: s.ConversionDust,
		Bonus: S(s.Bonus), BonusRemainderUnits: s.BonusRemainderUnits, BonusUndistributed: S(s.BonusUndistributed),
		NodesCarried: s.NodesCarried, Staked: S(s.Staked), OperatorTopUp: S(s.OperatorTopUp),
		Budgets: S(s.Budgets), BudgetAddresses: s.BudgetAddresses,
		Coins: S(s.Coins), CoinAddresses: s.CoinAddresses, CoinsMode: s.CoinsMode,
		CoinsRemainderUnits: s.CoinsRemainderUnits, CoinsBelowOneUnit: s.CoinsBelowOneUnit, ClaimsUnallocated: S(s.ClaimsUnallocated),
	})
}

func (r *Report) init(s *Snapshot, o Options) {
	r.SnapshotHeight, r.SnapshotHash = s.Height, s.Hash
	r.num, r.den = o.RatioNum, o.RatioDen
	r.Ratio = fmt.Sprintf("%d/%d", o.RatioNum, o.RatioDen)
	r.BonusPool, r.ClaimsPool = S(*o.BonusPool), S(*o.ClaimsPool)
	r.Requirement, r.FirstID = o.Registry.StakingRequirement, o.FirstID
	r.Nodes = uint64(len(s.ServiceNodes))
	r.DroppedBy = map[string]int{}
	r.Dropped = []Dropped{}
	r.Oxen.StakesIn, r.Oxen.RewardsIn = s.Totals.Staked.v, s.Totals.Rewards.v
	r.Oxen.CoinsIn, r.Oxen.BonusPoints = s.Totals.Coins.v, s.Totals.BonusPoints.v
}

// conv counts one conversion: q atomic SESH, r/den dropped.
func (r *Report) conv(q, rem uint64) {
	r.Sesh.Converted.Add(q)
	r.Sesh.ConversionDust.Add(rem)
}

func (r *Report) dropped(d Dropped) {
	r.Dropped = append(r.Dropped, d)
	for _, why := range d.Reasons {
		r.DroppedBy[why]++
	}
}

// Verify writes the conservation identities into Checks and refuses an
// import where any fails.
func (r *Report) Verify() error {
	o, s := r.Oxen, r.Sesh
	check := func(name string, left, right Sum) {
		r.Checks = append(r.Checks, Check{Name: name, Left: left.String(), Right: right.String(), OK: left.v.Eq(&right.v)})
	}
	r.Checks = nil
	check("oxen stakes: in = converted + unconverted", S(o.StakesIn), plus(S(o.StakesConverted), S(o.StakesUnconverted)))
	check("oxen rewards: in = converted + unconverted", S(o.RewardsIn), plus(S(o.RewardsConverted), S(o.RewardsUnconverted)))
	check("conversion: (stakes + rewards converted) × NUM = converted × DEN + dust",
		times(plus(S(o.StakesConverted), S(o.RewardsConverted)), r.num), plus(times(s.Converted, r.den), s.ConversionDust))
	check("bonus pool = bonus given + undistributed", r.BonusPool, plus(S(s.Bonus), S(s.BonusUndistributed)))
	check("sesh: converted + bonus = staked in carried nodes + budgets", plus(s.Converted, S(s.Bonus)), plus(S(s.Staked), S(s.Budgets)))
	check("staked = nodes carried × staking requirement", S(s.Staked), times(S(s.NodesCarried), r.Requirement))
	check("claims pool = coin claims + unallocated", r.ClaimsPool, plus(S(s.Coins), S(s.ClaimsUnallocated)))
	var errs []error
	for _, c := range r.Checks {
		if !c.OK {
			errs = append(errs, fmt.Errorf("conservation: %s: %s ≠ %s", c.Name, c.Left, c.Right))
		}
	}
	return errors.Join(errs...)
}

// Text is the report for a terminal.
func (r *Report) Text() string {
	var b strings.Builder
	o, s := r.Oxen, r.Sesh
	fmt.Fprintf(&b, "Oxen snapshot at height %d (%s)\n", r.SnapshotHeight, r.SnapshotHash)
	fmt.Fprintf(&b, "ratio %s atomic SESH per atomic OXEN; bonus pool %s; claims pool %s; staking requirement %d\n\n",
		r.Ratio, r.BonusPool, r.ClaimsPool, r.Requirement)
	fmt.Fprintf(&b, "IN (atomic OXEN)\n")
	fmt.Fprintf(&b, "  stakes   %22d = converted %d + left in OXEN (unregistered) %d\n", o.StakesIn, o.StakesConverted, o.StakesUnconverted)
	fmt.Fprintf(&b, "  rewards  %22d = converted %d + left in OXEN (unregistered) %d\n", o.RewardsIn, o.RewardsConverted, o.RewardsUnconverted)
	fmt.Fprintf(&b, "  coins    %22d (claimable from the claims pool)\n", o.CoinsIn)
	fmt.Fprintf(&b, "  points   %22d (bonus programme)\n\n", o.BonusPoints)
	fmt.Fprintf(&b, "OUT (atomic SESH)\n")
	fmt.Fprintf(&b, "  converted %21s (rounding dropped %s/%d of a unit in all)\n", s.Converted, s.ConversionDust, r.den)
	fmt.Fprintf(&b, "  bonus     %21d (%d remainder units by largest remainder; %d undistributed)\n", s.Bonus, s.BonusRemainderUnits, s.BonusUndistributed)
	fmt.Fprintf(&b, "  staked    %21d in %d carried nodes of %d (operators topped up %d units of rounding)\n", s.Staked, s.NodesCarried, r.Nodes, s.OperatorTopUp)
	fmt.Fprintf(&b, "  budgets   %21d to %d Ethereum addresses\n", s.Budgets, s.BudgetAddresses)
	fmt.Fprintf(&b, "  coins     %21d to %d Oxen addresses (%s; %d remainder units; %d below one unit; %d of the pool unallocated)\n",
		s.Coins, s.CoinAddresses, s.CoinsMode, s.CoinsRemainderUnits, s.CoinsBelowOneUnit, s.ClaimsUnallocated)
	if len(r.DroppedBy) > 0 {
		fmt.Fprintf(&b, "\nNOT CARRIED (%d nodes; a node may have several reasons)\n", len(r.Dropped))
		reasons := make([]string, 0, len(r.DroppedBy))
		for why := range r.DroppedBy {
			reasons = append(reasons, why)
		}
		sort.Strings(reasons)
		for _, why := range reasons {
			fmt.Fprintf(&b, "  %-36s %d\n", why, r.DroppedBy[why])
		}
	}
	fmt.Fprintf(&b, "\nCONSERVATION\n")
	for _, c := range r.Checks {
		mark := "ok  "
		if !c.OK {
			mark = "FAIL"
		}
		fmt.Fprintf(&b, "  %s %s: %s = %s\n", mark, c.Name, c.Left, c.Right)
	}
	return strings.TrimRight(b.String(), "\n")
}
