package gov

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/workchain/exec"
)

// Transaction types.
const (
	TxPropose = "gov_propose"
	TxVote    = "gov_vote"
)

// Proposal kinds.
const (
	KindParamChange   = "param_change"
	KindModuleUpgrade = "module_upgrade"
	KindText          = "text"
)

// Vote options, numbered as cosmos x/gov's.
const (
	OptionYes     uint8 = 1
	OptionAbstain uint8 = 2
	OptionNo      uint8 = 3
	OptionVeto    uint8 = 4
)

// Change is one parameter of a param_change: the module's parameter key
// and its new value, raw JSON the owner validates when the proposal passes.
type Change struct {
	Module string          `json:"module"`
	Key    string          `json:"key"`
	Value  json.RawMessage `json:"value"`
}

// Upgrade is a module_upgrade: the plugin module, its new version, the
// sha256 of its binary for each GOOS/GOARCH, the height from which nodes
// run it and where operators may fetch it.
type Upgrade struct {
	Module   string            `json:"module"`
	Version  string            `json:"version"`
	Binaries map[string]string `json:"binaries"`
	Height   int64             `json:"height"`
	URL      string            `json:"url,omitempty"`
}

// Proposal is the body of a gov_propose.
type Proposal struct {
	Kind        string   `json:"kind"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Changes     []Change `json:"changes,omitempty"`
	Upgrade     *Upgrade `json:"upgrade,omitempty"`
}

// Vote is the body of a gov_vote: a voter's signed choice, relayed by
// anyone.
type Vote struct {
	Proposal  uint64         `json:"proposal"`
	Option    uint8          `json:"option"`
	Nonce     uint64         `json:"nonce"`
	Voter     common.Address `json:"voter"`
	Signature HexBytes       `json:"signature"`
}

// HexBytes reads and writes as 0x-prefixed hex.
type HexBytes []byte

// MarshalText implements encoding.TextMarshaler.
func (h HexBytes) MarshalText() ([]byte, error) {
	return []byte("0x" + hex.EncodeToString(h)), nil
}

// UnmarshalText takes 0x and hex digits, either case.
func (h *HexBytes) UnmarshalText(b []byte) error {
	s, ok := bytes.CutPrefix(b, []byte("0x"))
	if !ok {
		return fmt.Errorf("hex must start with 0x")
	}
	out := make([]byte, hex.DecodedLen(len(s)))
	if _, err := hex.Decode(out, s); err != nil {
		return err
	}
	*h = out
	return nil
}

// EncodeProposal is the body of a gov_propose.
func EncodeProposal(p Proposal) []byte { return mustJSON(p) }

// EncodeVote is the body of a gov_vote.
func EncodeVote(v Vote) []byte { return mustJSON(v) }

func mustJSON(v any) []byte {
	raw, err := json.Marshal(v)
	if err != nil {
		panic(err) // plain structs; a raw value was decoded as valid JSON
	}
	return raw
}

var (
	platformRe = regexp.MustCompile(`^[a-z0-9]+/[a-z0-9]+$`)
	sha256Re   = regexp.MustCompile(`^[0-9a-f]{64}$`)
)

// Field names of each object of a proposal, exactly as spelled.
var (
	proposalFields = []string{"kind", "title", "description", "changes", "upgrade"}
	changeFields   = []string{"module", "key", "value"}
	upgradeFields  = []string{"module", "version", "binaries", "height", "url"}
	voteFields     = []string{"proposal", "option", "nonce", "voter", "signature"}
)

// DecodeProposal reads a gov_propose body strictly and checks what needs
// no state: a known kind with the parts of that kind only, and a
// well-formed upgrade. Fields are spelled exactly, each once (encoding/json
// forgives another case and repeats), and nothing follows the object.
// Errors are ErrMalformed, ErrUnknownKind or ErrBadUpgrade.
func DecodeProposal(body []byte) (Proposal, error) {
	p, err := exec.DecodeStrict[Proposal](body)
	if err != nil {
		return Proposal{}, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if err := exactProposalKeys(body); err != nil {
		return Proposal{}, err
	}
	switch p.Kind {
	case KindParamChange:
		if len(p.Changes) == 0 || p.Upgrade != nil {
			return Proposal{}, fmt.Errorf("%w: a param_change has changes and no upgrade", ErrMalformed)
		}
		for i := range p.Changes {
			ch := &p.Changes[i]
			if ch.Module == "" || ch.Key == "" || len(ch.Value) == 0 || string(ch.Value) == "null" {
				return Proposal{}, fmt.Errorf("%w: change %d needs module, key and a value", ErrMalformed, i)
			}
			var compact bytes.Buffer
			if err := json.Compact(&compact, ch.Value); err != nil {
				return Proposal{}, fmt.Errorf("%w: change %d: %w", ErrMalformed, i, err)
			}
			ch.Value = compact.Bytes()
		}
	case KindModuleUpgrade:
		if p.Upgrade == nil || p.Changes != nil {
			return Proposal{}, fmt.Errorf("%w: a module_upgrade has an upgrade and no changes", ErrMalformed)
		}
		if err := p.Upgrade.check(); err != nil {
			return Proposal{}, err
		}
	case KindText:
		if p.Upgrade != nil || p.Changes != nil {
			return Proposal{}, fmt.Errorf("%w: a text proposal has neither changes nor upgrade", ErrMalformed)
		}
	default:
		return Proposal{}, fmt.Errorf("%w %q (want %s, %s or %s)", ErrUnknownKind, p.Kind, KindParamChange, KindModuleUpgrade, KindText)
	}
	return p, nil
}

// check is what an upgrade must be whatever the state: the version is
// a directory name on every node (HOME/modules/NAME/VERSION), so it is
// printable and cannot leave that directory.
func (u *Upgrade) check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrBadUpgrade}, args...)...)
	}
	if len(u.Version) == 0 || len(u.Version) > 64 {
		return bad("version must be 1..64 bytes, is %d", len(u.Version))
	}
	for _, r := range []byte(u.Version) {
		if r <= ' ' || r > '~' || r == '/' || r == '\\' {
			return bad("version %q: printable ASCII without spaces or slashes only", u.Version)
		}
	}
	if u.Version == "." || u.Version == ".." {
		return bad("version %q is not a directory name", u.Version)
	}
	if len(u.Binaries) == 0 {
		return bad("no binaries")
	}
	for _, plat := range sortedKeys(u.Binaries) {
		if !platformRe.MatchString(plat) {
			return bad("platform %q is not GOOS/GOARCH (%s)", plat, platformRe)
		}
		if !sha256Re.MatchString(u.Binaries[plat]) {
			return bad("sha256 of %s must be 64 lower-case hex digits", plat)
		}
	}
	if u.URL != "" && !httpURL(u.URL) {
		return bad("url must be http(s)://host/...")
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// DecodeVote reads a gov_vote body strictly: every field present, spelled
// exactly, once; voter a 20-byte 0x address and signature 65 bytes. The
// option and signature are checked later, against state (ErrBadOption,
// ErrBadSignature). Errors are ErrMalformed.
func DecodeVote(body []byte) (Vote, error) {
	v, err := exec.DecodeStrict[Vote](body)
	if err != nil {
		return Vote{}, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	keys, err := objectKeys(body, voteFields)
	if err != nil {
		return Vote{}, err
	}
	if len(keys) != len(voteFields) {
		return Vote{}, fmt.Errorf("%w: a vote has all of %v", ErrMalformed, voteFields)
	}
	if len(v.Signature) != 65 {
		return Vote{}, fmt.Errorf("%w: signature is %d bytes, want 65", ErrMalformed, len(v.Signature))
	}
	return v, nil
}

// exactProposalKeys checks the field names of the proposal and of each
// object in it.
func exactProposalKeys(body []byte) error {
	top, err := objectKeys(body, proposalFields)
	if err != nil {
		return err
	}
	if raw, ok := top["changes"]; ok && string(raw) != "null" {
		var changes []json.RawMessage
		if err := json.Unmarshal(raw, &changes); err != nil {
			return fmt.Errorf("%w: changes: %w", ErrMalformed, err)
		}
		for _, ch := range changes {
			if _, err := objectKeys(ch, changeFields); err != nil {
				return err
			}
		}
	}
	if raw, ok := top["upgrade"]; ok && string(raw) != "null" {
		up, err := objectKeys(raw, upgradeFields)
		if err != nil {
			return err
		}
		if bins, ok := up["binaries"]; ok && string(bins) != "null" {
			if _, err := objectKeys(bins, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// objectKeys reads one JSON object's members, refusing a key given twice
// or, when allowed is not nil, one not in allowed (case counts). The
// object was decoded strictly already: a syntax error here is one too.
func objectKeys(raw []byte, allowed []string) (map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("%w: want an object", ErrMalformed)
	}
	out := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
		}
		key, _ := tok.(string)
		if _, seen := out[key]; seen || (allowed != nil && !slices.Contains(allowed, key)) {
			return nil, fmt.Errorf("%w: field %q unknown or repeated", ErrMalformed, key)
		}
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
		}
		out[key] = val
	}
	return out, nil
}

// urlRe is an absolute http(s) URL: a host name (or IPv4) and an optional
// port, then an optional path, query or fragment of printable ASCII
// without spaces. No user part, nothing an operator's terminal could take
// for something else. (net/url is off limits in the workchain, and this
// is all an operator's download needs.)
var urlRe = regexp.MustCompile(`^https?://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?([/?#][!-~]*)?$`)

// httpURL says whether s is such a URL, at most 2 KiB.
func httpURL(s string) bool {
	return len(s) <= 2048 && urlRe.MatchString(s)
}
