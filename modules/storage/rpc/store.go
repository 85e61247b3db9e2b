package rpc

// store: the decoded call, how it is read from Session's wire parameters,
// and its canonical form (what the swarm's peers receive).

import (
	"encoding/base64"
)

type storeCall struct {
	acct
	auth
	ns        int16
	timestamp int64
	expiry    int64
	data      []byte
	sigTS     int64 // the signed timestamp; 0 without a signature
}

func (*storeCall) method() string { return MethodStore }

func (*storeCall) recursive() {}

func decodeStore(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &storeCall{acct: acct{a}}
	if c.ns, err = oneNamespace(p.Namespace); err != nil {
		return nil, err
	}
	if c.timestamp, err = requireInt(p.Timestamp, "timestamp", true); err != nil {
		return nil, err
	}
	switch {
	case p.Expiry.set && p.TTL.set:
		return nil, badf("cannot specify both 'expiry' and 'ttl'")
	case p.Expiry.set:
		if c.expiry, err = timestamp(p.Expiry, "expiry", false); err != nil {
			return nil, err
		}
	case p.TTL.set:
		// The range is the limits' business (403); this only keeps the sum sane.
		if p.TTL.v < -maxTimestampMs || p.TTL.v > maxTimestampMs {
			return nil, badf("invalid value given for 'ttl'")
		}
		c.expiry = c.timestamp + p.TTL.v
	default:
		return nil, badf("required field 'expiry' or 'ttl' missing")
	}
	if c.auth, err = loadAuth(p, a, false); err != nil {
		return nil, err
	}
	if c.sig != nil {
		c.sigTS = c.timestamp
		if p.SigTimestamp.set {
			if c.sigTS, err = timestamp(p.SigTimestamp, "sig_timestamp", false); err != nil {
				return nil, err
			}
		}
	}
	if p.Data == nil {
		return nil, badf("required field 'data' missing")
	}
	if len(*p.Data) > maxDataB64+2 {
		return nil, badf("message body exceeds maximum allowed length of %d bytes", MaxDataBytes)
	}
	data, ok := decodeBase64(*p.Data)
	if !ok {
		return nil, badf("invalid 'data' value: not base64 encoded")
	}
	if len(data) > MaxDataBytes {
		return nil, badf("message body exceeds maximum allowed length of %d bytes", MaxDataBytes)
	}
	c.data = data
	return c, nil
}

func (c *storeCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	if c.ns != 0 {
		o.int("namespace", int64(c.ns))
	}
	o.int("timestamp", c.timestamp)
	o.int("ttl", c.expiry-c.timestamp) // as most clients send it; expiry = timestamp + ttl
	if c.sig != nil {
		o.int("sig_timestamp", c.sigTS)
	}
	o.key("data")
	o.b = append(o.b, '"')
	o.b = base64.StdEncoding.AppendEncode(o.b, c.data)
	o.b = append(o.b, '"')
	return o.end()
}
