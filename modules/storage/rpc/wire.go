package rpc

// The wire form of a request (Session's JSON, with its quirks: quoted
// integers, namespace scopes, optional lists) and the checks every method's
// parameters share.

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/core/storagewire"
)

// wireRequest is decoded in one pass, params included.
type wireRequest struct {
	Method *string     `json:"method"`
	Params *wireParams `json:"params"`
}

// wireParams holds every parameter of every method; each method reads its
// own. Absent and null are the same, as in Session.
type wireParams struct {
	Pubkey        *string        `json:"pubkey"`
	PubKeyOld     *string        `json:"pubKey"` // deprecated spelling
	PubkeyEd25519 *string        `json:"pubkey_ed25519"`
	Signature     *string        `json:"signature"`
	Subaccount    *string        `json:"subaccount"`
	Namespace     optScope       `json:"namespace"`
	Timestamp     optInt         `json:"timestamp"` // store also takes a string
	SigTimestamp  optInt         `json:"sig_timestamp"`
	TTL           optInt         `json:"ttl"` // also as a string
	Expiry        optInt         `json:"expiry"`
	Data          *string        `json:"data"`
	LastHash      *string        `json:"last_hash"`
	LastHashOld   *string        `json:"lastHash"` // deprecated spelling
	MaxCount      optInt         `json:"max_count"`
	MaxSize       optInt         `json:"max_size"`
	Messages      optList        `json:"messages"`
	Required      *bool          `json:"required"`
	Before        optInt         `json:"before"`
	Shorten       *bool          `json:"shorten"`
	Extend        *bool          `json:"extend"`
	Requests      *[]wireRequest `json:"requests"`
}

// optInt is an optional integer: a JSON integer, or (Session's backwards
// compatibility for timestamp and ttl) a string holding one.
type optInt struct {
	set    bool
	quoted bool
	v      int64
}

var (
	typeInt   = reflect.TypeFor[int64]()
	typeScope = reflect.TypeFor[storagewire.Scope]()
	typeList  = reflect.TypeFor[[]string]()
)

func (o *optInt) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = optInt{}
		return nil
	}
	quoted := len(b) >= 2 && b[0] == '"'
	if quoted {
		b = b[1 : len(b)-1]
	}
	v, ok := parseInteger(b)
	if !ok {
		return &json.UnmarshalTypeError{Value: "non-integer", Type: typeInt}
	}
	*o = optInt{set: true, quoted: quoted, v: v}
	return nil
}

// parseInteger reads an optionally signed run of decimal digits (no
// fraction, no exponent).
func parseInteger(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 20 {
		return 0, false
	}
	digits := b
	if digits[0] == '-' {
		digits = digits[1:]
	}
	if len(digits) == 0 {
		return 0, false
	}
	for _, c := range digits {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	v, err := strconv.ParseInt(string(b), 10, 64)
	return v, err == nil
}

// optScope is a namespace: an integer in int16's range, or "all".
type optScope struct {
	set bool
	s   storagewire.Scope
}

func (o *optScope) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = optScope{}
		return nil
	}
	if string(b) == `"all"` {
		*o = optScope{set: true, s: storagewire.AllNamespaces}
		return nil
	}
	v, ok := parseInteger(b)
	if !ok || v < -32768 || v > 32767 {
		return &json.UnmarshalTypeError{Value: "namespace", Type: typeScope}
	}
	*o = optScope{set: true, s: storagewire.OneNamespace(int16(v))}
	return nil
}

// optList is a list of strings, or one string standing for a list of one.
type optList struct {
	set bool
	v   []string
}

func (o *optList) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = optList{}
		return nil
	}
	var v []string
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return &json.UnmarshalTypeError{Value: "string list", Type: typeList}
		}
		v = []string{s}
	} else if err := json.Unmarshal(b, &v); err != nil || v == nil {
		return &json.UnmarshalTypeError{Value: "string list", Type: typeList}
	}
	*o = optList{set: true, v: v}
	return nil
}

func jsonError(err error, what string) *rpcError {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		field := te.Field
		if i := strings.LastIndexByte(field, '.'); i >= 0 {
			field = field[i+1:]
		}
		if field != "" {
			return badf("%s: invalid value given for '%s'", what, field)
		}
		return badf("%s: a value has the wrong type", what)
	}
	return badf("%s: not valid JSON", what)
}

// loadAccount reads pubkey (or its old spelling pubKey).
func loadAccount(p *wireParams) (sessionid.Account, *rpcError) {
	if p.Pubkey != nil && p.PubKeyOld != nil {
		return sessionid.Account{}, badf("cannot specify both 'pubkey' and 'pubKey'")
	}
	s := p.Pubkey
	if s == nil {
		s = p.PubKeyOld
	}
	if s == nil {
		return sessionid.Account{}, badf("required field 'pubkey' missing")
	}
	a, err := sessionid.Parse(*s)
	if err != nil {
		return a, badf("invalid 'pubkey': must be 66 hex digits with prefix 05 or 03")
	}
	return a, nil
}

// loadAuth reads pubkey_ed25519 and signature; required says a missing
// signature is a 400.
func loadAuth(p *wireParams, a sessionid.Account, required bool) (auth, *rpcError) {
	var out auth
	if p.Subaccount != nil && *p.Subaccount != "" {
		return out, badf("subaccount authentication is not supported")
	}
	if p.PubkeyEd25519 != nil {
		if a.Prefix() != sessionid.PrefixSession {
			return out, badf("pubkey_ed25519 is only permitted for 05[...] pubkeys")
		}
		k := *p.PubkeyEd25519
		if len(k) != 64 {
			return out, badf("invalid pubkey_ed25519: expected 64 hex characters")
		}
		if _, err := hex.DecodeString(k); err != nil {
			return out, badf("invalid pubkey_ed25519: value is not hex")
		}
		out.pubkeyEd = strings.ToLower(k)
	}
	if p.Signature == nil {
		if required {
			return out, badf("required field 'signature' missing")
		}
		return out, nil
	}
	sig, ok := decodeSignature(*p.Signature)
	if !ok {
		return out, badf("invalid signature: expected base64 encoded Ed25519 signature")
	}
	out.sig = sig
	return out, nil
}

// decodeSignature takes a 64-byte signature in standard base64, padded (88
// characters) or not (86).
func decodeSignature(s string) ([]byte, bool) {
	switch {
	case len(s) == 88 && s[86:] == "==":
		s = s[:86]
	case len(s) == 86:
	default:
		return nil, false
	}
	sig, ok := decodeBase64(s)
	return sig, ok && len(sig) == 64
}

// decodeBase64 reads standard base64 with or without padding, and nothing
// else (no URL alphabet, no whitespace).
func decodeBase64(s string) ([]byte, bool) {
	n := len(s)
	if strings.HasSuffix(s, "==") {
		n -= 2
	} else if strings.HasSuffix(s, "=") {
		n--
	}
	if n != len(s) && len(s)%4 != 0 {
		return nil, false
	}
	s = s[:n]
	if n%4 == 1 {
		return nil, false
	}
	for i := 0; i < n; i++ {
		if !isB64Char(s[i]) {
			return nil, false
		}
	}
	out, err := base64.RawStdEncoding.DecodeString(s)
	return out, err == nil
}

func isB64Char(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
}

// validHash: a message hash is 43 characters of unpadded base64.
func validHash(h string) bool {
	if len(h) != 43 {
		return false
	}
	for i := 0; i < len(h); i++ {
		if !isB64Char(h[i]) {
			return false
		}
	}
	return true
}

// timestamp checks a millisecond timestamp.
func timestamp(o optInt, name string, allowQuoted bool) (int64, *rpcError) {
	if o.quoted && !allowQuoted {
		return 0, badf("invalid value given for '%s': expected integer timestamp (in milliseconds)", name)
	}
	if o.v < minTimestampMs || o.v > maxTimestampMs {
		return 0, badf("invalid timestamp for '%s': timestamp must be in milliseconds", name)
	}
	return o.v, nil
}

func requireInt(o optInt, name string, allowQuoted bool) (int64, *rpcError) {
	if !o.set {
		return 0, badf("required field '%s' missing", name)
	}
	return timestamp(o, name, allowQuoted)
}

func oneNamespace(o optScope) (int16, *rpcError) {
	if o.s.All {
		return 0, badf("invalid value given for 'namespace': expected 16-bit integer")
	}
	return o.s.NS, nil
}

func hashList(o optList, checkHash bool) ([]string, *rpcError) {
	if !o.set {
		return nil, badf("required field 'messages' missing")
	}
	if len(o.v) == 0 {
		return nil, badf("messages does not contain any message hashes")
	}
	if len(o.v) > MaxHashes {
		return nil, badf("too many messages (at most %d)", MaxHashes)
	}
	for _, m := range o.v {
		if checkHash && !validHash(m) || len(m) == 0 || len(m) > maxHashLen {
			return nil, badf("invalid message hash")
		}
	}
	return o.v, nil
}
