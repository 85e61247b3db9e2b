package oxen

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"math/big"
	"testing"

	"filippo.io/edwards25519"
	"github.com/stretchr/testify/require"
)

// A signature made by the wallet code itself. Monero's fuzz corpus
// tests/data/fuzz/signature/SIG2 (added 2017-06-24 in commit 841231e5b, long
// before Monero's SigV2, and carried unchanged into oxen-core at the same
// path) is a SigV1 signature of the message "test" by the wallet that
// tests/fuzz/signature.cpp builds: wallet.generate(spend key below,
// recover=true, two_random=false), whose address is the Monero testnet
// address below (prefix 53: Monero src/cryptonote_config.h:271). Monero's
// sign/verify for SigV1 (cn_fast_hash of the message, generate_signature /
// check_signature with the spend key) is the code oxen-core kept
// (oxen-core src/wallet/wallet2.cpp:15381-15429, src/crypto/crypto.cpp:299-364
// against Monero src/crypto/crypto.cpp:291-341).
const (
	upstreamSigSeed    = "0b4f47697ec99c3de6579304e5f25c68b07afbe55b71d99620bf6cbf4e45a80f"
	upstreamSigAddr    = "9uVsvEryzpN8WH2t1WWhFFCG5tS8cBNdmJYNRuckLENFimfauV5pZKeS1P2CbxGkSDTUPHXWwiYE5ZGSXDAGbaZgDxobqDN"
	upstreamSigMessage = "test"
	upstreamSig        = "SigV1WbMcLkLKXz3Su9iFUp9aYF5vSfpVetcytVWAgqhn3KNe1kidn7M2KfTRpuK8G1ba1w2u5mbyoWbkLPy2Gm97BM4W"
	moneroTestnetTag   = 53
)

// upstreamSigner returns the wallet keys of the upstream vector, checked
// against the address the upstream test pairs them with.
func upstreamSigner(t *testing.T) (Keys, Address) {
	t.Helper()
	var seed [KeySize]byte
	_, err := hex.Decode(seed[:], []byte(upstreamSigSeed))
	require.NoError(t, err)
	k := KeysFromSeed(seed)
	tag, data, err := decodeAddr(upstreamSigAddr)
	require.NoError(t, err)
	require.Equal(t, uint64(moneroTestnetTag), tag)
	require.Equal(t, data[:32], k.Spend[:], "spend key derived as account_base::generate does")
	require.Equal(t, data[32:], k.View[:], "view key = keccak256(spend secret) reduced, as account_base::generate does")
	// The same keys as an Oxen testnet address: signatures do not depend on
	// the network, only on the spend key.
	return k, k.Address(Testnet)
}

func TestVerifyUpstreamSignature(t *testing.T) {
	_, addr := upstreamSigner(t)
	require.NoError(t, Verify(addr, []byte(upstreamSigMessage), upstreamSig))
	require.ErrorIs(t, Verify(addr, []byte("Test"), upstreamSig), ErrSigInvalid)
	require.ErrorIs(t, Verify(addr, []byte(upstreamSigMessage+"\n"), upstreamSig), ErrSigInvalid)
	// The Oxen wallet checks the spend key only (Monero's SigV1 also tried the
	// view key); the view key does not verify it.
	raw, err := decodeSignature(upstreamSig)
	require.NoError(t, err)
	require.ErrorIs(t, checkSignature(keccak256([]byte(upstreamSigMessage)), addr.View, raw), ErrSigInvalid)
}

// Sign's output has the wallet's shape and verifies, and a signature by the
// view secret does not: wallet2::verify checks the spend key alone.
func TestSignRoundTrip(t *testing.T) {
	k, err := GenerateKeys(rand.Reader)
	require.NoError(t, err)
	messages := [][]byte{nil, []byte("foo"), ClaimMessage("seshnet-1", [20]byte{1, 2, 3}), bytes.Repeat([]byte{0xa5}, 1<<16)}
	for _, n := range []Network{Mainnet, Testnet, Devnet, Stagenet} {
		addr, err := ParseAddress(k.Address(n).String())
		require.NoError(t, err)
		for _, m := range messages {
			sig := Sign(k, m)
			require.Len(t, sig, len(SigPrefix)+88)
			require.Equal(t, SigPrefix, sig[:len(SigPrefix)])
			require.NoError(t, Verify(addr, m, sig))
		}
	}
	other, err := GenerateKeys(rand.Reader)
	require.NoError(t, err)
	require.ErrorIs(t, Verify(other.Address(Mainnet), []byte("foo"), Sign(k, []byte("foo"))), ErrSigInvalid)

	viewSigner := Keys{SpendSecret: k.ViewSecret, Spend: k.View}
	require.ErrorIs(t, Verify(k.Address(Mainnet), []byte("foo"), Sign(viewSigner, []byte("foo"))), ErrSigInvalid)
}

// Recomputes a signature from a known nonce with math/big instead of the
// edwards25519 scalar code: c = keccak256(keccak256(m) || A || k·G) mod L
// and r = (k − c·a) mod L (sc_mulsub in generate_signature, the opposite
// sign of RFC 8032's S = r + k·a), both little-endian, c first.
func TestSignWithKnownNonce(t *testing.T) {
	k, _ := upstreamSigner(t)
	nonce := bytes.Repeat([]byte{0x42}, 32)
	nonce[31] = 0x05 // below L after random_scalar's mask, used as read
	sig, err := SignWith(bytes.NewReader(nonce), k, []byte("seshnet"))
	require.NoError(t, err)
	raw, err := decodeSignature(sig)
	require.NoError(t, err)

	L := groupOrder()
	kScalar, err := edwards25519.NewScalar().SetCanonicalBytes(nonce)
	require.NoError(t, err)
	comm := new(edwards25519.Point).ScalarBaseMult(kScalar).Bytes()
	h := keccak256([]byte("seshnet"))
	cHash := keccak256(h[:], k.Spend[:], comm)
	c := new(big.Int).Mod(leInt(cHash[:]), L)
	r := new(big.Int).Sub(leInt(nonce), new(big.Int).Mul(c, leInt(k.SpendSecret[:])))
	r.Mod(r, L)
	require.Equal(t, leBytes(c), raw[:32], "c")
	require.Equal(t, leBytes(r), raw[32:], "r")
	require.NoError(t, Verify(k.Address(Mainnet), []byte("seshnet"), sig))
}

// Flipping any bit of the signature, the message or the spend key makes
// Verify refuse. The view key is not covered by a SigV1 signature (the
// message hash is keccak256(message) alone), so flipping it changes nothing
// as long as the key stays a point: the claim module must key claims by the
// spend key (docs/migration.md).
func TestVerifyEveryBitMatters(t *testing.T) {
	k, err := GenerateKeys(rand.Reader)
	require.NoError(t, err)
	addr := k.Address(Mainnet)
	msg := ClaimMessage("seshnet-test", [20]byte{0xde, 0xad})
	sig := Sign(k, msg)
	raw, err := decodeSignature(sig)
	require.NoError(t, err)
	for i := 0; i < len(raw)*8; i++ {
		bad := raw
		bad[i/8] ^= 1 << (i % 8)
		require.Error(t, Verify(addr, msg, SigPrefix+b58Encode(bad[:])), "signature bit %d", i)
	}
	for i := 0; i < len(msg)*8; i++ {
		bad := bytes.Clone(msg)
		bad[i/8] ^= 1 << (i % 8)
		require.ErrorIs(t, Verify(addr, bad, sig), ErrSigInvalid, "message bit %d", i)
	}
	require.Error(t, Verify(addr, append(bytes.Clone(msg), 0), sig), "a byte appended")
	require.Error(t, Verify(addr, msg[:len(msg)-1], sig), "a byte removed")
	for i := 0; i < KeySize*8; i++ {
		bad := addr
		bad.Spend[i/8] ^= 1 << (i % 8)
		require.Error(t, Verify(bad, msg, sig), "spend key bit %d", i)
	}
	viewFlipsAccepted := 0
	for i := 0; i < KeySize*8; i++ {
		other := addr
		other.View[i/8] ^= 1 << (i % 8)
		if _, err := decodePoint(other.View[:]); err == nil && Verify(other, msg, sig) == nil {
			viewFlipsAccepted++
		}
	}
	require.Positive(t, viewFlipsAccepted, "view key is not bound by SigV1")
}

// check_signature refuses scalars at or above L (sc_check) and c = 0, so
// adding L to c or r, which leaves them the same number mod L, is refused
// and a signature has one encoding.
func TestVerifyRefusesNonCanonicalScalars(t *testing.T) {
	k, err := GenerateKeys(rand.Reader)
	require.NoError(t, err)
	addr := k.Address(Mainnet)
	sig := Sign(k, []byte("m"))
	raw, err := decodeSignature(sig)
	require.NoError(t, err)
	L := groupOrder()
	plusL := func(b []byte) []byte { return leBytes(new(big.Int).Add(leInt(b), L)) }
	cases := []struct {
		name string
		c, r []byte
		want error
	}{
		{"c+L", plusL(raw[:32]), raw[32:], ErrSigScalar},
		{"r+L", raw[:32], plusL(raw[32:]), ErrSigScalar},
		{"c=L", leBytes(L), raw[32:], ErrSigScalar},
		{"r=L", raw[:32], leBytes(L), ErrSigScalar},
		{"c=0", make([]byte, 32), raw[32:], ErrSigScalar},
		{"c=2^256-1", bytes.Repeat([]byte{0xff}, 32), raw[32:], ErrSigScalar},
		{"r=0", raw[:32], make([]byte, 32), ErrSigInvalid},
		{"c=L-1", leBytes(new(big.Int).Sub(L, big.NewInt(1))), raw[32:], ErrSigInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			bad := append(bytes.Clone(c.c), c.r...)
			require.ErrorIs(t, Verify(addr, []byte("m"), SigPrefix+b58Encode(bad)), c.want)
		})
	}
	require.NoError(t, Verify(addr, []byte("m"), sig))
}

func TestVerifyRefusesMalformedSignatures(t *testing.T) {
	k, err := GenerateKeys(rand.Reader)
	require.NoError(t, err)
	addr := k.Address(Mainnet)
	sig := Sign(k, []byte("m"))
	body := sig[len(SigPrefix):]
	cases := map[string]string{
		"empty":                   "",
		"prefix only":             SigPrefix,
		"monero SigV2 prefix":     "SigV2" + body,
		"lower-case prefix":       "sigv1" + body,
		"multisig prefix":         "SigMultisigPkV1" + body,
		"one character short":     sig[:len(sig)-1],
		"one character long":      sig + "1",
		"character not in base58": sig[:20] + "0" + sig[21:],
		"overflowing block":       SigPrefix + "zzzzzzzzzzz" + body[11:],
		"hex instead of base58":   SigPrefix + hex.EncodeToString(make([]byte, 44)),
	}
	for name, s := range cases {
		require.ErrorIs(t, Verify(addr, []byte("m"), s), ErrSigFormat, name)
	}
}

// Upstream check_signature accepts any point as a key. For a key of small
// order anyone can make a signature without a secret; Verify refuses such
// keys (ErrWeakKey) while checkSignature, the upstream-exact check, is shown
// to accept the forgery.
func TestVerifyRefusesSmallOrderSpendKeys(t *testing.T) {
	identity := edwards25519.NewIdentityPoint()
	// (0, −1), the point of order 2: y = p − 1.
	order2 := append([]byte{0xec}, bytes.Repeat([]byte{0xff}, 30)...)
	order2 = append(order2, 0x7f)
	order8, err := hex.DecodeString("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a")
	require.NoError(t, err)
	for _, key := range [][]byte{identity.Bytes(), order2, order8} {
		var pub [KeySize]byte
		copy(pub[:], key)
		A, err := decodePoint(key)
		require.NoError(t, err)
		require.Equal(t, 1, new(edwards25519.Point).MultByCofactor(A).Equal(identity), "%x has small order", key)

		msg := []byte("forged")
		sig := forgeSmallOrder(t, keccak256(msg), pub, A)
		require.NoError(t, checkSignature(keccak256(msg), pub, sig), "upstream check accepts a forgery for %x", key)
		addr := Address{Network: Mainnet, Kind: Standard, Spend: pub, View: pub}
		require.ErrorIs(t, Verify(addr, msg, SigPrefix+b58Encode(sig[:])), ErrWeakKey)
	}
}

// forgeSmallOrder makes (c, r) with c·A + r·G = t + r·G for a guessed torsion
// point t, retrying until c·A = t: each try wins with probability
// 1/order(A) ≥ 1/8.
func forgeSmallOrder(t *testing.T, h [32]byte, pub [KeySize]byte, A *edwards25519.Point) [sigSize]byte {
	t.Helper()
	for try := 0; try < 1000; try++ {
		r, err := randomScalar(rand.Reader)
		require.NoError(t, err)
		guess := edwards25519.NewIdentityPoint()
		for j := 0; j < try%8; j++ {
			guess.Add(guess, A)
		}
		R := new(edwards25519.Point).ScalarBaseMult(r)
		R.Add(R, guess)
		c := reduce32(keccak256(h[:], pub[:], R.Bytes()))
		if new(edwards25519.Point).ScalarMult(c, A).Equal(guess) == 1 && c.Equal(edwards25519.NewScalar()) == 0 {
			var sig [sigSize]byte
			copy(sig[:32], c.Bytes())
			copy(sig[32:], r.Bytes())
			return sig
		}
	}
	t.Fatal("no forgery in 1000 tries")
	return [sigSize]byte{}
}

// random_scalar clears the top 3 bits, then draws again while the value is
// not below L or is zero; the keys follow from the scalar it keeps.
func TestGenerateKeysDrawsLikeRandomScalar(t *testing.T) {
	tooBig := bytes.Repeat([]byte{0xff}, 32) // masked: 2^253 − 1 > L
	zero := make([]byte, 32)
	good := bytes.Repeat([]byte{0x11}, 32)
	good[31] = 0x0f // below L = 2^252 + …
	stream := bytes.NewReader(append(append(append([]byte{}, tooBig...), zero...), good...))
	k, err := GenerateKeys(stream)
	require.NoError(t, err)
	require.Zero(t, stream.Len(), "all three draws read")
	var want [KeySize]byte
	copy(want[:], good)
	require.Equal(t, KeysFromSeed(want), k)
	require.Equal(t, good, k.SpendSecret[:])
	view := reduce32(keccak256(good))
	require.Equal(t, view.Bytes(), k.ViewSecret[:])

	_, err = GenerateKeys(bytes.NewReader(good[:31]))
	require.Error(t, err, "short random source")
}

// A subaddress signature, made as wallet2::sign does for index (1, 2):
// secret = b + m with m = Hs("SubAddr\0" || a || major || minor)
// (device_default::get_subaddress_secret_key), verified against the
// subaddress's spend key D = B + m·G.
func TestVerifySubaddressSignature(t *testing.T) {
	k, err := GenerateKeys(rand.Reader)
	require.NoError(t, err)
	var idx [8]byte
	binary.LittleEndian.PutUint32(idx[:4], 1)
	binary.LittleEndian.PutUint32(idx[4:], 2)
	m := reduce32(keccak256([]byte("SubAddr\x00"), k.ViewSecret[:], idx[:]))
	b, err := edwards25519.NewScalar().SetCanonicalBytes(k.SpendSecret[:])
	require.NoError(t, err)
	a, err := edwards25519.NewScalar().SetCanonicalBytes(k.ViewSecret[:])
	require.NoError(t, err)
	sec := edwards25519.NewScalar().Add(b, m)
	D := new(edwards25519.Point).ScalarBaseMult(sec)
	C := new(edwards25519.Point).ScalarMult(a, D)
	sub := Address{Network: Mainnet, Kind: Subaddress}
	copy(sub.Spend[:], D.Bytes())
	copy(sub.View[:], C.Bytes())
	parsed, err := ParseAddress(sub.String())
	require.NoError(t, err)

	subKeys := Keys{Spend: sub.Spend}
	copy(subKeys.SpendSecret[:], sec.Bytes())
	sig := Sign(subKeys, []byte("m"))
	require.NoError(t, Verify(parsed, []byte("m"), sig))
	require.ErrorIs(t, Verify(k.Address(Mainnet), []byte("m"), sig), ErrSigInvalid, "not valid for the primary address")
}

func groupOrder() *big.Int {
	L, _ := new(big.Int).SetString("7237005577332262213973186563042994240857116359379907606001950938285454250989", 10)
	return L
}

func leInt(b []byte) *big.Int {
	be := bytes.Clone(b)
	for i, j := 0, len(be)-1; i < j; i, j = i+1, j-1 {
		be[i], be[j] = be[j], be[i]
	}
	return new(big.Int).SetBytes(be)
}

func leBytes(x *big.Int) []byte {
	out := make([]byte, 32)
	be := x.Bytes()
	for i := range be {
		out[i] = be[len(be)-1-i]
	}
	return out
}

// A second signature made by wallet code: monero-wallet-cli (v0.18) signing
// the 32-byte file 157ea095…135e87 with the spend key of the Monero mainnet
// address 41eBLjYs…Q7dErc, whose secret keys are published with it
// (nervosnetwork/ckb-auth docs/monero.md at commit 0e15e32840fc). It is
// Monero's SigV2, which Oxen wallets neither make nor accept, so Verify
// refuses the text; but its Schnorr part is the same generate_signature, so
// checkSignature accepts it over Monero's SigV2 hash, recomputed here from
// Monero src/wallet/wallet2.cpp:12885-12901. This checks the verifier
// against a second, independent wallet build and message hash.
func TestCheckSignatureMoneroWalletVector(t *testing.T) {
	const (
		addr        = "41eBLjYsK28CJD5z2b7FojMCDg6vERASShVZqAvnsC9LhS7saG8CmMo5Rm92wgnT8wa6nJVu57MHHjmnoyvTpCG7NQ7dErc"
		spendSecret = "8ef26aced8b5f8e1e8ce63b6c75ac6ee41424242424242424242424242424202"
		message     = "157ea09579f09cf96307f6b23d6fd61c3cff123076d44c27e2e9bedf02135e87"
		sig         = "SigV23ZKheximq145tW14dshL17Jpqp2GJn296GfRnGqt3pMeaZU7xoEEAFr2Xm7Jc7xZjYWf6KhstZanA73to7uF6rea"
		moneroMain  = 18 // Monero src/cryptonote_config.h:229
	)
	tag, data, err := decodeAddr(addr)
	require.NoError(t, err)
	require.Equal(t, uint64(moneroMain), tag)
	var spend, view [KeySize]byte
	copy(spend[:], data[:32])
	copy(view[:], data[32:])
	secret, err := hex.DecodeString(spendSecret)
	require.NoError(t, err)
	b, err := edwards25519.NewScalar().SetCanonicalBytes(secret)
	require.NoError(t, err)
	require.Equal(t, spend[:], new(edwards25519.Point).ScalarBaseMult(b).Bytes(), "published secret gives the address's spend key")

	msg, err := hex.DecodeString(message)
	require.NoError(t, err)
	raw, err := decodeSignature(SigPrefix + sig[len("SigV2"):])
	require.NoError(t, err)
	require.NoError(t, checkSignature(moneroSigV2Hash(msg, spend, view, 0), spend, raw))
	require.ErrorIs(t, checkSignature(moneroSigV2Hash(msg, spend, view, 1), spend, raw), ErrSigInvalid, "mode byte is hashed")
	require.ErrorIs(t, checkSignature(keccak256(msg), spend, raw), ErrSigInvalid, "not a SigV1 signature")

	require.ErrorIs(t, Verify(Address{Spend: spend, View: view}, msg, sig), ErrSigFormat, "Oxen accepts SigV1 only")
}

// moneroSigV2Hash is Monero's get_message_hash: keccak256 of
// "MoneroMessageSignature\0" || spend key || view key || mode ||
// varint(len(message)) || message.
func moneroSigV2Hash(msg []byte, spend, view [KeySize]byte, mode byte) [32]byte {
	return keccak256([]byte("MoneroMessageSignature\x00"), spend[:], view[:], []byte{mode},
		appendVarint(nil, uint64(len(msg))), msg)
}
