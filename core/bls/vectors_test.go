package bls

import (
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// Upstream vectors. STC = session-foundation/session-token-contracts @
// ae0f6a6875d8a03afbd4d601fd68f3a79624c59e; OXC = oxen-io/oxen-core @
// b208672ed02bd41f4d85f2741aa09de8179a014b.

// The DST and message of STC test/cpp/test/src/hash.cpp:10-12 and
// test/unit-js/BN256G2.js:8-9.
var (
	stcMessage = []byte("asdf")
	stcDST     = [32]byte(mustHex("ff54977c9d08fb9098f6beae0e4634cb9b2d4c2b9c86f0b3e2f2f0073b73f51c"))
)

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func dec(s string) *big.Int {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return n
}

func fpDec(s string) fp.Element {
	var e fp.Element
	e.SetBigInt(dec(s))
	return e
}

// STC test/cpp/test/src/hash.cpp:41-44 and test/unit-js/BN256G2.js:50-53
// ("Test expand via keccak256").
func TestExpandMessageXMDUpstream(t *testing.T) {
	got := expandMessageXMD(stcMessage, stcDST)
	want := "a9289d6c3626c2275c7f94a2aec2b47e90522afcfacea9d7d2d6d758bfcd0209" +
		"e929d19bf0b1b42ec2674bc2d6395aa7a1d5988766413feb1aa4dc9c2e87a15d" +
		"d34bd9627c1e82adcdb3359afde8ddc5946db33c4255c47497956d677155af6b" +
		"47debeec9747b0b08909e419594a087497df70f8b60fdc66ebb577dab9a33696"
	require.Equal(t, want, hex.EncodeToString(got[:]))
}

// STC test/cpp/test/src/hash.cpp:72-74 and test/unit-js/BN256G2.js:35-37
// ("Returns the correct 2 values and a boolean `b`").
func TestHashToFieldUpstream(t *testing.T) {
	u0, u1, b := hashToField(stcMessage, stcDST)
	require.Equal(t, "307410635215970536626579586125711284326114787973043528925905382633054236085", u0.String())
	require.Equal(t, "1183035087006320090803410940370628752170722813268233981705860145243604330069", u1.String())
	require.False(t, b)
}

// FQ2Sqrt roots: STC test/unit-js/BN256G2.js:91-124 (Zellic vector and
// vectors 0, 1; Sage-generated) = test/cpp/test/src/hash.cpp:80-131. The root
// is the contract's (herumi's) choice, its negation the other one.
func TestFQ2SqrtUpstream(t *testing.T) {
	for _, tc := range []struct{ name, x0, x1, r0, r1, n0, n1 string }{
		{"zellic (BN256G2.js:91-99)",
			"18400763209162137698378342072679747343805045379991482883044659141807904813804",
			"3757716903061301937348252070019908304499894848840852657694527662312163652493",
			"21113773905939110219807704586191458336348141462234245963448200970029289972960",
			"4757623815106826332652416853619432081835467211624617316558602106633360047377",
			"774468965900165002438701159065816752348169695063577699240836924615936235623",
			"17130619056732448889593988891637843006860843945673206346130435788011866161206"},
		{"vector 0 (BN256G2.js:104-112)",
			"18643117260133094081555630496908182148979888402907667429281989499686433042481",
			"18767426827650792022715527615257676532671283520119768371866051896505585913537",
			"13983740723413048141287686746094829568564621238524191737326450062318360253841",
			"7253166406823230892838512371946295413549476296573503802098707278836650652634",
			"7904502148426227080958718999162445520131689918773631925362587832326865954742",
			"14635076465016044329407893373310979675146834860724319860590330615808575555949"},
		{"vector 1 (BN256G2.js:116-124)",
			"8003427931889017305260233532064766566259865014312993643669489451621672874553",
			"8255214349881287197796283279515869829321316620831837079694717882055223224849",
			"16601660172989674590467103759517356028828864343517310912312924127793849257441",
			"7249251494535356504402176277173612222981755570353172297173865703654518619480",
			"5286582698849600631779301985739919059867446813780512750376113766851376951142",
			"14638991377303918717844229468083662865714555586944651365515172190990707589103"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := bn254.E2{A0: fpDec(tc.x0), A1: fpDec(tc.x1)}
			y := fq2Sqrt(&x)
			require.Equal(t, tc.r0, y.A0.String())
			require.Equal(t, tc.r1, y.A1.String())
			y.Neg(&y)
			require.Equal(t, tc.n0, y.A0.String())
			require.Equal(t, tc.n1, y.A1.String())
		})
	}
}

// OXC tests/unit_tests/bls.cpp:65-130 (TEST(BLS, signatures)): one secret key,
// its public key, and signatures over keccak("hello world!") and
// keccak("Hello World!\n") under mainnet's tags (chain 42161) with the null
// contract address (:84, :94) and with contract 0x3433…1F7b (:119-130). These
// run the whole chain: tag, map to G2, cofactor clearing, scalar
// multiplication and the sigs0..sigs3 byte order.
func TestOxenSignatureVectors(t *testing.T) {
	sk, err := SecretKeyFromBig(bigFromHex("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"))
	require.NoError(t, err)
	pk := sk.PublicKey()
	pkb := pk.Bytes()
	require.Equal(t, "14c6615c4fbecfa4a2c2197ae8152904ce2c0d9daab228650993959c9d5c322c"+
		"1310113ec96bd4f56c1a3abb96dea45ffb8d785ea7a55faf38e12bfd92ba179b", hex.EncodeToString(pkb[:])) // bls.cpp:70-73

	hash1 := crypto.Keccak256([]byte("hello world!"))
	require.Equal(t, "57caa176af1ac0433c5df30e8dabcd2ec1af1e92a26eced5f719b88458777cd6", hex.EncodeToString(hash1))
	hash2 := crypto.Keccak256([]byte("Hello World!\n"))
	mainnet := big.NewInt(42161) // OXC src/network_config/mainnet.h:71
	nullDST, err := Tag(TagHashToG2, mainnet, [20]byte{})
	require.NoError(t, err)
	contractDST, err := Tag(TagHashToG2, mainnet, common.HexToAddress("0x3433798131A72d99C5779E2B4998B17039941F7b"))
	require.NoError(t, err)

	for _, tc := range []struct {
		name string
		msg  []byte
		dst  [32]byte
		want string
	}{
		{"sig1 (bls.cpp:87-92)", hash1, nullDST,
			"28dcb2b1512acd2eb2405c6e25cdfa3172b3f3244f4f13b32c5cb0a6e52de22f" +
				"1d1c84e8b728675709c43c53d465601fb7cde902470547fc92e39f47820a2cc3" +
				"25c76fabbab649f9e786d727cc4c5123e1ec677087b920cc3bcd7e6701ed3953" +
				"236410a224c9ba5eccf6189533838c9ef8e0b4354ae11556c705650b9d6a7cc6"},
		{"sig2 (bls.cpp:95-100)", hash2, nullDST,
			"04da80bc677397dbd11c1a1a68ba0525e5e461c0eed3011af2445173c5331536" +
				"2f72a0cb8043ac3f5345b218e0cb4d5e2a76da9450d18eeccc8b10a0e97abed7" +
				"2bd7d00154ca33fa1491457dddfcd3874c2892a1e7bead5b4a9b8a588bb8edfe" +
				"23b92cef33ef5fe950f166b4902ac98d6b96c7bc6a537c275bc9044c6b42ff3d"},
		{"sig2b (bls.cpp:125-130)", hash2, contractDST,
			"219efae61cb5c45e0d5a253a1438d03006f324971668579bd31494390b02982e" +
				"0341f283f79d1c2adfa74005a2948c0092a3ed4d683e6488880047c31b4811e5" +
				"1684a9fe7e85c7aaca017c770294aa08fa9303e659773f11b1369cd541c395b1" +
				"2a66ecf20e0372b8cff3a52f65442c96c5eb3fe066bdb50f1f1c82898d80df9e"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sig, err := Sign(sk, tc.msg, tc.dst)
			require.NoError(t, err)
			b := sig.Bytes()
			require.Equal(t, tc.want, hex.EncodeToString(b[:]))
			dec, err := SignatureFromBytes(mustHex(tc.want))
			require.NoError(t, err)
			require.NoError(t, Verify(pk, tc.msg, dec, tc.dst))
		})
	}
}

func bigFromHex(s string) *big.Int { return new(big.Int).SetBytes(mustHex(s)) }
