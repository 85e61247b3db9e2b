package store

import (
	"context"
	"slices"
)

// ExpireMode says which expiry changes Expire may make.
type ExpireMode int

const (
	ExpireAny     ExpireMode = iota // set the expiry whatever it was
	ExpireShorten                   // only lower it
	ExpireExtend                    // only raise it
)

// Mutations go through the writer like Put, so they are serialised with
// every other write and durable on return. They take no context: they are
// short, and the RPC layer has no deadline to pass on.

// Delete deletes the listed live messages of account and returns the hashes
// deleted, sorted. Unknown hashes (and those of other accounts) are ignored.
func (s *Store) Delete(account []byte, hashes []string) (deleted []string, err error) {
	if !validAccount(account) {
		return nil, ErrBadAccount
	}
	hashes = uniqueHashes(hashes)
	err = s.submit(context.Background(), func(b *batch) error {
		deleted = make([]string, 0, len(hashes)) // never nil: an empty list, not null, in JSON
		now := s.nowMs()
		for _, h := range hashes {
			r, found, err := b.getRef(indexKey(account, h))
			if err != nil {
				return err
			}
			if !found || !r.live(now) {
				continue
			}
			if err := b.bury(account, h, r); err != nil {
				return err
			}
			deleted = append(deleted, h)
		}
		return nil
	})
	if err != nil {
		return nil, wrap("delete", err)
	}
	return deleted, nil
}

// uniqueHashes returns the valid hashes, sorted, without repeats.
func uniqueHashes(hashes []string) []string {
	out := make([]string, 0, len(hashes))
	for _, h := range hashes {
		if validHash(h) {
			out = append(out, h)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// DeleteAll deletes the account's messages in namespace *ns (every
// namespace when ns is nil) and returns the hashes of the live ones, sorted.
func (s *Store) DeleteAll(account []byte, ns *int16) (deleted []string, err error) {
	deleted, err = s.deleteWhere(account, true, func(e indexed) bool { return inNamespace(e, ns) })
	return deleted, wrap("delete all", err)
}

// DeleteBefore deletes the account's messages in namespace *ns (every
// namespace when ns is nil) with a Timestamp before before, and returns the
// hashes of the live ones, sorted.
func (s *Store) DeleteBefore(account []byte, ns *int16, before int64) (deleted []string, err error) {
	deleted, err = s.deleteWhere(account, true, func(e indexed) bool { return inNamespace(e, ns) && e.ts < before })
	return deleted, wrap("delete before", err)
}

// DeleteAccount deletes every message of account (after they have been
// handed to the swarm that now owns it) and returns how many were live. It
// leaves no tombstones: the messages live on elsewhere and may come back.
func (s *Store) DeleteAccount(account []byte) (int, error) {
	deleted, err := s.deleteWhere(account, false, func(indexed) bool { return true })
	return len(deleted), wrap("delete account", err)
}

func inNamespace(e indexed, ns *int16) bool { return ns == nil || e.ns == *ns }

// deleteWhere deletes the account's messages that match, expired ones
// included (they would only wait for the purge), and returns the hashes of
// the live ones in hash order. byOwner leaves tombstones (bury) for the
// live ones.
func (s *Store) deleteWhere(account []byte, byOwner bool, match func(indexed) bool) (deleted []string, err error) {
	if !validAccount(account) {
		return nil, ErrBadAccount
	}
	err = s.submit(context.Background(), func(b *batch) error {
		deleted = []string{} // never nil: an empty list, not null, in JSON
		entries, err := b.scanAccount(account)
		if err != nil {
			return err
		}
		now := s.nowMs()
		for _, e := range entries {
			if !match(e) {
				continue
			}
			remove := b.remove
			if byOwner && e.live(now) {
				remove = b.bury
			}
			if err := remove(account, e.hash, e.ref); err != nil {
				return err
			}
			if e.live(now) {
				deleted = append(deleted, e.hash)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return deleted, nil
}

// Expire sets the expiry of the listed live messages of account, as far as
// mode allows. updated maps each hash given the new expiry to it (with
// ExpireAny, every live message listed); unchanged maps each hash the mode
// left alone to its current expiry. Unknown hashes are in neither. An expiry
// already past deletes the messages it applies to.
func (s *Store) Expire(account []byte, hashes []string, expiry int64, mode ExpireMode) (updated, unchanged map[string]int64, err error) {
	if !validAccount(account) {
		return nil, nil, ErrBadAccount
	}
	hashes = uniqueHashes(hashes)
	err = s.submit(context.Background(), func(b *batch) error {
		updated, unchanged = map[string]int64{}, map[string]int64{}
		now := s.nowMs()
		for _, h := range hashes {
			r, found, err := b.getRef(indexKey(account, h))
			if err != nil {
				return err
			}
			if !found || !r.live(now) {
				continue
			}
			if !mode.allows(r.expiry, expiry) {
				unchanged[h] = r.expiry
				continue
			}
			updated[h] = expiry
			if r.expiry == expiry {
				continue // ExpireAny to the same value: nothing to write
			}
			if err := b.setExpiry(account, h, r, expiry); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, nil, wrap("expire", err)
	}
	return updated, unchanged, nil
}

func (m ExpireMode) allows(current, next int64) bool {
	switch m {
	case ExpireShorten:
		return next < current
	case ExpireExtend:
		return next > current
	default:
		return true
	}
}

// ExpireAll lowers to expiry the expiry of every live message of account in
// namespace *ns (every namespace when ns is nil) that expires later, and
// returns those hashes with the new expiry. It never extends.
func (s *Store) ExpireAll(account []byte, ns *int16, expiry int64) (updated map[string]int64, err error) {
	if !validAccount(account) {
		return nil, ErrBadAccount
	}
	err = s.submit(context.Background(), func(b *batch) error {
		updated = map[string]int64{}
		entries, err := b.scanAccount(account)
		if err != nil {
			return err
		}
		now := s.nowMs()
		for _, e := range entries {
			if !inNamespace(e, ns) || !e.live(now) || e.expiry <= expiry {
				continue
			}
			if err := b.setExpiry(account, e.hash, e.ref, expiry); err != nil {
				return err
			}
			updated[e.hash] = expiry
		}
		return nil
	})
	if err != nil {
		return nil, wrap("expire all", err)
	}
	return updated, nil
}
