package rpc

// retrieve: the decoded call, how it is read from Session's wire parameters,
// and its canonical form (what the swarm's peers receive).

type retrieveCall struct {
	acct
	auth
	ns        int16
	lastHash  string
	maxCount  int
	maxSize   int
	timestamp int64 // 0 when not given
}

func (*retrieveCall) method() string { return MethodRetrieve }

func decodeRetrieve(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &retrieveCall{acct: acct{a}}
	if c.ns, err = oneNamespace(p.Namespace); err != nil {
		return nil, err
	}
	if c.auth, err = loadAuth(p, a, false); err != nil {
		return nil, err
	}
	if c.sig != nil || p.Timestamp.set {
		if c.timestamp, err = requireInt(p.Timestamp, "timestamp", false); err != nil {
			return nil, err
		}
	}
	if p.LastHash != nil && p.LastHashOld != nil {
		return nil, badf("cannot specify both 'last_hash' and 'lastHash'")
	}
	lh := p.LastHash
	if lh == nil {
		lh = p.LastHashOld
	}
	if lh != nil && *lh != "" {
		if !validHash(*lh) {
			return nil, badf("invalid last_hash: expected base64 (43 chars)")
		}
		c.lastHash = *lh
	}
	for _, f := range []struct {
		o    optInt
		name string
		dst  *int
	}{{p.MaxCount, "max_count", &c.maxCount}, {p.MaxSize, "max_size", &c.maxSize}} {
		if f.o.quoted || f.o.v < -1<<31 || f.o.v > 1<<31-1 {
			return nil, badf("invalid value given for '%s': expected integer", f.name)
		}
		*f.dst = int(f.o.v)
	}
	return c, nil
}

func (c *retrieveCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	if c.ns != 0 {
		o.int("namespace", int64(c.ns))
	}
	if c.timestamp != 0 {
		o.int("timestamp", c.timestamp)
	}
	if c.lastHash != "" {
		o.str("last_hash", c.lastHash)
	}
	if c.maxCount != 0 {
		o.int("max_count", int64(c.maxCount))
	}
	if c.maxSize != 0 {
		o.int("max_size", int64(c.maxSize))
	}
	return o.end()
}
