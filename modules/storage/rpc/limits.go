package rpc

import "time"

// Limits of the storage RPC (DESIGN.md §9; Session's values unless noted).
const (
	// MaxDataBytes is the largest message, after base64 decoding.
	MaxDataBytes = 76_800
	// maxDataB64 is its base64 length (76,800 is a multiple of 3: no padding).
	maxDataB64 = MaxDataBytes / 3 * 4

	// MinTTL is the shortest lifetime of a stored message.
	MinTTL = 10 * time.Second
	// MaxTTLPublic is the longest lifetime in a namespace anyone may store
	// into (a multiple of 10).
	MaxTTLPublic = 14 * 24 * time.Hour
	// MaxTTLPrivate is the longest lifetime in an authenticated namespace,
	// and the furthest an expire may push a message's expiry.
	MaxTTLPrivate = 30 * 24 * time.Hour

	// Tolerance is how far a request's timestamp may be from our clock.
	Tolerance = 60 * time.Second

	// PeerHorizon is how old a change a swarm peer forwards may be: a
	// forward that failed is retried for at most the longest TTL (the
	// message's expiry for a store), from a timestamp within Tolerance.
	PeerHorizon = MaxTTLPrivate + Tolerance

	// RetrieveMaxBytes is the most message data one retrieve answers with.
	RetrieveMaxBytes = 7_800_000

	// MaxBatch is the most sub-requests of a batch or sequence.
	MaxBatch = 20

	// MaxHashes is the most message hashes one delete, expire or
	// get_expiries names (ours: Session sets none beyond the body size).
	MaxHashes = 10_000

	// MaxBody is the largest request body (the onion request limit).
	MaxBody = 10 << 20

	// DefaultReplicateTimeout bounds the wait for swarm peers' answers.
	DefaultReplicateTimeout = 5 * time.Second
)

const (
	minTTLms        = int64(MinTTL / time.Millisecond)
	maxTTLPublicMs  = int64(MaxTTLPublic / time.Millisecond)
	maxTTLPrivateMs = int64(MaxTTLPrivate / time.Millisecond)
	toleranceMs     = int64(Tolerance / time.Millisecond)
	peerHorizonMs   = int64(PeerHorizon / time.Millisecond)

	// A timestamp under a billion milliseconds (1970-01-12) was almost
	// surely given in seconds: refused, as Session does.
	minTimestampMs = 1_000_000_000
	// Timestamps past this (year ~33,000) are refused, which also keeps
	// timestamp + TTL far from overflowing.
	maxTimestampMs = 1_000_000_000_000_000

	maxHashLen = 128 // of a get_expiries entry
)

// HF is the network version answered in "hf". Session's nodes answer the
// Oxen hard fork ([19, 3] and so on); ours is seshnet's own network
// version, starting at [1, 0].
var HF = [2]int{1, 0}

// Version is the storage server version answered by info.
var Version = [3]int{1, 0, 0}

// isPublicNamespace: namespaces divisible by 10 (0, 10, -30...) take
// unauthenticated stores.
func isPublicNamespace(ns int16) bool { return ns%10 == 0 }

// maxTTLms is the longest TTL a store into ns may ask for.
func maxTTLms(ns int16) int64 {
	if isPublicNamespace(ns) {
		return maxTTLPublicMs
	}
	return maxTTLPrivateMs
}
