package tester

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

// The workchain's answers as this package reads them. They are local
// structs (modules never import workchain/): the JSON of /tests/<hex>,
// /node/<hex> (workchain/app.NodeView), /params/uptime
// (workchain/uptime.Params), /gov/upgrades (workchain/gov.ScheduledUpgrade)
// and /params/gov (workchain/gov.Params), reading only the fields a test needs and
// ignoring the others, so the workchain may add fields.

// maxAnswer bounds a host answer this package decodes: the list of a
// tester's tests and one node's view are a few kB.
const maxAnswer = 4 << 20

// Test is one test assigned to this node: the node to test for the
// quorum of a height.
type Test struct {
	Height int64  `json:"height"`
	Node   string `json:"node"` // 64 lower-case hex: the tested node's Ed25519 key
}

// errAnswer is an answer of the host that is not what the workchain
// writes.
var errAnswer = errors.New("tester: malformed answer")

// parseTests reads /tests/<hex>: a JSON array of tests. A malformed entry
// is dropped (and named in the error list); an answer that is not an array
// is refused whole.
func parseTests(raw []byte) ([]Test, []error, error) {
	if len(raw) > maxAnswer {
		return nil, nil, fmt.Errorf("%w: tests answer of %d bytes", errAnswer, len(raw))
	}
	var all []Test
	if err := json.Unmarshal(raw, &all); err != nil {
		return nil, nil, fmt.Errorf("%w: tests: %w", errAnswer, err)
	}
	if all == nil && !bytes.Equal(bytes.TrimSpace(raw), []byte("[]")) {
		return nil, nil, fmt.Errorf("%w: tests: not a list", errAnswer)
	}
	out := all[:0]
	var bad []error
	for _, t := range all {
		switch {
		case t.Height <= 0:
			bad = append(bad, fmt.Errorf("%w: test with height %d", errAnswer, t.Height))
		case !isKeyHex(t.Node):
			bad = append(bad, fmt.Errorf("%w: test of a node key that is not 64 lower-case hex", errAnswer))
		default:
			out = append(out, t)
		}
	}
	return out, bad, nil
}

// isKeyHex is an Ed25519 key as the workchain writes it.
func isKeyHex(s string) bool {
	if len(s) != 64 {
		return false
	}
	_, err := hex.DecodeString(s)
	return err == nil && s == strings.ToLower(s)
}

// Node states of the node view ("state") that a vote can change.
const (
	stateActive         = "active"
	stateDecommissioned = "decommissioned"
	// stateNew is not the workchain's: an active node still in its grace
	// (registered, no uptime proof yet).
	stateNew = "new"
)

// nodeView is the part of /node/<hex> a test reads.
type nodeView struct {
	Ed25519 string  `json:"ed25519"`
	State   string  `json:"state"`
	Uptime  *uptime `json:"uptime"`
	// ActiveSinceTime is when the node last started serving (block time,
	// unix seconds): its registration or recommission.
	ActiveSinceTime int64 `json:"active_since_time"`
	// Punish is the workchain's punishment record of the node.
	Punish *struct {
		// ExpectedSince is when the node was expected to start serving:
		// the later of ActiveSinceTime and the chain's start (0 if the
		// chain has not started).
		ExpectedSince int64 `json:"expected_since"`
	} `json:"punish"`
}

// graceFrom is when a node without an uptime proof started its start-up
// grace: the workchain's expected_since, else (an answer without it) the
// time it became active. A genesis node's active_since_time is the genesis
// time, which may be long before the chain started.
func (v nodeView) graceFrom() int64 {
	if v.Punish != nil && v.Punish.ExpectedSince > v.ActiveSinceTime {
		return v.Punish.ExpectedSince
	}
	return v.ActiveSinceTime
}

// uptime is the node's last uptime proof (workchain/uptime.Record).
type uptime struct {
	Timestamp int64      `json:"timestamp"`
	Modules   []string   `json:"modules"`
	Endpoints []endpoint `json:"endpoints"`
	// ModuleVersions are the versions of Modules, one each (older nodes
	// send none; "" is a version the node did not know).
	ModuleVersions []string `json:"module_versions"`
	// Height and BlockTime are where the workchain took the proof.
	Height    int64 `json:"height"`
	BlockTime int64 `json:"block_time"`
}

// moduleVersion is the version the proof gives module ("" if none).
func (u *uptime) moduleVersion(module string) string {
	if u == nil || len(u.ModuleVersions) != len(u.Modules) {
		return ""
	}
	for i, m := range u.Modules {
		if m == module {
			return u.ModuleVersions[i]
		}
	}
	return ""
}

type endpoint struct {
	Service string `json:"service"`
	Addr    string `json:"addr"`
}

// endpoint is the address the node publishes for service ("" if none).
func (u *uptime) endpoint(service string) string {
	if u == nil {
		return ""
	}
	for _, e := range u.Endpoints {
		if e.Service == service {
			return e.Addr
		}
	}
	return ""
}

// parseNode reads /node/<hex> and checks it is the node asked for.
func parseNode(raw []byte, want string) (nodeView, error) {
	if len(raw) > maxAnswer {
		return nodeView{}, fmt.Errorf("%w: node answer of %d bytes", errAnswer, len(raw))
	}
	var v nodeView
	if err := json.Unmarshal(raw, &v); err != nil {
		return nodeView{}, fmt.Errorf("%w: node: %w", errAnswer, err)
	}
	switch {
	case v.Ed25519 != want:
		return nodeView{}, fmt.Errorf("%w: node answer is not about the node asked for", errAnswer)
	case v.State == "":
		return nodeView{}, fmt.Errorf("%w: node answer without a state", errAnswer)
	}
	return v, nil
}

// uptimeParams is the part of /params/uptime a test reads.
type uptimeParams struct {
	ValiditySeconds int64 `json:"validity_seconds"`
	// MinIntervalSeconds is the least time between two proofs of a node:
	// how soon a node can prove a new module version (0 in an answer
	// without it: no wait).
	MinIntervalSeconds int64 `json:"min_interval_seconds"`
}

func parseUptimeParams(raw []byte) (uptimeParams, error) {
	var p uptimeParams
	if err := json.Unmarshal(raw, &p); err != nil {
		return p, fmt.Errorf("%w: uptime params: %w", errAnswer, err)
	}
	if p.ValiditySeconds <= 0 {
		return p, fmt.Errorf("%w: uptime params: validity_seconds %d", errAnswer, p.ValiditySeconds)
	}
	return p, nil
}

// scheduledUpgrade is one entry of /gov/upgrades
// (workchain/gov.ScheduledUpgrade): from Height on, nodes run Version of
// Module.
type scheduledUpgrade struct {
	ProposalID uint64 `json:"proposal_id"`
	Module     string `json:"module"`
	Version    string `json:"version"`
	Height     int64  `json:"height"`
}

// govView is what the upgrade check reads of governance: the scheduled
// upgrades, gov.upgrade_grace_blocks and the chain height of the answer.
type govView struct {
	upgrades    []scheduledUpgrade
	graceBlocks int64
	height      int64
}

// maxGraceBlocks is the most gov.upgrade_grace_blocks can be
// (workchain/gov's rule): a larger answer is not the workchain's.
const maxGraceBlocks = 1_000_000

// parseGov reads /gov/upgrades (at chain height h) and /params/gov. An
// answer that is not the workchain's is refused whole: the upgrade check
// is then skipped, never failed.
func parseGov(upgrades []byte, h int64, params []byte) (*govView, error) {
	if len(upgrades) > maxAnswer {
		return nil, fmt.Errorf("%w: upgrades answer of %d bytes", errAnswer, len(upgrades))
	}
	g := &govView{height: h}
	if h <= 0 {
		return nil, fmt.Errorf("%w: upgrades answer at height %d", errAnswer, h)
	}
	if err := json.Unmarshal(upgrades, &g.upgrades); err != nil {
		return nil, fmt.Errorf("%w: upgrades: %w", errAnswer, err)
	}
	if g.upgrades == nil && !bytes.Equal(bytes.TrimSpace(upgrades), []byte("[]")) {
		return nil, fmt.Errorf("%w: upgrades: not a list", errAnswer)
	}
	for _, u := range g.upgrades {
		if u.Module == "" || u.Version == "" || u.Height <= 0 || u.Height > math.MaxInt64-maxGraceBlocks {
			return nil, fmt.Errorf("%w: upgrade without module, version or a height in range", errAnswer)
		}
	}
	var p struct {
		Grace *int64 `json:"upgrade_grace_blocks"`
	}
	if err := json.Unmarshal(params, &p); err != nil {
		return nil, fmt.Errorf("%w: gov params: %w", errAnswer, err)
	}
	if p.Grace == nil || *p.Grace < 0 || *p.Grace > maxGraceBlocks {
		return nil, fmt.Errorf("%w: gov params: upgrade_grace_blocks missing or out of range", errAnswer)
	}
	g.graceBlocks = *p.Grace
	return g, nil
}

// vote is the body of a punish_vote transaction (docs/punishments.md):
// exactly these three fields, in this order.
type vote struct {
	Node   string `json:"node"`
	Height int64  `json:"height"`
	Pass   bool   `json:"pass"`
}

// infoAnswer is the part of the storage RPC's info answer a test checks:
// the fields Session's info always carries.
type infoAnswer struct {
	Version   []int  `json:"version"`
	HF        []int  `json:"hf"`
	Timestamp *int64 `json:"timestamp"`
}

// checkInfo says whether body is an answer of the storage RPC's info.
func checkInfo(body []byte) error {
	var a infoAnswer
	if err := json.Unmarshal(body, &a); err != nil {
		return fmt.Errorf("info answer is not JSON: %w", err)
	}
	if len(a.Version) == 0 || len(a.HF) == 0 || a.Timestamp == nil {
		return errors.New("info answer lacks version, hf or timestamp")
	}
	return nil
}

// relayReply is the plaintext of a final hop's sealed answer
// (modules/relay.Reply).
type relayReply struct {
	Status int    `json:"status"`
	Body   string `json:"body"`
}
