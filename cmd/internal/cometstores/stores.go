// Package cometstores opens CometBFT's own databases (block store, state,
// tx index, evidence) for seshd with pebble settings chosen for the
// workchain, and counts what pebble writes into each.
package cometstores

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/cockroachdb/pebble"
	dbm "github.com/cometbft/cometbft-db"
	cmtcfg "github.com/cometbft/cometbft/config"
)

// Pebble settings for CometBFT's own stores (block store, state, tx index,
// evidence), chosen for the workchain instead of cometbft-db's defaults
// (docs/operators.md, "CometBFT's stores"; figures in docs/performance.md,
// "sixth session"). cometbft-db opens pebble with a 4 MiB memtable, a 64 MiB
// base level and 2 MiB tables. The tx index's keys are transaction hashes,
// spread evenly over the key space, so at those sizes every L0 table
// overlaps the whole base level and each compaction rewrites most of it: a
// 4-validator loadgen run wrote 76 MiB of flushed tables and 984 MiB of
// compactions into each node's tx index (13×), a third of the node's CPU.
// With a 32 MiB memtable, a 256 MiB base level and 8 MiB tables the same run
// wrote 112 MiB and 157 MiB. The tables are not compressed: they hold hashes,
// signatures and keys, which snappy does not shrink, and their compression
// was 7 % of the node's CPU.
const (
	storeMemTableSize  = 32 << 20
	storeLBaseMaxBytes = 256 << 20
	storeTableSize     = 8 << 20
)

// pebbleOptions are the options every CometBFT store is opened with.
func pebbleOptions() *pebble.Options {
	o := &pebble.Options{
		MemTableSize:  storeMemTableSize,
		LBaseMaxBytes: storeLBaseMaxBytes,
		Levels:        make([]pebble.LevelOptions, 7),
	}
	for i := range o.Levels {
		o.Levels[i].TargetFileSize = storeTableSize
		o.Levels[i].Compression = pebble.NoCompression
	}
	return o
}

// Stats counts what pebble wrote into one store: the tables its
// memtable flushes and its compactions made. compacted / flushed is the
// store's write amplification past the WAL.
type Stats struct {
	name                 string
	flushed, compacted   atomic.Uint64 // bytes
	flushes, compactions atomic.Uint64
}

func (s *Stats) String() string {
	return fmt.Sprintf("%s: %d flushes %d MiB, %d compactions %d MiB", s.name,
		s.flushes.Load(), s.flushed.Load()>>20, s.compactions.Load(), s.compacted.Load()>>20)
}

func (s *Stats) listener() *pebble.EventListener {
	return &pebble.EventListener{
		FlushEnd: func(i pebble.FlushInfo) {
			s.flushes.Add(1)
			s.flushed.Add(tablesSize(i.Output))
		},
		CompactionEnd: func(i pebble.CompactionInfo) {
			s.compactions.Add(1)
			s.compacted.Add(tablesSize(i.Output.Tables))
		},
	}
}

func tablesSize(ts []pebble.TableInfo) (n uint64) {
	for _, t := range ts {
		n += t.Size
	}
	return n
}

// Stores opens CometBFT's databases (Provider is a CometBFT DBProvider): pebble ones with
// pebbleOptions and a Stats each, any other backend as CometBFT would.
type Stores struct {
	mu     sync.Mutex
	opened []*Stats
}

func (st *Stores) Provider(ctx *cmtcfg.DBContext) (dbm.DB, error) {
	if ctx.Config.DBBackend != string(dbm.PebbleDBBackend) {
		return cmtcfg.DefaultDBProvider(ctx)
	}
	s := &Stats{name: ctx.ID}
	o := pebbleOptions()
	o.EventListener = s.listener()
	db, err := dbm.NewPebbleDBWithOpts(ctx.ID, ctx.Config.DBDir(), o)
	if err != nil {
		return nil, fmt.Errorf("open %s store: %w", ctx.ID, err)
	}
	st.mu.Lock()
	st.opened = append(st.opened, s)
	st.mu.Unlock()
	return db, nil
}

// Stats are the stores opened so far.
func (st *Stores) Stats() []*Stats {
	st.mu.Lock()
	defer st.mu.Unlock()
	return append([]*Stats(nil), st.opened...)
}
