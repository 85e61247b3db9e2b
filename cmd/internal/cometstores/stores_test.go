package cometstores

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"testing"

	"github.com/cockroachdb/pebble"
	dbm "github.com/cometbft/cometbft-db"
	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/stretchr/testify/require"
)

// writeHashKeyed writes n entries of random bytes (a transaction's
// signature and hashes do not compress) keyed by a SHA-256, as CometBFT's
// tx index keys a transaction's result by its hash, in batches of 1,000,
// and reads the last one back.
func writeHashKeyed(t *testing.T, db dbm.DB, n int) {
	t.Helper()
	var last, value []byte
	for i := 0; i < n; i += 1000 {
		b := db.NewBatch()
		for j := i; j < i+1000 && j < n; j++ {
			var seed [8]byte
			binary.BigEndian.PutUint64(seed[:], uint64(j))
			key := sha256.Sum256(seed[:])
			value = make([]byte, 250)
			_, err := rand.Read(value)
			require.NoError(t, err)
			last = key[:]
			require.NoError(t, b.Set(last, value))
		}
		require.NoError(t, b.Write())
		require.NoError(t, b.Close())
	}
	got, err := db.Get(last)
	require.NoError(t, err)
	require.Equal(t, value, got)
}

// The stores' settings exist for one reason: at cometbft-db's defaults a
// store keyed by hashes rewrites its base level with every compaction.
// Both stores here take the same 400,000 hash-keyed entries (~110 MiB); the
// one opened by Stores must rewrite in compactions less than half as
// much per flushed byte as the default one (measured: 0.66 against
// 2.0-2.3).
func TestStoresWriteLessThanPebbleDefaults(t *testing.T) {
	if testing.Short() {
		t.Skip("writes ~110 MiB twice")
	}
	const entries = 400_000
	cfg := cmtcfg.DefaultConfig()
	cfg.SetRoot(t.TempDir())
	cfg.DBBackend = string(dbm.PebbleDBBackend)

	st := &Stores{}
	db, err := st.Provider(&cmtcfg.DBContext{ID: "tx_index", Config: cfg})
	require.NoError(t, err)
	writeHashKeyed(t, db, entries)
	require.NoError(t, db.Close())
	require.Len(t, st.Stats(), 1)
	ours := st.Stats()[0]

	defaults := &Stats{name: "defaults"}
	o := &pebble.Options{EventListener: defaults.listener()}
	ddb, err := dbm.NewPebbleDBWithOpts("defaults", cfg.DBDir(), o)
	require.NoError(t, err)
	writeHashKeyed(t, ddb, entries)
	require.NoError(t, ddb.Close())

	t.Logf("ours %v; %v", ours, defaults)
	require.NotZero(t, defaults.compactions.Load(), "the default store never compacted: the test wrote too little to show anything")
	amplification := func(s *Stats) float64 { return float64(s.compacted.Load()) / float64(s.flushed.Load()) }
	require.Less(t, 2*amplification(ours), amplification(defaults))
}

// A backend other than pebble opens as CometBFT would open it.
func TestStoresLeaveOtherBackendsToCometBFT(t *testing.T) {
	cfg := cmtcfg.DefaultConfig()
	cfg.SetRoot(t.TempDir())
	cfg.DBBackend = string(dbm.GoLevelDBBackend)
	st := &Stores{}
	db, err := st.Provider(&cmtcfg.DBContext{ID: "state", Config: cfg})
	require.NoError(t, err)
	require.NoError(t, db.Set([]byte("k"), []byte("v")))
	require.NoError(t, db.Close())
	require.Empty(t, st.Stats())
}
