package bindings

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// upstreamInterface is the appendix of
// /work/shared/reviews/2026-12-01-session-wire.md ("Appendix: selectors,
// topics and errors of the public ServiceNodeRewards"), computed there from
// session-token-contracts @ ae0f6a68 contracts/ServiceNodeRewards.sol with
// go-ethereum's keccak, pasted unchanged.
const upstreamInterface = `
## functions (selector  signature)
0x7a6d4065  updateRewardsBalance(address,uint256,(uint256,uint256,uint256,uint256),uint64[])
0x372500ab  claimRewards()
0x0962ef79  claimRewards(uint256)
0xbc7efecc  addBLSPublicKey((uint256,uint256),(uint256,uint256,uint256,uint256),(uint256,uint256,uint256,uint16),((address,address),uint256)[])
0xffd9a86d  validateProofOfPossession((uint256,uint256),(uint256,uint256,uint256,uint256),address,uint256)
0xd9054b09  initiateExitBLSPublicKey(uint64)
0x95055ffd  exitBLSPublicKeyWithSignature((uint256,uint256),uint256,(uint256,uint256,uint256,uint256),uint64[])
0xab0122ae  exitBLSPublicKeyAfterWaitTime(uint64)
0xc4f56d9a  liquidateBLSPublicKeyWithSignature((uint256,uint256),uint256,(uint256,uint256,uint256,uint256),uint64[])
0x1f4c4930  seedPublicKeyList(((uint256,uint256),uint256,uint256,((address,address),uint256)[])[])
0x1f744b54  rederiveTotalNodesAndAggregatePubkey()
0xbe9a6555  start()
0x8456cb59  pause()
0x3f4ba83a  unpause()
0x8328b610  setStakingRequirement(uint256)
0xf88d658b  setSignatureExpiry(uint256)
0x43039d90  setBLSNonSignerThresholdMax(uint256)
0xf324c8eb  setClaimThreshold(uint256)
0x245fc183  setClaimCycle(uint256)
0xe5859813  setLiquidationRatios(uint256,uint256,uint256)
0xedbf4ac2  initialize(address,address,uint256,uint256,uint256,uint256,uint256)
0x040f9853  serviceNodes(uint64)
0xabf2c503  allServiceNodeIDs()
0x8a2209e6  aggregatePubkey()
0x34fde376  maxPermittedPubkeyAggregations()
0x65ca819d  serviceNodeIDs(bytes)
0xc0ebedab  ed25519ToServiceNodeID(uint256)
0xeb820312  recipients(address)
0x56d399e8  stakingRequirement()
0x9592d424  totalNodes()
0x8a399481  blsNonSignerThreshold()
0x86e76685  blsNonSignerThresholdMax()
0xd5a81254  signatureExpiry()
0x17f33a7d  nextServiceNodeID()
0x544736e6  isStarted()
0xae6c6063  proofOfPossessionTag()
0x538d2709  rewardTag()
0xd84f0bf8  exitTag()
0x9e3b372d  liquidateTag()
0x6b348ab4  hashToG2Tag()
0x7c89d2f0  designatedToken()
0xf907f5fc  foundationPool()
0xa44285a5  claimThreshold()
0xb13aaebd  claimCycle()
0x9156ac80  currentClaimTotal()
0xdd644d74  currentClaimCycle()
0x86fa5063  maxContributors()
0x095f1404  liquidatorRewardRatio()
0x58e93308  poolShareOfLiquidationRatio()
0x0bd1b419  recipientRatio()
0xffa1ad74  VERSION()
0x9c80ebee  LIST_SENTINEL()
0x62f1fbc2  MAX_SERVICE_NODE_EXIT_WAIT_TIME()
0x9cebc474  SMALL_CONTRIBUTOR_LEAVE_DELAY()

## events (topic0  signature)
0x34be2fa283e1d5eb453459898f160448257aa1ef0f7dd2c3a3b55c45d1af768f  NewSeededServiceNode(uint64,(uint256,uint256),uint256)
0x533c16cb4158fe7c77021b90e9290bbefa457dd392bd8abc1eab59747834fd5b  NewServiceNodeV2(uint64,address,(uint256,uint256),(uint256,uint256,uint256,uint16),((address,address),uint256)[])
0x95390641529563dbfb446535fa996c5ac3be00f90f5705b3abda59a4467b797f  RewardsBalanceUpdated(address,uint256,uint256)
0xfc30cddea38e2bf4d6ea7d3f9ed3b6ad7f176419f4963bd81318067a4aee73fe  RewardsClaimed(address,uint256)
0x0ac8ee09138dfaf5e3ebe4cb4fd42dd1a0695535a530171223fb5066f52e0e3b  BLSNonSignerThresholdMaxUpdated(uint256)
0xe604909b918af52702fa14cd9b5a8870e5bd66da3163365671e583f705fd5463  ClaimThresholdUpdated(uint256)
0xa83e79dc52a438d552d0631ce4fbfe7dec7656d10398a2849f352a6ab4f0163b  ClaimCycleUpdated(uint256)
0x0f69a2a87c90cdbb1a6a46bbb4870f2edfbd516244285ab6ffed6460ac2c6a83  LiquidationRatiosUpdated(uint256,uint256,uint256)
0x0bfb12191b00293af29126b1c5489f8daeb4a4af82db2960b7f8353c3105cd7c  ServiceNodeLiquidated(uint64,address,(uint256,uint256))
0x24c4411329b949fad2eba6f79a8ba090a08eac1af4b56c3a2f5a282ed45e233e  ServiceNodeExit(uint64,address,uint256,(uint256,uint256))
0x8600c0145511b317ae0189933fa71eb57a32d74891804c7993ef74ec63a5e804  ServiceNodeExitRequest(uint64,address,(uint256,uint256))
0x006b7a1ea14ff2794527a64af37d55a2040e351f8b4c1adcdc9aea80d64e0429  StakingRequirementUpdated(uint256)
0xfbbc3d0a51e101ce4a7fda20e6e4eb0e230bf7de27ee2e3683fc8539e3766395  SignatureExpiryUpdated(uint256)

## errors (selector  signature)
0x459c6393  BLSPubkeyAlreadyExists(uint64)
0x1b8ac143  BLSPubkeyDoesNotExist((uint256,uint256))
0xc43283b5  BLSPubkeyDoesNotMatch(uint64,(uint256,uint256))
0x32d31c84  Ed25519PubkeyAlreadyExists(uint64)
0xb7e506ee  CallerNotContributor(uint64,address)
0x8c10944b  ClaimThresholdExceeded()
0x51aeae18  ContractAlreadyStarted()
0xd22d57ac  ContractNotStarted()
0x67d22bd9  ContributionTotalMismatch(uint256,uint256)
0xc27389ba  InsufficientOperatorContribution(uint256)
0x3ab1f196  DeleteSentinelNodeNotAllowed()
0x5eee4a35  InsufficientBLSSignatures(uint256,uint256)
0x3420067a  InsufficientContributors()
0xc79a6baa  InsufficientNodes()
0x9f613442  InvalidBLSSignature((uint256,uint256))
0xcf006ab7  InvalidBLSProofOfPossession()
0x7596e9de  ExitTooEarly(uint64,uint256,uint256)
0xf4a948a6  LeaveRequestTooEarly(uint64,uint256,uint256)
0x67a41398  LeaveRequestNotInitiatedYet(uint64)
0xb06449d0  LiquidatorPenaltyTooHigh()
0x89b0b60c  MaxContributorsExceeded()
0xd8f31acc  MaxClaimExceeded()
0xd13edcea  MaxPubkeyAggregationsExceeded()
0x9cdb9138  NullBLSPubkey()
0x4eb8f11f  NullEd25519Pubkey()
0xe99d5ac5  NullAddress()
0xef6cf450  PositiveNumberRequirement()
0x91eddb03  RecipientAddressDoesNotMatch(address,address,uint256)
0x33938e63  RecipientRewardsTooLow()
0x55ae6e6e  ServiceNodeDoesntExist(uint64)
0x37030b8b  SignatureExpired(uint64,uint256,uint256)
0x3826feb5  SmallContributorLeaveTooEarly(uint64,address)

`

// Our ABI's entries the appendix does not list, all public in upstream too:
// inherited from OpenZeppelin (Ownable2Step, Pausable, Initializable) or
// public state the appendix left out.
var upstreamExtras = map[string]bool{
	"function owner()":                                         true,
	"function pendingOwner()":                                  true,
	"function transferOwnership(address)":                      true,
	"function acceptOwnership()":                               true,
	"function renounceOwnership()":                             true,
	"function paused()":                                        true,
	"function lastHeightPubkeyWasAggregated()":                 true,
	"function numPubkeyAggregationsForHeight()":                true,
	"function MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND()": true,
	"function MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST()":        true,
	"function SMALL_CONTRIBUTOR_DIVISOR()":                     true,
	"event OwnershipTransferStarted(address,address)":          true,
	"event OwnershipTransferred(address,address)":              true,
	"event Paused(address)":                                    true,
	"event Unpaused(address)":                                  true,
	"event Initialized(uint64)":                                true,
	"error OwnableUnauthorizedAccount(address)":                true,
	"error OwnableInvalidOwner(address)":                       true,
	"error EnforcedPause()":                                    true,
	"error ExpectedPause()":                                    true,
	"error InvalidInitialization()":                            true,
	"error SafeERC20FailedOperation(address)":                  true,
}

// parseUpstream reads the appendix into "kind signature" -> id (hex).
func parseUpstream(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	kind := ""
	for _, line := range strings.Split(upstreamInterface, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "## functions"):
			kind = "function"
		case strings.HasPrefix(line, "## events"):
			kind = "event"
		case strings.HasPrefix(line, "## errors"):
			kind = "error"
		default:
			f := strings.Fields(line)
			require.Len(t, f, 2, "appendix line %q", line)
			out[kind+" "+f[1]] = f[0]
		}
	}
	require.Len(t, out, 54+13+32, "the appendix lists 54 functions, 13 events and 32 errors")
	return out
}

// Every selector, event topic and error selector of the public
// ServiceNodeRewards, computed from our compiled ABI, equals the appendix's;
// anything else in our ABI is one of upstreamExtras.
func TestInterfaceMatchesUpstreamAppendix(t *testing.T) {
	want := parseUpstream(t)
	parsed, err := ServiceNodeRewardsMetaData.GetAbi()
	require.NoError(t, err)
	got := map[string]string{}
	for _, m := range parsed.Methods {
		got["function "+m.Sig] = fmt.Sprintf("0x%x", m.ID)
	}
	for _, e := range parsed.Events {
		got["event "+e.Sig] = e.ID.Hex()
	}
	for _, e := range parsed.Errors {
		got["error "+e.Sig] = fmt.Sprintf("0x%x", e.ID[:4])
	}
	var missing, extra []string
	for sig, id := range want {
		if got[sig] == "" {
			missing = append(missing, sig)
			continue
		}
		require.Equal(t, id, got[sig], sig)
	}
	for sig := range got {
		if want[sig] == "" && !upstreamExtras[sig] {
			extra = append(extra, sig)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	require.Empty(t, missing, "in the public contract, not in ours")
	require.Empty(t, extra, "in ours, not in the public contract")
}
