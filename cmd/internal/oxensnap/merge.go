package oxensnap

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/seshnet/seshnet/genesis"
)

// ReadFile reads and checks a snapshot file.
func ReadFile(path string) (*Snapshot, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read snapshot: %w", err)
	}
	s, err := Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Merge imports s into doc: the carried nodes join the registry's after
// those already there (ids from the highest there + 1, so a network's own
// validators keep the lowest ids and stay the validators), with doc's
// stake rules, and the oxen section is replaced (its claims_close_height
// kept when o names none). The result is validated
// by the workchain's rules.
func Merge(doc genesis.Doc, s *Snapshot, o Options) (genesis.Doc, *Report, error) {
	if len(doc.Oxen.Nodes)+len(doc.Oxen.Budgets)+len(doc.Oxen.Coins) > 0 {
		return doc, nil, fmt.Errorf("the genesis already has an Oxen import (snapshot at height %d): import into a genesis without one", doc.Oxen.Snapshot.Height)
	}
	o.Registry = doc.Registry.Params
	// The import replaces the oxen section; a close height already set in
	// doc (seshd testnet --genesis-param oxen.claims_close_height=N) is
	// kept unless the options name one, not silently reset to "never".
	if o.ClaimsCloseHeight == 0 {
		o.ClaimsCloseHeight = doc.Oxen.Params.ClaimsCloseHeight
	}
	if o.FirstID == 0 {
		o.FirstID = 1
		for _, n := range doc.Registry.Nodes {
			o.FirstID = max(o.FirstID, n.ServiceNodeID+1)
		}
	}
	res, err := Import(s, o)
	if err != nil {
		return doc, nil, err
	}
	doc.Registry.Nodes = append(doc.Registry.Nodes, res.Nodes...)
	doc.Oxen = res.Oxen
	if err := doc.Validate(); err != nil {
		return doc, nil, fmt.Errorf("genesis with the import: %w", err)
	}
	return doc, &res.Report, nil
}

// WriteSample writes a sample snapshot to path and its keys to
// path.keys.json.
func WriteSample(path string, seed uint64, nodes, holders int) (*Snapshot, string, error) {
	s, keys, err := Sample(seed, nodes, holders)
	if err != nil {
		return nil, "", err
	}
	if err := writeJSON(path, s, 0o644); err != nil {
		return nil, "", err
	}
	keysPath := path + ".keys.json"
	return s, keysPath, writeJSON(keysPath, keys, 0o600)
}

func writeJSON(path string, v any, mode os.FileMode) error {
	raw, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	if err := os.WriteFile(path, append(raw, '\n'), mode); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
