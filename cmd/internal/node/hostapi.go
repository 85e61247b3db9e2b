package node

import (
	"context"
	"fmt"
	"sync/atomic"

	abci "github.com/cometbft/cometbft/abci/types"
	nm "github.com/cometbft/cometbft/node"
	rpcclient "github.com/cometbft/cometbft/rpc/client"
	"github.com/cometbft/cometbft/rpc/client/local"
	cmttypes "github.com/cometbft/cometbft/types"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// hostAPI is what the plugin host serves modules with, over the running
// node: queries and transactions through CometBFT's local client, blocks
// from its block store and event bus.
type hostAPI struct {
	comet  *nm.Node
	client *local.Local
	signer *chainclient.Signer
	subs   atomic.Int64
}

func (n *hostAPI) QueryState(ctx context.Context, path string, height int64) ([]byte, int64, error) {
	res, err := n.client.ABCIQueryWithOptions(ctx, path, nil, rpcclient.ABCIQueryOptions{Height: height})
	if err != nil {
		return nil, 0, err
	}
	if res.Response.Code != 0 {
		return nil, 0, fmt.Errorf("code %d: %s", res.Response.Code, res.Response.Log)
	}
	return res.Response.Value, res.Response.Height, nil
}

func (n *hostAPI) SubmitTx(ctx context.Context, module, txType string, body []byte) ([]byte, error) {
	return n.signer.Send(ctx, txType, body)
}

// SubscribeBlocks replays stored blocks from `from`, then follows new ones.
// It subscribes before replaying so that no height falls between the two.
func (n *hostAPI) SubscribeBlocks(ctx context.Context, from int64) (<-chan *pluginv1.Block, error) {
	name := fmt.Sprintf("module-follow-%d", n.subs.Add(1))
	sub, err := n.comet.EventBus().Subscribe(ctx, name, cmttypes.EventQueryNewBlock, 100)
	if err != nil {
		return nil, fmt.Errorf("subscribe to blocks: %w", err)
	}
	out := make(chan *pluginv1.Block)
	go func() {
		defer close(out)
		defer func() { _ = n.comet.EventBus().Unsubscribe(context.Background(), name, cmttypes.EventQueryNewBlock) }()
		sent := from - 1
		emit := func(b *pluginv1.Block) bool {
			if b.Height <= sent {
				return true
			}
			select {
			case out <- b:
				sent = b.Height
				return true
			case <-ctx.Done():
				return false
			}
		}
		if from > 0 {
			latest := n.comet.BlockStore().Height()
			for h := from; h <= latest; h++ {
				b, err := n.storedBlock(ctx, h)
				if err != nil || !emit(b) {
					return
				}
			}
		}
		for {
			select {
			case <-ctx.Done():
				return
			case <-sub.Canceled():
				return // too slow a reader: the module follows again
			case msg := <-sub.Out():
				ev, ok := msg.Data().(cmttypes.EventDataNewBlock)
				if !ok || !emit(toPluginBlock(ev.Block, ev.ResultFinalizeBlock)) {
					return
				}
			}
		}
	}()
	return out, nil
}

func (n *hostAPI) storedBlock(ctx context.Context, h int64) (*pluginv1.Block, error) {
	b, err := n.client.Block(ctx, &h)
	if err != nil {
		return nil, err
	}
	res, err := n.client.BlockResults(ctx, &h)
	if err != nil {
		return nil, err
	}
	return toPluginBlock(b.Block, abci.FinalizeBlockResponse{Events: res.FinalizeBlockEvents, TxResults: res.TxResults, AppHash: res.AppHash}), nil
}

// toPluginBlock is a finalized block as modules see it: the block's own
// events, then those of its successful transactions (a failed transaction
// changed nothing, so its events must not reach a module).
func toPluginBlock(b *cmttypes.Block, res abci.FinalizeBlockResponse) *pluginv1.Block {
	pb := &pluginv1.Block{
		Height: b.Height, TimeUnixNano: b.Time.UnixNano(), Hash: b.Hash(), AppHash: res.AppHash, NumTxs: uint32(len(b.Txs)),
	}
	add := func(evs []abci.Event) {
		for _, e := range evs {
			pe := &pluginv1.Event{Type: e.Type, Attributes: map[string]string{}}
			for _, a := range e.Attributes {
				pe.Attributes[a.Key] = a.Value
			}
			pb.Events = append(pb.Events, pe)
		}
	}
	add(res.Events)
	for _, r := range res.TxResults {
		if r != nil && r.Code == 0 {
			add(r.Events)
		}
	}
	return pb
}
