// Package oxensnap reads an Oxen snapshot (docs/migration.md), imports it
// into a seshnet genesis by Session's transition rules (the nodes carried
// over, the budgets per Ethereum address, the coin claims per Oxen
// address) with a conservation report, and makes synthetic snapshots for
// newcomers and tests. It is the tool behind seshd genesis import-oxen,
// seshd genesis oxen-sample and seshd testnet --oxen-snapshot.
package oxensnap

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	coreoxen "github.com/seshnet/seshnet/core/oxen"
)

// Version is the snapshot format this package reads.
const Version = 1

// Atomic is an amount in atomic units (1 OXEN = 1e9; 1 SESH = 1e9), in
// JSON a string of decimal digits: no sign, no leading zero, no exponent,
// below 2^64. (A string, not a JSON number, because JSON tools lose
// integers past 2^53.) A malformed amount is kept with its error so that
// Check names the entry it is in.
type Atomic struct {
	v   uint64
	err error
}

// A is the amount v.
func A(v uint64) Atomic { return Atomic{v: v} }

// Uint64 is the amount.
func (a Atomic) Uint64() uint64 { return a.v }

// UnmarshalJSON records what is wrong with anything but the decimal string
// form (negative, overflowing, malformed) for Check to report.
func (a *Atomic) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		*a = Atomic{err: fmt.Errorf("amount %s: want a decimal string", b)}
		return nil
	}
	v, err := ParseAtomic(s)
	*a = Atomic{v: uint64(v.v), err: err}
	return nil
}

// MarshalJSON writes the decimal string form.
func (a Atomic) MarshalJSON() ([]byte, error) { return json.Marshal(strconv.FormatUint(a.v, 10)) }

// ParseAtomic reads the decimal string form of an amount.
func ParseAtomic(s string) (Atomic, error) {
	switch {
	case s == "":
		return Atomic{}, errors.New("amount is empty")
	case s[0] == '-':
		return Atomic{}, fmt.Errorf("amount %s is negative", s)
	case strings.Trim(s, "0123456789") != "":
		return Atomic{}, fmt.Errorf("amount %q is not decimal digits", s)
	case len(s) > 1 && s[0] == '0':
		return Atomic{}, fmt.Errorf("amount %s has a leading zero", s)
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return Atomic{}, fmt.Errorf("amount %s overflows 64 bits", s)
	}
	return A(v), nil
}

// Snapshot is an Oxen network's state at one block, as the import reads it.
type Snapshot struct {
	Version int    `json:"version"`
	Height  uint64 `json:"height"`
	Hash    string `json:"hash"`
	// Params are the import's parameters; seshd genesis import-oxen's
	// flags override them.
	Params       Params        `json:"params"`
	ServiceNodes []ServiceNode `json:"service_nodes"`
	// Rewards are the accrued, unpaid service node rewards per Oxen address.
	Rewards []Balance `json:"rewards"`
	// BonusPoints are the Service Node Bonus programme's points per
	// Ethereum address.
	BonusPoints []Points `json:"bonus_points"`
	// Coins are the circulating balances eligible for coin claims.
	Coins []Balance `json:"coins"`
	// Totals are the sums the exporter computed: a snapshot whose entries
	// do not add up to them is refused.
	Totals Totals `json:"totals"`

	checked bool             // Check passed (Import does not check twice)
	network coreoxen.Network // its addresses' Oxen network, found by Check
}

// Network is the Oxen network of the snapshot's addresses (mainnet when it
// has none), once Check passed.
func (s *Snapshot) Network() coreoxen.Network {
	if s.network == 0 {
		return coreoxen.Mainnet
	}
	return s.network
}

// Totals are a snapshot's declared sums (atomic OXEN, and points).
type Totals struct {
	Staked      Atomic `json:"staked"`
	Rewards     Atomic `json:"rewards"`
	Coins       Atomic `json:"coins"`
	BonusPoints Atomic `json:"bonus_points"`
}

// Params are the import's parameters.
type Params struct {
	// Ratio is atomic SESH per atomic OXEN as "NUM/DEN".
	Ratio string `json:"ratio"`
	// BonusPool and ClaimsPool are atomic SESH.
	BonusPool  Atomic `json:"bonus_pool"`
	ClaimsPool Atomic `json:"claims_pool"`
}

// ServiceNode is one Oxen service node.
type ServiceNode struct {
	Ed25519 string `json:"ed25519"`
	// BLS is the 64-byte key the node registered for the transition
	// (hex), or null.
	BLS *string `json:"bls"`
	// RegistrationHeight orders the nodes, oldest first (Session's order).
	RegistrationHeight uint64 `json:"registration_height"`
	// StakingRequirement is the node's requirement in atomic OXEN (15,000
	// OXEN for all but a few old mainnet nodes).
	StakingRequirement Atomic `json:"staking_requirement"`
	Operator           string `json:"operator"`
	// FeeBP is the operator's fee in basis points (Oxen stores portions of
	// 2^64−4: fee_bp = portions / 184467440737095, as Session converts).
	FeeBP        uint32        `json:"fee_bp"`
	Contributors []Contributor `json:"contributors"`
}

// Contributor is one staker of a node. The operator is contributors[0].
type Contributor struct {
	OxenAddress string `json:"oxen_address"`
	Amount      Atomic `json:"amount"`
	// EthAddress is the Ethereum address registered for the transition,
	// or null.
	EthAddress *common.Address `json:"eth_address"`
}

// Balance is an amount of atomic OXEN held by an Oxen address; an Oxen
// address that registered for the transition may say its Ethereum address
// (the same one everywhere it appears).
type Balance struct {
	OxenAddress string          `json:"oxen_address"`
	Amount      Atomic          `json:"amount"`
	EthAddress  *common.Address `json:"eth_address,omitempty"`
}

// Points are an Ethereum address's bonus programme points.
type Points struct {
	EthAddress common.Address `json:"eth_address"`
	Points     Atomic         `json:"points"`
}

// Parse reads a snapshot strictly (unknown fields and trailing data are
// errors) and checks it (Check).
func Parse(raw []byte) (*Snapshot, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var s Snapshot
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("snapshot: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("snapshot: trailing data after the document")
	}
	if err := s.Check(); err != nil {
		return nil, err
	}
	return &s, nil
}

// Ratio parses "NUM/DEN" (both positive, below 2^32: their product with
// an amount stays far from 2^128).
func ParseRatio(s string) (num, den uint64, err error) {
	a, b, ok := strings.Cut(s, "/")
	if ok {
		num, err = strconv.ParseUint(a, 10, 32)
		if err == nil {
			den, err = strconv.ParseUint(b, 10, 32)
		}
	}
	if !ok || err != nil || num == 0 || den == 0 {
		return 0, 0, fmt.Errorf("ratio %q: want NUM/DEN, two integers from 1 to 2^32-1", s)
	}
	return num, den, nil
}

// Check refuses a snapshot with a malformed, zero, duplicated or
// inconsistent entry, naming it; and one that breaks Oxen's stake rules
// (operator first, at most 10 contributors, contributions within the
// node's requirement, a fee within 10,000 bp).
func (s *Snapshot) Check() error {
	if s.Version != Version {
		return fmt.Errorf("snapshot: version %d, this seshd reads version %d", s.Version, Version)
	}
	if h, err := hex.DecodeString(s.Hash); err != nil || len(h) != 32 {
		return fmt.Errorf("snapshot.hash: want 32 bytes of hex, is %q", s.Hash)
	}
	c := checker{eth: map[string]ethSeen{}, parsed: map[string]error{}}
	if _, _, err := ParseRatio(s.Params.Ratio); err != nil {
		c.fail("params.ratio: %v", err)
	}
	c.amount("params.bonus_pool", s.Params.BonusPool, true)
	c.amount("params.claims_pool", s.Params.ClaimsPool, true)
	c.nodes(s.ServiceNodes)
	c.balances("rewards", s.Rewards, true)
	c.balances("coins", s.Coins, false)
	c.points(s.BonusPoints)
	if len(c.errs) == 0 {
		c.totals(s)
	}
	s.checked, s.network = len(c.errs) == 0, c.network
	if len(c.errs) > maxErrors {
		c.errs = append(c.errs[:maxErrors], fmt.Errorf("snapshot: and %d more errors", len(c.errs)-maxErrors))
	}
	return errors.Join(c.errs...)
}

// maxErrors is how many errors Check names before it counts the rest.
const maxErrors = 20

// totals refuses a snapshot whose entries do not add up to its declared
// totals (sums in 128 bits: no entry list can wrap them).
func (c *checker) totals(s *Snapshot) {
	var staked, rewards, coins, points sum128
	for _, n := range s.ServiceNodes {
		for _, ct := range n.Contributors {
			staked.add(ct.Amount.v)
		}
	}
	for _, b := range s.Rewards {
		rewards.add(b.Amount.v)
	}
	for _, b := range s.Coins {
		coins.add(b.Amount.v)
	}
	for _, p := range s.BonusPoints {
		points.add(p.Points.v)
	}
	for _, t := range []struct {
		field    string
		declared Atomic
		sum      sum128
	}{{"staked", s.Totals.Staked, staked}, {"rewards", s.Totals.Rewards, rewards}, {"coins", s.Totals.Coins, coins}, {"bonus_points", s.Totals.BonusPoints, points}} {
		if !c.amount("totals."+t.field, t.declared, true) {
			continue
		}
		if t.sum.hi != 0 || t.sum.lo != t.declared.v {
			c.fail("totals.%s: declared %d, the entries add up to %s: the snapshot does not conserve", t.field, t.declared.v, t.sum)
		}
	}
}

// sum128 is a sum of 64-bit amounts that cannot wrap.
type sum128 struct{ hi, lo uint64 }

func (s *sum128) add(v uint64) {
	var carry uint64
	s.lo, carry = bits.Add64(s.lo, v, 0)
	s.hi += carry
}

func (s sum128) String() string {
	return new(big.Int).Add(new(big.Int).Lsh(new(big.Int).SetUint64(s.hi), 64), new(big.Int).SetUint64(s.lo)).String()
}

// ethSeen is the Ethereum address an Oxen address registered, and where it
// was first seen.
type ethSeen struct {
	eth   *common.Address
	where string
}

type checker struct {
	errs   []error
	eth    map[string]ethSeen
	parsed map[string]error // each address is parsed once
	// network is the Oxen network of the first address: every other must
	// be of it too (the workchain takes claims of one network's addresses).
	network coreoxen.Network
}

// parse checks an Oxen address (core/oxen: checksum, prefix, keys): a
// wallet's primary (standard) address of the snapshot's one network.
func (c *checker) parse(addr string) error {
	err, ok := c.parsed[addr]
	if !ok {
		err = c.parseNew(addr)
		c.parsed[addr] = err
	}
	return err
}

func (c *checker) parseNew(addr string) error {
	a, err := coreoxen.ParseAddress(addr)
	switch {
	case err != nil:
		return err
	case a.Kind != coreoxen.Standard:
		return fmt.Errorf("a %s, not a wallet's primary (standard) address", a.Kind)
	case c.network == 0:
		c.network = a.Network
	case a.Network != c.network:
		return fmt.Errorf("an Oxen %s address in a snapshot of %s addresses", a.Network, c.network)
	}
	return nil
}

func (c *checker) fail(format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf("snapshot."+format, args...))
}

// amount reports a malformed amount, or a zero one unless zero is allowed.
func (c *checker) amount(field string, a Atomic, zeroOK bool) bool {
	switch {
	case a.err != nil:
		c.fail("%s: %v", field, a.err)
	case a.v == 0 && !zeroOK:
		c.fail("%s: must be positive", field)
	default:
		return true
	}
	return false
}

// oxenAddress checks an address and that it registers the same Ethereum
// address (or none) wherever it appears.
func (c *checker) oxenAddress(field, addr string, eth *common.Address) {
	if err := c.parse(addr); err != nil {
		c.fail("%s: oxen address %q: %v", field, addr, err)
		return
	}
	if eth != nil && *eth == (common.Address{}) {
		c.fail("%s.eth_address: the zero address", field)
	}
	prev, ok := c.eth[addr]
	if !ok {
		c.eth[addr] = ethSeen{eth: eth, where: field}
		return
	}
	if (prev.eth == nil) != (eth == nil) || (eth != nil && *prev.eth != *eth) {
		c.fail("%s.eth_address: %s registers another Ethereum address at %s", field, addr, prev.where)
	}
}

func (c *checker) nodes(nodes []ServiceNode) {
	seenKey, seenBLS := map[string]int{}, map[string]int{}
	for i, n := range nodes {
		field := fmt.Sprintf("service_nodes[%d]", i)
		if k, err := hex.DecodeString(n.Ed25519); err != nil || len(k) != 32 {
			c.fail("%s.ed25519: want 32 bytes of hex, is %q", field, n.Ed25519)
		} else if j, dup := seenKey[string(k)]; dup {
			c.fail("%s.ed25519: %s is service_nodes[%d]'s too", field, n.Ed25519, j)
		} else {
			seenKey[string(k)] = i
		}
		if n.BLS != nil {
			if k, err := hex.DecodeString(*n.BLS); err != nil || len(k) != 64 {
				c.fail("%s.bls: want 64 bytes of hex or null, is %q", field, *n.BLS)
			} else if j, dup := seenBLS[string(k)]; dup {
				c.fail("%s.bls: service_nodes[%d] has the same key", field, j)
			} else {
				seenBLS[string(k)] = i
			}
		}
		c.stake(field, n)
	}
}

// stake checks Oxen's stake rules for one node.
func (c *checker) stake(field string, n ServiceNode) {
	if !c.amount(field+".staking_requirement", n.StakingRequirement, false) {
		return
	}
	req := n.StakingRequirement.v
	if n.FeeBP > 10_000 {
		c.fail("%s.fee_bp: %d is more than 10000", field, n.FeeBP)
	}
	if len(n.Contributors) == 0 || len(n.Contributors) > 10 {
		c.fail("%s.contributors: %d, a node has 1 to 10", field, len(n.Contributors))
		return
	}
	if n.Contributors[0].OxenAddress != n.Operator {
		c.fail("%s.contributors[0]: the operator %s must be the first contributor", field, n.Operator)
	}
	seen := map[string]int{}
	var total uint64
	for j, ct := range n.Contributors {
		cf := fmt.Sprintf("%s.contributors[%d]", field, j)
		c.oxenAddress(cf+".oxen_address", ct.OxenAddress, ct.EthAddress)
		if k, dup := seen[ct.OxenAddress]; dup {
			c.fail("%s.oxen_address: contributors[%d] is the same address", cf, k)
		}
		seen[ct.OxenAddress] = j
		if !c.amount(cf+".amount", ct.Amount, false) {
			continue
		}
		if ct.Amount.v > req-total {
			c.fail("%s.amount: contributions pass the node's staking requirement %d", cf, req)
			total = req
			continue
		}
		total += ct.Amount.v // at most req
	}
}

// balances checks rewards (whose Oxen addresses may register an Ethereum
// address) and coins (claimed by signature: no registration).
func (c *checker) balances(name string, list []Balance, registers bool) {
	seen := map[string]int{}
	for i, b := range list {
		field := fmt.Sprintf("%s[%d]", name, i)
		switch {
		case registers:
			c.oxenAddress(field+".oxen_address", b.OxenAddress, b.EthAddress)
		case b.EthAddress != nil:
			c.fail("%s.eth_address: coins are claimed by signature, they register no Ethereum address", field)
		default:
			if err := c.parse(b.OxenAddress); err != nil {
				c.fail("%s.oxen_address: %q: %v", field, b.OxenAddress, err)
			}
		}
		if j, dup := seen[b.OxenAddress]; dup {
			c.fail("%s.oxen_address: %s is %s[%d] too", field, b.OxenAddress, name, j)
		}
		seen[b.OxenAddress] = i
		c.amount(field+".amount", b.Amount, false)
	}
}

func (c *checker) points(list []Points) {
	seen := map[common.Address]int{}
	for i, p := range list {
		field := fmt.Sprintf("bonus_points[%d]", i)
		if p.EthAddress == (common.Address{}) {
			c.fail("%s.eth_address: the zero address", field)
		}
		if j, dup := seen[p.EthAddress]; dup {
			c.fail("%s.eth_address: %s is bonus_points[%d] too", field, p.EthAddress, j)
		}
		seen[p.EthAddress] = i
		c.amount(field+".points", p.Points, false)
	}
}
