// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// BN254 (alt_bn128) BLS as Session's public ServiceNodeRewards verifies it
/// (session-token-contracts, contracts/libraries/BN256G1.sol, BN256G2.sol,
/// Pairing.sol): public keys in G1, signatures in G2, messages hashed to G2
/// by try-and-increment. Written from that description, not copied; the hash
/// must be bit-for-bit the same or no signature of the real network verifies
/// here, so every step below names the upstream behaviour it reproduces.
///
/// Encodings: a G1 point is [X, Y]; a G2 point is [x.real, x.imag, y.real,
/// y.imag] (the order of BLSSignatureParams sigs0..sigs3). EIP-197's
/// precompiles want the imaginary half first; only pairingCheck converts.
library BLS {
    /// The base field modulus p.
    uint256 internal constant P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47;
    /// b' = 3 / (9 + i), the constant of the twist E'(Fp2): y^2 = x^3 + b'.
    uint256 internal constant TWIST_B0 = 0x2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5;
    uint256 internal constant TWIST_B1 = 0x009713b03af0fed4cd2cafadeed8fdf4a74fa084e52d1852e4a2bd0685c315d2;
    /// xi^((p-1)/3) and xi^((p-1)/2) with xi = 9 + i: the coefficients of the
    /// untwist-Frobenius-twist endomorphism psi used by cofactor clearing.
    uint256 internal constant PSI_X0 = 21575463638280843010398324269430826099269044274347216827212613867836435027261;
    uint256 internal constant PSI_X1 = 10307601595873709700152284273816112264069230130616436755625194854815875713954;
    uint256 internal constant PSI_Y0 = 2821565182194536844548159561693502659359617185244120367078079554186484126554;
    uint256 internal constant PSI_Y1 = 3505843767911556378687030309984248845540243509899259641013678093033130930403;
    /// The BN parameter x (the curve's seed), for cofactor clearing.
    uint256 internal constant BN_X = 4965661367192848881;

    // ---------------------------------------------------------------- G1

    /// a + b with the ecAdd precompile (0x06). The point at infinity is (0, 0).
    function g1Add(uint256[2] memory a, uint256[2] memory b) internal view returns (uint256[2] memory r) {
        uint256[4] memory input = [a[0], a[1], b[0], b[1]];
        bool ok;
        assembly {
            ok := staticcall(gas(), 0x06, input, 0x80, r, 0x40)
        }
        require(ok, "ecAdd failed");
    }

    function g1Neg(uint256[2] memory a) internal pure returns (uint256[2] memory) {
        if (a[0] == 0 && a[1] == 0) return a;
        return [a[0], P - (a[1] % P)];
    }

    /// e(G1 generator, sig) * e(-pk, h) == 1 with the pairing precompile
    /// (0x08), i.e. sig == sk * h for pk == sk * G1. A precompile failure (a
    /// point off its curve) reverts with upstream's message.
    function pairingCheck(uint256[4] memory sig, uint256[2] memory pk, uint256[4] memory h)
        internal
        view
        returns (bool)
    {
        uint256[2] memory npk = g1Neg(pk);
        uint256[12] memory input =
            [uint256(1), 2, sig[1], sig[0], sig[3], sig[2], npk[0], npk[1], h[1], h[0], h[3], h[2]];
        uint256[1] memory out;
        bool ok;
        assembly {
            ok := staticcall(gas(), 0x08, input, 0x180, out, 0x20)
        }
        require(ok, "Invalid Signature");
        return out[0] == 1;
    }

    // ---------------------------------------------------------------- Fp, Fp2

    function neg(uint256 a) private pure returns (uint256) {
        return a == 0 ? 0 : P - a;
    }

    /// base^e mod p with the modexp precompile (0x05).
    function expmod(uint256 base, uint256 e) internal view returns (uint256) {
        uint256[6] memory input = [uint256(32), 32, 32, base, e, P];
        uint256[1] memory out;
        bool ok;
        assembly {
            ok := staticcall(gas(), 0x05, input, 0xc0, out, 0x20)
        }
        require(ok, "modexp failed");
        return out[0];
    }

    /// The root a^((p+1)/4) (p = 3 mod 4) and whether it squares back to a:
    /// upstream's _sqrt, whose choice of root the hash depends on.
    function sqrtFp(uint256 a) internal view returns (uint256 r, bool ok) {
        r = expmod(a, (P + 1) / 4);
        ok = mulmod(r, r, P) == a;
    }

    /// a / 2 mod p.
    function half(uint256 a) private pure returns (uint256) {
        return a & 1 == 0 ? a / 2 : (a + P) / 2;
    }

    function f2mul(uint256 a0, uint256 a1, uint256 b0, uint256 b1) internal pure returns (uint256, uint256) {
        return (
            addmod(mulmod(a0, b0, P), neg(mulmod(a1, b1, P)), P),
            addmod(mulmod(a0, b1, P), mulmod(a1, b0, P), P)
        );
    }

    function f2add(uint256 a0, uint256 a1, uint256 b0, uint256 b1) private pure returns (uint256, uint256) {
        return (addmod(a0, b0, P), addmod(a1, b1, P));
    }

    function f2sub(uint256 a0, uint256 a1, uint256 b0, uint256 b1) private pure returns (uint256, uint256) {
        return (addmod(a0, neg(b0), P), addmod(a1, neg(b1), P));
    }

    function f2inv(uint256 a0, uint256 a1) private view returns (uint256, uint256) {
        uint256 n = expmod(addmod(mulmod(a0, a0, P), mulmod(a1, a1, P), P), P - 2);
        return (mulmod(a0, n, P), neg(mulmod(a1, n, P)));
    }

    /// A square root of c + d*i chosen as herumi mcl's Fp2::squareRoot does
    /// (upstream FQ2Sqrt): t1 = sqrt(c^2 + d^2); a = sqrt((c + t1) / 2), or
    /// sqrt((c - t1) / 2) when that has none; b = d / 2a. For d == 0 it is
    /// (sqrt c, 0), or (0, sqrt -c). (0, 0) when there is no root. The root
    /// is not checked here: mapToG2 checks the point is on the curve.
    function fq2Sqrt(uint256 c, uint256 d) internal view returns (uint256, uint256) {
        uint256 t1;
        bool ok;
        if (d == 0) {
            (t1, ok) = sqrtFp(c);
            return ok ? (t1, uint256(0)) : (uint256(0), t1);
        }
        (t1, ok) = sqrtFp(addmod(mulmod(c, c, P), mulmod(d, d, P), P));
        if (!ok) return (0, 0);
        uint256 a;
        (a, ok) = sqrtFp(half(addmod(c, t1, P)));
        if (!ok) {
            (a, ok) = sqrtFp(half(addmod(c, neg(t1), P)));
            if (!ok) return (0, 0);
        }
        return (a, mulmod(d, expmod(addmod(a, a, P), P - 2), P));
    }

    // ---------------------------------------------------------------- hash

    /// RFC 9380 expand_message_xmd with keccak256 (block size 136 bytes),
    /// 128 bytes out, for a 32-byte DST. Upstream's assembly relies on the
    /// memory after the message being zero; these are the RFC's bytes.
    function expandMessageXMD(bytes memory message, bytes32 dst)
        internal
        pure
        returns (bytes32 b1, bytes32 b2, bytes32 b3, bytes32 b4)
    {
        bytes32 b0 = keccak256(abi.encodePacked(new bytes(136), message, uint16(128), uint8(0), dst, uint8(32)));
        b1 = keccak256(abi.encodePacked(b0, uint8(1), dst, uint8(32)));
        b2 = keccak256(abi.encodePacked(b0 ^ b1, uint8(2), dst, uint8(32)));
        b3 = keccak256(abi.encodePacked(b0 ^ b2, uint8(3), dst, uint8(32)));
        b4 = keccak256(abi.encodePacked(b0 ^ b3, uint8(4), dst, uint8(32)));
    }

    /// Upstream's hashToField: u0 = (b1 || b2[0:16]) mod p,
    /// u1 = (b2[16:32] || b3) mod p, b = lowest bit of b4.
    function hashToField(bytes memory message, bytes32 dst) internal pure returns (uint256 u0, uint256 u1, bool b) {
        (bytes32 b1, bytes32 b2, bytes32 b3, bytes32 b4) = expandMessageXMD(message, dst);
        u0 = addmod(mulmod(uint256(b1), 1 << 128, P), uint256(b2) >> 128, P);
        u1 = addmod(mulmod(uint256(b2) & type(uint128).max, mulmod(1 << 128, 1 << 128, P), P), uint256(b3), P);
        b = uint256(b4) & 1 == 1;
    }

    /// One try of the try-and-increment map: x = u0 + u1*i from
    /// hashToField(msg || i), y = fq2Sqrt(x^3 + b') negated when b; upstream
    /// also refuses a root with a zero half.
    function tryPoint(bytes memory m, bytes32 dst) private view returns (bool, uint256[4] memory pt) {
        (uint256 x0, uint256 x1, bool b) = hashToField(m, dst);
        (uint256 r0, uint256 r1) = f2mul(x0, x1, x0, x1);
        (r0, r1) = f2mul(r0, r1, x0, x1);
        (r0, r1) = f2add(r0, r1, TWIST_B0, TWIST_B1);
        (uint256 y0, uint256 y1) = fq2Sqrt(r0, r1);
        if (y0 == 0 || y1 == 0) return (false, pt);
        if (b) (y0, y1) = (P - y0, P - y1);
        (uint256 s0, uint256 s1) = f2mul(y0, y1, y0, y1);
        pt = [x0, x1, y0, y1];
        return (s0 == r0 && s1 == r1, pt);
    }

    /// The first point of tryPoint(message || i), i a byte from 0.
    function mapToG2(bytes memory message, bytes32 dst) internal view returns (uint256[4] memory) {
        bytes memory m = bytes.concat(message, bytes1(0));
        for (uint256 i = 0; i < 256; i++) {
            m[m.length - 1] = bytes1(uint8(i));
            (bool found, uint256[4] memory pt) = tryPoint(m, dst);
            if (found) return pt;
        }
        revert("hash to G2: no point in 256 tries");
    }

    /// Session's hash to G2: mapToG2 then cofactor clearing.
    function hashToG2(bytes memory message, bytes32 dst) internal view returns (uint256[4] memory) {
        return clearCofactor(mapToG2(message, dst));
    }

    // ---------------------------------------------------------------- G2 (Jacobian)
    // A point is [X0, X1, Y0, Y1, Z0, Z1] with x = X/Z^2, y = Y/Z^3; Z = 0 is
    // infinity. Functions never modify their arguments.

    /// Fuentes-Castaneda-Knapp-Rodriguez-Henriquez cofactor clearing, the
    /// formula upstream uses: xP + psi(3xP) + psi^2(xP) + psi^3(P).
    function clearCofactor(uint256[4] memory a) internal view returns (uint256[4] memory) {
        uint256[6] memory p = [a[0], a[1], a[2], a[3], 1, 0];
        uint256[6] memory xp = jMul(p, BN_X);
        uint256[6] memory q = jAdd(xp, psi(jAdd(jDouble(xp), xp)));
        q = jAdd(q, psi(psi(xp)));
        q = jAdd(q, psi(psi(psi(p))));
        return toAffine(q);
    }

    function toAffine(uint256[6] memory p) internal view returns (uint256[4] memory r) {
        require(p[4] != 0 || p[5] != 0, "G2 point at infinity");
        (uint256 i0, uint256 i1) = f2inv(p[4], p[5]);
        (uint256 z0, uint256 z1) = f2mul(i0, i1, i0, i1);
        (r[0], r[1]) = f2mul(p[0], p[1], z0, z1);
        (z0, z1) = f2mul(z0, z1, i0, i1);
        (r[2], r[3]) = f2mul(p[2], p[3], z0, z1);
    }

    /// psi(X:Y:Z) = (cx * conj X : cy * conj Y : conj Z).
    function psi(uint256[6] memory p) private pure returns (uint256[6] memory r) {
        (r[0], r[1]) = f2mul(p[0], neg(p[1]), PSI_X0, PSI_X1);
        (r[2], r[3]) = f2mul(p[2], neg(p[3]), PSI_Y0, PSI_Y1);
        (r[4], r[5]) = (p[4], neg(p[5]));
    }

    function jMul(uint256[6] memory p, uint256 k) private pure returns (uint256[6] memory r) {
        for (uint256 bit = 256; bit > 0; bit--) {
            r = jDouble(r);
            if ((k >> (bit - 1)) & 1 == 1) r = jAdd(r, p);
        }
    }

    /// dbl-2009-l (a = 0).
    function jDouble(uint256[6] memory p) private pure returns (uint256[6] memory r) {
        if (p[4] == 0 && p[5] == 0) return p;
        uint256[8] memory t;
        (t[0], t[1]) = f2mul(p[0], p[1], p[0], p[1]); // A = X^2
        (t[2], t[3]) = f2mul(p[2], p[3], p[2], p[3]); // B = Y^2
        (t[4], t[5]) = f2mul(t[2], t[3], t[2], t[3]); // C = B^2
        (t[6], t[7]) = f2add(p[0], p[1], t[2], t[3]);
        (t[6], t[7]) = f2mul(t[6], t[7], t[6], t[7]);
        (t[6], t[7]) = f2sub(t[6], t[7], t[0], t[1]);
        (t[6], t[7]) = f2sub(t[6], t[7], t[4], t[5]);
        (t[6], t[7]) = f2add(t[6], t[7], t[6], t[7]); // D = 2((X+B)^2 - A - C)
        (t[0], t[1]) = (mulmod(t[0], 3, P), mulmod(t[1], 3, P)); // E = 3A
        (t[2], t[3]) = f2mul(t[0], t[1], t[0], t[1]); // F = E^2
        (r[0], r[1]) = f2sub(t[2], t[3], addmod(t[6], t[6], P), addmod(t[7], t[7], P)); // X3 = F - 2D
        (r[4], r[5]) = f2mul(p[2], p[3], p[4], p[5]);
        (r[4], r[5]) = f2add(r[4], r[5], r[4], r[5]); // Z3 = 2YZ
        (t[6], t[7]) = f2sub(t[6], t[7], r[0], r[1]);
        (t[6], t[7]) = f2mul(t[0], t[1], t[6], t[7]);
        (r[2], r[3]) = f2sub(t[6], t[7], mulmod(t[4], 8, P), mulmod(t[5], 8, P)); // Y3 = E(D - X3) - 8C
    }

    /// add-1998-cmo-2, falling back to doubling for equal points.
    function jAdd(uint256[6] memory p, uint256[6] memory q) private pure returns (uint256[6] memory r) {
        if (p[4] == 0 && p[5] == 0) return q;
        if (q[4] == 0 && q[5] == 0) return p;
        uint256[16] memory t;
        (t[0], t[1]) = f2mul(p[4], p[5], p[4], p[5]); // Z1Z1
        (t[2], t[3]) = f2mul(q[4], q[5], q[4], q[5]); // Z2Z2
        (t[4], t[5]) = f2mul(p[0], p[1], t[2], t[3]); // U1
        (t[6], t[7]) = f2mul(q[0], q[1], t[0], t[1]); // U2
        (t[8], t[9]) = f2mul(p[2], p[3], q[4], q[5]);
        (t[8], t[9]) = f2mul(t[8], t[9], t[2], t[3]); // S1
        (t[10], t[11]) = f2mul(q[2], q[3], p[4], p[5]);
        (t[10], t[11]) = f2mul(t[10], t[11], t[0], t[1]); // S2
        (t[6], t[7]) = f2sub(t[6], t[7], t[4], t[5]); // H = U2 - U1
        (t[10], t[11]) = f2sub(t[10], t[11], t[8], t[9]); // R = S2 - S1
        if (t[6] == 0 && t[7] == 0) {
            if (t[10] == 0 && t[11] == 0) return jDouble(p);
            return r; // p == -q
        }
        (t[0], t[1]) = f2mul(t[6], t[7], t[6], t[7]); // HH
        (t[2], t[3]) = f2mul(t[6], t[7], t[0], t[1]); // HHH
        (t[4], t[5]) = f2mul(t[4], t[5], t[0], t[1]); // V = U1 * HH
        (t[12], t[13]) = f2mul(t[10], t[11], t[10], t[11]);
        (t[12], t[13]) = f2sub(t[12], t[13], t[2], t[3]);
        (r[0], r[1]) = f2sub(t[12], t[13], addmod(t[4], t[4], P), addmod(t[5], t[5], P)); // X3 = R^2 - HHH - 2V
        (t[12], t[13]) = f2sub(t[4], t[5], r[0], r[1]);
        (t[12], t[13]) = f2mul(t[10], t[11], t[12], t[13]);
        (t[14], t[15]) = f2mul(t[8], t[9], t[2], t[3]);
        (r[2], r[3]) = f2sub(t[12], t[13], t[14], t[15]); // Y3 = R(V - X3) - S1*HHH
        (r[4], r[5]) = f2mul(p[4], p[5], q[4], q[5]);
        (r[4], r[5]) = f2mul(r[4], r[5], t[6], t[7]); // Z3 = Z1*Z2*H
    }
}
