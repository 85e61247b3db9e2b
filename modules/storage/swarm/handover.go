package swarm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"sync"

	"github.com/seshnet/seshnet/modules/netview"
)

// PushPath is where a node hands messages to a member of their new swarm.
const PushPath = "/n2n/storage/push"

// PushRequest is the body of POST /n2n/storage/push.
type PushRequest struct {
	Messages []WireMessage `json:"messages"`
}

// PushAnswer is its answer. A batch is acknowledged when it is answered 200
// with nothing refused (a receiver whose view does not have the account
// in its swarm yet refuses it; the sender tries again later).
type PushAnswer struct {
	Stored  int `json:"stored"`
	Refused int `json:"refused"`
}

// Batch bounds of a handover: a push carries at most pushBatch messages
// or about pushBudget bytes; all destinations together buffer at most
// handoverBuffer bytes (past it the fullest batch goes out early).
const (
	pushBatch      = 256
	pushBudget     = 4 << 20
	handoverBuffer = 16 << 20
)

// dest is one swarm that accounts leaving this node go to.
type dest struct {
	id       uint64
	members  []*netview.Node
	accounts [][]byte
	batch    []Message
	bytes    int
	failed   map[string]bool     // member hex -> refused or missed a batch
	sent     int                 // messages pushed
	pushed   map[string][]string // account -> hashes put in a batch
}

// acked says whether some member took every batch (trivially so when
// there was nothing to push: the accounts had no live message).
func (d *dest) acked() bool {
	if d.sent == 0 {
		return true
	}
	for _, m := range d.members {
		if !d.failed[m.Hex()] {
			return true
		}
	}
	return false
}

// refused says every member missed a batch: the rest of d's messages need
// not be sent this time.
func (d *dest) refused() bool { return !d.acked() }

// errAllRefused stops a handover pass that no destination takes anything
// from (this node not yet, or no longer, known to the others).
var errAllRefused = errors.New("handover: every destination refused")

// handover pushes the messages of accounts whose swarm in v does not have
// this node to the members of their swarm, and deletes an account here
// once one member of its swarm acknowledged all of its messages. pending
// says some were kept (no member acknowledged): the caller tries again on
// the next view change or recheck.
//
// Batches go out from inside the store's ForEach, so a large handover never
// holds more than handoverBuffer of messages in memory (plus the hashes
// handed over). Only the messages handed over are deleted: one stored for a
// leaving account during the pass (a peer with a staler view may send one)
// stays, keeps the handover pending and goes with the next pass.
func (s *Swarm) handover(ctx context.Context, v *netview.View) (pending bool, err error) {
	accts, err := s.store.Accounts()
	if err != nil {
		return true, fmt.Errorf("handover: accounts: %w", err)
	}
	dests := map[uint64]*dest{}
	leaving := map[string]*dest{}
	for _, a := range accts {
		if len(a) != 33 {
			continue
		}
		id, members, ok := swarmOf(v, a[1:])
		if !ok || memberIn(members, s.self) != nil {
			continue
		}
		d, ok := dests[id]
		if !ok {
			d = &dest{id: id, members: members, failed: map[string]bool{}, pushed: map[string][]string{}}
			dests[id] = d
		}
		d.accounts = append(d.accounts, a)
		leaving[string(a)] = d
	}
	if len(leaving) == 0 {
		return false, nil
	}

	now := s.now().UnixMilli()
	buffered := 0
	flush := func(d *dest) {
		buffered -= d.bytes
		s.push(ctx, d)
	}
	err = s.store.ForEach(func(m Message) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		d, ok := leaving[string(m.Account)]
		if !ok || m.Expiry <= now || d.refused() {
			return nil
		}
		m.Data, m.Account = append([]byte(nil), m.Data...), append([]byte(nil), m.Account...)
		d.batch = append(d.batch, m)
		d.pushed[string(m.Account)] = append(d.pushed[string(m.Account)], m.Hash)
		n := wireSize(m)
		d.bytes += n
		buffered += n
		flushed := false
		if len(d.batch) >= pushBatch || d.bytes >= pushBudget {
			flush(d)
			flushed = true
		}
		for buffered > handoverBuffer {
			flush(fullest(dests))
			flushed = true
		}
		if !flushed {
			return nil
		}
		for _, d := range dests {
			if !d.refused() {
				return nil
			}
		}
		return errAllRefused
	})
	if err != nil && !errors.Is(err, errAllRefused) {
		return true, fmt.Errorf("handover: read messages: %w", err)
	}
	ids := make([]uint64, 0, len(dests))
	for id, d := range dests {
		if len(d.batch) > 0 {
			flush(d)
		}
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })

	var errs []error
	accounts, messages, kept := 0, 0, 0
	moved := map[string]bool{}
	for _, id := range ids {
		d := dests[id]
		if !d.acked() {
			kept += len(d.accounts)
			continue
		}
		for _, a := range d.accounts {
			if _, err := s.store.Delete(a, d.pushed[string(a)]); err != nil {
				errs = append(errs, err)
				kept++
				continue
			}
			moved[string(a)] = true
			accounts++
		}
		messages += d.sent
	}
	// An account that got a message during the pass still has it: the
	// handover stays pending for it.
	if left, err := s.store.Accounts(); err == nil {
		for _, a := range left {
			if moved[string(a)] {
				kept++
				accounts--
			}
		}
	}
	// Counts only: which accounts moved is not for the log. A handover
	// stuck for long (retried each recheck) stays at Debug.
	lvl := s.log.Debug()
	if accounts > 0 {
		lvl = s.log.Info()
	}
	lvl.Int("accounts", accounts).Int("messages", messages).Int("kept", kept).
		Msg("handed over accounts no longer in this node's swarm")
	if len(errs) > 0 {
		return true, fmt.Errorf("handover: delete: %w", errors.Join(errs...))
	}
	return kept > 0, nil
}

// fullest is the destination with the most bytes waiting.
func fullest(dests map[uint64]*dest) *dest {
	var best *dest
	for _, d := range dests {
		if best == nil || d.bytes > best.bytes {
			best = d
		}
	}
	return best
}

// push sends d's batch to every member that has taken all of d's batches
// so far (one that missed one can no longer be the one that has them all).
func (s *Swarm) push(ctx context.Context, d *dest) {
	batch := d.batch
	d.batch, d.bytes = nil, 0
	if len(batch) == 0 {
		return
	}
	d.sent += len(batch)
	req := PushRequest{Messages: make([]WireMessage, len(batch))}
	for i, m := range batch {
		req.Messages[i] = ToWire(m)
	}
	body, err := json.Marshal(req)
	if err != nil {
		for _, m := range d.members {
			d.failed[m.Hex()] = true
		}
		return
	}
	var try []*netview.Node
	for _, m := range d.members {
		if !d.failed[m.Hex()] {
			try = append(try, m)
		}
	}
	ok := make([]bool, len(try))
	var wg sync.WaitGroup
	for i, m := range try {
		wg.Go(func() { ok[i] = s.pushTo(ctx, m, body) })
	}
	wg.Wait()
	for i, m := range try {
		if !ok[i] {
			d.failed[m.Hex()] = true
		}
	}
}

// pushTo says whether node took the whole batch.
func (s *Swarm) pushTo(ctx context.Context, node *netview.Node, body []byte) bool {
	addr := node.Endpoints["storage"]
	if addr == "" {
		return false
	}
	code, out, err := s.client.Post(ctx, node.Ed25519, addr, PushPath, body)
	if err != nil || code != http.StatusOK {
		s.log.Debug().Err(err).Int("code", code).Str("peer", node.Hex()).Msg("handover push failed")
		return false
	}
	var ans PushAnswer
	if err := json.Unmarshal(out, &ans); err != nil || ans.Refused > 0 {
		s.log.Debug().Int("refused", ans.Refused).Str("peer", node.Hex()).Msg("handover push not taken")
		return false
	}
	return true
}
