package bls

import (
	"crypto/rand"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"
)

var testDST = [32]byte{1, 2, 3}

func newKey(t testing.TB) SecretKey {
	t.Helper()
	k, err := GenerateSecretKey(rand.Reader)
	require.NoError(t, err)
	return k
}

func sign(t testing.TB, k SecretKey, msg []byte) Signature {
	t.Helper()
	s, err := Sign(k, msg, testDST)
	require.NoError(t, err)
	return s
}

// The twist constant is BN256G2.sol's TWISTBX/TWISTBY; gnark's generator
// lies on y² = x³ + b' with it, so both libraries mean the same twist.
func TestTwistConstantMatchesGnark(t *testing.T) {
	_, _, _, g2 := bn254.Generators()
	var l, r bn254.E2
	l.Square(&g2.Y)
	r.Square(&g2.X).Mul(&r, &g2.X).Add(&r, &twistB)
	require.True(t, l.Equal(&r))
}

// contractPsi is BN256G2.sol _ECTwistFrobeniusProjective on an affine point:
// conjugate, then multiply x by ξ^((p-1)/3) and y by ξ^((p-1)/2)
// (FROBENIUS_COEFF_X_0/1, FROBENIUS_COEFF_Y_0/1).
func contractPsi(p bn254.G2Affine) bn254.G2Affine {
	cx := bn254.E2{
		A0: fpDec("21575463638280843010398324269430826099269044274347216827212613867836435027261"),
		A1: fpDec("10307601595873709700152284273816112264069230130616436755625194854815875713954"),
	}
	cy := bn254.E2{
		A0: fpDec("2821565182194536844548159561693502659359617185244120367078079554186484126554"),
		A1: fpDec("3505843767911556378687030309984248845540243509899259641013678093033130930403"),
	}
	p.X.Conjugate(&p.X).Mul(&p.X, &cx)
	p.Y.Conjugate(&p.Y).Mul(&p.Y, &cy)
	return p
}

// mulPlain is double-and-add (gnark's ScalarMultiplication uses GLV, which
// is only right inside the subgroup; the mapped point is not in it yet).
func mulPlain(p bn254.G2Affine, k uint64) bn254.G2Affine {
	var acc, base bn254.G2Jac
	base.FromAffine(&p)
	for ; k != 0; k >>= 1 {
		if k&1 == 1 {
			acc.AddAssign(&base)
		}
		base.DoubleAssign()
	}
	var out bn254.G2Affine
	out.FromJacobian(&acc)
	return out
}

func addAff(ps ...bn254.G2Affine) bn254.G2Affine {
	var acc bn254.G2Jac
	for i := range ps {
		acc.AddMixed(&ps[i])
	}
	var out bn254.G2Affine
	out.FromJacobian(&acc)
	return out
}

// HashToG2 clears the cofactor with gnark's ClearCofactor; it must be the
// contract's _ECTwistMulByCofactorProjective, written out here from its
// constants: T0 = xP, T1 = ψ(3·T0), T2 = ψ²(T0), Q = T0 + T1 + T2 + ψ³(P).
func TestCofactorClearingIsTheContracts(t *testing.T) {
	const seed = 4965661367192848881 // BN256G2.sol CURVE_ORDER_FACTOR
	for _, msg := range [][]byte{nil, []byte("a"), []byte("cofactor"), make([]byte, 148)} {
		p, err := mapToG2(msg, testDST)
		require.NoError(t, err)
		require.True(t, p.IsOnCurve())
		require.False(t, p.IsInSubGroup(), "a mapped point is almost never in G2 before clearing")

		t0 := mulPlain(p, seed)
		t1 := contractPsi(mulPlain(t0, 3))
		t2 := contractPsi(contractPsi(t0))
		t3 := contractPsi(contractPsi(contractPsi(p)))
		want := addAff(t0, t1, t2, t3)

		got, err := HashToG2(msg, testDST)
		require.NoError(t, err)
		require.True(t, got.Equal(&want))
		require.True(t, got.IsInSubGroup())
	}
}

func TestSignVerifyRoundTrip(t *testing.T) {
	k := newKey(t)
	pk := k.PublicKey()
	for _, msg := range [][]byte{nil, []byte("x"), make([]byte, RewardMessageSize), make([]byte, 1000)} {
		sig := sign(t, k, msg)
		require.NoError(t, Verify(pk, msg, sig, testDST))

		// Through the wire forms and back.
		b := sig.Bytes()
		s2, err := SignatureFromBytes(b[:])
		require.NoError(t, err)
		require.True(t, s2.Equal(sig))
		s3, err := SignatureFromParams(sig.Params())
		require.NoError(t, err)
		require.True(t, s3.Equal(sig))
		pkb := pk.Bytes()
		pk2, err := PublicKeyFromBytes(pkb[:])
		require.NoError(t, err)
		require.True(t, pk2.Equal(pk))
		x, y := pk.XY()
		pk3, err := PublicKeyFromXY(x, y)
		require.NoError(t, err)
		require.True(t, pk3.Equal(pk))
		require.NoError(t, Verify(pk2, msg, s3, testDST))
	}
}

func TestTamperedFails(t *testing.T) {
	k, other := newKey(t), newKey(t)
	msg := []byte("reward 100")
	sig := sign(t, k, msg)
	otherSig := sign(t, other, msg)
	flipped := append([]byte(nil), msg...)
	flipped[0] ^= 1
	for _, tc := range []struct {
		name string
		pk   PublicKey
		msg  []byte
		sig  Signature
		dst  [32]byte
	}{
		{"message", k.PublicKey(), flipped, sig, testDST},
		{"longer message", k.PublicKey(), append(msg, 0), sig, testDST},
		{"signature of another key", k.PublicKey(), msg, otherSig, testDST},
		{"signature at infinity", k.PublicKey(), msg, Signature{}, testDST},
		{"key", other.PublicKey(), msg, sig, testDST},
		{"tag", k.PublicKey(), msg, sig, [32]byte{9}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.ErrorIs(t, Verify(tc.pk, tc.msg, tc.sig, tc.dst), ErrInvalidSignature)
		})
	}
	require.ErrorContains(t, Verify(PublicKey{}, msg, Signature{}, testDST), "infinity")
}

// A flipped byte of an encoded signature either stops it decoding or gives a
// point that does not verify.
func TestTamperedSignatureBytes(t *testing.T) {
	k := newKey(t)
	msg := []byte("exit")
	sig := sign(t, k, msg)
	for i := 0; i < SignatureSize; i += 7 {
		b := sig.Bytes()
		b[i] ^= 0x10
		dec, err := SignatureFromBytes(b[:])
		if err == nil {
			require.ErrorIs(t, Verify(k.PublicKey(), msg, dec, testDST), ErrInvalidSignature, "byte %d", i)
		}
	}
}

// The contract's flow: aggregate of every node, minus the ids that did not
// sign, against the sum of the signatures that came in.
func TestAggregateWithNonSigners(t *testing.T) {
	const n = 12
	msg := []byte("liquidate node 7")
	keys := make([]SecretKey, n)
	pks := make([]PublicKey, n)
	for i := range keys {
		keys[i] = newKey(t)
		pks[i] = keys[i].PublicKey()
	}
	all := AggregatePublicKeys(pks)
	nonSigners := map[int]bool{2: true, 5: true, 11: true}
	var sigs []Signature
	var absent []PublicKey
	for i := range keys {
		if nonSigners[i] {
			absent = append(absent, pks[i])
			continue
		}
		sigs = append(sigs, sign(t, keys[i], msg))
	}
	agg := Aggregate(sigs)
	signers := SubtractNonSigners(all, absent)
	require.NoError(t, Verify(signers, msg, agg, testDST))

	// The same key as the sum of the signers' keys.
	var present []PublicKey
	for i := range pks {
		if !nonSigners[i] {
			present = append(present, pks[i])
		}
	}
	require.True(t, AggregatePublicKeys(present).Equal(signers))

	// Wrong non-signer lists fail: one missing, one extra, one listed twice.
	for name, list := range map[string][]PublicKey{
		"missing": absent[:2],
		"extra":   append(append([]PublicKey(nil), absent...), pks[0]),
		"twice":   append(append([]PublicKey(nil), absent...), absent[0]),
	} {
		require.ErrorIs(t, Verify(SubtractNonSigners(all, list), msg, agg, testDST), ErrInvalidSignature, name)
	}
	// A signature missing from the aggregate fails too.
	require.ErrorIs(t, Verify(signers, msg, Aggregate(sigs[1:]), testDST), ErrInvalidSignature)
	// Everyone subtracted: the point at infinity, refused.
	require.True(t, SubtractNonSigners(all, pks).IsInfinity())
}

func TestSecretKeyFromBig(t *testing.T) {
	r := fr.Modulus()
	for _, tc := range []struct {
		name string
		s    *big.Int
		ok   bool
	}{
		{"one", big.NewInt(1), true},
		{"r-1", new(big.Int).Sub(r, big.NewInt(1)), true},
		{"r+5 reduces to 5", new(big.Int).Add(r, big.NewInt(5)), true},
		{"zero", big.NewInt(0), false},
		{"r", r, false},
		{"negative", big.NewInt(-3), false},
		{"nil", nil, false},
		{"too long", new(big.Int).Lsh(big.NewInt(1), 400), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k, err := SecretKeyFromBig(tc.s)
			if !tc.ok {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, new(big.Int).Mod(tc.s, r), k.Big())
		})
	}
	a, err := SecretKeyFromBig(big.NewInt(5))
	require.NoError(t, err)
	b, err := SecretKeyFromBig(new(big.Int).Add(r, big.NewInt(5)))
	require.NoError(t, err)
	require.True(t, a.PublicKey().Equal(b.PublicKey()))
}

func TestPublicKeyDecodeRefuses(t *testing.T) {
	good := newKey(t).PublicKey().Bytes()
	p := fp.Modulus()
	withX := func(x *big.Int) []byte {
		b := good
		x.FillBytes(b[:32])
		return b[:]
	}
	offCurve := good
	offCurve[63] ^= 1
	// The contract refuses X == 0 or Y == 0 (NullBLSPubkey). No curve point
	// has either (3 is not a square mod p; Y == 0 would be a point of order 2
	// in a group of prime order), so these are refused as null first.
	zeroX, zeroY := good, good
	clear(zeroX[:32])
	clear(zeroY[32:])
	for _, tc := range []struct {
		name string
		b    []byte
		want string
	}{
		{"short", good[:63], "64"},
		{"long", append(good[:], 0), "64"},
		{"infinity", make([]byte, 64), "null"},
		{"X zero", zeroX[:], "null"},
		{"Y zero", zeroY[:], "null"},
		{"X = p", withX(p), "X"},
		{"X + p", withX(new(big.Int).Add(p, new(big.Int).SetBytes(good[:32]))), "X"},
		{"off curve", offCurve[:], "not a point"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := PublicKeyFromBytes(tc.b)
			require.ErrorContains(t, err, tc.want)
		})
	}
	_, err := PublicKeyFromXY(big.NewInt(-1), big.NewInt(2))
	require.Error(t, err)
	_, err = PublicKeyFromXY(big.NewInt(1), big.NewInt(2)) // the generator
	require.NoError(t, err)
}

func TestSignatureDecodeRefuses(t *testing.T) {
	good := sign(t, newKey(t), []byte("m")).Bytes()
	notInG2, err := mapToG2([]byte("m"), testDST) // on the twist, outside the subgroup
	require.NoError(t, err)
	outside := Signature{p: notInG2}.Bytes()
	offTwist := good
	offTwist[127] ^= 1
	tooBig := good
	fp.Modulus().FillBytes(tooBig[32:64])
	for _, tc := range []struct {
		name string
		b    []byte
		want string
	}{
		{"short", good[:127], "128"},
		{"sigs1 = p", tooBig[:], "sigs1"},
		{"off the twist", offTwist[:], "twist"},
		{"outside G2", outside[:], "not in G2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := SignatureFromBytes(tc.b)
			require.ErrorContains(t, err, tc.want)
		})
	}
	// All zeros is the point at infinity, as for the precompile.
	inf, err := SignatureFromBytes(make([]byte, 128))
	require.NoError(t, err)
	require.True(t, inf.Equal(Signature{}))
	_, err = SignatureFromParams([4]*big.Int{big.NewInt(1), nil, big.NewInt(0), big.NewInt(0)})
	require.ErrorContains(t, err, "sigs1")
}
