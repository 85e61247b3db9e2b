// Package genesis builds and checks genesis documents: the workchain's
// app_state (every module's parameters, the initial registered nodes and the
// L2 contract settings) inside CometBFT's genesis.json.
package genesis

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/seshnet/seshnet/workchain/params"
	"github.com/seshnet/seshnet/workchain/registry"
)

// Doc is the workchain's part of genesis (CometBFT's app_state).
type Doc struct {
	Params params.Params `json:"params"`
	Nodes  []Node        `json:"nodes"`
	L2     L2            `json:"l2"`
}

// Node is a node registered at genesis.
type Node struct {
	ServiceNodeID uint64                 `json:"service_node_id"`
	Ed25519       registry.Hex           `json:"ed25519"`
	BLS           registry.Hex           `json:"bls"`
	FeeBP         uint32                 `json:"fee_bp"`
	Contributors  []registry.Contributor `json:"contributors"`
}

// L2 says where the staking contract lives.
type L2 struct {
	ChainID           uint64         `json:"chain_id"`
	StakingContract   common.Address `json:"staking_contract"`
	Token             common.Address `json:"token"`
	ConfirmationDepth uint64         `json:"confirmation_depth"`
}

// Default is an empty network with the parameters of DESIGN.md.
func Default() Doc {
	return Doc{Params: params.Default(), Nodes: []Node{}, L2: L2{ChainID: 42161, ConfirmationDepth: 20}}
}

// Parse reads app_state strictly: unknown fields are errors, so a typo in a
// parameter name is caught instead of silently taking the default.
func Parse(raw []byte) (Doc, error) {
	var d Doc
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return Doc{}, fmt.Errorf("app_state: %w", err)
	}
	if dec.More() {
		return Doc{}, errors.New("app_state: trailing data after the document")
	}
	return d, nil
}

// Validate checks the document and names every field that is wrong.
func (d Doc) Validate() error {
	errs := []error{d.Params.Validate()}
	if len(d.Nodes) == 0 {
		errs = append(errs, errors.New("nodes: at least one node is needed to produce blocks"))
	}
	seenKey, seenBLS, seenID := map[string]int{}, map[string]int{}, map[uint64]int{}
	for i, n := range d.Nodes {
		field := fmt.Sprintf("nodes[%d]", i)
		if len(n.Ed25519) != 32 {
			errs = append(errs, fmt.Errorf("%s.ed25519: %d bytes, want 32", field, len(n.Ed25519)))
		}
		if len(n.BLS) != 64 {
			errs = append(errs, fmt.Errorf("%s.bls: %d bytes, want 64", field, len(n.BLS)))
		}
		if j, dup := seenKey[string(n.Ed25519)]; dup {
			errs = append(errs, fmt.Errorf("%s.ed25519: same key as nodes[%d]", field, j))
		}
		if j, dup := seenBLS[string(n.BLS)]; dup {
			errs = append(errs, fmt.Errorf("%s.bls: same key as nodes[%d]", field, j))
		}
		if j, dup := seenID[n.ServiceNodeID]; dup {
			errs = append(errs, fmt.Errorf("%s.service_node_id: %d already used by nodes[%d]", field, n.ServiceNodeID, j))
		}
		seenKey[string(n.Ed25519)], seenBLS[string(n.BLS)], seenID[n.ServiceNodeID] = i, i, i
		if err := registry.CheckStake(d.Params.Registry, n.Contributors, n.FeeBP); err != nil {
			errs = append(errs, fmt.Errorf("%s.contributors: %w", field, err))
		}
	}
	if d.L2.ChainID == 0 {
		errs = append(errs, errors.New("l2.chain_id: must be set"))
	}
	return errors.Join(errs...)
}

// Registered turns a genesis node into a registry node, active from the
// first height.
func (n Node) Registered(height, blockTime int64) *registry.Node {
	return &registry.Node{
		ServiceNodeID: n.ServiceNodeID, Ed25519: n.Ed25519, BLS: n.BLS, FeeBP: n.FeeBP,
		Contributors: n.Contributors, State: registry.StateActive,
		RegisteredHeight: height, ActiveSinceHeight: height, ActiveSinceTime: blockTime,
	}
}

// Build makes CometBFT's genesis document for a chain.
func Build(chainID string, doc Doc, genesisTime time.Time) (*cmttypes.GenesisDoc, error) {
	if err := doc.Validate(); err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	appState, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encode app_state: %w", err)
	}
	cp := cmttypes.DefaultConsensusParams()
	cp.Block.MaxBytes = 4 << 20
	// Vote extensions carry the L2 witness's observations: they are on from
	// the first height when genesis names a staking contract, off otherwise.
	if doc.L2.StakingContract != (common.Address{}) {
		cp.Feature.VoteExtensionsEnableHeight = 1
	}
	gd := &cmttypes.GenesisDoc{
		GenesisTime:     genesisTime.UTC(),
		ChainID:         chainID,
		InitialHeight:   1,
		ConsensusParams: cp,
		AppState:        appState,
	}
	vals, err := InitialValidators(doc)
	if err != nil {
		return nil, err
	}
	for _, v := range vals {
		gd.Validators = append(gd.Validators, v)
	}
	if err := gd.ValidateAndComplete(); err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	return gd, nil
}

// ReadFile reads CometBFT's genesis.json and the workchain document in it.
func ReadFile(path string) (*cmttypes.GenesisDoc, Doc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, Doc{}, fmt.Errorf("read genesis: %w", err)
	}
	gd, err := cmttypes.GenesisDocFromJSON(raw)
	if err != nil {
		return nil, Doc{}, fmt.Errorf("genesis %s: %w", path, err)
	}
	doc, err := Parse(gd.AppState)
	if err != nil {
		return nil, Doc{}, fmt.Errorf("genesis %s: %w", path, err)
	}
	return gd, doc, nil
}

// ValidateFile checks a genesis.json: CometBFT's part, the workchain's, and
// that the validators listed match those the workchain will choose.
func ValidateFile(path string) error {
	gd, doc, err := ReadFile(path)
	if err != nil {
		return err
	}
	if err := doc.Validate(); err != nil {
		return fmt.Errorf("genesis %s: %w", path, err)
	}
	want, err := InitialValidators(doc)
	if err != nil {
		return err
	}
	if len(want) != len(gd.Validators) {
		return fmt.Errorf("genesis %s: validators: %d listed, app_state makes %d", path, len(gd.Validators), len(want))
	}
	for i := range want {
		if !bytes.Equal(want[i].PubKey.Bytes(), gd.Validators[i].PubKey.Bytes()) || want[i].Power != gd.Validators[i].Power {
			return fmt.Errorf("genesis %s: validators[%d]: %X does not match the node app_state chooses", path, i, gd.Validators[i].PubKey.Bytes())
		}
	}
	return nil
}
