package onion

import (
	"crypto/ecdh"
	"crypto/ed25519"
	"crypto/sha256"
	"testing"

	"github.com/stretchr/testify/require"
)

// The vectors below fix the wire conventions of DESIGN.md §10. The seal
// vectors (node key conversion, both key derivations, both ciphers) are
// recomputed independently of this package by testdata/vectors.py, which
// calls the system libsodium (crypto_sign_ed25519_pk_to_curve25519,
// crypto_scalarmult, crypto_aead_xchacha20poly1305_ietf_encrypt) and the
// Python "cryptography" AES-GCM; run it to re-check them. The Build vectors
// pin our own output so that any change of convention fails here.

const (
	// The node: libsodium's ed25519_convert seed; its X25519 key pair is
	// 8052…e166 / f181…ae50 (see TestConversionKnownAnswers).
	vecNodeSeed = "421151a459faeade3d247115f94aedae42318124095afabe4d1451a559faedee"
	// The client's ephemeral key: RFC 7748's Alice.
	vecEphPriv = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"
	vecEphPub  = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
	vecRequest = `{"method":"info","params":{}}`
	vecReply   = `{"status":200,"body":"ok"}`
)

var sealVectors = []struct {
	enc               EncType
	nonce             string
	key, layer, reply string
}{
	{
		enc:   AESGCM,
		nonce: "000102030405060708090a0b",
		// HMAC-SHA256(key "LOKI", X25519(eph, node)).
		key: "25e96eebada3be602e580fb44d41ca9f5bf27a5797384a1af9abe427f62b75ae",
		// IV ‖ ciphertext ‖ tag.
		layer: "000102030405060708090a0b86520ff36cb06b270914e988075aeeda50ec69c7ba3b3b34102cb56a2da46902868e48b58817565d0c97147e19",
		reply: "000102030405060708090a0b865211e279ac71300914f9d15910a39a13aa6084f278392c106bee86c18b0d96286d3f78fd3bc75ec88f",
	},
	{
		enc:   XChaCha20,
		nonce: "000102030405060708090a0b0c0d0e0f1011121314151617",
		// BLAKE2b-256(X25519(eph, node) ‖ eph pub ‖ node pub).
		key: "87ca29ced9fcf9fb3f413c838f3fb6902d1b97d8ae876f91638b9b3634e66154",
		// nonce ‖ ciphertext ‖ tag.
		layer: "000102030405060708090a0b0c0d0e0f101112131415161767b23afea120c449c369afce4ae4632eb0235cec9487cb45dda6bd4c812b70d80317c1fc3fde5a85d300475c7a",
		reply: "000102030405060708090a0b0c0d0e0f101112131415161767b224efb43cde5ec369bf9714ae2e6ef36555afdcc4c95ddde1bdac147a22a47cdd7dbdcdaa48a523e3",
	},
}

func TestSealVectors(t *testing.T) {
	node, err := NodeKeyFromEd25519(ed25519.NewKeyFromSeed(unhex(t, vecNodeSeed)))
	require.NoError(t, err)
	require.Equal(t, "f1814f0e8ff1043d8a44d25babff3cedcae6c22c3edaa48f857ae70de2baae50", hexOf(node.PublicKey()))
	eph, err := ecdh.X25519().NewPrivateKey(unhex(t, vecEphPriv))
	require.NoError(t, err)
	for _, v := range sealVectors {
		t.Run(string(v.enc), func(t *testing.T) {
			ct, ephPub, key, err := sealWithNonce(v.enc, eph, node.PublicKey(), unhex(t, v.nonce), []byte(vecRequest))
			require.NoError(t, err)
			require.Equal(t, vecEphPub, hexOf(ephPub))
			require.Equal(t, v.key, hexOf(key))
			require.Equal(t, v.layer, hexOf(ct))

			pt, nodeKey, err := node.Open(v.enc, ephPub, unhex(t, v.layer))
			require.NoError(t, err)
			require.Equal(t, vecRequest, string(pt))
			require.Equal(t, v.key, hexOf(nodeKey))

			reply, err := sealWithKey(v.enc, nodeKey, unhex(t, v.nonce), []byte(vecReply))
			require.NoError(t, err)
			require.Equal(t, v.reply, hexOf(reply))
			got, err := OpenReply(v.enc, key, unhex(t, v.reply))
			require.NoError(t, err)
			require.Equal(t, vecReply, string(got))
		})
	}
}

// A whole 3-hop Build with fixed entropy: the SHA-256 of the body and the
// reply key. The bodies hold the JSON bytes too, so a change in the control
// objects also fails here.
func TestBuildVectors(t *testing.T) {
	cases := []struct {
		enc                  EncType
		size                 int
		bodySHA256, replyKey string
	}{
		{AESGCM, 624, "366a2151bdc0c5c4bd8dd60885349ca1ccef6626ca7bb4cd17846693d485d272", "8130643540018ec21584ede110e1f9db159033600d87baf4d87d08843faa93df"},
		{XChaCha20, 666, "892702353962ff5aaf32d6f9b075fa14ec658800ffbcc2bb5501c5496be663f3", "92bc0b4b5c98b1470a95fd3bd788475300b0e52dfee8ef6fa20b1821988ed2e8"},
	}
	for _, tc := range cases {
		t.Run(string(tc.enc), func(t *testing.T) {
			nodes := []testNode{newTestNode(t, 1), newTestNode(t, 11), newTestNode(t, 21)}
			hops := []Hop{nodes[0].hop(), nodes[1].hop(), nodes[2].hop()}
			request := []byte(`{"method":"retrieve","params":{}}`)
			body, _, replyKey, err := buildFrom(hops, request, tc.enc, &detReader{seed: []byte("seshnet onion build vector")})
			require.NoError(t, err)
			sum := sha256.Sum256(body)
			require.Len(t, body, tc.size)
			require.Equal(t, tc.bodySHA256, hexOf(sum[:]))
			require.Equal(t, tc.replyKey, hexOf(replyKey))

			fin := peelAll(t, nodes, body)
			require.Equal(t, request, fin.Request)
			require.Equal(t, tc.replyKey, hexOf(fin.ReplyKey))
		})
	}
}
