// Package uptime owns the nodes' uptime proofs (DESIGN.md §7): the
// transaction a node sends every interval to say it runs and where its
// services listen, its rules (clock tolerance, a minimum interval so one
// node cannot fill blocks), and the last proof of each node, which clients
// and peers read to find relay and storage. Punishment (issue 13) reads
// proofs from here; nothing here punishes.
package uptime

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
)

// Proof is the body of an uptime_proof transaction.
type Proof struct {
	Version   string   `json:"version"`
	Modules   []string `json:"modules"`
	Timestamp int64    `json:"timestamp"`
	// Endpoints are where the node's network modules take connections
	// (Session's proofs carry the node's public address the same way):
	// clients and peers find relay and storage through them.
	Endpoints []Endpoint `json:"endpoints,omitempty"`
	// ModuleVersions, when given, are the versions of Modules, one each in
	// the same order ("" for a module whose version the node does not
	// know): what the punishment tests compare with governance's scheduled
	// upgrades. Older nodes' proofs have none.
	ModuleVersions []string `json:"module_versions,omitempty"`
}

// Endpoint is one service's public address, host:port.
type Endpoint struct {
	Service string `json:"service"`
	Addr    string `json:"addr"`
}

// Record is the last uptime proof a node sent, as applied.
type Record struct {
	Proof
	Height    int64 `json:"height"`
	BlockTime int64 `json:"block_time"`
}

// Errors, with their codes in the "uptime" codespace.
var (
	ErrBadProof = errors.New("bad uptime proof")
	// ErrTooSoon is a proof less than min_interval_seconds of block time
	// after the node's last accepted one.
	ErrTooSoon = errors.New("uptime proof too soon")
	// ErrNotProver is a node the registry says may not prove (it left).
	ErrNotProver = errors.New("node may not send uptime proofs")
)

// Codes of the uptime codespace.
const (
	CodeBadProof  uint32 = 1
	CodeTooSoon   uint32 = 2
	CodeNotProver uint32 = 3
)

var recordPrefix = []byte("uptime/proof/")

func recordKey(pub []byte) []byte { return append(bytes.Clone(recordPrefix), pub...) }

// Last returns a node's last uptime proof, or nil.
func Last(kv state.KV, pub []byte) (*Record, error) {
	raw, err := kv.Get(recordKey(pub))
	if err != nil || raw == nil {
		return nil, err
	}
	var r Record
	if err := json.Unmarshal(raw, &r); err != nil {
		panic(fmt.Sprintf("uptime: corrupt record of %x: %v", pub, err))
	}
	return &r, nil
}

// CheckTime refuses a proof whose timestamp is further than the clock
// tolerance from the reference time (the block's, never the local clock).
func CheckTime(p Params, ts, ref int64) error {
	if d := ts - ref; d > p.ClockToleranceSeconds || -d > p.ClockToleranceSeconds {
		return fmt.Errorf("%w: timestamp %d is %ds from block time %d, tolerance %ds", ErrBadProof, ts, d, ref, p.ClockToleranceSeconds)
	}
	return nil
}

// Keeper checks and records proofs.
type Keeper struct {
	nodes Nodes
}

// NewKeeper is the keeper over the registry's nodes.
func NewKeeper(nodes Nodes) Keeper { return Keeper{nodes: nodes} }

// Check checks that pub is a node that may prove (registered, not gone),
// that the proof's timestamp is close to the block time and that the
// node's last accepted proof is at least min_interval_seconds older.
func (k Keeper) Check(c exec.Context, p Params, pub []byte, proof Proof) error {
	if err := k.nodes.CanProve(c, pub); err != nil {
		return fmt.Errorf("%w: %w", ErrNotProver, err)
	}
	if err := CheckTime(p, proof.Timestamp, c.Time); err != nil {
		return err
	}
	if p.MinIntervalSeconds <= 0 {
		return nil
	}
	last, err := Last(c.KV, pub)
	if err != nil || last == nil {
		return err
	}
	if since := c.Time - last.BlockTime; since < p.MinIntervalSeconds {
		return fmt.Errorf("%w: %ds after the last one (height %d), minimum %ds", ErrTooSoon, since, last.Height, p.MinIntervalSeconds)
	}
	return nil
}

// Apply checks and records a proof from the node pub at the context's
// height and block time.
func (k Keeper) Apply(c exec.Context, p Params, pub []byte, proof Proof) error {
	if err := k.Check(c, p, pub, proof); err != nil {
		return err
	}
	raw, err := json.Marshal(Record{Proof: proof, Height: c.Height, BlockTime: c.Time})
	if err != nil {
		panic(err)
	}
	c.KV.Set(recordKey(pub), raw)
	c.Emit(abci.Event{Type: "uptime_proof", Attributes: []abci.EventAttribute{
		{Key: "node", Value: fmt.Sprintf("%x", pub), Index: true},
		{Key: "version", Value: proof.Version},
	}})
	return nil
}
