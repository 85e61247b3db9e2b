package bls

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	bn256 "github.com/ethereum/go-ethereum/crypto/bn256/cloudflare"
	"github.com/stretchr/testify/require"
)

// evmG2 is a G2 point as EIP-197 and the contract's G2Point take it:
// X.imag, X.real, Y.imag, Y.real.
func evmG2(s Signature) []byte {
	p := s.Params() // sigs0..3 = X.real, X.imag, Y.real, Y.imag
	return words(p[1], p[0], p[3], p[2])
}

func words(vs ...*big.Int) []byte {
	out := make([]byte, 32*len(vs))
	for i, v := range vs {
		v.FillBytes(out[i*32 : (i+1)*32])
	}
	return out
}

// pairingInput is the input validateSignatureOrRevert hands to precompile
// 0x08 (Pairing.pairing2(P1, signature, negate(pk), Hm)), built from the
// contract's BLSSignatureParams the way the contract swaps them.
func pairingInput(t *testing.T, pk PublicKey, msg []byte, sig Signature) []byte {
	t.Helper()
	h, err := HashToG2(msg, testDST)
	require.NoError(t, err)
	x, y := pk.XY()
	negY := new(big.Int).Sub(fpModulus(), y)
	in := words(big.NewInt(1), big.NewInt(2))
	in = append(in, evmG2(sig)...)
	in = append(in, words(x, negY)...)
	return append(in, evmG2(Signature{p: h})...)
}

func fpModulus() *big.Int {
	m, _ := new(big.Int).SetString("30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", 16)
	return m
}

// go-ethereum's EVM pairing precompile (0x08), run on the bytes the contract
// would send, accepts our signature and refuses a tampered one. This checks
// the sigs0..sigs3 order against EIP-197 as the contract reorders it.
func TestEVMPairingPrecompileAgrees(t *testing.T) {
	pre := vm.PrecompiledContractsCancun[common.BytesToAddress([]byte{8})]
	require.NotNil(t, pre)
	k := newKey(t)
	msg := []byte("precompile")
	sig := sign(t, k, msg)
	one := words(big.NewInt(1))
	zero := words(big.NewInt(0))

	out, err := pre.Run(pairingInput(t, k.PublicKey(), msg, sig))
	require.NoError(t, err)
	require.Equal(t, one, out)

	out, err = pre.Run(pairingInput(t, k.PublicKey(), []byte("other"), sig))
	require.NoError(t, err)
	require.Equal(t, zero, out)

	// The unswapped order is not a G2 point to the precompile: the contract's
	// swap is needed, and Signature.Params is in the contract's order.
	bad := pairingInput(t, k.PublicKey(), msg, sig)
	p := sig.Params()
	copy(bad[64:192], words(p[0], p[1], p[2], p[3]))
	_, err = pre.Run(bad)
	require.Error(t, err)
}

// The same check through go-ethereum's cloudflare bn256, a second pairing
// implementation independent of gnark.
func TestCloudflarePairingAgrees(t *testing.T) {
	k := newKey(t)
	msg := []byte("cloudflare")
	sig := sign(t, k, msg)
	h, err := HashToG2(msg, testDST)
	require.NoError(t, err)

	g1 := func(b []byte) *bn256.G1 {
		p := new(bn256.G1)
		_, err := p.Unmarshal(b)
		require.NoError(t, err)
		return p
	}
	g2 := func(s Signature) *bn256.G2 {
		p := new(bn256.G2)
		_, err := p.Unmarshal(evmG2(s))
		require.NoError(t, err)
		return p
	}
	pkb := k.PublicKey().Bytes()
	negPK := new(bn256.G1).Neg(g1(pkb[:]))
	gen := g1(words(big.NewInt(1), big.NewInt(2)))

	require.True(t, bn256.PairingCheck([]*bn256.G1{gen, negPK}, []*bn256.G2{g2(sig), g2(Signature{p: h})}))
	other := sign(t, k, []byte("not it"))
	require.False(t, bn256.PairingCheck([]*bn256.G1{gen, negPK}, []*bn256.G2{g2(other), g2(Signature{p: h})}))

	// Public keys agree with cloudflare's scalar base multiplication (the
	// one core/keys used to make key files).
	cf := new(bn256.G1).ScalarBaseMult(k.Big()).Marshal()
	require.Equal(t, pkb[:], cf)
}
