package rpc

// The canonical form of a call: the JSON a recursive request's peers
// receive, written by hand so that it is stable and decodes back to an equal
// call.

import (
	"encoding/base64"
	"strconv"

	"github.com/seshnet/seshnet/core/sessionid"
	"github.com/seshnet/seshnet/core/storagewire"
)

// opJSON is the canonical request {"method":m,"params":{...}}: what a
// recursive request's peers receive.
func opJSON(c call) []byte {
	b := make([]byte, 0, 256)
	b = append(b, `{"method":`...)
	b = appendString(b, c.method())
	b = append(b, `,"params":`...)
	b = c.appendParams(b)
	return append(b, '}')
}

type objWriter struct {
	b     []byte
	first bool
}

func newObj(b []byte) *objWriter { return &objWriter{b: append(b, '{'), first: true} }

func (o *objWriter) key(k string) {
	if !o.first {
		o.b = append(o.b, ',')
	}
	o.first = false
	o.b = appendString(o.b, k)
	o.b = append(o.b, ':')
}

func (o *objWriter) str(k, v string) { o.key(k); o.b = appendString(o.b, v) }

func (o *objWriter) int(k string, v int64) {
	o.key(k)
	o.b = strconv.AppendInt(o.b, v, 10)
}

func (o *objWriter) boolean(k string, v bool) { o.key(k); o.b = strconv.AppendBool(o.b, v) }

func (o *objWriter) list(k string, l []string) {
	o.key(k)
	o.b = appendStrings(o.b, l)
}

func (o *objWriter) end() []byte { return append(o.b, '}') }

func (o *objWriter) owner(a sessionid.Account, au auth) {
	o.str("pubkey", a.Hex())
	if au.pubkeyEd != "" {
		o.str("pubkey_ed25519", au.pubkeyEd)
	}
	if au.sig != nil {
		o.str("signature", base64.StdEncoding.EncodeToString(au.sig))
	}
}

func (o *objWriter) scope(s storagewire.Scope) {
	if s.All {
		o.str("namespace", "all")
	} else if s.NS != 0 {
		o.int("namespace", int64(s.NS))
	}
}

// appendString writes s as a JSON string.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c != 0x7f {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigit(c>>4), hexDigit(c&0xf))
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func hexDigit(c byte) byte { return "0123456789abcdef"[c] }

func appendStrings(b []byte, l []string) []byte {
	b = append(b, '[')
	for i, s := range l {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}
