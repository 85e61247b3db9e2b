package oxen

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	coreoxen "github.com/seshnet/seshnet/core/oxen"
)

// MaxBody bounds a claim request's body: the workchain's oxen_claim body
// limit (1 KiB), which a well-formed claim (a 97-character address, an
// 88-character signature, a 42-character address) stays far below.
const MaxBody = 1 << 10

// Codes of the answers other than 200, as the JSON "code" of
// {"error","code"}: a client branches on them, never on the text.
const (
	CodeMalformed      = "malformed"       // 400: not the JSON claim
	CodeTooLarge       = "too_large"       // 413: body over MaxBody
	CodeBadAddress     = "bad_address"     // 400: the Oxen address does not parse
	CodeWrongNetwork   = "wrong_network"   // 400: an address of another Oxen network
	CodeNotStandard    = "not_standard"    // 400: a subaddress or an integrated address
	CodeBadSignature   = "bad_signature"   // 403
	CodeNoBalance      = "no_balance"      // 404
	CodeAlreadyClaimed = "already_claimed" // 409
	CodeClosed         = "closed"          // 410
	CodeRateLimited    = "rate_limited"    // 429: the module's token bucket is empty
	CodeBusy           = "busy"            // 503: too many claims in flight
	CodeUnavailable    = "unavailable"     // 503: the chain could not be read or reached
	CodeRefused        = "refused"         // 502: the chain refused what the module accepted
	CodeUnknownPath    = "unknown_path"    // 404: not one of the module's paths
)

// Refusal is an answer other than 200: its status, its code and a text for
// the holder. Its text never goes to the log at the default level: it may
// name the holder's addresses.
type Refusal struct {
	Status int    `json:"-"`
	Msg    string `json:"error"`
	Code   string `json:"code"`
}

func (r *Refusal) Error() string { return fmt.Sprintf("%s (%d %s)", r.Msg, r.Status, r.Code) }

func refuse(status int, code, format string, args ...any) *Refusal {
	return &Refusal{Status: status, Code: code, Msg: fmt.Sprintf(format, args...)}
}

// Request is the body of POST /oxen/v1/claim, which is also the body of
// the workchain's oxen_claim transaction (the contract between the module
// and the workchain: /work/wt/briefs/oxen-claim-spec.md).
type Request struct {
	OxenAddress string `json:"oxen_address"`
	To          string `json:"to"`
	Signature   string `json:"signature"`
}

// Claim is a decoded request: the address parsed, the recipient read.
type Claim struct {
	Address   coreoxen.Address
	To        common.Address
	Signature string
}

// Body is the claim as the oxen_claim transaction carries it: the address
// as it prints back (the same text that parsed), the recipient EIP-55.
func (c Claim) Body() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // the bytes as sent: the chain checks the same text
	_ = enc.Encode(Request{OxenAddress: c.Address.String(), To: c.To.Hex(), Signature: c.Signature})
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// DecodeClaimRequest reads a claim from the bytes a holder sent: strict
// JSON (unknown or repeated fields, trailing data and missing fields
// refused), an Oxen address that parses, is of network and is a standard
// address, and a "to" of 0x and 40 hex digits in any case. The signature is
// only taken here; Verify checks it.
func DecodeClaimRequest(raw []byte, network coreoxen.Network) (Claim, error) {
	if len(raw) > MaxBody {
		return Claim{}, refuse(http.StatusRequestEntityTooLarge, CodeTooLarge, "claim body of %d bytes exceeds %d", len(raw), MaxBody)
	}
	var req Request
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return Claim{}, refuse(http.StatusBadRequest, CodeMalformed, "claim body: %v", err)
	}
	if dec.More() {
		return Claim{}, refuse(http.StatusBadRequest, CodeMalformed, "claim body: data after the JSON object")
	}
	if err := noDuplicateKeys(raw); err != nil {
		return Claim{}, err
	}
	switch {
	case req.OxenAddress == "":
		return Claim{}, refuse(http.StatusBadRequest, CodeMalformed, "claim body: oxen_address is missing")
	case req.To == "":
		return Claim{}, refuse(http.StatusBadRequest, CodeMalformed, "claim body: to is missing")
	case req.Signature == "":
		return Claim{}, refuse(http.StatusBadRequest, CodeMalformed, "claim body: signature is missing")
	}
	for _, f := range []struct{ name, v string }{{"oxen_address", req.OxenAddress}, {"to", req.To}, {"signature", req.Signature}} {
		if !printable(f.v) {
			return Claim{}, refuse(http.StatusBadRequest, CodeMalformed, "claim body: %s must be at most %d printable ASCII characters", f.name, maxField)
		}
	}
	addr, err := ParseClaimAddress(req.OxenAddress, network)
	if err != nil {
		return Claim{}, err
	}
	to, err := parseEth(req.To)
	if err != nil {
		return Claim{}, err
	}
	return Claim{Address: addr, To: to, Signature: req.Signature}, nil
}

// maxField bounds each field: an address is at most 108 characters, a
// signature 93, "to" 42.
const maxField = 128

// printable says s is 1..maxField printable ASCII characters: all three
// fields are base58 or hex, and the transaction body the module builds from
// them is then what the holder sent, byte for byte apart from spacing.
func printable(s string) bool {
	if len(s) == 0 || len(s) > maxField {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

// ParseClaimAddress reads an Oxen address that may claim: it parses, is of
// network, and is a standard address (a signature binds only the spend key,
// so claims are per spend key and made with the wallet's primary address).
func ParseClaimAddress(s string, network coreoxen.Network) (coreoxen.Address, error) {
	addr, err := coreoxen.ParseAddress(s)
	if err != nil {
		return addr, refuse(http.StatusBadRequest, CodeBadAddress, "%v", err)
	}
	if addr.Network != network {
		return addr, refuse(http.StatusBadRequest, CodeWrongNetwork, "an Oxen %s address; this network takes claims of %s addresses", addr.Network, network)
	}
	if addr.Kind != coreoxen.Standard {
		return addr, refuse(http.StatusBadRequest, CodeNotStandard, "an Oxen %s address; claim with the wallet's primary (standard) address", addr.Kind)
	}
	return addr, nil
}

// parseEth reads 0x and 20 bytes of hex, any case (a checksum is not
// required: what the holder signs is the EIP-55 form the module rebuilds).
func parseEth(s string) (common.Address, error) {
	h, ok := strings.CutPrefix(s, "0x")
	if !ok {
		h, ok = strings.CutPrefix(s, "0X")
	}
	b, err := hex.DecodeString(h)
	if !ok || err != nil || len(b) != common.AddressLength {
		return common.Address{}, refuse(http.StatusBadRequest, CodeMalformed, "to must be 0x and 40 hex digits")
	}
	return common.BytesToAddress(b), nil
}

// noDuplicateKeys refuses an object naming a field twice: encoding/json
// takes the last, and a relay or a log reading the first would see another
// claim than the one checked.
func noDuplicateKeys(raw []byte) error {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil { // {
		return refuse(http.StatusBadRequest, CodeMalformed, "claim body: %v", err)
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return refuse(http.StatusBadRequest, CodeMalformed, "claim body: %v", err)
		}
		k, _ := tok.(string)
		if seen[k] {
			return refuse(http.StatusBadRequest, CodeMalformed, "claim body: field %q given twice", k)
		}
		seen[k] = true
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return refuse(http.StatusBadRequest, CodeMalformed, "claim body: %v", err)
		}
	}
	return nil
}

// verify checks the holder's signature over the claim message of chainID
// and the recipient: the module rebuilds the message, never takes it.
func verify(c Claim, chainID string) error {
	if err := coreoxen.Verify(c.Address, coreoxen.ClaimMessage(chainID, c.To), c.Signature); err != nil {
		return refuse(http.StatusForbidden, CodeBadSignature, "the signature is not the address's over %q: %v", coreoxen.ClaimMessage(chainID, c.To), err)
	}
	return nil
}
