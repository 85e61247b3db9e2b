package oxensnap

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"math/bits"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/core/codec"
	"github.com/seshnet/seshnet/workchain/oxen"
	"github.com/seshnet/seshnet/workchain/registry"
)

// Options are the import's parameters. A zero Ratio, BonusPool or
// ClaimsPool takes the snapshot's own.
type Options struct {
	RatioNum, RatioDen uint64
	BonusPool          *uint64
	ClaimsPool         *uint64
	// Registry are the new network's stake rules; its staking requirement
	// is what a carried node is funded with.
	Registry registry.Params
	// FirstID is the service node id of the first carried node (the others
	// follow in Session's order).
	FirstID uint64
	// ClaimsCloseHeight is oxen.claims_close_height (0: never).
	ClaimsCloseHeight int64
}

// Result is what the import writes: the registry nodes carried over, the
// oxen genesis section and the conservation report.
type Result struct {
	Nodes  []registry.GenesisNode
	Oxen   oxen.Genesis
	Report Report
}

// Drop reasons: why a node is not carried over (Session's zombie flags,
// oxen-core sesh_transition.cpp node_transition, plus the registry's rules).
const (
	ReasonNoBLS          = "missing_bls_key"
	ReasonPartlyFunded   = "partially_funded"
	ReasonUnregistered   = "contributor_not_registered_for_swap"
	ReasonInsufficient   = "insufficient_sesh"
	ReasonStakeRule      = "stake_rule"
	ReasonConversionSize = "conversion_overflow"
)

// importer holds the running state of one import.
type importer struct {
	s        *Snapshot
	o        Options
	reg      map[string]common.Address // Oxen address -> registered Ethereum address
	unalloc  map[common.Address]uint64 // Session's "unallocated" SESH per address
	rep      Report
	firstErr error
}

// Import runs Session's transition over a checked snapshot (Parse checks
// it): see docs/migration.md for each rule and remainder.
func Import(s *Snapshot, o Options) (*Result, error) {
	if !s.checked {
		if err := s.Check(); err != nil {
			return nil, err
		}
	}
	o, err := resolve(s, o)
	if err != nil {
		return nil, err
	}
	im := &importer{s: s, o: o, reg: map[string]common.Address{}, unalloc: map[common.Address]uint64{}}
	im.rep.init(s, o)
	im.registrations()
	im.bonus()
	im.convertRewards()
	im.convertStakes()
	nodes := im.carry()
	budgets := im.budgets()
	coins := im.coins()
	if im.firstErr != nil {
		return nil, im.firstErr
	}
	res := &Result{Nodes: nodes, Report: im.rep}
	res.Oxen = oxen.Genesis{
		Params:   oxen.Params{ClaimsCloseHeight: o.ClaimsCloseHeight},
		Snapshot: oxen.Snapshot{Height: s.Height, Hash: mustHex(s.Hash), Network: s.Network().String()},
		Nodes:    make([]codec.Hex, len(nodes)),
		Budgets:  budgets,
		Coins:    coins,
		Pools:    oxen.Pools{Bonus: *o.BonusPool, Claims: *o.ClaimsPool},
	}
	for i, n := range nodes {
		res.Oxen.Nodes[i] = codec.Hex(n.Ed25519)
	}
	if err := res.Report.Verify(); err != nil {
		return nil, err
	}
	return res, res.Oxen.Validate()
}

// resolve fills the options the caller left to the snapshot.
func resolve(s *Snapshot, o Options) (Options, error) {
	if o.RatioNum == 0 || o.RatioDen == 0 {
		num, den, err := ParseRatio(s.Params.Ratio)
		if err != nil {
			return o, err
		}
		o.RatioNum, o.RatioDen = num, den
	}
	if o.RatioNum >= 1<<32 || o.RatioDen >= 1<<32 {
		return o, fmt.Errorf("ratio %d/%d: both must be below 2^32", o.RatioNum, o.RatioDen)
	}
	if o.BonusPool == nil {
		v := s.Params.BonusPool.v
		o.BonusPool = &v
	}
	if o.ClaimsPool == nil {
		v := s.Params.ClaimsPool.v
		o.ClaimsPool = &v
	}
	if err := o.Registry.Validate(); err != nil {
		return o, err
	}
	if o.FirstID == 0 {
		o.FirstID = 1
	}
	if o.ClaimsCloseHeight < 0 {
		return o, fmt.Errorf("claims close height %d: must not be negative", o.ClaimsCloseHeight)
	}
	return o, nil
}

func mustHex(s string) codec.Hex {
	b, _ := hex.DecodeString(s) // Check accepted it
	return b
}

// fail records the first error the import meets (an overflow, named).
func (im *importer) fail(format string, args ...any) {
	if im.firstErr == nil {
		im.firstErr = fmt.Errorf("snapshot."+format, args...)
	}
}

// registrations is Session's address map: each Oxen address that
// registered, to its Ethereum address (Check made them agree).
func (im *importer) registrations() {
	for _, n := range im.s.ServiceNodes {
		for _, c := range n.Contributors {
			if c.EthAddress != nil {
				im.reg[c.OxenAddress] = *c.EthAddress
			}
		}
	}
	for _, b := range im.s.Rewards {
		if b.EthAddress != nil {
			im.reg[b.OxenAddress] = *b.EthAddress
		}
	}
}

// credit adds v to addr's unallocated SESH, refusing a total past 2^64.
func (im *importer) credit(field string, addr common.Address, v uint64) {
	sum, carry := bits.Add64(im.unalloc[addr], v, 0)
	if carry != 0 {
		im.fail("%s: %s's total passes 2^64-1 atomic SESH", field, addr)
		return
	}
	im.unalloc[addr] = sum
}

// convert is ⌊oxen × num / den⌋ and its remainder (in 1/den atomic SESH),
// or false when the result passes 64 bits.
func (im *importer) convert(oxenAmount uint64) (sesh, rem uint64, ok bool) {
	return mulDiv(oxenAmount, im.o.RatioNum, im.o.RatioDen)
}

func mulDiv(a, num, den uint64) (q, r uint64, ok bool) {
	hi, lo := bits.Mul64(a, num)
	if hi >= den {
		return 0, 0, false
	}
	q, r = bits.Div64(hi, lo, den)
	return q, r, true
}

// convertRewards converts the accrued rewards of registered addresses
// (Session: sql.get_all_accrued_rewards, oxen_to_sesh per entry, rounded
// down). Unregistered rewards stay OXEN: they are reported, not carried.
func (im *importer) convertRewards() {
	for i, b := range im.s.Rewards {
		eth, ok := im.reg[b.OxenAddress]
		if !ok {
			im.rep.Oxen.RewardsUnconverted += b.Amount.v
			continue
		}
		q, r, ok := im.convert(b.Amount.v)
		if !ok {
			im.fail("rewards[%d].amount: %d converts past 2^64-1", i, b.Amount.v)
			continue
		}
		im.rep.Oxen.RewardsConverted += b.Amount.v
		im.rep.conv(q, r)
		im.credit(fmt.Sprintf("rewards[%d]", i), eth, q)
	}
}

// convertStakes converts every registered contributor's stake, of every
// node, carried or not (Session's "pass one").
func (im *importer) convertStakes() {
	for i, n := range im.s.ServiceNodes {
		for j, c := range n.Contributors {
			eth, ok := im.reg[c.OxenAddress]
			if !ok {
				im.rep.Oxen.StakesUnconverted += c.Amount.v
				continue
			}
			q, r, ok := im.convert(c.Amount.v)
			if !ok {
				im.fail("service_nodes[%d].contributors[%d].amount: %d converts past 2^64-1", i, j, c.Amount.v)
				continue
			}
			im.rep.Oxen.StakesConverted += c.Amount.v
			im.rep.conv(q, r)
			im.credit(fmt.Sprintf("service_nodes[%d].contributors[%d]", i, j), eth, q)
		}
	}
}

// budgets are the unallocated SESH left after the carried nodes took their
// stakes, per address, in address order.
func (im *importer) budgets() []oxen.Budget {
	out := make([]oxen.Budget, 0, len(im.unalloc))
	for addr, v := range im.unalloc {
		if v > 0 {
			out = append(out, oxen.Budget{Address: addr, Amount: v})
			im.rep.Sesh.Budgets += v
		}
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i].Address[:], out[j].Address[:]) < 0 })
	im.rep.Sesh.BudgetAddresses = uint64(len(out))
	return out
}
