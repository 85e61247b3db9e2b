package uptime

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/seshnet/seshnet/core/codec"
)

// Limits of an uptime proof body.
const (
	MaxVersionLen = 64
	MaxModules    = 32
	MaxModuleLen  = 32
	MaxEndpoints  = 8
	MaxAddrLen    = 64
)

// TxProof is the transaction type of an uptime proof.
const TxProof = "uptime_proof"

// Encode writes a proof body. Modules must be sorted and unique;
// ModuleVersions, if any, one per module.
func Encode(p Proof) []byte {
	w := codec.NewWriter(64)
	w.String(p.Version)
	w.Uvarint(uint64(len(p.Modules)))
	for _, m := range p.Modules {
		w.String(m)
	}
	w.Uvarint(uint64(p.Timestamp))
	// Endpoints came later: a proof without them ends at the timestamp, so
	// the proofs of older nodes (and old blocks) still decode the same.
	if len(p.Endpoints) > 0 || len(p.ModuleVersions) > 0 {
		w.Uvarint(uint64(len(p.Endpoints)))
		for _, e := range p.Endpoints {
			w.String(e.Service)
			w.String(e.Addr)
		}
	}
	// Module versions came after endpoints, the same way: a proof without
	// them ends where it did (with a count of 0 endpoints written only
	// when versions follow).
	if len(p.ModuleVersions) > 0 {
		w.Uvarint(uint64(len(p.ModuleVersions)))
		for _, v := range p.ModuleVersions {
			w.String(v)
		}
	}
	return w.Bytes()
}

// Decode reads a proof body strictly.
func Decode(b []byte) (Proof, error) {
	r := codec.NewReader(b)
	p := Proof{Version: r.String(MaxVersionLen)}
	n := r.Uvarint()
	if n > MaxModules {
		return Proof{}, fmt.Errorf("%w: %d modules, limit %d", ErrBadProof, n, MaxModules)
	}
	p.Modules = make([]string, 0, n)
	for i := uint64(0); i < n && r.Err() == nil; i++ {
		p.Modules = append(p.Modules, r.String(MaxModuleLen))
	}
	ts := r.Uvarint()
	if err := decodeTail(r, &p); err != nil {
		return Proof{}, err
	}
	if err := r.Done(); err != nil {
		return Proof{}, fmt.Errorf("%w: %v", ErrBadProof, err)
	}
	if ts > math.MaxInt64 {
		return Proof{}, fmt.Errorf("%w: timestamp out of range", ErrBadProof)
	}
	p.Timestamp = int64(ts)
	if p.Version == "" || !printable(p.Version) {
		return Proof{}, fmt.Errorf("%w: version must be printable ASCII, 1..%d bytes", ErrBadProof, MaxVersionLen)
	}
	for i, m := range p.Modules {
		if !moduleName(m) {
			return Proof{}, fmt.Errorf("%w: module name %q must be [a-z0-9_-], 1..%d bytes", ErrBadProof, m, MaxModuleLen)
		}
		if i > 0 && p.Modules[i-1] >= m {
			return Proof{}, fmt.Errorf("%w: module names must be sorted and unique", ErrBadProof)
		}
	}
	if err := checkEndpoints(p.Endpoints); err != nil {
		return Proof{}, err
	}
	for i, v := range p.ModuleVersions {
		if !printable(v) {
			return Proof{}, fmt.Errorf("%w: version of module %q must be printable ASCII, 0..%d bytes", ErrBadProof, p.Modules[i], MaxVersionLen)
		}
	}
	return p, nil
}

// decodeTail reads what later proofs add after the timestamp, each part
// optional and in order: the endpoints (a count of 0 only when module
// versions follow, so each proof has one encoding), then one version per
// module.
func decodeTail(r *codec.Reader, p *Proof) error {
	if r.Err() != nil || r.Remaining() == 0 {
		return nil
	}
	n := r.Uvarint()
	if n > MaxEndpoints {
		return fmt.Errorf("%w: %d endpoints, want 1..%d", ErrBadProof, n, MaxEndpoints)
	}
	for i := uint64(0); i < n && r.Err() == nil; i++ {
		p.Endpoints = append(p.Endpoints, Endpoint{Service: r.String(MaxModuleLen), Addr: r.String(MaxAddrLen)})
	}
	if r.Err() != nil {
		return nil // Done says what
	}
	if r.Remaining() == 0 {
		if n == 0 {
			return fmt.Errorf("%w: 0 endpoints, want 1..%d (0 only before module versions)", ErrBadProof, MaxEndpoints)
		}
		return nil
	}
	m := r.Uvarint()
	if m == 0 || m != uint64(len(p.Modules)) {
		return fmt.Errorf("%w: %d module versions for %d modules", ErrBadProof, m, len(p.Modules))
	}
	p.ModuleVersions = make([]string, 0, m)
	for i := uint64(0); i < m && r.Err() == nil; i++ {
		p.ModuleVersions = append(p.ModuleVersions, r.String(MaxVersionLen))
	}
	return nil
}

// checkEndpoints wants sorted, unique service names and host:port
// addresses with a numeric port.
func checkEndpoints(es []Endpoint) error {
	for i, e := range es {
		if !moduleName(e.Service) {
			return fmt.Errorf("%w: endpoint service %q must be [a-z0-9_-], 1..%d bytes", ErrBadProof, e.Service, MaxModuleLen)
		}
		if i > 0 && es[i-1].Service >= e.Service {
			return fmt.Errorf("%w: endpoint services must be sorted and unique", ErrBadProof)
		}
		host, port, ok := splitHostPort(e.Addr)
		if !ok || host == "" || !printable(e.Addr) || strings.ContainsAny(host, " /") {
			return fmt.Errorf("%w: endpoint %s address %q is not host:port", ErrBadProof, e.Service, e.Addr)
		}
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return fmt.Errorf("%w: endpoint %s port %q out of range", ErrBadProof, e.Service, port)
		}
	}
	return nil
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

// splitHostPort is net.SplitHostPort's shape without importing net (the
// workchain never does): host:port or [v6-host]:port.
func splitHostPort(addr string) (host, port string, ok bool) {
	i := strings.LastIndexByte(addr, ':')
	if i < 0 {
		return "", "", false
	}
	host, port = addr[:i], addr[i+1:]
	if strings.HasPrefix(host, "[") {
		if !strings.HasSuffix(host, "]") {
			return "", "", false
		}
		host = host[1 : len(host)-1]
	} else if strings.Contains(host, ":") {
		return "", "", false
	}
	return host, port, true
}
