package oxen

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/rewards"
)

// Nodes is what the migration needs of the registry: that each node the
// import carried over is registered (the registry's section is initialised
// first, so a carried node missing there is a genesis that was edited by
// hand).
type Nodes interface {
	KnownNode(c exec.Context, pub []byte) error
}

// Credits is what the migration needs of the rewards concern: to add an
// amount to an address's cumulative claimable balance, with a reason
// (rewards.Crediter). Budgets and accepted claims are then signed for and
// claimed on the L2 like rewards.
type Credits interface {
	Credit(c exec.Context, addr common.Address, amount *uint256.Int, reason rewards.CreditReason) error
}
