package oxen

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	coreoxen "github.com/seshnet/seshnet/core/oxen"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/rewards"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/tx"
)

// TxClaim is the coin claim transaction (docs/migration.md, "The claim
// transaction"): any signer may relay it, the Oxen signature inside proves
// the holder.
const TxClaim = "oxen_claim"

// MaxClaimBody bounds the claim's body: its three fields take under 300
// bytes.
const MaxClaimBody = 1024

// Codes of the oxen codespace.
const (
	CodeBadRequest     uint32 = 1 // malformed body, address that does not parse, wrong network, not standard
	CodeBadSignature   uint32 = 2 // not the spend key's signature over ClaimMessage(chain id, to)
	CodeNoBalance      uint32 = 3 // the snapshot gave the address no coins
	CodeAlreadyClaimed uint32 = 4 // the spend key claimed already
	CodeClosed         uint32 = 5 // the block is past claims_close_height
)

// Errors of the claim, one per code.
var (
	ErrBadRequest     = errors.New("bad claim")
	ErrBadSignature   = errors.New("bad claim signature")
	ErrNoBalance      = errors.New("no coins to claim")
	ErrAlreadyClaimed = errors.New("already claimed")
	ErrClosed         = errors.New("claims closed")
)

func codeOf(err error) uint32 {
	for _, c := range []struct {
		err  error
		code uint32
	}{{ErrBadRequest, CodeBadRequest}, {ErrBadSignature, CodeBadSignature}, {ErrNoBalance, CodeNoBalance}, {ErrAlreadyClaimed, CodeAlreadyClaimed}, {ErrClosed, CodeClosed}} {
		if errors.Is(err, c.err) {
			return c.code
		}
	}
	return 0
}

// State keys of the claims.
var (
	claimedPrefix = []byte("oxen/claimed/") // + 32-byte spend key -> Claimed JSON
	claimsKey     = []byte("oxen/claims")   // ClaimsTotal JSON, from the first claim on
	closedKey     = []byte("oxen/closed")   // Closed JSON, once the close height has passed
)

// ClaimBody is the transaction's JSON body.
type ClaimBody struct {
	OxenAddress string `json:"oxen_address"`
	To          string `json:"to"`
	Signature   string `json:"signature"`
}

// Claim is a decoded claim: the address parsed, "to" read.
type Claim struct {
	Address   coreoxen.Address
	To        common.Address
	Signature string
}

// DecodeClaim reads a claim body: at most MaxClaimBody bytes of strict JSON
// (unknown fields, trailing data and a missing field refused), an Oxen
// address that parses and "to" as 0x and 40 hex digits in any case. The
// network, the kind and the signature are Check's.
func DecodeClaim(raw []byte) (Claim, error) {
	if len(raw) > MaxClaimBody {
		return Claim{}, fmt.Errorf("%w: body of %d bytes, at most %d", ErrBadRequest, len(raw), MaxClaimBody)
	}
	b, err := exec.DecodeStrict[ClaimBody](raw)
	if err != nil {
		return Claim{}, fmt.Errorf("%w: body: %v", ErrBadRequest, err)
	}
	if b.OxenAddress == "" || b.To == "" || b.Signature == "" {
		return Claim{}, fmt.Errorf("%w: oxen_address, to and signature are all required", ErrBadRequest)
	}
	addr, err := coreoxen.ParseAddress(b.OxenAddress)
	if err != nil {
		return Claim{}, fmt.Errorf("%w: oxen_address: %v", ErrBadRequest, err)
	}
	to, err := ParseEth(b.To)
	if err != nil {
		return Claim{}, fmt.Errorf("%w: to: %v", ErrBadRequest, err)
	}
	return Claim{Address: addr, To: to, Signature: b.Signature}, nil
}

// ParseEth reads 0x and 20 bytes of hex in any case: a checksum is not
// required, the message signed is the EIP-55 form rebuilt from the bytes.
func ParseEth(s string) (common.Address, error) {
	h, ok := strings.CutPrefix(s, "0x")
	if !ok {
		h, ok = strings.CutPrefix(s, "0X")
	}
	b, err := hex.DecodeString(h)
	if !ok || err != nil || len(b) != common.AddressLength {
		return common.Address{}, errors.New("want 0x and 40 hex digits")
	}
	return common.BytesToAddress(b), nil
}

// Claimed is the record of a spend key's claim.
type Claimed struct {
	OxenAddress string         `json:"oxen_address"`
	Height      int64          `json:"height"`
	To          common.Address `json:"to"`
	Amount      uint64         `json:"amount"`
}

// ClaimsTotal counts the claims taken.
type ClaimsTotal struct {
	Claims uint64 `json:"claims"`
	Amount uint64 `json:"amount"` // at most the coins' total, a uint64 (Validate)
}

// Closed is what was never claimed, written at the end of the first block
// at or past the close height.
type Closed struct {
	Height       int64  `json:"height"`
	Addresses    uint64 `json:"addresses"`
	NeverClaimed uint64 `json:"never_claimed"`
}

// check runs every rule of a claim against state and returns the claim and
// the amount it credits. The order is the oxen plugin's, so a holder gets
// the same answer from it and from the chain.
func check(c exec.Context, raw []byte) (Claim, uint64, error) {
	cl, err := DecodeClaim(raw)
	if err != nil {
		return cl, 0, err
	}
	var snap Snapshot
	if err := getJSON(c.KV, snapshotKey, &snap); err != nil {
		return cl, 0, err
	}
	network, err := ParseNetwork(snap.Network)
	if err != nil {
		return cl, 0, err
	}
	if cl.Address.Network != network {
		return cl, 0, fmt.Errorf("%w: an Oxen %s address; this chain takes claims of %s addresses", ErrBadRequest, cl.Address.Network, network)
	}
	if cl.Address.Kind != coreoxen.Standard {
		return cl, 0, fmt.Errorf("%w: an Oxen %s address; claim with the wallet's primary (standard) address", ErrBadRequest, cl.Address.Kind)
	}
	if err := coreoxen.Verify(cl.Address, coreoxen.ClaimMessage(c.ChainID, cl.To), cl.Signature); err != nil {
		return cl, 0, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	amount, ok, err := Coins(c.KV, cl.Address.String())
	if err != nil {
		return cl, 0, err
	}
	if !ok {
		return cl, 0, fmt.Errorf("%w: the snapshot gave this address no coins", ErrNoBalance)
	}
	prev, claimed, err := claimedBy(c.KV, cl.Address.Spend)
	if err != nil {
		return cl, 0, err
	}
	if claimed {
		return cl, 0, fmt.Errorf("%w: this address's spend key claimed at height %d", ErrAlreadyClaimed, prev.Height)
	}
	if end := ParamStore.Get(c).ClaimsCloseHeight; end > 0 && c.Height > end {
		return cl, 0, fmt.Errorf("%w: claims closed at height %d, this is %d", ErrClosed, end, c.Height)
	}
	return cl, amount, nil
}

// claimOnce names a claim by its spend key, which claims once: the same
// signed claim relayed by several keys succeeds only once.
func claimOnce(t *tx.Tx) (string, error) {
	cl, err := DecodeClaim(t.Body)
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(cl.Address.Spend[:]), nil
}

func checkClaim(c exec.Context, t *tx.Tx) error {
	_, _, err := check(c, t.Body)
	return err
}

// deliverClaim marks the spend key claimed and credits "to" in the rewards
// concern (paid on the L2 like rewards).
func deliverClaim(credits Credits) func(c exec.Context, t *tx.Tx) error {
	return func(c exec.Context, t *tx.Tx) error {
		cl, amount, err := check(c, t.Body)
		if err != nil {
			return err
		}
		if err := credits.Credit(c, cl.To, uint256.NewInt(amount), rewards.CreditOxenClaim); err != nil {
			return fmt.Errorf("oxen claim: %w", err)
		}
		rec := Claimed{OxenAddress: cl.Address.String(), Height: c.Height, To: cl.To, Amount: amount}
		if err := setJSON(c.KV, key(claimedPrefix, cl.Address.Spend[:]), rec); err != nil {
			return err
		}
		var tot ClaimsTotal
		if err := getJSON(c.KV, claimsKey, &tot); err != nil {
			return err
		}
		tot.Claims++
		tot.Amount += amount
		if err := setJSON(c.KV, claimsKey, tot); err != nil {
			return err
		}
		c.Emit(abci.Event{Type: "oxen_claimed", Attributes: []abci.EventAttribute{
			{Key: "to", Value: cl.To.Hex(), Index: true},
			{Key: "amount", Value: strconv.FormatUint(amount, 10)},
			{Key: "height", Value: strconv.FormatInt(c.Height, 10)},
		}})
		return nil
	}
}

// claimedBy is the claim of a spend key, if any.
func claimedBy(kv state.KV, spend [coreoxen.KeySize]byte) (Claimed, bool, error) {
	var rec Claimed
	raw, err := kv.Get(key(claimedPrefix, spend[:]))
	if err != nil || raw == nil {
		return rec, false, err
	}
	if err := json.Unmarshal(raw, &rec); err != nil {
		return rec, false, fmt.Errorf("oxen: corrupt claim record: %w", err)
	}
	return rec, true, nil
}

// endBlock writes, once the close height is reached, what was never
// claimed, and emits oxen_claims_closed. A close height governance moves
// later is closed again when that height comes.
func endBlock(c exec.Context) error {
	end := ParamStore.Get(c).ClaimsCloseHeight
	if end == 0 || c.Height < end {
		return nil
	}
	var done Closed
	if err := getJSON(c.KV, closedKey, &done); err != nil {
		return err
	}
	if done.Height == end {
		return nil
	}
	var t Totals
	var claims ClaimsTotal
	if err := errors.Join(getJSON(c.KV, totalsKey, &t), getJSON(c.KV, claimsKey, &claims)); err != nil {
		return err
	}
	done = Closed{Height: end, Addresses: t.Coins - claims.Claims, NeverClaimed: t.CoinsTotal - claims.Amount}
	if err := setJSON(c.KV, closedKey, done); err != nil {
		return err
	}
	c.Emit(abci.Event{Type: "oxen_claims_closed", Attributes: []abci.EventAttribute{
		{Key: "close_height", Value: strconv.FormatInt(end, 10)},
		{Key: "addresses", Value: strconv.FormatUint(done.Addresses, 10)},
		{Key: "never_claimed", Value: strconv.FormatUint(done.NeverClaimed, 10)},
	}})
	return nil
}

// networks are the names ParseNetwork takes, oxen-core's.
var networks = []coreoxen.Network{coreoxen.Mainnet, coreoxen.Testnet, coreoxen.Devnet, coreoxen.Stagenet}

// ParseNetwork reads an Oxen network's name: mainnet, testnet, devnet or
// stagenet.
func ParseNetwork(name string) (coreoxen.Network, error) {
	for _, n := range networks {
		if n.String() == name {
			return n, nil
		}
	}
	return 0, fmt.Errorf("oxen network %q: want mainnet, testnet, devnet or stagenet", name)
}

// claimView is /oxen/claim/<address>: the coins of the address's text
// and whether its spend key claimed (any claim of that key counts).
func claimView(kv state.KV, text string) (ClaimView, error) {
	amount, ok, err := Coins(kv, text)
	if err != nil {
		return ClaimView{}, err
	}
	if !ok {
		return ClaimView{}, fmt.Errorf("%w: no coin claim for %s", exec.ErrNotFound, text)
	}
	v := ClaimView{OxenAddress: text, Amount: strconv.FormatUint(amount, 10)}
	addr, err := coreoxen.ParseAddress(text)
	if err != nil {
		return v, nil // Validate parses every coin: not reached
	}
	rec, claimed, err := claimedBy(kv, addr.Spend)
	if err != nil || !claimed {
		return v, err
	}
	v.Claimed, v.ClaimedHeight, v.To = true, rec.Height, rec.To.Hex()
	return v, nil
}

// unclaimed says whether an address's spend key has not claimed (export).
func unclaimed(kv state.KV, text string) (bool, error) {
	addr, err := coreoxen.ParseAddress(text)
	if err != nil {
		return true, nil
	}
	_, claimed, err := claimedBy(kv, addr.Spend)
	return !claimed, err
}
