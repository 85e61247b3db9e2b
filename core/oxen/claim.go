package oxen

import (
	"github.com/ethereum/go-ethereum/common"
)

// ClaimVersion names the layout of ClaimMessage; a new layout gets a new
// version so old signatures cannot be read under new rules.
const ClaimVersion = "v1"

// ClaimMessage is the exact text a holder signs with the Oxen wallet to
// claim the SESH owed to an Oxen address (docs/migration.md, "The claim
// message"):
//
//	seshnet oxen claim v1 chain=<chain id> to=<0x EIP-55 Ethereum address>
//
// It is one line with single spaces and no trailing newline, so it can be
// signed with the wallet CLI's sign_value (which rejoins its arguments with
// single spaces), the GUI's sign box or the wallet RPC "sign" alike. The
// chain id binds the claim to one seshnet network; the Ethereum address is
// where the SESH goes, so a copied signature cannot redirect it.
func ClaimMessage(chainID string, eth [20]byte) []byte {
	return []byte("seshnet oxen claim " + ClaimVersion + " chain=" + chainID + " to=" + common.Address(eth).Hex())
}
