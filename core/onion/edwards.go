package onion

import (
	"errors"
	"math/big"
)

// This file holds just enough Edwards25519 arithmetic to turn an Ed25519
// public key into its X25519 (Montgomery) form with libsodium's checks. Go's
// standard library keeps its edwards25519 package internal, and
// filippo.io/edwards25519 is not among this module's dependencies, so the
// arithmetic is done here with math/big. It is variable-time, which is fine:
// it only ever sees public keys.

// Field and curve constants (RFC 8032 §5.1).
var (
	fieldP = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(19))
	// curveD is -121665/121666 mod p.
	curveD = func() *big.Int {
		n := new(big.Int).Neg(big.NewInt(121665))
		d := new(big.Int).ModInverse(big.NewInt(121666), fieldP)
		return n.Mul(n, d).Mod(n, fieldP)
	}()
	curveD2 = new(big.Int).Mod(new(big.Int).Lsh(curveD, 1), fieldP)
	// sqrtM1 is a square root of -1: 2^((p-1)/4) mod p.
	sqrtM1 = new(big.Int).Exp(big.NewInt(2), new(big.Int).Rsh(new(big.Int).Sub(fieldP, big.NewInt(1)), 2), fieldP)
	// sqrtExp is (p+3)/8, the exponent of the candidate square root.
	sqrtExp = new(big.Int).Rsh(new(big.Int).Add(fieldP, big.NewInt(3)), 3)
	// groupL is the order of the prime-order subgroup, 2^252 + 27742317777372353535851937790883648493.
	groupL, _ = new(big.Int).SetString("7237005577332262213973186563042994240857116359379907606001950938285454250989", 10)
)

// Reasons an Ed25519 public key has no X25519 form. They match the cases
// in which libsodium's crypto_sign_ed25519_pk_to_curve25519 returns -1, so
// that a key Session's storage server refuses is refused here too.
var (
	errNonCanonical = errors.New("y coordinate is not reduced mod p")
	errNotOnCurve   = errors.New("not a point on the curve")
	errSmallOrder   = errors.New("point of small order")
	errNotInGroup   = errors.New("point outside the prime-order subgroup")
)

// extPoint is a point in extended twisted Edwards coordinates: x = X/Z,
// y = Y/Z, x*y = T/Z.
type extPoint struct{ X, Y, Z, T *big.Int }

func newIdentity() *extPoint {
	return &extPoint{X: new(big.Int), Y: big.NewInt(1), Z: big.NewInt(1), T: new(big.Int)}
}

func (p *extPoint) clone() *extPoint {
	return &extPoint{X: new(big.Int).Set(p.X), Y: new(big.Int).Set(p.Y),
		Z: new(big.Int).Set(p.Z), T: new(big.Int).Set(p.T)}
}

func (p *extPoint) isIdentity() bool {
	if p.X.Sign() != 0 {
		return false
	}
	return p.Y.Cmp(p.Z) == 0
}

// fieldOps carries scratch space so that a scalar multiplication does not
// allocate thousands of big.Ints.
type fieldOps struct{ a, b, c, d, e, f, g, h *big.Int }

func newFieldOps() *fieldOps {
	return &fieldOps{new(big.Int), new(big.Int), new(big.Int), new(big.Int),
		new(big.Int), new(big.Int), new(big.Int), new(big.Int)}
}

func mulMod(z, x, y *big.Int) *big.Int { return z.Mod(z.Mul(x, y), fieldP) }
func addMod(z, x, y *big.Int) *big.Int { return z.Mod(z.Add(x, y), fieldP) }
func subMod(z, x, y *big.Int) *big.Int { return z.Mod(z.Sub(x, y), fieldP) }

// The point formulas below use these instead: they reduce with
// 2^255 ≡ 19 (mod p) rather than a division, and reuse a scratch value, which
// makes the subgroup check several times faster than with big.Int.Mod.
var (
	mask255 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(1))
	big19   = big.NewInt(19)
)

// reduce sets z to x mod p for 0 <= x < 2^511, using t as scratch.
func reduce(z, x, t *big.Int) *big.Int {
	for x.BitLen() > 255 {
		t.Rsh(x, 255)
		t.Mul(t, big19)
		z.And(x, mask255)
		z.Add(z, t)
		x = z
	}
	z.Set(x)
	if z.Cmp(fieldP) >= 0 {
		z.Sub(z, fieldP)
	}
	return z
}

func (o *fieldOps) mul(z, x, y *big.Int) *big.Int {
	o.h.Mul(x, y)
	return reduce(z, o.h, o.g)
}

// add sets p = p + q (add-2008-hwcd-3, complete for a = -1).
func (o *fieldOps) add(p, q *extPoint) {
	mulMod(o.a, subMod(o.e, p.Y, p.X), subMod(o.f, q.Y, q.X))
	mulMod(o.b, addMod(o.e, p.Y, p.X), addMod(o.f, q.Y, q.X))
	mulMod(o.c, mulMod(o.c, p.T, curveD2), q.T)
	mulMod(o.d, p.Z, q.Z)
	addMod(o.d, o.d, o.d)
	subMod(o.e, o.b, o.a)
	subMod(o.f, o.d, o.c)
	addMod(o.g, o.d, o.c)
	addMod(o.h, o.b, o.a)
	mulMod(p.X, o.e, o.f)
	mulMod(p.Y, o.g, o.h)
	mulMod(p.T, o.e, o.h)
	mulMod(p.Z, o.f, o.g)
}

// double sets p = 2p (dbl-2008-hwcd with a = -1).
func (o *fieldOps) double(p *extPoint) {
	mulMod(o.a, p.X, p.X)
	mulMod(o.b, p.Y, p.Y)
	mulMod(o.c, p.Z, p.Z)
	addMod(o.c, o.c, o.c)
	o.d.Sub(fieldP, o.a) // a*A with a = -1
	addMod(o.e, p.X, p.Y)
	mulMod(o.e, o.e, o.e)
	subMod(o.e, o.e, o.a)
	subMod(o.e, o.e, o.b)
	addMod(o.g, o.d, o.b)
	subMod(o.f, o.g, o.c)
	subMod(o.h, o.d, o.b)
	mulMod(p.X, o.e, o.f)
	mulMod(p.Y, o.g, o.h)
	mulMod(p.T, o.e, o.h)
	mulMod(p.Z, o.f, o.g)
}

// scalarMul returns [k]p by double-and-add (variable time: public inputs only).
func scalarMul(p *extPoint, k *big.Int) *extPoint {
	o := newFieldOps()
	r := newIdentity()
	for i := k.BitLen() - 1; i >= 0; i-- {
		o.double(r)
		if k.Bit(i) == 1 {
			o.add(r, p)
		}
	}
	return r
}

// decodePoint decompresses a 32-byte Ed25519 point encoding (RFC 8032
// §5.1.3), returning its affine y as well as the point.
func decodePoint(enc []byte) (*extPoint, *big.Int, error) {
	var le [32]byte
	copy(le[:], enc)
	sign := le[31] >> 7
	le[31] &= 0x7f
	y := new(big.Int).SetBytes(reverse(le[:]))
	// libsodium would read y >= p modulo p; no honest encoder writes such a
	// key, so it is refused rather than given a second encoding.
	if y.Cmp(fieldP) >= 0 {
		return nil, nil, errNonCanonical
	}
	// x^2 = (y^2 - 1) / (d*y^2 + 1)
	y2 := mulMod(new(big.Int), y, y)
	u := subMod(new(big.Int), y2, big.NewInt(1))
	v := addMod(new(big.Int), mulMod(new(big.Int), curveD, y2), big.NewInt(1))
	x2 := mulMod(new(big.Int), u, new(big.Int).ModInverse(v, fieldP))
	x := new(big.Int).Exp(x2, sqrtExp, fieldP)
	if mulMod(new(big.Int), x, x).Cmp(x2) != 0 {
		mulMod(x, x, sqrtM1)
		if mulMod(new(big.Int), x, x).Cmp(x2) != 0 {
			return nil, nil, errNotOnCurve
		}
	}
	if x.Sign() == 0 && sign == 1 {
		return nil, nil, errNotOnCurve // "negative zero" (RFC 8032 step 4)
	}
	if uint8(x.Bit(0)) != sign {
		x.Sub(fieldP, x)
	}
	return &extPoint{X: x, Y: y, Z: big.NewInt(1), T: mulMod(new(big.Int), x, y)}, y, nil
}

// encodePoint is the 32-byte encoding of p (used by tests to build keys
// with a torsion component).
func encodePoint(p *extPoint) []byte {
	zInv := new(big.Int).ModInverse(p.Z, fieldP)
	x := mulMod(new(big.Int), p.X, zInv)
	y := mulMod(new(big.Int), p.Y, zInv)
	out := leBytes32(y)
	out[31] |= byte(x.Bit(0)) << 7
	return out
}

// edwardsToMontgomery converts an Ed25519 public key to the X25519 u
// coordinate, u = (1+y)/(1-y), after libsodium's checks: the point must
// decode, must not be of small order, and must lie in the prime-order
// subgroup.
func edwardsToMontgomery(pub []byte) ([]byte, error) {
	p, y, err := decodePoint(pub)
	if err != nil {
		return nil, err
	}
	o := newFieldOps()
	t := p.clone()
	for range 3 {
		o.double(t)
	}
	if t.isIdentity() {
		return nil, errSmallOrder
	}
	if !scalarMul(p, groupL).isIdentity() {
		return nil, errNotInGroup
	}
	num := addMod(new(big.Int), big.NewInt(1), y)
	den := subMod(new(big.Int), big.NewInt(1), y) // non-zero: y = 1 is the identity, refused above
	u := mulMod(num, num, new(big.Int).ModInverse(den, fieldP))
	return leBytes32(u), nil
}

// leBytes32 is the 32-byte little-endian encoding of a reduced field element.
func leBytes32(v *big.Int) []byte {
	var be [32]byte
	v.FillBytes(be[:])
	return reverse(be[:])
}

// reverse returns a reversed copy (big.Int is big-endian, the wire little).
func reverse(b []byte) []byte {
	out := make([]byte, len(b))
	for i := range b {
		out[len(b)-1-i] = b[i]
	}
	return out
}
