package protocol

import "slices"

// Signing domains of HostAPI.Sign. A module names the domain its message
// belongs to; the host signs only in the domains the operator allows the
// module, with a key the module never holds.
const (
	// SignEd25519 signs with the node's Ed25519 identity key, over
	// Ed25519Message(message).
	SignEd25519 = "ed25519"
	// The BLS domains sign with the node's BN254 key, over the staking
	// contract's exact message (Session's ServiceNodeRewards):
	// SignRewards: rewardTag ‖ recipient(20) ‖ uint256 cumulative rewards.
	SignRewards = "rewards"
	// SignExit: exitTag ‖ X ‖ Y ‖ uint256 timestamp.
	SignExit = "exit"
	// SignLiquidation: liquidateTag ‖ X ‖ Y ‖ uint256 timestamp.
	SignLiquidation = "liquidation"
	// SignProofOfPossession: popTag ‖ X ‖ Y ‖ operator(20) ‖ ed25519 key.
	SignProofOfPossession = "proof_of_possession"
)

// MaxSignMessage bounds a message to sign (the BLS messages are at most
// 148 bytes; an Ed25519 message is a module's own small statement).
const MaxSignMessage = 4096

// signDomains is every domain, sorted.
var signDomains = []string{SignEd25519, SignExit, SignLiquidation, SignProofOfPossession, SignRewards}

// SignDomains lists every signing domain, sorted.
func SignDomains() []string { return slices.Clone(signDomains) }

// KnownSignDomain says whether d is a signing domain. Names are matched
// exactly: no case folding, no trimming.
func KnownSignDomain(d string) bool { return slices.Contains(signDomains, d) }

// BLSSignDomain says whether d is signed with the node's BLS key.
func BLSSignDomain(d string) bool { return KnownSignDomain(d) && d != SignEd25519 }

// ed25519Prefix separates what the node's Ed25519 key signs for modules
// from everything else it signs: workchain transactions begin with a
// length-prefixed domain, node-to-node requests with "seshnet-n2n-v1\x00",
// registration proofs with the key itself; none begins with "seshnet/".
const ed25519Prefix = "seshnet/" + SignEd25519 + "\x00"

// Ed25519Message is what the node's Ed25519 key signs when a module asks
// it to sign msg in the ed25519 domain: "seshnet/ed25519\x00" ‖ msg. A
// verifier checks the signature against these bytes, not msg alone.
func Ed25519Message(msg []byte) []byte {
	out := make([]byte, 0, len(ed25519Prefix)+len(msg))
	return append(append(out, ed25519Prefix...), msg...)
}
