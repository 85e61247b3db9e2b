package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/oxensnap"
	coreoxen "github.com/seshnet/seshnet/core/oxen"
	"github.com/seshnet/seshnet/workchain/oxen"
)

// sampleKeysFile writes a small sample's keys file.
func sampleKeysFile(t *testing.T) (string, *oxensnap.SampleKeys) {
	t.Helper()
	_, keys, err := oxensnap.Sample(1, 4, 40)
	require.NoError(t, err)
	raw, err := json.Marshal(keys)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "sample.json.keys.json")
	require.NoError(t, os.WriteFile(path, raw, 0o600))
	return path, keys
}

// TestSignClaimThenCheck: sign-claim with a sample holder's keys (by index
// and by address) prints a signature the claim's local check accepts for
// that chain and "to", and refuses for another chain or another "to".
func TestSignClaimThenCheck(t *testing.T) {
	path, keys := sampleKeysFile(t)
	h := keys.Holders[3]
	to := "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"

	out, err := runMsgCmd(context.Background(), "oxen", "sign-claim", "--keys", path, "--holder", "3", "--to", to, "--chain-id", "seshnet-test-1")
	require.NoError(t, err)
	sig := strings.TrimSpace(out)
	require.True(t, strings.HasPrefix(sig, coreoxen.SigPrefix), sig)
	require.Len(t, sig, 93)

	a, err := parseClaimArgs(h.OxenAddress, to, sig)
	require.NoError(t, err)
	require.NoError(t, a.verify("seshnet-test-1"))
	require.ErrorIs(t, a.verify("seshnet-other-1"), coreoxen.ErrSigInvalid)
	other, err := parseClaimArgs(h.OxenAddress, "0x000000000000000000000000000000000000dEaD", sig)
	require.NoError(t, err)
	require.ErrorIs(t, other.verify("seshnet-test-1"), coreoxen.ErrSigInvalid)

	out, err = runMsgCmd(context.Background(), "oxen", "sign-claim", "--keys", path, "--oxen-address", h.OxenAddress, "--to", to, "--chain-id", "seshnet-test-1", "-o", "json")
	require.NoError(t, err)
	var j map[string]string
	require.NoError(t, json.Unmarshal([]byte(out), &j))
	require.Equal(t, h.OxenAddress, j["oxen_address"])
	require.Equal(t, "seshnet oxen claim v1 chain=seshnet-test-1 to=0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", j["message"])
	a.sig = j["signature"]
	require.NoError(t, a.verify("seshnet-test-1"))
}

func TestSignClaimRefusals(t *testing.T) {
	path, keys := sampleKeysFile(t)
	to := "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"
	sign := func(extra ...string) []string {
		return append([]string{"oxen", "sign-claim", "--keys", path, "--to", to, "--chain-id", "c"}, extra...)
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no holder", sign(), "give one of --holder and --oxen-address"},
		{"both", sign("--holder", "1", "--oxen-address", keys.Holders[0].OxenAddress), "give one of --holder and --oxen-address"},
		{"past the holders", sign("--holder", "40"), "--holder 40: " + path + " has 40 holders"},
		{"unknown address", sign("--oxen-address", "L123"), "not a holder of"},
		{"bad to", []string{"oxen", "sign-claim", "--keys", path, "--holder", "1", "--to", "0x12"}, "--to: want 0x and 40 hex digits"},
		{"no keys", []string{"oxen", "sign-claim", "--holder", "1", "--to", to, "--chain-id", "c"}, "--keys is required"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := runMsgCmd(context.Background(), tc.args...)
			require.ErrorContains(t, err, tc.want)
		})
	}

	// Keys that are not the address's are an error, not a bad signature.
	h := keys.Holders[0]
	h.SpendSecret = keys.Holders[1].SpendSecret
	_, _, err := signClaim(h, "c", common.Address{1})
	require.ErrorContains(t, err, "the holder's spend secret is not its address's")
}

// TestClaimFlags: `seshd oxen claim` refuses what it can before reaching
// for the node.
func TestClaimFlags(t *testing.T) {
	_, keys := sampleKeysFile(t)
	addr := keys.Holders[0].OxenAddress
	parsed, err := coreoxen.ParseAddress(addr)
	require.NoError(t, err)
	integrated := parsed
	integrated.Kind, integrated.PaymentID = coreoxen.Integrated, [8]byte{7}
	sig := "SigV1" + strings.Repeat("1", 88)
	claim := func(a, to, s string) []string {
		return []string{"oxen", "claim", "--node", "http://127.0.0.1:1", "--oxen-address", a, "--to", to, "--signature", s}
	}
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"missing signature", claim(addr, "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", ""), "--oxen-address, --to and --signature are all required"},
		{"bad address", claim(strings.Replace(addr, addr[5:6], "x", 1)+"1", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", sig), "--oxen-address:"},
		{"integrated", claim(integrated.String(), "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", sig), "--oxen-address: an integrated address; claim with the wallet's primary (standard) address"},
		{"bad to", claim(addr, "5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", sig), "--to: want 0x and 40 hex digits"},
		{"no node", claim(addr, "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", sig), "status of http://127.0.0.1:1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := runMsgCmd(context.Background(), tc.args...)
			require.ErrorContains(t, err, tc.want)
		})
	}
}

// TestExplainClaim: each refusal code of the oxen codespace, from CheckTx
// or the block, gets the holder's reason; the query's not-found is "no
// coins"; other errors pass as they are.
func TestExplainClaim(t *testing.T) {
	for code, reason := range claimReasons {
		for _, raw := range []string{
			"claim: transaction refused: code " + itoa(code) + " (oxen): details",
			"refused in block 9: code " + itoa(code) + " (oxen): details",
		} {
			err := explainClaim(errors.New(raw))
			require.ErrorContains(t, err, "claim refused (oxen code "+itoa(code)+"): "+reason)
			require.ErrorContains(t, err, raw)
		}
	}
	require.ErrorContains(t, explainClaim(errors.New("query /oxen/claim/L1: code 102: not found")), claimReasons[oxen.CodeNoBalance])
	plain := errors.New("transaction refused: code 5 (app): stale nonce")
	require.Equal(t, plain, explainClaim(plain))
}

func itoa(c uint32) string { return strconv.FormatUint(uint64(c), 10) }

// TestOxenQueryText: the text forms of the claim view and the totals.
func TestOxenQueryText(t *testing.T) {
	require.Equal(t, "L1: 5 atomic SESH, not claimed", claimViewText(oxen.ClaimView{OxenAddress: "L1", Amount: "5"}))
	require.Equal(t, "L1: 5 atomic SESH, claimed at height 9 to 0xAb", claimViewText(oxen.ClaimView{OxenAddress: "L1", Amount: "5", Claimed: true, ClaimedHeight: 9, To: "0xAb"}))
	v := oxen.TotalsView{
		Snapshot: oxen.Snapshot{Height: 10, Hash: []byte{0xab}, Network: "mainnet"}, ClaimsCloseHeight: 50, NodesCarried: 2,
		Budgets:   oxen.PoolTotals{Addresses: 1, Imported: "9", Claimed: "0", Unclaimed: "9"},
		Coins:     oxen.PoolTotals{Addresses: 2, Imported: "200", Claimed: "123", Unclaimed: "77"},
		BonusPool: "30", ClaimsPool: "1000",
	}
	require.Equal(t, `snapshot: Oxen mainnet height 10, hash ab
nodes carried: 2
budgets: 1 addresses, imported 9, claimed 0, unclaimed 9
coins:   2 addresses, imported 200, claimed 123, unclaimed 77
pools: bonus 30, claims 1000
claims close after height 50`, totalsText(v))
	v.Closed = &oxen.ClosedView{Height: 50, Addresses: 1, NeverClaimed: "77"}
	require.True(t, strings.HasSuffix(totalsText(v), "claims closed at height 50: 77 atomic SESH of 1 addresses never claimed"))
}
