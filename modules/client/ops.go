package client

import (
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"time"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/core/storagewire"
)

// TTL bounds of an unauthenticated namespace (DESIGN.md §9).
const (
	MinTTL     = 10 * time.Second
	MaxTTL     = 14 * 24 * time.Hour
	DefaultTTL = MaxTTL
)

// SendOptions are the disappearing-message settings of a message.
type SendOptions struct {
	// TTL is how long the network keeps the message (disappear after
	// send); 0 means DefaultTTL (14 days), the most it keeps.
	TTL time.Duration
	// AfterRead, when set, asks the recipient's client to shorten the
	// expiry to read time + AfterRead (disappear after read).
	AfterRead time.Duration
}

// SendResult says what the swarm did with a message.
type SendResult struct {
	// Hash is the message's ID on the network.
	Hash string
	// Accepted counts the swarm members that confirmed the store with a
	// valid signature over the hash.
	Accepted int
	// Swarm is every member of the recipient's swarm as the client knows
	// it, by Ed25519 hex: true when it confirmed with a valid signature.
	Swarm map[string]bool
	// Expiry is when the network drops the message.
	Expiry time.Time
}

// storeParams are Session's store params for an unauthenticated namespace.
type storeParams struct {
	Pubkey    string `json:"pubkey"`
	Namespace int16  `json:"namespace"`
	TTL       int64  `json:"ttl"`
	Timestamp int64  `json:"timestamp"`
	Data      string `json:"data"`
}

// storeAnswer is Session's store answer: each member's result under
// "swarm", by Ed25519 hex.
type storeAnswer struct {
	Swarm map[string]memberStore `json:"swarm"`
	Hash  string                 `json:"hash"`
	T     int64                  `json:"t"`
}

type memberStore struct {
	Failed    bool   `json:"failed"`
	Hash      string `json:"hash"`
	Signature string `json:"signature"`
	Expiry    int64  `json:"expiry"`
	Already   bool   `json:"already"`
}

// Send encrypts text to the recipient and stores it in the recipient's
// swarm, namespace 0.
func (c *Client) Send(ctx context.Context, from ed25519.PrivateKey, to sessionid.Account, text string, opts SendOptions) (SendResult, error) {
	ttl := opts.TTL
	if ttl == 0 {
		ttl = DefaultTTL
	}
	switch {
	case ttl < MinTTL || ttl > MaxTTL:
		return SendResult{}, fmt.Errorf("client: TTL %v outside %v..%v", ttl, MinTTL, MaxTTL)
	case opts.AfterRead < 0:
		return SendResult{}, fmt.Errorf("client: negative after-read time %v", opts.AfterRead)
	}
	now := time.Now()
	data, err := SealMessage(c.opt.Rand, from, to, text, now, opts.AfterRead)
	if err != nil {
		return SendResult{}, err
	}
	hash := sessionid.MessageHash(to, 0, data)
	ans, err := c.call(ctx, to, "store", storeParams{
		Pubkey: to.Hex(), Namespace: 0, TTL: ttl.Milliseconds(), Timestamp: now.UnixMilli(),
		Data: base64.StdEncoding.EncodeToString(data),
	})
	if err != nil {
		return SendResult{}, err
	}
	if ans.status != http.StatusOK {
		return SendResult{}, &StatusError{Method: "store", Status: ans.status, Body: string(ans.body)}
	}
	var sa storeAnswer
	if err := json.Unmarshal(ans.body, &sa); err != nil {
		return SendResult{}, fmt.Errorf("%w: store: %w", ErrBadAnswer, err)
	}
	if sa.Hash != "" && sa.Hash != hash {
		return SendResult{}, fmt.Errorf("%w: store: the node reports another message hash", ErrBadAnswer)
	}
	res := SendResult{Hash: hash, Swarm: map[string]bool{}, Expiry: time.UnixMilli(now.UnixMilli() + ttl.Milliseconds())}
	members := map[string]Node{}
	for _, m := range ans.target.members {
		members[m.Hex()] = m
		res.Swarm[m.Hex()] = false
	}
	for k, r := range sa.Swarm {
		m, known := members[k]
		if !known {
			continue // not a member the client knows: it proves nothing
		}
		ok := false
		if !r.Failed && r.Hash == hash {
			sig, err := decodeB64(r.Signature)
			ok = err == nil && len(sig) == ed25519.SignatureSize && ed25519.Verify(m.Ed25519, storagewire.StoreResultSigning(hash), sig)
		}
		res.Swarm[k] = ok
		if ok {
			res.Accepted++
			if r.Expiry > 0 {
				res.Expiry = time.UnixMilli(r.Expiry)
			}
		}
	}
	if res.Accepted == 0 {
		return res, fmt.Errorf("%w (%d members answered)", ErrNotStored, len(sa.Swarm))
	}
	return res, nil
}

// Received is a message from the account's mailbox.
type Received struct {
	Hash string
	// Err is set when the message could not be opened (not for this key,
	// altered, or a forged sender); then only Hash and Expiry are set.
	Err       error
	From      sessionid.Account
	Verified  bool // the sender signed it: From is authentic
	Text      string
	Sent      time.Time
	Expiry    time.Time
	AfterRead time.Duration
	// ShortenErr is set when the message asked to disappear after read
	// and shortening its expiry failed (it will be tried at the next read).
	ShortenErr error
}

type retrieveParams struct {
	Pubkey        string `json:"pubkey"`
	PubkeyEd25519 string `json:"pubkey_ed25519"`
	Namespace     int16  `json:"namespace"`
	Timestamp     int64  `json:"timestamp"`
	Signature     string `json:"signature"`
	LastHash      string `json:"last_hash,omitempty"`
	MaxCount      int    `json:"max_count,omitempty"`
}

type retrieveAnswer struct {
	Messages []struct {
		Hash       string `json:"hash"`
		Timestamp  int64  `json:"timestamp"`
		Expiration int64  `json:"expiration"`
		Data       string `json:"data"`
	} `json:"messages"`
	More bool  `json:"more"`
	T    int64 `json:"t"`
}

// Receive reads one page of the mailbox of key's Session ID after lastHash
// ("" for the start). For a message that asks to disappear after read, it
// shortens the expiry to now + that time, once: a message whose expiry is
// already that soon is left alone, and the node only ever shortens.
func (c *Client) Receive(ctx context.Context, key ed25519.PrivateKey, lastHash string) ([]Received, bool, error) {
	me, err := accountOf(key)
	if err != nil {
		return nil, false, err
	}
	now := time.Now()
	ts := now.UnixMilli()
	ans, err := c.call(ctx, me, "retrieve", retrieveParams{
		Pubkey: me.Hex(), PubkeyEd25519: hex.EncodeToString(key.Public().(ed25519.PublicKey)),
		Namespace: 0, Timestamp: ts,
		Signature: base64.StdEncoding.EncodeToString(ed25519.Sign(key, storagewire.RetrieveSigning(0, ts))),
		LastHash:  lastHash, MaxCount: c.opt.PageSize,
	})
	if err != nil {
		return nil, false, err
	}
	if ans.status != http.StatusOK {
		return nil, false, &StatusError{Method: "retrieve", Status: ans.status, Body: string(ans.body)}
	}
	var ra retrieveAnswer
	if err := json.Unmarshal(ans.body, &ra); err != nil {
		return nil, false, fmt.Errorf("%w: retrieve: %w", ErrBadAnswer, err)
	}
	out := make([]Received, 0, len(ra.Messages))
	for _, m := range ra.Messages {
		r := Received{Hash: m.Hash, Expiry: time.UnixMilli(m.Expiration)}
		data, err := decodeB64(m.Data)
		switch {
		case err != nil:
			r.Err = fmt.Errorf("%w: data is not base64", ErrBadEnvelope)
		case sessionid.MessageHash(me, 0, data) != m.Hash:
			r.Err = fmt.Errorf("%w: data does not match its hash", ErrBadEnvelope)
		default:
			msg, err := OpenMessage(key, data)
			if err != nil {
				r.Err = err
				break
			}
			r.From, r.Verified, r.Text, r.Sent, r.AfterRead = msg.From, msg.Verified, msg.Text, msg.Sent, msg.AfterRead
		}
		out = append(out, r)
	}
	c.shortenAfterRead(ctx, key, me, out, time.Now())
	return out, ra.More, nil
}

// ReceiveAll reads every page after lastHash.
func (c *Client) ReceiveAll(ctx context.Context, key ed25519.PrivateKey, lastHash string) ([]Received, error) {
	var all []Received
	const maxPages = 10_000
	for range maxPages {
		page, more, err := c.Receive(ctx, key, lastHash)
		all = append(all, page...)
		if err != nil {
			return all, err
		}
		if !more || len(page) == 0 || page[len(page)-1].Hash == lastHash {
			return all, nil
		}
		lastHash = page[len(page)-1].Hash
	}
	return all, nil
}

// shortenAfterRead sends one expire per after-read time found on the page.
func (c *Client) shortenAfterRead(ctx context.Context, key ed25519.PrivateKey, me sessionid.Account, msgs []Received, now time.Time) {
	groups := map[time.Duration][]int{}
	for i, r := range msgs {
		if r.Err != nil || r.AfterRead <= 0 {
			continue
		}
		if r.Expiry.UnixMilli() > now.Add(r.AfterRead).UnixMilli() {
			groups[r.AfterRead] = append(groups[r.AfterRead], i)
		}
	}
	ars := make([]time.Duration, 0, len(groups))
	for ar := range groups {
		ars = append(ars, ar)
	}
	slices.Sort(ars)
	for _, ar := range ars {
		idx := groups[ar]
		hashes := make([]string, len(idx))
		for j, i := range idx {
			hashes[j] = msgs[i].Hash
		}
		exp, err := c.expireShorten(ctx, key, me, hashes, now.Add(ar))
		for _, i := range idx {
			if err != nil {
				msgs[i].ShortenErr = err
			} else if exp.Before(msgs[i].Expiry) {
				msgs[i].Expiry = exp
			}
		}
	}
}

type expireParams struct {
	Pubkey        string   `json:"pubkey"`
	PubkeyEd25519 string   `json:"pubkey_ed25519"`
	Messages      []string `json:"messages"`
	Expiry        int64    `json:"expiry"`
	Shorten       bool     `json:"shorten"`
	Signature     string   `json:"signature"`
}

type memberExpire struct {
	Failed    bool             `json:"failed"`
	Expiry    int64            `json:"expiry"`
	Updated   []string         `json:"updated"`
	Unchanged map[string]int64 `json:"unchanged"`
	Signature string           `json:"signature"`
}

// ErrNotExpired: no swarm member confirmed an expiry change.
var ErrNotExpired = errors.New("client: no swarm member confirmed the expiry change")

// expireShorten asks the swarm to shorten the expiry of hashes to at (never
// lengthening one). It returns the expiry the nodes applied; it succeeds
// when at least one member of the swarm confirms with a valid signature.
func (c *Client) expireShorten(ctx context.Context, key ed25519.PrivateKey, me sessionid.Account, hashes []string, at time.Time) (time.Time, error) {
	hashes = slices.Clone(hashes)
	slices.Sort(hashes)
	ms := at.UnixMilli()
	ans, err := c.call(ctx, me, "expire", expireParams{
		Pubkey: me.Hex(), PubkeyEd25519: hex.EncodeToString(key.Public().(ed25519.PublicKey)),
		Messages: hashes, Expiry: ms, Shorten: true,
		Signature: base64.StdEncoding.EncodeToString(ed25519.Sign(key, storagewire.ExpireSigning(storagewire.ModeShorten, ms, hashes))),
	})
	if err != nil {
		return time.Time{}, err
	}
	if ans.status != http.StatusOK {
		return time.Time{}, &StatusError{Method: "expire", Status: ans.status, Body: string(ans.body)}
	}
	var ea struct {
		Swarm map[string]memberExpire `json:"swarm"`
	}
	if err := json.Unmarshal(ans.body, &ea); err != nil {
		return time.Time{}, fmt.Errorf("%w: expire: %w", ErrBadAnswer, err)
	}
	members := map[string]Node{}
	for _, m := range ans.target.members {
		members[m.Hex()] = m
	}
	applied := time.UnixMilli(ms)
	confirmed := 0
	for k, r := range ea.Swarm {
		m, known := members[k]
		if !known || r.Failed {
			continue
		}
		sig, err := decodeB64(r.Signature)
		if err != nil || len(sig) != ed25519.SignatureSize ||
			!ed25519.Verify(m.Ed25519, storagewire.ExpireResultSigning(me.Hex(), r.Expiry, hashes, r.Updated, r.Unchanged), sig) {
			continue
		}
		confirmed++
		if t := time.UnixMilli(r.Expiry); r.Expiry > 0 && t.Before(applied) {
			applied = t
		}
	}
	if confirmed == 0 {
		return time.Time{}, fmt.Errorf("%w (%d members answered)", ErrNotExpired, len(ea.Swarm))
	}
	return applied, nil
}
