package claim

import (
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/core/codec"
	"github.com/seshnet/seshnet/modules/bridge/l2sign"
)

// ExitSignPath is the bridge's endpoint that signs a node's exit (or
// liquidation) message.
const ExitSignPath = "/exit/v1/sign"

// Kinds of ExitSignRequest.
const (
	KindExit        = "exit"
	KindLiquidation = "liquidation"
)

// ExitSignRequest asks a node to sign kind's message for the node with
// this Ed25519 key (hex) at timestamp (Unix seconds).
type ExitSignRequest struct {
	Ed25519Pubkey string `json:"ed25519_pubkey"`
	Timestamp     uint64 `json:"timestamp"`
	Kind          string `json:"kind"`
}

// ExitSignResponse is a node's answer: its BLS signature (0x, 128 bytes,
// BLSSignatureParams) over exitTag ‖ X ‖ Y ‖ uint256 timestamp, X ‖ Y the
// exiting node's key, and the signing node's key (0x, 64 bytes; shown, not
// trusted: signatures are checked under the contract's keys).
type ExitSignResponse struct {
	Signature       string `json:"signature"`
	SignerBLSPubkey string `json:"signer_bls_pubkey"`
}

// ExitResult is what Exit did.
type ExitResult struct {
	ServiceNodeID uint64      `json:"service_node_id"`
	Ed25519       codec.Hex   `json:"ed25519"`
	BLSPubkey     codec.Hex   `json:"bls_pubkey"`
	Timestamp     uint64      `json:"timestamp"`
	Signers       []uint64    `json:"signers"`
	NonSigners    []NonSigner `json:"non_signers,omitempty"`
	Tx            common.Hash `json:"tx"`
}

// Exit removes the node with Ed25519 key node from the staking contract
// with the network's signature (exitBLSPublicKeyWithSignature), sent and
// paid by key. The network signs only for a node whose exit the workchain
// allows (its unlock reached).
func (c *Client) Exit(ctx context.Context, key *ecdsa.PrivateKey, node ed25519.PublicKey) (*ExitResult, error) {
	return c.leave(ctx, key, node, KindExit)
}

// Liquidate removes a deregistered node whose lock is over from the
// staking contract with the network's signature
// (liquidateBLSPublicKeyWithSignature): the contract takes its penalty from
// the operator's stake (part to the sender) and returns the rest. The
// network signs only for a node the workchain says is liquidatable.
func (c *Client) Liquidate(ctx context.Context, key *ecdsa.PrivateKey, node ed25519.PublicKey) (*ExitResult, error) {
	return c.leave(ctx, key, node, KindLiquidation)
}

// leave is Exit or Liquidate.
func (c *Client) leave(ctx context.Context, key *ecdsa.PrivateKey, node ed25519.PublicKey, kind string) (*ExitResult, error) {
	if len(node) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("a node's Ed25519 key is %d bytes, got %d", ed25519.PublicKeySize, len(node))
	}
	id, err := c.staking.Ed25519ToServiceNodeID(&bind.CallOpts{Context: ctx}, new(big.Int).SetBytes(node))
	if err != nil {
		return nil, fmt.Errorf("staking contract ed25519ToServiceNodeID: %w", err)
	}
	if id == 0 {
		return nil, fmt.Errorf("the staking contract has no node with Ed25519 key %x (liquidated or exited already?)", []byte(node))
	}
	net, err := c.Network(ctx)
	if err != nil {
		return nil, err
	}
	leaving, ok := nodeByID(net, id)
	if !ok {
		return nil, fmt.Errorf("node %d is no longer in the staking contract's list", id)
	}
	ts := uint64(c.opts.Now().Unix())
	sigs, err := c.signLeave(ctx, net, node, leaving.BLS, ts, kind)
	if err != nil {
		return nil, err
	}
	res := &ExitResult{ServiceNodeID: id, Ed25519: codec.Hex(node), BLSPubkey: leaving.BLSPubkey, Timestamp: ts,
		Signers: sigs.Signers, NonSigners: sigs.NonSigners}
	opts, err := c.transactor(ctx, key)
	if err != nil {
		return nil, err
	}
	send, what := c.staking.ExitBLSPublicKeyWithSignature, "exitBLSPublicKeyWithSignature"
	if kind == KindLiquidation {
		send, what = c.staking.LiquidateBLSPublicKeyWithSignature, "liquidateBLSPublicKeyWithSignature"
	}
	tx, err := send(opts, l2sign.G1(leaving.BLS), new(big.Int).SetUint64(ts), l2sign.Params(sigs.Signature), sigs.NonSignerIDs())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, explain(err))
	}
	res.Tx = tx.Hash()
	if _, err := c.mined(ctx, what, tx); err != nil {
		return res, err
	}
	return res, nil
}

// SignExit gathers the network's signature over the contract's exit
// message for the node with Ed25519 key node and BLS key pk (the
// contract's) at ts.
func (c *Client) SignExit(ctx context.Context, net *Network, node ed25519.PublicKey, pk bls.PublicKey, ts uint64) (*Signatures, error) {
	return c.signLeave(ctx, net, node, pk, ts, KindExit)
}

// signLeave gathers the network's signature over kind's message (exit or
// liquidation) for the node.
func (c *Client) signLeave(ctx context.Context, net *Network, node ed25519.PublicKey, pk bls.PublicKey, ts uint64, kind string) (*Signatures, error) {
	body, err := json.Marshal(ExitSignRequest{Ed25519Pubkey: hex.EncodeToString(node), Timestamp: ts, Kind: kind})
	if err != nil {
		return nil, err
	}
	msg := bls.ExitMessage(net.ExitTag, pk, ts)
	if kind == KindLiquidation {
		msg = bls.LiquidateMessage(net.LiquidateTag, pk, ts)
	}
	return c.gather(ctx, net, request{path: ExitSignPath, body: body, msg: msg, answer: decodeExitAnswer})
}

// decodeExitAnswer reads a node's /exit/v1/sign answer. Its message is
// the one asked for or the signature fails to verify, so nothing else in
// the answer needs checking.
func decodeExitAnswer(raw []byte) (bls.Signature, error) {
	var res ExitSignResponse
	if err := json.Unmarshal(raw, &res); err != nil {
		return bls.Signature{}, fmt.Errorf("answer: %w", err)
	}
	return decodeSignature(res.Signature)
}

func nodeByID(net *Network, id uint64) (Node, bool) {
	for _, n := range net.Nodes {
		if n.ID == id {
			return n, true
		}
	}
	return Node{}, false
}

// ExitByID is Exit for the contract's node id (what `seshd l2 register`
// printed): its Ed25519 key is read from the contract.
func (c *Client) ExitByID(ctx context.Context, key *ecdsa.PrivateKey, id uint64) (*ExitResult, error) {
	node, err := c.nodeKeyOf(ctx, id)
	if err != nil {
		return nil, err
	}
	return c.Exit(ctx, key, node)
}

// nodeKeyOf is the Ed25519 key the contract holds for node id.
func (c *Client) nodeKeyOf(ctx context.Context, id uint64) (ed25519.PublicKey, error) {
	sn, err := c.staking.ServiceNodes(&bind.CallOpts{Context: ctx}, id)
	if err != nil {
		return nil, fmt.Errorf("staking contract serviceNodes(%d): %w", id, err)
	}
	if sn.Ed25519Pubkey == nil || sn.Ed25519Pubkey.Sign() == 0 || sn.Ed25519Pubkey.BitLen() > 256 {
		return nil, fmt.Errorf("the staking contract has no node %d (liquidated or exited already?)", id)
	}
	node := make([]byte, ed25519.PublicKeySize)
	sn.Ed25519Pubkey.FillBytes(node)
	return node, nil
}

// NodeKeyOfBLS is the Ed25519 key the contract holds for the node with
// BLS key pub (64 bytes, X ‖ Y).
func (c *Client) NodeKeyOfBLS(ctx context.Context, pub []byte) (ed25519.PublicKey, error) {
	pk, err := bls.PublicKeyFromBytes(pub)
	if err != nil {
		return nil, fmt.Errorf("BLS key: %w", err)
	}
	net, err := c.Network(ctx)
	if err != nil {
		return nil, err
	}
	for _, n := range net.Nodes {
		if n.BLS.Equal(pk) {
			return c.nodeKeyOf(ctx, n.ID)
		}
	}
	return nil, fmt.Errorf("the staking contract has no node with BLS key %x (liquidated or exited already?)", pub)
}
