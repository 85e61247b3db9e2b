package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/seshnet/seshnet/cmd/internal/oxensnap"
	"github.com/seshnet/seshnet/genesis"
)

// oxenImportFlags are import-oxen's parameters (also testnet's, with
// --oxen-snapshot).
type oxenImportFlags struct {
	ratio             string
	bonusPool         int64 // -1: the snapshot's
	claimsPool        int64
	firstID           uint64
	claimsCloseHeight int64
}

func (f *oxenImportFlags) register(cmd *cobra.Command, prefix string) {
	cmd.Flags().StringVar(&f.ratio, prefix+"ratio", "", "conversion ratio NUM/DEN, atomic SESH per atomic OXEN (default: the snapshot's; Session's is 54/100)")
	cmd.Flags().Int64Var(&f.bonusPool, prefix+"bonus-pool", -1, "bonus pool in atomic SESH (default: the snapshot's; Session's is 30 M SESH)")
	cmd.Flags().Int64Var(&f.claimsPool, prefix+"claims-pool", -1, "coin claims pool in atomic SESH (default: the snapshot's; Session's is 30 M SESH)")
	cmd.Flags().Int64Var(&f.claimsCloseHeight, prefix+"claims-close-height", 0, "oxen.claims_close_height: the last height a coin claim is taken (0: never)")
}

func (f *oxenImportFlags) options() (oxensnap.Options, error) {
	o := oxensnap.Options{FirstID: f.firstID, ClaimsCloseHeight: f.claimsCloseHeight}
	if f.ratio != "" {
		num, den, err := oxensnap.ParseRatio(f.ratio)
		if err != nil {
			return o, fmt.Errorf("--ratio: %w", err)
		}
		o.RatioNum, o.RatioDen = num, den
	}
	for _, p := range []struct {
		name string
		v    int64
		out  **uint64
	}{{"--bonus-pool", f.bonusPool, &o.BonusPool}, {"--claims-pool", f.claimsPool, &o.ClaimsPool}} {
		if p.v < -1 {
			return o, fmt.Errorf("%s %d: must not be negative", p.name, p.v)
		}
		if p.v >= 0 {
			v := uint64(p.v)
			*p.out = &v
		}
	}
	return o, nil
}

// oxenImportResult is what import-oxen prints with -o json.
type oxenImportResult struct {
	Out    string           `json:"out"`
	Mode   string           `json:"mode"`
	Report *oxensnap.Report `json:"report"`
}

func importOxenCmd(g *globals) *cobra.Command {
	var f oxenImportFlags
	var out string
	var requirement uint64
	cmd := &cobra.Command{
		Use:   "import-oxen SNAPSHOT",
		Short: "Import an Oxen snapshot into a genesis: carried nodes, budgets, coin claims (docs/migration.md)",
		Long: `import-oxen applies Session's transition rules to an Oxen snapshot and
writes the result into a genesis, printing the conservation report.
--out is where:
  a directory      a node home: its config/genesis.json is updated in place
  an existing file a CometBFT genesis.json, updated in place
  a new file       a workchain app_state: the default network with the import
The carried nodes take service node ids after the highest already in the
genesis (1 on for a new app_state; --first-id sets it). The snapshot is
refused, with the entry named, if it does not conserve, breaks a stake rule,
or has a negative, overflowing or repeated entry.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return errors.New("--out is required")
			}
			o, err := f.options()
			if err != nil {
				return err
			}
			s, err := oxensnap.ReadFile(args[0])
			if err != nil {
				return err
			}
			res, err := importOxenInto(out, s, o, requirement)
			if err != nil {
				return err
			}
			return g.print(cmd, res, func() string {
				return res.Report.Text() + fmt.Sprintf("\n\nwrote %s (%s)", res.Out, res.Mode)
			})
		},
	}
	f.register(cmd, "")
	cmd.Flags().Uint64Var(&f.firstID, "first-id", 0, "service node id of the first carried node (default: after the genesis's highest)")
	cmd.Flags().Uint64Var(&requirement, "staking-requirement", 0, "registry.staking_requirement in atomic SESH for the carried nodes (default: the genesis's; 25,000 SESH)")
	cmd.Flags().StringVar(&out, "out", "", "a node home, a genesis.json, or a new app_state file")
	return cmd
}

// importOxenInto merges the import into out (a home, a genesis.json or a
// new app_state file).
func importOxenInto(out string, s *oxensnap.Snapshot, o oxensnap.Options, requirement uint64) (*oxenImportResult, error) {
	path, mode := out, "app_state"
	if st, err := os.Stat(out); err == nil {
		path, mode = out, "genesis.json"
		if st.IsDir() {
			path, mode = filepath.Join(out, "config", "genesis.json"), "home"
		}
	}
	if mode == "app_state" {
		doc := genesis.Default()
		if requirement > 0 {
			doc.Registry.Params.StakingRequirement = requirement
		}
		doc, rep, err := oxensnap.Merge(doc, s, o)
		if err != nil {
			return nil, err
		}
		raw, err := json.MarshalIndent(doc, "", "  ")
		if err != nil {
			return nil, err
		}
		return &oxenImportResult{Out: path, Mode: mode, Report: rep}, os.WriteFile(path, append(raw, '\n'), 0o644)
	}
	gd, doc, err := genesis.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if requirement > 0 {
		doc.Registry.Params.StakingRequirement = requirement
	}
	doc, rep, err := oxensnap.Merge(doc, s, o)
	if err != nil {
		return nil, err
	}
	if gd.AppState, err = json.MarshalIndent(doc, "", "  "); err != nil {
		return nil, err
	}
	gd.Validators = doc.Validators()
	if err := gd.ValidateAndComplete(); err != nil {
		return nil, fmt.Errorf("genesis %s: %w", path, err)
	}
	return &oxenImportResult{Out: path, Mode: mode, Report: rep}, gd.SaveAs(path)
}

func oxenSampleCmd(g *globals) *cobra.Command {
	var nodes, holders int
	var seed uint64
	var out string
	cmd := &cobra.Command{
		Use:   "oxen-sample",
		Short: "Write a synthetic Oxen snapshot (and its holders' keys beside it) for trying the migration",
		Long: `oxen-sample writes a deterministic synthetic mainnet snapshot to --out:
--nodes service nodes (about half fully registered; the others partly
registered, unregistered, without a BLS key or partly funded) and
--holders wallets with stakes, rewards, bonus points and coin balances.
FILE.keys.json (0600) holds each holder's Oxen spend and view keys and
Ethereum key, and each node's Ed25519 seed and BLS secret. Import it with
  seshd genesis import-oxen FILE --out HOME
or start a network from it with
  seshd testnet --oxen-snapshot FILE`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return errors.New("--out is required")
			}
			s, keysPath, err := oxensnap.WriteSample(out, seed, nodes, holders)
			if err != nil {
				return err
			}
			res := map[string]any{"snapshot": out, "keys": keysPath, "nodes": len(s.ServiceNodes), "holders": holders, "seed": seed}
			return g.print(cmd, res, func() string {
				return fmt.Sprintf("wrote %s (%d nodes, %d holders, seed %d) and %s", out, len(s.ServiceNodes), holders, seed, keysPath)
			})
		},
	}
	cmd.Flags().IntVar(&nodes, "nodes", 2000, "service nodes")
	cmd.Flags().IntVar(&holders, "holders", 20000, "holders (wallets), at least 40")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "seed: the same seed writes the same snapshot")
	cmd.Flags().StringVar(&out, "out", "", "snapshot file to write")
	return cmd
}
