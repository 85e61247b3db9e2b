package claim

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/seshnet/seshnet/modules/bridge/contracts/bindings"
)

// hints say what the contract's refusals mean for a claimant.
var hints = map[string]string{
	"ClaimThresholdExceeded":    "the contract's cap on all claims in this claim cycle is reached; the recorded balance stays, claim again in the next cycle",
	"RecipientRewardsTooLow":    "the contract already records this total or more",
	"InsufficientBLSSignatures": "too many non-signers for the contract",
	"InvalidBLSSignature":       "the contract's node set changed since the signatures were gathered; try again",
	"SignatureExpired":          "the signatures' timestamp is older than the contract's signatureExpiry",
	"ContractNotStarted":        "the staking contract is not started",
	"EnforcedPause":             "the staking contract is paused",
}

// explain names the contract's custom error in err (a revert met when the
// transaction's gas is estimated, before anything is sent).
func explain(err error) error {
	name := RevertName(err)
	if name == "" {
		return err
	}
	if h, ok := hints[name]; ok {
		return fmt.Errorf("the contract refuses with %s (%s): %w", name, h, err)
	}
	return fmt.Errorf("the contract refuses with %s: %w", name, err)
}

// RevertName is the name of the staking contract's custom error err
// carries, or "".
func RevertName(err error) string {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return ""
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return ""
	}
	data := common.FromHex(s)
	if len(data) < 4 {
		return ""
	}
	parsed, perr := bindings.ServiceNodeRewardsMetaData.GetAbi()
	if perr != nil {
		return ""
	}
	for _, e := range parsed.Errors {
		if bytes.Equal(e.ID[:4], data[:4]) {
			return e.Name
		}
	}
	return ""
}
