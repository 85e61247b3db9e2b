package rpc

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"

	"github.com/seshnet/seshnet/core/sessionid"
)

// Method names (Session's).
const (
	MethodStore        = "store"
	MethodRetrieve     = "retrieve"
	MethodDelete       = "delete"
	MethodDeleteAll    = "delete_all"
	MethodDeleteBefore = "delete_before"
	MethodExpire       = "expire"
	MethodExpireAll    = "expire_all"
	MethodGetExpiries  = "get_expiries"
	MethodGetSwarm     = "get_swarm"
	MethodInfo         = "info"
	MethodBatch        = "batch"
	MethodSequence     = "sequence"
)

// aliases are other names Session's clients use.
var aliases = map[string]string{
	"expire_msgs":           MethodExpire,
	"get_snodes_for_pubkey": MethodGetSwarm,
}

// call is one decoded request: the method's parameters, checked for
// syntax. Its canonical JSON (what peers receive) decodes back to an equal
// call.
type call interface {
	method() string
	appendParams(b []byte) []byte
}

// owned is a call about one account: answered only by its swarm.
type owned interface {
	call
	account() sessionid.Account
}

// recursive is a call that changes the account's messages and is
// replicated to the swarm.
type recursive interface {
	owned
	recursive()
}

// auth is the owner's proof: the signature and, for 05 accounts, the
// Ed25519 key that made it.
type auth struct {
	pubkeyEd string // lower-case hex; "" when not given
	sig      []byte // 64 bytes; nil when not given
}

type acct struct{ acct sessionid.Account }

func (a acct) account() sessionid.Account { return a.acct }

type storeCall struct {
	acct
	auth
	ns        int16
	timestamp int64
	expiry    int64
	data      []byte
	sigTS     int64 // the signed timestamp; 0 without a signature
}

type retrieveCall struct {
	acct
	auth
	ns        int16
	lastHash  string
	maxCount  int
	maxSize   int
	timestamp int64 // 0 when not given
}

type deleteCall struct {
	acct
	auth
	messages []string
	required bool
}

type deleteAllCall struct {
	acct
	auth
	scope     Scope
	timestamp int64
}

type deleteBeforeCall struct {
	acct
	auth
	scope  Scope
	before int64
}

type expireCall struct {
	acct
	auth
	messages []string
	expiry   int64
	mode     string // ModeAny, ModeShorten or ModeExtend
}

type expireAllCall struct {
	acct
	auth
	scope  Scope
	expiry int64
}

type getExpiriesCall struct {
	acct
	auth
	messages  []string
	timestamp int64
}

type getSwarmCall struct{ acct }

type infoCall struct{}

type batchCall struct {
	sequence bool
	calls    []call
}

func (*storeCall) method() string        { return MethodStore }
func (*retrieveCall) method() string     { return MethodRetrieve }
func (*deleteCall) method() string       { return MethodDelete }
func (*deleteAllCall) method() string    { return MethodDeleteAll }
func (*deleteBeforeCall) method() string { return MethodDeleteBefore }
func (*expireCall) method() string       { return MethodExpire }
func (*expireAllCall) method() string    { return MethodExpireAll }
func (*getExpiriesCall) method() string  { return MethodGetExpiries }
func (*getSwarmCall) method() string     { return MethodGetSwarm }
func (*infoCall) method() string         { return MethodInfo }
func (c *batchCall) method() string {
	if c.sequence {
		return MethodSequence
	}
	return MethodBatch
}

func (*storeCall) recursive()        {}
func (*deleteCall) recursive()       {}
func (*deleteAllCall) recursive()    {}
func (*deleteBeforeCall) recursive() {}
func (*expireCall) recursive()       {}
func (*expireAllCall) recursive()    {}

// ---- wire form ----

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
	typeScope = reflect.TypeFor[Scope]()
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
	s   Scope
}

func (o *optScope) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*o = optScope{}
		return nil
	}
	if string(b) == `"all"` {
		*o = optScope{set: true, s: AllNamespaces}
		return nil
	}
	v, ok := parseInteger(b)
	if !ok || v < -32768 || v > 32767 {
		return &json.UnmarshalTypeError{Value: "namespace", Type: typeScope}
	}
	*o = optScope{set: true, s: OneNamespace(int16(v))}
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

// decodeRequest parses a request body {"method": ..., "params": {...}}.
func decodeRequest(body []byte) (call, *rpcError) {
	return decodeTop(body, true)
}

func decodeTop(body []byte, allowBatch bool) (call, *rpcError) {
	var w wireRequest
	if err := json.Unmarshal(body, &w); err != nil {
		return nil, jsonError(err, "invalid request")
	}
	return decodeCall(w, allowBatch)
}

func decodeCall(w wireRequest, allowBatch bool) (call, *rpcError) {
	if w.Method == nil {
		return nil, badf("invalid request: missing 'method'")
	}
	if w.Params == nil {
		return nil, badf("invalid request: 'params' must be an object")
	}
	p := w.Params
	method := *w.Method
	if a, ok := aliases[method]; ok {
		method = a
	}
	switch method {
	case MethodBatch, MethodSequence:
		if !allowBatch {
			return nil, badf("invalid batch request: subrequests may not be batch or sequence")
		}
		return decodeBatch(p, method == MethodSequence)
	case MethodInfo:
		return &infoCall{}, nil
	case MethodStore:
		return decodeStore(p)
	case MethodRetrieve:
		return decodeRetrieve(p)
	case MethodDelete:
		return decodeDelete(p)
	case MethodDeleteAll:
		return decodeDeleteAll(p)
	case MethodDeleteBefore:
		return decodeDeleteBefore(p)
	case MethodExpire:
		return decodeExpire(p)
	case MethodExpireAll:
		return decodeExpireAll(p)
	case MethodGetExpiries:
		return decodeGetExpiries(p)
	case MethodGetSwarm:
		a, err := loadAccount(p)
		if err != nil {
			return nil, err
		}
		return &getSwarmCall{acct{a}}, nil
	}
	return nil, badf("invalid request: unknown method")
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

func decodeBatch(p *wireParams, sequence bool) (call, *rpcError) {
	if p.Requests == nil || len(*p.Requests) == 0 {
		return nil, badf("invalid batch request: no valid \"requests\" field")
	}
	if len(*p.Requests) > MaxBatch {
		return nil, badf("invalid batch request: subrequest limit (%d) exceeded", MaxBatch)
	}
	b := &batchCall{sequence: sequence, calls: make([]call, 0, len(*p.Requests))}
	for _, w := range *p.Requests {
		c, err := decodeCall(w, false)
		if err != nil {
			return nil, err
		}
		b.calls = append(b.calls, c)
	}
	return b, nil
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

func decodeStore(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &storeCall{acct: acct{a}}
	if c.ns, err = oneNamespace(p.Namespace); err != nil {
		return nil, err
	}
	if c.timestamp, err = requireInt(p.Timestamp, "timestamp", true); err != nil {
		return nil, err
	}
	switch {
	case p.Expiry.set && p.TTL.set:
		return nil, badf("cannot specify both 'expiry' and 'ttl'")
	case p.Expiry.set:
		if c.expiry, err = timestamp(p.Expiry, "expiry", false); err != nil {
			return nil, err
		}
	case p.TTL.set:
		// The range is the limits' business (403); this only keeps the sum sane.
		if p.TTL.v < -maxTimestampMs || p.TTL.v > maxTimestampMs {
			return nil, badf("invalid value given for 'ttl'")
		}
		c.expiry = c.timestamp + p.TTL.v
	default:
		return nil, badf("required field 'expiry' or 'ttl' missing")
	}
	if c.auth, err = loadAuth(p, a, false); err != nil {
		return nil, err
	}
	if c.sig != nil {
		c.sigTS = c.timestamp
		if p.SigTimestamp.set {
			if c.sigTS, err = timestamp(p.SigTimestamp, "sig_timestamp", false); err != nil {
				return nil, err
			}
		}
	}
	if p.Data == nil {
		return nil, badf("required field 'data' missing")
	}
	if len(*p.Data) > maxDataB64+2 {
		return nil, badf("message body exceeds maximum allowed length of %d bytes", MaxDataBytes)
	}
	data, ok := decodeBase64(*p.Data)
	if !ok {
		return nil, badf("invalid 'data' value: not base64 encoded")
	}
	if len(data) > MaxDataBytes {
		return nil, badf("message body exceeds maximum allowed length of %d bytes", MaxDataBytes)
	}
	c.data = data
	return c, nil
}

func decodeRetrieve(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &retrieveCall{acct: acct{a}}
	if c.ns, err = oneNamespace(p.Namespace); err != nil {
		return nil, err
	}
	if c.auth, err = loadAuth(p, a, false); err != nil {
		return nil, err
	}
	if c.sig != nil || p.Timestamp.set {
		if c.timestamp, err = requireInt(p.Timestamp, "timestamp", false); err != nil {
			return nil, err
		}
	}
	if p.LastHash != nil && p.LastHashOld != nil {
		return nil, badf("cannot specify both 'last_hash' and 'lastHash'")
	}
	lh := p.LastHash
	if lh == nil {
		lh = p.LastHashOld
	}
	if lh != nil && *lh != "" {
		if !validHash(*lh) {
			return nil, badf("invalid last_hash: expected base64 (43 chars)")
		}
		c.lastHash = *lh
	}
	for _, f := range []struct {
		o    optInt
		name string
		dst  *int
	}{{p.MaxCount, "max_count", &c.maxCount}, {p.MaxSize, "max_size", &c.maxSize}} {
		if f.o.quoted || f.o.v < -1<<31 || f.o.v > 1<<31-1 {
			return nil, badf("invalid value given for '%s': expected integer", f.name)
		}
		*f.dst = int(f.o.v)
	}
	return c, nil
}

func decodeDelete(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &deleteCall{acct: acct{a}}
	if c.auth, err = loadAuth(p, a, true); err != nil {
		return nil, err
	}
	if c.messages, err = hashList(p.Messages, true); err != nil {
		return nil, err
	}
	c.required = p.Required != nil && *p.Required
	return c, nil
}

func decodeDeleteAll(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &deleteAllCall{acct: acct{a}, scope: p.Namespace.s}
	if c.auth, err = loadAuth(p, a, true); err != nil {
		return nil, err
	}
	if c.timestamp, err = requireInt(p.Timestamp, "timestamp", false); err != nil {
		return nil, err
	}
	return c, nil
}

func decodeDeleteBefore(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &deleteBeforeCall{acct: acct{a}, scope: p.Namespace.s}
	if c.auth, err = loadAuth(p, a, true); err != nil {
		return nil, err
	}
	if c.before, err = requireInt(p.Before, "before", false); err != nil {
		return nil, err
	}
	return c, nil
}

func decodeExpire(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &expireCall{acct: acct{a}}
	if c.auth, err = loadAuth(p, a, true); err != nil {
		return nil, err
	}
	if c.expiry, err = requireInt(p.Expiry, "expiry", false); err != nil {
		return nil, err
	}
	shorten, extend := p.Shorten != nil && *p.Shorten, p.Extend != nil && *p.Extend
	switch {
	case shorten && extend:
		return nil, badf("cannot specify both 'shorten' and 'extend'")
	case shorten:
		c.mode = ModeShorten
	case extend:
		c.mode = ModeExtend
	}
	if c.messages, err = hashList(p.Messages, true); err != nil {
		return nil, err
	}
	return c, nil
}

func decodeExpireAll(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &expireAllCall{acct: acct{a}, scope: p.Namespace.s}
	if c.auth, err = loadAuth(p, a, true); err != nil {
		return nil, err
	}
	if c.expiry, err = requireInt(p.Expiry, "expiry", false); err != nil {
		return nil, err
	}
	return c, nil
}

func decodeGetExpiries(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &getExpiriesCall{acct: acct{a}}
	if c.auth, err = loadAuth(p, a, true); err != nil {
		return nil, err
	}
	if c.timestamp, err = requireInt(p.Timestamp, "timestamp", false); err != nil {
		return nil, err
	}
	if c.messages, err = hashList(p.Messages, false); err != nil {
		return nil, err
	}
	return c, nil
}

// ---- canonical form ----

// opJSON is the canonical request {"method":m,"params":{...}}: what a
// recursive request's peers receive.
func opJSON(c call) []byte {
	b := make([]byte, 0, 256)
	b = append(b, `{"method":`...)
	b = appendString(b, c.method())
	b = append(b, `,"params":`...)
	b = c.appendParams(b)
	return append(b, '}')
}

type objWriter struct {
	b     []byte
	first bool
}

func newObj(b []byte) *objWriter { return &objWriter{b: append(b, '{'), first: true} }

func (o *objWriter) key(k string) {
	if !o.first {
		o.b = append(o.b, ',')
	}
	o.first = false
	o.b = appendString(o.b, k)
	o.b = append(o.b, ':')
}
func (o *objWriter) str(k, v string) { o.key(k); o.b = appendString(o.b, v) }
func (o *objWriter) int(k string, v int64) {
	o.key(k)
	o.b = strconv.AppendInt(o.b, v, 10)
}
func (o *objWriter) boolean(k string, v bool) { o.key(k); o.b = strconv.AppendBool(o.b, v) }
func (o *objWriter) list(k string, l []string) {
	o.key(k)
	o.b = appendStrings(o.b, l)
}
func (o *objWriter) end() []byte { return append(o.b, '}') }

func (o *objWriter) owner(a sessionid.Account, au auth) {
	o.str("pubkey", a.Hex())
	if au.pubkeyEd != "" {
		o.str("pubkey_ed25519", au.pubkeyEd)
	}
	if au.sig != nil {
		o.str("signature", base64.StdEncoding.EncodeToString(au.sig))
	}
}

func (o *objWriter) scope(s Scope) {
	if s.All {
		o.str("namespace", "all")
	} else if s.NS != 0 {
		o.int("namespace", int64(s.NS))
	}
}

func (c *storeCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	if c.ns != 0 {
		o.int("namespace", int64(c.ns))
	}
	o.int("timestamp", c.timestamp)
	o.int("ttl", c.expiry-c.timestamp) // as most clients send it; expiry = timestamp + ttl
	if c.sig != nil {
		o.int("sig_timestamp", c.sigTS)
	}
	o.key("data")
	o.b = append(o.b, '"')
	o.b = base64.StdEncoding.AppendEncode(o.b, c.data)
	o.b = append(o.b, '"')
	return o.end()
}

func (c *retrieveCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	if c.ns != 0 {
		o.int("namespace", int64(c.ns))
	}
	if c.timestamp != 0 {
		o.int("timestamp", c.timestamp)
	}
	if c.lastHash != "" {
		o.str("last_hash", c.lastHash)
	}
	if c.maxCount != 0 {
		o.int("max_count", int64(c.maxCount))
	}
	if c.maxSize != 0 {
		o.int("max_size", int64(c.maxSize))
	}
	return o.end()
}

func (c *deleteCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	o.list("messages", c.messages)
	if c.required {
		o.boolean("required", true)
	}
	return o.end()
}

func (c *deleteAllCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	o.scope(c.scope)
	o.int("timestamp", c.timestamp)
	return o.end()
}

func (c *deleteBeforeCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	o.scope(c.scope)
	o.int("before", c.before)
	return o.end()
}

func (c *expireCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	o.list("messages", c.messages)
	o.int("expiry", c.expiry)
	switch c.mode {
	case ModeShorten:
		o.boolean("shorten", true)
	case ModeExtend:
		o.boolean("extend", true)
	}
	return o.end()
}

func (c *expireAllCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	o.scope(c.scope)
	o.int("expiry", c.expiry)
	return o.end()
}

func (c *getExpiriesCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	o.list("messages", c.messages)
	o.int("timestamp", c.timestamp)
	return o.end()
}

func (c *getSwarmCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.str("pubkey", c.acct.acct.Hex())
	return o.end()
}

func (*infoCall) appendParams(b []byte) []byte { return append(b, "{}"...) }

func (c *batchCall) appendParams(b []byte) []byte {
	b = append(b, `{"requests":[`...)
	for i, sub := range c.calls {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, opJSON(sub)...)
	}
	return append(b, "]}"...)
}

// appendString writes s as a JSON string.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c != 0x7f {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigit(c>>4), hexDigit(c&0xf))
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func hexDigit(c byte) byte { return "0123456789abcdef"[c] }

func appendStrings(b []byte, l []string) []byte {
	b = append(b, '[')
	for i, s := range l {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}
