package store

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"
)

// forEachChunk is how many messages ForEach reads per snapshot: a walk of
// the whole store must not pin one snapshot (and its memory) for as long
// as the callback takes.
const forEachChunk = 1000

// Retrieve returns the account's live messages in namespace ns in the order
// they arrived here, starting after the message whose hash is lastHash ("",
// or a hash not live in ns, means from the start): a message stored after
// lastHash's is on a later page whatever its timestamp (a sender's clock a
// few seconds behind must not hide it from a client paging by last_hash). It stops
// at maxCount messages, or before the message whose data would take the
// total over maxBytes, but returns at least one message if there is any
// (maxCount or maxBytes <= 0: no such limit). more reports further live
// messages. msgs is never nil.
func (s *Store) Retrieve(account []byte, ns int16, lastHash string, maxCount, maxBytes int) (msgs []Message, more bool, err error) {
	if !validAccount(account) {
		return nil, false, ErrBadAccount
	}
	msgs = []Message{}
	err = s.view(func(txn *badger.Txn) error {
		now := s.nowMs()
		prefix := namespacePrefix(account, ns)
		start, err := s.retrieveStart(txn, account, ns, lastHash, now)
		if err != nil {
			return err
		}
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		size := 0
		for it.Seek(start); it.ValidForPrefix(prefix); it.Next() {
			m, live, err := readMessage(it.Item(), now)
			if err != nil {
				return err
			}
			if !live {
				continue
			}
			full := maxCount > 0 && len(msgs) >= maxCount
			tooBig := maxBytes > 0 && len(msgs) > 0 && size+len(m.Data) > maxBytes
			if full || tooBig {
				more = true
				return nil
			}
			size += len(m.Data)
			msgs = append(msgs, m)
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("retrieve: %w", err)
	}
	return msgs, more, nil
}

// retrieveStart is the key to seek to: just past lastHash's message when it
// is live in ns, else the start of the namespace.
func (s *Store) retrieveStart(txn *badger.Txn, account []byte, ns int16, lastHash string, now int64) ([]byte, error) {
	if !validHash(lastHash) {
		return namespacePrefix(account, ns), nil
	}
	r, found, err := getRef(txn, indexKey(account, lastHash))
	if err != nil {
		return nil, err
	}
	if !found || !r.live(now) || r.ns != ns {
		return namespacePrefix(account, ns), nil
	}
	return append(r.primaryKey(account, lastHash), 0), nil // the next key after it
}

// readMessage decodes the message at an iterator or Get item, copying what
// it returns; live is false (and m empty) when it has expired.
func readMessage(item *badger.Item, now int64) (m Message, live bool, err error) {
	parts, err := parsePrimaryKey(item.Key())
	if err != nil {
		return Message{}, false, err
	}
	err = item.Value(func(v []byte) error {
		expiry, ts, data, err := decodePrimary(v)
		if err != nil || expiry <= now {
			return err
		}
		live = true
		m = Message{
			Hash:      parts.hash,
			Account:   bytes.Clone(parts.account),
			Namespace: parts.ns,
			Timestamp: ts,
			Expiry:    expiry,
			Data:      bytes.Clone(data),
		}
		return nil
	})
	if err != nil {
		return Message{}, false, fmt.Errorf("read message: %w", err)
	}
	return m, live, nil
}

// Get returns the live message of account with hash.
func (s *Store) Get(account []byte, hash string) (m Message, found bool, err error) {
	if !validAccount(account) {
		return Message{}, false, ErrBadAccount
	}
	if !validHash(hash) {
		return Message{}, false, nil
	}
	err = s.view(func(txn *badger.Txn) error {
		now := s.nowMs()
		r, ok, err := getRef(txn, indexKey(account, hash))
		if err != nil || !ok || !r.live(now) {
			return err
		}
		item, err := txn.Get(r.primaryKey(account, hash))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return fmt.Errorf("index entry without its message: %w", errCorrupt)
		}
		if err != nil {
			return err
		}
		m, found, err = readMessage(item, now)
		return err
	})
	if err != nil {
		return Message{}, false, fmt.Errorf("get: %w", err)
	}
	return m, found, nil
}

// Expiries returns the expiry of each listed hash that is a live message
// of account.
func (s *Store) Expiries(account []byte, hashes []string) (map[string]int64, error) {
	if !validAccount(account) {
		return nil, ErrBadAccount
	}
	out := make(map[string]int64, len(hashes))
	err := s.view(func(txn *badger.Txn) error {
		now := s.nowMs()
		for _, h := range hashes {
			if !validHash(h) {
				continue
			}
			r, ok, err := getRef(txn, indexKey(account, h))
			if err != nil {
				return err
			}
			if ok && r.live(now) {
				out[h] = r.expiry
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("expiries: %w", err)
	}
	return out, nil
}

// ForEach calls fn for every live message of every account, in key order,
// until fn returns an error (which ForEach returns). It reads in chunks, each
// from its own snapshot, so fn may take its time and may call the store;
// a message written during the walk may or may not be seen.
func (s *Store) ForEach(fn func(Message) error) error {
	next := []byte{prefixMessage}
	for next != nil {
		var chunk []Message
		var err error
		chunk, next, err = s.readChunk(next)
		if err != nil {
			return fmt.Errorf("for each: %w", err)
		}
		for _, m := range chunk {
			if err := fn(m); err != nil {
				return err
			}
		}
	}
	return nil
}

// readChunk reads up to forEachChunk live messages from key start on; next
// is where the following chunk starts, nil at the end.
func (s *Store) readChunk(start []byte) (chunk []Message, next []byte, err error) {
	prefix := []byte{prefixMessage}
	err = s.view(func(txn *badger.Txn) error {
		now := s.nowMs()
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		for it.Seek(start); it.ValidForPrefix(prefix); it.Next() {
			if len(chunk) == forEachChunk {
				next = it.Item().KeyCopy(nil)
				return nil
			}
			m, live, err := readMessage(it.Item(), now)
			if err != nil {
				return err
			}
			if live {
				chunk = append(chunk, m)
			}
		}
		return nil
	})
	return chunk, next, err
}

// Accounts lists the distinct accounts with live messages, in byte order.
func (s *Store) Accounts() ([][]byte, error) {
	var out [][]byte
	prefix := []byte{prefixIndex}
	err := s.view(func(txn *badger.Txn) error {
		now := s.nowMs()
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		for it.Seek(prefix); it.ValidForPrefix(prefix); {
			item := it.Item()
			var r ref
			err := item.Value(func(v []byte) (err error) {
				r, err = decodeIndex(v)
				return err
			})
			if err != nil {
				return err
			}
			if !r.live(now) {
				it.Next()
				continue
			}
			account := bytes.Clone(item.Key()[accountStart:nsStart])
			out = append(out, account)
			// Skip the account's other entries.
			after := successor(accountPrefix(prefixIndex, account))
			if after == nil {
				return nil
			}
			it.Seek(after)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("accounts: %w", err)
	}
	return out, nil
}

// successor is the first key after every key starting with prefix, or nil
// if there is none (prefix all 0xff).
func successor(prefix []byte) []byte {
	k := bytes.Clone(prefix)
	for i := len(k) - 1; i >= 0; i-- {
		k[i]++
		if k[i] != 0 {
			return k[:i+1]
		}
	}
	return nil
}

// ListNamespaces lists the namespaces in which account has live messages,
// in ascending order (delete_all and delete_before over every namespace
// answer per namespace). It is not named Namespaces so that *Store does not
// silently satisfy rpc.NamespaceLister and change the rpc's answers; the
// rpc opts in with an adapter.
func (s *Store) ListNamespaces(account []byte) ([]int16, error) {
	if !validAccount(account) {
		return nil, ErrBadAccount
	}
	seen := map[int16]bool{}
	prefix := accountPrefix(prefixIndex, account)
	err := s.view(func(txn *badger.Txn) error {
		now := s.nowMs()
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		for it.Seek(prefix); it.ValidForPrefix(prefix); it.Next() {
			var r ref
			err := it.Item().Value(func(v []byte) (err error) {
				r, err = decodeIndex(v)
				return err
			})
			if err != nil {
				return err
			}
			if r.live(now) {
				seen[r.ns] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list namespaces: %w", err)
	}
	out := make([]int16, 0, len(seen))
	for ns := range seen {
		out = append(out, ns)
	}
	slices.Sort(out)
	return out, nil
}
