package bls

import (
	"errors"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/crypto"
)

// The hash to G2 is the one Session's ServiceNodeRewards contract runs on
// chain (session-token-contracts contracts/libraries/BN256G2.sol, hashToG2 and
// mapToG2): try-and-increment over msg ‖ i, each try an RFC 9380
// expand_message_xmd with keccak256, then cofactor clearing. It is NOT RFC
// 9380's map_to_curve (gnark's bn254.HashToG2 gives a different point), so
// every step below follows the contract, including the square root it picks.

const (
	keccakBlockSize = 136 // s_in_bytes of keccak256 (rate 1088 bits): the Z_pad length
	expandLen       = 128 // the contract only ever expands to 128 bytes (ell = 4)
	maxTries        = 256 // the counter is a uint8; the contract reverts past 255
)

// ErrHashToG2 is returned when all 256 counter values fail to give a point.
// The contract reverts then; the odds are about 2^-256.
var ErrHashToG2 = errors.New("bls: hash to G2 found no point in 256 tries")

var (
	// twistB is b' = 3/(9+i), the constant of the twist y² = x³ + b'
	// (BN256G2.sol TWISTBX, TWISTBY).
	twistB = bn254.E2{
		A0: fpFromHex("2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5"),
		A1: fpFromHex("009713b03af0fed4cd2cafadeed8fdf4a74fa084e52d1852e4a2bd0685c315d2"),
	}
	// pPlus1Over4 is the exponent of the EVM modexp square root the contract uses.
	pPlus1Over4 = new(big.Int).Rsh(new(big.Int).Add(fp.Modulus(), big.NewInt(1)), 2)
)

func fpFromHex(s string) fp.Element {
	n, ok := new(big.Int).SetString(s, 16)
	if !ok {
		panic("bls: bad constant " + s)
	}
	var e fp.Element
	e.SetBigInt(n)
	return e
}

// expandMessageXMD is RFC 9380 §5.3.1 expand_message_xmd with keccak256 and
// len_in_bytes = 128, as BN256G2.sol expandMessageXMDKeccak256 computes it:
//
//	msg' = Z_pad(136) ‖ msg ‖ I2OSP(128, 2) ‖ I2OSP(0, 1) ‖ DST ‖ I2OSP(len(DST), 1)
//	b0 = H(msg'), b1 = H(b0 ‖ 1 ‖ DST'), bi = H((b0 ⊕ b(i-1)) ‖ i ‖ DST')
//
// The Solidity copies msg by 32-byte words and relies on the memory after it
// being zero; the bytes written here are the RFC's.
func expandMessageXMD(msg []byte, dst [32]byte) (out [expandLen]byte) {
	h := crypto.NewKeccakState()
	var zpad [keccakBlockSize]byte
	h.Write(zpad[:])
	h.Write(msg)
	h.Write([]byte{expandLen >> 8, expandLen & 0xff, 0})
	h.Write(dst[:])
	h.Write([]byte{byte(len(dst))})
	var b0 [32]byte
	h.Read(b0[:])

	prev := b0 // b1's input is b0 itself; later ones take b0 ⊕ b(i-1)
	for i := 0; i < expandLen/32; i++ {
		var in [32]byte
		if i == 0 {
			in = b0
		} else {
			for j := range in {
				in[j] = b0[j] ^ prev[j]
			}
		}
		h.Reset()
		h.Write(in[:])
		h.Write([]byte{byte(i + 1)})
		h.Write(dst[:])
		h.Write([]byte{byte(len(dst))})
		h.Read(out[i*32 : (i+1)*32])
		copy(prev[:], out[i*32:(i+1)*32])
	}
	return out
}

// hashToField is BN256G2.sol hashToField: u0 = bytes[0:48] mod p,
// u1 = bytes[48:96] mod p, and b is the lowest bit of the last byte (which
// of the two square roots to take).
func hashToField(msg []byte, dst [32]byte) (u0, u1 fp.Element, b bool) {
	md := expandMessageXMD(msg, dst)
	u0.SetBytes(md[0:48]) // 48 bytes take SetBytes's reducing path
	u1.SetBytes(md[48:96])
	return u0, u1, md[127]&1 == 1
}

// sqrtFp is the contract's _sqrt: a^((p+1)/4), and whether it squares back
// to a. Only the x.A1 == 0 branch of fq2Sqrt needs the value when it does not.
func sqrtFp(a *fp.Element) (fp.Element, bool) {
	var r fp.Element
	if r.Sqrt(a) != nil { // gnark's Sqrt is the same a^((p+1)/4)
		return r, true
	}
	return r, false
}

// fq2Sqrt is BN256G2.sol FQ2Sqrt, a translation of herumi mcl's
// Fp2::squareRoot: for x = c + d·i it takes a = √((c ± √(c²+d²))/2) (the +
// branch first) and b = d/(2a). It returns the contract's value in every case,
// including its failure values (0, 0) and (0, t1), so that the root chosen and
// the tries rejected match the contract bit for bit.
func fq2Sqrt(x *bn254.E2) bn254.E2 {
	if x.A1.IsZero() {
		t1, ok := sqrtFp(&x.A0)
		if ok {
			return bn254.E2{A0: t1}
		}
		t1.Exp(x.A0, pPlus1Over4) // the contract returns the modexp even when it failed
		return bn254.E2{A1: t1}
	}
	var t1, t2 fp.Element
	t1.Square(&x.A0)
	t2.Square(&x.A1)
	t1.Add(&t1, &t2)
	t1, ok := sqrtFp(&t1)
	if !ok {
		return bn254.E2{}
	}
	t2.Add(&x.A0, &t1)
	t2.Halve()
	s, ok := sqrtFp(&t2)
	if !ok {
		t2.Sub(&x.A0, &t1)
		t2.Halve()
		if s, ok = sqrtFp(&t2); !ok {
			return bn254.E2{}
		}
	}
	var y bn254.E2
	y.A0 = s
	t2.Double(&s)
	t2.Inverse(&t2) // gnark's inverse of 0 is 0, like the contract's modexp(0, p-2)
	y.A1.Mul(&x.A1, &t2)
	return y
}

// mapToG2 is BN256G2.sol mapToG2: the first counter i for which x = u0 + u1·i
// gives a y² whose FQ2Sqrt has both parts non-zero and lies on the twist.
func mapToG2(msg []byte, dst [32]byte) (bn254.G2Affine, error) {
	buf := make([]byte, len(msg)+1)
	copy(buf, msg)
	for i := 0; i < maxTries; i++ {
		buf[len(msg)] = byte(i)
		u0, u1, neg := hashToField(buf, dst)
		var p bn254.G2Affine
		p.X = bn254.E2{A0: u0, A1: u1}
		var yy bn254.E2
		yy.Square(&p.X).Mul(&yy, &p.X).Add(&yy, &twistB)
		p.Y = fq2Sqrt(&yy)
		if p.Y.A0.IsZero() || p.Y.A1.IsZero() {
			continue // the contract's "sqrt_x != 0 && sqrt_y != 0"
		}
		if neg {
			p.Y.Neg(&p.Y)
		}
		if p.IsOnCurve() {
			return p, nil
		}
	}
	return bn254.G2Affine{}, ErrHashToG2
}

// HashToG2 maps msg to a point of G2 exactly as the contract's
// BN256G2.hashToG2(msg, dst) does: mapToG2, then cofactor clearing
// x·P + ψ(3x·P) + ψ²(x·P) + ψ³(P) with x = 4965661367192848881
// (_ECTwistMulByCofactorProjective; the same formula as gnark's
// ClearCofactor). dst is the contract's hashToG2Tag.
func HashToG2(msg []byte, dst [32]byte) (bn254.G2Affine, error) {
	p, err := mapToG2(msg, dst)
	if err != nil {
		return bn254.G2Affine{}, err
	}
	var j bn254.G2Jac
	j.FromAffine(&p)
	j.ClearCofactor(&j)
	p.FromJacobian(&j)
	return p, nil
}
