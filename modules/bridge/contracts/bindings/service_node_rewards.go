// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// ServiceNodeRewardsBLSSignatureParams is an auto generated low-level Go binding around an user-defined struct.
type ServiceNodeRewardsBLSSignatureParams struct {
	Sigs0 *big.Int
	Sigs1 *big.Int
	Sigs2 *big.Int
	Sigs3 *big.Int
}

// ServiceNodeRewardsContributor is an auto generated low-level Go binding around an user-defined struct.
type ServiceNodeRewardsContributor struct {
	Staker       ServiceNodeRewardsStaker
	StakedAmount *big.Int
}

// ServiceNodeRewardsG1Point is an auto generated low-level Go binding around an user-defined struct.
type ServiceNodeRewardsG1Point struct {
	X *big.Int
	Y *big.Int
}

// ServiceNodeRewardsSeedServiceNode is an auto generated low-level Go binding around an user-defined struct.
type ServiceNodeRewardsSeedServiceNode struct {
	BlsPubkey      ServiceNodeRewardsG1Point
	Ed25519Pubkey  *big.Int
	AddedTimestamp *big.Int
	Contributors   []ServiceNodeRewardsContributor
}

// ServiceNodeRewardsServiceNode is an auto generated low-level Go binding around an user-defined struct.
type ServiceNodeRewardsServiceNode struct {
	Next                        uint64
	Prev                        uint64
	Operator                    common.Address
	BlsPubkey                   ServiceNodeRewardsG1Point
	AddedTimestamp              *big.Int
	LeaveRequestTimestamp       *big.Int
	LatestLeaveRequestTimestamp *big.Int
	Deposit                     *big.Int
	Contributors                []ServiceNodeRewardsContributor
	Ed25519Pubkey               *big.Int
}

// ServiceNodeRewardsServiceNodeParams is an auto generated low-level Go binding around an user-defined struct.
type ServiceNodeRewardsServiceNodeParams struct {
	ServiceNodePubkey     *big.Int
	ServiceNodeSignature1 *big.Int
	ServiceNodeSignature2 *big.Int
	Fee                   uint16
}

// ServiceNodeRewardsStaker is an auto generated low-level Go binding around an user-defined struct.
type ServiceNodeRewardsStaker struct {
	Addr        common.Address
	Beneficiary common.Address
}

// ServiceNodeRewardsMetaData contains all meta data concerning the ServiceNodeRewards contract.
var ServiceNodeRewardsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"exitWaitTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"smallContributorLeaveDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimumExitAge_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"BLSPubkeyAlreadyExists\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"}],\"name\":\"BLSPubkeyDoesNotExist\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"}],\"name\":\"BLSPubkeyDoesNotMatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"CallerNotContributor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimThresholdExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ContractAlreadyStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ContractNotStarted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"provided\",\"type\":\"uint256\"}],\"name\":\"ContributionTotalMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeleteSentinelNodeNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"Ed25519PubkeyAlreadyExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"addedTimestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currenttime\",\"type\":\"uint256\"}],\"name\":\"ExitTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numSigners\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requiredSigners\",\"type\":\"uint256\"}],\"name\":\"InsufficientBLSSignatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientContributors\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientNodes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operatorStake\",\"type\":\"uint256\"}],\"name\":\"InsufficientOperatorContribution\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidBLSProofOfPossession\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"aggPubkey\",\"type\":\"tuple\"}],\"name\":\"InvalidBLSSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"LeaveRequestNotInitiatedYet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"endTimestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currTimestamp\",\"type\":\"uint256\"}],\"name\":\"LeaveRequestTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LiquidatorPenaltyTooHigh\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MaxClaimExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MaxContributorsExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MaxPubkeyAggregationsExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NullAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NullBLSPubkey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NullEd25519Pubkey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PositiveNumberRequirement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expectedRecipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"providedRecipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeID\",\"type\":\"uint256\"}],\"name\":\"RecipientAddressDoesNotMatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecipientRewardsTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"ServiceNodeDoesntExist\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"currenttime\",\"type\":\"uint256\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"}],\"name\":\"SmallContributorLeaveTooEarly\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newMax\",\"type\":\"uint256\"}],\"name\":\"BLSNonSignerThresholdMaxUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newValue\",\"type\":\"uint256\"}],\"name\":\"ClaimCycleUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newThreshold\",\"type\":\"uint256\"}],\"name\":\"ClaimThresholdUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"liquidatorRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"poolRatio\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"recipientRatio\",\"type\":\"uint256\"}],\"name\":\"LiquidationRatiosUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"ed25519Pubkey\",\"type\":\"uint256\"}],\"name\":\"NewSeededServiceNode\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structServiceNodeRewards.ServiceNodeParams\",\"name\":\"serviceNode\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"internalType\":\"structServiceNodeRewards.Staker\",\"name\":\"staker\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"stakedAmount\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structServiceNodeRewards.Contributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"NewServiceNodeV2\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipientAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"previousBalance\",\"type\":\"uint256\"}],\"name\":\"RewardsBalanceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recipientAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardsClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"returnedAmount\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"}],\"name\":\"ServiceNodeExit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"}],\"name\":\"ServiceNodeExitRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"}],\"name\":\"ServiceNodeLiquidated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newExpiry\",\"type\":\"uint256\"}],\"name\":\"SignatureExpiryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRequirement\",\"type\":\"uint256\"}],\"name\":\"StakingRequirementUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"LIST_SENTINEL\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SERVICE_NODE_EXIT_WAIT_TIME\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SMALL_CONTRIBUTOR_DIVISOR\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SMALL_CONTRIBUTOR_LEAVE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.BLSSignatureParams\",\"name\":\"blsSignature\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"internalType\":\"structServiceNodeRewards.ServiceNodeParams\",\"name\":\"serviceNodeParams\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"internalType\":\"structServiceNodeRewards.Staker\",\"name\":\"staker\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"stakedAmount\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.Contributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"addBLSPublicKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"aggregatePubkey\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"allServiceNodeIDs\",\"outputs\":[{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.G1Point[]\",\"name\":\"pubkeys\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blsNonSignerThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blsNonSignerThresholdMax\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimCycle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"claimRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimRewards\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentClaimCycle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentClaimTotal\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"designatedToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"ed25519ToServiceNodeID\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"exitBLSPublicKeyAfterWaitTime\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.BLSSignatureParams\",\"name\":\"blsSignature\",\"type\":\"tuple\"},{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"}],\"name\":\"exitBLSPublicKeyWithSignature\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"exitTag\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"foundationPool\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hashToG2Tag\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"foundationPool_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"stakingRequirement_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxContributors_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"liquidatorRewardRatio_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"poolShareOfLiquidationRatio_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recipientRatio_\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"initiateExitBLSPublicKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"isStarted\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastHeightPubkeyWasAggregated\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"timestamp\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.BLSSignatureParams\",\"name\":\"blsSignature\",\"type\":\"tuple\"},{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"}],\"name\":\"liquidateBLSPublicKeyWithSignature\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liquidateTag\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"liquidatorRewardRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxContributors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxPermittedPubkeyAggregations\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextServiceNodeID\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numPubkeyAggregationsForHeight\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"poolShareOfLiquidationRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proofOfPossessionTag\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"recipientRatio\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"recipients\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"rewards\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rederiveTotalNodesAndAggregatePubkey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardTag\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"ed25519Pubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"addedTimestamp\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"internalType\":\"structServiceNodeRewards.Staker\",\"name\":\"staker\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"stakedAmount\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.Contributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"internalType\":\"structServiceNodeRewards.SeedServiceNode[]\",\"name\":\"nodes\",\"type\":\"tuple[]\"}],\"name\":\"seedPublicKeyList\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"serviceNodeIDs\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"}],\"name\":\"serviceNodes\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"next\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"prev\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"addedTimestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"leaveRequestTimestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"latestLeaveRequestTimestamp\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deposit\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"internalType\":\"structServiceNodeRewards.Staker\",\"name\":\"staker\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"stakedAmount\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.Contributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"},{\"internalType\":\"uint256\",\"name\":\"ed25519Pubkey\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.ServiceNode\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMax\",\"type\":\"uint256\"}],\"name\":\"setBLSNonSignerThresholdMax\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newValue\",\"type\":\"uint256\"}],\"name\":\"setClaimCycle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newMax\",\"type\":\"uint256\"}],\"name\":\"setClaimThreshold\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"liquidator\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"recipient\",\"type\":\"uint256\"}],\"name\":\"setLiquidationRatios\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newExpiry\",\"type\":\"uint256\"}],\"name\":\"setSignatureExpiry\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRequirement\",\"type\":\"uint256\"}],\"name\":\"setStakingRequirement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signatureExpiry\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingRequirement\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"start\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalNodes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipientAddress\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"recipientRewards\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.BLSSignatureParams\",\"name\":\"blsSignature\",\"type\":\"tuple\"},{\"internalType\":\"uint64[]\",\"name\":\"ids\",\"type\":\"uint64[]\"}],\"name\":\"updateRewardsBalance\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.BLSSignatureParams\",\"name\":\"blsSignature\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"}],\"name\":\"validateProofOfPossession\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161549a38038061549a83398101604081905261002f91610044565b3360805260a09290925260c05260e05261006f565b5f5f5f60608486031215610056575f5ffd5b5050815160208301516040909301519094929350919050565b60805160a05160c05160e0516153ea6100b05f395f612a7e01525f818161067b0152612e3f01525f818161051601526113cb01525f611cf701526153ea5ff3fe608060405234801561000f575f5ffd5b50600436106103ca575f3560e01c80638da5cb5b11610200578063c4f56d9a1161011f578063eb820312116100b4578063f324c8eb11610084578063f324c8eb1461080d578063f88d658b14610820578063f907f5fc14610833578063ffa1ad7414610846578063ffd9a86d1461084e575f5ffd5b8063eb820312146107a3578063edbf4ac2146107de578063ee94e412146107f1578063f2fde38b146107fa575f5ffd5b8063da1d5435116100ef578063da1d54351461076d578063dd644d7414610776578063e30c39781461077f578063e585981314610790575f5ffd5b8063c4f56d9a14610735578063d5a8125414610748578063d84f0bf814610751578063d9054b091461075a575f5ffd5b8063ab0122ae11610195578063b687f85c11610165578063b687f85c146106ea578063bc7efecc146106f2578063be9a655514610705578063c0ebedab1461070d575f5ffd5b8063ab0122ae146106af578063abf2c503146106c2578063ae6c6063146106d8578063b13aaebd146106e1575f5ffd5b80639c80ebee116101d05780639c80ebee1461066f5780639cebc474146106765780639e3b372d1461069d578063a44285a5146106a6575f5ffd5b80638da5cb5b146106355780639156ac801461064a57806395055ffd146106535780639592d42414610666575f5ffd5b80635c975abb116102ec5780637c89d2f01161028157806386fa50631161025157806386fa5063146105e7578063879d0f0c146105f05780638a2209e6146105f85780638a3994811461062c575f5ffd5b80637c89d2f0146105985780638328b610146105c35780638456cb59146105d657806386e76685146105de575f5ffd5b80636b348ab4116102bc5780636b348ab41461056c578063715018a61461057557806379ba50971461057d5780637a6d406514610585575f5ffd5b80635c975abb146104f6578063623b94221461050857806362f1fbc21461051157806365ca819d14610538575f5ffd5b806334fde37611610362578063538d270911610332578063538d2709146104b7578063544736e6146104c057806356d399e8146104e457806358e93308146104ed575f5ffd5b806334fde3761461048c578063372500ab146104945780633f4ba83a1461049c57806343039d90146104a4575f5ffd5b806317f33a7d1161039d57806317f33a7d1461042c5780631f4c49301461045e5780631f744b5414610471578063245fc18314610479575f5ffd5b8063040f9853146103ce578063095f1404146103f75780630962ef791461040e5780630bd1b41914610423575b5f5ffd5b6103e16103dc36600461472e565b610861565b6040516103ee91906147a5565b60405180910390f35b610400600f5481565b6040519081526020016103ee565b61042161041c366004614866565b6109e7565b005b61040060115481565b60035461044690600160a01b90046001600160401b031681565b6040516001600160401b0390911681526020016103ee565b61042161046c36600461487d565b6109f4565b610421610cb2565b610421610487366004614866565b610de0565b610400610e6d565b610421610ea3565b610421610ece565b6104216104b2366004614866565b610f09565b61040060095481565b6001546104d490600160a81b900460ff1681565b60405190151581526020016103ee565b610400600d5481565b61040060105481565b600154600160a01b900460ff166104d4565b610400601c5481565b6104007f000000000000000000000000000000000000000000000000000000000000000081565b61044661054636600461497a565b80516020818301810180516018825292820191909301209152546001600160401b031681565b610400600c5481565b610421610f8f565b610421610fc9565b610421610593366004614ac9565b610fff565b6002546105ab906001600160a01b031681565b6040516001600160a01b0390911681526020016103ee565b6104216105d1366004614866565b6111bb565b610421611240565b61040060065481565b610400600e5481565b610400601481565b6040805180820182525f8082526020918201528151808301909252601a548252601b54908201526040516103ee9190614b2f565b61040060055481565b5f5461010090046001600160a01b03166105ab565b61040060145481565b610421610661366004614b46565b611279565b61040060045481565b6104465f81565b6104007f000000000000000000000000000000000000000000000000000000000000000081565b610400600b5481565b61040060125481565b6104216106bd36600461472e565b611329565b6106ca611456565b6040516103ee929190614b9a565b61040060085481565b61040060135481565b610400600481565b610421610700366004614d63565b6115e5565b6104216119b7565b61044661071b366004614866565b60196020525f90815260409020546001600160401b031681565b610421610743366004614b46565b6119fd565b61040060075481565b610400600a5481565b61042161076836600461472e565b611bd1565b610400601d5481565b61040060155481565b6001546001600160a01b03166105ab565b61042161079e366004614e0a565b611c06565b6107c96107b1366004614e33565b60176020525f90815260409020805460019091015482565b604080519283526020830191909152016103ee565b6104216107ec366004614e4e565b611ce1565b610400610e1081565b610421610808366004614e33565b611fca565b61042161081b366004614866565b612051565b61042161082e366004614866565b6120d7565b6003546105ab906001600160a01b031681565b610400600181565b61042161085c366004614eab565b61215d565b6108c060408051610140810182525f8082526020808301829052828401829052835180850190945281845283015290606082019081526020015f81526020015f81526020015f81526020015f8152602001606081526020015f81525090565b6001600160401b038083165f90815260166020908152604080832081516101408101835281548087168252600160401b90049095168584015260018101546001600160a01b0316858301528151808301835260028201548152600382015481850152606086015260048101546080860152600581015460a0860152600681015460c0860152600781015460e0860152600881018054835181860281018601909452808452919461010087019491929184015b828210156109ce575f848152602090819020604080516080810182526003860290920180546001600160a01b03908116928401928352600180830154909116606085015291835260020154828401529083529092019101610972565b5050505081526020016009820154815250509050919050565b6109f1338261216f565b50565b5f5461010090046001600160a01b03163314610a2a5760405163118cdaa760e01b81523360048201526024015b60405180910390fd5b600154600160a81b900460ff1615610a5557604051630a35d5c360e31b815260040160405180910390fd5b5f5b81811015610ca55736838383818110610a7257610a72614ef8565b9050602002810190610a849190614f0c565b90505f610a946080830183614f2a565b90509050805f03610ab857604051631a10033d60e11b815260040160405180910390fd5b600e54811115610adb5760405163226c2d8360e21b815260040160405180910390fd5b5f80610af9610aef36869003860186614f6e565b8560400135612284565b600d5460078201559092509050610b136080850185614f2a565b5f818110610b2357610b23614ef8565b610b399260206060909202019081019150614e33565b6001820180546001600160a01b0319166001600160a01b0392909216919091179055606084013560048201555f805b84811015610c115736610b7e6080880188614f2a565b83818110610b8e57610b8e614ef8565b6060029190910191505f9050610ba76020830183614e33565b6001600160a01b031603610bce5760405163e99d5ac560e01b815260040160405180910390fd5b610bdc604082013584614f9c565b6008850180546001810182555f91825260209091209194508291600390910201610c068282614fcf565b505050600101610b68565b50600d548114610c4257600d546040516367d22bd960e01b8152600481019190915260248101829052604401610a21565b604080518635815260208088013590820152868201358183015290516001600160401b038516917f34be2fa283e1d5eb453459898f160448257aa1ef0f7dd2c3a3b55c45d1af768f919081900360600190a2505060019093019250610a57915050565b50610cae6125d2565b5050565b5f6004819055805260166020525f5160206153955f395f51905f52546001600160401b03165b6001600160401b038116156109f1576001600160401b0381165f90815260166020526040902060045415610d895760408051808201909152601a548152601b546020820152610d8490610d5790610d2e906125fd565b604080518082019091526002850154815260038501546020820152610d52906125fd565b612624565b6040805180820182525f808252602091820152815180830190925282518252918201519181019190915290565b610da5565b6040805180820190915260028201548152600382015460208201525b8051601a5560200151601b558054600480546001600160401b0390921693506001915f90610dd4908490614f9c565b90915550610cd8915050565b5f5461010090046001600160a01b03163314610e115760405163118cdaa760e01b8152336004820152602401610a21565b805f03610e3157604051630ef6cf4560e41b815260040160405180910390fd5b60138190556040518181527fa83e79dc52a438d552d0631ce4fbfe7dec7656d10398a2849f352a6ab4f0163b906020015b60405180910390a150565b5f5f60646004546002610e80919061500f565b610e8a919061503a565b905060148111610e9b576014610e9d565b805b91505090565b335f8181526017602052604090206001810154815491926109f1929091610ec99161504d565b61216f565b5f5461010090046001600160a01b03163314610eff5760405163118cdaa760e01b8152336004820152602401610a21565b610f076126fa565b565b5f5461010090046001600160a01b03163314610f3a5760405163118cdaa760e01b8152336004820152602401610a21565b805f03610f5a57604051630ef6cf4560e41b815260040160405180910390fd5b60068190556040518181527f0ac8ee09138dfaf5e3ebe4cb4fd42dd1a0695535a530171223fb5066f52e0e3b90602001610e62565b5f5461010090046001600160a01b03163314610fc05760405163118cdaa760e01b8152336004820152602401610a21565b610f075f612767565b6001546001600160a01b03163314610ff65760405163118cdaa760e01b8152336004820152602401610a21565b610f0733612767565b600154600160a01b900460ff161561102a5760405163d93c066560e01b815260040160405180910390fd5b600154600160a81b900460ff166110545760405163348b55eb60e21b815260040160405180910390fd5b80516005548111156110a0578060045461106e919061504d565b60055460045461107e919061504d565b604051635eee4a3560e01b815260048101929092526024820152604401610a21565b6001600160a01b0385166110c75760405163e99d5ac560e01b815260040160405180910390fd5b6001600160a01b0385165f908152601760205260409020548481106110ff576040516333938e6360e01b815260040160405180910390fd5b600954604080516020810192909252606088901b6001600160601b031916828201526054808301889052815180840390910181526074909201905261115e8461114d36889003880188615060565b61115984600c546127ce565b6127f1565b6001600160a01b0387165f8181526017602090815260409182902089905581518981529081018590527f95390641529563dbfb446535fa996c5ac3be00f90f5705b3abda59a4467b797f910160405180910390a250505050505050565b5f5461010090046001600160a01b031633146111ec5760405163118cdaa760e01b8152336004820152602401610a21565b805f0361120c57604051630ef6cf4560e41b815260040160405180910390fd5b600d8190556040518181527e6b7a1ea14ff2794527a64af37d55a2040e351f8b4c1adcdc9aea80d64e042990602001610e62565b5f5461010090046001600160a01b031633146112715760405163118cdaa760e01b8152336004820152602401610a21565b610f07612908565b600154600160a01b900460ff16156112a45760405163d93c066560e01b815260040160405180910390fd5b600154600160a81b900460ff166112ce5760405163348b55eb60e21b815260040160405180910390fd5b80516005548111156112e8578060045461106e919061504d565b5f6112f8868686600a5487612976565b6001600160401b0381165f90815260166020526040902060070154909150611321908290612b3c565b505050505050565b600154600160a01b900460ff16156113545760405163d93c066560e01b815260040160405180910390fd5b600154600160a81b900460ff1661137e5760405163348b55eb60e21b815260040160405180910390fd5b6001600160401b0381165f90815260166020526040812060050154908190036113c557604051630cf4827360e31b81526001600160401b0383166004820152602401610a21565b5f6113f07f000000000000000000000000000000000000000000000000000000000000000083614f9c565b90508042101561142b57604051637a54a45360e11b81526001600160401b038416600482015260248101829052426044820152606401610a21565b6001600160401b0383165f90815260166020526040902060070154611451908490612b3c565b505050565b6060806004546001600160401b03811115611473576114736148ec565b60405190808252806020026020018201604052801561149c578160200160208202803683370190505b5091506004546001600160401b038111156114b9576114b96148ec565b6040519080825280602002602001820160405280156114fd57816020015b604080518082019091525f80825260208201528152602001906001900390816114d75790505b505f80805260166020525f5160206153955f395f51905f52549192506001600160401b03909116905b6001600160401b038216156115df578184828151811061154857611548614ef8565b6001600160401b039283166020918202929092018101919091529083165f90815260168252604090819020815180830190925260028101548252600301549181019190915283518490839081106115a1576115a1614ef8565b6020908102919091018101919091526001600160401b039283165f9081526016909152604090205490911690806115d78161507a565b915050611526565b50509091565b600154600160a01b900460ff16156116105760405163d93c066560e01b815260040160405180910390fd5b600154600160a81b900460ff1661163a5760405163348b55eb60e21b815260040160405180910390fd5b8051600e5481111561165f5760405163226c2d8360e21b815260040160405180910390fd5b8015611747575f805b828110156116a35783818151811061168257611682614ef8565b602002602001015160200151826116999190614f9c565b9150600101611668565b50600d5481146116d457600d546040516367d22bd960e01b8152600481019190915260248101829052604401610a21565b600d54835f815181106116e9576116e9614ef8565b6020026020010151602001516004611701919061500f565b101561174157825f8151811061171957611719614ef8565b602002602001015160200151604051636139c4dd60e11b8152600401610a2191815260200190565b506117d6565b60408051600180825281830190925290816020015b604080516080810182525f918101828152606082018390528152602081019190915281526020019060019003908161175c57505060408051608081018252339181018281526060820192909252908152600d54602082015281519193509083905f906117ca576117ca614ef8565b60200260200101819052505b5f6018866040516020016117ea9190614b2f565b60408051601f1981840301815290829052611804916150a9565b908152604051908190036020019020546001600160401b0316905080156118495760405163459c639360e01b81526001600160401b0382166004820152602401610a21565b5f835f8151811061185c5761185c614ef8565b60200260200101515f01515f0151905061187b878783885f0151612bd9565b5f5f61188a89885f0151612284565b600d5460078201556001810180546001600160a01b0319166001600160a01b03871617905590925090505f5b865181101561193d57816008018782815181106118d5576118d5614ef8565b6020908102919091018101518254600180820185555f9485529383902082518051600390930290910180546001600160a01b03199081166001600160a01b039485161782559185015181870180549093169316929092179055910151600290910155016118b6565b506119466125d2565b816001600160401b03167f533c16cb4158fe7c77021b90e9290bbefa457dd392bd8abc1eab59747834fd5b338b8a8a60405161198594939291906150b4565b60405180910390a2600d546002546119ac916001600160a01b039091169033903090612c8f565b505050505050505050565b5f5461010090046001600160a01b031633146119e85760405163118cdaa760e01b8152336004820152602401610a21565b6001805460ff60a81b1916600160a81b179055565b600154600160a01b900460ff1615611a285760405163d93c066560e01b815260040160405180910390fd5b600154600160a81b900460ff16611a525760405163348b55eb60e21b815260040160405180910390fd5b8051600554811115611a6c578060045461106e919061504d565b5f611a7c868686600b5487612976565b6001600160401b0381165f81815260166020526040908190206007810154915193945090927f0bfb12191b00293af29126b1c5489f8daeb4a4af82db2960b7f8353c3105cd7c91611ad291339160020190615173565b60405180910390a25f601154600f54601054611aee9190614f9c565b611af89190614f9c565b90505f81600f5484611b0a919061500f565b611b14919061503a565b90505f60105484611b25919061500f565b15611b5f5782600160105486611b3b919061500f565b611b45919061504d565b611b4f919061503a565b611b5a906001614f9c565b611b61565b5f5b9050611b818582611b72858861504d565b611b7c919061504d565b612b3c565b600f5415611ba057600254611ba0906001600160a01b03163384612ce8565b60105415611bc557600354600254611bc5916001600160a01b03918216911683612ce8565b50505050505050505050565b600154600160a01b900460ff1615611bfc5760405163d93c066560e01b815260040160405180910390fd5b6109f18133612d39565b5f5461010090046001600160a01b03163314611c375760405163118cdaa760e01b8152336004820152602401610a21565b805f03611c5757604051630ef6cf4560e41b815260040160405180910390fd5b80611c628385614f9c565b611c6d90600361500f565b1115611c8c57604051630b06449d60e41b815260040160405180910390fd5b600f8390556010829055601181905560408051848152602081018490529081018290527f0f69a2a87c90cdbb1a6a46bbb4870f2edfbd516244285ab6ffed6460ac2c6a839060600160405180910390a1505050565b5f5460ff1680611d1a5750336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614155b15611d385760405163f92ee8a960e01b815260040160405180910390fd5b5f805460ff19166001908117909155811015611d6757604051630ef6cf4560e41b815260040160405180910390fd5b80611d728385614f9c565b611d7d90600361500f565b1115611d9c57604051630b06449d60e41b815260040160405180910390fd5b610fa060065560408051808201909152601b81527f424c535f5349475f545259414e44494e4352454d454e545f504f5000000000006020820152611ddf90612f58565b60085560408051808201909152601e81527f424c535f5349475f545259414e44494e4352454d454e545f52455741524400006020820152611e1f90612f58565b60095560408051808201909152601c81527f424c535f5349475f545259414e44494e4352454d454e545f45584954000000006020820152611e5f90612f58565b600a81905550611e8660405180606001604052806021815260200161537460219139612f58565b600b5560408051808201909152601981527f424c535f5349475f484153485f544f5f4649454c445f544147000000000000006020820152611ec690612f58565b600c5561025860075566038d7ea4c6800060125561a8c0601355600280546001600160a01b03808a166001600160a01b0319928316179092556003805492891692909116919091179055600d859055600e849055600f83905560108290556011819055611f345f6001615199565b600380546001600160401b0392909216600160a01b0267ffffffffffffffff60a01b199092169190911790555f805260166020525f5160206153955f395f51905f5280546001600160801b0319169055611f8d33612767565b604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a150505050505050565b5f5461010090046001600160a01b03163314611ffb5760405163118cdaa760e01b8152336004820152602401610a21565b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929361010090910416917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b5f5461010090046001600160a01b031633146120825760405163118cdaa760e01b8152336004820152602401610a21565b805f036120a257604051630ef6cf4560e41b815260040160405180910390fd5b60128190556040518181527fe604909b918af52702fa14cd9b5a8870e5bd66da3163365671e583f705fd546390602001610e62565b5f5461010090046001600160a01b031633146121085760405163118cdaa760e01b8152336004820152602401610a21565b805f0361212857604051630ef6cf4560e41b815260040160405180910390fd5b60078190556040518181527ffbbc3d0a51e101ce4a7fda20e6e4eb0e230bf7de27ee2e3683fc8539e376639590602001610e62565b61216984848484612bd9565b50505050565b6001600160a01b0382165f90815260176020526040902060018101548154612197919061504d565b8211156121b75760405163363cc6b360e21b815260040160405180910390fd5b5f601354426121c6919061503a565b90506015548111156121dc5760158190555f6014555b8260145f8282546121ed9190614f9c565b9091555050601254601454111561221757604051638c10944b60e01b815260040160405180910390fd5b82826001015f82825461222a9190614f9c565b90915550506040518381526001600160a01b038516907ffc30cddea38e2bf4d6ea7d3f9ed3b6ad7f176419f4963bd81318067a4aee73fe9060200160405180910390a2600254612169906001600160a01b03168585612ce8565b81515f908190158061229857506020840151155b156122b65760405163139b722760e31b815260040160405180910390fd5b825f036122d657604051634eb8f11f60e01b815260040160405180910390fd5b5f846040516020016122e89190614b2f565b60405160208183030381529060405290505f6001600160401b031660188260405161231391906150a9565b908152604051908190036020019020546001600160401b0316146123715760188160405161234191906150a9565b9081526040519081900360200181205463459c639360e01b82526001600160401b03166004820152602401610a21565b5f848152601960205260409020546001600160401b0316156123c1575f8481526019602052604090819020549051630cb4c72160e21b81526001600160401b039091166004820152602401610a21565b600154600160a81b900460ff16156124245743601c5410156123e65743601c555f601d555b601d8054905f6123f58361507a565b9190505550612402610e6d565b601d5411156124245760405163689f6e7560e11b815260040160405180910390fd5b60038054600160a01b90046001600160401b0316906014612444836151b8565b91906101000a8154816001600160401b0302191690836001600160401b03160217905550925060045f81548092919061247c9061507a565b90915550506001600160401b038381165f8181526016602090815260408083205f5160206153955f395f51905f52805482546001600160801b031916600160401b91829004909816808202989098178355815467ffffffffffffffff60401b1916908702178155868552828520805467ffffffffffffffff1990811688179091558c5160028401558c8501516003840155426004840155600983018c90558b8652601990945293829020805490931690941790915551919450919085906018906125479086906150a9565b90815260405190819003602001902080546001600160401b039290921667ffffffffffffffff199092169190911790556004546001146125b75760408051808201909152601a548152601b5460208201526125b290610d57906125a9906125fd565b610d528a6125fd565b6125b9565b865b8051601a5560200151601b555092959194509092505050565b5f60036004546125e2919061503a565b905060065481116125f357806125f7565b6006545b60055550565b612605614609565b5060408051808201909152815181526020918201519181019190915290565b61262c614609565b5f6040518060800160405280855f6002811061264a5761264a614ef8565b602002015181526020018560016002811061266757612667614ef8565b60200201518152602001845f6002811061268357612683614ef8565b60200201518152602001846001600281106126a0576126a0614ef8565b6020020151905290505f60408360808460065afa9050806126f25760405162461bcd60e51b815260206004820152600c60248201526b1958d059190819985a5b195960a21b6044820152606401610a21565b505092915050565b600154600160a01b900460ff1661272457604051638dfc202b60e01b815260040160405180910390fd5b6001805460ff60a01b191690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a1565b600180546001600160a01b03191690555f80546001600160a01b03838116610100818102610100600160a81b03198516178555604051930490911692909183917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35050565b6127d6614627565b6127e86127e38484612f8b565b61307d565b90505b92915050565b6127f9614609565b5f5b84518110156128775761286d82610d5260165f89868151811061282057612820614ef8565b60200260200101516001600160401b03166001600160401b031681526020019081526020015f206002016040518060400160405290815f82015481526020016001820154815250506125fd565b91506001016127fb565b5060408051808201909152601a548152601b5460208201525f906128a79061289e906125fd565b610d5284613185565b90506128bc6128b5856131f8565b8285613237565b612901576040805180820182525f8082526020918201528151808301909252825182528083015190820152604051634fb09a2160e11b8152600401610a219190614b2f565b5050505050565b600154600160a01b900460ff16156129335760405163d93c066560e01b815260040160405180910390fd5b6001805460ff60a01b1916600160a01b1790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2589060200161275d565b5f60188660405160200161298a91906151e2565b60408051601f19818403018152908290526129a4916150a9565b908152604051908190036020019020546001600160401b031690505f8190036129e25785604051631b8ac14360e01b8152600401610a2191906151e2565b6007546129ef9086614f9c565b421115612a27576040516337030b8b60e01b81526001600160401b038216600482015260248101869052426044820152606401610a21565b6001600160401b0381165f90815260166020526040902060028101548735141580612a5a57506003810154602088013514155b15612a7c57818760405163c43283b560e01b8152600401610a219291906151f9565b7f00000000000000000000000000000000000000000000000000000000000000008160040154612aac9190614f9c565b421015612aea57600480820154604051633acb74ef60e11b81526001600160401b038516928101929092526024820152426044820152606401610a21565b604080516020808201879052893582840152890135606082015260808082018990528251808303909101815260a0909101909152612b318461114d36899003890189615060565b505095945050505050565b6001600160401b0382165f908152601660209081526040918290208251808401909352600281015483526003015490820152612b77836133e5565b612b7f6125d2565b604080513381526020808201859052835182840152830151606082015290516001600160401b038516917f24c4411329b949fad2eba6f79a8ba090a08eac1af4b56c3a2f5a282ed45e233e919081900360800190a2505050565b5f600854855f015186602001518585604051602001612c2895949392919094855260208501939093526040840191909152606090811b6001600160601b03191690830152607482015260940190565b6040516020818303038152906040529050612c72612c45856131f8565b6040518060400160405280885f015181526020018860200151815250612c6d84600c546127ce565b613237565b6129015760405163cf006ab760e01b815260040160405180910390fd5b6040516001600160a01b038085166024830152831660448201526064810182905261216990859060840160408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b1790526135fb565b6040516001600160a01b03831660248201526044810182905261145190849060640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b1790526135fb565b600154600160a81b900460ff16612d635760405163348b55eb60e21b815260040160405180910390fd5b6001600160401b0382165f9081526016602052604081209080805b6008840154811015612df1575f846008018281548110612da057612da0614ef8565b5f918252602090912060039091020180549091506001600160a01b03808816911603612de8576007850154600282015460019550612ddf90600461500f565b10925050612df1565b50600101612d7e565b5081612e2a57604051635bf2837760e11b81526001600160401b03861660048201526001600160a01b0385166024820152604401610a21565b82600501545f03612eb357808015612e7057507f00000000000000000000000000000000000000000000000000000000000000008360040154612e6d9190614f9c565b42105b15612ea857604051633826feb560e01b81526001600160401b03861660048201526001600160a01b0385166024820152604401610a21565b426005840155612f03565b5f610e108460060154612ec69190614f9c565b905080421015612f0157604051637a54a45360e11b81526001600160401b038716600482015260248101829052426044820152606401610a21565b505b4260068401556040516001600160401b038616907f8600c0145511b317ae0189933fa71eb57a32d74891804c7993ef74ec63a5e80490612f499087906002880190615173565b60405180910390a25050505050565b5f814630604051602001612f6e93929190615220565b604051602081830303815290604052805190602001209050919050565b612f93614627565b6040515f90612fa8908590839060200161524a565b60408051601f1981840301815291905290505f5b61010081101561302a578060f81b8260018451612fd9919061504d565b81518110612fe957612fe9614ef8565b60200101906001600160f81b03191690815f1a9053505f5f61300b84876136bd565b9150915081156130205793506127eb92505050565b5050600101612fbc565b5060405162461bcd60e51b815260206004820152602160248201527f6861736820746f2047323a206e6f20706f696e7420696e2032353620747269656044820152607360f81b6064820152608401610a21565b613085614627565b5f6040518060c00160405280845f600481106130a3576130a3614ef8565b60200201518152602001846001600481106130c0576130c0614ef8565b60200201518152602001846002600481106130dd576130dd614ef8565b60200201518152602001846003600481106130fa576130fa614ef8565b60200201518152602001600181526020015f81525090505f613124826744e992b44a6909f161380c565b90505f61314a8261314561314061313a86613867565b86613b23565b613e9f565b613b23565b905061315c8161314561314085613e9f565b90506131718161314561314061314087613e9f565b905061317c81613f90565b95945050505050565b61318d614609565b815115801561319e57506020820151155b156131a7575090565b6040805180820190915282518152602081015f5160206153545f395f51905f5284600160200201516131d9919061526e565b6131f0905f5160206153545f395f51905f5261504d565b905292915050565b613200614627565b6040518060800160405280835f01518152602001836020015181526020018360400151815260200183606001518152509050919050565b5f5f61324284613185565b90505f60405180610180016040528060018152602001600281526020018760016004811061327257613272614ef8565b60200201518152602001875f6004811061328e5761328e614ef8565b60200201518152602001876003600481106132ab576132ab614ef8565b60200201518152602001876002600481106132c8576132c8614ef8565b60200201518152602001835f600281106132e4576132e4614ef8565b602002015181526020018360016002811061330157613301614ef8565b602002015181526020018560016004811061331e5761331e614ef8565b60200201518152602001855f6004811061333a5761333a614ef8565b602002015181526020018560036004811061335757613357614ef8565b602002015181526020018560026004811061337457613374614ef8565b602002015190529050613385614645565b5f6020826101808560085afa9050806133d45760405162461bcd60e51b8152602060048201526011602482015270496e76616c6964205369676e617475726560781b6044820152606401610a21565b5051600114925050505b9392505050565b6004545f03613407576040516363cd35d560e11b815260040160405180910390fd5b6001600160401b03811661342e57604051631d58f8cb60e11b815260040160405180910390fd5b6001600160401b038082165f908152601660209081526040808320805480861685528285208054600160401b928390048816830267ffffffffffffffff60401b1990911617905581549081048616855293829020805467ffffffffffffffff191694909516939093179093558251808401909352601a548352601b5490830152906134ed90610d57906134c0906125fd565b604080518082019091526002850154815260038501546020820152610d52906134e8906125fd565b613185565b8051601a55602090810151601b5560098201545f90815260198252604090819020805467ffffffffffffffff191690555160189161353091600285019101615281565b60408051601f198184030181529082905261354a916150a9565b9081526040805160209281900383019020805467ffffffffffffffff191690556001600160401b0384165f9081526016909252812080546001600160801b03191681556001810180546001600160a01b0319169055600281018290556003810182905560048101829055600581018290556006810182905560078101829055906135d76008830182614663565b600982015f90555050600160045f8282546135f2919061504d565b90915550505050565b5f5f836001600160a01b03168360405161361591906150a9565b5f604051808303815f865af19150503d805f811461364e576040519150601f19603f3d011682016040523d82523d5f602084013e613653565b606091505b5091509150811580613681575080511580159061368157508080602001905181019061367f9190615298565b155b8061369457506001600160a01b0384163b155b1561216957604051635274afe760e01b81526001600160a01b0385166004820152602401610a21565b5f6136c6614627565b5f5f5f6136d38787614074565b9250925092505f5f6136e785858787614113565b915091506136f782828787614113565b909250905061374782827f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e57e9713b03af0fed4cd2cafadeed8fdf4a74fa084e52d1852e4a2bd0685c315d261417f565b90925090505f8061375884846141b0565b91509150815f1480613768575080155b1561377c575f985050505050505050613805565b84156137b657613799825f5160206153545f395f51905f5261504d565b6137b0825f5160206153545f395f51905f5261504d565b90925090505b5f5f6137c484848686614113565b9150915060405180608001604052808a815260200189815260200185815260200184815250995085821480156137f957508481145b9a505050505050505050505b9250929050565b613814614681565b6101005b80156138605761382782613867565b915061383460018261504d565b83901c60011660010361384e5761384b8285613b23565b91505b80613858816152b7565b915050613818565b5092915050565b61386f614681565b6080820151158015613883575060a0820151155b1561388c575090565b61389461469f565b825160208401516138af9190818660015b6020020151614113565b60208301528152604083015160608401516138ce9190818660036138a5565b6060830152604082018190526138f4908260035b602002015160408401518460036138a5565b60a0830152608082015282516020840151604083015161391e9291908460035b602002015161417f565b60e083015260c08201819052613944908260075b602002015160c08401518460076138a5565b60e0830181905260c0830182905282516139689291908460015b60200201516142dc565b60e0830181905260c08301829052608083015161398992919084600561395e565b60e0830181905260c083018290526139a5919081846007613914565b60e083015260c082015280515f5160206153545f395f51905f5290600390095f5160206153545f395f51905f52600383600160200201510960208301528082526139fc908260015b602002015183518460016138a5565b606083018190526040830182905260c0830151613a499291905f5160206153545f395f51905f5290800860e08501515f5160206153545f395f51905f52908660075b6020020151086142dc565b602084015282526040830151613a6f908460035b602002015160808601518660056138a5565b60a0840181905260808401829052613a8b919081856005613914565b60a0840152608083015260c0810151613ab1908260075b6020020151845185600161395e565b60e083015260c08201528051613ac990826001613932565b60e0830181905260c083018290526080830151613b139291905f5160206153545f395f51905f5290600890095f5160206153545f395f51905f5260088660056020020151096142dc565b6060840152604083015250919050565b613b2b614681565b6080830151158015613b3f575060a0830151155b15613b4b5750806127eb565b6080820151158015613b5f575060a0820151155b15613b6b5750816127eb565b613b736146be565b6080840151613b92908560055b602002015160808701518760056138a5565b602083015281526080830151613baa90846005613a5d565b60608301526040820181905284516020860151613bc9928460036138a5565b60a08301526080820152825160208401518251613bea9291908460016138a5565b60e083015260c08201526040840151613c0590856003613a5d565b610120830152610100820152613c258160085b60200201518260096138e2565b6101208301526101008201526040830151613c4290846003613b80565b6101608301526101408201819052613c5c9082600b6139ed565b61016083015261014082015260c081015160e08201516080830151613c8592919084600561395e565b60e083015260c0820152610140810151610160820151610100830151613caf92919084600961395e565b61016083015261014082015260c0810151158015613ccf575060e0810151155b15613d0657610140810151158015613cea5750610160810151155b15613d0057613cf884613867565b9150506127eb565b506127eb565b60c081015160e0820151613d1e9190818460076138a5565b6020830152815260c0810151613d36908260076139ed565b606083015260408201526080810151613d51908260056139ed565b60a08301526080820152610140810151610160820151613d7591908184600b6138a5565b6101a0830181905261018083018290526040830151613d9892919084600361395e565b6101a0830181905261018083018290526080830151613de09291905f5160206153545f395f51905f5290800860a08501515f5160206153545f395f51905f5290866005613a3e565b602084015282526080810151613df890826005613aa2565b6101a08301526101808201819052610140820151610160830151613e1e9284600d6138a5565b6101a0830152610180820152613e35816008613c18565b6101e08301526101c082018190526101808201516101a0830151613e5b9284600f61395e565b606084015260408301526080840151613e7690856005613a5d565b60a084015260808301819052613e8e90836005613932565b60a084015260808301525092915050565b613ea7614681565b8151613f0590613ebe8460015b602002015161431d565b7f2fb347984f7911f74c0bec3cf559b143b78cc310c2c3330c99e39557176f553d7f16c9e55061ebae204ba4cc8bd75a079432ae2a1d0b7c9dce1665d51c640fcba2614113565b602083015281526040820151613f6790613f20846003613eb4565b7f063cf305489af5dcdc5ec698b6e2f9b9dbaae0eda9c95998dc54014671a0135a7f07c03cbcac41049a0704b5a7ec796f2b21807dc98fa25bd282d37f632623b0e3614113565b606083015260408201526080820151613f81836005613eb4565b60a08301526080820152919050565b613f98614627565b6080820151151580613fad575060a082015115155b613ff05760405162461bcd60e51b8152602060048201526014602482015273473220706f696e7420617420696e66696e69747960601b6044820152606401610a21565b5f8061400a84600460200201518560056020020151614347565b915091505f5f61401c84848686614113565b87519193509150614037908760015b60200201518484614113565b6020870152855261404a82828686614113565b604088015191935091506140609087600361402b565b606087015260408601525092949350505050565b5f5f5f5f5f5f5f61408589896143c1565b93509350935093505f5160206153545f395f51905f52806140a8576140a8615026565b608084901c5f5160206153545f395f51905f52600160801b87090896505f5160206153545f395f51905f52825f5160206153545f395f51905f5280600160801b80096fffffffffffffffffffffffffffffffff87160908969996985060019081161496505050505050565b5f805f5160206153545f395f51905f5261413c5f5160206153545f395f51905f5285880961431d565b5f5160206153545f395f51905f52868909085f5160206153545f395f51905f52808688095f5160206153545f395f51905f52868a09089150915094509492505050565b5f805f5160206153545f395f51905f528487085f5160206153545f395f51905f528487089150915094509492505050565b5f5f5f5f845f036141e3576141c4866144ee565b9092509050806141d5575f826141d8565b815f5b935093505050613805565b61420f5f5160206153545f395f51905f52808788095f5160206153545f395f51905f52898a09086144ee565b909250905080614226575f5f935093505050613805565b5f6142486142435f5160206153545f395f51905f52858a08614534565b6144ee565b925090508161428c576142756142435f5160206153545f395f51905f5261426e8661431d565b8a08614534565b925090508161428c575f5f94509450505050613805565b805f5160206153545f395f51905f526142cc5f5160206153545f395f51905f528485086142c760025f5160206153545f395f51905f5261504d565b61456c565b8809945094505050509250929050565b5f805f5160206153545f395f51905f526142f58561431d565b87085f5160206153545f395f51905f5261430e8561431d565b87089150915094509492505050565b5f81156143405761433b825f5160206153545f395f51905f5261504d565b6127eb565b5f92915050565b5f80806143895f5160206153545f395f51905f52808687095f5160206153545f395f51905f52888909086142c760025f5160206153545f395f51905f5261504d565b90505f5160206153545f395f51905f528186096143b55f5160206153545f395f51905f5283870961431d565b92509250509250929050565b60408051608880825260c082019092525f918291829182918291602082018180368337505060405161440292915089906080905f908b9060209081016152cc565b6040516020818303038152906040528051906020012090508060018760206040516020016144339493929190615324565b60405160208183030381529060405280519060200120945084811860028760206040516020016144669493929190615324565b60405160208183030381529060405280519060200120935083811860038760206040516020016144999493929190615324565b60405160208183030381529060405280519060200120925082811860048760206040516020016144cc9493929190615324565b6040516020818303038152906040528051906020012091505092959194509250565b5f8061451883600461450e5f5160206153545f395f51905f526001614f9c565b6142c7919061503a565b9150825f5160206153545f395f51905f52838409149050915091565b5f60018216156145615760026145575f5160206153545f395f51905f5284614f9c565b61433b919061503a565b6127eb60028361503a565b5f5f6040518060c001604052806020815260200160208152602001602081526020018581526020018481526020015f5160206153545f395f51905f5281525090506145b5614645565b5f60208260c08560055afa9050806145ff5760405162461bcd60e51b815260206004820152600d60248201526c1b5bd9195e1c0819985a5b1959609a1b6044820152606401610a21565b5051949350505050565b60405180604001604052806002906020820280368337509192915050565b60405180608001604052806004906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5080545f8255600302905f5260205f20908101906109f191906146dd565b6040518060c001604052806006906020820280368337509192915050565b6040518061010001604052806008906020820280368337509192915050565b6040518061020001604052806010906020820280368337509192915050565b5b8082111561470f5780546001600160a01b0319908116825560018201805490911690555f60028201556003016146de565b5090565b80356001600160401b0381168114614729575f5ffd5b919050565b5f6020828403121561473e575f5ffd5b6127e882614713565b5f8151808452602084019350602083015f5b8281101561479b578151805180516001600160a01b03908116895260209182015116818901520151604087015260608601955060209190910190600101614759565b5093949350505050565b602081526147bf6020820183516001600160401b03169052565b5f60208301516147da60408401826001600160401b03169052565b5060408301516001600160a01b038116606084015250606083015180516080840152602081015160a084015250608083015160c083015260a083015160e083015260c083015161010083015260e083015161012083015261010083015161016061014084015261484e610180840182614747565b90506101208401516101608401528091505092915050565b5f60208284031215614876575f5ffd5b5035919050565b5f5f6020838503121561488e575f5ffd5b82356001600160401b038111156148a3575f5ffd5b8301601f810185136148b3575f5ffd5b80356001600160401b038111156148c8575f5ffd5b8560208260051b84010111156148dc575f5ffd5b6020919091019590945092505050565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715614922576149226148ec565b60405290565b604051608081016001600160401b0381118282101715614922576149226148ec565b604051601f8201601f191681016001600160401b0381118282101715614972576149726148ec565b604052919050565b5f6020828403121561498a575f5ffd5b81356001600160401b0381111561499f575f5ffd5b8201601f810184136149af575f5ffd5b80356001600160401b038111156149c8576149c86148ec565b6149db601f8201601f191660200161494a565b8181528560208385010111156149ef575f5ffd5b816020840160208301375f91810160200191909152949350505050565b6001600160a01b03811681146109f1575f5ffd5b5f60808284031215614a30575f5ffd5b50919050565b5f6001600160401b03821115614a4e57614a4e6148ec565b5060051b60200190565b5f82601f830112614a67575f5ffd5b8135614a7a614a7582614a36565b61494a565b8082825260208201915060208360051b860101925085831115614a9b575f5ffd5b602085015b83811015614abf57614ab181614713565b835260209283019201614aa0565b5095945050505050565b5f5f5f5f60e08587031215614adc575f5ffd5b8435614ae781614a0c565b935060208501359250614afd8660408701614a20565b915060c08501356001600160401b03811115614b17575f5ffd5b614b2387828801614a58565b91505092959194509250565b8151815260208083015190820152604081016127eb565b5f5f5f5f848603610100811215614b5b575f5ffd5b6040811215614b68575f5ffd5b5084935060408401359250614b808660608601614a20565b915060e08501356001600160401b03811115614b17575f5ffd5b604080825283519082018190525f9060208501906060840190835b81811015614bdc5783516001600160401b0316835260209384019390920191600101614bb5565b5050838103602080860191909152855180835291810192508501905f5b81811015614c2c57614c1684845180518252602090810151910152565b6040939093019260209290920191600101614bf9565b50919695505050505050565b5f60408284031215614c48575f5ffd5b614c50614900565b823581526020928301359281019290925250919050565b5f60808284031215614c77575f5ffd5b614c7f614928565b8235815260208084013590820152604080840135908201526060928301359281019290925250919050565b5f82601f830112614cb9575f5ffd5b8135614cc7614a7582614a36565b80828252602082019150602060608402860101925085831115614ce8575f5ffd5b602085015b83811015614abf578087036060811215614d05575f5ffd5b614d0d614900565b6040821215614d1a575f5ffd5b614d22614900565b91508235614d2f81614a0c565b82526020830135614d3f81614a0c565b60208381019190915291815260408301358183015284529290920191606001614ced565b5f5f5f5f848603610160811215614d78575f5ffd5b614d828787614c38565b9450614d918760408801614c67565b9350608060bf1982011215614da4575f5ffd5b50614dad614928565b60c0860135815260e08601356020820152610100860135604082015261012086013561ffff81168114614dde575f5ffd5b606082015291506101408501356001600160401b03811115614dfe575f5ffd5b614b2387828801614caa565b5f5f5f60608486031215614e1c575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215614e43575f5ffd5b81356133de81614a0c565b5f5f5f5f5f5f5f60e0888a031215614e64575f5ffd5b8735614e6f81614a0c565b96506020880135614e7f81614a0c565b96999698505050506040850135946060810135946080820135945060a0820135935060c0909101359150565b5f5f5f5f6101008587031215614ebf575f5ffd5b614ec98686614c38565b9350614ed88660408701614c67565b925060c0850135614ee881614a0c565b9396929550929360e00135925050565b634e487b7160e01b5f52603260045260245ffd5b5f8235609e19833603018112614f20575f5ffd5b9190910192915050565b5f5f8335601e19843603018112614f3f575f5ffd5b8301803591506001600160401b03821115614f58575f5ffd5b6020019150606081023603821315613805575f5ffd5b5f60408284031215614f7e575f5ffd5b6127e88383614c38565b634e487b7160e01b5f52601160045260245ffd5b808201808211156127eb576127eb614f88565b80546001600160a01b0319166001600160a01b0392909216919091179055565b8135614fda81614a0c565b614fe48183614faf565b506020820135614ff381614a0c565b6150008160018401614faf565b50604082013560028201555050565b80820281158282048414176127eb576127eb614f88565b634e487b7160e01b5f52601260045260245ffd5b5f8261504857615048615026565b500490565b818103818111156127eb576127eb614f88565b5f60808284031215615070575f5ffd5b6127e88383614c67565b5f6001820161508b5761508b614f88565b5060010190565b5f81518060208401855e5f93019283525090919050565b5f6127e88284615092565b6001600160a01b03851681525f61010082016150dd602084018780518252602090810151910152565b8451606084015260208501516080840152604085015160a084015261ffff60608601511660c084015261010060e0840152808451808352610120850191506020860192505f5b81811015615165578351805180516001600160a01b03908116865260209182015116818601520151604084015260608301602094909401939250600101615123565b509098975050505050505050565b6001600160a01b03831681528154602082015260018201546040820152606081016133de565b6001600160401b0381811683821601908111156127eb576127eb614f88565b5f6001600160401b0382166001600160401b0381036151d9576151d9614f88565b60010192915050565b8135815260208083013590820152604081016127eb565b6001600160401b0383168152606081016133de602083018480358252602090810135910152565b5f61522b8286615092565b938452505060601b6001600160601b0319166020820152603401919050565b5f6152558285615092565b6001600160f81b03199390931683525050600101919050565b5f8261527c5761527c615026565b500690565b8154815260018201546020820152604081016127eb565b5f602082840312156152a8575f5ffd5b815180151581146133de575f5ffd5b5f816152c5576152c5614f88565b505f190190565b5f6152e06152da838a615092565b88615092565b60f09690961b6001600160f01b0319168652505060f892831b6001600160f81b03199081166002860152600385019290925290911b16602382015260240192915050565b9384526001600160f81b031960f893841b81166020860152602185019290925290911b1660418201526042019056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47424c535f5349475f545259414e44494e4352454d454e545f4c49515549444154450263c2b778d062355049effc2dece97bc6547ff8a88a3258daa512061c2153dda26469706673582212200cc9065e53c83ae4da090522d43ab044e21f9ece3e051191431ecda90a70304364736f6c634300081c0033",
}

// ServiceNodeRewardsABI is the input ABI used to generate the binding from.
// Deprecated: Use ServiceNodeRewardsMetaData.ABI instead.
var ServiceNodeRewardsABI = ServiceNodeRewardsMetaData.ABI

// ServiceNodeRewardsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ServiceNodeRewardsMetaData.Bin instead.
var ServiceNodeRewardsBin = ServiceNodeRewardsMetaData.Bin

// DeployServiceNodeRewards deploys a new Ethereum contract, binding an instance of ServiceNodeRewards to it.
func DeployServiceNodeRewards(auth *bind.TransactOpts, backend bind.ContractBackend, exitWaitTime *big.Int, smallContributorLeaveDelay *big.Int, minimumExitAge_ *big.Int) (common.Address, *types.Transaction, *ServiceNodeRewards, error) {
	parsed, err := ServiceNodeRewardsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ServiceNodeRewardsBin), backend, exitWaitTime, smallContributorLeaveDelay, minimumExitAge_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ServiceNodeRewards{ServiceNodeRewardsCaller: ServiceNodeRewardsCaller{contract: contract}, ServiceNodeRewardsTransactor: ServiceNodeRewardsTransactor{contract: contract}, ServiceNodeRewardsFilterer: ServiceNodeRewardsFilterer{contract: contract}}, nil
}

// ServiceNodeRewards is an auto generated Go binding around an Ethereum contract.
type ServiceNodeRewards struct {
	ServiceNodeRewardsCaller     // Read-only binding to the contract
	ServiceNodeRewardsTransactor // Write-only binding to the contract
	ServiceNodeRewardsFilterer   // Log filterer for contract events
}

// ServiceNodeRewardsCaller is an auto generated read-only Go binding around an Ethereum contract.
type ServiceNodeRewardsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ServiceNodeRewardsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ServiceNodeRewardsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ServiceNodeRewardsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ServiceNodeRewardsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ServiceNodeRewardsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ServiceNodeRewardsSession struct {
	Contract     *ServiceNodeRewards // Generic contract binding to set the session for
	CallOpts     bind.CallOpts       // Call options to use throughout this session
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// ServiceNodeRewardsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ServiceNodeRewardsCallerSession struct {
	Contract *ServiceNodeRewardsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts             // Call options to use throughout this session
}

// ServiceNodeRewardsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ServiceNodeRewardsTransactorSession struct {
	Contract     *ServiceNodeRewardsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts             // Transaction auth options to use throughout this session
}

// ServiceNodeRewardsRaw is an auto generated low-level Go binding around an Ethereum contract.
type ServiceNodeRewardsRaw struct {
	Contract *ServiceNodeRewards // Generic contract binding to access the raw methods on
}

// ServiceNodeRewardsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ServiceNodeRewardsCallerRaw struct {
	Contract *ServiceNodeRewardsCaller // Generic read-only contract binding to access the raw methods on
}

// ServiceNodeRewardsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ServiceNodeRewardsTransactorRaw struct {
	Contract *ServiceNodeRewardsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewServiceNodeRewards creates a new instance of ServiceNodeRewards, bound to a specific deployed contract.
func NewServiceNodeRewards(address common.Address, backend bind.ContractBackend) (*ServiceNodeRewards, error) {
	contract, err := bindServiceNodeRewards(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewards{ServiceNodeRewardsCaller: ServiceNodeRewardsCaller{contract: contract}, ServiceNodeRewardsTransactor: ServiceNodeRewardsTransactor{contract: contract}, ServiceNodeRewardsFilterer: ServiceNodeRewardsFilterer{contract: contract}}, nil
}

// NewServiceNodeRewardsCaller creates a new read-only instance of ServiceNodeRewards, bound to a specific deployed contract.
func NewServiceNodeRewardsCaller(address common.Address, caller bind.ContractCaller) (*ServiceNodeRewardsCaller, error) {
	contract, err := bindServiceNodeRewards(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsCaller{contract: contract}, nil
}

// NewServiceNodeRewardsTransactor creates a new write-only instance of ServiceNodeRewards, bound to a specific deployed contract.
func NewServiceNodeRewardsTransactor(address common.Address, transactor bind.ContractTransactor) (*ServiceNodeRewardsTransactor, error) {
	contract, err := bindServiceNodeRewards(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsTransactor{contract: contract}, nil
}

// NewServiceNodeRewardsFilterer creates a new log filterer instance of ServiceNodeRewards, bound to a specific deployed contract.
func NewServiceNodeRewardsFilterer(address common.Address, filterer bind.ContractFilterer) (*ServiceNodeRewardsFilterer, error) {
	contract, err := bindServiceNodeRewards(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsFilterer{contract: contract}, nil
}

// bindServiceNodeRewards binds a generic wrapper to an already deployed contract.
func bindServiceNodeRewards(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ServiceNodeRewardsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ServiceNodeRewards *ServiceNodeRewardsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ServiceNodeRewards.Contract.ServiceNodeRewardsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ServiceNodeRewards *ServiceNodeRewardsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ServiceNodeRewardsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ServiceNodeRewards *ServiceNodeRewardsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ServiceNodeRewardsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ServiceNodeRewards *ServiceNodeRewardsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ServiceNodeRewards.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.contract.Transact(opts, method, params...)
}

// LISTSENTINEL is a free data retrieval call binding the contract method 0x9c80ebee.
//
// Solidity: function LIST_SENTINEL() view returns(uint64)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) LISTSENTINEL(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "LIST_SENTINEL")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LISTSENTINEL is a free data retrieval call binding the contract method 0x9c80ebee.
//
// Solidity: function LIST_SENTINEL() view returns(uint64)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) LISTSENTINEL() (uint64, error) {
	return _ServiceNodeRewards.Contract.LISTSENTINEL(&_ServiceNodeRewards.CallOpts)
}

// LISTSENTINEL is a free data retrieval call binding the contract method 0x9c80ebee.
//
// Solidity: function LIST_SENTINEL() view returns(uint64)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) LISTSENTINEL() (uint64, error) {
	return _ServiceNodeRewards.Contract.LISTSENTINEL(&_ServiceNodeRewards.CallOpts)
}

// MAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND is a free data retrieval call binding the contract method 0x879d0f0c.
//
// Solidity: function MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) MAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND is a free data retrieval call binding the contract method 0x879d0f0c.
//
// Solidity: function MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) MAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.MAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND(&_ServiceNodeRewards.CallOpts)
}

// MAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND is a free data retrieval call binding the contract method 0x879d0f0c.
//
// Solidity: function MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) MAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.MAXPERMITTEDPUBKEYAGGREGATIONSLOWERBOUND(&_ServiceNodeRewards.CallOpts)
}

// MAXSERVICENODEEXITWAITTIME is a free data retrieval call binding the contract method 0x62f1fbc2.
//
// Solidity: function MAX_SERVICE_NODE_EXIT_WAIT_TIME() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) MAXSERVICENODEEXITWAITTIME(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "MAX_SERVICE_NODE_EXIT_WAIT_TIME")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSERVICENODEEXITWAITTIME is a free data retrieval call binding the contract method 0x62f1fbc2.
//
// Solidity: function MAX_SERVICE_NODE_EXIT_WAIT_TIME() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) MAXSERVICENODEEXITWAITTIME() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.MAXSERVICENODEEXITWAITTIME(&_ServiceNodeRewards.CallOpts)
}

// MAXSERVICENODEEXITWAITTIME is a free data retrieval call binding the contract method 0x62f1fbc2.
//
// Solidity: function MAX_SERVICE_NODE_EXIT_WAIT_TIME() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) MAXSERVICENODEEXITWAITTIME() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.MAXSERVICENODEEXITWAITTIME(&_ServiceNodeRewards.CallOpts)
}

// MINTIMEBEFOREREPEATEDLEAVEREQUEST is a free data retrieval call binding the contract method 0xee94e412.
//
// Solidity: function MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) MINTIMEBEFOREREPEATEDLEAVEREQUEST(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MINTIMEBEFOREREPEATEDLEAVEREQUEST is a free data retrieval call binding the contract method 0xee94e412.
//
// Solidity: function MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) MINTIMEBEFOREREPEATEDLEAVEREQUEST() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.MINTIMEBEFOREREPEATEDLEAVEREQUEST(&_ServiceNodeRewards.CallOpts)
}

// MINTIMEBEFOREREPEATEDLEAVEREQUEST is a free data retrieval call binding the contract method 0xee94e412.
//
// Solidity: function MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) MINTIMEBEFOREREPEATEDLEAVEREQUEST() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.MINTIMEBEFOREREPEATEDLEAVEREQUEST(&_ServiceNodeRewards.CallOpts)
}

// SMALLCONTRIBUTORDIVISOR is a free data retrieval call binding the contract method 0xb687f85c.
//
// Solidity: function SMALL_CONTRIBUTOR_DIVISOR() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) SMALLCONTRIBUTORDIVISOR(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "SMALL_CONTRIBUTOR_DIVISOR")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SMALLCONTRIBUTORDIVISOR is a free data retrieval call binding the contract method 0xb687f85c.
//
// Solidity: function SMALL_CONTRIBUTOR_DIVISOR() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) SMALLCONTRIBUTORDIVISOR() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.SMALLCONTRIBUTORDIVISOR(&_ServiceNodeRewards.CallOpts)
}

// SMALLCONTRIBUTORDIVISOR is a free data retrieval call binding the contract method 0xb687f85c.
//
// Solidity: function SMALL_CONTRIBUTOR_DIVISOR() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) SMALLCONTRIBUTORDIVISOR() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.SMALLCONTRIBUTORDIVISOR(&_ServiceNodeRewards.CallOpts)
}

// SMALLCONTRIBUTORLEAVEDELAY is a free data retrieval call binding the contract method 0x9cebc474.
//
// Solidity: function SMALL_CONTRIBUTOR_LEAVE_DELAY() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) SMALLCONTRIBUTORLEAVEDELAY(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "SMALL_CONTRIBUTOR_LEAVE_DELAY")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SMALLCONTRIBUTORLEAVEDELAY is a free data retrieval call binding the contract method 0x9cebc474.
//
// Solidity: function SMALL_CONTRIBUTOR_LEAVE_DELAY() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) SMALLCONTRIBUTORLEAVEDELAY() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.SMALLCONTRIBUTORLEAVEDELAY(&_ServiceNodeRewards.CallOpts)
}

// SMALLCONTRIBUTORLEAVEDELAY is a free data retrieval call binding the contract method 0x9cebc474.
//
// Solidity: function SMALL_CONTRIBUTOR_LEAVE_DELAY() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) SMALLCONTRIBUTORLEAVEDELAY() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.SMALLCONTRIBUTORLEAVEDELAY(&_ServiceNodeRewards.CallOpts)
}

// VERSION is a free data retrieval call binding the contract method 0xffa1ad74.
//
// Solidity: function VERSION() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) VERSION(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "VERSION")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// VERSION is a free data retrieval call binding the contract method 0xffa1ad74.
//
// Solidity: function VERSION() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) VERSION() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.VERSION(&_ServiceNodeRewards.CallOpts)
}

// VERSION is a free data retrieval call binding the contract method 0xffa1ad74.
//
// Solidity: function VERSION() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) VERSION() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.VERSION(&_ServiceNodeRewards.CallOpts)
}

// AggregatePubkey is a free data retrieval call binding the contract method 0x8a2209e6.
//
// Solidity: function aggregatePubkey() view returns((uint256,uint256))
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) AggregatePubkey(opts *bind.CallOpts) (ServiceNodeRewardsG1Point, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "aggregatePubkey")

	if err != nil {
		return *new(ServiceNodeRewardsG1Point), err
	}

	out0 := *abi.ConvertType(out[0], new(ServiceNodeRewardsG1Point)).(*ServiceNodeRewardsG1Point)

	return out0, err

}

// AggregatePubkey is a free data retrieval call binding the contract method 0x8a2209e6.
//
// Solidity: function aggregatePubkey() view returns((uint256,uint256))
func (_ServiceNodeRewards *ServiceNodeRewardsSession) AggregatePubkey() (ServiceNodeRewardsG1Point, error) {
	return _ServiceNodeRewards.Contract.AggregatePubkey(&_ServiceNodeRewards.CallOpts)
}

// AggregatePubkey is a free data retrieval call binding the contract method 0x8a2209e6.
//
// Solidity: function aggregatePubkey() view returns((uint256,uint256))
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) AggregatePubkey() (ServiceNodeRewardsG1Point, error) {
	return _ServiceNodeRewards.Contract.AggregatePubkey(&_ServiceNodeRewards.CallOpts)
}

// AllServiceNodeIDs is a free data retrieval call binding the contract method 0xabf2c503.
//
// Solidity: function allServiceNodeIDs() view returns(uint64[] ids, (uint256,uint256)[] pubkeys)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) AllServiceNodeIDs(opts *bind.CallOpts) (struct {
	Ids     []uint64
	Pubkeys []ServiceNodeRewardsG1Point
}, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "allServiceNodeIDs")

	outstruct := new(struct {
		Ids     []uint64
		Pubkeys []ServiceNodeRewardsG1Point
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Ids = *abi.ConvertType(out[0], new([]uint64)).(*[]uint64)
	outstruct.Pubkeys = *abi.ConvertType(out[1], new([]ServiceNodeRewardsG1Point)).(*[]ServiceNodeRewardsG1Point)

	return *outstruct, err

}

// AllServiceNodeIDs is a free data retrieval call binding the contract method 0xabf2c503.
//
// Solidity: function allServiceNodeIDs() view returns(uint64[] ids, (uint256,uint256)[] pubkeys)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) AllServiceNodeIDs() (struct {
	Ids     []uint64
	Pubkeys []ServiceNodeRewardsG1Point
}, error) {
	return _ServiceNodeRewards.Contract.AllServiceNodeIDs(&_ServiceNodeRewards.CallOpts)
}

// AllServiceNodeIDs is a free data retrieval call binding the contract method 0xabf2c503.
//
// Solidity: function allServiceNodeIDs() view returns(uint64[] ids, (uint256,uint256)[] pubkeys)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) AllServiceNodeIDs() (struct {
	Ids     []uint64
	Pubkeys []ServiceNodeRewardsG1Point
}, error) {
	return _ServiceNodeRewards.Contract.AllServiceNodeIDs(&_ServiceNodeRewards.CallOpts)
}

// BlsNonSignerThreshold is a free data retrieval call binding the contract method 0x8a399481.
//
// Solidity: function blsNonSignerThreshold() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) BlsNonSignerThreshold(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "blsNonSignerThreshold")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BlsNonSignerThreshold is a free data retrieval call binding the contract method 0x8a399481.
//
// Solidity: function blsNonSignerThreshold() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) BlsNonSignerThreshold() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.BlsNonSignerThreshold(&_ServiceNodeRewards.CallOpts)
}

// BlsNonSignerThreshold is a free data retrieval call binding the contract method 0x8a399481.
//
// Solidity: function blsNonSignerThreshold() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) BlsNonSignerThreshold() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.BlsNonSignerThreshold(&_ServiceNodeRewards.CallOpts)
}

// BlsNonSignerThresholdMax is a free data retrieval call binding the contract method 0x86e76685.
//
// Solidity: function blsNonSignerThresholdMax() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) BlsNonSignerThresholdMax(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "blsNonSignerThresholdMax")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BlsNonSignerThresholdMax is a free data retrieval call binding the contract method 0x86e76685.
//
// Solidity: function blsNonSignerThresholdMax() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) BlsNonSignerThresholdMax() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.BlsNonSignerThresholdMax(&_ServiceNodeRewards.CallOpts)
}

// BlsNonSignerThresholdMax is a free data retrieval call binding the contract method 0x86e76685.
//
// Solidity: function blsNonSignerThresholdMax() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) BlsNonSignerThresholdMax() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.BlsNonSignerThresholdMax(&_ServiceNodeRewards.CallOpts)
}

// ClaimCycle is a free data retrieval call binding the contract method 0xb13aaebd.
//
// Solidity: function claimCycle() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) ClaimCycle(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "claimCycle")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ClaimCycle is a free data retrieval call binding the contract method 0xb13aaebd.
//
// Solidity: function claimCycle() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) ClaimCycle() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.ClaimCycle(&_ServiceNodeRewards.CallOpts)
}

// ClaimCycle is a free data retrieval call binding the contract method 0xb13aaebd.
//
// Solidity: function claimCycle() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) ClaimCycle() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.ClaimCycle(&_ServiceNodeRewards.CallOpts)
}

// ClaimThreshold is a free data retrieval call binding the contract method 0xa44285a5.
//
// Solidity: function claimThreshold() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) ClaimThreshold(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "claimThreshold")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ClaimThreshold is a free data retrieval call binding the contract method 0xa44285a5.
//
// Solidity: function claimThreshold() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) ClaimThreshold() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.ClaimThreshold(&_ServiceNodeRewards.CallOpts)
}

// ClaimThreshold is a free data retrieval call binding the contract method 0xa44285a5.
//
// Solidity: function claimThreshold() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) ClaimThreshold() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.ClaimThreshold(&_ServiceNodeRewards.CallOpts)
}

// CurrentClaimCycle is a free data retrieval call binding the contract method 0xdd644d74.
//
// Solidity: function currentClaimCycle() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) CurrentClaimCycle(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "currentClaimCycle")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CurrentClaimCycle is a free data retrieval call binding the contract method 0xdd644d74.
//
// Solidity: function currentClaimCycle() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) CurrentClaimCycle() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.CurrentClaimCycle(&_ServiceNodeRewards.CallOpts)
}

// CurrentClaimCycle is a free data retrieval call binding the contract method 0xdd644d74.
//
// Solidity: function currentClaimCycle() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) CurrentClaimCycle() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.CurrentClaimCycle(&_ServiceNodeRewards.CallOpts)
}

// CurrentClaimTotal is a free data retrieval call binding the contract method 0x9156ac80.
//
// Solidity: function currentClaimTotal() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) CurrentClaimTotal(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "currentClaimTotal")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CurrentClaimTotal is a free data retrieval call binding the contract method 0x9156ac80.
//
// Solidity: function currentClaimTotal() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) CurrentClaimTotal() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.CurrentClaimTotal(&_ServiceNodeRewards.CallOpts)
}

// CurrentClaimTotal is a free data retrieval call binding the contract method 0x9156ac80.
//
// Solidity: function currentClaimTotal() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) CurrentClaimTotal() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.CurrentClaimTotal(&_ServiceNodeRewards.CallOpts)
}

// DesignatedToken is a free data retrieval call binding the contract method 0x7c89d2f0.
//
// Solidity: function designatedToken() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) DesignatedToken(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "designatedToken")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// DesignatedToken is a free data retrieval call binding the contract method 0x7c89d2f0.
//
// Solidity: function designatedToken() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) DesignatedToken() (common.Address, error) {
	return _ServiceNodeRewards.Contract.DesignatedToken(&_ServiceNodeRewards.CallOpts)
}

// DesignatedToken is a free data retrieval call binding the contract method 0x7c89d2f0.
//
// Solidity: function designatedToken() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) DesignatedToken() (common.Address, error) {
	return _ServiceNodeRewards.Contract.DesignatedToken(&_ServiceNodeRewards.CallOpts)
}

// Ed25519ToServiceNodeID is a free data retrieval call binding the contract method 0xc0ebedab.
//
// Solidity: function ed25519ToServiceNodeID(uint256 ) view returns(uint64)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) Ed25519ToServiceNodeID(opts *bind.CallOpts, arg0 *big.Int) (uint64, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "ed25519ToServiceNodeID", arg0)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Ed25519ToServiceNodeID is a free data retrieval call binding the contract method 0xc0ebedab.
//
// Solidity: function ed25519ToServiceNodeID(uint256 ) view returns(uint64)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) Ed25519ToServiceNodeID(arg0 *big.Int) (uint64, error) {
	return _ServiceNodeRewards.Contract.Ed25519ToServiceNodeID(&_ServiceNodeRewards.CallOpts, arg0)
}

// Ed25519ToServiceNodeID is a free data retrieval call binding the contract method 0xc0ebedab.
//
// Solidity: function ed25519ToServiceNodeID(uint256 ) view returns(uint64)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) Ed25519ToServiceNodeID(arg0 *big.Int) (uint64, error) {
	return _ServiceNodeRewards.Contract.Ed25519ToServiceNodeID(&_ServiceNodeRewards.CallOpts, arg0)
}

// ExitTag is a free data retrieval call binding the contract method 0xd84f0bf8.
//
// Solidity: function exitTag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) ExitTag(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "exitTag")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ExitTag is a free data retrieval call binding the contract method 0xd84f0bf8.
//
// Solidity: function exitTag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) ExitTag() ([32]byte, error) {
	return _ServiceNodeRewards.Contract.ExitTag(&_ServiceNodeRewards.CallOpts)
}

// ExitTag is a free data retrieval call binding the contract method 0xd84f0bf8.
//
// Solidity: function exitTag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) ExitTag() ([32]byte, error) {
	return _ServiceNodeRewards.Contract.ExitTag(&_ServiceNodeRewards.CallOpts)
}

// FoundationPool is a free data retrieval call binding the contract method 0xf907f5fc.
//
// Solidity: function foundationPool() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) FoundationPool(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "foundationPool")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// FoundationPool is a free data retrieval call binding the contract method 0xf907f5fc.
//
// Solidity: function foundationPool() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) FoundationPool() (common.Address, error) {
	return _ServiceNodeRewards.Contract.FoundationPool(&_ServiceNodeRewards.CallOpts)
}

// FoundationPool is a free data retrieval call binding the contract method 0xf907f5fc.
//
// Solidity: function foundationPool() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) FoundationPool() (common.Address, error) {
	return _ServiceNodeRewards.Contract.FoundationPool(&_ServiceNodeRewards.CallOpts)
}

// HashToG2Tag is a free data retrieval call binding the contract method 0x6b348ab4.
//
// Solidity: function hashToG2Tag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) HashToG2Tag(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "hashToG2Tag")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// HashToG2Tag is a free data retrieval call binding the contract method 0x6b348ab4.
//
// Solidity: function hashToG2Tag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) HashToG2Tag() ([32]byte, error) {
	return _ServiceNodeRewards.Contract.HashToG2Tag(&_ServiceNodeRewards.CallOpts)
}

// HashToG2Tag is a free data retrieval call binding the contract method 0x6b348ab4.
//
// Solidity: function hashToG2Tag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) HashToG2Tag() ([32]byte, error) {
	return _ServiceNodeRewards.Contract.HashToG2Tag(&_ServiceNodeRewards.CallOpts)
}

// IsStarted is a free data retrieval call binding the contract method 0x544736e6.
//
// Solidity: function isStarted() view returns(bool)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) IsStarted(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "isStarted")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsStarted is a free data retrieval call binding the contract method 0x544736e6.
//
// Solidity: function isStarted() view returns(bool)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) IsStarted() (bool, error) {
	return _ServiceNodeRewards.Contract.IsStarted(&_ServiceNodeRewards.CallOpts)
}

// IsStarted is a free data retrieval call binding the contract method 0x544736e6.
//
// Solidity: function isStarted() view returns(bool)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) IsStarted() (bool, error) {
	return _ServiceNodeRewards.Contract.IsStarted(&_ServiceNodeRewards.CallOpts)
}

// LastHeightPubkeyWasAggregated is a free data retrieval call binding the contract method 0x623b9422.
//
// Solidity: function lastHeightPubkeyWasAggregated() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) LastHeightPubkeyWasAggregated(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "lastHeightPubkeyWasAggregated")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastHeightPubkeyWasAggregated is a free data retrieval call binding the contract method 0x623b9422.
//
// Solidity: function lastHeightPubkeyWasAggregated() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) LastHeightPubkeyWasAggregated() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.LastHeightPubkeyWasAggregated(&_ServiceNodeRewards.CallOpts)
}

// LastHeightPubkeyWasAggregated is a free data retrieval call binding the contract method 0x623b9422.
//
// Solidity: function lastHeightPubkeyWasAggregated() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) LastHeightPubkeyWasAggregated() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.LastHeightPubkeyWasAggregated(&_ServiceNodeRewards.CallOpts)
}

// LiquidateTag is a free data retrieval call binding the contract method 0x9e3b372d.
//
// Solidity: function liquidateTag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) LiquidateTag(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "liquidateTag")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LiquidateTag is a free data retrieval call binding the contract method 0x9e3b372d.
//
// Solidity: function liquidateTag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) LiquidateTag() ([32]byte, error) {
	return _ServiceNodeRewards.Contract.LiquidateTag(&_ServiceNodeRewards.CallOpts)
}

// LiquidateTag is a free data retrieval call binding the contract method 0x9e3b372d.
//
// Solidity: function liquidateTag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) LiquidateTag() ([32]byte, error) {
	return _ServiceNodeRewards.Contract.LiquidateTag(&_ServiceNodeRewards.CallOpts)
}

// LiquidatorRewardRatio is a free data retrieval call binding the contract method 0x095f1404.
//
// Solidity: function liquidatorRewardRatio() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) LiquidatorRewardRatio(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "liquidatorRewardRatio")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LiquidatorRewardRatio is a free data retrieval call binding the contract method 0x095f1404.
//
// Solidity: function liquidatorRewardRatio() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) LiquidatorRewardRatio() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.LiquidatorRewardRatio(&_ServiceNodeRewards.CallOpts)
}

// LiquidatorRewardRatio is a free data retrieval call binding the contract method 0x095f1404.
//
// Solidity: function liquidatorRewardRatio() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) LiquidatorRewardRatio() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.LiquidatorRewardRatio(&_ServiceNodeRewards.CallOpts)
}

// MaxContributors is a free data retrieval call binding the contract method 0x86fa5063.
//
// Solidity: function maxContributors() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) MaxContributors(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "maxContributors")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxContributors is a free data retrieval call binding the contract method 0x86fa5063.
//
// Solidity: function maxContributors() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) MaxContributors() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.MaxContributors(&_ServiceNodeRewards.CallOpts)
}

// MaxContributors is a free data retrieval call binding the contract method 0x86fa5063.
//
// Solidity: function maxContributors() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) MaxContributors() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.MaxContributors(&_ServiceNodeRewards.CallOpts)
}

// MaxPermittedPubkeyAggregations is a free data retrieval call binding the contract method 0x34fde376.
//
// Solidity: function maxPermittedPubkeyAggregations() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) MaxPermittedPubkeyAggregations(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "maxPermittedPubkeyAggregations")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxPermittedPubkeyAggregations is a free data retrieval call binding the contract method 0x34fde376.
//
// Solidity: function maxPermittedPubkeyAggregations() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) MaxPermittedPubkeyAggregations() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.MaxPermittedPubkeyAggregations(&_ServiceNodeRewards.CallOpts)
}

// MaxPermittedPubkeyAggregations is a free data retrieval call binding the contract method 0x34fde376.
//
// Solidity: function maxPermittedPubkeyAggregations() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) MaxPermittedPubkeyAggregations() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.MaxPermittedPubkeyAggregations(&_ServiceNodeRewards.CallOpts)
}

// NextServiceNodeID is a free data retrieval call binding the contract method 0x17f33a7d.
//
// Solidity: function nextServiceNodeID() view returns(uint64)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) NextServiceNodeID(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "nextServiceNodeID")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// NextServiceNodeID is a free data retrieval call binding the contract method 0x17f33a7d.
//
// Solidity: function nextServiceNodeID() view returns(uint64)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) NextServiceNodeID() (uint64, error) {
	return _ServiceNodeRewards.Contract.NextServiceNodeID(&_ServiceNodeRewards.CallOpts)
}

// NextServiceNodeID is a free data retrieval call binding the contract method 0x17f33a7d.
//
// Solidity: function nextServiceNodeID() view returns(uint64)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) NextServiceNodeID() (uint64, error) {
	return _ServiceNodeRewards.Contract.NextServiceNodeID(&_ServiceNodeRewards.CallOpts)
}

// NumPubkeyAggregationsForHeight is a free data retrieval call binding the contract method 0xda1d5435.
//
// Solidity: function numPubkeyAggregationsForHeight() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) NumPubkeyAggregationsForHeight(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "numPubkeyAggregationsForHeight")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NumPubkeyAggregationsForHeight is a free data retrieval call binding the contract method 0xda1d5435.
//
// Solidity: function numPubkeyAggregationsForHeight() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) NumPubkeyAggregationsForHeight() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.NumPubkeyAggregationsForHeight(&_ServiceNodeRewards.CallOpts)
}

// NumPubkeyAggregationsForHeight is a free data retrieval call binding the contract method 0xda1d5435.
//
// Solidity: function numPubkeyAggregationsForHeight() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) NumPubkeyAggregationsForHeight() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.NumPubkeyAggregationsForHeight(&_ServiceNodeRewards.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) Owner() (common.Address, error) {
	return _ServiceNodeRewards.Contract.Owner(&_ServiceNodeRewards.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) Owner() (common.Address, error) {
	return _ServiceNodeRewards.Contract.Owner(&_ServiceNodeRewards.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) Paused() (bool, error) {
	return _ServiceNodeRewards.Contract.Paused(&_ServiceNodeRewards.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) Paused() (bool, error) {
	return _ServiceNodeRewards.Contract.Paused(&_ServiceNodeRewards.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) PendingOwner() (common.Address, error) {
	return _ServiceNodeRewards.Contract.PendingOwner(&_ServiceNodeRewards.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) PendingOwner() (common.Address, error) {
	return _ServiceNodeRewards.Contract.PendingOwner(&_ServiceNodeRewards.CallOpts)
}

// PoolShareOfLiquidationRatio is a free data retrieval call binding the contract method 0x58e93308.
//
// Solidity: function poolShareOfLiquidationRatio() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) PoolShareOfLiquidationRatio(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "poolShareOfLiquidationRatio")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// PoolShareOfLiquidationRatio is a free data retrieval call binding the contract method 0x58e93308.
//
// Solidity: function poolShareOfLiquidationRatio() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) PoolShareOfLiquidationRatio() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.PoolShareOfLiquidationRatio(&_ServiceNodeRewards.CallOpts)
}

// PoolShareOfLiquidationRatio is a free data retrieval call binding the contract method 0x58e93308.
//
// Solidity: function poolShareOfLiquidationRatio() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) PoolShareOfLiquidationRatio() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.PoolShareOfLiquidationRatio(&_ServiceNodeRewards.CallOpts)
}

// ProofOfPossessionTag is a free data retrieval call binding the contract method 0xae6c6063.
//
// Solidity: function proofOfPossessionTag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) ProofOfPossessionTag(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "proofOfPossessionTag")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ProofOfPossessionTag is a free data retrieval call binding the contract method 0xae6c6063.
//
// Solidity: function proofOfPossessionTag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) ProofOfPossessionTag() ([32]byte, error) {
	return _ServiceNodeRewards.Contract.ProofOfPossessionTag(&_ServiceNodeRewards.CallOpts)
}

// ProofOfPossessionTag is a free data retrieval call binding the contract method 0xae6c6063.
//
// Solidity: function proofOfPossessionTag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) ProofOfPossessionTag() ([32]byte, error) {
	return _ServiceNodeRewards.Contract.ProofOfPossessionTag(&_ServiceNodeRewards.CallOpts)
}

// RecipientRatio is a free data retrieval call binding the contract method 0x0bd1b419.
//
// Solidity: function recipientRatio() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) RecipientRatio(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "recipientRatio")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RecipientRatio is a free data retrieval call binding the contract method 0x0bd1b419.
//
// Solidity: function recipientRatio() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) RecipientRatio() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.RecipientRatio(&_ServiceNodeRewards.CallOpts)
}

// RecipientRatio is a free data retrieval call binding the contract method 0x0bd1b419.
//
// Solidity: function recipientRatio() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) RecipientRatio() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.RecipientRatio(&_ServiceNodeRewards.CallOpts)
}

// Recipients is a free data retrieval call binding the contract method 0xeb820312.
//
// Solidity: function recipients(address ) view returns(uint256 rewards, uint256 claimed)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) Recipients(opts *bind.CallOpts, arg0 common.Address) (struct {
	Rewards *big.Int
	Claimed *big.Int
}, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "recipients", arg0)

	outstruct := new(struct {
		Rewards *big.Int
		Claimed *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Rewards = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Claimed = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Recipients is a free data retrieval call binding the contract method 0xeb820312.
//
// Solidity: function recipients(address ) view returns(uint256 rewards, uint256 claimed)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) Recipients(arg0 common.Address) (struct {
	Rewards *big.Int
	Claimed *big.Int
}, error) {
	return _ServiceNodeRewards.Contract.Recipients(&_ServiceNodeRewards.CallOpts, arg0)
}

// Recipients is a free data retrieval call binding the contract method 0xeb820312.
//
// Solidity: function recipients(address ) view returns(uint256 rewards, uint256 claimed)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) Recipients(arg0 common.Address) (struct {
	Rewards *big.Int
	Claimed *big.Int
}, error) {
	return _ServiceNodeRewards.Contract.Recipients(&_ServiceNodeRewards.CallOpts, arg0)
}

// RewardTag is a free data retrieval call binding the contract method 0x538d2709.
//
// Solidity: function rewardTag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) RewardTag(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "rewardTag")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// RewardTag is a free data retrieval call binding the contract method 0x538d2709.
//
// Solidity: function rewardTag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) RewardTag() ([32]byte, error) {
	return _ServiceNodeRewards.Contract.RewardTag(&_ServiceNodeRewards.CallOpts)
}

// RewardTag is a free data retrieval call binding the contract method 0x538d2709.
//
// Solidity: function rewardTag() view returns(bytes32)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) RewardTag() ([32]byte, error) {
	return _ServiceNodeRewards.Contract.RewardTag(&_ServiceNodeRewards.CallOpts)
}

// ServiceNodeIDs is a free data retrieval call binding the contract method 0x65ca819d.
//
// Solidity: function serviceNodeIDs(bytes ) view returns(uint64)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) ServiceNodeIDs(opts *bind.CallOpts, arg0 []byte) (uint64, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "serviceNodeIDs", arg0)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ServiceNodeIDs is a free data retrieval call binding the contract method 0x65ca819d.
//
// Solidity: function serviceNodeIDs(bytes ) view returns(uint64)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) ServiceNodeIDs(arg0 []byte) (uint64, error) {
	return _ServiceNodeRewards.Contract.ServiceNodeIDs(&_ServiceNodeRewards.CallOpts, arg0)
}

// ServiceNodeIDs is a free data retrieval call binding the contract method 0x65ca819d.
//
// Solidity: function serviceNodeIDs(bytes ) view returns(uint64)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) ServiceNodeIDs(arg0 []byte) (uint64, error) {
	return _ServiceNodeRewards.Contract.ServiceNodeIDs(&_ServiceNodeRewards.CallOpts, arg0)
}

// ServiceNodes is a free data retrieval call binding the contract method 0x040f9853.
//
// Solidity: function serviceNodes(uint64 serviceNodeID) view returns((uint64,uint64,address,(uint256,uint256),uint256,uint256,uint256,uint256,((address,address),uint256)[],uint256))
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) ServiceNodes(opts *bind.CallOpts, serviceNodeID uint64) (ServiceNodeRewardsServiceNode, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "serviceNodes", serviceNodeID)

	if err != nil {
		return *new(ServiceNodeRewardsServiceNode), err
	}

	out0 := *abi.ConvertType(out[0], new(ServiceNodeRewardsServiceNode)).(*ServiceNodeRewardsServiceNode)

	return out0, err

}

// ServiceNodes is a free data retrieval call binding the contract method 0x040f9853.
//
// Solidity: function serviceNodes(uint64 serviceNodeID) view returns((uint64,uint64,address,(uint256,uint256),uint256,uint256,uint256,uint256,((address,address),uint256)[],uint256))
func (_ServiceNodeRewards *ServiceNodeRewardsSession) ServiceNodes(serviceNodeID uint64) (ServiceNodeRewardsServiceNode, error) {
	return _ServiceNodeRewards.Contract.ServiceNodes(&_ServiceNodeRewards.CallOpts, serviceNodeID)
}

// ServiceNodes is a free data retrieval call binding the contract method 0x040f9853.
//
// Solidity: function serviceNodes(uint64 serviceNodeID) view returns((uint64,uint64,address,(uint256,uint256),uint256,uint256,uint256,uint256,((address,address),uint256)[],uint256))
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) ServiceNodes(serviceNodeID uint64) (ServiceNodeRewardsServiceNode, error) {
	return _ServiceNodeRewards.Contract.ServiceNodes(&_ServiceNodeRewards.CallOpts, serviceNodeID)
}

// SignatureExpiry is a free data retrieval call binding the contract method 0xd5a81254.
//
// Solidity: function signatureExpiry() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) SignatureExpiry(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "signatureExpiry")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// SignatureExpiry is a free data retrieval call binding the contract method 0xd5a81254.
//
// Solidity: function signatureExpiry() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) SignatureExpiry() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.SignatureExpiry(&_ServiceNodeRewards.CallOpts)
}

// SignatureExpiry is a free data retrieval call binding the contract method 0xd5a81254.
//
// Solidity: function signatureExpiry() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) SignatureExpiry() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.SignatureExpiry(&_ServiceNodeRewards.CallOpts)
}

// StakingRequirement is a free data retrieval call binding the contract method 0x56d399e8.
//
// Solidity: function stakingRequirement() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) StakingRequirement(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "stakingRequirement")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StakingRequirement is a free data retrieval call binding the contract method 0x56d399e8.
//
// Solidity: function stakingRequirement() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) StakingRequirement() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.StakingRequirement(&_ServiceNodeRewards.CallOpts)
}

// StakingRequirement is a free data retrieval call binding the contract method 0x56d399e8.
//
// Solidity: function stakingRequirement() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) StakingRequirement() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.StakingRequirement(&_ServiceNodeRewards.CallOpts)
}

// TotalNodes is a free data retrieval call binding the contract method 0x9592d424.
//
// Solidity: function totalNodes() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) TotalNodes(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "totalNodes")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalNodes is a free data retrieval call binding the contract method 0x9592d424.
//
// Solidity: function totalNodes() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) TotalNodes() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.TotalNodes(&_ServiceNodeRewards.CallOpts)
}

// TotalNodes is a free data retrieval call binding the contract method 0x9592d424.
//
// Solidity: function totalNodes() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) TotalNodes() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.TotalNodes(&_ServiceNodeRewards.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) AcceptOwnership() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.AcceptOwnership(&_ServiceNodeRewards.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.AcceptOwnership(&_ServiceNodeRewards.TransactOpts)
}

// AddBLSPublicKey is a paid mutator transaction binding the contract method 0xbc7efecc.
//
// Solidity: function addBLSPublicKey((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint256) blsSignature, (uint256,uint256,uint256,uint16) serviceNodeParams, ((address,address),uint256)[] contributors) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) AddBLSPublicKey(opts *bind.TransactOpts, blsPubkey ServiceNodeRewardsG1Point, blsSignature ServiceNodeRewardsBLSSignatureParams, serviceNodeParams ServiceNodeRewardsServiceNodeParams, contributors []ServiceNodeRewardsContributor) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "addBLSPublicKey", blsPubkey, blsSignature, serviceNodeParams, contributors)
}

// AddBLSPublicKey is a paid mutator transaction binding the contract method 0xbc7efecc.
//
// Solidity: function addBLSPublicKey((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint256) blsSignature, (uint256,uint256,uint256,uint16) serviceNodeParams, ((address,address),uint256)[] contributors) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) AddBLSPublicKey(blsPubkey ServiceNodeRewardsG1Point, blsSignature ServiceNodeRewardsBLSSignatureParams, serviceNodeParams ServiceNodeRewardsServiceNodeParams, contributors []ServiceNodeRewardsContributor) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.AddBLSPublicKey(&_ServiceNodeRewards.TransactOpts, blsPubkey, blsSignature, serviceNodeParams, contributors)
}

// AddBLSPublicKey is a paid mutator transaction binding the contract method 0xbc7efecc.
//
// Solidity: function addBLSPublicKey((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint256) blsSignature, (uint256,uint256,uint256,uint16) serviceNodeParams, ((address,address),uint256)[] contributors) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) AddBLSPublicKey(blsPubkey ServiceNodeRewardsG1Point, blsSignature ServiceNodeRewardsBLSSignatureParams, serviceNodeParams ServiceNodeRewardsServiceNodeParams, contributors []ServiceNodeRewardsContributor) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.AddBLSPublicKey(&_ServiceNodeRewards.TransactOpts, blsPubkey, blsSignature, serviceNodeParams, contributors)
}

// ClaimRewards is a paid mutator transaction binding the contract method 0x0962ef79.
//
// Solidity: function claimRewards(uint256 amount) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) ClaimRewards(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "claimRewards", amount)
}

// ClaimRewards is a paid mutator transaction binding the contract method 0x0962ef79.
//
// Solidity: function claimRewards(uint256 amount) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) ClaimRewards(amount *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ClaimRewards(&_ServiceNodeRewards.TransactOpts, amount)
}

// ClaimRewards is a paid mutator transaction binding the contract method 0x0962ef79.
//
// Solidity: function claimRewards(uint256 amount) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) ClaimRewards(amount *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ClaimRewards(&_ServiceNodeRewards.TransactOpts, amount)
}

// ClaimRewards0 is a paid mutator transaction binding the contract method 0x372500ab.
//
// Solidity: function claimRewards() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) ClaimRewards0(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "claimRewards0")
}

// ClaimRewards0 is a paid mutator transaction binding the contract method 0x372500ab.
//
// Solidity: function claimRewards() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) ClaimRewards0() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ClaimRewards0(&_ServiceNodeRewards.TransactOpts)
}

// ClaimRewards0 is a paid mutator transaction binding the contract method 0x372500ab.
//
// Solidity: function claimRewards() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) ClaimRewards0() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ClaimRewards0(&_ServiceNodeRewards.TransactOpts)
}

// ExitBLSPublicKeyAfterWaitTime is a paid mutator transaction binding the contract method 0xab0122ae.
//
// Solidity: function exitBLSPublicKeyAfterWaitTime(uint64 serviceNodeID) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) ExitBLSPublicKeyAfterWaitTime(opts *bind.TransactOpts, serviceNodeID uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "exitBLSPublicKeyAfterWaitTime", serviceNodeID)
}

// ExitBLSPublicKeyAfterWaitTime is a paid mutator transaction binding the contract method 0xab0122ae.
//
// Solidity: function exitBLSPublicKeyAfterWaitTime(uint64 serviceNodeID) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) ExitBLSPublicKeyAfterWaitTime(serviceNodeID uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ExitBLSPublicKeyAfterWaitTime(&_ServiceNodeRewards.TransactOpts, serviceNodeID)
}

// ExitBLSPublicKeyAfterWaitTime is a paid mutator transaction binding the contract method 0xab0122ae.
//
// Solidity: function exitBLSPublicKeyAfterWaitTime(uint64 serviceNodeID) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) ExitBLSPublicKeyAfterWaitTime(serviceNodeID uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ExitBLSPublicKeyAfterWaitTime(&_ServiceNodeRewards.TransactOpts, serviceNodeID)
}

// ExitBLSPublicKeyWithSignature is a paid mutator transaction binding the contract method 0x95055ffd.
//
// Solidity: function exitBLSPublicKeyWithSignature((uint256,uint256) blsPubkey, uint256 timestamp, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) ExitBLSPublicKeyWithSignature(opts *bind.TransactOpts, blsPubkey ServiceNodeRewardsG1Point, timestamp *big.Int, blsSignature ServiceNodeRewardsBLSSignatureParams, ids []uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "exitBLSPublicKeyWithSignature", blsPubkey, timestamp, blsSignature, ids)
}

// ExitBLSPublicKeyWithSignature is a paid mutator transaction binding the contract method 0x95055ffd.
//
// Solidity: function exitBLSPublicKeyWithSignature((uint256,uint256) blsPubkey, uint256 timestamp, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) ExitBLSPublicKeyWithSignature(blsPubkey ServiceNodeRewardsG1Point, timestamp *big.Int, blsSignature ServiceNodeRewardsBLSSignatureParams, ids []uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ExitBLSPublicKeyWithSignature(&_ServiceNodeRewards.TransactOpts, blsPubkey, timestamp, blsSignature, ids)
}

// ExitBLSPublicKeyWithSignature is a paid mutator transaction binding the contract method 0x95055ffd.
//
// Solidity: function exitBLSPublicKeyWithSignature((uint256,uint256) blsPubkey, uint256 timestamp, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) ExitBLSPublicKeyWithSignature(blsPubkey ServiceNodeRewardsG1Point, timestamp *big.Int, blsSignature ServiceNodeRewardsBLSSignatureParams, ids []uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ExitBLSPublicKeyWithSignature(&_ServiceNodeRewards.TransactOpts, blsPubkey, timestamp, blsSignature, ids)
}

// Initialize is a paid mutator transaction binding the contract method 0xedbf4ac2.
//
// Solidity: function initialize(address token_, address foundationPool_, uint256 stakingRequirement_, uint256 maxContributors_, uint256 liquidatorRewardRatio_, uint256 poolShareOfLiquidationRatio_, uint256 recipientRatio_) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) Initialize(opts *bind.TransactOpts, token_ common.Address, foundationPool_ common.Address, stakingRequirement_ *big.Int, maxContributors_ *big.Int, liquidatorRewardRatio_ *big.Int, poolShareOfLiquidationRatio_ *big.Int, recipientRatio_ *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "initialize", token_, foundationPool_, stakingRequirement_, maxContributors_, liquidatorRewardRatio_, poolShareOfLiquidationRatio_, recipientRatio_)
}

// Initialize is a paid mutator transaction binding the contract method 0xedbf4ac2.
//
// Solidity: function initialize(address token_, address foundationPool_, uint256 stakingRequirement_, uint256 maxContributors_, uint256 liquidatorRewardRatio_, uint256 poolShareOfLiquidationRatio_, uint256 recipientRatio_) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) Initialize(token_ common.Address, foundationPool_ common.Address, stakingRequirement_ *big.Int, maxContributors_ *big.Int, liquidatorRewardRatio_ *big.Int, poolShareOfLiquidationRatio_ *big.Int, recipientRatio_ *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.Initialize(&_ServiceNodeRewards.TransactOpts, token_, foundationPool_, stakingRequirement_, maxContributors_, liquidatorRewardRatio_, poolShareOfLiquidationRatio_, recipientRatio_)
}

// Initialize is a paid mutator transaction binding the contract method 0xedbf4ac2.
//
// Solidity: function initialize(address token_, address foundationPool_, uint256 stakingRequirement_, uint256 maxContributors_, uint256 liquidatorRewardRatio_, uint256 poolShareOfLiquidationRatio_, uint256 recipientRatio_) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) Initialize(token_ common.Address, foundationPool_ common.Address, stakingRequirement_ *big.Int, maxContributors_ *big.Int, liquidatorRewardRatio_ *big.Int, poolShareOfLiquidationRatio_ *big.Int, recipientRatio_ *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.Initialize(&_ServiceNodeRewards.TransactOpts, token_, foundationPool_, stakingRequirement_, maxContributors_, liquidatorRewardRatio_, poolShareOfLiquidationRatio_, recipientRatio_)
}

// InitiateExitBLSPublicKey is a paid mutator transaction binding the contract method 0xd9054b09.
//
// Solidity: function initiateExitBLSPublicKey(uint64 serviceNodeID) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) InitiateExitBLSPublicKey(opts *bind.TransactOpts, serviceNodeID uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "initiateExitBLSPublicKey", serviceNodeID)
}

// InitiateExitBLSPublicKey is a paid mutator transaction binding the contract method 0xd9054b09.
//
// Solidity: function initiateExitBLSPublicKey(uint64 serviceNodeID) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) InitiateExitBLSPublicKey(serviceNodeID uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.InitiateExitBLSPublicKey(&_ServiceNodeRewards.TransactOpts, serviceNodeID)
}

// InitiateExitBLSPublicKey is a paid mutator transaction binding the contract method 0xd9054b09.
//
// Solidity: function initiateExitBLSPublicKey(uint64 serviceNodeID) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) InitiateExitBLSPublicKey(serviceNodeID uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.InitiateExitBLSPublicKey(&_ServiceNodeRewards.TransactOpts, serviceNodeID)
}

// LiquidateBLSPublicKeyWithSignature is a paid mutator transaction binding the contract method 0xc4f56d9a.
//
// Solidity: function liquidateBLSPublicKeyWithSignature((uint256,uint256) blsPubkey, uint256 timestamp, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) LiquidateBLSPublicKeyWithSignature(opts *bind.TransactOpts, blsPubkey ServiceNodeRewardsG1Point, timestamp *big.Int, blsSignature ServiceNodeRewardsBLSSignatureParams, ids []uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "liquidateBLSPublicKeyWithSignature", blsPubkey, timestamp, blsSignature, ids)
}

// LiquidateBLSPublicKeyWithSignature is a paid mutator transaction binding the contract method 0xc4f56d9a.
//
// Solidity: function liquidateBLSPublicKeyWithSignature((uint256,uint256) blsPubkey, uint256 timestamp, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) LiquidateBLSPublicKeyWithSignature(blsPubkey ServiceNodeRewardsG1Point, timestamp *big.Int, blsSignature ServiceNodeRewardsBLSSignatureParams, ids []uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.LiquidateBLSPublicKeyWithSignature(&_ServiceNodeRewards.TransactOpts, blsPubkey, timestamp, blsSignature, ids)
}

// LiquidateBLSPublicKeyWithSignature is a paid mutator transaction binding the contract method 0xc4f56d9a.
//
// Solidity: function liquidateBLSPublicKeyWithSignature((uint256,uint256) blsPubkey, uint256 timestamp, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) LiquidateBLSPublicKeyWithSignature(blsPubkey ServiceNodeRewardsG1Point, timestamp *big.Int, blsSignature ServiceNodeRewardsBLSSignatureParams, ids []uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.LiquidateBLSPublicKeyWithSignature(&_ServiceNodeRewards.TransactOpts, blsPubkey, timestamp, blsSignature, ids)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) Pause() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.Pause(&_ServiceNodeRewards.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) Pause() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.Pause(&_ServiceNodeRewards.TransactOpts)
}

// RederiveTotalNodesAndAggregatePubkey is a paid mutator transaction binding the contract method 0x1f744b54.
//
// Solidity: function rederiveTotalNodesAndAggregatePubkey() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) RederiveTotalNodesAndAggregatePubkey(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "rederiveTotalNodesAndAggregatePubkey")
}

// RederiveTotalNodesAndAggregatePubkey is a paid mutator transaction binding the contract method 0x1f744b54.
//
// Solidity: function rederiveTotalNodesAndAggregatePubkey() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) RederiveTotalNodesAndAggregatePubkey() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.RederiveTotalNodesAndAggregatePubkey(&_ServiceNodeRewards.TransactOpts)
}

// RederiveTotalNodesAndAggregatePubkey is a paid mutator transaction binding the contract method 0x1f744b54.
//
// Solidity: function rederiveTotalNodesAndAggregatePubkey() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) RederiveTotalNodesAndAggregatePubkey() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.RederiveTotalNodesAndAggregatePubkey(&_ServiceNodeRewards.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) RenounceOwnership() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.RenounceOwnership(&_ServiceNodeRewards.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.RenounceOwnership(&_ServiceNodeRewards.TransactOpts)
}

// SeedPublicKeyList is a paid mutator transaction binding the contract method 0x1f4c4930.
//
// Solidity: function seedPublicKeyList(((uint256,uint256),uint256,uint256,((address,address),uint256)[])[] nodes) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) SeedPublicKeyList(opts *bind.TransactOpts, nodes []ServiceNodeRewardsSeedServiceNode) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "seedPublicKeyList", nodes)
}

// SeedPublicKeyList is a paid mutator transaction binding the contract method 0x1f4c4930.
//
// Solidity: function seedPublicKeyList(((uint256,uint256),uint256,uint256,((address,address),uint256)[])[] nodes) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) SeedPublicKeyList(nodes []ServiceNodeRewardsSeedServiceNode) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SeedPublicKeyList(&_ServiceNodeRewards.TransactOpts, nodes)
}

// SeedPublicKeyList is a paid mutator transaction binding the contract method 0x1f4c4930.
//
// Solidity: function seedPublicKeyList(((uint256,uint256),uint256,uint256,((address,address),uint256)[])[] nodes) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) SeedPublicKeyList(nodes []ServiceNodeRewardsSeedServiceNode) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SeedPublicKeyList(&_ServiceNodeRewards.TransactOpts, nodes)
}

// SetBLSNonSignerThresholdMax is a paid mutator transaction binding the contract method 0x43039d90.
//
// Solidity: function setBLSNonSignerThresholdMax(uint256 newMax) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) SetBLSNonSignerThresholdMax(opts *bind.TransactOpts, newMax *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "setBLSNonSignerThresholdMax", newMax)
}

// SetBLSNonSignerThresholdMax is a paid mutator transaction binding the contract method 0x43039d90.
//
// Solidity: function setBLSNonSignerThresholdMax(uint256 newMax) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) SetBLSNonSignerThresholdMax(newMax *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SetBLSNonSignerThresholdMax(&_ServiceNodeRewards.TransactOpts, newMax)
}

// SetBLSNonSignerThresholdMax is a paid mutator transaction binding the contract method 0x43039d90.
//
// Solidity: function setBLSNonSignerThresholdMax(uint256 newMax) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) SetBLSNonSignerThresholdMax(newMax *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SetBLSNonSignerThresholdMax(&_ServiceNodeRewards.TransactOpts, newMax)
}

// SetClaimCycle is a paid mutator transaction binding the contract method 0x245fc183.
//
// Solidity: function setClaimCycle(uint256 newValue) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) SetClaimCycle(opts *bind.TransactOpts, newValue *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "setClaimCycle", newValue)
}

// SetClaimCycle is a paid mutator transaction binding the contract method 0x245fc183.
//
// Solidity: function setClaimCycle(uint256 newValue) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) SetClaimCycle(newValue *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SetClaimCycle(&_ServiceNodeRewards.TransactOpts, newValue)
}

// SetClaimCycle is a paid mutator transaction binding the contract method 0x245fc183.
//
// Solidity: function setClaimCycle(uint256 newValue) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) SetClaimCycle(newValue *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SetClaimCycle(&_ServiceNodeRewards.TransactOpts, newValue)
}

// SetClaimThreshold is a paid mutator transaction binding the contract method 0xf324c8eb.
//
// Solidity: function setClaimThreshold(uint256 newMax) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) SetClaimThreshold(opts *bind.TransactOpts, newMax *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "setClaimThreshold", newMax)
}

// SetClaimThreshold is a paid mutator transaction binding the contract method 0xf324c8eb.
//
// Solidity: function setClaimThreshold(uint256 newMax) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) SetClaimThreshold(newMax *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SetClaimThreshold(&_ServiceNodeRewards.TransactOpts, newMax)
}

// SetClaimThreshold is a paid mutator transaction binding the contract method 0xf324c8eb.
//
// Solidity: function setClaimThreshold(uint256 newMax) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) SetClaimThreshold(newMax *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SetClaimThreshold(&_ServiceNodeRewards.TransactOpts, newMax)
}

// SetLiquidationRatios is a paid mutator transaction binding the contract method 0xe5859813.
//
// Solidity: function setLiquidationRatios(uint256 liquidator, uint256 pool, uint256 recipient) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) SetLiquidationRatios(opts *bind.TransactOpts, liquidator *big.Int, pool *big.Int, recipient *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "setLiquidationRatios", liquidator, pool, recipient)
}

// SetLiquidationRatios is a paid mutator transaction binding the contract method 0xe5859813.
//
// Solidity: function setLiquidationRatios(uint256 liquidator, uint256 pool, uint256 recipient) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) SetLiquidationRatios(liquidator *big.Int, pool *big.Int, recipient *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SetLiquidationRatios(&_ServiceNodeRewards.TransactOpts, liquidator, pool, recipient)
}

// SetLiquidationRatios is a paid mutator transaction binding the contract method 0xe5859813.
//
// Solidity: function setLiquidationRatios(uint256 liquidator, uint256 pool, uint256 recipient) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) SetLiquidationRatios(liquidator *big.Int, pool *big.Int, recipient *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SetLiquidationRatios(&_ServiceNodeRewards.TransactOpts, liquidator, pool, recipient)
}

// SetSignatureExpiry is a paid mutator transaction binding the contract method 0xf88d658b.
//
// Solidity: function setSignatureExpiry(uint256 newExpiry) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) SetSignatureExpiry(opts *bind.TransactOpts, newExpiry *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "setSignatureExpiry", newExpiry)
}

// SetSignatureExpiry is a paid mutator transaction binding the contract method 0xf88d658b.
//
// Solidity: function setSignatureExpiry(uint256 newExpiry) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) SetSignatureExpiry(newExpiry *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SetSignatureExpiry(&_ServiceNodeRewards.TransactOpts, newExpiry)
}

// SetSignatureExpiry is a paid mutator transaction binding the contract method 0xf88d658b.
//
// Solidity: function setSignatureExpiry(uint256 newExpiry) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) SetSignatureExpiry(newExpiry *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SetSignatureExpiry(&_ServiceNodeRewards.TransactOpts, newExpiry)
}

// SetStakingRequirement is a paid mutator transaction binding the contract method 0x8328b610.
//
// Solidity: function setStakingRequirement(uint256 newRequirement) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) SetStakingRequirement(opts *bind.TransactOpts, newRequirement *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "setStakingRequirement", newRequirement)
}

// SetStakingRequirement is a paid mutator transaction binding the contract method 0x8328b610.
//
// Solidity: function setStakingRequirement(uint256 newRequirement) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) SetStakingRequirement(newRequirement *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SetStakingRequirement(&_ServiceNodeRewards.TransactOpts, newRequirement)
}

// SetStakingRequirement is a paid mutator transaction binding the contract method 0x8328b610.
//
// Solidity: function setStakingRequirement(uint256 newRequirement) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) SetStakingRequirement(newRequirement *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.SetStakingRequirement(&_ServiceNodeRewards.TransactOpts, newRequirement)
}

// Start is a paid mutator transaction binding the contract method 0xbe9a6555.
//
// Solidity: function start() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) Start(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "start")
}

// Start is a paid mutator transaction binding the contract method 0xbe9a6555.
//
// Solidity: function start() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) Start() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.Start(&_ServiceNodeRewards.TransactOpts)
}

// Start is a paid mutator transaction binding the contract method 0xbe9a6555.
//
// Solidity: function start() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) Start() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.Start(&_ServiceNodeRewards.TransactOpts)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.TransferOwnership(&_ServiceNodeRewards.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.TransferOwnership(&_ServiceNodeRewards.TransactOpts, newOwner)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) Unpause() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.Unpause(&_ServiceNodeRewards.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) Unpause() (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.Unpause(&_ServiceNodeRewards.TransactOpts)
}

// UpdateRewardsBalance is a paid mutator transaction binding the contract method 0x7a6d4065.
//
// Solidity: function updateRewardsBalance(address recipientAddress, uint256 recipientRewards, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) UpdateRewardsBalance(opts *bind.TransactOpts, recipientAddress common.Address, recipientRewards *big.Int, blsSignature ServiceNodeRewardsBLSSignatureParams, ids []uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "updateRewardsBalance", recipientAddress, recipientRewards, blsSignature, ids)
}

// UpdateRewardsBalance is a paid mutator transaction binding the contract method 0x7a6d4065.
//
// Solidity: function updateRewardsBalance(address recipientAddress, uint256 recipientRewards, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) UpdateRewardsBalance(recipientAddress common.Address, recipientRewards *big.Int, blsSignature ServiceNodeRewardsBLSSignatureParams, ids []uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.UpdateRewardsBalance(&_ServiceNodeRewards.TransactOpts, recipientAddress, recipientRewards, blsSignature, ids)
}

// UpdateRewardsBalance is a paid mutator transaction binding the contract method 0x7a6d4065.
//
// Solidity: function updateRewardsBalance(address recipientAddress, uint256 recipientRewards, (uint256,uint256,uint256,uint256) blsSignature, uint64[] ids) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) UpdateRewardsBalance(recipientAddress common.Address, recipientRewards *big.Int, blsSignature ServiceNodeRewardsBLSSignatureParams, ids []uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.UpdateRewardsBalance(&_ServiceNodeRewards.TransactOpts, recipientAddress, recipientRewards, blsSignature, ids)
}

// ValidateProofOfPossession is a paid mutator transaction binding the contract method 0xffd9a86d.
//
// Solidity: function validateProofOfPossession((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint256) blsSignature, address caller, uint256 serviceNodePubkey) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) ValidateProofOfPossession(opts *bind.TransactOpts, blsPubkey ServiceNodeRewardsG1Point, blsSignature ServiceNodeRewardsBLSSignatureParams, caller common.Address, serviceNodePubkey *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "validateProofOfPossession", blsPubkey, blsSignature, caller, serviceNodePubkey)
}

// ValidateProofOfPossession is a paid mutator transaction binding the contract method 0xffd9a86d.
//
// Solidity: function validateProofOfPossession((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint256) blsSignature, address caller, uint256 serviceNodePubkey) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) ValidateProofOfPossession(blsPubkey ServiceNodeRewardsG1Point, blsSignature ServiceNodeRewardsBLSSignatureParams, caller common.Address, serviceNodePubkey *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ValidateProofOfPossession(&_ServiceNodeRewards.TransactOpts, blsPubkey, blsSignature, caller, serviceNodePubkey)
}

// ValidateProofOfPossession is a paid mutator transaction binding the contract method 0xffd9a86d.
//
// Solidity: function validateProofOfPossession((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint256) blsSignature, address caller, uint256 serviceNodePubkey) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) ValidateProofOfPossession(blsPubkey ServiceNodeRewardsG1Point, blsSignature ServiceNodeRewardsBLSSignatureParams, caller common.Address, serviceNodePubkey *big.Int) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ValidateProofOfPossession(&_ServiceNodeRewards.TransactOpts, blsPubkey, blsSignature, caller, serviceNodePubkey)
}

// ServiceNodeRewardsBLSNonSignerThresholdMaxUpdatedIterator is returned from FilterBLSNonSignerThresholdMaxUpdated and is used to iterate over the raw logs and unpacked data for BLSNonSignerThresholdMaxUpdated events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsBLSNonSignerThresholdMaxUpdatedIterator struct {
	Event *ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsBLSNonSignerThresholdMaxUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsBLSNonSignerThresholdMaxUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsBLSNonSignerThresholdMaxUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated represents a BLSNonSignerThresholdMaxUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated struct {
	NewMax *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterBLSNonSignerThresholdMaxUpdated is a free log retrieval operation binding the contract event 0x0ac8ee09138dfaf5e3ebe4cb4fd42dd1a0695535a530171223fb5066f52e0e3b.
//
// Solidity: event BLSNonSignerThresholdMaxUpdated(uint256 newMax)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterBLSNonSignerThresholdMaxUpdated(opts *bind.FilterOpts) (*ServiceNodeRewardsBLSNonSignerThresholdMaxUpdatedIterator, error) {

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "BLSNonSignerThresholdMaxUpdated")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsBLSNonSignerThresholdMaxUpdatedIterator{contract: _ServiceNodeRewards.contract, event: "BLSNonSignerThresholdMaxUpdated", logs: logs, sub: sub}, nil
}

// WatchBLSNonSignerThresholdMaxUpdated is a free log subscription operation binding the contract event 0x0ac8ee09138dfaf5e3ebe4cb4fd42dd1a0695535a530171223fb5066f52e0e3b.
//
// Solidity: event BLSNonSignerThresholdMaxUpdated(uint256 newMax)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchBLSNonSignerThresholdMaxUpdated(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "BLSNonSignerThresholdMaxUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "BLSNonSignerThresholdMaxUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseBLSNonSignerThresholdMaxUpdated is a log parse operation binding the contract event 0x0ac8ee09138dfaf5e3ebe4cb4fd42dd1a0695535a530171223fb5066f52e0e3b.
//
// Solidity: event BLSNonSignerThresholdMaxUpdated(uint256 newMax)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseBLSNonSignerThresholdMaxUpdated(log types.Log) (*ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated, error) {
	event := new(ServiceNodeRewardsBLSNonSignerThresholdMaxUpdated)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "BLSNonSignerThresholdMaxUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsClaimCycleUpdatedIterator is returned from FilterClaimCycleUpdated and is used to iterate over the raw logs and unpacked data for ClaimCycleUpdated events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsClaimCycleUpdatedIterator struct {
	Event *ServiceNodeRewardsClaimCycleUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsClaimCycleUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsClaimCycleUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsClaimCycleUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsClaimCycleUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsClaimCycleUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsClaimCycleUpdated represents a ClaimCycleUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsClaimCycleUpdated struct {
	NewValue *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterClaimCycleUpdated is a free log retrieval operation binding the contract event 0xa83e79dc52a438d552d0631ce4fbfe7dec7656d10398a2849f352a6ab4f0163b.
//
// Solidity: event ClaimCycleUpdated(uint256 newValue)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterClaimCycleUpdated(opts *bind.FilterOpts) (*ServiceNodeRewardsClaimCycleUpdatedIterator, error) {

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "ClaimCycleUpdated")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsClaimCycleUpdatedIterator{contract: _ServiceNodeRewards.contract, event: "ClaimCycleUpdated", logs: logs, sub: sub}, nil
}

// WatchClaimCycleUpdated is a free log subscription operation binding the contract event 0xa83e79dc52a438d552d0631ce4fbfe7dec7656d10398a2849f352a6ab4f0163b.
//
// Solidity: event ClaimCycleUpdated(uint256 newValue)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchClaimCycleUpdated(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsClaimCycleUpdated) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "ClaimCycleUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsClaimCycleUpdated)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "ClaimCycleUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimCycleUpdated is a log parse operation binding the contract event 0xa83e79dc52a438d552d0631ce4fbfe7dec7656d10398a2849f352a6ab4f0163b.
//
// Solidity: event ClaimCycleUpdated(uint256 newValue)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseClaimCycleUpdated(log types.Log) (*ServiceNodeRewardsClaimCycleUpdated, error) {
	event := new(ServiceNodeRewardsClaimCycleUpdated)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "ClaimCycleUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsClaimThresholdUpdatedIterator is returned from FilterClaimThresholdUpdated and is used to iterate over the raw logs and unpacked data for ClaimThresholdUpdated events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsClaimThresholdUpdatedIterator struct {
	Event *ServiceNodeRewardsClaimThresholdUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsClaimThresholdUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsClaimThresholdUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsClaimThresholdUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsClaimThresholdUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsClaimThresholdUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsClaimThresholdUpdated represents a ClaimThresholdUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsClaimThresholdUpdated struct {
	NewThreshold *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterClaimThresholdUpdated is a free log retrieval operation binding the contract event 0xe604909b918af52702fa14cd9b5a8870e5bd66da3163365671e583f705fd5463.
//
// Solidity: event ClaimThresholdUpdated(uint256 newThreshold)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterClaimThresholdUpdated(opts *bind.FilterOpts) (*ServiceNodeRewardsClaimThresholdUpdatedIterator, error) {

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "ClaimThresholdUpdated")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsClaimThresholdUpdatedIterator{contract: _ServiceNodeRewards.contract, event: "ClaimThresholdUpdated", logs: logs, sub: sub}, nil
}

// WatchClaimThresholdUpdated is a free log subscription operation binding the contract event 0xe604909b918af52702fa14cd9b5a8870e5bd66da3163365671e583f705fd5463.
//
// Solidity: event ClaimThresholdUpdated(uint256 newThreshold)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchClaimThresholdUpdated(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsClaimThresholdUpdated) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "ClaimThresholdUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsClaimThresholdUpdated)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "ClaimThresholdUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimThresholdUpdated is a log parse operation binding the contract event 0xe604909b918af52702fa14cd9b5a8870e5bd66da3163365671e583f705fd5463.
//
// Solidity: event ClaimThresholdUpdated(uint256 newThreshold)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseClaimThresholdUpdated(log types.Log) (*ServiceNodeRewardsClaimThresholdUpdated, error) {
	event := new(ServiceNodeRewardsClaimThresholdUpdated)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "ClaimThresholdUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsInitializedIterator struct {
	Event *ServiceNodeRewardsInitialized // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsInitialized)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsInitialized)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsInitialized represents a Initialized event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterInitialized(opts *bind.FilterOpts) (*ServiceNodeRewardsInitializedIterator, error) {

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsInitializedIterator{contract: _ServiceNodeRewards.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsInitialized) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsInitialized)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "Initialized", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseInitialized is a log parse operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseInitialized(log types.Log) (*ServiceNodeRewardsInitialized, error) {
	event := new(ServiceNodeRewardsInitialized)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsLiquidationRatiosUpdatedIterator is returned from FilterLiquidationRatiosUpdated and is used to iterate over the raw logs and unpacked data for LiquidationRatiosUpdated events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsLiquidationRatiosUpdatedIterator struct {
	Event *ServiceNodeRewardsLiquidationRatiosUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsLiquidationRatiosUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsLiquidationRatiosUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsLiquidationRatiosUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsLiquidationRatiosUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsLiquidationRatiosUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsLiquidationRatiosUpdated represents a LiquidationRatiosUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsLiquidationRatiosUpdated struct {
	LiquidatorRatio *big.Int
	PoolRatio       *big.Int
	RecipientRatio  *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterLiquidationRatiosUpdated is a free log retrieval operation binding the contract event 0x0f69a2a87c90cdbb1a6a46bbb4870f2edfbd516244285ab6ffed6460ac2c6a83.
//
// Solidity: event LiquidationRatiosUpdated(uint256 liquidatorRatio, uint256 poolRatio, uint256 recipientRatio)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterLiquidationRatiosUpdated(opts *bind.FilterOpts) (*ServiceNodeRewardsLiquidationRatiosUpdatedIterator, error) {

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "LiquidationRatiosUpdated")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsLiquidationRatiosUpdatedIterator{contract: _ServiceNodeRewards.contract, event: "LiquidationRatiosUpdated", logs: logs, sub: sub}, nil
}

// WatchLiquidationRatiosUpdated is a free log subscription operation binding the contract event 0x0f69a2a87c90cdbb1a6a46bbb4870f2edfbd516244285ab6ffed6460ac2c6a83.
//
// Solidity: event LiquidationRatiosUpdated(uint256 liquidatorRatio, uint256 poolRatio, uint256 recipientRatio)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchLiquidationRatiosUpdated(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsLiquidationRatiosUpdated) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "LiquidationRatiosUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsLiquidationRatiosUpdated)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "LiquidationRatiosUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseLiquidationRatiosUpdated is a log parse operation binding the contract event 0x0f69a2a87c90cdbb1a6a46bbb4870f2edfbd516244285ab6ffed6460ac2c6a83.
//
// Solidity: event LiquidationRatiosUpdated(uint256 liquidatorRatio, uint256 poolRatio, uint256 recipientRatio)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseLiquidationRatiosUpdated(log types.Log) (*ServiceNodeRewardsLiquidationRatiosUpdated, error) {
	event := new(ServiceNodeRewardsLiquidationRatiosUpdated)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "LiquidationRatiosUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsNewSeededServiceNodeIterator is returned from FilterNewSeededServiceNode and is used to iterate over the raw logs and unpacked data for NewSeededServiceNode events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsNewSeededServiceNodeIterator struct {
	Event *ServiceNodeRewardsNewSeededServiceNode // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsNewSeededServiceNodeIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsNewSeededServiceNode)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsNewSeededServiceNode)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsNewSeededServiceNodeIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsNewSeededServiceNodeIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsNewSeededServiceNode represents a NewSeededServiceNode event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsNewSeededServiceNode struct {
	ServiceNodeID uint64
	BlsPubkey     ServiceNodeRewardsG1Point
	Ed25519Pubkey *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterNewSeededServiceNode is a free log retrieval operation binding the contract event 0x34be2fa283e1d5eb453459898f160448257aa1ef0f7dd2c3a3b55c45d1af768f.
//
// Solidity: event NewSeededServiceNode(uint64 indexed serviceNodeID, (uint256,uint256) blsPubkey, uint256 ed25519Pubkey)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterNewSeededServiceNode(opts *bind.FilterOpts, serviceNodeID []uint64) (*ServiceNodeRewardsNewSeededServiceNodeIterator, error) {

	var serviceNodeIDRule []interface{}
	for _, serviceNodeIDItem := range serviceNodeID {
		serviceNodeIDRule = append(serviceNodeIDRule, serviceNodeIDItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "NewSeededServiceNode", serviceNodeIDRule)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsNewSeededServiceNodeIterator{contract: _ServiceNodeRewards.contract, event: "NewSeededServiceNode", logs: logs, sub: sub}, nil
}

// WatchNewSeededServiceNode is a free log subscription operation binding the contract event 0x34be2fa283e1d5eb453459898f160448257aa1ef0f7dd2c3a3b55c45d1af768f.
//
// Solidity: event NewSeededServiceNode(uint64 indexed serviceNodeID, (uint256,uint256) blsPubkey, uint256 ed25519Pubkey)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchNewSeededServiceNode(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsNewSeededServiceNode, serviceNodeID []uint64) (event.Subscription, error) {

	var serviceNodeIDRule []interface{}
	for _, serviceNodeIDItem := range serviceNodeID {
		serviceNodeIDRule = append(serviceNodeIDRule, serviceNodeIDItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "NewSeededServiceNode", serviceNodeIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsNewSeededServiceNode)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "NewSeededServiceNode", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseNewSeededServiceNode is a log parse operation binding the contract event 0x34be2fa283e1d5eb453459898f160448257aa1ef0f7dd2c3a3b55c45d1af768f.
//
// Solidity: event NewSeededServiceNode(uint64 indexed serviceNodeID, (uint256,uint256) blsPubkey, uint256 ed25519Pubkey)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseNewSeededServiceNode(log types.Log) (*ServiceNodeRewardsNewSeededServiceNode, error) {
	event := new(ServiceNodeRewardsNewSeededServiceNode)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "NewSeededServiceNode", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsNewServiceNodeV2Iterator is returned from FilterNewServiceNodeV2 and is used to iterate over the raw logs and unpacked data for NewServiceNodeV2 events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsNewServiceNodeV2Iterator struct {
	Event *ServiceNodeRewardsNewServiceNodeV2 // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsNewServiceNodeV2Iterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsNewServiceNodeV2)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsNewServiceNodeV2)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsNewServiceNodeV2Iterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsNewServiceNodeV2Iterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsNewServiceNodeV2 represents a NewServiceNodeV2 event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsNewServiceNodeV2 struct {
	ServiceNodeID uint64
	Initiator     common.Address
	Pubkey        ServiceNodeRewardsG1Point
	ServiceNode   ServiceNodeRewardsServiceNodeParams
	Contributors  []ServiceNodeRewardsContributor
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterNewServiceNodeV2 is a free log retrieval operation binding the contract event 0x533c16cb4158fe7c77021b90e9290bbefa457dd392bd8abc1eab59747834fd5b.
//
// Solidity: event NewServiceNodeV2(uint64 indexed serviceNodeID, address initiator, (uint256,uint256) pubkey, (uint256,uint256,uint256,uint16) serviceNode, ((address,address),uint256)[] contributors)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterNewServiceNodeV2(opts *bind.FilterOpts, serviceNodeID []uint64) (*ServiceNodeRewardsNewServiceNodeV2Iterator, error) {

	var serviceNodeIDRule []interface{}
	for _, serviceNodeIDItem := range serviceNodeID {
		serviceNodeIDRule = append(serviceNodeIDRule, serviceNodeIDItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "NewServiceNodeV2", serviceNodeIDRule)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsNewServiceNodeV2Iterator{contract: _ServiceNodeRewards.contract, event: "NewServiceNodeV2", logs: logs, sub: sub}, nil
}

// WatchNewServiceNodeV2 is a free log subscription operation binding the contract event 0x533c16cb4158fe7c77021b90e9290bbefa457dd392bd8abc1eab59747834fd5b.
//
// Solidity: event NewServiceNodeV2(uint64 indexed serviceNodeID, address initiator, (uint256,uint256) pubkey, (uint256,uint256,uint256,uint16) serviceNode, ((address,address),uint256)[] contributors)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchNewServiceNodeV2(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsNewServiceNodeV2, serviceNodeID []uint64) (event.Subscription, error) {

	var serviceNodeIDRule []interface{}
	for _, serviceNodeIDItem := range serviceNodeID {
		serviceNodeIDRule = append(serviceNodeIDRule, serviceNodeIDItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "NewServiceNodeV2", serviceNodeIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsNewServiceNodeV2)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "NewServiceNodeV2", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseNewServiceNodeV2 is a log parse operation binding the contract event 0x533c16cb4158fe7c77021b90e9290bbefa457dd392bd8abc1eab59747834fd5b.
//
// Solidity: event NewServiceNodeV2(uint64 indexed serviceNodeID, address initiator, (uint256,uint256) pubkey, (uint256,uint256,uint256,uint16) serviceNode, ((address,address),uint256)[] contributors)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseNewServiceNodeV2(log types.Log) (*ServiceNodeRewardsNewServiceNodeV2, error) {
	event := new(ServiceNodeRewardsNewServiceNodeV2)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "NewServiceNodeV2", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsOwnershipTransferStartedIterator struct {
	Event *ServiceNodeRewardsOwnershipTransferStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsOwnershipTransferStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsOwnershipTransferStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ServiceNodeRewardsOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsOwnershipTransferStartedIterator{contract: _ServiceNodeRewards.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsOwnershipTransferStarted)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferStarted is a log parse operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseOwnershipTransferStarted(log types.Log) (*ServiceNodeRewardsOwnershipTransferStarted, error) {
	event := new(ServiceNodeRewardsOwnershipTransferStarted)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsOwnershipTransferredIterator struct {
	Event *ServiceNodeRewardsOwnershipTransferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsOwnershipTransferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsOwnershipTransferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsOwnershipTransferred represents a OwnershipTransferred event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*ServiceNodeRewardsOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsOwnershipTransferredIterator{contract: _ServiceNodeRewards.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsOwnershipTransferred)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseOwnershipTransferred is a log parse operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseOwnershipTransferred(log types.Log) (*ServiceNodeRewardsOwnershipTransferred, error) {
	event := new(ServiceNodeRewardsOwnershipTransferred)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsPausedIterator struct {
	Event *ServiceNodeRewardsPaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsPaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsPaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsPaused represents a Paused event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsPaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterPaused(opts *bind.FilterOpts) (*ServiceNodeRewardsPausedIterator, error) {

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsPausedIterator{contract: _ServiceNodeRewards.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsPaused) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsPaused)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "Paused", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePaused is a log parse operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParsePaused(log types.Log) (*ServiceNodeRewardsPaused, error) {
	event := new(ServiceNodeRewardsPaused)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsRewardsBalanceUpdatedIterator is returned from FilterRewardsBalanceUpdated and is used to iterate over the raw logs and unpacked data for RewardsBalanceUpdated events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsRewardsBalanceUpdatedIterator struct {
	Event *ServiceNodeRewardsRewardsBalanceUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsRewardsBalanceUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsRewardsBalanceUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsRewardsBalanceUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsRewardsBalanceUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsRewardsBalanceUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsRewardsBalanceUpdated represents a RewardsBalanceUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsRewardsBalanceUpdated struct {
	RecipientAddress common.Address
	Amount           *big.Int
	PreviousBalance  *big.Int
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterRewardsBalanceUpdated is a free log retrieval operation binding the contract event 0x95390641529563dbfb446535fa996c5ac3be00f90f5705b3abda59a4467b797f.
//
// Solidity: event RewardsBalanceUpdated(address indexed recipientAddress, uint256 amount, uint256 previousBalance)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterRewardsBalanceUpdated(opts *bind.FilterOpts, recipientAddress []common.Address) (*ServiceNodeRewardsRewardsBalanceUpdatedIterator, error) {

	var recipientAddressRule []interface{}
	for _, recipientAddressItem := range recipientAddress {
		recipientAddressRule = append(recipientAddressRule, recipientAddressItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "RewardsBalanceUpdated", recipientAddressRule)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsRewardsBalanceUpdatedIterator{contract: _ServiceNodeRewards.contract, event: "RewardsBalanceUpdated", logs: logs, sub: sub}, nil
}

// WatchRewardsBalanceUpdated is a free log subscription operation binding the contract event 0x95390641529563dbfb446535fa996c5ac3be00f90f5705b3abda59a4467b797f.
//
// Solidity: event RewardsBalanceUpdated(address indexed recipientAddress, uint256 amount, uint256 previousBalance)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchRewardsBalanceUpdated(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsRewardsBalanceUpdated, recipientAddress []common.Address) (event.Subscription, error) {

	var recipientAddressRule []interface{}
	for _, recipientAddressItem := range recipientAddress {
		recipientAddressRule = append(recipientAddressRule, recipientAddressItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "RewardsBalanceUpdated", recipientAddressRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsRewardsBalanceUpdated)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "RewardsBalanceUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRewardsBalanceUpdated is a log parse operation binding the contract event 0x95390641529563dbfb446535fa996c5ac3be00f90f5705b3abda59a4467b797f.
//
// Solidity: event RewardsBalanceUpdated(address indexed recipientAddress, uint256 amount, uint256 previousBalance)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseRewardsBalanceUpdated(log types.Log) (*ServiceNodeRewardsRewardsBalanceUpdated, error) {
	event := new(ServiceNodeRewardsRewardsBalanceUpdated)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "RewardsBalanceUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsRewardsClaimedIterator is returned from FilterRewardsClaimed and is used to iterate over the raw logs and unpacked data for RewardsClaimed events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsRewardsClaimedIterator struct {
	Event *ServiceNodeRewardsRewardsClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsRewardsClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsRewardsClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsRewardsClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsRewardsClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsRewardsClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsRewardsClaimed represents a RewardsClaimed event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsRewardsClaimed struct {
	RecipientAddress common.Address
	Amount           *big.Int
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterRewardsClaimed is a free log retrieval operation binding the contract event 0xfc30cddea38e2bf4d6ea7d3f9ed3b6ad7f176419f4963bd81318067a4aee73fe.
//
// Solidity: event RewardsClaimed(address indexed recipientAddress, uint256 amount)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterRewardsClaimed(opts *bind.FilterOpts, recipientAddress []common.Address) (*ServiceNodeRewardsRewardsClaimedIterator, error) {

	var recipientAddressRule []interface{}
	for _, recipientAddressItem := range recipientAddress {
		recipientAddressRule = append(recipientAddressRule, recipientAddressItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "RewardsClaimed", recipientAddressRule)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsRewardsClaimedIterator{contract: _ServiceNodeRewards.contract, event: "RewardsClaimed", logs: logs, sub: sub}, nil
}

// WatchRewardsClaimed is a free log subscription operation binding the contract event 0xfc30cddea38e2bf4d6ea7d3f9ed3b6ad7f176419f4963bd81318067a4aee73fe.
//
// Solidity: event RewardsClaimed(address indexed recipientAddress, uint256 amount)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchRewardsClaimed(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsRewardsClaimed, recipientAddress []common.Address) (event.Subscription, error) {

	var recipientAddressRule []interface{}
	for _, recipientAddressItem := range recipientAddress {
		recipientAddressRule = append(recipientAddressRule, recipientAddressItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "RewardsClaimed", recipientAddressRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsRewardsClaimed)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "RewardsClaimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRewardsClaimed is a log parse operation binding the contract event 0xfc30cddea38e2bf4d6ea7d3f9ed3b6ad7f176419f4963bd81318067a4aee73fe.
//
// Solidity: event RewardsClaimed(address indexed recipientAddress, uint256 amount)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseRewardsClaimed(log types.Log) (*ServiceNodeRewardsRewardsClaimed, error) {
	event := new(ServiceNodeRewardsRewardsClaimed)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "RewardsClaimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsServiceNodeExitIterator is returned from FilterServiceNodeExit and is used to iterate over the raw logs and unpacked data for ServiceNodeExit events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsServiceNodeExitIterator struct {
	Event *ServiceNodeRewardsServiceNodeExit // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsServiceNodeExitIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsServiceNodeExit)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsServiceNodeExit)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsServiceNodeExitIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsServiceNodeExitIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsServiceNodeExit represents a ServiceNodeExit event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsServiceNodeExit struct {
	ServiceNodeID  uint64
	Initiator      common.Address
	ReturnedAmount *big.Int
	Pubkey         ServiceNodeRewardsG1Point
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterServiceNodeExit is a free log retrieval operation binding the contract event 0x24c4411329b949fad2eba6f79a8ba090a08eac1af4b56c3a2f5a282ed45e233e.
//
// Solidity: event ServiceNodeExit(uint64 indexed serviceNodeID, address initiator, uint256 returnedAmount, (uint256,uint256) pubkey)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterServiceNodeExit(opts *bind.FilterOpts, serviceNodeID []uint64) (*ServiceNodeRewardsServiceNodeExitIterator, error) {

	var serviceNodeIDRule []interface{}
	for _, serviceNodeIDItem := range serviceNodeID {
		serviceNodeIDRule = append(serviceNodeIDRule, serviceNodeIDItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "ServiceNodeExit", serviceNodeIDRule)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsServiceNodeExitIterator{contract: _ServiceNodeRewards.contract, event: "ServiceNodeExit", logs: logs, sub: sub}, nil
}

// WatchServiceNodeExit is a free log subscription operation binding the contract event 0x24c4411329b949fad2eba6f79a8ba090a08eac1af4b56c3a2f5a282ed45e233e.
//
// Solidity: event ServiceNodeExit(uint64 indexed serviceNodeID, address initiator, uint256 returnedAmount, (uint256,uint256) pubkey)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchServiceNodeExit(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsServiceNodeExit, serviceNodeID []uint64) (event.Subscription, error) {

	var serviceNodeIDRule []interface{}
	for _, serviceNodeIDItem := range serviceNodeID {
		serviceNodeIDRule = append(serviceNodeIDRule, serviceNodeIDItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "ServiceNodeExit", serviceNodeIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsServiceNodeExit)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "ServiceNodeExit", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServiceNodeExit is a log parse operation binding the contract event 0x24c4411329b949fad2eba6f79a8ba090a08eac1af4b56c3a2f5a282ed45e233e.
//
// Solidity: event ServiceNodeExit(uint64 indexed serviceNodeID, address initiator, uint256 returnedAmount, (uint256,uint256) pubkey)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseServiceNodeExit(log types.Log) (*ServiceNodeRewardsServiceNodeExit, error) {
	event := new(ServiceNodeRewardsServiceNodeExit)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "ServiceNodeExit", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsServiceNodeExitRequestIterator is returned from FilterServiceNodeExitRequest and is used to iterate over the raw logs and unpacked data for ServiceNodeExitRequest events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsServiceNodeExitRequestIterator struct {
	Event *ServiceNodeRewardsServiceNodeExitRequest // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsServiceNodeExitRequestIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsServiceNodeExitRequest)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsServiceNodeExitRequest)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsServiceNodeExitRequestIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsServiceNodeExitRequestIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsServiceNodeExitRequest represents a ServiceNodeExitRequest event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsServiceNodeExitRequest struct {
	ServiceNodeID uint64
	Initiator     common.Address
	Pubkey        ServiceNodeRewardsG1Point
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterServiceNodeExitRequest is a free log retrieval operation binding the contract event 0x8600c0145511b317ae0189933fa71eb57a32d74891804c7993ef74ec63a5e804.
//
// Solidity: event ServiceNodeExitRequest(uint64 indexed serviceNodeID, address initiator, (uint256,uint256) pubkey)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterServiceNodeExitRequest(opts *bind.FilterOpts, serviceNodeID []uint64) (*ServiceNodeRewardsServiceNodeExitRequestIterator, error) {

	var serviceNodeIDRule []interface{}
	for _, serviceNodeIDItem := range serviceNodeID {
		serviceNodeIDRule = append(serviceNodeIDRule, serviceNodeIDItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "ServiceNodeExitRequest", serviceNodeIDRule)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsServiceNodeExitRequestIterator{contract: _ServiceNodeRewards.contract, event: "ServiceNodeExitRequest", logs: logs, sub: sub}, nil
}

// WatchServiceNodeExitRequest is a free log subscription operation binding the contract event 0x8600c0145511b317ae0189933fa71eb57a32d74891804c7993ef74ec63a5e804.
//
// Solidity: event ServiceNodeExitRequest(uint64 indexed serviceNodeID, address initiator, (uint256,uint256) pubkey)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchServiceNodeExitRequest(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsServiceNodeExitRequest, serviceNodeID []uint64) (event.Subscription, error) {

	var serviceNodeIDRule []interface{}
	for _, serviceNodeIDItem := range serviceNodeID {
		serviceNodeIDRule = append(serviceNodeIDRule, serviceNodeIDItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "ServiceNodeExitRequest", serviceNodeIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsServiceNodeExitRequest)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "ServiceNodeExitRequest", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServiceNodeExitRequest is a log parse operation binding the contract event 0x8600c0145511b317ae0189933fa71eb57a32d74891804c7993ef74ec63a5e804.
//
// Solidity: event ServiceNodeExitRequest(uint64 indexed serviceNodeID, address initiator, (uint256,uint256) pubkey)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseServiceNodeExitRequest(log types.Log) (*ServiceNodeRewardsServiceNodeExitRequest, error) {
	event := new(ServiceNodeRewardsServiceNodeExitRequest)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "ServiceNodeExitRequest", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsServiceNodeLiquidatedIterator is returned from FilterServiceNodeLiquidated and is used to iterate over the raw logs and unpacked data for ServiceNodeLiquidated events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsServiceNodeLiquidatedIterator struct {
	Event *ServiceNodeRewardsServiceNodeLiquidated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsServiceNodeLiquidatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsServiceNodeLiquidated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsServiceNodeLiquidated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsServiceNodeLiquidatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsServiceNodeLiquidatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsServiceNodeLiquidated represents a ServiceNodeLiquidated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsServiceNodeLiquidated struct {
	ServiceNodeID uint64
	Initiator     common.Address
	Pubkey        ServiceNodeRewardsG1Point
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterServiceNodeLiquidated is a free log retrieval operation binding the contract event 0x0bfb12191b00293af29126b1c5489f8daeb4a4af82db2960b7f8353c3105cd7c.
//
// Solidity: event ServiceNodeLiquidated(uint64 indexed serviceNodeID, address initiator, (uint256,uint256) pubkey)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterServiceNodeLiquidated(opts *bind.FilterOpts, serviceNodeID []uint64) (*ServiceNodeRewardsServiceNodeLiquidatedIterator, error) {

	var serviceNodeIDRule []interface{}
	for _, serviceNodeIDItem := range serviceNodeID {
		serviceNodeIDRule = append(serviceNodeIDRule, serviceNodeIDItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "ServiceNodeLiquidated", serviceNodeIDRule)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsServiceNodeLiquidatedIterator{contract: _ServiceNodeRewards.contract, event: "ServiceNodeLiquidated", logs: logs, sub: sub}, nil
}

// WatchServiceNodeLiquidated is a free log subscription operation binding the contract event 0x0bfb12191b00293af29126b1c5489f8daeb4a4af82db2960b7f8353c3105cd7c.
//
// Solidity: event ServiceNodeLiquidated(uint64 indexed serviceNodeID, address initiator, (uint256,uint256) pubkey)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchServiceNodeLiquidated(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsServiceNodeLiquidated, serviceNodeID []uint64) (event.Subscription, error) {

	var serviceNodeIDRule []interface{}
	for _, serviceNodeIDItem := range serviceNodeID {
		serviceNodeIDRule = append(serviceNodeIDRule, serviceNodeIDItem)
	}

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "ServiceNodeLiquidated", serviceNodeIDRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsServiceNodeLiquidated)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "ServiceNodeLiquidated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServiceNodeLiquidated is a log parse operation binding the contract event 0x0bfb12191b00293af29126b1c5489f8daeb4a4af82db2960b7f8353c3105cd7c.
//
// Solidity: event ServiceNodeLiquidated(uint64 indexed serviceNodeID, address initiator, (uint256,uint256) pubkey)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseServiceNodeLiquidated(log types.Log) (*ServiceNodeRewardsServiceNodeLiquidated, error) {
	event := new(ServiceNodeRewardsServiceNodeLiquidated)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "ServiceNodeLiquidated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsSignatureExpiryUpdatedIterator is returned from FilterSignatureExpiryUpdated and is used to iterate over the raw logs and unpacked data for SignatureExpiryUpdated events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsSignatureExpiryUpdatedIterator struct {
	Event *ServiceNodeRewardsSignatureExpiryUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsSignatureExpiryUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsSignatureExpiryUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsSignatureExpiryUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsSignatureExpiryUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsSignatureExpiryUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsSignatureExpiryUpdated represents a SignatureExpiryUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsSignatureExpiryUpdated struct {
	NewExpiry *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterSignatureExpiryUpdated is a free log retrieval operation binding the contract event 0xfbbc3d0a51e101ce4a7fda20e6e4eb0e230bf7de27ee2e3683fc8539e3766395.
//
// Solidity: event SignatureExpiryUpdated(uint256 newExpiry)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterSignatureExpiryUpdated(opts *bind.FilterOpts) (*ServiceNodeRewardsSignatureExpiryUpdatedIterator, error) {

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "SignatureExpiryUpdated")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsSignatureExpiryUpdatedIterator{contract: _ServiceNodeRewards.contract, event: "SignatureExpiryUpdated", logs: logs, sub: sub}, nil
}

// WatchSignatureExpiryUpdated is a free log subscription operation binding the contract event 0xfbbc3d0a51e101ce4a7fda20e6e4eb0e230bf7de27ee2e3683fc8539e3766395.
//
// Solidity: event SignatureExpiryUpdated(uint256 newExpiry)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchSignatureExpiryUpdated(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsSignatureExpiryUpdated) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "SignatureExpiryUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsSignatureExpiryUpdated)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "SignatureExpiryUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSignatureExpiryUpdated is a log parse operation binding the contract event 0xfbbc3d0a51e101ce4a7fda20e6e4eb0e230bf7de27ee2e3683fc8539e3766395.
//
// Solidity: event SignatureExpiryUpdated(uint256 newExpiry)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseSignatureExpiryUpdated(log types.Log) (*ServiceNodeRewardsSignatureExpiryUpdated, error) {
	event := new(ServiceNodeRewardsSignatureExpiryUpdated)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "SignatureExpiryUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsStakingRequirementUpdatedIterator is returned from FilterStakingRequirementUpdated and is used to iterate over the raw logs and unpacked data for StakingRequirementUpdated events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsStakingRequirementUpdatedIterator struct {
	Event *ServiceNodeRewardsStakingRequirementUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsStakingRequirementUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsStakingRequirementUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsStakingRequirementUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsStakingRequirementUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsStakingRequirementUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsStakingRequirementUpdated represents a StakingRequirementUpdated event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsStakingRequirementUpdated struct {
	NewRequirement *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterStakingRequirementUpdated is a free log retrieval operation binding the contract event 0x006b7a1ea14ff2794527a64af37d55a2040e351f8b4c1adcdc9aea80d64e0429.
//
// Solidity: event StakingRequirementUpdated(uint256 newRequirement)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterStakingRequirementUpdated(opts *bind.FilterOpts) (*ServiceNodeRewardsStakingRequirementUpdatedIterator, error) {

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "StakingRequirementUpdated")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsStakingRequirementUpdatedIterator{contract: _ServiceNodeRewards.contract, event: "StakingRequirementUpdated", logs: logs, sub: sub}, nil
}

// WatchStakingRequirementUpdated is a free log subscription operation binding the contract event 0x006b7a1ea14ff2794527a64af37d55a2040e351f8b4c1adcdc9aea80d64e0429.
//
// Solidity: event StakingRequirementUpdated(uint256 newRequirement)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchStakingRequirementUpdated(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsStakingRequirementUpdated) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "StakingRequirementUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsStakingRequirementUpdated)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "StakingRequirementUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseStakingRequirementUpdated is a log parse operation binding the contract event 0x006b7a1ea14ff2794527a64af37d55a2040e351f8b4c1adcdc9aea80d64e0429.
//
// Solidity: event StakingRequirementUpdated(uint256 newRequirement)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseStakingRequirementUpdated(log types.Log) (*ServiceNodeRewardsStakingRequirementUpdated, error) {
	event := new(ServiceNodeRewardsStakingRequirementUpdated)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "StakingRequirementUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeRewardsUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsUnpausedIterator struct {
	Event *ServiceNodeRewardsUnpaused // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceNodeRewardsUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeRewardsUnpaused)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceNodeRewardsUnpaused)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceNodeRewardsUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeRewardsUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeRewardsUnpaused represents a Unpaused event raised by the ServiceNodeRewards contract.
type ServiceNodeRewardsUnpaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) FilterUnpaused(opts *bind.FilterOpts) (*ServiceNodeRewardsUnpausedIterator, error) {

	logs, sub, err := _ServiceNodeRewards.contract.FilterLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeRewardsUnpausedIterator{contract: _ServiceNodeRewards.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *ServiceNodeRewardsUnpaused) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeRewards.contract.WatchLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeRewardsUnpaused)
				if err := _ServiceNodeRewards.contract.UnpackLog(event, "Unpaused", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseUnpaused is a log parse operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_ServiceNodeRewards *ServiceNodeRewardsFilterer) ParseUnpaused(log types.Log) (*ServiceNodeRewardsUnpaused, error) {
	event := new(ServiceNodeRewardsUnpaused)
	if err := _ServiceNodeRewards.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
