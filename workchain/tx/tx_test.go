package tx

import (
	"bytes"
	"crypto/ed25519"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

const chain = "seshnet-test"

func nodeKey(t testing.TB, seed byte) ed25519.PrivateKey {
	t.Helper()
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, 32))
}

func TestRoundTripAndVerify(t *testing.T) {
	k := nodeKey(t, 1)
	nt := NewNodeTx(chain, k, 7, "uptime_proof", []byte("body"))
	got, err := Decode(nt.Encode())
	require.NoError(t, err)
	require.Equal(t, nt, got)
	require.NoError(t, got.Verify(chain))

	ek, err := crypto.GenerateKey()
	require.NoError(t, err)
	et, err := NewEthTx(chain, ek, 0, "vote", nil)
	require.NoError(t, err)
	got, err = Decode(et.Encode())
	require.NoError(t, err)
	require.NoError(t, got.Verify(chain))
}

func TestVerifyRefuses(t *testing.T) {
	k := nodeKey(t, 1)
	other := nodeKey(t, 2)
	ek, err := crypto.GenerateKey()
	require.NoError(t, err)
	ek2, err := crypto.GenerateKey()
	require.NoError(t, err)

	cases := []struct {
		name string
		tx   func() *Tx
		want error
	}{
		{"wrong chain", func() *Tx { return NewNodeTx("other-chain", k, 0, "t", nil) }, ErrWrongChain},
		{"ed25519 by another key", func() *Tx {
			t := NewNodeTx(chain, other, 0, "t", nil)
			t.Signer.ID = []byte(k.Public().(ed25519.PublicKey))
			return t
		}, ErrBadSignature},
		{"body changed after signing", func() *Tx {
			t := NewNodeTx(chain, k, 0, "t", []byte("a"))
			t.Body = []byte("b")
			return t
		}, ErrBadSignature},
		{"nonce changed after signing", func() *Tx {
			t := NewNodeTx(chain, k, 0, "t", nil)
			t.Nonce = 1
			return t
		}, ErrBadSignature},
		{"eth signed by another key", func() *Tx {
			t, _ := NewEthTx(chain, ek2, 0, "t", nil)
			a := crypto.PubkeyToAddress(ek.PublicKey)
			t.Signer.ID = a[:]
			return t
		}, ErrBadSignature},
		{"eth short signature", func() *Tx {
			t, _ := NewEthTx(chain, ek, 0, "t", nil)
			t.Sig = t.Sig[:64]
			return t
		}, ErrBadSignature},
		{"eth high-s signature", func() *Tx {
			t, _ := NewEthTx(chain, ek, 0, "t", nil)
			t.Sig[32] |= 0xff
			return t
		}, ErrBadSignature},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// Through the wire, as a node would see it.
			decoded, err := Decode(tc.tx().Encode())
			require.NoError(t, err)
			require.ErrorIs(t, decoded.Verify(chain), tc.want)
		})
	}
}

func TestDecodeRefuses(t *testing.T) {
	good := NewNodeTx(chain, nodeKey(t, 1), 3, "uptime_proof", []byte("x")).Encode()
	cases := []struct {
		name string
		raw  []byte
		want error
	}{
		{"empty", nil, ErrMalformed},
		{"garbage", []byte("not a transaction at all"), ErrMalformed},
		{"truncated", good[:len(good)-5], ErrMalformed},
		{"trailing byte", append(bytes.Clone(good), 0), ErrMalformed},
		{"oversize", make([]byte, MaxBytes+1), ErrOversize},
		{"bad version", append([]byte{9}, good[1:]...), ErrMalformed},
		{"unknown signer kind", func() []byte {
			t := NewNodeTx(chain, nodeKey(t, 1), 0, "x", nil)
			t.Signer.Kind = 7
			return t.Encode()
		}(), ErrMalformed},
		{"short node key", func() []byte {
			t := NewNodeTx(chain, nodeKey(t, 1), 0, "x", nil)
			t.Signer.ID = t.Signer.ID[:31]
			return t.Encode()
		}(), ErrMalformed},
		{"empty type", NewNodeTx(chain, nodeKey(t, 1), 0, "", nil).Encode(), ErrMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(tc.raw)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

// FuzzDecode checks that the decoder never panics and that everything it
// accepts re-encodes to the same bytes (one transaction, one encoding).
func FuzzDecode(f *testing.F) {
	k := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, 32))
	f.Add(NewNodeTx(chain, k, 3, "uptime_proof", []byte("x")).Encode())
	f.Add(NewNodeTx(chain, k, 1<<40, "t", bytes.Repeat([]byte{0xff}, 300)).Encode())
	f.Add([]byte{1, 0, 1, 0})
	f.Fuzz(func(t *testing.T, raw []byte) {
		tx, err := Decode(raw)
		if err != nil {
			return
		}
		if !bytes.Equal(tx.Encode(), raw) {
			t.Fatalf("decoded transaction re-encodes differently:\n in %x\nout %x", raw, tx.Encode())
		}
		_ = tx.Verify(chain)
	})
}
