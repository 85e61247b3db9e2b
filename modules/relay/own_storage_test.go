package relay

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/seshnet/seshnet/core/onion"
	"github.com/seshnet/seshnet/modules/n2n"
	"github.com/seshnet/seshnet/plugins/host"
	"github.com/seshnet/seshnet/plugins/kit"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// chainNode is the node side of the module test: the workchain's /nodes,
// /swarms and /node/<hex> answers for one node in a given state, with the
// endpoints of its last uptime proof.
type chainNode struct {
	mu        sync.Mutex
	key       ed25519.PublicKey
	state     string
	endpoints string // JSON list of {service, addr}
}

func (c *chainNode) record() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return fmt.Sprintf(`{"ed25519":"%x","state":%q,"uptime":{"endpoints":%s}}`, c.key, c.state, c.endpoints)
}

func (c *chainNode) QueryState(_ context.Context, path string, _ int64) ([]byte, int64, error) {
	switch path {
	case "/nodes":
		return []byte("[" + c.record() + "]"), 9, nil
	case "/swarms":
		return []byte(`[]`), 9, nil
	case fmt.Sprintf("/node/%x", c.key):
		return []byte(c.record()), 9, nil
	}
	return nil, 0, fmt.Errorf("no such path %s", path)
}

func (c *chainNode) SubscribeBlocks(ctx context.Context, _ int64) (<-chan *pluginv1.Block, error) {
	ch := make(chan *pluginv1.Block)
	go func() {
		defer close(ch)
		for h := int64(10); ; h++ {
			select {
			case <-ctx.Done():
				return
			case ch <- &pluginv1.Block{Height: h}:
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()
	return ch, nil
}

func (c *chainNode) SubmitTx(context.Context, string, string, []byte) ([]byte, error) {
	return nil, fmt.Errorf("the relay submits nothing")
}

// hostAPIFor serves the host API over api on a loopback gRPC server, as the
// host serves a module process, and returns the module's client of it.
func hostAPIFor(t *testing.T, api host.NodeAPI) *kit.Host {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := grpc.NewServer()
	pluginv1.RegisterHostAPIServer(srv, host.NewModuleAPIServer(api, nil, "relay", host.ModuleConfig{}))
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(srv.Stop)
	conn, err := grpc.NewClient(ln.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close() })
	return kit.NewHost(pluginv1.NewHostAPIClient(conn))
}

// startStorage serves the node's storage RPC (it echoes the request) with
// the node's certificate, as the storage module does.
func startStorage(t *testing.T, key ed25519.PrivateKey) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	mux := http.NewServeMux()
	mux.HandleFunc("POST /storage_rpc/v1", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		_, _ = w.Write(append([]byte("stored:"), body...))
	})
	srv, err := n2n.NewServer(key, mux, func(ed25519.PublicKey) bool { return true })
	require.NoError(t, err)
	srv.ServeAll([]net.Listener{ln}, func(error) {})
	t.Cleanup(func() { srv.Close() })
	return ln.Addr().String()
}

// TestOwnStorageWhateverTheNodeState: the relay, with default settings,
// hands a final hop's request to its own node's storage whether the node
// is active or decommissioned. Its network view holds active nodes only,
// and before the relay read its own node's record it answered every onion
// to a decommissioned node's storage with 502: the node's testers' relay
// check failed and it could never be recommissioned.
func TestOwnStorageWhateverTheNodeState(t *testing.T) {
	for _, state := range []string{"active", "decommissioned"} {
		t.Run(state, func(t *testing.T) {
			key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{42}, 32))
			storage := startStorage(t, key)
			chain := &chainNode{key: key.Public().(ed25519.PublicKey), state: state,
				endpoints: fmt.Sprintf(`[{"service":"storage","addr":%q}]`, storage)}
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			require.NoError(t, err)
			m := New()
			ctx := context.Background()
			require.NoError(t, m.Configure(ctx, kit.Env{Name: "relay", Host: hostAPIFor(t, chain), Listeners: []net.Listener{ln}, NodeKey: key}))
			require.NoError(t, m.Start(ctx))
			t.Cleanup(func() {
				_ = m.Drain(ctx)
				_ = m.Stop(ctx)
			})

			req := []byte(`{"method":"info","params":{}}`)
			body, _, replyKey, err := onion.Build([]onion.Hop{{Ed25519: chain.key}}, req, onion.AESGCM)
			require.NoError(t, err)
			code, out := post(t, ln.Addr().String(), "/onion_req/v2", body)
			require.Equal(t, http.StatusOK, code, "%s", out)
			r := openReply(t, onion.AESGCM, replyKey, out)
			require.Equal(t, http.StatusOK, r.Status, r.Body)
			require.Equal(t, "stored:"+string(req), r.Body)
		})
	}
}
