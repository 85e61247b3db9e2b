package claim

import (
	"bytes"
	"cmp"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"sync"

	"github.com/seshnet/seshnet/core/bls"
	"github.com/seshnet/seshnet/core/codec"
	"github.com/seshnet/seshnet/modules/n2n"
)

// maxAnswer bounds a node's answer: a signature answer is a few hundred
// bytes, so anything near this is not one.
const maxAnswer = 8 << 10

// maxReason bounds the part of a node's refusal quoted in a reason.
const maxReason = 200

// NonSigner is a contract node whose signature is not in the aggregate,
// and why.
type NonSigner struct {
	ID       uint64    `json:"service_node_id"`
	Ed25519  codec.Hex `json:"ed25519,omitempty"`
	Endpoint string    `json:"endpoint,omitempty"`
	Reason   string    `json:"reason"`
}

// Signatures is the network's aggregate signature over one of the
// contract's messages.
type Signatures struct {
	Message   []byte        `json:"-"`
	Signature bls.Signature `json:"-"`
	// Signers are the contract ids whose signatures were checked and
	// aggregated, ascending.
	Signers []uint64 `json:"signers"`
	// NonSigners are every other contract id, ascending and unique: the
	// ids argument of the contract's functions.
	NonSigners []NonSigner `json:"non_signers"`
	Total      uint64      `json:"total_nodes"`
	Threshold  uint64      `json:"non_signer_threshold"`
}

// NonSignerIDs is the contract's ids argument. The contract neither sorts
// nor deduplicates them (a duplicate subtracts a key twice and the
// signature fails), so each id is listed once, ascending.
func (s *Signatures) NonSignerIDs() []uint64 {
	ids := make([]uint64, len(s.NonSigners))
	for i, n := range s.NonSigners {
		ids[i] = n.ID
	}
	return ids
}

// InsufficientSignersError is more non-signers than the contract's
// blsNonSignerThreshold(): the contract would revert, so nothing is sent.
type InsufficientSignersError struct {
	Signed, Total, Threshold uint64
	NonSigners               []NonSigner
}

func (e *InsufficientSignersError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "only %d of %d nodes signed: the contract accepts at most %d non-signers (%d signatures needed), here %d",
		e.Signed, e.Total, e.Threshold, e.Total-e.Threshold, len(e.NonSigners))
	const shown = 5
	for i, n := range e.NonSigners {
		if i == shown {
			fmt.Fprintf(&b, "; and %d more", len(e.NonSigners)-shown)
			break
		}
		fmt.Fprintf(&b, "; node %d: %s", n.ID, n.Reason)
	}
	return b.String()
}

// request is one kind of signature request: where it goes, what it
// carries, the message every signature must be over, and how to read an
// answer (decoding it and checking what it echoes; the signature is then
// verified by gather, under the contract's key).
type request struct {
	path   string
	body   []byte
	msg    []byte
	answer func(raw []byte) (bls.Signature, error)
}

// gather asks every reachable node of net at once, keeps the answers that
// verify, and aggregates them; it fails with *InsufficientSignersError when
// the contract would refuse the rest as non-signers.
func (c *Client) gather(ctx context.Context, net *Network, r request) (*Signatures, error) {
	sigs := make([]*bls.Signature, len(net.Nodes))
	reasons := make([]string, len(net.Nodes))
	sem := make(chan struct{}, c.opts.Parallel)
	var wg sync.WaitGroup
	for i := range net.Nodes {
		n := net.Nodes[i]
		if n.Unreachable != "" {
			reasons[i] = n.Unreachable
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			sig, err := c.askNode(ctx, n, r, net.HashToG2)
			if err != nil {
				reasons[i] = err.Error()
				return
			}
			sigs[i] = &sig
		}()
	}
	wg.Wait()
	return assemble(net, r.msg, sigs, reasons)
}

// assemble aggregates the good signatures, lists the rest as non-signers,
// and checks the result as the contract will.
func assemble(net *Network, msg []byte, sigs []*bls.Signature, reasons []string) (*Signatures, error) {
	out := &Signatures{Message: msg, Total: net.Total, Threshold: net.Threshold}
	var good []bls.Signature
	var missing []bls.PublicKey
	for i, n := range net.Nodes {
		if sigs[i] != nil {
			good = append(good, *sigs[i])
			out.Signers = append(out.Signers, n.ID)
			continue
		}
		missing = append(missing, n.BLS)
		out.NonSigners = append(out.NonSigners, NonSigner{ID: n.ID, Ed25519: n.Ed25519, Endpoint: n.Endpoint, Reason: reasons[i]})
	}
	slices.Sort(out.Signers)
	slices.SortFunc(out.NonSigners, func(a, b NonSigner) int { return cmp.Compare(a.ID, b.ID) })
	if uint64(len(out.NonSigners)) > net.Threshold {
		return nil, &InsufficientSignersError{Signed: uint64(len(out.Signers)), Total: net.Total, Threshold: net.Threshold, NonSigners: out.NonSigners}
	}
	out.Signature = bls.Aggregate(good)
	// The contract's own check (validateSignatureOrRevert), before paying
	// for it: each signature verified, so this fails only when the
	// contract's aggregate is not the sum of its list.
	if err := bls.Verify(bls.SubtractNonSigners(net.Aggregate, missing), msg, out.Signature, net.HashToG2); err != nil {
		return nil, fmt.Errorf("the aggregate of %d signatures does not verify against the contract's aggregate key less %d non-signers: %w",
			len(good), len(missing), err)
	}
	return out, nil
}

// askNode posts r to one node over TLS pinned to its workchain key and
// returns its signature once it verifies under the key the contract holds.
func (c *Client) askNode(ctx context.Context, n Node, r request, dst [32]byte) (bls.Signature, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.NodeTimeout)
	defer cancel()
	tr := &http.Transport{TLSClientConfig: n2n.ClientTLS(ed25519.PublicKey(n.Ed25519)), DisableKeepAlives: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://"+n.Endpoint+r.path, bytes.NewReader(r.body))
	if err != nil {
		return bls.Signature{}, fmt.Errorf("bad endpoint %q: %w", n.Endpoint, err)
	}
	req.Header.Set("Content-Type", "application/json")
	res, err := client.Do(req)
	if errors.Is(err, n2n.ErrWrongNode) {
		return bls.Signature{}, errors.New("its TLS certificate is not its workchain Ed25519 key")
	}
	if err != nil {
		return bls.Signature{}, fmt.Errorf("no answer: %w", err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(res.Body, maxAnswer+1))
	switch {
	case err != nil:
		return bls.Signature{}, fmt.Errorf("reading its answer: %w", err)
	case len(raw) > maxAnswer:
		return bls.Signature{}, fmt.Errorf("answer over %d bytes", maxAnswer)
	case res.StatusCode != http.StatusOK:
		return bls.Signature{}, fmt.Errorf("refused (HTTP %d): %s", res.StatusCode, refusal(raw))
	}
	sig, err := r.answer(raw)
	if err != nil {
		return bls.Signature{}, err
	}
	if err := bls.Verify(n.BLS, r.msg, sig, dst); err != nil {
		return bls.Signature{}, fmt.Errorf("its signature does not verify under its BLS key in the contract: %w", err)
	}
	return sig, nil
}

// refusal is a node's {"error": …}, or the start of whatever it sent,
// quoted: it is the node's text, shown to the user.
func refusal(raw []byte) string {
	var e struct {
		Error string `json:"error"`
	}
	s := string(raw)
	if json.Unmarshal(raw, &e) == nil && e.Error != "" {
		s = e.Error
	}
	if len(s) > maxReason {
		s = s[:maxReason] + "…"
	}
	return fmt.Sprintf("%q", s)
}

// decodeSignature reads a 0x-prefixed 128-byte signature (the contract's
// BLSSignatureParams) and refuses what the pairing precompile refuses.
func decodeSignature(s string) (bls.Signature, error) {
	b, err := decodeHex(s, bls.SignatureSize)
	if err != nil {
		return bls.Signature{}, fmt.Errorf("signature: %w", err)
	}
	sig, err := bls.SignatureFromBytes(b)
	if err != nil {
		return bls.Signature{}, fmt.Errorf("signature: %w", err)
	}
	return sig, nil
}

// decodeHex reads 0x and n bytes of hex.
func decodeHex(s string, n int) ([]byte, error) {
	if len(s) != 2+2*n || (s[:2] != "0x" && s[:2] != "0X") {
		return nil, fmt.Errorf("want 0x and %d bytes of hex, got %d characters", n, len(s))
	}
	b, err := hex.DecodeString(s[2:])
	if err != nil {
		return nil, fmt.Errorf("not hex: %w", err)
	}
	return b, nil
}
