package oxensnap

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/seshnet/seshnet/workchain/registry"
)

// Dropped is a node not carried over and why.
type Dropped struct {
	Ed25519 string   `json:"ed25519"`
	Reasons []string `json:"reasons"`
	// Detail says which contributor or rule, when there is one.
	Detail string `json:"detail,omitempty"`
}

// carry decides, node by node, oldest first (registration height, then
// key: Session's order), which nodes are carried over, and takes their
// stakes from the contributors' unallocated SESH.
func (im *importer) carry() []registry.GenesisNode {
	order := make([]int, len(im.s.ServiceNodes))
	keys := make([][]byte, len(im.s.ServiceNodes))
	for i, n := range im.s.ServiceNodes {
		order[i], keys[i] = i, mustHex(n.Ed25519)
	}
	sort.SliceStable(order, func(a, b int) bool {
		na, nb := im.s.ServiceNodes[order[a]], im.s.ServiceNodes[order[b]]
		if na.RegistrationHeight != nb.RegistrationHeight {
			return na.RegistrationHeight < nb.RegistrationHeight
		}
		return bytes.Compare(keys[order[a]], keys[order[b]]) < 0
	})
	var out []registry.GenesisNode
	for _, i := range order {
		gn, drop := im.carryNode(i)
		if drop != nil {
			im.rep.dropped(*drop)
			continue
		}
		gn.ServiceNodeID = im.o.FirstID + uint64(len(out))
		out = append(out, gn)
		im.rep.Sesh.NodesCarried++
		im.rep.Sesh.Staked += im.o.Registry.StakingRequirement
	}
	return out
}

// carryNode applies Session's rules to one node: it is carried over only
// if it has a BLS key, is fully funded, every contributor registered an
// Ethereum address, and each contributor (merged by Ethereum address) has
// the unallocated SESH for the same proportion of the new requirement:
// ⌊amount × requirement / node's OXEN requirement⌋, the operator also
// taking what the rounding left (Session's "deficit"). The stakes must
// then pass the registry's stake rules.
func (im *importer) carryNode(i int) (registry.GenesisNode, *Dropped) {
	n := im.s.ServiceNodes[i]
	drop := &Dropped{Ed25519: n.Ed25519}
	if n.BLS == nil {
		drop.Reasons = append(drop.Reasons, ReasonNoBLS)
	}
	var total uint64
	for _, c := range n.Contributors {
		total += c.Amount.v // Check bounded it by the requirement
	}
	if total < n.StakingRequirement.v {
		drop.Reasons = append(drop.Reasons, ReasonPartlyFunded)
	}
	stakes, op, topUp, detail, reason := im.required(n)
	if reason != "" {
		drop.Reasons, drop.Detail = append(drop.Reasons, reason), detail
	}
	if len(drop.Reasons) > 0 {
		return registry.GenesisNode{}, drop
	}
	contributors := ordered(stakes, op)
	if err := registry.CheckStake(im.o.Registry, contributors, n.FeeBP); err != nil {
		drop.Reasons, drop.Detail = []string{ReasonStakeRule}, err.Error()
		return registry.GenesisNode{}, drop
	}
	for _, c := range contributors {
		im.unalloc[c.Staker] -= c.Amount // required() checked each is there
	}
	im.rep.Sesh.OperatorTopUp += topUp
	return registry.GenesisNode{Ed25519: mustHex(n.Ed25519), BLS: mustHex(*n.BLS), FeeBP: n.FeeBP, Contributors: contributors}, nil
}

// required is each Ethereum address's stake in the node at the new
// requirement, and the operator's address; or the reason it cannot be
// carried (an unregistered contributor, not enough unallocated SESH).
func (im *importer) required(n ServiceNode) (stakes map[common.Address]uint64, op common.Address, topUp uint64, detail, reason string) {
	req := im.o.Registry.StakingRequirement
	stakes = map[common.Address]uint64{}
	var sum uint64
	for j, c := range n.Contributors {
		eth, ok := im.reg[c.OxenAddress]
		if !ok {
			return nil, op, 0, fmt.Sprintf("contributors[%d] %s", j, c.OxenAddress), ReasonUnregistered
		}
		share, _, ok := mulDiv(c.Amount.v, req, n.StakingRequirement.v)
		if !ok {
			return nil, op, 0, fmt.Sprintf("contributors[%d]", j), ReasonConversionSize
		}
		stakes[eth] += share // Σ share ≤ req: Σ amount ≤ the node's requirement
		sum += share
	}
	op, topUp = im.reg[n.Operator], req-sum
	stakes[op] += topUp
	for _, eth := range sortedAddrs(stakes) {
		if im.unalloc[eth] < stakes[eth] {
			return nil, op, 0, fmt.Sprintf("%s has %d, needs %d", eth, im.unalloc[eth], stakes[eth]), ReasonInsufficient
		}
	}
	return stakes, op, topUp, "", ""
}

// ordered lists the stakes operator first, then by amount descending and
// address ascending (Session's order), each staker its own beneficiary.
func ordered(stakes map[common.Address]uint64, op common.Address) []registry.Contributor {
	out := []registry.Contributor{{Staker: op, Beneficiary: op, Amount: stakes[op]}}
	for _, a := range sortedAddrs(stakes) {
		if a != op {
			out = append(out, registry.Contributor{Staker: a, Beneficiary: a, Amount: stakes[a]})
		}
	}
	sort.SliceStable(out[1:], func(i, j int) bool { return out[1+i].Amount > out[1+j].Amount })
	return out
}

func sortedAddrs(m map[common.Address]uint64) []common.Address {
	out := make([]common.Address, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i][:], out[j][:]) < 0 })
	return out
}
