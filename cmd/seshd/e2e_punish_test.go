package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/p2p"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/cmd/internal/chainclient"
	"github.com/seshnet/seshnet/core/config"
	"github.com/seshnet/seshnet/core/keys"
	"github.com/seshnet/seshnet/genesis"
	"github.com/seshnet/seshnet/modules/relay"
	"github.com/seshnet/seshnet/plugins/host"
	"github.com/seshnet/seshnet/workchain/app"
	"github.com/seshnet/seshnet/workchain/punish"
	"github.com/seshnet/seshnet/workchain/registry"
	"github.com/seshnet/seshnet/workchain/swarm"
)

// The punishment network's shortened parameters (docs/punishments.md, "What
// the end-to-end test shows"). Credits do not grow (credit_per_day 0), so a
// node's credit is exactly what the rules left it, and a decommissioned
// node with a fresh credit is deregistered credit_start seconds later.
const (
	punishBase        = 22656
	punishNodes       = 6
	punishValidators  = 5
	punishCreditStart = 120
)

func punishTestnetArgs() []string {
	args := []string{"--max-validators", fmt.Sprint(punishValidators)}
	for _, p := range []string{
		// Each node tested about every 5 s by a quorum of 5 (genesis.Local
		// for 6 nodes: every other node; 3 votes decide).
		"punish.test_period_seconds=5",
		fmt.Sprintf("punish.credit_start_seconds=%d", punishCreditStart),
		"punish.credit_per_day_seconds=0",
		// A node's proof names its running modules: a module back up is in
		// the next proof, within 5 s.
		"uptime.interval_seconds=5",
		"liveness.liveness_window=30",
		"liveness.liveness_max_missed=15",
	} {
		args = append(args, "--genesis-param", p)
	}
	return args
}

// TestPunishTestnetGenesisParams: `seshd testnet --genesis-param` sets a
// module parameter through the module's own rules and refuses anything
// else with the field named, writing no home.
func TestPunishTestnetGenesisParams(t *testing.T) {
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	require.NoError(t, err)
	bls, err := keys.GenerateBLS()
	require.NoError(t, err)
	base := genesis.WithSoloNodes(genesis.Local(2), []genesis.LocalNode{{Ed25519: pub, BLS: bls.Public[:], Operator: [20]byte{1}}})
	doc, err := applyGenesisParams(base, []string{"punish.test_period_seconds=7", "liveness.liveness_window=30", "liveness.liveness_max_missed=3", "registry.max_validators=1"})
	require.NoError(t, err)
	require.EqualValues(t, 7, doc.Punish.Params.TestPeriodSeconds)
	require.EqualValues(t, 30, doc.Liveness.Params.Window)
	require.EqualValues(t, 3, doc.Liveness.Params.MaxMissed)
	require.EqualValues(t, 1, doc.Registry.Params.MaxValidators)
	require.Len(t, doc.Registry.Nodes, 1, "the nodes are kept")
	for _, c := range []struct{ set, want string }{
		{"punish.test_period_seconds", "MODULE.KEY=VALUE"},
		{"test_period_seconds=3", "MODULE.KEY=VALUE"},
		{"nosuch.x=1", `no module "nosuch"`},
		{"punish.nosuch=1", `no parameter "nosuch"`},
		{"l2.chain_id=1", "has no parameters"},
		{"punish.test_period_seconds=0", "punish.test_period_seconds: must be"},
		{"punish.test_period_seconds=10s", "test_period_seconds of type int64"},
		{"liveness.liveness_max_missed=100", "liveness.liveness_max_missed"},
	} {
		_, err := applyGenesisParams(base, []string{c.set})
		require.ErrorContains(t, err, c.want, c.set)
	}
	// A refused parameter leaves no half-made homes.
	dir := t.TempDir()
	_, err = makeTestnet(dir, "x", 2, 0, 29656, l2Options{}, genesisOptions{params: []string{"punish.quorum_size=0"}})
	require.ErrorContains(t, err, "punish.quorum_size")
	left, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Empty(t, left)
}

// punishNet is the running network of TestPunishments.
type punishNet struct {
	t     *testing.T
	procs []*proc
	keys  []string // node k's Ed25519 key, hex
	dead  map[int]bool
	dir   string
	start time.Time
}

// TestPunishments is issue 13 end to end on six nodes started the way an
// operator starts them (`seshd testnet --validators 6 --max-validators 5`
// with shortened punishment parameters, each node with the built-in relay
// and storage modules, whose testers vote): a node whose storage stops is
// decommissioned on every node, out of its swarm and of the validator set,
// its swarm still answers; back, it is recommissioned with Session's
// credit; a node killed whole is decommissioned, then deregistered when its
// credit runs out; two processes signing with one validator key are
// deregistered with the double_sign penalty.
func TestPunishments(t *testing.T) {
	if testing.Short() {
		t.Skip("starts six seshd processes and their modules")
	}
	n := startPunishNet(t)
	s1 := n.storageOutage()
	n.wholeNodeKilled(s1)
	n.doubleSign(s1)
}

func startPunishNet(t *testing.T) *punishNet {
	t.Helper()
	procs := writeTestnet(t, punishNodes, punishBase, punishTestnetArgs()...)
	n := &punishNet{t: t, procs: procs, dead: map[int]bool{}, dir: t.TempDir()}
	for _, p := range procs {
		// The testers test from the network's birth (the start-up grace
		// keeps them from failing a node before its first uptime proof),
		// and ask for their tests every second (the default is 5 s). The
		// relay finds its own storage with default settings, whatever its
		// node's state.
		f, err := os.OpenFile(filepath.Join(p.home, "config", "seshd.toml"), os.O_APPEND|os.O_WRONLY, 0)
		require.NoError(t, err)
		_, err = f.WriteString("\n[modules.storage.settings]\ntest_poll_ms = 1000\n")
		require.NoError(t, err)
		require.NoError(t, f.Close())
		var k struct {
			Ed25519 string `json:"ed25519"`
		}
		require.NoError(t, json.Unmarshal(runSeshd(t, "keys", "node", "--home", p.home, "-o", "json"), &k))
		n.keys = append(n.keys, k.Ed25519)
	}
	for _, p := range procs {
		p.start(t)
	}
	n.start = time.Now()
	n.onEvery("every node active with an uptime proof naming relay and storage", 3*time.Minute, func(k int) bool {
		for _, key := range n.keys {
			nv, err := n.node(k, key)
			if err != nil || nv.State != registry.StateActive || nv.Uptime == nil || !slices.Contains(nv.Uptime.Modules, "storage") || !slices.Contains(nv.Uptime.Modules, "relay") {
				return false
			}
		}
		return true
	})
	var ds []punish.Decision
	require.NoError(t, n.query(0, "/punishments", &ds))
	require.Empty(t, ds, "a decision at the network's birth: every node had its start-up grace")
	vals := n.validators(0)
	require.Len(t, vals, punishValidators, "max_validators")
	t.Logf("6 nodes serving after %s; validators %v", time.Since(n.start).Round(time.Second), n.indexes(vals))
	return n
}

// storageOutage is scenario 1; it returns the node it stopped.
func (n *punishNet) storageOutage() int {
	t := n.t
	t.Helper()
	// Bob's mailbox, on a swarm that holds the victim: a message stored
	// before the outage must still be read from the swarm during it.
	bobFile, bobKey, bob := (&msgNet{dir: n.dir}).account(t, "bob")
	var of app.SwarmOf
	require.NoError(t, n.query(0, "/swarm-of/"+bob.Hex(), &of))
	vals := n.validators(0)
	victim := -1
	for _, m := range of.Swarm.Members {
		if k := n.index(m); k > 0 && slices.Contains(vals, m) {
			victim = k
			break
		}
	}
	require.GreaterOrEqual(t, victim, 0, "bob's swarm %v holds no validator but node 0", of.Swarm.Members)
	aliceFile, _, _ := (&msgNet{dir: n.dir}).account(t, "alice")
	hash := (&msgNet{base: punishBase}).send(t, aliceFile, bob, "before the outage")
	for _, m := range of.Swarm.Members {
		nd := n.storageNode(n.index(m))
		waitFor(t, "the message on bob's swarm member "+nd.Storage, 30*time.Second, func() bool {
			msgs, err := retrieveFrom(nd, bobKey, bob)
			_, ok := find(msgs, hash)
			return err == nil && ok
		})
	}
	key := n.keys[victim]
	t.Logf("scenario 1: node %d (validator, in bob's swarm %016x) has its storage module stopped", victim, of.Swarm.ID)

	stopped := time.Now()
	fr := n.freezeStorage(victim)
	n.onEvery(fmt.Sprintf("node %d decommissioned, out of the validators and the swarms", victim), 3*time.Minute, func(k int) bool {
		return n.isState(k, key, registry.StateDecommissioned) && !slices.Contains(n.validators(k), key) && !n.inSwarms(k, key) && !n.inCometSet(k, key)
	})
	seen := time.Now()
	dec := n.decision(0, key, punish.Decommission)
	tDec := n.blockTime(dec.Height)
	t.Logf("scenario 1: decommissioned at height %d (%q) %s after the stop; seen on all 6 nodes after %s",
		dec.Height, dec.Reason, tDec.Sub(stopped).Round(time.Second), seen.Sub(stopped).Round(time.Second))
	pv := n.punishView(0, key)
	require.Equal(t, tDec.Unix(), pv.DecommissionedAt, "decommissioned_at is the deciding block's time")
	creditBefore := pv.CreditRunsOut - pv.DecommissionedAt
	require.EqualValues(t, punishCreditStart, creditBefore, "credit at decommission: the starting credit (no daily gain)")

	// The swarm still answers for bob: the members that stay in his swarm
	// have the message, and the client reads it through the network. (A
	// member that joins his swarm in the victim's place gets it handed over:
	// checked after the outage, so as not to lengthen it.)
	old := slices.Clone(of.Swarm.Members)
	require.NoError(t, n.query(0, "/swarm-of/"+bob.Hex(), &of))
	require.NotContains(t, of.Swarm.Members, key)
	for _, m := range of.Swarm.Members {
		if !slices.Contains(old, m) {
			continue
		}
		nd := n.storageNode(n.index(m))
		msgs, err := retrieveFrom(nd, bobKey, bob)
		require.NoError(t, err, "bob's swarm member %s during the outage", nd.Storage)
		_, ok := find(msgs, hash)
		require.True(t, ok, "bob's swarm member %s lost the message", nd.Storage)
	}
	seed := (&msgNet{base: punishBase}).relayAddr((victim + 1) % punishNodes)
	waitFor(t, "seshd msg recv to read bob's message during the outage", 60*time.Second, func() bool {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		out, err := exec.CommandContext(ctx, seshdBin, "msg", "recv", "--key", bobFile, "--seed", seed).CombinedOutput()
		return err == nil && strings.Contains(string(out), "before the outage")
	})
	t.Logf("scenario 1: bob's swarm is now %v (was %v): it still serves the message; seshd msg recv reads it", n.indexes(of.Swarm.Members), n.indexes(old))

	resumedAt := n.procs[0].height(t)
	resumed := time.Now()
	fr.resume()
	n.onEvery(fmt.Sprintf("node %d recommissioned", victim), 3*time.Minute, func(k int) bool {
		return n.isState(k, key, registry.StateActive)
	})
	rec := n.decision(0, key, punish.Recommission)
	require.Greater(t, rec.Height, resumedAt, "recommissioned before the storage module came back")
	tRec := n.blockTime(rec.Height)
	decommissioned := tRec.Unix() - tDec.Unix()
	want := max(0, creditBefore-2*decommissioned)
	t.Logf("scenario 1: recommissioned at height %d (%q) %s after the resume; decommissioned %d s by block times: credit %d - 2 × %d = %d",
		rec.Height, rec.Reason, tRec.Sub(resumed).Round(time.Second), decommissioned, creditBefore, decommissioned, want)
	require.Positive(t, want, "the outage outlasted half the credit: the arithmetic is not checked beyond max(0, …)")
	var passes []string
	for _, v := range n.punishView(0, key).Votes {
		if v.Pass && v.Height <= rec.Height {
			passes = append(passes, fmt.Sprintf("h%d:node %d", v.Height, n.index(v.Tester.String())))
		}
	}
	require.NotEmpty(t, passes, "no pass vote recorded for the recommission")
	t.Logf("scenario 1: pass votes %v", passes)
	n.onEvery("the recommissioned node's credit and its swarm", time.Minute, func(k int) bool {
		pv := n.punishView(k, key)
		return pv.CreditSeconds == want && pv.DecommissionedAt == 0 && n.inSwarms(k, key)
	})
	require.NoError(t, n.query(0, "/swarm-of/"+bob.Hex(), &of))
	for _, m := range of.Swarm.Members {
		nd := n.storageNode(n.index(m))
		waitFor(t, "the message on bob's swarm member "+nd.Storage+" after the outage", 60*time.Second, func() bool {
			msgs, err := retrieveFrom(nd, bobKey, bob)
			_, ok := find(msgs, hash)
			return err == nil && ok
		})
	}
	return victim
}

// wholeNodeKilled is scenario 2: a validator other than skip is killed with
// its modules; it is decommissioned, then deregistered when its credit runs
// out.
func (n *punishNet) wholeNodeKilled(skip int) {
	t := n.t
	t.Helper()
	victim := n.someValidator(skip)
	key := n.keys[victim]
	pids := n.modulePIDs(victim)
	killed := time.Now()
	n.procs[victim].stop(syscall.SIGKILL)
	for _, pid := range pids {
		_ = syscall.Kill(pid, syscall.SIGKILL)
	}
	n.dead[victim] = true
	t.Logf("scenario 2: node %d (validator) SIGKILLed with its modules %v", victim, pids)
	n.onEvery(fmt.Sprintf("node %d decommissioned and out of the validators", victim), 3*time.Minute, func(k int) bool {
		return n.isState(k, key, registry.StateDecommissioned) && !slices.Contains(n.validators(k), key) && !n.inSwarms(k, key)
	})
	dec := n.decision(0, key, punish.Decommission)
	tDec := n.blockTime(dec.Height)
	t.Logf("scenario 2: decommissioned at height %d (%q) %s after the kill", dec.Height, dec.Reason, tDec.Sub(killed).Round(time.Second))
	n.onEvery(fmt.Sprintf("node %d deregistered", victim), punishCreditStart*time.Second+3*time.Minute, func(k int) bool {
		return n.isState(k, key, registry.StateDeregistered)
	})
	for k := range n.procs {
		if n.dead[k] {
			continue
		}
		got := n.decision(k, key, punish.Deregister)
		require.Equal(t, "credit ran out while decommissioned", got.Reason, "node %d", k)
		d := n.decision(k, key, punish.Decommission)
		require.Equal(t, dec, d, "node %d records the same decommission", k)
		pv := n.punishView(k, key)
		require.GreaterOrEqual(t, pv.DeregisteredTime, tDec.Unix()+punishCreditStart, "node %d: deregistered before the credit ran out", k)
		require.Zero(t, pv.CreditSeconds, "node %d", k)
	}
	dereg := n.decision(0, key, punish.Deregister)
	tDereg := n.blockTime(dereg.Height)
	t.Logf("scenario 2: deregistered at height %d (%q), %s after the decommission (credit %d s), %s after the kill; /punishments on every node: %s",
		dereg.Height, dereg.Reason, tDereg.Sub(tDec).Round(time.Second), punishCreditStart, tDereg.Sub(killed).Round(time.Second), n.decisionsText(0))
}

// doubleSign is scenario 3: a second process signs with a validator's key.
func (n *punishNet) doubleSign(skip int) {
	t := n.t
	t.Helper()
	victim := n.someValidator(skip)
	key := n.keys[victim]
	twin := n.twin(victim)
	started := time.Now()
	twin.start(t)
	t.Logf("scenario 3: a second process with node %d's validator key started (fresh data, no mempool, no modules, no uptime proofs)", victim)
	n.onEvery(fmt.Sprintf("node %d deregistered with penalty double_sign", victim), 5*time.Minute, func(k int) bool {
		nv, err := n.node(k, key)
		return err == nil && nv.State == registry.StateDeregistered && nv.Penalty == registry.PenaltyDoubleSign &&
			!slices.Contains(n.validators(k), key)
	})
	took := time.Since(started)
	pv := n.punishView(0, key)
	require.NotZero(t, pv.DeregisteredTime)
	for k := range n.procs {
		if !n.dead[k] {
			require.Equal(t, pv.DeregisteredTime, n.punishView(k, key).DeregisteredTime, "node %d: deregistration time", k)
		}
	}
	t.Logf("scenario 3: deregistered (penalty double_sign, lock until %d) %s after the twin started", pv.LockedUntil, took.Round(time.Second))
	twin.stop(syscall.SIGTERM)
}

// twin writes a copy of node k's home that signs with its validator key:
// its own p2p key and ports, fresh chain data (it block-syncs, then signs
// at the same heights as node k), no mempool (its proposals are empty where
// node k's carry transactions, so the two propose different blocks and
// prevote for them: conflicting votes), no modules and no uptime proofs
// (the original keeps proving the node serves, so only the evidence
// punishes it).
func (n *punishNet) twin(k int) *proc {
	t := n.t
	t.Helper()
	src, dst := n.procs[k].home, filepath.Join(n.dir, "twin")
	require.NoError(t, os.MkdirAll(filepath.Join(dst, "config"), 0o700))
	entries, err := os.ReadDir(filepath.Join(src, "config"))
	require.NoError(t, err)
	for _, e := range entries {
		if e.IsDir() || e.Name() == "node_key.json" { // its own p2p identity
			continue
		}
		raw, err := os.ReadFile(filepath.Join(src, "config", e.Name()))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dst, "config", e.Name()), raw, 0o600))
	}
	h := home(dst)
	c, err := loadCometConfig(home(src))
	require.NoError(t, err)
	c.SetRoot(dst)
	p := testnetPorts(punishBase, punishNodes)
	c.Moniker = "twin"
	c.P2P.ListenAddress = fmt.Sprintf("tcp://127.0.0.1:%d", p.p2p)
	c.RPC.ListenAddress = fmt.Sprintf("tcp://127.0.0.1:%d", p.rpc)
	c.Mempool.Type = cmtcfg.MempoolTypeNop
	require.NoError(t, os.MkdirAll(h.Path("data"), 0o700))
	require.NoError(t, os.WriteFile(h.Path("data", "priv_validator_state.json"), []byte(`{"height":"0","round":0,"step":0}`), 0o600))
	_, err = p2p.LoadOrGenNodeKey(c.NodeKeyFile())
	require.NoError(t, err)
	cmtcfg.WriteConfigFile(h.CometConfig(), c)
	sc := config.Default()
	sc.Admin.Listen = fmt.Sprintf("127.0.0.1:%d", punishBase+24+100*punishNodes)
	sc.Uptime.Enabled = false
	require.NoError(t, config.Write(h.SeshdConfig(), sc, ""))
	return &proc{home: dst, rpc: fmt.Sprintf("http://127.0.0.1:%d", p.rpc)}
}

// freezer keeps a node's storage module stopped.
type freezer struct {
	n      *punishNet
	k      int
	stop   chan struct{}
	done   chan struct{}
	mu     sync.Mutex
	frozen []int
}

// freezeStorage SIGSTOPs node k's storage module and keeps any new process
// of it stopped while the outage lasts. The host notices a module that stops
// answering its health checks (three missed, about 6 s), kills it and starts
// a new process; one the loop did not stop at once would serve (and pass
// tests) while it is being launched, before `seshd modules` lists its pid.
// So the loop stops every seshd-storage child of the node's seshd as soon as
// /proc shows it, and checks at the start that this is the pid `seshd
// modules` names.
func (n *punishNet) freezeStorage(k int) *freezer {
	t := n.t
	t.Helper()
	parent := n.procs[k].cmd.Process.Pid
	st, ok := n.module(k, "storage")
	require.True(t, ok)
	require.Equal(t, []int{st.PID}, childrenNamed(parent, "seshd-storage"), "node %d's storage process", k)
	f := &freezer{n: n, k: k, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(f.done)
		for {
			for _, pid := range childrenNamed(parent, "seshd-storage") {
				f.mu.Lock()
				if !slices.Contains(f.frozen, pid) && syscall.Kill(pid, syscall.SIGSTOP) == nil {
					f.frozen = append(f.frozen, pid)
				}
				f.mu.Unlock()
			}
			select {
			case <-f.stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	t.Cleanup(f.resumeProcesses)
	return f
}

// childrenNamed lists the processes whose parent is ppid and whose command
// name (/proc/PID/stat's comm) is name.
func childrenNamed(ppid int, name string) []int {
	entries, _ := os.ReadDir("/proc")
	var out []int
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		raw, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// "PID (COMM) STATE PPID ...": COMM may hold spaces, not ')'.
		open, end := strings.IndexByte(string(raw), '('), strings.LastIndexByte(string(raw), ')')
		if open < 0 || end < open {
			continue
		}
		rest := strings.Fields(string(raw[end+1:]))
		if string(raw[open+1:end]) == name && len(rest) > 1 && rest[1] == strconv.Itoa(ppid) {
			out = append(out, pid)
		}
	}
	return out
}

// resumeProcesses ends the loop and SIGCONTs every process it stopped.
func (f *freezer) resumeProcesses() {
	select {
	case <-f.stop:
	default:
		close(f.stop)
	}
	<-f.done
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, pid := range f.frozen {
		_ = syscall.Kill(pid, syscall.SIGCONT)
	}
}

// resume ends the outage: the stopped processes go on, and the host, which
// killed each process that stopped answering and started another, has
// the module running again, at whatever pid.
func (f *freezer) resume() {
	t := f.n.t
	t.Helper()
	f.resumeProcesses()
	t.Logf("scenario 1: resumed (SIGCONT to the %d storage process(es) stopped)", len(f.frozen))
	waitFor(t, "the storage module running again", 2*time.Minute, func() bool {
		st, ok := f.n.module(f.k, "storage")
		return ok && st.State == host.StateRunning && st.PID > 0
	})
	st, _ := f.n.module(f.k, "storage")
	t.Logf("scenario 1: the storage module runs as pid %d after %d restart(s) (%d process(es) stopped during the outage)", st.PID, st.Restarts, len(f.frozen))
}

// module is node k's module name as `seshd modules -o json` shows it.
func (n *punishNet) module(k int, name string) (host.ModuleStatus, bool) {
	out, err := exec.Command(seshdBin, "modules", "--home", n.procs[k].home, "-o", "json").Output()
	if err != nil {
		return host.ModuleStatus{}, false
	}
	var sts []host.ModuleStatus
	if json.Unmarshal(out, &sts) != nil {
		return host.ModuleStatus{}, false
	}
	for _, st := range sts {
		if st.Name == name {
			return st, true
		}
	}
	return host.ModuleStatus{}, false
}

func (n *punishNet) modulePIDs(k int) []int {
	var sts []host.ModuleStatus
	require.NoError(n.t, json.Unmarshal(runSeshd(n.t, "modules", "--home", n.procs[k].home, "-o", "json"), &sts))
	var pids []int
	for _, st := range sts {
		if st.PID > 0 {
			pids = append(pids, st.PID)
		}
	}
	return pids
}

// onEvery waits until cond holds on every node still running.
func (n *punishNet) onEvery(what string, limit time.Duration, cond func(k int) bool) {
	n.t.Helper()
	waitFor(n.t, what+" on every running node", limit, func() bool {
		for k := range n.procs {
			if !n.dead[k] && !cond(k) {
				return false
			}
		}
		return true
	})
}

func (n *punishNet) query(k int, path string, out any) error {
	c, err := rpchttp.New(n.procs[k].rpc)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return chainclient.Query(ctx, c, path, 0, out)
}

func (n *punishNet) node(k int, key string) (app.NodeView, error) {
	var nv app.NodeView
	return nv, n.query(k, "/node/"+key, &nv)
}

func (n *punishNet) isState(k int, key string, s registry.NodeState) bool {
	nv, err := n.node(k, key)
	return err == nil && nv.State == s
}

// validators is node k's workchain validator set (keys, hex); nil when it
// cannot be read.
func (n *punishNet) validators(k int) []string {
	var vals []string
	if n.query(k, "/validators", &vals) != nil {
		return nil
	}
	return vals
}

// inCometSet says whether CometBFT's own validator set on node k holds key
// (true when it cannot be read, so a wait goes on).
func (n *punishNet) inCometSet(k int, key string) bool {
	c, err := rpchttp.New(n.procs[k].rpc)
	if err != nil {
		return true
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	per := 100
	res, err := c.Validators(ctx, nil, nil, &per)
	if err != nil {
		return true
	}
	for _, v := range res.Validators {
		if fmt.Sprintf("%x", v.PubKey.Bytes()) == key {
			return true
		}
	}
	return false
}

// inSwarms says whether node k's swarms hold key (true when they cannot be
// read).
func (n *punishNet) inSwarms(k int, key string) bool {
	var sws []swarm.View
	if n.query(k, "/swarms", &sws) != nil {
		return true
	}
	for _, s := range sws {
		if slices.Contains(s.Members, key) {
			return true
		}
	}
	return false
}

func (n *punishNet) punishView(k int, key string) punish.NodeView {
	n.t.Helper()
	var pv punish.NodeView
	require.NoError(n.t, n.query(k, "/punish/"+key, &pv))
	return pv
}

// decision is node k's newest decision of that kind about key.
func (n *punishNet) decision(k int, key, kind string) punish.Decision {
	n.t.Helper()
	var ds []punish.Decision
	require.NoError(n.t, n.query(k, "/punishments", &ds))
	for _, d := range ds {
		if d.Node.String() == key && d.Decision == kind {
			return d
		}
	}
	n.t.Fatalf("node %d's /punishments has no %s of %s: %+v", k, kind, key, ds)
	return punish.Decision{}
}

func (n *punishNet) decisionsText(k int) string {
	var ds []punish.Decision
	require.NoError(n.t, n.query(k, "/punishments", &ds))
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "[h%d node %d %s: %s] ", d.Height, n.index(d.Node.String()), d.Decision, d.Reason)
	}
	return b.String()
}

// blockTime is the time of block h (the time the workchain's rules use).
func (n *punishNet) blockTime(h int64) time.Time {
	n.t.Helper()
	for k := range n.procs {
		if n.dead[k] {
			continue
		}
		c, err := rpchttp.New(n.procs[k].rpc)
		require.NoError(n.t, err)
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		b, err := c.Block(ctx, &h)
		cancel()
		require.NoError(n.t, err)
		return b.Block.Time
	}
	n.t.Fatal("no node running")
	return time.Time{}
}

// someValidator is a running validator (by node 0's view) other than skip
// and node 0.
func (n *punishNet) someValidator(skip int) int {
	n.t.Helper()
	for _, v := range n.validators(n.alive()) {
		if k := n.index(v); k > 0 && k != skip && !n.dead[k] {
			return k
		}
	}
	n.t.Fatalf("no running validator but nodes 0 and %d", skip)
	return -1
}

func (n *punishNet) alive() int {
	for k := range n.procs {
		if !n.dead[k] {
			return k
		}
	}
	return -1
}

func (n *punishNet) index(key string) int { return slices.Index(n.keys, key) }

func (n *punishNet) indexes(keys []string) []int {
	out := make([]int, len(keys))
	for i, key := range keys {
		out[i] = n.index(key)
	}
	return out
}

// storageNode is node k's storage endpoint as a client pins it.
func (n *punishNet) storageNode(k int) relay.NetworkNode {
	return relay.NetworkNode{Ed25519: n.keys[k], Storage: fmt.Sprintf("127.0.0.1:%d", punishBase+36+100*k)}
}
