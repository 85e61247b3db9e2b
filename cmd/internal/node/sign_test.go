package node

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	corebls "github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/core/kv"
	"github.com/seshnet/seshnet/genesis"
	"github.com/seshnet/seshnet/plugins/host"
	"github.com/seshnet/seshnet/plugins/kit"
	"github.com/seshnet/seshnet/plugins/protocol"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/l2"
	"github.com/seshnet/seshnet/workchain/state"
)

// Session's mainnet staking contract (session-token-contracts
// .openzeppelin/arbitrum-one.json, the ServiceNodeRewards proxy).
var (
	mainnetChainID  = uint64(42161)
	mainnetContract = common.HexToAddress("0xC2B9fC251aC068763EbDfdecc792E3352E351c00")
)

// The tags are built as upstream's own test builds them
// (session-token-contracts test/cpp/src/service_node_list.cpp:29-37:
// hex(base) ‖ chain id left-padded to 32 bytes ‖ address, keccak256), and
// for mainnet they begin and end as computed in
// /work/shared/reviews/2026-12-01-session-wire.md §3.3.
func TestContractTags(t *testing.T) {
	upstream := func(base string, chainID uint64, contract string) [32]byte {
		hexed := hex.EncodeToString([]byte(base)) + u256Hex(chainID) + strings.TrimPrefix(strings.ToLower(contract), "0x")
		raw, err := hex.DecodeString(hexed)
		require.NoError(t, err)
		return [32]byte(crypto.Keccak256(raw))
	}
	tags := contractTagsFor(mainnetChainID, mainnetContract)
	for _, tc := range []struct {
		base       string
		got        [32]byte
		head, tail string
	}{
		{"BLS_SIG_TRYANDINCREMENT_POP", tags.ProofOfPossession, "f8666b8b", "2cb5"},
		{"BLS_SIG_TRYANDINCREMENT_REWARD", tags.Reward, "8ef21a6f", "8ae7"},
		{"BLS_SIG_TRYANDINCREMENT_EXIT", tags.Exit, "130a2474", "0e2a"},
		{"BLS_SIG_TRYANDINCREMENT_LIQUIDATE", tags.Liquidate, "9dfecf2e", "ed3b"},
		{"BLS_SIG_HASH_TO_FIELD_TAG", tags.HashToG2, "d857cbed", "b24e"},
	} {
		t.Run(tc.base, func(t *testing.T) {
			require.Equal(t, upstream(tc.base, mainnetChainID, mainnetContract.Hex()), tc.got)
			h := hex.EncodeToString(tc.got[:])
			require.True(t, strings.HasPrefix(h, tc.head) && strings.HasSuffix(h, tc.tail), "tag %s", h)
		})
	}
	require.NotEqual(t, tags.Exit, contractTagsFor(421614, mainnetContract).Exit, "another chain, another tag")
}

func u256Hex(v uint64) string {
	var b [32]byte
	binary.BigEndian.PutUint64(b[24:], v)
	return hex.EncodeToString(b[:])
}

// chainWithL2 is a real workchain app (badger in t.TempDir()) whose genesis
// registers the node of nk and bls and follows contract on chainID,
// committed at height 1; it answers queries as the node's host API does.
func chainWithL2(t *testing.T, chainID uint64, contract common.Address, nk keys.NodeKey, bls keys.BLSKey) queryFunc {
	t.Helper()
	db, err := kv.Open(t.TempDir(), kv.Options{Logger: zerolog.Nop()})
	require.NoError(t, err)
	t.Cleanup(func() { _ = db.Close() })
	st, err := state.Open(db)
	require.NoError(t, err)
	a, err := app.New(st, "test", zerolog.Nop())
	require.NoError(t, err)
	doc := genesis.WithSoloNodes(genesis.Default(), []genesis.LocalNode{{Ed25519: nk.Public(), BLS: bls.Public[:], Operator: common.HexToAddress("0xbb")}})
	doc.L2 = l2.Genesis{ChainID: chainID, StakingContract: contract, ConfirmationDepth: 1}
	at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	gd, err := genesis.Build("sign-test", doc, at)
	require.NoError(t, err)
	ctx := context.Background()
	_, err = a.InitChain(ctx, &abci.InitChainRequest{Time: at, ChainId: gd.ChainID, AppStateBytes: gd.AppState, InitialHeight: 1})
	require.NoError(t, err)
	_, err = a.FinalizeBlock(ctx, &abci.FinalizeBlockRequest{Height: 1, Time: at.Add(time.Second)})
	require.NoError(t, err)
	_, err = a.Commit(ctx, &abci.CommitRequest{})
	require.NoError(t, err)
	return func(ctx context.Context, path string, height int64) ([]byte, int64, error) {
		res, err := a.Query(ctx, &abci.QueryRequest{Path: path, Height: height})
		if err != nil {
			return nil, 0, err
		}
		if res.Code != 0 {
			return nil, 0, &queryError{res.Log}
		}
		return res.Value, res.Height, nil
	}
}

type queryError struct{ log string }

func (e *queryError) Error() string { return e.log }

// testHome is a node home holding a fresh Ed25519 node key and BLS key.
func testHome(t *testing.T) (Home, keys.NodeKey, keys.BLSKey) {
	t.Helper()
	h := Home(t.TempDir())
	require.NoError(t, os.MkdirAll(h.Path("config"), 0o700))
	require.NoError(t, os.MkdirAll(h.Path("data"), 0o700))
	nk, err := keys.GenerateNodeKey(h.NodeKey(), h.Path("data", "priv_validator_state.json"))
	require.NoError(t, err)
	bls, err := keys.GenerateBLS()
	require.NoError(t, err)
	require.NoError(t, keys.SaveBLS(h.BLSKey(), bls))
	return h, nk, bls
}

// signClock is the node's clock in these tests: the exit and liquidation
// messages below are timestamped with it.
func signClock() time.Time { return time.Unix(exitTime, 0) }

const exitTime = 1_767_225_600

// Messages of the contract's shapes for the mainnet contract.
func contractMessages(bls keys.BLSKey, edPub ed25519.PublicKey) map[string][]byte {
	tags := contractTagsFor(mainnetChainID, mainnetContract)
	u256 := func(v uint64) []byte { var b [32]byte; binary.BigEndian.PutUint64(b[24:], v); return b[:] }
	other := bytes.Repeat([]byte{9}, 64) // another node's key
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	return map[string][]byte{
		protocol.SignRewards:           cat(tags.Reward[:], common.HexToAddress("0xaa").Bytes(), u256(1_000_000)),
		protocol.SignExit:              cat(tags.Exit[:], other, u256(exitTime)),
		protocol.SignLiquidation:       cat(tags.Liquidate[:], other, u256(exitTime)),
		protocol.SignProofOfPossession: cat(tags.ProofOfPossession[:], bls.Public[:], common.HexToAddress("0xbb").Bytes(), edPub),
	}
}

func TestNodeSignerEd25519(t *testing.T) {
	h, nk, bls := testHome(t)
	s, err := newModuleSigner(h, nk, chainWithL2(t, mainnetChainID, mainnetContract, nk, bls), zerolog.Nop())
	require.NoError(t, err)
	msg := []byte("hello")
	sig, pub, err := s.Sign(context.Background(), protocol.SignEd25519, msg)
	require.NoError(t, err)
	require.Equal(t, []byte(nk.Public()), pub)
	require.True(t, ed25519.Verify(nk.Public(), append([]byte("seshnet/ed25519\x00"), msg...), sig))
	require.False(t, ed25519.Verify(nk.Public(), msg, sig), "never a signature over the bare message")
}

// The BLS domains sign only the contract's exact messages, for the
// contract the chain follows, with the contract's scheme (core/bls): each
// signature verifies with the node's BLS key and the hash-to-G2 tag.
func TestNodeSignerBLSShapes(t *testing.T) {
	h, nk, bls := testHome(t)
	s, err := newModuleSigner(h, nk, chainWithL2(t, mainnetChainID, mainnetContract, nk, bls), zerolog.Nop())
	require.NoError(t, err)
	s.now = signClock
	msgs := contractMessages(bls, nk.Public())
	edit := func(domain string, f func([]byte) []byte) []byte { return f(bytes.Clone(msgs[domain])) }
	cases := []struct {
		name, domain string
		msg          []byte
		err          string
	}{
		{"rewards", protocol.SignRewards, msgs[protocol.SignRewards], ""},
		{"exit", protocol.SignExit, msgs[protocol.SignExit], ""},
		{"liquidation", protocol.SignLiquidation, msgs[protocol.SignLiquidation], ""},
		{"proof of possession", protocol.SignProofOfPossession, msgs[protocol.SignProofOfPossession], ""},
		{"rewards too short", protocol.SignRewards, msgs[protocol.SignRewards][:83], "rewards message must be 84 bytes, got 83"},
		{"exit too long", protocol.SignExit, append(bytes.Clone(msgs[protocol.SignExit]), 0), "exit message must be 128 bytes, got 129"},
		{"pop too short", protocol.SignProofOfPossession, msgs[protocol.SignProofOfPossession][:147], "proof_of_possession message must be 148 bytes, got 147"},
		{"an exit message as a liquidation", protocol.SignLiquidation, msgs[protocol.SignExit], "does not begin with the liquidation tag"},
		{"a liquidation message as an exit", protocol.SignExit, msgs[protocol.SignLiquidation], "does not begin with the exit tag"},
		{"another chain's tag", protocol.SignExit, edit(protocol.SignExit, func(m []byte) []byte {
			tag := contractTagsFor(421614, mainnetContract).Exit
			return append(tag[:], m[32:]...)
		}), "does not begin with the exit tag of the chain's staking contract"},
		{"another contract's tag", protocol.SignRewards, edit(protocol.SignRewards, func(m []byte) []byte {
			tag := contractTagsFor(mainnetChainID, common.HexToAddress("0x9d8aB00880CBBdc2Dcd29C179779469A82E7be35")).Reward
			return append(tag[:], m[32:]...)
		}), "does not begin with the rewards tag"},
		{"pop of another BLS key", protocol.SignProofOfPossession, edit(protocol.SignProofOfPossession, func(m []byte) []byte { m[40] ^= 1; return m }), "another BLS key than this node's"},
		{"pop of another Ed25519 key", protocol.SignProofOfPossession, edit(protocol.SignProofOfPossession, func(m []byte) []byte { m[147] ^= 1; return m }), "another Ed25519 key than this node's"},
		{"unknown domain", "withdraw", msgs[protocol.SignRewards], `unknown signing domain "withdraw"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sig, pub, err := s.Sign(context.Background(), tc.domain, tc.msg)
			if tc.err == "" {
				require.NoError(t, err)
				requireBLSSignature(t, bls, tc.msg, sig, pub)
				return
			}
			require.ErrorContains(t, err, tc.err)
			require.Nil(t, sig)
			require.Nil(t, pub)
		})
	}
}

// Once a BLS signing function is plugged in, the signer hands it the
// node's secret, the contract's hash-to-G2 tag and the message, and
// answers with the node's BLS public key.
func TestNodeSignerBLSPlugged(t *testing.T) {
	h, nk, bls := testHome(t)
	s, err := newModuleSigner(h, nk, chainWithL2(t, mainnetChainID, mainnetContract, nk, bls), zerolog.Nop())
	require.NoError(t, err)
	s.now = signClock
	msgs := contractMessages(bls, nk.Public())
	s.blsSign = func(secret *big.Int, dst [32]byte, msg []byte) ([]byte, error) {
		require.Zero(t, secret.Cmp(bls.Secret))
		require.Equal(t, contractTagsFor(mainnetChainID, mainnetContract).HashToG2, dst)
		return append([]byte("sig:"), msg[:4]...), nil
	}
	sig, pub, err := s.Sign(context.Background(), protocol.SignExit, msgs[protocol.SignExit])
	require.NoError(t, err)
	require.Equal(t, bls.Public[:], pub)
	require.Equal(t, append([]byte("sig:"), msgs[protocol.SignExit][:4]...), sig)
}

// The node signs an exit or a liquidation only for a timestamp within
// the contract's signatureExpiry (10 minutes) of its own clock, either
// way: a module, even a compromised one, cannot get a signature that
// stays valid later, nor one already expired. Other domains carry no
// timestamp.
func TestNodeSignerRefusesExitsOutOfTime(t *testing.T) {
	h, nk, bls := testHome(t)
	s, err := newModuleSigner(h, nk, chainWithL2(t, mainnetChainID, mainnetContract, nk, bls), zerolog.Nop())
	require.NoError(t, err)
	s.now = signClock
	msgs := contractMessages(bls, nk.Public())
	at := func(domain string, ts *big.Int) []byte {
		m := bytes.Clone(msgs[domain])
		ts.FillBytes(m[96:])
		return m
	}
	huge := new(big.Int).Lsh(big.NewInt(1), 255)
	for _, domain := range []string{protocol.SignExit, protocol.SignLiquidation} {
		for _, tc := range []struct {
			ts  *big.Int
			err string
		}{
			{big.NewInt(exitTime - 600), ""},
			{big.NewInt(exitTime + 600), ""},
			{big.NewInt(exitTime - 601), fmt.Sprintf("the %s message's timestamp %d is -601 s from this node's clock (%d): at most 600 s allowed", domain, exitTime-601, exitTime)},
			{big.NewInt(exitTime + 601), "is 601 s from this node's clock"},
			{big.NewInt(0), "timestamp 0 is -1767225600 s"},
			{huge, "timestamp " + huge.String() + " is"},
		} {
			t.Run(domain+"/"+tc.ts.String(), func(t *testing.T) {
				msg := at(domain, tc.ts)
				sig, pub, err := s.Sign(context.Background(), domain, msg)
				if tc.err == "" {
					require.NoError(t, err)
					requireBLSSignature(t, bls, msg, sig, pub)
					return
				}
				require.ErrorContains(t, err, tc.err)
				require.Nil(t, sig)
			})
		}
	}
	s.now = func() time.Time { return signClock().Add(time.Hour) }
	_, _, err = s.Sign(context.Background(), protocol.SignRewards, msgs[protocol.SignRewards])
	require.NoError(t, err, "a reward message has no timestamp")
	_, _, err = s.Sign(context.Background(), protocol.SignExit, msgs[protocol.SignExit])
	require.ErrorContains(t, err, "is -3600 s from this node's clock")
}

func TestNodeSignerBLSNeeds(t *testing.T) {
	h, nk, bls := testHome(t)
	msgs := contractMessages(bls, nk.Public())
	t.Run("a staking contract", func(t *testing.T) {
		s, err := newModuleSigner(h, nk, chainWithL2(t, mainnetChainID, common.Address{}, nk, bls), zerolog.Nop())
		require.NoError(t, err)
		_, _, err = s.Sign(context.Background(), protocol.SignExit, msgs[protocol.SignExit])
		require.ErrorContains(t, err, "name no staking contract")
	})
	t.Run("a BLS key", func(t *testing.T) {
		require.NoError(t, os.Remove(h.BLSKey()))
		s, err := newModuleSigner(h, nk, chainWithL2(t, mainnetChainID, mainnetContract, nk, bls), zerolog.Nop())
		require.NoError(t, err, "a home without a BLS key still runs")
		_, _, err = s.Sign(context.Background(), protocol.SignExit, msgs[protocol.SignExit])
		require.ErrorContains(t, err, "this node has no BLS key")
		sig, _, err := s.Sign(context.Background(), protocol.SignEd25519, []byte("m"))
		require.NoError(t, err)
		require.NotEmpty(t, sig)
	})
	t.Run("a readable BLS key", func(t *testing.T) {
		require.NoError(t, os.WriteFile(h.BLSKey(), []byte("{"), 0o600))
		_, err := newModuleSigner(h, nk, chainWithL2(t, mainnetChainID, mainnetContract, nk, bls), zerolog.Nop())
		require.Error(t, err, "a corrupt key file stops the node")
	})
}

// A real module process asks the node to sign through the plugin host:
// the Ed25519 signature verifies with the node's public key; the BLS
// domains reach the node's checks; a domain the module is not granted is
// refused.
func TestModuleSignsThroughHost(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a plugin binary")
	}
	bin := filepath.Join(t.TempDir(), "seshd-testplugin")
	out, err := exec.Command("go", "build", "-o", bin, "../../../plugins/host/testdata/testplugin").CombinedOutput()
	require.NoError(t, err, string(out))
	h, nk, bls := testHome(t)
	query := chainWithL2(t, mainnetChainID, mainnetContract, nk, bls)
	signer, err := newModuleSigner(h, nk, query, zerolog.Nop())
	require.NoError(t, err)
	signer.now = signClock
	mh, err := host.New(host.Config{
		Modules: map[string]host.ModuleConfig{"alpha": {Enabled: true, Path: bin, SignDomains: []string{"ed25519", "exit"}}},
		DataDir: t.TempDir(), ChainID: "sign-test",
	}, nil, zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.WarnLevel), host.WithSigner(signer))
	require.NoError(t, err)
	mh.Start(context.Background())
	t.Cleanup(mh.Stop)

	sign := func(domain string, msg []byte) (sig, pub []byte, err error) {
		payload, _ := json.Marshal(map[string]any{"domain": domain, "message": msg})
		out, err := mh.Call(context.Background(), "alpha", "sign", payload)
		if err != nil {
			return nil, nil, err
		}
		var a struct{ Sig, Pub []byte }
		require.NoError(t, json.Unmarshal(out, &a))
		return a.Sig, a.Pub, nil
	}
	msg := []byte("statement")
	sig, pub, err := sign("ed25519", msg)
	require.NoError(t, err)
	require.Equal(t, []byte(nk.Public()), pub)
	require.True(t, kit.VerifyEd25519(nk.Public(), msg, sig))

	msgs := contractMessages(bls, nk.Public())
	sig, pub, err = sign("exit", msgs[protocol.SignExit])
	require.NoError(t, err)
	requireBLSSignature(t, bls, msgs[protocol.SignExit], sig, pub)
	_, _, err = sign("exit", msgs[protocol.SignExit][:100])
	require.ErrorContains(t, err, "exit message must be 128 bytes, got 100")
	_, _, err = sign("rewards", msgs[protocol.SignRewards])
	require.ErrorContains(t, err, `module alpha may not sign in domain "rewards"`)
}

// seshd.toml's sign_domains reaches the host: absent gives the built-in
// defaults, an empty list none, a typo stops the load.
func TestHostConfigSignDomains(t *testing.T) {
	cases := []struct {
		name, toml string
		want       []string
		err        string
	}{
		{"absent", "[modules.bridge]\nenabled = true\n", []string{"exit", "liquidation", "proof_of_possession", "rewards"}, ""},
		{"empty", "[modules.bridge]\nenabled = true\nsign_domains = []\n", []string{}, ""},
		{"override", "[modules.bridge]\nenabled = true\nsign_domains = [\"exit\"]\n", []string{"exit"}, ""},
		{"typo", "[modules.bridge]\nenabled = true\nsign_domains = [\"exti\"]\n", nil, `modules.bridge.sign_domains: unknown signing domain "exti"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := Home(t.TempDir())
			require.NoError(t, os.MkdirAll(h.Path("config"), 0o700))
			require.NoError(t, os.WriteFile(h.SeshdConfig(), []byte(tc.toml), 0o600))
			hc, err := hostConfig(h, "c")
			if tc.err != "" {
				require.ErrorContains(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, host.SignDomainsOf("bridge", hc.Modules["bridge"]))
		})
	}
}

// checkBLSMessage reads bytes a module sent: it never panics, and what it
// accepts is the domain's length and begins with the domain's tag.
func FuzzCheckBLSMessage(f *testing.F) {
	edPub := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, ed25519.SeedSize)).Public().(ed25519.PublicKey)
	var bls keys.BLSKey
	copy(bls.Public[:], bytes.Repeat([]byte{2}, 64))
	for _, m := range contractMessages(bls, edPub) {
		f.Add(uint8(0), m)
		f.Add(uint8(3), m)
	}
	tags := contractTagsFor(mainnetChainID, mainnetContract)
	domains := protocol.SignDomains()
	f.Fuzz(func(t *testing.T, d uint8, msg []byte) {
		domain := domains[int(d)%len(domains)]
		if checkBLSMessage(domain, msg, tags, bls.Public, edPub) != nil {
			return
		}
		want := map[string]int{"rewards": rewardsMessageLen, "exit": exitMessageLen, "liquidation": exitMessageLen, "proof_of_possession": popMessageLen}[domain]
		require.Len(t, msg, want)
		require.Contains(t, [][]byte{tags.Reward[:], tags.Exit[:], tags.Liquidate[:], tags.ProofOfPossession[:]}, msg[:32])
	})
}

// requireBLSSignature checks sig is the node's BN254 signature of msg under
// the mainnet test contract's hash-to-G2 tag, as the contract verifies it.
func requireBLSSignature(t *testing.T, key keys.BLSKey, msg, sig, pub []byte) {
	t.Helper()
	require.Equal(t, key.Public[:], pub)
	pk, err := corebls.PublicKeyFromBytes(pub)
	require.NoError(t, err)
	decoded, err := corebls.SignatureFromBytes(sig)
	require.NoError(t, err)
	require.NoError(t, corebls.Verify(pk, msg, decoded, contractTagsFor(mainnetChainID, mainnetContract).HashToG2))
	require.Error(t, corebls.Verify(pk, append([]byte{msg[0] ^ 1}, msg[1:]...), decoded, contractTagsFor(mainnetChainID, mainnetContract).HashToG2))
}
