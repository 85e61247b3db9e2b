package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/modules/bridge/devchain"
)

// testL2 is an L2 with our contracts deployed and an operator holding SESH.
type testL2 struct {
	kind       string
	url        string
	staking    common.Address
	operator   *ecdsa.PrivateKey
	startBlock uint64
	depth      int
	process    *os.Process // the geth process, nil for the simulated chain
}

var stakingRequirement = big.NewInt(25_000_000_000_000)

// gethBinary is the pinned geth (make geth) if it was built.
func gethBinary() string {
	if p := os.Getenv("SESHNET_GETH"); p != "" {
		return p
	}
	p, _ := filepath.Abs(filepath.Join("..", "..", ".tools", "bin", "geth"))
	if _, err := os.Stat(p); err == nil {
		return p
	}
	return ""
}

// startL2 runs a real `geth --dev` process when the pinned build is there
// (CI builds it), and go-ethereum's simulated chain served over HTTP
// otherwise; the test says which.
func startL2(t testing.TB, port int) testL2 {
	t.Helper()
	if geth := gethBinary(); geth != "" {
		return startGeth(t, geth, port)
	}
	t.Log("no geth build (make geth): using the simulated chain over HTTP JSON-RPC")
	op, err := devchain.NewAccount()
	require.NoError(t, err)
	c, err := devchain.New([]devchain.Account{op}, stakingRequirement, big.NewInt(1), new(big.Int).Mul(stakingRequirement, big.NewInt(10)), devchain.WithHTTP("127.0.0.1", port))
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	ctx, stop := context.WithCancel(context.Background())
	t.Cleanup(stop)
	go c.MineEvery(ctx, 500*time.Millisecond)
	start, err := c.Backend.Client().BlockNumber(ctx)
	require.NoError(t, err)
	return testL2{kind: "simulated", url: c.URL(), staking: c.StakingAddr, operator: op.Key, startBlock: start, depth: 1}
}

// gethDev is a running `geth --dev` process.
type gethDev struct {
	url     string
	rc      *rpc.Client
	client  *ethclient.Client
	chainID *big.Int
	process *os.Process
}

// runGeth starts `geth --dev` (a block a second) serving JSON-RPC on port.
func runGeth(t testing.TB, geth string, port int) gethDev {
	t.Helper()
	dir := t.TempDir()
	logf, err := os.Create(filepath.Join(dir, "geth.log"))
	require.NoError(t, err)
	t.Cleanup(func() { logf.Close() })
	cmd := exec.Command(geth, "--dev", "--dev.period", "1", "--datadir", dir, "--http", "--http.addr", "127.0.0.1",
		"--http.port", fmt.Sprint(port), "--http.api", "eth,net,web3", "--port", "0", "--nodiscover", "--authrpc.port", fmt.Sprint(port+1))
	cmd.Stdout, cmd.Stderr = logf, logf
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var rc *rpc.Client
	waitFor(t, "geth's JSON-RPC", time.Minute, func() bool {
		rc, err = rpc.DialContext(ctx, url)
		if err != nil {
			return false
		}
		var n hexutil.Uint64
		return rc.CallContext(ctx, &n, "eth_blockNumber") == nil
	})
	client := ethclient.NewClient(rc)
	chainID, err := client.ChainID(ctx)
	require.NoError(t, err)
	return gethDev{url: url, rc: rc, client: client, chainID: chainID, process: cmd.Process}
}

// fund sends each address ether from geth's unlocked dev account.
func (g gethDev) fund(t testing.TB, ether int64, addrs ...common.Address) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	var accounts []common.Address
	require.NoError(t, g.rc.CallContext(ctx, &accounts, "eth_accounts"))
	require.NotEmpty(t, accounts)
	value := new(big.Int).Mul(big.NewInt(ether), big.NewInt(1e18))
	for _, a := range addrs {
		var hash common.Hash
		require.NoError(t, g.rc.CallContext(ctx, &hash, "eth_sendTransaction", map[string]any{
			"from": accounts[0], "to": a, "value": (*hexutil.Big)(value),
		}))
		_, err := bind.WaitMined(ctx, g.client, txByHash(t, ctx, g.client, hash))
		require.NoError(t, err)
	}
}

// transactor signs for key on g's chain.
func (g gethDev) transactor(t testing.TB, key *ecdsa.PrivateKey) *bind.TransactOpts {
	t.Helper()
	opts, err := bind.NewKeyedTransactorWithChainID(key, g.chainID)
	require.NoError(t, err)
	return opts
}

// mined is a function that waits for a sent transaction and fails the
// test if sending failed or the transaction reverted: mined(binding.Call(...)).
func (g gethDev) mined(t testing.TB) func(*types.Transaction, error) *types.Receipt {
	return func(tx *types.Transaction, err error) *types.Receipt {
		t.Helper()
		require.NoError(t, err)
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		r, err := bind.WaitMined(ctx, g.client, tx)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "transaction %s reverted", tx.Hash())
		return r
	}
}

func startGeth(t testing.TB, geth string, port int) testL2 {
	t.Helper()
	g := runGeth(t, geth, port)
	owner, err := crypto.GenerateKey()
	require.NoError(t, err)
	op, err := crypto.GenerateKey()
	require.NoError(t, err)
	g.fund(t, 1, crypto.PubkeyToAddress(owner.PublicKey), crypto.PubkeyToAddress(op.PublicKey))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	opts := g.transactor(t, owner)
	wait := func(tx *types.Transaction) error { _, err := bind.WaitMined(ctx, g.client, tx); return err }
	c, err := devchain.Deploy(g.client, opts, wait, stakingRequirement, big.NewInt(1))
	require.NoError(t, err)
	g.mined(t)(c.TokenC.Mint(opts, crypto.PubkeyToAddress(op.PublicKey), new(big.Int).Mul(stakingRequirement, big.NewInt(10))))
	start, err := g.client.BlockNumber(ctx)
	require.NoError(t, err)
	// geth --dev keeps `finalized` at genesis: read to head minus a depth.
	return testL2{kind: "geth --dev", url: g.url, staking: c.Staking, operator: op, startBlock: start, depth: 2, process: g.process}
}

func txByHash(t testing.TB, ctx context.Context, c *ethclient.Client, h common.Hash) *types.Transaction {
	t.Helper()
	var tx *types.Transaction
	waitFor(t, "the funding transaction", 30*time.Second, func() bool {
		var pending bool
		var err error
		tx, pending, err = c.TransactionByHash(ctx, h)
		return err == nil && tx != nil && !pending || err == nil && tx != nil
	})
	return tx
}

// tcpProxy forwards a loopback port to an L2 endpoint; down() closes the
// port and every connection through it (callers see "connection refused"),
// up() opens it again. It stands for one of several L2 endpoints failing.
type tcpProxy struct {
	t      testing.TB
	addr   string
	target string
	mu     sync.Mutex
	ln     net.Listener
	conns  map[net.Conn]struct{}
}

func startProxy(t testing.TB, port int, targetURL string) *tcpProxy {
	t.Helper()
	p := &tcpProxy{t: t, addr: fmt.Sprintf("127.0.0.1:%d", port), target: strings.TrimPrefix(targetURL, "http://"), conns: map[net.Conn]struct{}{}}
	p.up()
	t.Cleanup(p.down)
	return p
}

func (p *tcpProxy) url() string { return "http://" + p.addr }

func (p *tcpProxy) up() {
	ln, err := net.Listen("tcp", p.addr)
	require.NoError(p.t, err)
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.pipe(c)
		}
	}()
}

func (p *tcpProxy) pipe(c net.Conn) {
	u, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	p.conns[c], p.conns[u] = struct{}{}, struct{}{}
	p.mu.Unlock()
	go func() { _, _ = io.Copy(u, c); u.Close() }()
	_, _ = io.Copy(c, u)
	c.Close()
}

func (p *tcpProxy) down() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
	clear(p.conns)
}
