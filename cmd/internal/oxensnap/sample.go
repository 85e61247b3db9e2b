package oxensnap

import (
	"crypto/ed25519"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/seshnet/seshnet/core/bls"
	coreoxen "github.com/seshnet/seshnet/core/oxen"
)

// OXEN is one OXEN in atomic units.
const OXEN uint64 = 1_000_000_000

// Session's parameters (docs/migration.md): 0.54 SESH per OXEN (oxen-core
// sesh_transition/mainnet.cpp conv_ratio{54, 100}), 30 M SESH for each
// pool, and Oxen's 15,000 OXEN staking requirement.
const (
	SessionRatio           = "54/100"
	SessionPool     uint64 = 30_000_000 * 1_000_000_000
	OxenRequirement        = 15_000 * OXEN
)

// SampleKeys are the secrets behind a sample snapshot, written beside it:
// each holder's Oxen wallet keys (Monero-style scalars, little-endian, with
// public = secret·G) and Ethereum key, and each node's Ed25519 seed and
// BLS secret. Tests sign claims and run carried nodes with them.
type SampleKeys struct {
	Seed uint64 `json:"seed"`
	// Network is the Oxen network of the holders' addresses (mainnet).
	Network string       `json:"network"`
	Holders []HolderKeys `json:"holders"`
	Nodes   []NodeKeys   `json:"nodes"`
}

// HolderKeys are one holder's keys.
type HolderKeys struct {
	OxenAddress   string `json:"oxen_address"`
	SpendSecret   string `json:"spend_secret"`
	SpendPublic   string `json:"spend_public"`
	ViewSecret    string `json:"view_secret"`
	ViewPublic    string `json:"view_public"`
	EthAddress    string `json:"eth_address"`
	EthPrivateKey string `json:"eth_private_key"`
	// Registered says whether the holder registered its Ethereum address
	// for the transition in the snapshot.
	Registered bool `json:"registered"`
}

// NodeKeys are one node's keys.
type NodeKeys struct {
	Ed25519     string `json:"ed25519"`
	Ed25519Seed string `json:"ed25519_seed"`
	BLSSecret   string `json:"bls_secret,omitempty"`
}

// holder is a sample holder while the snapshot is made.
type holder struct {
	addr       coreoxen.Address
	text       string
	eth        common.Address
	registered bool
}

// Sample makes a deterministic synthetic mainnet snapshot of nodes service
// nodes and holders wallets from seed: about half the nodes fully
// registered and carried, the others partly registered, unregistered,
// without a BLS key or partly funded; stakes, rewards, bonus points and
// coin balances spread over the holders.
func Sample(seed uint64, nodes, holders int) (*Snapshot, *SampleKeys, error) {
	if nodes < 1 || holders < 40 {
		return nil, nil, fmt.Errorf("sample: want at least 1 node and 40 holders, have %d and %d", nodes, holders)
	}
	r := rand.New(rand.NewPCG(seed, 0x6f78656e)) //nolint:gosec // a deterministic sample, not a secret
	keys := &SampleKeys{Seed: seed, Network: coreoxen.Mainnet.String()}
	hs := make([]holder, holders)
	for i := range hs {
		// 7 in 10 holders registered an Ethereum address: every node
		// finds the registered and unregistered contributors it draws.
		h, k, err := sampleHolder(seed, i, i%10 < 7)
		if err != nil {
			return nil, nil, err
		}
		hs[i] = h
		keys.Holders = append(keys.Holders, k)
	}
	hash := sha256.Sum256(binary.BigEndian.AppendUint64([]byte("oxen-sample"), seed))
	s := &Snapshot{
		Version: Version, Height: 1_500_000 + seed%1000, Hash: hex.EncodeToString(hash[:]),
		Params: Params{Ratio: SessionRatio, BonusPool: A(SessionPool), ClaimsPool: A(SessionPool)},
	}
	staked := map[int]uint64{}
	for i := 0; i < nodes; i++ {
		n, nk, err := sampleNode(r, seed, i, hs, staked)
		if err != nil {
			return nil, nil, err
		}
		s.ServiceNodes = append(s.ServiceNodes, n)
		keys.Nodes = append(keys.Nodes, nk)
	}
	sampleBalances(r, s, hs, staked)
	s.Totals = totalsOf(s)
	return s, keys, s.Check()
}

// derive is 32 deterministic bytes for (seed, what, i).
func derive(seed uint64, what string, i int) []byte {
	h := sha256.New()
	h.Write([]byte("seshnet oxen sample\x00" + what + "\x00"))
	h.Write(binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, seed), uint64(i)))
	return h.Sum(nil)
}

// curveOrder is l, the order of Ed25519's base point.
var curveOrder, _ = new(big.Int).SetString("7237005577332262213973186563042994240857116359379907606001950938285454250989", 10)

// moneroKey is a Monero-style key pair from a seed: the secret is the
// Ed25519 clamped scalar of the seed reduced mod l (little-endian), so the
// public key, Ed25519's, is secret·G.
func moneroKey(seed []byte) (secret, public [32]byte) {
	copy(public[:], ed25519.NewKeyFromSeed(seed).Public().(ed25519.PublicKey))
	d := sha512.Sum512(seed)
	d[0] &= 248
	d[31] &= 127
	d[31] |= 64
	be := make([]byte, 32)
	for i := range be {
		be[i] = d[31-i]
	}
	v := new(big.Int).Mod(new(big.Int).SetBytes(be), curveOrder).FillBytes(make([]byte, 32))
	for i := range secret {
		secret[i] = v[31-i]
	}
	return secret, public
}

func sampleHolder(seed uint64, i int, registered bool) (holder, HolderKeys, error) {
	spendSec, spendPub := moneroKey(derive(seed, "spend", i))
	viewSec, viewPub := moneroKey(derive(seed, "view", i))
	ethKey, err := crypto.ToECDSA(derive(seed, "eth", i))
	if err != nil {
		return holder{}, HolderKeys{}, fmt.Errorf("sample holder %d: %w", i, err)
	}
	a := coreoxen.Address{Network: coreoxen.Mainnet, Kind: coreoxen.Standard, Spend: spendPub, View: viewPub}
	h := holder{addr: a, text: a.String(), eth: crypto.PubkeyToAddress(ethKey.PublicKey), registered: registered}
	return h, HolderKeys{
		OxenAddress: h.text, SpendSecret: hex.EncodeToString(spendSec[:]), SpendPublic: hex.EncodeToString(spendPub[:]),
		ViewSecret: hex.EncodeToString(viewSec[:]), ViewPublic: hex.EncodeToString(viewPub[:]),
		EthAddress: h.eth.Hex(), EthPrivateKey: hex.EncodeToString(crypto.FromECDSA(ethKey)), Registered: registered,
	}, nil
}

// splits are the fully funded stake splits the sample uses, in OXEN: all
// meet Oxen's (and, converted, the registry's) operator minimum of 25%.
var splits = [][]uint64{{15000}, {7500, 7500}, {5000, 5000, 5000}, {3750, 3750, 3750, 3750}, {3750, 11250}, {6000, 4500, 4500}}

// sampleNode makes node i: kind 0-49 fully registered, 50-64 one
// contributor unregistered, 65-74 no contributor registered, 75-84 no BLS
// key, 85-99 partly funded (the last contributor's stake missing).
func sampleNode(r *rand.Rand, seed uint64, i int, hs []holder, staked map[int]uint64) (ServiceNode, NodeKeys, error) {
	edSeed := derive(seed, "node", i)
	pub := ed25519.NewKeyFromSeed(edSeed).Public().(ed25519.PublicKey)
	blsSec, err := bls.SecretKeyFromBig(new(big.Int).SetBytes(derive(seed, "bls", i)))
	if err != nil {
		return ServiceNode{}, NodeKeys{}, err
	}
	blsPub := blsSec.PublicKey().Bytes()
	blsHex := hex.EncodeToString(blsPub[:])
	nk := NodeKeys{Ed25519: hex.EncodeToString(pub), Ed25519Seed: hex.EncodeToString(edSeed), BLSSecret: blsSec.Big().Text(16)}
	kind := r.IntN(100)
	split := splits[r.IntN(len(splits))]
	if kind >= 85 && len(split) == 1 {
		split = splits[1]
	}
	n := ServiceNode{
		Ed25519: nk.Ed25519, BLS: &blsHex, RegistrationHeight: uint64(r.IntN(1_000_000)),
		StakingRequirement: A(OxenRequirement), FeeBP: uint32(r.IntN(11)) * 100,
	}
	if kind >= 75 && kind < 85 {
		n.BLS, nk.BLSSecret = nil, ""
	}
	if kind >= 85 {
		split = split[:len(split)-1]
	}
	used := map[int]bool{}
	for j, amount := range split {
		h := pickHolder(r, hs, used, registeredFor(kind, j))
		c := Contributor{OxenAddress: hs[h].text, Amount: A(amount * OXEN)}
		if hs[h].registered {
			eth := hs[h].eth
			c.EthAddress = &eth
		}
		n.Contributors = append(n.Contributors, c)
		staked[h] += amount * OXEN
	}
	n.Operator = n.Contributors[0].OxenAddress
	return n, nk, nil
}

// registeredFor is whether contributor j of a node of this kind should be
// a registered holder (true), an unregistered one (false).
func registeredFor(kind, j int) bool {
	switch {
	case kind >= 50 && kind < 65:
		return j != 0 // the operator did not register
	case kind >= 65 && kind < 75:
		return false
	}
	return true
}

// pickHolder draws a holder with the wanted registration, not yet in the
// node.
func pickHolder(r *rand.Rand, hs []holder, used map[int]bool, registered bool) int {
	for {
		h := r.IntN(len(hs))
		if !used[h] && hs[h].registered == registered {
			used[h] = true
			return h
		}
	}
}

// sampleBalances gives stakers rewards and bonus points, and most holders
// a coin balance.
func sampleBalances(r *rand.Rand, s *Snapshot, hs []holder, staked map[int]uint64) {
	for i, h := range hs {
		var eth *common.Address
		if h.registered {
			e := h.eth
			eth = &e
		}
		if st := staked[i]; st > 0 {
			s.Rewards = append(s.Rewards, Balance{OxenAddress: h.text, Amount: A(uint64(1+r.IntN(200)) * OXEN), EthAddress: eth})
			if h.registered {
				// Points accrue with the OXEN staked and how long (80-120%).
				s.BonusPoints = append(s.BonusPoints, Points{EthAddress: h.eth, Points: A(st / OXEN * uint64(80+r.IntN(41)))})
			}
		}
		if r.IntN(10) < 8 {
			s.Coins = append(s.Coins, Balance{OxenAddress: h.text, Amount: A(uint64(1+r.IntN(50_000))*OXEN + uint64(r.IntN(int(OXEN))))})
		}
	}
}

// totalsOf is what a snapshot's entries add up to.
func totalsOf(s *Snapshot) Totals {
	var t Totals
	for _, n := range s.ServiceNodes {
		for _, c := range n.Contributors {
			t.Staked.v += c.Amount.v
		}
	}
	for _, b := range s.Rewards {
		t.Rewards.v += b.Amount.v
	}
	for _, b := range s.Coins {
		t.Coins.v += b.Amount.v
	}
	for _, p := range s.BonusPoints {
		t.BonusPoints.v += p.Points.v
	}
	return t
}
