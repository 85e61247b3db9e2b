// Package genesis builds and checks genesis documents for operators and
// tools: the workchain's app_state (one section per built-in module,
// validated by the modules' own rules through workchain/app) inside
// CometBFT's genesis.json. The workchain does not import it: InitChain
// reads app_state with app.GenesisState.
package genesis

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	cmted25519 "github.com/cometbft/cometbft/crypto/ed25519"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/attest"
	"github.com/seshnet/seshnet/workchain/gov"
	"github.com/seshnet/seshnet/workchain/l2"
	"github.com/seshnet/seshnet/workchain/liveness"
	"github.com/seshnet/seshnet/workchain/oxen"
	"github.com/seshnet/seshnet/workchain/punish"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/rewards"
	"github.com/seshnet/seshnet/workchain/swarm"
	"github.com/seshnet/seshnet/workchain/uptime"
)

// Doc is the built-in modules' sections of app_state, typed for building.
type Doc struct {
	Registry registry.Genesis `json:"registry"`
	Uptime   uptime.Genesis   `json:"uptime"`
	Swarm    swarm.Genesis    `json:"swarm"`
	Attest   attest.Genesis   `json:"attest"`
	L2       l2.Genesis       `json:"l2"`
	Rewards  rewards.Genesis  `json:"rewards"`
	Punish   punish.Genesis   `json:"punish"`
	Liveness LivenessGenesis  `json:"liveness"`
	Gov      gov.Genesis      `json:"gov"`
	Oxen     oxen.Genesis     `json:"oxen"`
}

// LivenessGenesis is the liveness section: its parameters only
// (workchain/liveness declares no type for it).
type LivenessGenesis struct {
	Params liveness.Params `json:"params"`
}

// Node is a node registered at genesis.
type Node = registry.GenesisNode

// Default is an empty network with the parameters of DESIGN.md.
func Default() Doc {
	return Doc{
		Registry: registry.DefaultGenesis(),
		Uptime:   uptime.Genesis{Params: uptime.DefaultParams()},
		Swarm:    swarm.Genesis{Params: swarm.DefaultParams()},
		Attest:   attest.Genesis{Params: attest.DefaultParams()},
		L2:       l2.DefaultGenesis(),
		Rewards:  rewards.Genesis{Params: rewards.DefaultParams()},
		Punish:   punish.Genesis{Params: punish.DefaultParams()},
		Liveness: LivenessGenesis{Params: liveness.DefaultParams()},
		Gov:      gov.Genesis{Params: gov.DefaultParams()},
		Oxen:     oxen.DefaultGenesis(),
	}
}

// Parse reads app_state strictly: unknown sections and fields are errors,
// so a typo in a parameter name is caught instead of silently taking the
// default.
func Parse(raw []byte) (Doc, error) {
	var d Doc
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		return Doc{}, fmt.Errorf("app_state: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Doc{}, errors.New("app_state: trailing data after the document")
	}
	return d, nil
}

// Validate checks the document with the workchain's own rules (the ones
// InitChain applies) and names every field that is wrong.
func (d Doc) Validate() error {
	raw, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("encode app_state: %w", err)
	}
	return app.ValidateGenesis(raw)
}

// Validators are the validators the workchain chooses at genesis, by the
// registry's own rule (registry.InitialValidatorSet): genesis.json and
// InitChain cannot disagree.
func (d Doc) Validators() []cmttypes.GenesisValidator {
	ups := registry.InitialValidatorSet(d.Registry)
	out := make([]cmttypes.GenesisValidator, 0, len(ups))
	for _, u := range ups {
		pk := cmted25519.PubKey(u.PubKey)
		out = append(out, cmttypes.GenesisValidator{Address: pk.Address(), PubKey: pk, Power: u.Power, Name: fmt.Sprintf("%X", u.PubKey[:4])})
	}
	return out
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
		Validators:      doc.Validators(),
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
	want := doc.Validators()
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
