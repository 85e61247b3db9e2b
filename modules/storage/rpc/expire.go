package rpc

// expire, expire_all and get_expiries: the decoded call, how it is read from Session's wire parameters,
// and its canonical form (what the swarm's peers receive).

import "github.com/seshnet/seshnet/core/storagewire"

type expireCall struct {
	acct
	auth
	messages []string
	expiry   int64
	mode     string // ModeAny, ModeShorten or ModeExtend
}

type expireAllCall struct {
	acct
	auth
	scope  storagewire.Scope
	expiry int64
}

type getExpiriesCall struct {
	acct
	auth
	messages  []string
	timestamp int64
}

func (*expireCall) method() string { return MethodExpire }

func (*expireAllCall) method() string { return MethodExpireAll }

func (*getExpiriesCall) method() string { return MethodGetExpiries }

func (*expireCall) recursive() {}

func (*expireAllCall) recursive() {}

func decodeExpire(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &expireCall{acct: acct{a}}
	if c.auth, err = loadAuth(p, a, true); err != nil {
		return nil, err
	}
	if c.expiry, err = requireInt(p.Expiry, "expiry", false); err != nil {
		return nil, err
	}
	shorten, extend := p.Shorten != nil && *p.Shorten, p.Extend != nil && *p.Extend
	switch {
	case shorten && extend:
		return nil, badf("cannot specify both 'shorten' and 'extend'")
	case shorten:
		c.mode = storagewire.ModeShorten
	case extend:
		c.mode = storagewire.ModeExtend
	}
	if c.messages, err = hashList(p.Messages, true); err != nil {
		return nil, err
	}
	return c, nil
}

func decodeExpireAll(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &expireAllCall{acct: acct{a}, scope: p.Namespace.s}
	if c.auth, err = loadAuth(p, a, true); err != nil {
		return nil, err
	}
	if c.expiry, err = requireInt(p.Expiry, "expiry", false); err != nil {
		return nil, err
	}
	return c, nil
}

func decodeGetExpiries(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &getExpiriesCall{acct: acct{a}}
	if c.auth, err = loadAuth(p, a, true); err != nil {
		return nil, err
	}
	if c.timestamp, err = requireInt(p.Timestamp, "timestamp", false); err != nil {
		return nil, err
	}
	if c.messages, err = hashList(p.Messages, false); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *expireCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	o.list("messages", c.messages)
	o.int("expiry", c.expiry)
	switch c.mode {
	case storagewire.ModeShorten:
		o.boolean("shorten", true)
	case storagewire.ModeExtend:
		o.boolean("extend", true)
	}
	return o.end()
}

func (c *expireAllCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	o.scope(c.scope)
	o.int("expiry", c.expiry)
	return o.end()
}

func (c *getExpiriesCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	o.list("messages", c.messages)
	o.int("timestamp", c.timestamp)
	return o.end()
}
