package app

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/workchain/attest"
	"github.com/seshnet/seshnet/workchain/params"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/state"
)

// Observer asks the node's L2 witness what it has seen, for ExtendVote,
// giving it the attestation cursor (JSON) so that the witness never has to
// query the node from inside consensus. The node sets it (through the plugin
// host, with a deadline); nil means no witness: empty extensions.
type Observer func(ctx context.Context, height int64, applied []byte) []byte

// SetObserver installs the witness. Call before the node starts.
func (a *App) SetObserver(o Observer) { a.observer = o }

var (
	cursorKey        = []byte("attest/cursor")
	walkKey          = []byte("attest/walk") // attest.State's stuck position and refuted list, from format 2
	initialHeightKey = []byte("app/initial_height")
)

// extensionFormat is the vote-extension format of votes of height h: a new
// format is switched on at a height by a parameter, so that a binary that
// knows it can be rolled out before any validator relies on it.
func extensionFormat(p params.Attest, h int64) byte {
	if p.ExtensionFormatV2Height > 0 && h >= p.ExtensionFormatV2Height {
		return l2event.FormatV2
	}
	return l2event.FormatV1
}

// ExtendVote reports what the witness saw, in the format of this height. A
// malformed observation is never signed: the vote goes out with an empty
// extension instead.
func (a *App) ExtendVote(ctx context.Context, req *abci.ExtendVoteRequest) (*abci.ExtendVoteResponse, error) {
	if a.observer == nil {
		return &abci.ExtendVoteResponse{}, nil
	}
	applied, err := a.appliedCursor()
	if err != nil {
		return nil, err
	}
	obs, err := l2event.Decode(a.observer(ctx, req.Height, applied))
	if err != nil {
		a.log.Warn().Err(err).Int64("height", req.Height).Msg("witness observation dropped")
		return &abci.ExtendVoteResponse{}, nil
	}
	ext := obs.EncodeFormat(extensionFormat(a.params.Attest, req.Height))
	if len(ext) > l2event.MaxExtension {
		a.log.Warn().Int("bytes", len(ext)).Int64("height", req.Height).Msg("witness observation dropped: over the size limit")
		return &abci.ExtendVoteResponse{}, nil
	}
	return &abci.ExtendVoteResponse{VoteExtension: ext}, nil
}

// appliedCursor is the committed attestation cursor as JSON.
func (a *App) appliedCursor() ([]byte, error) {
	v, err := a.store.View(0)
	if err != nil {
		return nil, err
	}
	defer v.Close()
	raw, err := v.Get(cursorKey)
	if err != nil || raw != nil {
		return raw, err
	}
	return json.Marshal(attest.Cursor{})
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
// two heights later), with the validator power parameter of that height.
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
	var p params.Params
	if err := readJSON(v.KV(), paramsKey, &p); err != nil {
		return attest.Set{}, err
	}
	keys, err := registry.New(v.KV()).Validators()
	if err != nil {
		return attest.Set{}, err
	}
	vals := make([]attest.Validator, len(keys))
	for i, k := range keys {
		vals[i] = attest.Validator{PubKey: k, Power: p.Registry.ValidatorPower}
	}
	set := attest.NewSet(vals)
	set.Format = extensionFormat(p.Attest, voteHeight)
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
// applied (unknown node, undecodable payload) is recorded and passed: it
// never halts the chain.
func (a *App) applyAttestations(blk *state.Block, c *execCtx, raw []byte) *abci.ExecTxResult {
	info, err := attest.Extract(raw)
	if err != nil {
		return &abci.ExecTxResult{Code: CodeMalformed, Log: err.Error(), Codespace: Codespace}
	}
	set, err := a.votingSet(c.height - 1)
	if err != nil {
		return &abci.ExecTxResult{Code: CodeInternal, Log: err.Error(), Codespace: Codespace}
	}
	st, err := walkState(blk)
	if err != nil {
		// Corruption: panic, as elsewhere, rather than silently restart the
		// walk from the first L2 event and apply everything again.
		panic(err)
	}
	rules := attest.Rules{Height: c.height, MaxPendingBlocks: c.params.Attest.MaxPendingBlocks, MaxRefuted: int(c.params.Attest.MaxRefuted)}
	out := attest.Tally(info, set, st, rules)
	var events []abci.Event
	apply := func(e l2event.Event, reattested bool) {
		result := "applied"
		if err := a.applyL2Event(blk, c, e); err != nil {
			result = "failed: " + err.Error()
		}
		ev := l2Event("l2_event", e, result)
		if reattested {
			ev.Attributes = append(ev.Attributes, abci.EventAttribute{Key: "reattested", Value: "true"})
		}
		events = append(events, ev)
	}
	for _, e := range out.Reattested {
		apply(e, true)
	}
	for _, e := range out.Apply {
		apply(e, false)
	}
	for _, r := range out.Refuted {
		ev := l2Event("l2_event", r.Event, "refuted")
		ev.Attributes = append(ev.Attributes, abci.EventAttribute{Key: "reason", Value: r.Reason})
		events = append(events, ev)
	}
	writeJSON(blk, cursorKey, out.State.Cursor)
	if set.Format >= l2event.FormatV2 {
		writeJSON(blk, walkKey, walkRecord{Stuck: out.State.Stuck, Refuted: out.State.Refuted})
	}
	return &abci.ExecTxResult{Code: CodeOK, Events: events}
}

// walkRecord is what attest/walk holds.
type walkRecord struct {
	Stuck   *attest.Stuck    `json:"stuck"`
	Refuted []attest.Refuted `json:"refuted"`
}

// walkState reads the attestation walk's state (absent: the start).
func walkState(kv state.KV) (attest.State, error) {
	var st attest.State
	var w walkRecord
	for _, x := range []struct {
		key []byte
		out any
	}{{cursorKey, &st.Cursor}, {walkKey, &w}} {
		raw, err := kv.Get(x.key)
		if err != nil {
			return st, fmt.Errorf("read %s: %w", x.key, err)
		}
		if raw != nil {
			if err := json.Unmarshal(raw, x.out); err != nil {
				return st, fmt.Errorf("state %s is corrupt: %w", x.key, err)
			}
		}
	}
	st.Stuck, st.Refuted = w.Stuck, w.Refuted
	return st, nil
}

// Pending is /attest/pending: where the walk is, the position it waits at
// (null when none) and the refuted positions that can still be attested.
type Pending struct {
	Cursor  attest.Cursor    `json:"cursor"`
	Stuck   *attest.Stuck    `json:"stuck"`
	Refuted []attest.Refuted `json:"refuted"`
}

// attestQuery answers /attest/cursor, /attest/pending and /attest/refuted;
// ok is false for another path.
func attestQuery(kv state.KV, arg string) (v any, ok bool, err error) {
	if arg != "cursor" && arg != "pending" && arg != "refuted" {
		return nil, false, nil
	}
	st, err := walkState(kv)
	if st.Refuted == nil {
		st.Refuted = []attest.Refuted{}
	}
	switch arg {
	case "cursor":
		return st.Cursor, true, err
	case "pending":
		return Pending{Cursor: st.Cursor, Stuck: st.Stuck, Refuted: st.Refuted}, true, err
	default:
		return st.Refuted, true, err
	}
}

func l2Event(typ string, e l2event.Event, result string) abci.Event {
	return abci.Event{Type: typ, Attributes: []abci.EventAttribute{
		{Key: "kind", Value: fmt.Sprint(e.Kind)},
		{Key: "l2_block", Value: fmt.Sprint(e.Block), Index: true},
		{Key: "log_index", Value: fmt.Sprint(e.LogIndex)},
		{Key: "result", Value: result},
	}}
}

// applyL2Event runs one attested event in a cache, so a failure leaves
// nothing behind.
func (a *App) applyL2Event(blk *state.Block, c *execCtx, e l2event.Event) error {
	cache := blk.Cache()
	reg := registry.New(cache)
	var err error
	switch e.Kind {
	case l2event.KindRegistration:
		var r l2event.Registration
		if err = strictJSON(e.Payload, &r); err == nil {
			var rej *registry.Rejection
			rej, err = reg.ApplyRegistration(c.params.Registry, r, c.height, c.blockTime)
			if err == nil && rej != nil {
				a.log.Info().Uint64("service_node_id", r.ServiceNodeID).Str("reason", rej.Reason).Msg("registration rejected")
			}
		}
	case l2event.KindExitRequest:
		var x l2event.ExitRequest
		if err = strictJSON(e.Payload, &x); err == nil {
			err = reg.ApplyExitRequest(c.params.Registry, x, c.blockTime)
		}
	case l2event.KindExit:
		var x l2event.Exit
		if err = strictJSON(e.Payload, &x); err == nil {
			err = reg.ApplyExit(x)
		}
	case l2event.KindRequirementUpdated:
		var u l2event.RequirementUpdated
		if err = strictJSON(e.Payload, &u); err == nil {
			if err = registry.RequirementUpdate(u.NewRequirement); err == nil {
				c.params.Registry.StakingRequirement = u.NewRequirement
				writeJSON(cache, paramsKey, c.params)
			}
		}
	default:
		err = fmt.Errorf("unknown event kind %d", e.Kind)
	}
	if err != nil {
		return err
	}
	cache.Write()
	return nil
}

func strictJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("event payload: %w", err)
	}
	return nil
}
