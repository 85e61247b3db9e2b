package main

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// An unknown -kvstore-stores is refused before any network starts.
func TestRunRefusesAnUnknownStoresChoice(t *testing.T) {
	err := run(options{runs: 1, kvstoreStores: "rocks"})
	require.ErrorContains(t, err, `-kvstore-stores "rocks"`)
}

// A kvstore node without a home it can read says so instead of starting.
func TestKVStoreNodeRefusesAMissingHome(t *testing.T) {
	require.Error(t, kvstoreNode([]string{"--home", t.TempDir()}))
	require.Error(t, kvstoreNode([]string{"--bogus"}))
}
