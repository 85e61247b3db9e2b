package gov_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/gov"
)

var sha = strings.Repeat("ab", 32)

func upgrade(mut func(*gov.Upgrade)) gov.Proposal {
	u := &gov.Upgrade{Module: "relay", Version: "1.2.0", Binaries: map[string]string{"linux/amd64": sha}, Height: 100, URL: "https://example.org/relay"}
	if mut != nil {
		mut(u)
	}
	return gov.Proposal{Kind: gov.KindModuleUpgrade, Title: "relay 1.2.0", Upgrade: u}
}

// TestDecodeProposal: what EncodeProposal writes reads back; what the body
// alone shows wrong is refused with its error, whatever the state.
func TestDecodeProposal(t *testing.T) {
	for _, p := range []gov.Proposal{
		{Kind: gov.KindText, Title: "hello", Description: "a text"},
		{Kind: gov.KindParamChange, Title: "x", Changes: []gov.Change{{Module: "punish", Key: "quorum_size", Value: json.RawMessage(`5`)}, {Module: "gov", Key: "upgradable_modules", Value: json.RawMessage(`["a","b"]`)}}},
		upgrade(nil),
		upgrade(func(u *gov.Upgrade) { u.URL = ""; u.Binaries["darwin/arm64"] = sha }),
		upgrade(func(u *gov.Upgrade) { u.URL = "http://10.0.0.1:8080/relay?v=1.2.0#x" }),
		upgrade(func(u *gov.Upgrade) { u.URL = "https://dl.example-mirror.org" }),
	} {
		got, err := gov.DecodeProposal(gov.EncodeProposal(p))
		require.NoError(t, err, p.Title)
		require.Equal(t, p, got)
	}
	spaced, err := gov.DecodeProposal([]byte(`{"kind":"param_change","title":"t","description":"","changes":[{"module":"m","key":"k","value": { "a" : [1, 2] } }]}`))
	require.NoError(t, err)
	require.Equal(t, `{"a":[1,2]}`, string(spaced.Changes[0].Value), "stored compact")

	bad := func(p gov.Proposal) string { return string(gov.EncodeProposal(p)) }
	for _, tc := range []struct{ name, body string }{
		{"garbage", `{"kind":`},
		{"not an object", `[]`},
		{"unknown field", `{"kind":"text","title":"t","description":"","extra":1}`},
		{"field in another case", `{"Kind":"text","title":"t","description":""}`},
		{"field twice", `{"kind":"text","kind":"text","title":"t","description":""}`},
		{"unknown field in a change", `{"kind":"param_change","title":"t","description":"","changes":[{"module":"m","key":"k","value":1,"x":2}]}`},
		{"key twice in a change", `{"kind":"param_change","title":"t","description":"","changes":[{"module":"m","key":"k","key":"j","value":1}]}`},
		{"unknown field in an upgrade", strings.Replace(bad(upgrade(nil)), `"module"`, `"mod":1,"module"`, 1)},
		{"platform twice", strings.Replace(bad(upgrade(nil)), `"binaries":{`, `"binaries":{"linux/amd64":"`+sha+`",`, 1)},
		{"trailing data", `{"kind":"text","title":"t","description":""} {}`},
		{"param_change without changes", `{"kind":"param_change","title":"t","description":""}`},
		{"change without value", `{"kind":"param_change","title":"t","description":"","changes":[{"module":"m","key":"k"}]}`},
		{"change with a null value", `{"kind":"param_change","title":"t","description":"","changes":[{"module":"m","key":"k","value":null}]}`},
		{"change without module", `{"kind":"param_change","title":"t","description":"","changes":[{"key":"k","value":1}]}`},
		{"text with changes", `{"kind":"text","title":"t","description":"","changes":[{"module":"m","key":"k","value":1}]}`},
		{"text with an upgrade", strings.Replace(bad(upgrade(nil)), `"module_upgrade"`, `"text"`, 1)},
		{"upgrade without upgrade", `{"kind":"module_upgrade","title":"t","description":""}`},
	} {
		_, err := gov.DecodeProposal([]byte(tc.body))
		require.ErrorIs(t, err, gov.ErrMalformed, tc.name)
	}
	_, err = gov.DecodeProposal([]byte(`{"kind":"constitution","title":"t","description":""}`))
	require.ErrorIs(t, err, gov.ErrUnknownKind)

	for name, mut := range map[string]func(*gov.Upgrade){
		"empty version":      func(u *gov.Upgrade) { u.Version = "" },
		"long version":       func(u *gov.Upgrade) { u.Version = strings.Repeat("1", 65) },
		"version with nul":   func(u *gov.Upgrade) { u.Version = "1.0\x00" },
		"version with /":     func(u *gov.Upgrade) { u.Version = "../../bin" },
		"version ..":         func(u *gov.Upgrade) { u.Version = ".." },
		"version space":      func(u *gov.Upgrade) { u.Version = "1 0" },
		"no binaries":        func(u *gov.Upgrade) { u.Binaries = nil },
		"platform no slash":  func(u *gov.Upgrade) { u.Binaries = map[string]string{"linux": sha} },
		"platform upper":     func(u *gov.Upgrade) { u.Binaries = map[string]string{"Linux/amd64": sha} },
		"platform 3 parts":   func(u *gov.Upgrade) { u.Binaries = map[string]string{"linux/amd64/v2": sha} },
		"sha256 upper":       func(u *gov.Upgrade) { u.Binaries = map[string]string{"linux/amd64": strings.ToUpper(sha)} },
		"sha256 short":       func(u *gov.Upgrade) { u.Binaries = map[string]string{"linux/amd64": sha[:62]} },
		"sha256 not hex":     func(u *gov.Upgrade) { u.Binaries = map[string]string{"linux/amd64": strings.Repeat("zz", 32)} },
		"ftp url":            func(u *gov.Upgrade) { u.URL = "ftp://example.org/x" },
		"relative url":       func(u *gov.Upgrade) { u.URL = "/relay" },
		"url with a user":    func(u *gov.Upgrade) { u.URL = "https://me@example.org/x" },
		"url with a space":   func(u *gov.Upgrade) { u.URL = "https://example.org/a b" },
		"url without host":   func(u *gov.Upgrade) { u.URL = "https:///x" },
		"url with a newline": func(u *gov.Upgrade) { u.URL = "https://example.org/\nrm -rf" },
	} {
		_, err := gov.DecodeProposal(gov.EncodeProposal(upgrade(mut)))
		require.ErrorIs(t, err, gov.ErrBadUpgrade, name)
	}
}

// TestDecodeVote: every field, spelled exactly, once; a 65-byte signature.
func TestDecodeVote(t *testing.T) {
	v := gov.Vote{Proposal: 3, Option: gov.OptionVeto, Nonce: 9, Voter: common.HexToAddress("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"), Signature: bytes.Repeat([]byte{7}, 65)}
	got, err := gov.DecodeVote(gov.EncodeVote(v))
	require.NoError(t, err)
	require.Equal(t, v, got)
	body := string(gov.EncodeVote(v))
	for name, b := range map[string]string{
		"garbage":           `{"proposal":`,
		"missing nonce":     strings.Replace(body, `"nonce":9,`, ``, 1),
		"field twice":       strings.Replace(body, `"nonce":9,`, `"nonce":9,"nonce":8,`, 1),
		"another case":      strings.Replace(body, `"nonce"`, `"Nonce"`, 1),
		"unknown field":     strings.Replace(body, `"nonce":9,`, `"nonce":9,"x":1,`, 1),
		"short signature":   strings.Replace(body, `0707"}`, `"}`, 1),
		"signature no 0x":   strings.Replace(body, `"signature":"0x`, `"signature":"`, 1),
		"voter without 0x":  strings.Replace(body, `"voter":"0x`, `"voter":"`, 1),
		"option over 255":   strings.Replace(body, `"option":4`, `"option":256`, 1),
		"negative proposal": strings.Replace(body, `"proposal":3`, `"proposal":-3`, 1),
		"trailing":          body + " 1",
	} {
		require.NotEqual(t, body, b, name)
		_, err := gov.DecodeVote([]byte(b))
		require.ErrorIs(t, err, gov.ErrMalformed, name)
	}
}

// FuzzDecodeProposal: DecodeProposal never panics, refuses with one of its
// errors, and what it accepts encodes back to a body it reads the same.
func FuzzDecodeProposal(f *testing.F) {
	f.Add(gov.EncodeProposal(upgrade(nil)))
	f.Add(gov.EncodeProposal(gov.Proposal{Kind: gov.KindText, Title: "t"}))
	f.Add([]byte(`{"kind":"param_change","title":"t","description":"","changes":[{"module":"m","key":"k","value":{"a":[1]}}]}`))
	f.Add([]byte(`{"Kind":"text","kind":"text"} x`))
	f.Fuzz(func(t *testing.T, body []byte) {
		p, err := gov.DecodeProposal(body)
		if err != nil {
			if !(isErr(err, gov.ErrMalformed) || isErr(err, gov.ErrUnknownKind) || isErr(err, gov.ErrBadUpgrade)) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		again, err := gov.DecodeProposal(gov.EncodeProposal(p))
		require.NoError(t, err)
		require.Equal(t, p, again)
	})
}

// FuzzDecodeGovVote: DecodeVote never panics, refuses only with
// ErrMalformed, and what it accepts round-trips.
func FuzzDecodeGovVote(f *testing.F) {
	f.Add(gov.EncodeVote(gov.Vote{Proposal: 1, Option: 1, Signature: make([]byte, 65)}))
	f.Add([]byte(`{"proposal":1,"option":1,"nonce":0,"voter":"0x2c7536E3605D9C16a7a3D7b1898e529396a65c23","signature":"0x00"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		v, err := gov.DecodeVote(body)
		if err != nil {
			require.ErrorIs(t, err, gov.ErrMalformed)
			return
		}
		require.Len(t, v.Signature, 65)
		again, err := gov.DecodeVote(gov.EncodeVote(v))
		require.NoError(t, err)
		require.Equal(t, v, again)
	})
}

func isErr(err, target error) bool { return errors.Is(err, target) }
