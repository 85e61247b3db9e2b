package app

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/swarm"
)

// GenesisState is app_state: one section per module, by module name. A
// module whose section is missing starts from its default; a section no
// module owns is an error (a typo would otherwise be ignored).
type GenesisState map[string]json.RawMessage

// DefaultGenesis is every module's default section.
func DefaultGenesis(opts ...Option) (GenesisState, error) {
	w, err := wire(opts)
	if err != nil {
		return nil, err
	}
	gs := GenesisState{}
	for _, m := range w.modules {
		if m.Genesis == nil {
			continue
		}
		raw, err := json.Marshal(m.Genesis.Default())
		if err != nil {
			return nil, fmt.Errorf("default genesis of %s: %w", m.Name, err)
		}
		gs[m.Name] = raw
	}
	return gs, nil
}

// ValidateGenesis checks app_state with the modules' own rules and names
// every wrong field.
func ValidateGenesis(appState []byte, opts ...Option) error {
	w, err := wire(opts)
	if err != nil {
		return err
	}
	_, err = w.parseGenesis(appState)
	return err
}

// parseGenesis decodes app_state, fills missing sections with defaults and
// validates each section.
func (w *wiring) parseGenesis(appState []byte) (GenesisState, error) {
	gs, err := exec.DecodeStrict[GenesisState](appState)
	if err != nil {
		return nil, fmt.Errorf("app_state: %w", err)
	}
	var errs []error
	for _, name := range sortedKeys(gs) {
		if m, ok := w.byName[name]; !ok || m.Genesis == nil {
			errs = append(errs, fmt.Errorf("app_state.%s: no module has this section", name))
		}
	}
	for _, m := range w.modules {
		if m.Genesis == nil {
			continue
		}
		raw, ok := gs[m.Name]
		if !ok {
			if raw, err = json.Marshal(m.Genesis.Default()); err != nil {
				return nil, err
			}
			gs[m.Name] = raw
		}
		if err := m.Genesis.Validate(raw); err != nil {
			errs = append(errs, err)
		}
	}
	return gs, errors.Join(errs...)
}

func sortedKeys(gs GenesisState) []string {
	keys := make([]string, 0, len(gs))
	for k := range gs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// InitChain stages genesis into the block of the initial height (each
// module's section in module order, then the validator set and the first
// swarms); it is committed with that block. A crash before then leaves the
// store empty and CometBFT calls InitChain again.
func (a *App) InitChain(_ context.Context, req *abci.InitChainRequest) (*abci.InitChainResponse, error) {
	if h := a.store.Committed().Height; h != 0 {
		return nil, fmt.Errorf("init chain: state already at height %d", h)
	}
	gs, err := a.parseGenesis(req.AppStateBytes)
	if err != nil {
		return nil, fmt.Errorf("init chain: %w", err)
	}
	height := max(req.InitialHeight, 1)
	blk, err := a.store.Begin(height)
	if err != nil {
		return nil, err
	}
	blk.Set(chainIDKey, []byte(req.ChainId))
	writeJSON(blk, initialHeightKey, height)
	writeJSON(blk, appVersionKey, AppVersion)
	if cp := req.ConsensusParams; cp != nil && cp.Block != nil {
		a.blockMaxBytes = cp.Block.MaxBytes
		writeJSON(blk, blockMaxBytesKey, a.blockMaxBytes)
	}
	c := exec.NewContext(blk, height, req.Time.Unix(), req.ChainId, exec.Deliver)
	for _, m := range a.modules {
		if m.Genesis == nil {
			continue
		}
		if err := m.Genesis.Init(c, gs[m.Name]); err != nil {
			return nil, fmt.Errorf("init chain: %s: %w", m.Name, err)
		}
	}
	ups, err := a.registry.UpdateValidators(c)
	if err != nil {
		return nil, err
	}
	if err := a.swarms.Update(c, swarm.GenesisSeed(req.ChainId)); err != nil {
		return nil, err
	}
	a.genesisAt = height
	a.setChainID(req.ChainId)
	a.last = lastBlock{Height: height - 1, Time: req.Time.Unix()}
	hash, err := blk.ComputeHash()
	if err != nil {
		return nil, err
	}
	a.log.Info().Str("chain_id", req.ChainId).Int("validators", len(ups)).Msg("genesis staged")
	return &abci.InitChainResponse{Validators: toABCI(ups), AppHash: hash}, nil
}

// ExportGenesis reads every module's section back from committed state at
// height (0: the latest).
func (a *App) ExportGenesis(height int64) (GenesisState, error) {
	v, err := a.store.View(height)
	if err != nil {
		return nil, err
	}
	defer v.Close()
	gs := GenesisState{}
	for _, m := range a.modules {
		if m.Genesis == nil || m.Genesis.Export == nil {
			continue
		}
		sec, err := m.Genesis.Export(v.KV())
		if err != nil {
			return nil, fmt.Errorf("export %s: %w", m.Name, err)
		}
		if gs[m.Name], err = json.Marshal(sec); err != nil {
			return nil, fmt.Errorf("export %s: %w", m.Name, err)
		}
	}
	return gs, nil
}
