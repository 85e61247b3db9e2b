package app

import (
	"context"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/attest"
	"github.com/seshnet/seshnet/workchain/exec"
	"github.com/seshnet/seshnet/workchain/registry"
)

// Observer asks the node's L2 witness what it has seen, for ExtendVote,
// giving it the attestation cursor (JSON) so that the witness never has to
// query the node from inside consensus. The node sets it (through the plugin
// host, with a deadline); nil means no witness: empty extensions.
type Observer func(ctx context.Context, height int64, applied []byte) []byte

// SetObserver installs the witness. Call before the node starts.
func (a *App) SetObserver(o Observer) { a.observer = o }

// ExtendVote reports what the witness saw, in the format of this height. A
// malformed observation is never signed: the vote goes out with an empty
// extension instead.
func (a *App) ExtendVote(ctx context.Context, req *abci.ExtendVoteRequest) (*abci.ExtendVoteResponse, error) {
	if a.observer == nil {
		return &abci.ExtendVoteResponse{}, nil
	}
	v, err := a.store.View(0)
	if err != nil {
		return nil, err
	}
	applied, err := attest.CursorJSON(v.KV())
	p := attest.ParamStore.Get(exec.Context{KV: v.KV()})
	v.Close()
	if err != nil {
		return nil, err
	}
	obs, err := l2event.Decode(a.observer(ctx, req.Height, applied))
	if err != nil {
		a.log.Warn().Err(err).Int64("height", req.Height).Msg("witness observation dropped")
		return &abci.ExtendVoteResponse{}, nil
	}
	ext := obs.EncodeFormat(p.ExtensionFormat(req.Height))
	if len(ext) > l2event.MaxExtension {
		a.log.Warn().Int("bytes", len(ext)).Int64("height", req.Height).Msg("witness observation dropped: over the size limit")
		return &abci.ExtendVoteResponse{}, nil
	}
	return &abci.ExtendVoteResponse{VoteExtension: ext}, nil
}

// VerifyVoteExtension rejects only an extension over the size limit. A
// rejection makes CometBFT drop the validator's whole precommit, so
// rejecting what this binary cannot decode (a newer format or event kind,
// during a rolling upgrade) would cost liveness and gain nothing: Prune and
// Tally skip what the height's format does not read. It reads no state, so
// honest validators never disagree on it.
func (a *App) VerifyVoteExtension(_ context.Context, req *abci.VerifyVoteExtensionRequest) (*abci.VerifyVoteExtensionResponse, error) {
	if len(req.VoteExtension) > l2event.MaxExtension {
		a.log.Info().Int("bytes", len(req.VoteExtension)).Int64("height", req.Height).Msg("vote extension rejected: over the size limit")
		return &abci.VerifyVoteExtensionResponse{Status: abci.VERIFY_VOTE_EXTENSION_STATUS_REJECT}, nil
	}
	return &abci.VerifyVoteExtensionResponse{Status: abci.VERIFY_VOTE_EXTENSION_STATUS_ACCEPT}, nil
}

// votingSet is the validator set that signed the votes of voteHeight, read
// from state: the set stored after height voteHeight-2 (updates take effect
// two heights later) with its powers, and the extension format of
// voteHeight by the attest parameters of that height.
func (a *App) votingSet(voteHeight int64) (attest.Set, error) {
	at := voteHeight - 2
	if first := a.initialHeight(); at < first {
		at = first
	}
	v, err := a.store.View(at)
	if err != nil {
		return attest.Set{}, fmt.Errorf("validator set of height %d: %w", voteHeight, err)
	}
	defer v.Close()
	stored, err := registry.New(v.KV()).Validators()
	if err != nil {
		return attest.Set{}, err
	}
	vals := make([]attest.Validator, len(stored))
	for i, s := range stored {
		vals[i] = attest.Validator{PubKey: s.PubKey, Power: s.Power}
	}
	set := attest.NewSet(vals)
	set.Format = attest.ParamStore.Get(exec.Context{KV: v.KV()}).ExtensionFormat(voteHeight)
	return set, nil
}

func (a *App) initialHeight() int64 {
	v, err := a.store.View(0)
	if err != nil {
		return 1
	}
	defer v.Close()
	var h int64
	if readJSON(v.KV(), initialHeightKey, &h) != nil || h < 1 {
		return 1
	}
	return h
}

// injectAttestations is PrepareProposal's first transaction: the pruned
// extended commit, when any validator reported something, with whole votes
// dropped until it fits in maxTxBytes (attest.Fit).
func (a *App) injectAttestations(req *abci.PrepareProposalRequest, maxTxBytes int64) ([]byte, error) {
	any := false
	for _, v := range req.LocalLastCommit.Votes {
		any = any || len(v.VoteExtension) > 0
	}
	if !any {
		return nil, nil
	}
	set, err := a.votingSet(req.Height - 1)
	if err != nil {
		return nil, err
	}
	pruned := attest.Prune(req.LocalLastCommit, set)
	if len(pruned.Votes) == 0 {
		return nil, nil
	}
	fitted := attest.Fit(pruned, set, maxTxBytes)
	if dropped := len(pruned.Votes) - len(fitted.Votes); dropped > 0 {
		a.log.Warn().Int64("height", req.Height).Int("dropped", dropped).Int("kept", len(fitted.Votes)).Int64("max_tx_bytes", maxTxBytes).
			Msg("attestations trimmed to fit the block")
	}
	if len(fitted.Votes) == 0 {
		return nil, nil
	}
	return attest.Inject(fitted)
}

// checkAttestations is ProcessProposal's check of an injected commit.
func (a *App) checkAttestations(req *abci.ProcessProposalRequest, raw []byte) error {
	info, err := attest.Extract(raw)
	if err != nil {
		return err
	}
	set, err := a.votingSet(req.Height - 1)
	if err != nil {
		return err
	}
	return attest.CheckInjected(info, req.ProposedLastCommit, set, a.chainID, req.Height)
}

// applyAttestations tallies the injected commit and applies the events that
// reached quorum, in L2 order, once each: first those attested again at
// refuted positions, then those after the cursor. An event that cannot be
// applied (no module for its kind, unknown node, undecodable payload) is
// recorded and passed: it never halts the chain.
func (a *App) applyAttestations(c exec.Context, raw []byte) *abci.ExecTxResult {
	info, err := attest.Extract(raw)
	if err != nil {
		return &abci.ExecTxResult{Code: CodeMalformed, Log: err.Error(), Codespace: Codespace}
	}
	set, err := a.votingSet(c.Height - 1)
	if err != nil {
		return &abci.ExecTxResult{Code: CodeInternal, Log: err.Error(), Codespace: Codespace}
	}
	st, err := attest.LoadState(c.KV)
	if err != nil {
		// Corruption: panic, as elsewhere, rather than silently restart the
		// walk from the first L2 event and apply everything again.
		panic(err)
	}
	out := attest.Tally(info, set, st, attest.ParamStore.Get(c).Rules(c.Height))
	var events []abci.Event
	apply := func(e l2event.Event, reattested bool) {
		result, emitted := "applied", a.applyL2Event(c, e)
		if emitted.err != nil {
			result = "failed: " + emitted.err.Error()
		}
		ev := l2Event(e, result)
		if reattested {
			ev.Attributes = append(ev.Attributes, abci.EventAttribute{Key: "reattested", Value: "true"})
		}
		events = append(append(events, ev), emitted.events...)
	}
	for _, e := range out.Reattested {
		apply(e, true)
	}
	for _, e := range out.Apply {
		apply(e, false)
	}
	for _, r := range out.Refuted {
		ev := l2Event(r.Event, "refuted")
		ev.Attributes = append(ev.Attributes, abci.EventAttribute{Key: "reason", Value: r.Reason})
		events = append(events, ev)
	}
	attest.SaveState(c.KV, out.State, set.Format)
	return &abci.ExecTxResult{Code: CodeOK, Events: events}
}

func l2Event(e l2event.Event, result string) abci.Event {
	return abci.Event{Type: "l2_event", Attributes: []abci.EventAttribute{
		{Key: "kind", Value: fmt.Sprint(e.Kind)},
		{Key: "l2_block", Value: fmt.Sprint(e.Block), Index: true},
		{Key: "log_index", Value: fmt.Sprint(e.LogIndex)},
		{Key: "result", Value: result},
	}}
}

type l2Result struct {
	events []abci.Event
	err    error
}

// applyL2Event runs one attested event through the module that owns its
// kind, in a cache, so a failure leaves nothing behind.
func (a *App) applyL2Event(c exec.Context, e l2event.Event) l2Result {
	h, ok := a.l2[e.Kind]
	if !ok {
		return l2Result{err: fmt.Errorf("no module applies event kind %d", e.Kind)}
	}
	cache := cacheOf(c.KV)
	ec := c.WithKV(cache).WithEvents()
	if err := h(ec, e.Payload); err != nil {
		return l2Result{err: err}
	}
	cache.Write()
	return l2Result{events: ec.Events()}
}
