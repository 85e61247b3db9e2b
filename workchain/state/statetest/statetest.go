// Package statetest gives tests of workchain concerns a staged block over
// a real (in-memory) badger store.
package statetest

import (
	"testing"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/kv"
	"github.com/seshnet/seshnet/workchain/state"
)

// Store is a new store over an in-memory badger, closed when the test ends.
func Store(t testing.TB) *state.Store {
	t.Helper()
	db, err := kv.Open("", kv.Options{InMemory: true, Logger: zerolog.Nop()})
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	s, err := state.Open(db)
	require.NoError(t, err)
	return s
}

// Block is the staged block of height 1 of a new in-memory store.
func Block(t testing.TB) *state.Block {
	t.Helper()
	b, err := Store(t).Begin(1)
	require.NoError(t, err)
	return b
}
