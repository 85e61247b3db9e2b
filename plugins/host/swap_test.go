package host

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/seshnet/seshnet/modules/example"
	pluginv1 "github.com/seshnet/seshnet/plugins/proto/seshnet/plugin/v1"
)

// TestSwapUnderLoadFailsNoRequest hot-swaps the example network module
// while hundreds of requests are in flight through it: none may fail, and
// both the old and the new process must have answered.
func TestSwapUnderLoadFailsNoRequest(t *testing.T) {
	h, _ := newHost(t, map[string]ModuleConfig{"example": {
		Enabled: true, Path: filepath.Join(binDir, "seshd-example"), Listen: []string{"127.0.0.1:0"},
	}})
	st := modStatus(t, h, "example")
	require.Equal(t, StateRunning, st.State, st.LastError)
	require.Len(t, st.Listen, 1)
	url := "http://" + st.Listen[0] + "/?delay_ms=50"

	client := &http.Client{Timeout: 20 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	var ok, failed atomic.Int64
	var pidsMu sync.Mutex
	pids := map[int]int{}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < 64; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 400; n++ { // bounded: at most 400 requests per worker
				select {
				case <-stop:
					return
				default:
				}
				res, err := client.Get(url)
				if err != nil {
					failed.Add(1)
					t.Logf("request failed: %v", err)
					continue
				}
				var s example.Status
				err = json.NewDecoder(res.Body).Decode(&s)
				res.Body.Close()
				if err != nil || res.StatusCode != http.StatusOK {
					failed.Add(1)
					t.Logf("bad answer: %d %v", res.StatusCode, err)
					continue
				}
				ok.Add(1)
				pidsMu.Lock()
				pids[s.PID]++
				pidsMu.Unlock()
			}
		}()
	}
	eventually(t, "load running", func() bool { return ok.Load() > 200 })
	require.NoError(t, h.Reload("example"))
	after := modStatus(t, h, "example")
	require.NotEqual(t, st.PID, after.PID)
	require.Equal(t, st.Listen, after.Listen, "the socket survived the swap")
	eventually(t, "load on the new process", func() bool {
		pidsMu.Lock()
		defer pidsMu.Unlock()
		return pids[after.PID] > 200
	})
	close(stop)
	wg.Wait()
	t.Logf("%d requests answered (%v by pid), %d failed", ok.Load(), pids, failed.Load())
	require.Zero(t, failed.Load())
	require.Greater(t, pids[st.PID], 0)
	require.Greater(t, pids[after.PID], 0)
}

// rawCodec sends bytes as they are, so a test can put undecodable bytes on
// the wire of the host API. It is forced on the client only and carries the
// name "proto", so the server decodes with protobuf as always.
type rawCodec struct{}

func (rawCodec) Marshal(v any) ([]byte, error)   { return *(v.(*[]byte)), nil }
func (rawCodec) Unmarshal(b []byte, v any) error { *(v.(*[]byte)) = b; return nil }
func (rawCodec) Name() string                    { return "proto" }

func TestHostAPIRefusesUndecodableAndOversizedMessages(t *testing.T) {
	node := &fakeNode{}
	h := &Host{api: node, log: zerolog.Nop()}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	srv := grpc.NewServer(grpc.MaxRecvMsgSize(maxRequestBytes))
	pluginv1.RegisterHostAPIServer(srv, &hostAPI{h: h, module: "m", allowed: []string{"uptime_proof"}})
	go srv.Serve(lis)
	defer srv.Stop()
	conn, err := grpc.NewClient(lis.Addr().String(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	require.NoError(t, err)
	defer conn.Close()

	cases := map[string][]byte{
		"garbage":   {0xff, 0xff, 0xff, 0x01},
		"truncated": {0x0a, 0x10, 'u'},
		"oversized": make([]byte, maxRequestBytes+1),
	}
	for name, raw := range cases {
		t.Run(name, func(t *testing.T) {
			var out []byte
			err := conn.Invoke(context.Background(), "/seshnet.plugin.v1.HostAPI/SubmitTx", &raw, &out, grpc.ForceCodec(rawCodec{}))
			require.Error(t, err)
			t.Log(err)
		})
	}
	require.Empty(t, node.calls())
}
