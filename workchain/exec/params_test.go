package exec_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/state/statetest"

	"github.com/seshnet/seshnet/workchain/exec"
)

type limits struct {
	Max uint32 `json:"max"`
}

var store = exec.Params[limits]{
	Module:  "limits",
	Default: func() limits { return limits{Max: 5} },
	Validate: func(l limits) error {
		if l.Max == 0 {
			return errors.New("limits.max: must be positive")
		}
		return nil
	},
	Authorities: []string{exec.AuthorityGov},
}

// TestParamsUpdateIsGuarded: only a listed authority changes parameters,
// only to values the owner validates, strictly decoded; every refusal
// leaves them as they were, and a change is signaled and emitted.
func TestParamsUpdateIsGuarded(t *testing.T) {
	kv := statetest.Block(t)
	c := exec.NewContext(kv, 2, 20, "c", exec.Deliver)
	require.Equal(t, limits{Max: 5}, store.Get(c), "defaults before anything is written")

	for name, tc := range map[string]struct {
		authority, raw, want string
	}{
		"wrong authority": {exec.AuthorityL2, `{"max":7}`, "authority may not change"},
		"invalid":         {exec.AuthorityGov, `{"max":0}`, "limits.max: must be positive"},
		"unknown field":   {exec.AuthorityGov, `{"max":7,"min":1}`, "unknown field"},
		"garbage":         {exec.AuthorityGov, `{"max":`, "unexpected EOF"},
		"trailing data":   {exec.AuthorityGov, `{"max":7}{}`, "trailing data"},
		"stray bracket":   {exec.AuthorityGov, `{"max":7}]`, "trailing data"},
		"stray brace":     {exec.AuthorityGov, `{"max":7}}`, "trailing data"},
	} {
		require.ErrorContains(t, store.UpdateJSON(c, tc.authority, json.RawMessage(tc.raw)), tc.want, name)
		require.Equal(t, limits{Max: 5}, store.Get(c), name)
		require.False(t, c.Signaled(exec.SignalParams("limits")), name)
	}
	require.Empty(t, c.Events())

	require.NoError(t, store.UpdateJSON(c, exec.AuthorityGov, json.RawMessage(`{"max":7}`)))
	require.Equal(t, limits{Max: 7}, store.Get(c))
	require.True(t, c.Signaled(exec.SignalParams("limits")))
	require.Equal(t, "params_changed", c.Events()[0].Type)
	raw, err := store.JSON(kv)
	require.NoError(t, err)
	require.JSONEq(t, `{"max":7}`, string(raw))
}
