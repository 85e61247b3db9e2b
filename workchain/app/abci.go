package app

import (
	"context"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"
	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/seshnet/seshnet/workchain/attest"
	"github.com/seshnet/seshnet/workchain/auth"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/tx"
)

// preverify batch-verifies the signatures of the transactions of a block
// this node has not verified yet (a proposal holding transactions its
// mempool never admitted: after a restart, or ones gossip had not brought
// yet), so that the checks one by one then find them in the cache. It
// returns the transactions' hashes (nil for an injection).
func (a *App) preverify(txs [][]byte) [][]byte {
	hashes, decoded := make([][]byte, len(txs)), make([]*tx.Tx, len(txs))
	for i, raw := range txs {
		if attest.IsInjected(raw) {
			continue
		}
		hashes[i] = tx.Hash(raw)
		if a.verified.Has(hashes[i]) {
			continue
		}
		if t, err := tx.Decode(raw); err == nil {
			decoded[i] = t
		}
	}
	a.verified.Preverify(hashes, decoded, a.chainID)
	return hashes
}

// decodeVerified decodes a transaction and checks its chain id and signature
// (once per transaction, thanks to the verified cache).
func (a *App) decodeVerified(raw []byte) (*tx.Tx, error) {
	return a.decodeVerifiedHash(raw, tx.Hash(raw))
}

// decodeVerifiedHash is decodeVerified for a transaction whose hash is known.
func (a *App) decodeVerifiedHash(raw, hash []byte) (*tx.Tx, error) {
	t, err := tx.Decode(raw)
	if err != nil {
		return nil, err
	}
	if err := a.verified.Verify(hash, t, a.chainID); err != nil {
		return nil, err
	}
	return t, nil
}

// ante is the check every transaction passes before its nonce counts,
// cheapest first and with no signature: a handler for its type, the signer
// kind that handler takes (any, for a handler with AnySigner), and for node
// keys a node the registry knows (so that no stranger's key gets a nonce in
// state, whatever the handler takes).
func (a *App) ante(c exec.Context, t *tx.Tx) (txRoute, error) {
	r, ok := a.txs[t.Type]
	if !ok {
		return txRoute{}, fmt.Errorf("%w %q", ErrUnknownType, t.Type)
	}
	if !r.handler.AnySigner && t.Signer.Kind != r.handler.Signer {
		return txRoute{}, fmt.Errorf("%w: %s is signed by a %s key, not %s", ErrUnauthorized, t.Type, t.Signer.Kind, r.handler.Signer)
	}
	if t.Signer.Kind == tx.SignerNode {
		if err := a.registry.KnownNode(c, t.Signer.ID); err != nil {
			return txRoute{}, fmt.Errorf("%w: %w", ErrUnauthorized, err)
		}
	}
	return r, nil
}

// PreverifyCheckTx is PreverifyCheckTxs for one transaction.
func (a *App) PreverifyCheckTx(raw []byte) { a.PreverifyCheckTxs([][]byte{raw}) }

// PreverifyCheckTxs checks the chain id and signature of transactions on
// their way to CheckTx into the verified cache, and is the one method safe
// to call beside any other: it reads nothing but the bytes, the chain id,
// the cache and provenSigners. It verifies only for node keys an earlier
// CheckTx found registered. A mempool client calls it before it takes the
// lock it holds for CheckTx (cmd/internal/abciclient), so that the
// costliest step of admitting a transaction runs beside a block being
// finalized instead of behind it, and so that transactions that arrived
// together are verified in one batch (auth.MinBatch or more: 0.9 to 0.5 of the
// work per signature from 2 to 64). It decides nothing: CheckTx then finds the signature
// remembered, or verifies it again and gives the error in its usual place
// among its checks.
func (a *App) PreverifyCheckTxs(raws [][]byte) {
	id := a.chainIDSeen.Load()
	if id == nil {
		return
	}
	hashes, decoded := make([][]byte, len(raws)), make([]*tx.Tx, len(raws))
	n := 0
	for i, raw := range raws {
		t, err := tx.Decode(raw)
		if err != nil || t.Signer.Kind != tx.SignerNode {
			continue
		}
		if _, ok := a.provenSigners.Load(string(t.Signer.ID)); !ok {
			continue // CheckTx checks the registry first, under the lock
		}
		hashes[i], decoded[i] = tx.Hash(raw), t
		n++
	}
	if n >= auth.MinBatch {
		a.verified.Preverify(hashes, decoded, *id)
		return
	}
	for i, t := range decoded {
		if t != nil {
			_ = a.verified.Verify(hashes[i], t, *id)
		}
	}
}

// CheckTx admits a transaction to the mempool when it decodes, is for this
// chain, has a handler, comes from a signer kind that handler takes (a
// registered node for node keys), carries the signer's next nonce (counting
// the signer's transactions already in the mempool), is signed by its
// signer and passes its type's check against the last committed state. The
// cheap checks come first: a signature is verified last but one. It never
// writes state.
func (a *App) CheckTx(_ context.Context, req *abci.CheckTxRequest) (*abci.CheckTxResponse, error) {
	if module, err := a.checkTx(req.Tx); err != nil {
		space, code := a.codeOf(err, module)
		return &abci.CheckTxResponse{Code: code, Log: err.Error(), Codespace: space}, nil
	}
	return &abci.CheckTxResponse{Code: CodeOK}, nil
}

// checkTx returns the error and the module whose check it came from.
func (a *App) checkTx(raw []byte) (string, error) {
	t, err := tx.Decode(raw)
	if err != nil {
		return "", err
	}
	view, err := a.committedView()
	if err != nil {
		return "", err
	}
	c := exec.Context{KV: view.KV(), Height: a.last.Height + 1, Time: a.last.Time, ChainID: a.chainID, Mode: exec.Check, Memo: a.checkMemo}
	r, err := a.ante(c, t)
	if err != nil {
		return "", err
	}
	if t.Signer.Kind == tx.SignerNode {
		a.provenSigners.LoadOrStore(string(t.Signer.ID), struct{}{})
	}
	key := string(t.Signer.Key())
	p := a.checkNonces[key]
	if p == nil {
		next, err := auth.NextNonce(view.KV(), t.Signer)
		if err != nil {
			return "", err
		}
		p = newPendingNonces(next)
	}
	if err := p.admits(t.Nonce); err != nil {
		return "", err
	}
	if err := a.verified.Verify(tx.Hash(raw), t, a.chainID); err != nil {
		return "", err
	}
	once, err := onceName(r, t)
	if err != nil {
		return r.module, err
	}
	if once != "" && a.checkOnce[once] {
		return "", fmt.Errorf("%w: a %s doing the same waits in the mempool", ErrDuplicate, t.Type)
	}
	typeKey := t.Type + "\x00" + key
	c.Pending = a.checkPending[typeKey]
	if err := r.handler.Check(c, t); err != nil {
		return r.module, err
	}
	p.add(t.Nonce)
	a.checkNonces[key] = p
	a.checkPending[typeKey]++
	if once != "" {
		a.checkOnce[once] = true
	}
	return "", nil
}

// onceName is the transaction's Once name under its type ("" if its
// handler has none).
func onceName(r txRoute, t *tx.Tx) (string, error) {
	if r.handler.Once == nil {
		return "", nil
	}
	name, err := r.handler.Once(t)
	if err != nil {
		return "", err
	}
	return t.Type + "\x00" + name, nil
}

// committedView is CheckTx's view of the last committed height, opened once
// per height.
func (a *App) committedView() (*state.View, error) {
	if a.checkView == nil {
		v, err := a.store.View(0)
		if err != nil {
			return nil, err
		}
		a.checkView, a.checkMemo = v, exec.Memo{}
	}
	return a.checkView, nil
}

func (a *App) dropCommittedView() {
	if a.checkView != nil {
		a.checkView.Close()
	}
	a.checkView, a.checkMemo = nil, nil
}

// PrepareProposal puts the injected attestations first, trimmed to fit,
// then keeps, in mempool order, the transactions that decode, verify, pass
// the ante checks and carry each signer's next nonce, while the block's data
// stays within MaxTxBytes counted as CometBFT counts it (attest.TxSize):
// CometBFT panics on a proposal over it. A block proposed by this node
// holds no transaction that must fail before its handler runs.
func (a *App) PrepareProposal(_ context.Context, req *abci.PrepareProposalRequest) (*abci.PrepareProposalResponse, error) {
	view, err := a.store.View(0)
	if err != nil {
		return nil, err
	}
	defer view.Close()
	var out [][]byte
	var size int64
	inj, err := a.injectAttestations(req, req.MaxTxBytes)
	if err != nil {
		return nil, err
	}
	if inj != nil {
		out, size = append(out, inj), attest.TxSize(inj)
	}
	c := exec.Context{KV: view.KV(), Height: req.Height, Time: req.Time.Unix(), ChainID: a.chainID, Mode: exec.Check, Memo: exec.Memo{}}
	p := proposal{out: out, size: size, max: req.MaxTxBytes, next: map[string]uint64{}, onces: map[string]bool{}, later: map[string]map[uint64]candidate{}}
	for _, raw := range req.Txs {
		if p.size+attest.TxSize(raw) > p.max {
			break
		}
		t, err := a.decodeVerified(raw)
		if err != nil {
			continue
		}
		r, err := a.ante(c, t)
		if err != nil {
			if _, code := a.codeOf(err, ""); code == CodeInternal {
				return nil, err
			}
			continue
		}
		once, err := onceName(r, t)
		if err != nil {
			continue
		}
		key := string(t.Signer.Key())
		if _, seen := p.next[key]; !seen {
			if p.next[key], err = auth.NextNonce(view.KV(), t.Signer); err != nil {
				return nil, err
			}
		}
		p.offer(key, candidate{raw: raw, nonce: t.Nonce, once: once})
	}
	return &abci.PrepareProposalResponse{Txs: p.out}, nil
}

// candidate is a transaction PrepareProposal may take, checked but for its
// nonce's turn and its Once name.
type candidate struct {
	raw   []byte
	nonce uint64
	once  string
}

// proposal is the block PrepareProposal builds: each signer's transactions
// in nonce order from committed state (next), one per Once name, within max
// bytes. The mempool may hold a signer's transactions out of nonce order
// (CheckTx admits past a gap: MaxNonceAhead; gossip from several peers
// interleaves), so one that comes before its turn waits in later and goes
// in right after the one before it.
type proposal struct {
	out       [][]byte
	size, max int64
	next      map[string]uint64
	onces     map[string]bool
	later     map[string]map[uint64]candidate
}

func (p *proposal) offer(key string, c candidate) {
	switch want := p.next[key]; {
	case c.nonce < want:
		return // stale, or a second transaction with a nonce already taken
	case c.nonce > want:
		if p.later[key] == nil {
			p.later[key] = map[uint64]candidate{}
		}
		if _, dup := p.later[key][c.nonce]; !dup {
			p.later[key][c.nonce] = c
		}
		return
	}
	for p.take(key, c) {
		next, ok := p.later[key][p.next[key]]
		if !ok {
			return
		}
		delete(p.later[key], p.next[key])
		c = next
	}
}

// take adds c, the signer's next nonce, if it fits and its Once name is
// free, and says whether it did.
func (p *proposal) take(key string, c candidate) bool {
	n := attest.TxSize(c.raw)
	if p.size+n > p.max || (c.once != "" && p.onces[c.once]) {
		return false
	}
	if c.once != "" {
		p.onces[c.once] = true
	}
	p.out = append(p.out, c.raw)
	p.size += n
	p.next[key]++
	return true
}

// onceSeen maps the Once names of a proposal's transactions to their index.
type onceSeen map[string]int

// add records t's Once name, refusing a second transaction with the same
// one: at most one of them could succeed, so an honest proposer never
// puts both in a block (PrepareProposal keeps the first). A type without a
// handler or a body its Once cannot read is FinalizeBlock's to fail.
func (s onceSeen) add(routes map[string]txRoute, t *tx.Tx, i int) error {
	r, ok := routes[t.Type]
	if !ok {
		return nil
	}
	name, err := onceName(r, t)
	if err != nil || name == "" {
		return nil
	}
	if first, dup := s[name]; dup {
		return fmt.Errorf("tx %d (%s) does what tx %d does: at most one of them can succeed", i, t.Type, first)
	}
	s[name] = i
	return nil
}

// ProcessProposal rejects a block that could never be valid: data over the
// largest MaxTxBytes block.max_bytes allows, a transaction oversize,
// undecodable, for another chain or badly signed, two transactions with
// the same Once name (exec.TxHandler.Once), or injected attestations
// that are not first, not canonical or fail attest.CheckInjected. Checks
// that depend on state (nonces, registry) are left to FinalizeBlock, where
// such a transaction fails with a code.
func (a *App) ProcessProposal(_ context.Context, req *abci.ProcessProposalRequest) (*abci.ProcessProposalResponse, error) {
	if err := a.checkProposal(req); err != nil {
		a.log.Warn().Int64("height", req.Height).Err(err).Msg("rejecting proposal")
		return &abci.ProcessProposalResponse{Status: abci.PROCESS_PROPOSAL_STATUS_REJECT}, nil
	}
	return &abci.ProcessProposalResponse{Status: abci.PROCESS_PROPOSAL_STATUS_ACCEPT}, nil
}

func (a *App) checkProposal(req *abci.ProcessProposalRequest) error {
	var size int64
	for _, raw := range req.Txs {
		size += attest.TxSize(raw)
	}
	if max := a.maxTxBytes(); size > max {
		return fmt.Errorf("transactions take %d bytes, block.max_bytes %d leaves at most %d", size, a.blockMaxBytes, max)
	}
	onces := onceSeen{}
	hashes := a.preverify(req.Txs)
	for i, raw := range req.Txs {
		if attest.IsInjected(raw) {
			if i != 0 {
				return fmt.Errorf("attestations must be the first transaction, found at %d", i)
			}
			if err := a.checkAttestations(req, raw); err != nil {
				return err
			}
			continue
		}
		t, err := a.decodeVerifiedHash(raw, hashes[i])
		if err != nil {
			return fmt.Errorf("tx %d: %w", i, err)
		}
		if err := onces.add(a.txs, t, i); err != nil {
			return err
		}
	}
	return nil
}

// maxTxBytes bounds the MaxTxBytes CometBFT gives any proposer of this
// chain: block.max_bytes less the block overhead, the largest header and a
// commit of no signatures with no evidence. A real proposer's limit is
// lower (its commit has signatures), so no honest proposal is refused.
func (a *App) maxTxBytes() int64 {
	maxBytes := a.blockMaxBytes
	if maxBytes <= 0 {
		maxBytes = cmttypes.MaxBlockSizeBytes
	}
	return max(0, maxBytes-cmttypes.MaxOverheadForBlock-cmttypes.MaxHeaderBytes-cmttypes.MaxCommitBytes(0))
}

// Commit writes the finished block to disk in one transaction with its
// height and app hash.
func (a *App) Commit(context.Context, *abci.CommitRequest) (*abci.CommitResponse, error) {
	if _, err := a.store.Commit(); err != nil {
		return nil, err
	}
	a.genesisAt = 0
	a.checkNonces, a.checkPending, a.checkOnce = map[string]*pendingNonces{}, map[string]int{}, map[string]bool{}
	a.dropCommittedView()
	if err := a.loadCommitted(); err != nil {
		return nil, err
	}
	return &abci.CommitResponse{}, nil
}

// OfferSnapshot refuses: state sync is not offered yet (docs/state.md says
// how snapshots will be checked against the app hash).
func (a *App) OfferSnapshot(context.Context, *abci.OfferSnapshotRequest) (*abci.OfferSnapshotResponse, error) {
	return &abci.OfferSnapshotResponse{Result: abci.OFFER_SNAPSHOT_RESULT_REJECT}, nil
}

// ApplySnapshotChunk aborts state sync, which is not offered yet.
func (a *App) ApplySnapshotChunk(context.Context, *abci.ApplySnapshotChunkRequest) (*abci.ApplySnapshotChunkResponse, error) {
	return &abci.ApplySnapshotChunkResponse{Result: abci.APPLY_SNAPSHOT_CHUNK_RESULT_ABORT}, nil
}
