package swarm

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/core/sessionid"
)

// A swarm of five splits: accounts near the new swarm's id move to its two
// members, who had none of their messages. The old holders hand them over
// and delete them; each node ends with exactly the accounts of its swarm.
func TestSplitMovesAccountsToTheNewSwarm(t *testing.T) {
	forBothStores(t, func(t *testing.T, real bool) {
		tn := newNetOf(t, 5, real)
		tn.setView(1, allInA(5), swarmA)
		stayAccts, stay := swarmMessages(swarmA, 1, 30)
		moveAccts, move := swarmMessages(swarmB, 50, 30)
		for i := range 5 {
			tn.nodes[i].store.put(t, stay...)
		}
		for i := range 3 {
			tn.nodes[i].store.put(t, move[:25]...) // nodes 3, 4 have none of these
		}
		onlyOnZero := move[25:] // and only node 0 has these
		tn.nodes[0].store.put(t, onlyOnZero...)
		tn.startAll()

		tn.setView(2, map[int]uint64{0: swarmA, 1: swarmA, 2: swarmA, 3: swarmB, 4: swarmB}, swarmA, swarmB)
		require.Eventually(t, func() bool {
			for i := range 5 {
				wantStay, wantMove := i < 3, i >= 3
				for _, m := range stay {
					if tn.nodes[i].store.has(m) != wantStay {
						return false
					}
				}
				for _, m := range move {
					if tn.nodes[i].store.has(m) != wantMove {
						return false
					}
				}
			}
			return true
		}, settle, 20*time.Millisecond)
		tn.requireNoSecretsLogged(append(stayAccts, moveAccts...), append(stay, move...))
	})
}

// An account leaves only once a member of its new swarm took all of it.
func TestHandoverKeepsDataUntilAcknowledged(t *testing.T) {
	forBothStores(t, func(t *testing.T, real bool) {
		tn := newNetOf(t, 3, real)
		tn.setView(1, map[int]uint64{0: swarmA, 1: swarmA, 2: swarmA}, swarmA)
		accts, msgs := swarmMessages(swarmB, 1, 300) // over one batch: a refused first batch ends the pass
		tn.nodes[0].store.put(t, msgs...)
		s0 := tn.startSwarm(0, false) // driven by hand below
		tn.startSwarm(1, false)
		tn.startSwarm(2, false)
		v := tn.setView(2, map[int]uint64{0: swarmA, 1: swarmB, 2: swarmB}, swarmA, swarmB)

		tn.down(1)
		tn.down(2)
		pending, err := s0.handover(context.Background(), v)
		require.NoError(t, err)
		require.True(t, pending, "nobody took the messages")
		for _, a := range accts {
			require.NotZero(t, tn.nodes[0].store.count(a))
		}

		tn.up(2)
		pending, err = s0.handover(context.Background(), v)
		require.NoError(t, err)
		require.False(t, pending)
		for _, a := range accts {
			require.Zero(t, tn.nodes[0].store.count(a), "handed over, then deleted")
		}
		for _, m := range msgs {
			require.True(t, tn.nodes[2].store.has(m))
		}
		tn.requireNoSecretsLogged(accts, msgs)
	})
}

// lateStore puts one more message for a leaving account while a handover
// walks the store, as a peer with a staler view could.
type lateStore struct {
	testStore
	late Message
	once sync.Once
}

func (s *lateStore) ForEach(fn func(Message) error) error {
	return s.testStore.ForEach(func(m Message) error {
		s.once.Do(func() { _, _ = s.testStore.PutCopy(context.Background(), s.late) })
		return fn(m)
	})
}

// A message stored for a leaving account during the handover is not lost
// with the account: it stays, the handover stays pending, and the next
// pass takes it.
func TestHandoverKeepsWhatArrivesDuringThePass(t *testing.T) {
	tn := newNetOf(t, 3, false)
	tn.setView(1, map[int]uint64{0: swarmA, 1: swarmA, 2: swarmA}, swarmA)
	accts, msgs := swarmMessages(swarmB, 1, 5)
	tn.nodes[0].store.put(t, msgs...)
	late := msgs[0]
	late.Data = []byte("stored while the handover ran")
	var acct sessionid.Account
	copy(acct[:], late.Account)
	late.Hash = sessionid.MessageHash(acct, late.Namespace, late.Data)
	tn.nodes[0].store = &lateStore{testStore: tn.nodes[0].store, late: late}
	s0 := tn.startSwarm(0, false)
	tn.startSwarm(1, false)
	tn.startSwarm(2, false)
	v := tn.setView(2, map[int]uint64{0: swarmA, 1: swarmB, 2: swarmB}, swarmA, swarmB)

	pending, err := s0.handover(context.Background(), v)
	require.NoError(t, err)
	require.True(t, pending, "the late message is still here")
	require.True(t, tn.nodes[0].store.has(late))
	for _, m := range msgs {
		require.False(t, tn.nodes[0].store.has(m), "handed over, then deleted")
	}

	pending, err = s0.handover(context.Background(), v)
	require.NoError(t, err)
	require.False(t, pending)
	require.False(t, tn.nodes[0].store.has(late))
	require.True(t, tn.nodes[1].store.has(late) || tn.nodes[2].store.has(late))
	tn.requireNoSecretsLogged(accts, append(msgs, late))
}
