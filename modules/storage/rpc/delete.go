package rpc

// delete, delete_all and delete_before: the decoded call, how it is read from Session's wire parameters,
// and its canonical form (what the swarm's peers receive).

import "github.com/seshnet/seshnet/core/storagewire"

type deleteCall struct {
	acct
	auth
	messages []string
	required bool
}

type deleteAllCall struct {
	acct
	auth
	scope     storagewire.Scope
	timestamp int64
}

type deleteBeforeCall struct {
	acct
	auth
	scope  storagewire.Scope
	before int64
}

func (*deleteCall) method() string { return MethodDelete }

func (*deleteAllCall) method() string { return MethodDeleteAll }

func (*deleteBeforeCall) method() string { return MethodDeleteBefore }

func (*deleteCall) recursive() {}

func (*deleteAllCall) recursive() {}

func (*deleteBeforeCall) recursive() {}

func decodeDelete(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &deleteCall{acct: acct{a}}
	if c.auth, err = loadAuth(p, a, true); err != nil {
		return nil, err
	}
	if c.messages, err = hashList(p.Messages, true); err != nil {
		return nil, err
	}
	c.required = p.Required != nil && *p.Required
	return c, nil
}

func decodeDeleteAll(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &deleteAllCall{acct: acct{a}, scope: p.Namespace.s}
	if c.auth, err = loadAuth(p, a, true); err != nil {
		return nil, err
	}
	if c.timestamp, err = requireInt(p.Timestamp, "timestamp", false); err != nil {
		return nil, err
	}
	return c, nil
}

func decodeDeleteBefore(p *wireParams) (call, *rpcError) {
	a, err := loadAccount(p)
	if err != nil {
		return nil, err
	}
	c := &deleteBeforeCall{acct: acct{a}, scope: p.Namespace.s}
	if c.auth, err = loadAuth(p, a, true); err != nil {
		return nil, err
	}
	if c.before, err = requireInt(p.Before, "before", false); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *deleteCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	o.list("messages", c.messages)
	if c.required {
		o.boolean("required", true)
	}
	return o.end()
}

func (c *deleteAllCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	o.scope(c.scope)
	o.int("timestamp", c.timestamp)
	return o.end()
}

func (c *deleteBeforeCall) appendParams(b []byte) []byte {
	o := newObj(b)
	o.owner(c.acct.acct, c.auth)
	o.scope(c.scope)
	o.int("before", c.before)
	return o.end()
}
