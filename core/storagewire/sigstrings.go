// Package storagewire holds the storage RPC's wire rules that both ends
// use: namespace scopes, expire modes and every signed byte string. The
// server (modules/storage/rpc) checks with them and the client library
// (modules/client) signs with them, without one importing the other.
package storagewire

import (
	"sort"
	"strconv"

	"github.com/seshnet/seshnet/core/sessionid"
)

// This file holds every byte string that is signed in the storage RPC, as
// Session's storage server defines them: the ones a client signs to prove it
// owns an account, and the ones a node signs over its per-node result of a
// recursive request. The server checks with these functions and the client
// library signs with them, so the two can't drift apart.
//
// Integers (namespaces, timestamps, expiries) enter in base 10; a namespace
// is the empty string for 0 and "all" for every namespace; message hashes
// enter as the strings the server gave out.

// Scope is the namespace part of delete_all, delete_before and expire_all:
// one namespace, or all of them.
type Scope struct {
	All bool
	NS  int16
}

// AllNamespaces is the "all" scope.
var AllNamespaces = Scope{All: true}

// OneNamespace is the scope of one namespace.
func OneNamespace(ns int16) Scope { return Scope{NS: ns} }

// SigValue is how the scope enters a signature: "" for namespace 0, "all",
// or the namespace in decimal.
func (s Scope) SigValue() string {
	if s.All {
		return "all"
	}
	return sessionid.NamespaceString(s.NS)
}

// Expire modes as they enter the expire signature.
const (
	ModeAny     = ""
	ModeShorten = "shorten"
	ModeExtend  = "extend"
)

func itoa(v int64) string { return strconv.FormatInt(v, 10) }

func join(parts ...string) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	b := make([]byte, 0, n)
	for _, p := range parts {
		b = append(b, p...)
	}
	return b
}

func joinList(b []byte, list []string) []byte {
	for _, s := range list {
		b = append(b, s...)
	}
	return b
}

// ---- what the account owner signs ----

// StoreSigning is signed to store into an authenticated namespace:
// "store" ‖ namespace ‖ sig_timestamp.
func StoreSigning(ns int16, sigTimestampMs int64) []byte {
	return join("store", sessionid.NamespaceString(ns), itoa(sigTimestampMs))
}

// RetrieveSigning is signed to retrieve: "retrieve" ‖ namespace ‖ timestamp.
func RetrieveSigning(ns int16, timestampMs int64) []byte {
	return join("retrieve", sessionid.NamespaceString(ns), itoa(timestampMs))
}

// DeleteSigning is signed to delete messages: "delete" ‖ messages[0] ‖ … ‖
// messages[N], in the order of the request.
func DeleteSigning(messages []string) []byte {
	return joinList([]byte("delete"), messages)
}

// DeleteAllSigning is signed to delete all messages of a scope:
// "delete_all" ‖ namespace ‖ timestamp.
func DeleteAllSigning(scope Scope, timestampMs int64) []byte {
	return join("delete_all", scope.SigValue(), itoa(timestampMs))
}

// DeleteBeforeSigning is signed to delete the messages stored at or before
// a time: "delete_before" ‖ namespace ‖ before.
func DeleteBeforeSigning(scope Scope, beforeMs int64) []byte {
	return join("delete_before", scope.SigValue(), itoa(beforeMs))
}

// ExpireSigning is signed to change the expiry of messages:
// "expire" ‖ mode ‖ expiry ‖ messages[0] ‖ … ‖ messages[N], where mode is
// ModeShorten, ModeExtend or ModeAny ("").
func ExpireSigning(mode string, expiryMs int64, messages []string) []byte {
	return joinList(join("expire", mode, itoa(expiryMs)), messages)
}

// ExpireAllSigning is signed to shorten the expiry of all messages of a
// scope: "expire_all" ‖ namespace ‖ expiry.
func ExpireAllSigning(scope Scope, expiryMs int64) []byte {
	return join("expire_all", scope.SigValue(), itoa(expiryMs))
}

// GetExpiriesSigning is signed to read expiries:
// "get_expiries" ‖ timestamp ‖ messages[0] ‖ … ‖ messages[N].
func GetExpiriesSigning(timestampMs int64, messages []string) []byte {
	return joinList(join("get_expiries", itoa(timestampMs)), messages)
}

// ---- what a swarm member signs over its own result ----

// StoreResultSigning is what a node signs after storing: the message hash
// (the base64 string, not its bytes).
func StoreResultSigning(hash string) []byte { return []byte(hash) }

// DeleteResultSigning: account hex ‖ requested hashes (request order) ‖
// deleted hashes (sorted).
func DeleteResultSigning(accountHex string, requested, deleted []string) []byte {
	return joinList(joinList([]byte(accountHex), requested), deleted)
}

// DeleteAllResultSigning: account hex ‖ timestamp ‖ deleted hashes, sorted
// across all namespaces.
func DeleteAllResultSigning(accountHex string, timestampMs int64, deleted []string) []byte {
	return joinList(join(accountHex, itoa(timestampMs)), deleted)
}

// DeleteBeforeResultSigning: account hex ‖ before ‖ deleted hashes, sorted
// across all namespaces.
func DeleteBeforeResultSigning(accountHex string, beforeMs int64, deleted []string) []byte {
	return joinList(join(accountHex, itoa(beforeMs)), deleted)
}

// ExpireResultSigning: account hex ‖ applied expiry ‖ requested hashes
// (request order) ‖ updated hashes (sorted) ‖ for each unchanged hash in
// sorted order, hash ‖ its expiry.
func ExpireResultSigning(accountHex string, expiryMs int64, requested, updated []string, unchanged map[string]int64) []byte {
	b := joinList(join(accountHex, itoa(expiryMs)), requested)
	b = joinList(b, updated)
	keys := make([]string, 0, len(unchanged))
	for k := range unchanged {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b = append(b, k...)
		b = strconv.AppendInt(b, unchanged[k], 10)
	}
	return b
}

// ExpireAllResultSigning: account hex ‖ expiry ‖ updated hashes, sorted
// across all namespaces.
func ExpireAllResultSigning(accountHex string, expiryMs int64, updated []string) []byte {
	return joinList(join(accountHex, itoa(expiryMs)), updated)
}

// sortedCopy is a sorted copy of list.
func sortedCopy(list []string) []string {
	out := append([]string(nil), list...)
	sort.Strings(out)
	return out
}
