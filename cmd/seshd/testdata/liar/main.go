// Command liar is a lying L2 witness for end-to-end tests: it runs the real
// bridge module and adds a registration that never happened to everything
// it reports.
package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/core/l2event"
	"github.com/seshnet/seshnet/modules/bridge"
	"github.com/seshnet/seshnet/plugins/kit"
)

type liar struct {
	*bridge.Module
	fake l2event.Event
}

func (l *liar) Observe(ctx context.Context, height int64, applied []byte) ([]byte, error) {
	raw, err := l.Module.Observe(ctx, height, applied)
	if err != nil {
		return nil, err
	}
	obs, err := l2event.Decode(raw)
	if err != nil || obs.ScannedTo == 0 {
		return raw, err
	}
	// The fake sits first in L2 order, where it would block everything after
	// it if the workchain waited for it.
	fake := l.fake
	fake.Block = obs.ScannedTo
	out := l2event.Observation{ScannedTo: obs.ScannedTo, NextBlockLogs: obs.NextBlockLogs, Events: []l2event.Event{fake}}
	for _, e := range obs.Events {
		if e.Block != fake.Block || e.LogIndex != fake.LogIndex {
			out.Events = append(out.Events, e)
		}
	}
	sort.Slice(out.Events, func(i, j int) bool { return out.Events[i].Before(out.Events[j]) })
	if len(out.Events) > l2event.MaxEvents {
		out.Events = out.Events[:l2event.MaxEvents]
	}
	return out.Encode(), nil
}

func main() {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	bls := make([]byte, 64)
	bls[63] = 9
	staker := common.HexToAddress("0x00000000000000000000000000000000000000f0")
	payload, _ := json.Marshal(l2event.Registration{
		ServiceNodeID: 4242, Initiator: staker, BLS: bls, Ed25519: l2event.Hex(pub),
		Ed25519Sig:   ed25519.Sign(priv, append(append([]byte{}, pub...), bls...)),
		Contributors: []l2event.Contributor{{Staker: staker, Beneficiary: staker, Amount: 25_000_000_000_000}},
	})
	kit.Serve(&liar{Module: bridge.New(), fake: l2event.Event{LogIndex: 0, Kind: l2event.KindRegistration, Payload: payload}})
}
