package oxen

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/seshnet/seshnet/core/codec"
	coreoxen "github.com/seshnet/seshnet/core/oxen"
	"github.com/seshnet/seshnet/workchain/exec"
)

// Params are the migration's parameters.
type Params struct {
	// ClaimsCloseHeight is the last height at which a coin claim is taken
	// (0: claims never close).
	ClaimsCloseHeight int64 `json:"claims_close_height"`
}

// DefaultParams: claims never close (a network with nothing imported).
func DefaultParams() Params { return Params{} }

func (p Params) validate() error {
	if p.ClaimsCloseHeight < 0 {
		return fmt.Errorf("oxen.claims_close_height: must not be negative, is %d", p.ClaimsCloseHeight)
	}
	return nil
}

// ParamStore keeps them under params/oxen; governance may move the close.
var ParamStore = exec.Params[Params]{
	Module: Name, Default: DefaultParams, Validate: Params.validate,
	Authorities: []string{exec.AuthorityGov},
}

// Snapshot is the Oxen block the import was taken at, and its network:
// only standard addresses of that network claim coins.
type Snapshot struct {
	Height uint64    `json:"height"`
	Hash   codec.Hex `json:"hash"`
	// Network is oxen-core's name of the Oxen network (mainnet, testnet,
	// devnet, stagenet). The oxen plugin's "network" setting must match.
	Network string `json:"network"`
}

// Budget is an Ethereum address's imported SESH (atomic units): converted
// stake and rewards not locked in a carried node, plus its bonus share. It
// is credited to the address's claimable balance at InitChain.
type Budget struct {
	Address common.Address `json:"address"`
	Amount  uint64         `json:"amount"`
}

// Coin is an Oxen address's coin claim: the SESH (atomic units) its holder
// may claim by proving the address is theirs.
type Coin struct {
	OxenAddress string `json:"oxen_address"`
	Amount      uint64 `json:"amount"`
}

// Pools are the migration's two fixed pools (atomic SESH): the bonus
// programme's, spread over the budgets and carried stakes, and the coin
// claims', of which Coins take at most all.
type Pools struct {
	Bonus  uint64 `json:"bonus"`
	Claims uint64 `json:"claims"`
}

// Genesis is the oxen section of app_state (docs/migration.md). It is
// written by seshd genesis import-oxen; a network without a migration has
// the empty default.
type Genesis struct {
	Params   Params   `json:"params"`
	Snapshot Snapshot `json:"snapshot"`
	// Nodes are the Ed25519 keys of the nodes carried over, which the
	// registry section registers.
	Nodes   []codec.Hex `json:"nodes"`
	Budgets []Budget    `json:"budgets"`
	Coins   []Coin      `json:"coins"`
	Pools   Pools       `json:"pools"`
}

// DefaultGenesis imports nothing.
func DefaultGenesis() Genesis {
	return Genesis{Params: DefaultParams(), Snapshot: Snapshot{Hash: codec.Hex{}, Network: coreoxen.Mainnet.String()}, Nodes: []codec.Hex{}, Budgets: []Budget{}, Coins: []Coin{}}
}

// empty says whether the section imports nothing.
func (g Genesis) empty() bool {
	return len(g.Nodes) == 0 && len(g.Budgets) == 0 && len(g.Coins) == 0
}

// Validate checks the section and names each wrong entry: a repeated key,
// address or Oxen address, a zero amount, an Oxen address that is not
// base58 of an address's length, and coins beyond the claims pool.
func (g Genesis) Validate() error {
	errs := []error{g.Params.validate()}
	if !g.empty() && len(g.Snapshot.Hash) != 32 {
		errs = append(errs, fmt.Errorf("oxen.snapshot.hash: %d bytes, want 32", len(g.Snapshot.Hash)))
	}
	seenNode := make(map[string]int, len(g.Nodes))
	for i, n := range g.Nodes {
		if len(n) != 32 {
			errs = append(errs, fmt.Errorf("oxen.nodes[%d]: %d bytes, want 32", i, len(n)))
		}
		if j, dup := seenNode[string(n)]; dup {
			errs = append(errs, fmt.Errorf("oxen.nodes[%d]: same key as nodes[%d]", i, j))
		}
		seenNode[string(n)] = i
	}
	network, err := ParseNetwork(g.Snapshot.Network)
	if err != nil {
		errs = append(errs, fmt.Errorf("oxen.snapshot.network: %w", err))
	}
	errs = append(errs, validateBudgets(g.Budgets)...)
	coins, coinErrs := validateCoins(g.Coins, network)
	errs = append(errs, coinErrs...)
	if coins.Gt(uint256.NewInt(g.Pools.Claims)) {
		errs = append(errs, fmt.Errorf("oxen.coins: total %s is more than the claims pool %d", coins.Dec(), g.Pools.Claims))
	}
	return errors.Join(errs...)
}

func validateBudgets(budgets []Budget) []error {
	var errs []error
	total := new(uint256.Int)
	seen := make(map[common.Address]int, len(budgets))
	for i, b := range budgets {
		field := fmt.Sprintf("oxen.budgets[%d]", i)
		if b.Address == (common.Address{}) {
			errs = append(errs, fmt.Errorf("%s.address: the zero address", field))
		}
		if b.Amount == 0 {
			errs = append(errs, fmt.Errorf("%s.amount: must be positive", field))
		}
		if j, dup := seen[b.Address]; dup {
			errs = append(errs, fmt.Errorf("%s.address: %s already has budgets[%d]", field, b.Address, j))
		}
		seen[b.Address] = i
		total.Add(total, uint256.NewInt(b.Amount))
	}
	if !total.IsUint64() {
		errs = append(errs, fmt.Errorf("oxen.budgets: total %s is more than 2^64-1 atomic units", total.Dec()))
	}
	return errs
}

// validateCoins checks each coin and returns their total (uint256: a sum
// of uint64 amounts cannot wrap it). Each address must be a standard
// address of the snapshot's network: no other could ever claim.
func validateCoins(coins []Coin, network coreoxen.Network) (*uint256.Int, []error) {
	var errs []error
	total := new(uint256.Int)
	seen := make(map[string]int, len(coins))
	for i, c := range coins {
		field := fmt.Sprintf("oxen.coins[%d]", i)
		if err := checkCoinAddress(c.OxenAddress, network); err != nil {
			errs = append(errs, fmt.Errorf("%s.oxen_address: %w", field, err))
		}
		if c.Amount == 0 {
			errs = append(errs, fmt.Errorf("%s.amount: must be positive", field))
		}
		if j, dup := seen[c.OxenAddress]; dup {
			errs = append(errs, fmt.Errorf("%s.oxen_address: already has coins[%d]", field, j))
		}
		seen[c.OxenAddress] = i
		total.Add(total, uint256.NewInt(c.Amount))
	}
	return total, errs
}

// checkCoinAddress: the text check, then the address parses (checksum,
// keys) and is a standard address of network (0: unknown, not checked).
func checkCoinAddress(s string, network coreoxen.Network) error {
	if err := CheckAddressText(s); err != nil {
		return err
	}
	a, err := coreoxen.ParseAddress(s)
	switch {
	case err != nil:
		return err
	case network != 0 && a.Network != network:
		return fmt.Errorf("an Oxen %s address, the snapshot is of %s", a.Network, network)
	case a.Kind != coreoxen.Standard:
		return fmt.Errorf("a %s, only standard addresses claim", a.Kind)
	}
	return nil
}

const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// CheckAddressText is the workchain's syntactic check of an Oxen address:
// Monero-style base58 of a standard address's length (95 characters with
// a one-byte network prefix, as mainnet's 114, up to 97 with a longer
// one). The checksum and keys are the claim's business, which parses the
// address (core/oxen).
func CheckAddressText(s string) error {
	if len(s) < 95 || len(s) > 97 {
		return fmt.Errorf("%d characters, an Oxen address has 95 to 97", len(s))
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return !strings.ContainsRune(base58Alphabet, r) }); i >= 0 {
		return fmt.Errorf("character %d is not base58", i)
	}
	return nil
}
