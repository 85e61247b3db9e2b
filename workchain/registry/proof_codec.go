package registry

import (
	"fmt"
	"math"

	"github.com/seshnet/seshnet/core/codec"
)

// Limits of an uptime proof body.
const (
	MaxVersionLen = 64
	MaxModules    = 32
	MaxModuleLen  = 32
)

// TxUptimeProof is the transaction type of an uptime proof.
const TxUptimeProof = "uptime_proof"

// EncodeUptimeProof writes a proof body. Modules must be sorted and unique.
func EncodeUptimeProof(p UptimeProof) []byte {
	w := codec.NewWriter(64)
	w.String(p.Version)
	w.Uvarint(uint64(len(p.Modules)))
	for _, m := range p.Modules {
		w.String(m)
	}
	w.Uvarint(uint64(p.Timestamp))
	return w.Bytes()
}

// DecodeUptimeProof reads a proof body strictly.
func DecodeUptimeProof(b []byte) (UptimeProof, error) {
	r := codec.NewReader(b)
	p := UptimeProof{Version: r.String(MaxVersionLen)}
	n := r.Uvarint()
	if n > MaxModules {
		return UptimeProof{}, fmt.Errorf("%w: %d modules, limit %d", ErrBadProof, n, MaxModules)
	}
	p.Modules = make([]string, 0, n)
	for i := uint64(0); i < n && r.Err() == nil; i++ {
		p.Modules = append(p.Modules, r.String(MaxModuleLen))
	}
	ts := r.Uvarint()
	if err := r.Done(); err != nil {
		return UptimeProof{}, fmt.Errorf("%w: %v", ErrBadProof, err)
	}
	if ts > math.MaxInt64 {
		return UptimeProof{}, fmt.Errorf("%w: timestamp out of range", ErrBadProof)
	}
	p.Timestamp = int64(ts)
	if p.Version == "" || !printable(p.Version) {
		return UptimeProof{}, fmt.Errorf("%w: version must be printable ASCII, 1..%d bytes", ErrBadProof, MaxVersionLen)
	}
	for i, m := range p.Modules {
		if !moduleName(m) {
			return UptimeProof{}, fmt.Errorf("%w: module name %q must be [a-z0-9_-], 1..%d bytes", ErrBadProof, m, MaxModuleLen)
		}
		if i > 0 && p.Modules[i-1] >= m {
			return UptimeProof{}, fmt.Errorf("%w: module names must be sorted and unique", ErrBadProof)
		}
	}
	return p, nil
}

func printable(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

func moduleName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
