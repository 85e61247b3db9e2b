package registry

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/state/statetest"
)

// TestValidatorSetNeverEmpty (D26): the last validators stay when no active
// node would replace them; CometBFT halts on an empty set.
// Fails on a96bbb3: the last validator was removed.
func TestValidatorSetNeverEmpty(t *testing.T) {
	kv := statetest.Block(t)
	k := at(kv, 1, 0, nil)
	p := DefaultParams()
	require.NoError(t, k.Add(p, testNode(1, 7)))
	_, err := k.UpdateValidators(p)
	require.NoError(t, err)

	_, err = at(kv, 3, 30, nil).Transition(bytes.Repeat([]byte{7}, 32), Change{Stake: StakeExited})
	require.NoError(t, err)
	ups, err := k.UpdateValidators(p)
	require.NoError(t, err)
	require.Empty(t, ups)
	set, err := k.Validators()
	require.NoError(t, err)
	require.Equal(t, []Validator{{PubKey: bytes.Repeat([]byte{7}, 32), Power: 10}}, set)

	// A new active node replaces it the moment there is one.
	require.NoError(t, at(kv, 4, 40, nil).Add(p, testNode(2, 8)))
	ups, err = k.UpdateValidators(p)
	require.NoError(t, err)
	require.Equal(t, []ValidatorUpdate{{PubKey: bytes.Repeat([]byte{7}, 32), Power: 0}, {PubKey: bytes.Repeat([]byte{8}, 32), Power: 10}}, ups)
}
