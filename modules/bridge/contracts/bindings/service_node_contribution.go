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

// ServiceNodeContributionBLSSignatureParams is an auto generated low-level Go binding around an user-defined struct.
type ServiceNodeContributionBLSSignatureParams struct {
	Sigs0 *big.Int
	Sigs1 *big.Int
	Sigs2 *big.Int
	Sigs3 *big.Int
}

// ServiceNodeContributionG1Point is an auto generated low-level Go binding around an user-defined struct.
type ServiceNodeContributionG1Point struct {
	X *big.Int
	Y *big.Int
}

// ServiceNodeContributionReservedContributor is an auto generated low-level Go binding around an user-defined struct.
type ServiceNodeContributionReservedContributor struct {
	Addr   common.Address
	Amount *big.Int
}

// ServiceNodeContributionServiceNodeParams is an auto generated low-level Go binding around an user-defined struct.
type ServiceNodeContributionServiceNodeParams struct {
	ServiceNodePubkey     *big.Int
	ServiceNodeSignature1 *big.Int
	ServiceNodeSignature2 *big.Int
	Fee                   uint16
}

// ServiceNodeContributionStaker is an auto generated low-level Go binding around an user-defined struct.
type ServiceNodeContributionStaker struct {
	Addr        common.Address
	Beneficiary common.Address
}

// ServiceNodeContributionMetaData contains all meta data concerning the ServiceNodeContribution contract.
var ServiceNodeContributionMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_stakingRewardsContract\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"_maxContributors\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeContribution.G1Point\",\"name\":\"key\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeContribution.BLSSignatureParams\",\"name\":\"sig\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"internalType\":\"structServiceNodeContribution.ServiceNodeParams\",\"name\":\"params\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeContribution.ReservedContributor[]\",\"name\":\"reserved\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"_operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"_manualFinalize\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ed25519Pubkey\",\"type\":\"uint256\"}],\"name\":\"BeneficiaryUpdatingDisabledNodeIsNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"numContributors\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxNumContributors\",\"type\":\"uint256\"}],\"name\":\"CalcMinContributionGivenBadContribArgs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumServiceNodeContribution.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ContributeFundsNotPossible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"ContributionBelowMinAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reserved\",\"type\":\"uint256\"}],\"name\":\"ContributionBelowReservedAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"totalContributed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalReserved\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stakingRequirement\",\"type\":\"uint256\"}],\"name\":\"ContributionExceedsStakingRequirement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"DuplicateAddressInReservedContributor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"max\",\"type\":\"uint16\"}],\"name\":\"FeeExceedsPossibleValue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumServiceNodeContribution.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"FinalizeNotPossible\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"FirstContributionMustBeOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"FirstReservedContributorMustBeOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"maxContributors\",\"type\":\"uint256\"}],\"name\":\"MaxContributorsExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"nonContributorAddr\",\"type\":\"address\"}],\"name\":\"NonContributorUpdatedBeneficiary\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OnlyOperatorIsAuthorised\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumServiceNodeContribution.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"RequireWaitForOperatorContribStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"min\",\"type\":\"uint256\"}],\"name\":\"ReservedContributionBelowMinAmount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"contributed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"ReservedContributionExceedsStakingRequirement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ReservedContributorHasZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"oldMax\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newMax\",\"type\":\"uint256\"}],\"name\":\"RewardsContractMaxContributorsChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"oldRequirement\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"newRequirement\",\"type\":\"uint256\"}],\"name\":\"RewardsContractStakingRequirementChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"TooManyReservedContributors\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contribTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"blockTime\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"delayRequired\",\"type\":\"uint256\"}],\"name\":\"WithdrawTooEarly\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"Filled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"Finalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"NewContribution\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"OpenForPublicContribution\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"Reset\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"newFee\",\"type\":\"uint16\"}],\"name\":\"UpdateFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"newValue\",\"type\":\"bool\"}],\"name\":\"UpdateManualFinalize\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structServiceNodeContribution.G1Point\",\"name\":\"newBLSPubkey\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newEd25519Pubkey\",\"type\":\"uint256\"}],\"name\":\"UpdatePubkeys\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structServiceNodeContribution.ReservedContributor[]\",\"name\":\"newReservedContributors\",\"type\":\"tuple[]\"}],\"name\":\"UpdateReservedContributors\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"staker\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newBeneficiary\",\"type\":\"address\"}],\"name\":\"UpdateStakerBeneficiary\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"WithdrawContribution\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_FEE\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESH\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WITHDRAWAL_DELAY\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blsPubkey\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"blsSignature\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeContribution.BLSSignatureParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"contributionRemaining\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"numContributors\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxNumContributors\",\"type\":\"uint256\"}],\"name\":\"calcMinimumContribution\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"name\":\"contributeFunds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"contributionTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"contributions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"contributorAddresses\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"internalType\":\"structServiceNodeContribution.Staker\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"contributorAddressesLength\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getContributions\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"addrs\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"beneficiaries\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"contribs\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getReserved\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"addrs\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"contribs\",\"type\":\"uint256[]\"},{\"internalType\":\"bool[]\",\"name\":\"received\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"manualFinalize\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxContributors\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minimumContribution\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_stakingRequirement\",\"type\":\"uint256\"}],\"name\":\"minimumOperatorContribution\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorContribution\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"reservedContributions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"received\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"reservedContributionsAddresses\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reset\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeContribution.G1Point\",\"name\":\"key\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeContribution.BLSSignatureParams\",\"name\":\"sig\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"internalType\":\"structServiceNodeContribution.ServiceNodeParams\",\"name\":\"params\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeContribution.ReservedContributor[]\",\"name\":\"reserved\",\"type\":\"tuple[]\"},{\"internalType\":\"bool\",\"name\":\"_manualFinalize\",\"type\":\"bool\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"resetUpdateAndContribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"serviceNodeParams\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"internalType\":\"structServiceNodeContribution.ServiceNodeParams\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingRequirement\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingRewardsContract\",\"outputs\":[{\"internalType\":\"contractIStakingRewards\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"status\",\"outputs\":[{\"internalType\":\"enumServiceNodeContribution.Status\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalContribution\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"result\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalReservedContribution\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"result\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newBeneficiary\",\"type\":\"address\"}],\"name\":\"updateBeneficiary\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"name\":\"updateFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"value\",\"type\":\"bool\"}],\"name\":\"updateManualFinalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeContribution.G1Point\",\"name\":\"newBLSPubkey\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"sigs0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs2\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sigs3\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeContribution.BLSSignatureParams\",\"name\":\"newBLSSig\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"ed25519Pubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ed25519Sig0\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ed25519Sig1\",\"type\":\"uint256\"}],\"name\":\"updatePubkeys\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeContribution.ReservedContributor[]\",\"name\":\"reserved\",\"type\":\"tuple[]\"}],\"name\":\"updateReservedContributors\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawContribution\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610120604052600f805460ff1916905534801561001a575f5ffd5b50604051614f63380380614f63833981016040819052610039916118d6565b6001600160a01b0388166100a25760405162461bcd60e51b815260206004820152602560248201527f5368617265643a205a65726f2d61646472657373206973206e6f74207065726d6044820152641a5d1d195960da1b60648201526084015b60405180910390fd5b865f036100f15760405162461bcd60e51b815260206004820152601b60248201527f5368617265643a2075696e7420696e70757420697320656d70747900000000006044820152606401610099565b6001600160a01b03881660a081905260408051630ada733d60e31b815290516356d399e8916004808201926020929091908290030181865afa158015610139573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061015d91906119a2565b60c0818152505060a0516001600160a01b0316637c89d2f06040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101a2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101c691906119b9565b6001600160a01b03908116608052610100889052821660e0526101ee86868686855f806101fb565b5050505050505050611bce565b610203610259565b84516020860151604087015161021c928a928a92610398565b606085015161022a906104f5565b610233846105b1565b61023c8361090e565b80156102505760e051610250908383610957565b50505050505050565b5f5b600c54811015610314575f600c8281548110610279576102796119d2565b5f91825260208083206002909202909101546001600160a01b0316808352600a9091526040909120549091506003600f5460ff1660038111156102be576102be6116ca565b141580156102cb57505f81115b156102e7576080516102e7906001600160a01b03168383610ee4565b506001600160a01b03165f908152600a60209081526040808320839055600b90915281205560010161025b565b50610320600c5f61164e565b600f805460ff19169055604080515f8082526020820190925261036e91610368565b604080518082019091525f80825260208201528152602001906001900390816103425790505b506105b1565b6040517f6423db340205c829eeb91151b1c5d1dc6d7a2b8708b1621494e89ba90c87081e905f90a1565b5f600f5460ff1660038111156103b0576103b06116ca565b146103d557600f546040516306b568e160e01b81526100999160ff16906004016119e6565b60a05160e0516040805160016226579360e01b03198152885160048201526020808a01516024830152885160448301528801516064820152908701516084820152606087015160a48201526001600160a01b0391821660c482015260e4810186905291169063ffd9a86d90610104015f604051808303815f87803b15801561045b575f5ffd5b505af115801561046d573d5f5f3e3d5ffd5b505086515f819055602080890180516001558851600655888201516007556040808a01516008556060808b015160095560028a90556003899055600488905581519485529151928401929092529082018790527f5d06a1dd1d17e79877eddf2192aeb10a8333d39dd8fee91587990b6b9e043447935001905060405180910390a15050505050565b5f600f5460ff16600381111561050d5761050d6116ca565b1461053257600f546040516306b568e160e01b81526100999160ff16906004016119e6565b61271061ffff8216111561056657604051624ae8fd60e41b815261ffff821660048201526127106024820152604401610099565b6005805461ffff191661ffff83169081179091556040519081527f6b21e0b71c12e6cd9a3b2bc9bca648afabce42f96ab1f4b2a085107b8a125ca2906020015b60405180910390a150565b5f600f5460ff1660038111156105c9576105c96116ca565b146105ee57600f546040516306b568e160e01b81526100999160ff16906004016119e6565b5f5b600e5481101561064957600d5f600e8381548110610610576106106119d2565b5f9182526020808320909101546001600160a01b0316835282019290925260400181209081556001908101805460ff19169055016105f0565b50610655600e5f61166f565b610100518151111561068957805161010051604051630962235760e31b815260048101929092526024820152604401610099565b60c0515f5b82518110156108d257801580156106d5575060e0516001600160a01b03168382815181106106be576106be6119d2565b60200260200101515f01516001600160a01b031614155b156107095760e05160405163ef77b46760e01b8152600481018390526001600160a01b039091166024820152604401610099565b5f6001600160a01b0316838281518110610725576107256119d2565b60200260200101515f01516001600160a01b03160361075a5760405163621caef560e11b815260048101829052602401610099565b5f600d5f858481518110610770576107706119d2565b60200260200101515f01516001600160a01b03166001600160a01b031681526020019081526020015f209050805f01545f146107c2576040516308308c2360e21b815260048101839052602401610099565b5f6107d7848461010051610f3e60201b60201c565b90505f8584815181106107ec576107ec6119d2565b60200260200101516020015190508181101561082c5760405163c4aa8aa360e01b8152600481018590526024810182905260448101839052606401610099565b8085101561085e57604051636d3ae3a760e01b8152600481018590526024810182905260448101869052606401610099565b6108688186611a20565b9450600e86858151811061087e5761087e6119d2565b602090810291909101810151518254600180820185555f9485529290932090920180546001600160a01b0319166001600160a01b0390931692909217909155908355918201805460ff19169055500161068e565b507f2c9d548092771ba8beaf76b73c1feb6bdc0c0a32f297a7a9903d2e90b7c557c4826040516109029190611a39565b60405180910390a15050565b600f80548215156101000261ff00199091161790556040517f45e1c879e8fa28095a2771ccbd73452d90d92c3073335da45910fdfa0cbbd019906105a690831515815260200190565b5f600f5460ff16600381111561096f5761096f6116ca565b1415801561099457506001600f5460ff166003811115610991576109916116ca565b14155b156109b957600f54604051630295f95f60e51b81526100999160ff16906004016119e6565b5f60a0516001600160a01b03166386fa50636040518163ffffffff1660e01b8152600401602060405180830381865afa1580156109f8573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a1c91906119a2565b9050806101005114610a505761010051604051631248081b60e31b8152600481019190915260248101829052604401610099565b5f60a0516001600160a01b03166356d399e86040518163ffffffff1660e01b8152600401602060405180830381865afa158015610a8f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ab391906119a2565b90508060c05114610ae55760c051604051631248081b60e31b8152600481019190915260248101829052604401610099565b5f600f5460ff166003811115610afd57610afd6116ca565b03610b835760e0516001600160a01b0316856001600160a01b031614610b4d5760e0516040516316a4ebc160e21b81526001600160a01b0380881660048301529091166024820152604401610099565b600f805460ff191660011790556040517f988e60cd47c9161cfde2e61df2519a9e50fbd2ec76e8dd7d2d19c5e9cfb58445905f90a15b6001600160a01b0385165f908152600d60205260409020805415801590610baf5750600181015460ff16155b15610bf8578054841015610be357805460405163454cd8e160e01b8152610099918691600401918252602082015260400190565b6001818101805460ff19169091179055610c4e565b6001600160a01b0386165f908152600a60205260408120549003610c4e575f610c1f610fcd565b905080851015610c4c576040516310e45ff160e21b81526004810186905260248101829052604401610099565b505b5f6001600160a01b03861615610c645785610c66565b865b6001600160a01b0388165f908152600a602052604081205491925003610d2d57604080518082019091526001600160a01b03808916825282811660208301908152600c80546001810182555f91909152925160029093027fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c7810180549484166001600160a01b031995861617905590517fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c89091018054919092169216919091179055610d37565b610d37878261108c565b6001600160a01b0387165f908152600a602052604081208054879290610d5e908490611a90565b90915550506001600160a01b0387165f908152600b60205260408120429055610d856111fa565b90505f610d9061125e565b60c051909150610da08284611a90565b1115610dd45760c05160405163513b428b60e11b815260048101849052602481018390526044810191909152606401610099565b61010051600c541115610e0157610100516040516315b5c3d560e21b815260040161009991815260200190565b60c0518203610e4057600f805460ff191660021790556040517f827d22e673686107109d5e59f81581c8e6592d80b869e0da9371c80f1821e1f4905f90a15b604080516001600160a01b038581168252602082018a90528b16917f567b97209529fbb11a50c435abb5bfdae05a969880bb35a24afc52d1f383af80910160405180910390a2608051610e9e906001600160a01b03168a308a6112cc565b6002600f5460ff166003811115610eb757610eb76116ca565b148015610ecc5750600f54610100900460ff16155b15610ed957610ed961132f565b505050505050505050565b6040516001600160a01b038316602482015260448101829052610f3990849060640160408051601f198184030181529190526020810180516001600160e01b0390811663a9059cbb60e01b1790915261158c16565b505050565b5f828211610f69576040516376675ed960e11b81526004810184905260248101839052604401610099565b825f03610f99576004610f7d600186611a20565b610f879190611aa3565b610f92906001611a90565b9050610fc6565b610fa38383611a20565b610fae600186611a20565b610fb89190611aa3565b610fc3906001611a90565b90505b9392505050565b5f8080805b600e5481101561104a575f600d5f600e8481548110610ff357610ff36119d2565b5f9182526020808320909101546001600160a01b031683528201929092526040019020600181015490915060ff166110415780546110319085611a90565b935061103e600184611a90565b92505b50600101610fd2565b50611085826110576111fa565b60c0516110649190611a20565b61106e9190611a20565b600c5461107c908490611a90565b61010051610f3e565b9250505090565b6001600f5460ff1660038111156110a5576110a56116ca565b141580156110ca57506002600f5460ff1660038111156110c7576110c76116ca565b14155b156110ef576002546040516310004b0160e11b81526004810191909152602401610099565b5f6001600160a01b038216156111055781611107565b825b90505f5b600c548110156111d5575f600c8281548110611129576111296119d2565b5f918252602090912060029091020180549091506001600160a01b038087169116036111cc5760018101546001600160a01b0380851691160361116d575050505050565b6001810180546001600160a01b0319166001600160a01b03858116918217909255604051908152908616907f1ccdbafdd0f1a6d1af7ea8b92d1d18c648203d36bc2d48c960c39fb5269c85479060200160405180910390a25050505050565b5060010161110b565b50604051632fd768d360e11b81526001600160a01b0384166004820152602401610099565b5f805b600c5481101561125a57600a5f600c838154811061121d5761121d6119d2565b5f91825260208083206002909202909101546001600160a01b031683528201929092526040019020546112509083611a90565b91506001016111fd565b5090565b5f805b600e5481101561125a575f600d5f600e8481548110611282576112826119d2565b5f9182526020808320909101546001600160a01b031683528201929092526040019020600181015490915060ff166112c35780546112c09084611a90565b92505b50600101611261565b6040516001600160a01b038085166024830152831660448201526064810182905261132990859060840160408051601f198184030181529190526020810180516001600160e01b039081166323b872dd60e01b1790915261158c16565b50505050565b6002600f5460ff166003811115611348576113486116ca565b1461136d57600f546040516383696f6f60e01b81526100999160ff16906004016119e6565b600f805460ff191660031790556040517f6823b073d48d6e3a7d385eeb601452d680e74bb46afe3255a7d778f3a9b17681905f90a1600c545f816001600160401b038111156113be576113be6116f9565b60405190808252806020026020018201604052801561141157816020015b604080516080810182525f91810182815260608201839052815260208101919091528152602001906001900390816113dc5790505b5090505f5b828110156114a9575f600c8281548110611432576114326119d2565b5f918252602080832060408051608081018252600290940290910180546001600160a01b03908116858401818152600184015490921660608701529085528552600a835293205490820152845191925090849084908110611495576114956119d2565b602090810291909101015250600101611416565b5060805160a05160c05160405163095ea7b360e01b81526001600160a01b039283166004820152602481019190915291169063095ea7b3906044016020604051808303815f875af1158015611500573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115249190611ac2565b5060a0516001600160a01b031663bc7efecc5f60066002856040518563ffffffff1660e01b815260040161155b9493929190611b38565b5f604051808303815f87803b158015611572575f5ffd5b505af1158015611584573d5f5f3e3d5ffd5b505050505050565b5f5f836001600160a01b0316836040516115a69190611bb8565b5f604051808303815f865af19150503d805f81146115df576040519150601f19603f3d011682016040523d82523d5f602084013e6115e4565b606091505b509150915081158061161257508051158015906116125750808060200190518101906116109190611ac2565b155b8061162557506001600160a01b0384163b155b1561132957604051635274afe760e01b81526001600160a01b0385166004820152602401610099565b5080545f8255600202905f5260205f209081019061166c919061168a565b50565b5080545f8255905f5260205f209081019061166c91906116b6565b5b8082111561125a5780546001600160a01b03199081168255600182018054909116905560020161168b565b5b8082111561125a575f81556001016116b7565b634e487b7160e01b5f52602160045260245ffd5b80516001600160a01b03811681146116f4575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b038111828210171561172f5761172f6116f9565b60405290565b604080519081016001600160401b038111828210171561172f5761172f6116f9565b604051601f8201601f191681016001600160401b038111828210171561177f5761177f6116f9565b604052919050565b5f60808284031215611797575f5ffd5b61179f61170d565b8251815260208084015190820152604080840151908201526060928301519281019290925250919050565b5f608082840312156117da575f5ffd5b6117e261170d565b825181526020808401519082015260408084015190820152606083015190915061ffff81168114611811575f5ffd5b606082015292915050565b5f82601f83011261182b575f5ffd5b81516001600160401b03811115611844576118446116f9565b61185360208260051b01611757565b8082825260208201915060208360061b860101925085831115611874575f5ffd5b602085015b838110156118bd5760408188031215611890575f5ffd5b611898611735565b6118a1826116de565b8152602082810151818301529084529290920191604001611879565b5095945050505050565b805180151581146116f4575f5ffd5b5f5f5f5f5f5f5f5f888a036101e08112156118ef575f5ffd5b6118f88a6116de565b60208b015190995097506040603f1982011215611913575f5ffd5b5061191c611735565b60408a0151815260608a01516020820152955061193c8a60808b01611787565b945061194c8a6101008b016117ca565b6101808a01519094506001600160401b03811115611968575f5ffd5b6119748b828c0161181c565b9350506119846101a08a016116de565b91506119936101c08a016118c7565b90509295985092959890939650565b5f602082840312156119b2575f5ffd5b5051919050565b5f602082840312156119c9575f5ffd5b610fc6826116de565b634e487b7160e01b5f52603260045260245ffd5b6020810160048310611a0657634e487b7160e01b5f52602160045260245ffd5b91905290565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611a3357611a33611a0c565b92915050565b602080825282518282018190525f918401906040840190835b81811015611a8557835180516001600160a01b031684526020908101518185015290930192604090920191600101611a52565b509095945050505050565b80820180821115611a3357611a33611a0c565b5f82611abd57634e487b7160e01b5f52601260045260245ffd5b500490565b5f60208284031215611ad2575f5ffd5b610fc6826118c7565b5f8151808452602084019350602083015f5b82811015611b2e578151805180516001600160a01b039081168952602091820151168189015290810151604088015260609096019590910190600101611aed565b5093949350505050565b8454815260018501546020820152835460408201526001840154606082015260028401546080820152600384015460a0820152825460c0820152600183015460e0820152600283015461010082015261ffff6003840154166101208201526101606101408201525f611bae610160830184611adb565b9695505050505050565b5f82518060208501845e5f920191825250919050565b60805160a05160c05160e05161010051613216611d4d5f395f818161049b01528181610e11015281816112e301528181611323015281816114e801528181611c0b01528181611c3e015281816120b401526120e801525f8181610410015281816105cd015281816105f501528181610658015281816109ca015281816109f201528181610a9c01528181610ac401528181610b6501528181610b8d01528181610be601528181610c0e01528181610f4201528181610f6a015281816111c3015281816111eb01528181611386015281816113fa01528181611d7c01528181611db60152818161264601526127b401525f81816103e901528181610dd30152818161135101528181611cf701528181611d2a01528181612037015281816120830152818161211601526124a801525f818161032201528181611b8801528181611c740152818161248001528181612550015261261501525f818161053c0152818161183501528181611aca015281816121c401526124ce01526132165ff3fe608060405234801561000f575f5ffd5b5060043610610212575f3560e01c8063570ca7351161011f5780639ca002a6116100a9578063d26146a511610079578063d26146a51461055e578063d826f88f14610571578063dda0a81a14610579578063e020e4c414610590578063e50d50d8146105a3575f5ffd5b80639ca002a614610500578063a4b6aa8314610513578063bc063e1a1461051b578063c3aca55814610537575f5ffd5b806386fa5063116100ef57806386fa5063146104965780638c7e7a31146104bd5780638dd08557146104d0578063937e09b1146104f057806396a608c0146104f8575f5ffd5b8063570ca7351461040b5780636786452c146104325780636cf72aa4146104455780637c0b4bfb14610458575f5ffd5b80632c7baaf3116101a05780634a387cdf116101705780634a387cdf1461039d5780634bb278f3146103a55780634e7320ce146103ad578063565a9d48146103c257806356d399e8146103e4575f5ffd5b80632c7baaf3146102de578063336237941461031d57806342e94c901461035c5780634564168b1461037b575f5ffd5b80630dcf4b8f116101e65780630dcf4b8f146102665780630ebb172a1461027c578063200d2ed21461029e5780632816ee73146102b85780632c6cda93146102cb575f5ffd5b8062e9a407146102165780630aaffd2a1461022b5780630d616d201461023e5780630d9639ba14610246575b5f5ffd5b610229610224366004612b1e565b6105c2565b005b610229610239366004612b57565b610644565b61022961064e565b61024e610736565b60405161025d93929190612be3565b60405180910390f35b61026e610950565b60405190815260200161025d565b6102866201518081565b6040516001600160401b03909116815260200161025d565b600f546102ab9060ff1681565b60405161025d9190612c62565b6102296102c6366004612c88565b6109b4565b6102296102d9366004612cc3565b6109bf565b6102e6610a35565b60405161025d919081518152602080830151908201526040808301519082015260609182015161ffff169181019190915260800190565b6103447f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161025d565b61026e61036a366004612b57565b600a6020525f908152604090205481565b5f54600154610388919082565b6040805192835260208301919091520161025d565b600c5461026e565b610229610a91565b6103b5610b06565b60405161025d9190612cdc565b600f546103d490610100900460ff1681565b604051901515815260200161025d565b61026e7f000000000000000000000000000000000000000000000000000000000000000081565b6103447f000000000000000000000000000000000000000000000000000000000000000081565b610229610440366004612d79565b610b5a565b610229610453366004612dde565b610bdb565b610481610466366004612b57565b600d6020525f90815260409020805460019091015460ff1682565b6040805192835290151560208301520161025d565b61026e7f000000000000000000000000000000000000000000000000000000000000000081565b61026e6104cb366004612df9565b610c51565b6104e36104de366004612e22565b610ce0565b60405161025d9190612e39565b61026e610d43565b61026e610e3c565b61026e61050e366004612e22565b610e8e565b61026e610ea1565b61052461271081565b60405161ffff909116815260200161025d565b6103447f000000000000000000000000000000000000000000000000000000000000000081565b61034461056c366004612e22565b610f0f565b610229610f37565b610581610fac565b60405161025d93929190612e5d565b61022961059e366004612e9f565b6111b8565b61026e6105b1366004612b57565b600b6020525f908152604090205481565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461063857337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b815260040161062f929190612f79565b60405180910390fd5b6106418161123d565b50565b6106413382611643565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163303610688576106866117b1565b565b335f908152600b60205260408120546106a19042612fa7565b9050620151808110156106ea57335f908152600b602052604090819020549051630429b06960e31b8152600481019190915242602482015262015180604482015260640161062f565b5f6106f43361190d565b905080156107325760405181815233907f249a82fbe5056a1940b4e996665ba2a82c340ae9fa1e069fd1ababf5508f396e9060200160405180910390a25b5050565b600e5460609081908190806001600160401b03811115610758576107586129ca565b604051908082528060200260200182016040528015610781578160200160208202803683370190505b509350806001600160401b0381111561079c5761079c6129ca565b6040519080825280602002602001820160405280156107c5578160200160208202803683370190505b509250806001600160401b038111156107e0576107e06129ca565b604051908082528060200260200182016040528015610809578160200160208202803683370190505b5091505f5b8181101561094957600e818154811061082957610829612fba565b905f5260205f20015f9054906101000a90046001600160a01b031685828151811061085657610856612fba565b60200260200101906001600160a01b031690816001600160a01b031681525050600d5f86838151811061088b5761088b612fba565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f01548482815181106108c7576108c7612fba565b602002602001018181525050600d5f8683815181106108e8576108e8612fba565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f206001015f9054906101000a900460ff1683828151811061093157610931612fba565b9115156020928302919091019091015260010161080e565b5050909192565b5f805b600c548110156109b057600a5f600c838154811061097357610973612fba565b5f91825260208083206002909202909101546001600160a01b031683528201929092526040019020546109a69083612fce565b9150600101610953565b5090565b610732338284611b23565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a2c57337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b815260040161062f929190612f79565b61064181612232565b610a6060405180608001604052805f81526020015f81526020015f81526020015f61ffff1681525090565b5060408051608081018252600254815260035460208201526004549181019190915260055461ffff16606082015290565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610afe57337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b815260040161062f929190612f79565b6106866122ee565b610b2d60405180608001604052805f81526020015f81526020015f81526020015f81525090565b50604080516080810182526006548152600754602082015260085491810191909152600954606082015290565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610bc757337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b815260040161062f929190612f79565b610bd485858585856125be565b5050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610c4857337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b815260040161062f929190612f79565b61064181612721565b5f828211610c7c576040516376675ed960e11b8152600481018490526024810183905260440161062f565b825f03610cac576004610c90600186612fa7565b610c9a9190612fe1565b610ca5906001612fce565b9050610cd9565b610cb68383612fa7565b610cc1600186612fa7565b610ccb9190612fe1565b610cd6906001612fce565b90505b9392505050565b604080518082019091525f8082526020820152600c8281548110610d0657610d06612fba565b5f9182526020918290206040805180820190915260029092020180546001600160a01b039081168352600190910154169181019190915292915050565b5f8080805b600e54811015610dc0575f600d5f600e8481548110610d6957610d69612fba565b5f9182526020808320909101546001600160a01b031683528201929092526040019020600181015490915060ff16610db7578054610da79085612fce565b9350610db4600184612fce565b92505b50600101610d48565b50610e3582610dcd610950565b610df7907f0000000000000000000000000000000000000000000000000000000000000000612fa7565b610e019190612fa7565b600c54610e0f908490612fce565b7f0000000000000000000000000000000000000000000000000000000000000000610c51565b9250505090565b600c545f90610e4a57505f90565b600a5f600c5f81548110610e6057610e60612fba565b5f91825260208083206002909202909101546001600160a01b03168352820192909252604001902054905090565b5f610e9b825f6001610c51565b92915050565b5f805b600e548110156109b0575f600d5f600e8481548110610ec557610ec5612fba565b5f9182526020808320909101546001600160a01b031683528201929092526040019020600181015490915060ff16610f06578054610f039084612fce565b92505b50600101610ea4565b600e8181548110610f1e575f80fd5b5f918252602090912001546001600160a01b0316905081565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610fa457337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b815260040161062f929190612f79565b6106866117b1565b600c5460609081908190806001600160401b03811115610fce57610fce6129ca565b604051908082528060200260200182016040528015610ff7578160200160208202803683370190505b509350806001600160401b03811115611012576110126129ca565b60405190808252806020026020018201604052801561103b578160200160208202803683370190505b509250806001600160401b03811115611056576110566129ca565b60405190808252806020026020018201604052801561107f578160200160208202803683370190505b5091505f5b8181101561094957600c818154811061109f5761109f612fba565b5f91825260209091206002909102015485516001600160a01b03909116908690839081106110cf576110cf612fba565b60200260200101906001600160a01b031690816001600160a01b031681525050600c818154811061110257611102612fba565b905f5260205f2090600202016001015f9054906101000a90046001600160a01b031684828151811061113657611136612fba565b60200260200101906001600160a01b031690816001600160a01b031681525050600a5f86838151811061116b5761116b612fba565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f20548382815181106111a5576111a5612fba565b6020908102919091010152600101611084565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461122557337f00000000000000000000000000000000000000000000000000000000000000006040516321afccb160e01b815260040161062f929190612f79565b6112348787878787878761276a565b50505050505050565b5f600f5460ff16600381111561125557611255612c4e565b1461127a57600f546040516306b568e160e01b815261062f9160ff1690600401612c62565b5f5b600e548110156112d557600d5f600e838154811061129c5761129c612fba565b5f9182526020808320909101546001600160a01b0316835282019290925260400181209081556001908101805460ff191690550161127c565b506112e1600e5f612951565b7f00000000000000000000000000000000000000000000000000000000000000008151111561134f578051604051630962235760e31b815260048101919091527f0000000000000000000000000000000000000000000000000000000000000000602482015260440161062f565b7f00000000000000000000000000000000000000000000000000000000000000005f5b825181101561160757801580156113d757507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168382815181106113c0576113c0612fba565b60200260200101515f01516001600160a01b031614155b156114275760405163ef77b46760e01b8152600481018290526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016602482015260440161062f565b5f6001600160a01b031683828151811061144357611443612fba565b60200260200101515f01516001600160a01b0316036114785760405163621caef560e11b81526004810182905260240161062f565b5f600d5f85848151811061148e5761148e612fba565b60200260200101515f01516001600160a01b03166001600160a01b031681526020019081526020015f209050805f01545f146114e0576040516308308c2360e21b81526004810183905260240161062f565b5f61150c84847f0000000000000000000000000000000000000000000000000000000000000000610c51565b90505f85848151811061152157611521612fba565b6020026020010151602001519050818110156115615760405163c4aa8aa360e01b815260048101859052602481018290526044810183905260640161062f565b8085101561159357604051636d3ae3a760e01b815260048101859052602481018290526044810186905260640161062f565b61159d8186612fa7565b9450600e8685815181106115b3576115b3612fba565b602090810291909101810151518254600180820185555f9485529290932090920180546001600160a01b0319166001600160a01b0390931692909217909155908355918201805460ff191690555001611372565b507f2c9d548092771ba8beaf76b73c1feb6bdc0c0a32f297a7a9903d2e90b7c557c4826040516116379190613000565b60405180910390a15050565b6001600f5460ff16600381111561165c5761165c612c4e565b1415801561168157506002600f5460ff16600381111561167e5761167e612c4e565b14155b156116a6576002546040516310004b0160e11b8152600481019190915260240161062f565b5f6001600160a01b038216156116bc57816116be565b825b90505f5b600c5481101561178c575f600c82815481106116e0576116e0612fba565b5f918252602090912060029091020180549091506001600160a01b038087169116036117835760018101546001600160a01b03808516911603611724575050505050565b6001810180546001600160a01b0319166001600160a01b03858116918217909255604051908152908616907f1ccdbafdd0f1a6d1af7ea8b92d1d18c648203d36bc2d48c960c39fb5269c85479060200160405180910390a25050505050565b506001016116c2565b50604051632fd768d360e11b81526001600160a01b038416600482015260240161062f565b5f5b600c54811015611889575f600c82815481106117d1576117d1612fba565b5f91825260208083206002909202909101546001600160a01b0316808352600a9091526040909120549091506003600f5460ff16600381111561181657611816612c4e565b1415801561182357505f81115b1561185c5761185c6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001683836127da565b506001600160a01b03165f908152600a60209081526040808320839055600b9091528120556001016117b3565b50611895600c5f61296c565b600f805460ff19169055604080515f808252602082019092526118e3916118dd565b604080518082019091525f80825260208201528152602001906001900390816118b75790505b5061123d565b6040517f6423db340205c829eeb91151b1c5d1dc6d7a2b8708b1621494e89ba90c87081e905f90a1565b6001600160a01b0381165f908152600a60205260408120549081900361193457505f919050565b6001600160a01b0382165f908152600a60209081526040808320839055600b9091528120819055600c54905b81811015611a7457836001600160a01b0316600c828154811061198557611985612fba565b5f9182526020909120600290910201546001600160a01b031603611a6c57600c6119b0600184612fa7565b815481106119c0576119c0612fba565b905f5260205f209060020201600c82815481106119df576119df612fba565b5f9182526020909120825460029092020180546001600160a01b039283166001600160a01b0319918216178255600193840154939091018054939092169216919091179055600c805480611a3557611a35613057565b5f8281526020902060025f199092019182020180546001600160a01b03199081168255600191909101805490911690559055611a74565b600101611960565b506001600160a01b0383165f908152600d60205260409020600101805460ff191690556003600f5460ff166003811115611ab057611ab0612c4e565b03611abd57505f92915050565b611af16001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001684846127da565b6002600f5460ff166003811115611b0a57611b0a612c4e565b03611b1d57600f805460ff191660011790555b50919050565b5f600f5460ff166003811115611b3b57611b3b612c4e565b14158015611b6057506001600f5460ff166003811115611b5d57611b5d612c4e565b14155b15611b8557600f54604051630295f95f60e51b815261062f9160ff1690600401612c62565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166386fa50636040518163ffffffff1660e01b8152600401602060405180830381865afa158015611be2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c06919061306b565b9050807f000000000000000000000000000000000000000000000000000000000000000014611c7157604051631248081b60e31b81527f000000000000000000000000000000000000000000000000000000000000000060048201526024810182905260440161062f565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166356d399e86040518163ffffffff1660e01b8152600401602060405180830381865afa158015611cce573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611cf2919061306b565b9050807f000000000000000000000000000000000000000000000000000000000000000014611d5d57604051631248081b60e31b81527f000000000000000000000000000000000000000000000000000000000000000060048201526024810182905260440161062f565b5f600f5460ff166003811115611d7557611d75612c4e565b03611e26577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316856001600160a01b031614611df057847f00000000000000000000000000000000000000000000000000000000000000006040516316a4ebc160e21b815260040161062f929190612f79565b600f805460ff191660011790556040517f988e60cd47c9161cfde2e61df2519a9e50fbd2ec76e8dd7d2d19c5e9cfb58445905f90a15b6001600160a01b0385165f908152600d60205260409020805415801590611e525750600181015460ff16155b15611e9b578054841015611e8657805460405163454cd8e160e01b815261062f918691600401918252602082015260400190565b6001818101805460ff19169091179055611ef1565b6001600160a01b0386165f908152600a60205260408120549003611ef1575f611ec2610d43565b905080851015611eef576040516310e45ff160e21b8152600481018690526024810182905260440161062f565b505b5f6001600160a01b03861615611f075785611f09565b865b6001600160a01b0388165f908152600a602052604081205491925003611fd057604080518082019091526001600160a01b03808916825282811660208301908152600c80546001810182555f91909152925160029093027fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c7810180549484166001600160a01b031995861617905590517fdf6966c971051c3d54ec59162606531493a51404a002842f56009d7e5cf4a8c89091018054919092169216919091179055611fda565b611fda8782611643565b6001600160a01b0387165f908152600a602052604081208054879290612001908490612fce565b90915550506001600160a01b0387165f908152600b60205260408120429055612028610950565b90505f612033610ea1565b90507f00000000000000000000000000000000000000000000000000000000000000006120608284612fce565b11156120af5760405163513b428b60e11b815260048101839052602481018290527f0000000000000000000000000000000000000000000000000000000000000000604482015260640161062f565b600c547f00000000000000000000000000000000000000000000000000000000000000001015612114576040516315b5c3d560e21b81527f0000000000000000000000000000000000000000000000000000000000000000600482015260240161062f565b7f0000000000000000000000000000000000000000000000000000000000000000820361217157600f805460ff191660021790556040517f827d22e673686107109d5e59f81581c8e6592d80b869e0da9371c80f1821e1f4905f90a15b604080516001600160a01b038581168252602082018a90528b16917f567b97209529fbb11a50c435abb5bfdae05a969880bb35a24afc52d1f383af80910160405180910390a26121ec6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168a308a612830565b6002600f5460ff16600381111561220557612205612c4e565b14801561221a5750600f54610100900460ff16155b15612227576122276122ee565b505050505050505050565b5f600f5460ff16600381111561224a5761224a612c4e565b1461226f57600f546040516306b568e160e01b815261062f9160ff1690600401612c62565b61271061ffff821611156122a357604051624ae8fd60e41b815261ffff82166004820152612710602482015260440161062f565b6005805461ffff191661ffff83169081179091556040519081527f6b21e0b71c12e6cd9a3b2bc9bca648afabce42f96ab1f4b2a085107b8a125ca2906020015b60405180910390a150565b6002600f5460ff16600381111561230757612307612c4e565b1461232c57600f546040516383696f6f60e01b815261062f9160ff1690600401612c62565b600f805460ff191660031790556040517f6823b073d48d6e3a7d385eeb601452d680e74bb46afe3255a7d778f3a9b17681905f90a1600c545f816001600160401b0381111561237d5761237d6129ca565b6040519080825280602002602001820160405280156123d057816020015b604080516080810182525f918101828152606082018390528152602081019190915281526020019060019003908161239b5790505b5090505f5b82811015612468575f600c82815481106123f1576123f1612fba565b5f918252602080832060408051608081018252600290940290910180546001600160a01b03908116858401818152600184015490921660608701529085528552600a83529320549082015284519192509084908490811061245457612454612fba565b6020908102919091010152506001016123d5565b5060405163095ea7b360e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301527f000000000000000000000000000000000000000000000000000000000000000060248301527f0000000000000000000000000000000000000000000000000000000000000000169063095ea7b3906044016020604051808303815f875af1158015612514573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125389190613082565b50604051632f1fbfb360e21b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063bc7efecc9061258d905f9060069060029087906004016130f8565b5f604051808303815f87803b1580156125a4575f5ffd5b505af11580156125b6573d5f5f3e3d5ffd5b505050505050565b5f600f5460ff1660038111156125d6576125d6612c4e565b146125fb57600f546040516306b568e160e01b815261062f9160ff1690600401612c62565b60405160016226579360e01b031981526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063ffd9a86d9061267090889088907f000000000000000000000000000000000000000000000000000000000000000090899060040161316e565b5f604051808303815f87803b158015612687575f5ffd5b505af1158015612699573d5f5f3e3d5ffd5b505086515f819055602080890180516001558851600655888201516007556040808a01516008556060808b015160095560028a90556003899055600488905581519485529151928401929092529082018790527f5d06a1dd1d17e79877eddf2192aeb10a8333d39dd8fee91587990b6b9e043447935001905060405180910390a15050505050565b600f80548215156101000261ff00199091161790556040517f45e1c879e8fa28095a2771ccbd73452d90d92c3073335da45910fdfa0cbbd019906122e390831515815260200190565b6127726117b1565b61278a8787875f0151886020015189604001516125be565b6127978560600151612232565b6127a08461123d565b6127a983612721565b8015611234576112347f00000000000000000000000000000000000000000000000000000000000000008383611b23565b6040516001600160a01b03831660248201526044810182905261282b90849060640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b17905261288f565b505050565b6040516001600160a01b038085166024830152831660448201526064810182905261288990859060840160408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b17905261288f565b50505050565b5f5f836001600160a01b0316836040516128a991906131ca565b5f604051808303815f865af19150503d805f81146128e2576040519150601f19603f3d011682016040523d82523d5f602084013e6128e7565b606091505b509150915081158061291557508051158015906129155750808060200190518101906129139190613082565b155b8061292857506001600160a01b0384163b155b1561288957604051635274afe760e01b81526001600160a01b038516600482015260240161062f565b5080545f8255905f5260205f2090810190610641919061298a565b5080545f8255600202905f5260205f2090810190610641919061299e565b5b808211156109b0575f815560010161298b565b5b808211156109b05780546001600160a01b03199081168255600182018054909116905560020161299f565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715612a0057612a006129ca565b60405290565b604051608081016001600160401b0381118282101715612a0057612a006129ca565b604051601f8201601f191681016001600160401b0381118282101715612a5057612a506129ca565b604052919050565b80356001600160a01b0381168114612a6e575f5ffd5b919050565b5f82601f830112612a82575f5ffd5b81356001600160401b03811115612a9b57612a9b6129ca565b612aaa60208260051b01612a28565b8082825260208201915060208360061b860101925085831115612acb575f5ffd5b602085015b83811015612b145760408188031215612ae7575f5ffd5b612aef6129de565b612af882612a58565b8152602082810135818301529084529290920191604001612ad0565b5095945050505050565b5f60208284031215612b2e575f5ffd5b81356001600160401b03811115612b43575f5ffd5b612b4f84828501612a73565b949350505050565b5f60208284031215612b67575f5ffd5b610cd982612a58565b5f8151808452602084019350602083015f5b82811015612ba95781516001600160a01b0316865260209586019590910190600101612b82565b5093949350505050565b5f8151808452602084019350602083015f5b82811015612ba9578151865260209586019590910190600101612bc5565b606081525f612bf56060830186612b70565b8281036020840152612c078186612bb3565b8381036040850152845180825260208087019350909101905f5b81811015612c415783511515835260209384019390920191600101612c21565b5090979650505050505050565b634e487b7160e01b5f52602160045260245ffd5b6020810160048310612c8257634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f60408385031215612c99575f5ffd5b82359150612ca960208401612a58565b90509250929050565b803561ffff81168114612a6e575f5ffd5b5f60208284031215612cd3575f5ffd5b610cd982612cb2565b8151815260208083015190820152604080830151908201526060808301519082015260808101610e9b565b5f60408284031215612d17575f5ffd5b612d1f6129de565b823581526020928301359281019290925250919050565b5f60808284031215612d46575f5ffd5b612d4e612a06565b8235815260208084013590820152604080840135908201526060928301359281019290925250919050565b5f5f5f5f5f6101208688031215612d8e575f5ffd5b612d988787612d07565b9450612da78760408801612d36565b949794965050505060c08301359260e081013592610100909101359150565b8015158114610641575f5ffd5b8035612a6e81612dc6565b5f60208284031215612dee575f5ffd5b8135610cd981612dc6565b5f5f5f60608486031215612e0b575f5ffd5b505081359360208301359350604090920135919050565b5f60208284031215612e32575f5ffd5b5035919050565b60408101610e9b828480516001600160a01b03908116835260209182015116910152565b606081525f612e6f6060830186612b70565b8281036020840152612e818186612b70565b90508281036040840152612e958185612bb3565b9695505050505050565b5f5f5f5f5f5f5f8789036101c0811215612eb7575f5ffd5b612ec18a8a612d07565b9750612ed08a60408b01612d36565b9650608060bf1982011215612ee3575f5ffd5b50612eec612a06565b60c0890135815260e089013560208201526101008901356040820152612f156101208a01612cb2565b606082015294506101408801356001600160401b03811115612f35575f5ffd5b612f418a828b01612a73565b945050612f516101608901612dd3565b9250612f606101808901612a58565b9699959850939692959194919350506101a09091013590565b6001600160a01b0392831681529116602082015260400190565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610e9b57610e9b612f93565b634e487b7160e01b5f52603260045260245ffd5b80820180821115610e9b57610e9b612f93565b5f82612ffb57634e487b7160e01b5f52601260045260245ffd5b500490565b602080825282518282018190525f918401906040840190835b8181101561304c57835180516001600160a01b031684526020908101518185015290930192604090920191600101613019565b509095945050505050565b634e487b7160e01b5f52603160045260245ffd5b5f6020828403121561307b575f5ffd5b5051919050565b5f60208284031215613092575f5ffd5b8151610cd981612dc6565b5f8151808452602084019350602083015f5b82811015612ba95781516130da87825180516001600160a01b03908116835260209182015116910152565b602090810151604088015260609096019591909101906001016130af565b8454815260018501546020820152835460408201526001840154606082015260028401546080820152600384015460a0820152825460c0820152600183015460e0820152600283015461010082015261ffff6003840154166101208201526101606101408201525f612e9561016083018461309d565b845181526020808601519082015261010081016131af6040830186805182526020810151602083015260408101516040830152606081015160608301525050565b6001600160a01b039390931660c082015260e0015292915050565b5f82518060208501845e5f92019182525091905056fea2646970667358221220f31532d50f25a862b6b789bb81e501684a12c987f7b8501ce55a583161ab0a4964736f6c634300081c0033",
}

// ServiceNodeContributionABI is the input ABI used to generate the binding from.
// Deprecated: Use ServiceNodeContributionMetaData.ABI instead.
var ServiceNodeContributionABI = ServiceNodeContributionMetaData.ABI

// ServiceNodeContributionBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ServiceNodeContributionMetaData.Bin instead.
var ServiceNodeContributionBin = ServiceNodeContributionMetaData.Bin

// DeployServiceNodeContribution deploys a new Ethereum contract, binding an instance of ServiceNodeContribution to it.
func DeployServiceNodeContribution(auth *bind.TransactOpts, backend bind.ContractBackend, _stakingRewardsContract common.Address, _maxContributors *big.Int, key ServiceNodeContributionG1Point, sig ServiceNodeContributionBLSSignatureParams, params ServiceNodeContributionServiceNodeParams, reserved []ServiceNodeContributionReservedContributor, _operator common.Address, _manualFinalize bool) (common.Address, *types.Transaction, *ServiceNodeContribution, error) {
	parsed, err := ServiceNodeContributionMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ServiceNodeContributionBin), backend, _stakingRewardsContract, _maxContributors, key, sig, params, reserved, _operator, _manualFinalize)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ServiceNodeContribution{ServiceNodeContributionCaller: ServiceNodeContributionCaller{contract: contract}, ServiceNodeContributionTransactor: ServiceNodeContributionTransactor{contract: contract}, ServiceNodeContributionFilterer: ServiceNodeContributionFilterer{contract: contract}}, nil
}

// ServiceNodeContribution is an auto generated Go binding around an Ethereum contract.
type ServiceNodeContribution struct {
	ServiceNodeContributionCaller     // Read-only binding to the contract
	ServiceNodeContributionTransactor // Write-only binding to the contract
	ServiceNodeContributionFilterer   // Log filterer for contract events
}

// ServiceNodeContributionCaller is an auto generated read-only Go binding around an Ethereum contract.
type ServiceNodeContributionCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ServiceNodeContributionTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ServiceNodeContributionTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ServiceNodeContributionFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ServiceNodeContributionFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ServiceNodeContributionSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ServiceNodeContributionSession struct {
	Contract     *ServiceNodeContribution // Generic contract binding to set the session for
	CallOpts     bind.CallOpts            // Call options to use throughout this session
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// ServiceNodeContributionCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ServiceNodeContributionCallerSession struct {
	Contract *ServiceNodeContributionCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts                  // Call options to use throughout this session
}

// ServiceNodeContributionTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ServiceNodeContributionTransactorSession struct {
	Contract     *ServiceNodeContributionTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts                  // Transaction auth options to use throughout this session
}

// ServiceNodeContributionRaw is an auto generated low-level Go binding around an Ethereum contract.
type ServiceNodeContributionRaw struct {
	Contract *ServiceNodeContribution // Generic contract binding to access the raw methods on
}

// ServiceNodeContributionCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ServiceNodeContributionCallerRaw struct {
	Contract *ServiceNodeContributionCaller // Generic read-only contract binding to access the raw methods on
}

// ServiceNodeContributionTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ServiceNodeContributionTransactorRaw struct {
	Contract *ServiceNodeContributionTransactor // Generic write-only contract binding to access the raw methods on
}

// NewServiceNodeContribution creates a new instance of ServiceNodeContribution, bound to a specific deployed contract.
func NewServiceNodeContribution(address common.Address, backend bind.ContractBackend) (*ServiceNodeContribution, error) {
	contract, err := bindServiceNodeContribution(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContribution{ServiceNodeContributionCaller: ServiceNodeContributionCaller{contract: contract}, ServiceNodeContributionTransactor: ServiceNodeContributionTransactor{contract: contract}, ServiceNodeContributionFilterer: ServiceNodeContributionFilterer{contract: contract}}, nil
}

// NewServiceNodeContributionCaller creates a new read-only instance of ServiceNodeContribution, bound to a specific deployed contract.
func NewServiceNodeContributionCaller(address common.Address, caller bind.ContractCaller) (*ServiceNodeContributionCaller, error) {
	contract, err := bindServiceNodeContribution(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionCaller{contract: contract}, nil
}

// NewServiceNodeContributionTransactor creates a new write-only instance of ServiceNodeContribution, bound to a specific deployed contract.
func NewServiceNodeContributionTransactor(address common.Address, transactor bind.ContractTransactor) (*ServiceNodeContributionTransactor, error) {
	contract, err := bindServiceNodeContribution(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionTransactor{contract: contract}, nil
}

// NewServiceNodeContributionFilterer creates a new log filterer instance of ServiceNodeContribution, bound to a specific deployed contract.
func NewServiceNodeContributionFilterer(address common.Address, filterer bind.ContractFilterer) (*ServiceNodeContributionFilterer, error) {
	contract, err := bindServiceNodeContribution(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionFilterer{contract: contract}, nil
}

// bindServiceNodeContribution binds a generic wrapper to an already deployed contract.
func bindServiceNodeContribution(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ServiceNodeContributionMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ServiceNodeContribution *ServiceNodeContributionRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ServiceNodeContribution.Contract.ServiceNodeContributionCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ServiceNodeContribution *ServiceNodeContributionRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.ServiceNodeContributionTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ServiceNodeContribution *ServiceNodeContributionRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.ServiceNodeContributionTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ServiceNodeContribution *ServiceNodeContributionCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ServiceNodeContribution.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ServiceNodeContribution *ServiceNodeContributionTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ServiceNodeContribution *ServiceNodeContributionTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.contract.Transact(opts, method, params...)
}

// MAXFEE is a free data retrieval call binding the contract method 0xbc063e1a.
//
// Solidity: function MAX_FEE() view returns(uint16)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) MAXFEE(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "MAX_FEE")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// MAXFEE is a free data retrieval call binding the contract method 0xbc063e1a.
//
// Solidity: function MAX_FEE() view returns(uint16)
func (_ServiceNodeContribution *ServiceNodeContributionSession) MAXFEE() (uint16, error) {
	return _ServiceNodeContribution.Contract.MAXFEE(&_ServiceNodeContribution.CallOpts)
}

// MAXFEE is a free data retrieval call binding the contract method 0xbc063e1a.
//
// Solidity: function MAX_FEE() view returns(uint16)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) MAXFEE() (uint16, error) {
	return _ServiceNodeContribution.Contract.MAXFEE(&_ServiceNodeContribution.CallOpts)
}

// SESH is a free data retrieval call binding the contract method 0xc3aca558.
//
// Solidity: function SESH() view returns(address)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) SESH(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "SESH")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SESH is a free data retrieval call binding the contract method 0xc3aca558.
//
// Solidity: function SESH() view returns(address)
func (_ServiceNodeContribution *ServiceNodeContributionSession) SESH() (common.Address, error) {
	return _ServiceNodeContribution.Contract.SESH(&_ServiceNodeContribution.CallOpts)
}

// SESH is a free data retrieval call binding the contract method 0xc3aca558.
//
// Solidity: function SESH() view returns(address)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) SESH() (common.Address, error) {
	return _ServiceNodeContribution.Contract.SESH(&_ServiceNodeContribution.CallOpts)
}

// WITHDRAWALDELAY is a free data retrieval call binding the contract method 0x0ebb172a.
//
// Solidity: function WITHDRAWAL_DELAY() view returns(uint64)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) WITHDRAWALDELAY(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "WITHDRAWAL_DELAY")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// WITHDRAWALDELAY is a free data retrieval call binding the contract method 0x0ebb172a.
//
// Solidity: function WITHDRAWAL_DELAY() view returns(uint64)
func (_ServiceNodeContribution *ServiceNodeContributionSession) WITHDRAWALDELAY() (uint64, error) {
	return _ServiceNodeContribution.Contract.WITHDRAWALDELAY(&_ServiceNodeContribution.CallOpts)
}

// WITHDRAWALDELAY is a free data retrieval call binding the contract method 0x0ebb172a.
//
// Solidity: function WITHDRAWAL_DELAY() view returns(uint64)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) WITHDRAWALDELAY() (uint64, error) {
	return _ServiceNodeContribution.Contract.WITHDRAWALDELAY(&_ServiceNodeContribution.CallOpts)
}

// BlsPubkey is a free data retrieval call binding the contract method 0x4564168b.
//
// Solidity: function blsPubkey() view returns(uint256 X, uint256 Y)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) BlsPubkey(opts *bind.CallOpts) (struct {
	X *big.Int
	Y *big.Int
}, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "blsPubkey")

	outstruct := new(struct {
		X *big.Int
		Y *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.X = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Y = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// BlsPubkey is a free data retrieval call binding the contract method 0x4564168b.
//
// Solidity: function blsPubkey() view returns(uint256 X, uint256 Y)
func (_ServiceNodeContribution *ServiceNodeContributionSession) BlsPubkey() (struct {
	X *big.Int
	Y *big.Int
}, error) {
	return _ServiceNodeContribution.Contract.BlsPubkey(&_ServiceNodeContribution.CallOpts)
}

// BlsPubkey is a free data retrieval call binding the contract method 0x4564168b.
//
// Solidity: function blsPubkey() view returns(uint256 X, uint256 Y)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) BlsPubkey() (struct {
	X *big.Int
	Y *big.Int
}, error) {
	return _ServiceNodeContribution.Contract.BlsPubkey(&_ServiceNodeContribution.CallOpts)
}

// BlsSignature is a free data retrieval call binding the contract method 0x4e7320ce.
//
// Solidity: function blsSignature() view returns((uint256,uint256,uint256,uint256))
func (_ServiceNodeContribution *ServiceNodeContributionCaller) BlsSignature(opts *bind.CallOpts) (ServiceNodeContributionBLSSignatureParams, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "blsSignature")

	if err != nil {
		return *new(ServiceNodeContributionBLSSignatureParams), err
	}

	out0 := *abi.ConvertType(out[0], new(ServiceNodeContributionBLSSignatureParams)).(*ServiceNodeContributionBLSSignatureParams)

	return out0, err

}

// BlsSignature is a free data retrieval call binding the contract method 0x4e7320ce.
//
// Solidity: function blsSignature() view returns((uint256,uint256,uint256,uint256))
func (_ServiceNodeContribution *ServiceNodeContributionSession) BlsSignature() (ServiceNodeContributionBLSSignatureParams, error) {
	return _ServiceNodeContribution.Contract.BlsSignature(&_ServiceNodeContribution.CallOpts)
}

// BlsSignature is a free data retrieval call binding the contract method 0x4e7320ce.
//
// Solidity: function blsSignature() view returns((uint256,uint256,uint256,uint256))
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) BlsSignature() (ServiceNodeContributionBLSSignatureParams, error) {
	return _ServiceNodeContribution.Contract.BlsSignature(&_ServiceNodeContribution.CallOpts)
}

// CalcMinimumContribution is a free data retrieval call binding the contract method 0x8c7e7a31.
//
// Solidity: function calcMinimumContribution(uint256 contributionRemaining, uint256 numContributors, uint256 maxNumContributors) pure returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) CalcMinimumContribution(opts *bind.CallOpts, contributionRemaining *big.Int, numContributors *big.Int, maxNumContributors *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "calcMinimumContribution", contributionRemaining, numContributors, maxNumContributors)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CalcMinimumContribution is a free data retrieval call binding the contract method 0x8c7e7a31.
//
// Solidity: function calcMinimumContribution(uint256 contributionRemaining, uint256 numContributors, uint256 maxNumContributors) pure returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionSession) CalcMinimumContribution(contributionRemaining *big.Int, numContributors *big.Int, maxNumContributors *big.Int) (*big.Int, error) {
	return _ServiceNodeContribution.Contract.CalcMinimumContribution(&_ServiceNodeContribution.CallOpts, contributionRemaining, numContributors, maxNumContributors)
}

// CalcMinimumContribution is a free data retrieval call binding the contract method 0x8c7e7a31.
//
// Solidity: function calcMinimumContribution(uint256 contributionRemaining, uint256 numContributors, uint256 maxNumContributors) pure returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) CalcMinimumContribution(contributionRemaining *big.Int, numContributors *big.Int, maxNumContributors *big.Int) (*big.Int, error) {
	return _ServiceNodeContribution.Contract.CalcMinimumContribution(&_ServiceNodeContribution.CallOpts, contributionRemaining, numContributors, maxNumContributors)
}

// ContributionTimestamp is a free data retrieval call binding the contract method 0xe50d50d8.
//
// Solidity: function contributionTimestamp(address ) view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) ContributionTimestamp(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "contributionTimestamp", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ContributionTimestamp is a free data retrieval call binding the contract method 0xe50d50d8.
//
// Solidity: function contributionTimestamp(address ) view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionSession) ContributionTimestamp(arg0 common.Address) (*big.Int, error) {
	return _ServiceNodeContribution.Contract.ContributionTimestamp(&_ServiceNodeContribution.CallOpts, arg0)
}

// ContributionTimestamp is a free data retrieval call binding the contract method 0xe50d50d8.
//
// Solidity: function contributionTimestamp(address ) view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) ContributionTimestamp(arg0 common.Address) (*big.Int, error) {
	return _ServiceNodeContribution.Contract.ContributionTimestamp(&_ServiceNodeContribution.CallOpts, arg0)
}

// Contributions is a free data retrieval call binding the contract method 0x42e94c90.
//
// Solidity: function contributions(address ) view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) Contributions(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "contributions", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Contributions is a free data retrieval call binding the contract method 0x42e94c90.
//
// Solidity: function contributions(address ) view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionSession) Contributions(arg0 common.Address) (*big.Int, error) {
	return _ServiceNodeContribution.Contract.Contributions(&_ServiceNodeContribution.CallOpts, arg0)
}

// Contributions is a free data retrieval call binding the contract method 0x42e94c90.
//
// Solidity: function contributions(address ) view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) Contributions(arg0 common.Address) (*big.Int, error) {
	return _ServiceNodeContribution.Contract.Contributions(&_ServiceNodeContribution.CallOpts, arg0)
}

// ContributorAddresses is a free data retrieval call binding the contract method 0x8dd08557.
//
// Solidity: function contributorAddresses(uint256 index) view returns((address,address))
func (_ServiceNodeContribution *ServiceNodeContributionCaller) ContributorAddresses(opts *bind.CallOpts, index *big.Int) (ServiceNodeContributionStaker, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "contributorAddresses", index)

	if err != nil {
		return *new(ServiceNodeContributionStaker), err
	}

	out0 := *abi.ConvertType(out[0], new(ServiceNodeContributionStaker)).(*ServiceNodeContributionStaker)

	return out0, err

}

// ContributorAddresses is a free data retrieval call binding the contract method 0x8dd08557.
//
// Solidity: function contributorAddresses(uint256 index) view returns((address,address))
func (_ServiceNodeContribution *ServiceNodeContributionSession) ContributorAddresses(index *big.Int) (ServiceNodeContributionStaker, error) {
	return _ServiceNodeContribution.Contract.ContributorAddresses(&_ServiceNodeContribution.CallOpts, index)
}

// ContributorAddresses is a free data retrieval call binding the contract method 0x8dd08557.
//
// Solidity: function contributorAddresses(uint256 index) view returns((address,address))
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) ContributorAddresses(index *big.Int) (ServiceNodeContributionStaker, error) {
	return _ServiceNodeContribution.Contract.ContributorAddresses(&_ServiceNodeContribution.CallOpts, index)
}

// ContributorAddressesLength is a free data retrieval call binding the contract method 0x4a387cdf.
//
// Solidity: function contributorAddressesLength() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) ContributorAddressesLength(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "contributorAddressesLength")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ContributorAddressesLength is a free data retrieval call binding the contract method 0x4a387cdf.
//
// Solidity: function contributorAddressesLength() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionSession) ContributorAddressesLength() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.ContributorAddressesLength(&_ServiceNodeContribution.CallOpts)
}

// ContributorAddressesLength is a free data retrieval call binding the contract method 0x4a387cdf.
//
// Solidity: function contributorAddressesLength() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) ContributorAddressesLength() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.ContributorAddressesLength(&_ServiceNodeContribution.CallOpts)
}

// GetContributions is a free data retrieval call binding the contract method 0xdda0a81a.
//
// Solidity: function getContributions() view returns(address[] addrs, address[] beneficiaries, uint256[] contribs)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) GetContributions(opts *bind.CallOpts) (struct {
	Addrs         []common.Address
	Beneficiaries []common.Address
	Contribs      []*big.Int
}, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "getContributions")

	outstruct := new(struct {
		Addrs         []common.Address
		Beneficiaries []common.Address
		Contribs      []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Addrs = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Beneficiaries = *abi.ConvertType(out[1], new([]common.Address)).(*[]common.Address)
	outstruct.Contribs = *abi.ConvertType(out[2], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// GetContributions is a free data retrieval call binding the contract method 0xdda0a81a.
//
// Solidity: function getContributions() view returns(address[] addrs, address[] beneficiaries, uint256[] contribs)
func (_ServiceNodeContribution *ServiceNodeContributionSession) GetContributions() (struct {
	Addrs         []common.Address
	Beneficiaries []common.Address
	Contribs      []*big.Int
}, error) {
	return _ServiceNodeContribution.Contract.GetContributions(&_ServiceNodeContribution.CallOpts)
}

// GetContributions is a free data retrieval call binding the contract method 0xdda0a81a.
//
// Solidity: function getContributions() view returns(address[] addrs, address[] beneficiaries, uint256[] contribs)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) GetContributions() (struct {
	Addrs         []common.Address
	Beneficiaries []common.Address
	Contribs      []*big.Int
}, error) {
	return _ServiceNodeContribution.Contract.GetContributions(&_ServiceNodeContribution.CallOpts)
}

// GetReserved is a free data retrieval call binding the contract method 0x0d9639ba.
//
// Solidity: function getReserved() view returns(address[] addrs, uint256[] contribs, bool[] received)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) GetReserved(opts *bind.CallOpts) (struct {
	Addrs    []common.Address
	Contribs []*big.Int
	Received []bool
}, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "getReserved")

	outstruct := new(struct {
		Addrs    []common.Address
		Contribs []*big.Int
		Received []bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Addrs = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Contribs = *abi.ConvertType(out[1], new([]*big.Int)).(*[]*big.Int)
	outstruct.Received = *abi.ConvertType(out[2], new([]bool)).(*[]bool)

	return *outstruct, err

}

// GetReserved is a free data retrieval call binding the contract method 0x0d9639ba.
//
// Solidity: function getReserved() view returns(address[] addrs, uint256[] contribs, bool[] received)
func (_ServiceNodeContribution *ServiceNodeContributionSession) GetReserved() (struct {
	Addrs    []common.Address
	Contribs []*big.Int
	Received []bool
}, error) {
	return _ServiceNodeContribution.Contract.GetReserved(&_ServiceNodeContribution.CallOpts)
}

// GetReserved is a free data retrieval call binding the contract method 0x0d9639ba.
//
// Solidity: function getReserved() view returns(address[] addrs, uint256[] contribs, bool[] received)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) GetReserved() (struct {
	Addrs    []common.Address
	Contribs []*big.Int
	Received []bool
}, error) {
	return _ServiceNodeContribution.Contract.GetReserved(&_ServiceNodeContribution.CallOpts)
}

// ManualFinalize is a free data retrieval call binding the contract method 0x565a9d48.
//
// Solidity: function manualFinalize() view returns(bool)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) ManualFinalize(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "manualFinalize")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ManualFinalize is a free data retrieval call binding the contract method 0x565a9d48.
//
// Solidity: function manualFinalize() view returns(bool)
func (_ServiceNodeContribution *ServiceNodeContributionSession) ManualFinalize() (bool, error) {
	return _ServiceNodeContribution.Contract.ManualFinalize(&_ServiceNodeContribution.CallOpts)
}

// ManualFinalize is a free data retrieval call binding the contract method 0x565a9d48.
//
// Solidity: function manualFinalize() view returns(bool)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) ManualFinalize() (bool, error) {
	return _ServiceNodeContribution.Contract.ManualFinalize(&_ServiceNodeContribution.CallOpts)
}

// MaxContributors is a free data retrieval call binding the contract method 0x86fa5063.
//
// Solidity: function maxContributors() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) MaxContributors(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "maxContributors")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxContributors is a free data retrieval call binding the contract method 0x86fa5063.
//
// Solidity: function maxContributors() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionSession) MaxContributors() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.MaxContributors(&_ServiceNodeContribution.CallOpts)
}

// MaxContributors is a free data retrieval call binding the contract method 0x86fa5063.
//
// Solidity: function maxContributors() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) MaxContributors() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.MaxContributors(&_ServiceNodeContribution.CallOpts)
}

// MinimumContribution is a free data retrieval call binding the contract method 0x937e09b1.
//
// Solidity: function minimumContribution() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) MinimumContribution(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "minimumContribution")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinimumContribution is a free data retrieval call binding the contract method 0x937e09b1.
//
// Solidity: function minimumContribution() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionSession) MinimumContribution() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.MinimumContribution(&_ServiceNodeContribution.CallOpts)
}

// MinimumContribution is a free data retrieval call binding the contract method 0x937e09b1.
//
// Solidity: function minimumContribution() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) MinimumContribution() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.MinimumContribution(&_ServiceNodeContribution.CallOpts)
}

// MinimumOperatorContribution is a free data retrieval call binding the contract method 0x9ca002a6.
//
// Solidity: function minimumOperatorContribution(uint256 _stakingRequirement) pure returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) MinimumOperatorContribution(opts *bind.CallOpts, _stakingRequirement *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "minimumOperatorContribution", _stakingRequirement)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MinimumOperatorContribution is a free data retrieval call binding the contract method 0x9ca002a6.
//
// Solidity: function minimumOperatorContribution(uint256 _stakingRequirement) pure returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionSession) MinimumOperatorContribution(_stakingRequirement *big.Int) (*big.Int, error) {
	return _ServiceNodeContribution.Contract.MinimumOperatorContribution(&_ServiceNodeContribution.CallOpts, _stakingRequirement)
}

// MinimumOperatorContribution is a free data retrieval call binding the contract method 0x9ca002a6.
//
// Solidity: function minimumOperatorContribution(uint256 _stakingRequirement) pure returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) MinimumOperatorContribution(_stakingRequirement *big.Int) (*big.Int, error) {
	return _ServiceNodeContribution.Contract.MinimumOperatorContribution(&_ServiceNodeContribution.CallOpts, _stakingRequirement)
}

// Operator is a free data retrieval call binding the contract method 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) Operator(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "operator")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Operator is a free data retrieval call binding the contract method 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (_ServiceNodeContribution *ServiceNodeContributionSession) Operator() (common.Address, error) {
	return _ServiceNodeContribution.Contract.Operator(&_ServiceNodeContribution.CallOpts)
}

// Operator is a free data retrieval call binding the contract method 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) Operator() (common.Address, error) {
	return _ServiceNodeContribution.Contract.Operator(&_ServiceNodeContribution.CallOpts)
}

// OperatorContribution is a free data retrieval call binding the contract method 0x96a608c0.
//
// Solidity: function operatorContribution() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) OperatorContribution(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "operatorContribution")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// OperatorContribution is a free data retrieval call binding the contract method 0x96a608c0.
//
// Solidity: function operatorContribution() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionSession) OperatorContribution() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.OperatorContribution(&_ServiceNodeContribution.CallOpts)
}

// OperatorContribution is a free data retrieval call binding the contract method 0x96a608c0.
//
// Solidity: function operatorContribution() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) OperatorContribution() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.OperatorContribution(&_ServiceNodeContribution.CallOpts)
}

// ReservedContributions is a free data retrieval call binding the contract method 0x7c0b4bfb.
//
// Solidity: function reservedContributions(address ) view returns(uint256 amount, bool received)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) ReservedContributions(opts *bind.CallOpts, arg0 common.Address) (struct {
	Amount   *big.Int
	Received bool
}, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "reservedContributions", arg0)

	outstruct := new(struct {
		Amount   *big.Int
		Received bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Amount = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Received = *abi.ConvertType(out[1], new(bool)).(*bool)

	return *outstruct, err

}

// ReservedContributions is a free data retrieval call binding the contract method 0x7c0b4bfb.
//
// Solidity: function reservedContributions(address ) view returns(uint256 amount, bool received)
func (_ServiceNodeContribution *ServiceNodeContributionSession) ReservedContributions(arg0 common.Address) (struct {
	Amount   *big.Int
	Received bool
}, error) {
	return _ServiceNodeContribution.Contract.ReservedContributions(&_ServiceNodeContribution.CallOpts, arg0)
}

// ReservedContributions is a free data retrieval call binding the contract method 0x7c0b4bfb.
//
// Solidity: function reservedContributions(address ) view returns(uint256 amount, bool received)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) ReservedContributions(arg0 common.Address) (struct {
	Amount   *big.Int
	Received bool
}, error) {
	return _ServiceNodeContribution.Contract.ReservedContributions(&_ServiceNodeContribution.CallOpts, arg0)
}

// ReservedContributionsAddresses is a free data retrieval call binding the contract method 0xd26146a5.
//
// Solidity: function reservedContributionsAddresses(uint256 ) view returns(address)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) ReservedContributionsAddresses(opts *bind.CallOpts, arg0 *big.Int) (common.Address, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "reservedContributionsAddresses", arg0)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ReservedContributionsAddresses is a free data retrieval call binding the contract method 0xd26146a5.
//
// Solidity: function reservedContributionsAddresses(uint256 ) view returns(address)
func (_ServiceNodeContribution *ServiceNodeContributionSession) ReservedContributionsAddresses(arg0 *big.Int) (common.Address, error) {
	return _ServiceNodeContribution.Contract.ReservedContributionsAddresses(&_ServiceNodeContribution.CallOpts, arg0)
}

// ReservedContributionsAddresses is a free data retrieval call binding the contract method 0xd26146a5.
//
// Solidity: function reservedContributionsAddresses(uint256 ) view returns(address)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) ReservedContributionsAddresses(arg0 *big.Int) (common.Address, error) {
	return _ServiceNodeContribution.Contract.ReservedContributionsAddresses(&_ServiceNodeContribution.CallOpts, arg0)
}

// ServiceNodeParams is a free data retrieval call binding the contract method 0x2c7baaf3.
//
// Solidity: function serviceNodeParams() view returns((uint256,uint256,uint256,uint16))
func (_ServiceNodeContribution *ServiceNodeContributionCaller) ServiceNodeParams(opts *bind.CallOpts) (ServiceNodeContributionServiceNodeParams, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "serviceNodeParams")

	if err != nil {
		return *new(ServiceNodeContributionServiceNodeParams), err
	}

	out0 := *abi.ConvertType(out[0], new(ServiceNodeContributionServiceNodeParams)).(*ServiceNodeContributionServiceNodeParams)

	return out0, err

}

// ServiceNodeParams is a free data retrieval call binding the contract method 0x2c7baaf3.
//
// Solidity: function serviceNodeParams() view returns((uint256,uint256,uint256,uint16))
func (_ServiceNodeContribution *ServiceNodeContributionSession) ServiceNodeParams() (ServiceNodeContributionServiceNodeParams, error) {
	return _ServiceNodeContribution.Contract.ServiceNodeParams(&_ServiceNodeContribution.CallOpts)
}

// ServiceNodeParams is a free data retrieval call binding the contract method 0x2c7baaf3.
//
// Solidity: function serviceNodeParams() view returns((uint256,uint256,uint256,uint16))
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) ServiceNodeParams() (ServiceNodeContributionServiceNodeParams, error) {
	return _ServiceNodeContribution.Contract.ServiceNodeParams(&_ServiceNodeContribution.CallOpts)
}

// StakingRequirement is a free data retrieval call binding the contract method 0x56d399e8.
//
// Solidity: function stakingRequirement() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) StakingRequirement(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "stakingRequirement")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// StakingRequirement is a free data retrieval call binding the contract method 0x56d399e8.
//
// Solidity: function stakingRequirement() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionSession) StakingRequirement() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.StakingRequirement(&_ServiceNodeContribution.CallOpts)
}

// StakingRequirement is a free data retrieval call binding the contract method 0x56d399e8.
//
// Solidity: function stakingRequirement() view returns(uint256)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) StakingRequirement() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.StakingRequirement(&_ServiceNodeContribution.CallOpts)
}

// StakingRewardsContract is a free data retrieval call binding the contract method 0x33623794.
//
// Solidity: function stakingRewardsContract() view returns(address)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) StakingRewardsContract(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "stakingRewardsContract")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// StakingRewardsContract is a free data retrieval call binding the contract method 0x33623794.
//
// Solidity: function stakingRewardsContract() view returns(address)
func (_ServiceNodeContribution *ServiceNodeContributionSession) StakingRewardsContract() (common.Address, error) {
	return _ServiceNodeContribution.Contract.StakingRewardsContract(&_ServiceNodeContribution.CallOpts)
}

// StakingRewardsContract is a free data retrieval call binding the contract method 0x33623794.
//
// Solidity: function stakingRewardsContract() view returns(address)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) StakingRewardsContract() (common.Address, error) {
	return _ServiceNodeContribution.Contract.StakingRewardsContract(&_ServiceNodeContribution.CallOpts)
}

// Status is a free data retrieval call binding the contract method 0x200d2ed2.
//
// Solidity: function status() view returns(uint8)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) Status(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "status")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Status is a free data retrieval call binding the contract method 0x200d2ed2.
//
// Solidity: function status() view returns(uint8)
func (_ServiceNodeContribution *ServiceNodeContributionSession) Status() (uint8, error) {
	return _ServiceNodeContribution.Contract.Status(&_ServiceNodeContribution.CallOpts)
}

// Status is a free data retrieval call binding the contract method 0x200d2ed2.
//
// Solidity: function status() view returns(uint8)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) Status() (uint8, error) {
	return _ServiceNodeContribution.Contract.Status(&_ServiceNodeContribution.CallOpts)
}

// TotalContribution is a free data retrieval call binding the contract method 0x0dcf4b8f.
//
// Solidity: function totalContribution() view returns(uint256 result)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) TotalContribution(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "totalContribution")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalContribution is a free data retrieval call binding the contract method 0x0dcf4b8f.
//
// Solidity: function totalContribution() view returns(uint256 result)
func (_ServiceNodeContribution *ServiceNodeContributionSession) TotalContribution() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.TotalContribution(&_ServiceNodeContribution.CallOpts)
}

// TotalContribution is a free data retrieval call binding the contract method 0x0dcf4b8f.
//
// Solidity: function totalContribution() view returns(uint256 result)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) TotalContribution() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.TotalContribution(&_ServiceNodeContribution.CallOpts)
}

// TotalReservedContribution is a free data retrieval call binding the contract method 0xa4b6aa83.
//
// Solidity: function totalReservedContribution() view returns(uint256 result)
func (_ServiceNodeContribution *ServiceNodeContributionCaller) TotalReservedContribution(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeContribution.contract.Call(opts, &out, "totalReservedContribution")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalReservedContribution is a free data retrieval call binding the contract method 0xa4b6aa83.
//
// Solidity: function totalReservedContribution() view returns(uint256 result)
func (_ServiceNodeContribution *ServiceNodeContributionSession) TotalReservedContribution() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.TotalReservedContribution(&_ServiceNodeContribution.CallOpts)
}

// TotalReservedContribution is a free data retrieval call binding the contract method 0xa4b6aa83.
//
// Solidity: function totalReservedContribution() view returns(uint256 result)
func (_ServiceNodeContribution *ServiceNodeContributionCallerSession) TotalReservedContribution() (*big.Int, error) {
	return _ServiceNodeContribution.Contract.TotalReservedContribution(&_ServiceNodeContribution.CallOpts)
}

// ContributeFunds is a paid mutator transaction binding the contract method 0x2816ee73.
//
// Solidity: function contributeFunds(uint256 amount, address beneficiary) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactor) ContributeFunds(opts *bind.TransactOpts, amount *big.Int, beneficiary common.Address) (*types.Transaction, error) {
	return _ServiceNodeContribution.contract.Transact(opts, "contributeFunds", amount, beneficiary)
}

// ContributeFunds is a paid mutator transaction binding the contract method 0x2816ee73.
//
// Solidity: function contributeFunds(uint256 amount, address beneficiary) returns()
func (_ServiceNodeContribution *ServiceNodeContributionSession) ContributeFunds(amount *big.Int, beneficiary common.Address) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.ContributeFunds(&_ServiceNodeContribution.TransactOpts, amount, beneficiary)
}

// ContributeFunds is a paid mutator transaction binding the contract method 0x2816ee73.
//
// Solidity: function contributeFunds(uint256 amount, address beneficiary) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactorSession) ContributeFunds(amount *big.Int, beneficiary common.Address) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.ContributeFunds(&_ServiceNodeContribution.TransactOpts, amount, beneficiary)
}

// Finalize is a paid mutator transaction binding the contract method 0x4bb278f3.
//
// Solidity: function finalize() returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactor) Finalize(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeContribution.contract.Transact(opts, "finalize")
}

// Finalize is a paid mutator transaction binding the contract method 0x4bb278f3.
//
// Solidity: function finalize() returns()
func (_ServiceNodeContribution *ServiceNodeContributionSession) Finalize() (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.Finalize(&_ServiceNodeContribution.TransactOpts)
}

// Finalize is a paid mutator transaction binding the contract method 0x4bb278f3.
//
// Solidity: function finalize() returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactorSession) Finalize() (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.Finalize(&_ServiceNodeContribution.TransactOpts)
}

// Reset is a paid mutator transaction binding the contract method 0xd826f88f.
//
// Solidity: function reset() returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactor) Reset(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeContribution.contract.Transact(opts, "reset")
}

// Reset is a paid mutator transaction binding the contract method 0xd826f88f.
//
// Solidity: function reset() returns()
func (_ServiceNodeContribution *ServiceNodeContributionSession) Reset() (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.Reset(&_ServiceNodeContribution.TransactOpts)
}

// Reset is a paid mutator transaction binding the contract method 0xd826f88f.
//
// Solidity: function reset() returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactorSession) Reset() (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.Reset(&_ServiceNodeContribution.TransactOpts)
}

// ResetUpdateAndContribute is a paid mutator transaction binding the contract method 0xe020e4c4.
//
// Solidity: function resetUpdateAndContribute((uint256,uint256) key, (uint256,uint256,uint256,uint256) sig, (uint256,uint256,uint256,uint16) params, (address,uint256)[] reserved, bool _manualFinalize, address beneficiary, uint256 amount) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactor) ResetUpdateAndContribute(opts *bind.TransactOpts, key ServiceNodeContributionG1Point, sig ServiceNodeContributionBLSSignatureParams, params ServiceNodeContributionServiceNodeParams, reserved []ServiceNodeContributionReservedContributor, _manualFinalize bool, beneficiary common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ServiceNodeContribution.contract.Transact(opts, "resetUpdateAndContribute", key, sig, params, reserved, _manualFinalize, beneficiary, amount)
}

// ResetUpdateAndContribute is a paid mutator transaction binding the contract method 0xe020e4c4.
//
// Solidity: function resetUpdateAndContribute((uint256,uint256) key, (uint256,uint256,uint256,uint256) sig, (uint256,uint256,uint256,uint16) params, (address,uint256)[] reserved, bool _manualFinalize, address beneficiary, uint256 amount) returns()
func (_ServiceNodeContribution *ServiceNodeContributionSession) ResetUpdateAndContribute(key ServiceNodeContributionG1Point, sig ServiceNodeContributionBLSSignatureParams, params ServiceNodeContributionServiceNodeParams, reserved []ServiceNodeContributionReservedContributor, _manualFinalize bool, beneficiary common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.ResetUpdateAndContribute(&_ServiceNodeContribution.TransactOpts, key, sig, params, reserved, _manualFinalize, beneficiary, amount)
}

// ResetUpdateAndContribute is a paid mutator transaction binding the contract method 0xe020e4c4.
//
// Solidity: function resetUpdateAndContribute((uint256,uint256) key, (uint256,uint256,uint256,uint256) sig, (uint256,uint256,uint256,uint16) params, (address,uint256)[] reserved, bool _manualFinalize, address beneficiary, uint256 amount) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactorSession) ResetUpdateAndContribute(key ServiceNodeContributionG1Point, sig ServiceNodeContributionBLSSignatureParams, params ServiceNodeContributionServiceNodeParams, reserved []ServiceNodeContributionReservedContributor, _manualFinalize bool, beneficiary common.Address, amount *big.Int) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.ResetUpdateAndContribute(&_ServiceNodeContribution.TransactOpts, key, sig, params, reserved, _manualFinalize, beneficiary, amount)
}

// UpdateBeneficiary is a paid mutator transaction binding the contract method 0x0aaffd2a.
//
// Solidity: function updateBeneficiary(address newBeneficiary) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactor) UpdateBeneficiary(opts *bind.TransactOpts, newBeneficiary common.Address) (*types.Transaction, error) {
	return _ServiceNodeContribution.contract.Transact(opts, "updateBeneficiary", newBeneficiary)
}

// UpdateBeneficiary is a paid mutator transaction binding the contract method 0x0aaffd2a.
//
// Solidity: function updateBeneficiary(address newBeneficiary) returns()
func (_ServiceNodeContribution *ServiceNodeContributionSession) UpdateBeneficiary(newBeneficiary common.Address) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.UpdateBeneficiary(&_ServiceNodeContribution.TransactOpts, newBeneficiary)
}

// UpdateBeneficiary is a paid mutator transaction binding the contract method 0x0aaffd2a.
//
// Solidity: function updateBeneficiary(address newBeneficiary) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactorSession) UpdateBeneficiary(newBeneficiary common.Address) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.UpdateBeneficiary(&_ServiceNodeContribution.TransactOpts, newBeneficiary)
}

// UpdateFee is a paid mutator transaction binding the contract method 0x2c6cda93.
//
// Solidity: function updateFee(uint16 fee) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactor) UpdateFee(opts *bind.TransactOpts, fee uint16) (*types.Transaction, error) {
	return _ServiceNodeContribution.contract.Transact(opts, "updateFee", fee)
}

// UpdateFee is a paid mutator transaction binding the contract method 0x2c6cda93.
//
// Solidity: function updateFee(uint16 fee) returns()
func (_ServiceNodeContribution *ServiceNodeContributionSession) UpdateFee(fee uint16) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.UpdateFee(&_ServiceNodeContribution.TransactOpts, fee)
}

// UpdateFee is a paid mutator transaction binding the contract method 0x2c6cda93.
//
// Solidity: function updateFee(uint16 fee) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactorSession) UpdateFee(fee uint16) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.UpdateFee(&_ServiceNodeContribution.TransactOpts, fee)
}

// UpdateManualFinalize is a paid mutator transaction binding the contract method 0x6cf72aa4.
//
// Solidity: function updateManualFinalize(bool value) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactor) UpdateManualFinalize(opts *bind.TransactOpts, value bool) (*types.Transaction, error) {
	return _ServiceNodeContribution.contract.Transact(opts, "updateManualFinalize", value)
}

// UpdateManualFinalize is a paid mutator transaction binding the contract method 0x6cf72aa4.
//
// Solidity: function updateManualFinalize(bool value) returns()
func (_ServiceNodeContribution *ServiceNodeContributionSession) UpdateManualFinalize(value bool) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.UpdateManualFinalize(&_ServiceNodeContribution.TransactOpts, value)
}

// UpdateManualFinalize is a paid mutator transaction binding the contract method 0x6cf72aa4.
//
// Solidity: function updateManualFinalize(bool value) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactorSession) UpdateManualFinalize(value bool) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.UpdateManualFinalize(&_ServiceNodeContribution.TransactOpts, value)
}

// UpdatePubkeys is a paid mutator transaction binding the contract method 0x6786452c.
//
// Solidity: function updatePubkeys((uint256,uint256) newBLSPubkey, (uint256,uint256,uint256,uint256) newBLSSig, uint256 ed25519Pubkey, uint256 ed25519Sig0, uint256 ed25519Sig1) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactor) UpdatePubkeys(opts *bind.TransactOpts, newBLSPubkey ServiceNodeContributionG1Point, newBLSSig ServiceNodeContributionBLSSignatureParams, ed25519Pubkey *big.Int, ed25519Sig0 *big.Int, ed25519Sig1 *big.Int) (*types.Transaction, error) {
	return _ServiceNodeContribution.contract.Transact(opts, "updatePubkeys", newBLSPubkey, newBLSSig, ed25519Pubkey, ed25519Sig0, ed25519Sig1)
}

// UpdatePubkeys is a paid mutator transaction binding the contract method 0x6786452c.
//
// Solidity: function updatePubkeys((uint256,uint256) newBLSPubkey, (uint256,uint256,uint256,uint256) newBLSSig, uint256 ed25519Pubkey, uint256 ed25519Sig0, uint256 ed25519Sig1) returns()
func (_ServiceNodeContribution *ServiceNodeContributionSession) UpdatePubkeys(newBLSPubkey ServiceNodeContributionG1Point, newBLSSig ServiceNodeContributionBLSSignatureParams, ed25519Pubkey *big.Int, ed25519Sig0 *big.Int, ed25519Sig1 *big.Int) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.UpdatePubkeys(&_ServiceNodeContribution.TransactOpts, newBLSPubkey, newBLSSig, ed25519Pubkey, ed25519Sig0, ed25519Sig1)
}

// UpdatePubkeys is a paid mutator transaction binding the contract method 0x6786452c.
//
// Solidity: function updatePubkeys((uint256,uint256) newBLSPubkey, (uint256,uint256,uint256,uint256) newBLSSig, uint256 ed25519Pubkey, uint256 ed25519Sig0, uint256 ed25519Sig1) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactorSession) UpdatePubkeys(newBLSPubkey ServiceNodeContributionG1Point, newBLSSig ServiceNodeContributionBLSSignatureParams, ed25519Pubkey *big.Int, ed25519Sig0 *big.Int, ed25519Sig1 *big.Int) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.UpdatePubkeys(&_ServiceNodeContribution.TransactOpts, newBLSPubkey, newBLSSig, ed25519Pubkey, ed25519Sig0, ed25519Sig1)
}

// UpdateReservedContributors is a paid mutator transaction binding the contract method 0x00e9a407.
//
// Solidity: function updateReservedContributors((address,uint256)[] reserved) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactor) UpdateReservedContributors(opts *bind.TransactOpts, reserved []ServiceNodeContributionReservedContributor) (*types.Transaction, error) {
	return _ServiceNodeContribution.contract.Transact(opts, "updateReservedContributors", reserved)
}

// UpdateReservedContributors is a paid mutator transaction binding the contract method 0x00e9a407.
//
// Solidity: function updateReservedContributors((address,uint256)[] reserved) returns()
func (_ServiceNodeContribution *ServiceNodeContributionSession) UpdateReservedContributors(reserved []ServiceNodeContributionReservedContributor) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.UpdateReservedContributors(&_ServiceNodeContribution.TransactOpts, reserved)
}

// UpdateReservedContributors is a paid mutator transaction binding the contract method 0x00e9a407.
//
// Solidity: function updateReservedContributors((address,uint256)[] reserved) returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactorSession) UpdateReservedContributors(reserved []ServiceNodeContributionReservedContributor) (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.UpdateReservedContributors(&_ServiceNodeContribution.TransactOpts, reserved)
}

// WithdrawContribution is a paid mutator transaction binding the contract method 0x0d616d20.
//
// Solidity: function withdrawContribution() returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactor) WithdrawContribution(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceNodeContribution.contract.Transact(opts, "withdrawContribution")
}

// WithdrawContribution is a paid mutator transaction binding the contract method 0x0d616d20.
//
// Solidity: function withdrawContribution() returns()
func (_ServiceNodeContribution *ServiceNodeContributionSession) WithdrawContribution() (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.WithdrawContribution(&_ServiceNodeContribution.TransactOpts)
}

// WithdrawContribution is a paid mutator transaction binding the contract method 0x0d616d20.
//
// Solidity: function withdrawContribution() returns()
func (_ServiceNodeContribution *ServiceNodeContributionTransactorSession) WithdrawContribution() (*types.Transaction, error) {
	return _ServiceNodeContribution.Contract.WithdrawContribution(&_ServiceNodeContribution.TransactOpts)
}

// ServiceNodeContributionFilledIterator is returned from FilterFilled and is used to iterate over the raw logs and unpacked data for Filled events raised by the ServiceNodeContribution contract.
type ServiceNodeContributionFilledIterator struct {
	Event *ServiceNodeContributionFilled // Event containing the contract specifics and raw log

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
func (it *ServiceNodeContributionFilledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeContributionFilled)
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
		it.Event = new(ServiceNodeContributionFilled)
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
func (it *ServiceNodeContributionFilledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeContributionFilledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeContributionFilled represents a Filled event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionFilled struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterFilled is a free log retrieval operation binding the contract event 0x827d22e673686107109d5e59f81581c8e6592d80b869e0da9371c80f1821e1f4.
//
// Solidity: event Filled()
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) FilterFilled(opts *bind.FilterOpts) (*ServiceNodeContributionFilledIterator, error) {

	logs, sub, err := _ServiceNodeContribution.contract.FilterLogs(opts, "Filled")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionFilledIterator{contract: _ServiceNodeContribution.contract, event: "Filled", logs: logs, sub: sub}, nil
}

// WatchFilled is a free log subscription operation binding the contract event 0x827d22e673686107109d5e59f81581c8e6592d80b869e0da9371c80f1821e1f4.
//
// Solidity: event Filled()
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) WatchFilled(opts *bind.WatchOpts, sink chan<- *ServiceNodeContributionFilled) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeContribution.contract.WatchLogs(opts, "Filled")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeContributionFilled)
				if err := _ServiceNodeContribution.contract.UnpackLog(event, "Filled", log); err != nil {
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

// ParseFilled is a log parse operation binding the contract event 0x827d22e673686107109d5e59f81581c8e6592d80b869e0da9371c80f1821e1f4.
//
// Solidity: event Filled()
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) ParseFilled(log types.Log) (*ServiceNodeContributionFilled, error) {
	event := new(ServiceNodeContributionFilled)
	if err := _ServiceNodeContribution.contract.UnpackLog(event, "Filled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeContributionFinalizedIterator is returned from FilterFinalized and is used to iterate over the raw logs and unpacked data for Finalized events raised by the ServiceNodeContribution contract.
type ServiceNodeContributionFinalizedIterator struct {
	Event *ServiceNodeContributionFinalized // Event containing the contract specifics and raw log

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
func (it *ServiceNodeContributionFinalizedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeContributionFinalized)
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
		it.Event = new(ServiceNodeContributionFinalized)
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
func (it *ServiceNodeContributionFinalizedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeContributionFinalizedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeContributionFinalized represents a Finalized event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionFinalized struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterFinalized is a free log retrieval operation binding the contract event 0x6823b073d48d6e3a7d385eeb601452d680e74bb46afe3255a7d778f3a9b17681.
//
// Solidity: event Finalized()
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) FilterFinalized(opts *bind.FilterOpts) (*ServiceNodeContributionFinalizedIterator, error) {

	logs, sub, err := _ServiceNodeContribution.contract.FilterLogs(opts, "Finalized")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionFinalizedIterator{contract: _ServiceNodeContribution.contract, event: "Finalized", logs: logs, sub: sub}, nil
}

// WatchFinalized is a free log subscription operation binding the contract event 0x6823b073d48d6e3a7d385eeb601452d680e74bb46afe3255a7d778f3a9b17681.
//
// Solidity: event Finalized()
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) WatchFinalized(opts *bind.WatchOpts, sink chan<- *ServiceNodeContributionFinalized) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeContribution.contract.WatchLogs(opts, "Finalized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeContributionFinalized)
				if err := _ServiceNodeContribution.contract.UnpackLog(event, "Finalized", log); err != nil {
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

// ParseFinalized is a log parse operation binding the contract event 0x6823b073d48d6e3a7d385eeb601452d680e74bb46afe3255a7d778f3a9b17681.
//
// Solidity: event Finalized()
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) ParseFinalized(log types.Log) (*ServiceNodeContributionFinalized, error) {
	event := new(ServiceNodeContributionFinalized)
	if err := _ServiceNodeContribution.contract.UnpackLog(event, "Finalized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeContributionNewContributionIterator is returned from FilterNewContribution and is used to iterate over the raw logs and unpacked data for NewContribution events raised by the ServiceNodeContribution contract.
type ServiceNodeContributionNewContributionIterator struct {
	Event *ServiceNodeContributionNewContribution // Event containing the contract specifics and raw log

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
func (it *ServiceNodeContributionNewContributionIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeContributionNewContribution)
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
		it.Event = new(ServiceNodeContributionNewContribution)
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
func (it *ServiceNodeContributionNewContributionIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeContributionNewContributionIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeContributionNewContribution represents a NewContribution event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionNewContribution struct {
	Contributor common.Address
	Beneficiary common.Address
	Amount      *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterNewContribution is a free log retrieval operation binding the contract event 0x567b97209529fbb11a50c435abb5bfdae05a969880bb35a24afc52d1f383af80.
//
// Solidity: event NewContribution(address indexed contributor, address beneficiary, uint256 amount)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) FilterNewContribution(opts *bind.FilterOpts, contributor []common.Address) (*ServiceNodeContributionNewContributionIterator, error) {

	var contributorRule []interface{}
	for _, contributorItem := range contributor {
		contributorRule = append(contributorRule, contributorItem)
	}

	logs, sub, err := _ServiceNodeContribution.contract.FilterLogs(opts, "NewContribution", contributorRule)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionNewContributionIterator{contract: _ServiceNodeContribution.contract, event: "NewContribution", logs: logs, sub: sub}, nil
}

// WatchNewContribution is a free log subscription operation binding the contract event 0x567b97209529fbb11a50c435abb5bfdae05a969880bb35a24afc52d1f383af80.
//
// Solidity: event NewContribution(address indexed contributor, address beneficiary, uint256 amount)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) WatchNewContribution(opts *bind.WatchOpts, sink chan<- *ServiceNodeContributionNewContribution, contributor []common.Address) (event.Subscription, error) {

	var contributorRule []interface{}
	for _, contributorItem := range contributor {
		contributorRule = append(contributorRule, contributorItem)
	}

	logs, sub, err := _ServiceNodeContribution.contract.WatchLogs(opts, "NewContribution", contributorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeContributionNewContribution)
				if err := _ServiceNodeContribution.contract.UnpackLog(event, "NewContribution", log); err != nil {
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

// ParseNewContribution is a log parse operation binding the contract event 0x567b97209529fbb11a50c435abb5bfdae05a969880bb35a24afc52d1f383af80.
//
// Solidity: event NewContribution(address indexed contributor, address beneficiary, uint256 amount)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) ParseNewContribution(log types.Log) (*ServiceNodeContributionNewContribution, error) {
	event := new(ServiceNodeContributionNewContribution)
	if err := _ServiceNodeContribution.contract.UnpackLog(event, "NewContribution", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeContributionOpenForPublicContributionIterator is returned from FilterOpenForPublicContribution and is used to iterate over the raw logs and unpacked data for OpenForPublicContribution events raised by the ServiceNodeContribution contract.
type ServiceNodeContributionOpenForPublicContributionIterator struct {
	Event *ServiceNodeContributionOpenForPublicContribution // Event containing the contract specifics and raw log

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
func (it *ServiceNodeContributionOpenForPublicContributionIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeContributionOpenForPublicContribution)
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
		it.Event = new(ServiceNodeContributionOpenForPublicContribution)
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
func (it *ServiceNodeContributionOpenForPublicContributionIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeContributionOpenForPublicContributionIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeContributionOpenForPublicContribution represents a OpenForPublicContribution event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionOpenForPublicContribution struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterOpenForPublicContribution is a free log retrieval operation binding the contract event 0x988e60cd47c9161cfde2e61df2519a9e50fbd2ec76e8dd7d2d19c5e9cfb58445.
//
// Solidity: event OpenForPublicContribution()
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) FilterOpenForPublicContribution(opts *bind.FilterOpts) (*ServiceNodeContributionOpenForPublicContributionIterator, error) {

	logs, sub, err := _ServiceNodeContribution.contract.FilterLogs(opts, "OpenForPublicContribution")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionOpenForPublicContributionIterator{contract: _ServiceNodeContribution.contract, event: "OpenForPublicContribution", logs: logs, sub: sub}, nil
}

// WatchOpenForPublicContribution is a free log subscription operation binding the contract event 0x988e60cd47c9161cfde2e61df2519a9e50fbd2ec76e8dd7d2d19c5e9cfb58445.
//
// Solidity: event OpenForPublicContribution()
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) WatchOpenForPublicContribution(opts *bind.WatchOpts, sink chan<- *ServiceNodeContributionOpenForPublicContribution) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeContribution.contract.WatchLogs(opts, "OpenForPublicContribution")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeContributionOpenForPublicContribution)
				if err := _ServiceNodeContribution.contract.UnpackLog(event, "OpenForPublicContribution", log); err != nil {
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

// ParseOpenForPublicContribution is a log parse operation binding the contract event 0x988e60cd47c9161cfde2e61df2519a9e50fbd2ec76e8dd7d2d19c5e9cfb58445.
//
// Solidity: event OpenForPublicContribution()
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) ParseOpenForPublicContribution(log types.Log) (*ServiceNodeContributionOpenForPublicContribution, error) {
	event := new(ServiceNodeContributionOpenForPublicContribution)
	if err := _ServiceNodeContribution.contract.UnpackLog(event, "OpenForPublicContribution", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeContributionResetIterator is returned from FilterReset and is used to iterate over the raw logs and unpacked data for Reset events raised by the ServiceNodeContribution contract.
type ServiceNodeContributionResetIterator struct {
	Event *ServiceNodeContributionReset // Event containing the contract specifics and raw log

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
func (it *ServiceNodeContributionResetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeContributionReset)
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
		it.Event = new(ServiceNodeContributionReset)
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
func (it *ServiceNodeContributionResetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeContributionResetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeContributionReset represents a Reset event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionReset struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterReset is a free log retrieval operation binding the contract event 0x6423db340205c829eeb91151b1c5d1dc6d7a2b8708b1621494e89ba90c87081e.
//
// Solidity: event Reset()
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) FilterReset(opts *bind.FilterOpts) (*ServiceNodeContributionResetIterator, error) {

	logs, sub, err := _ServiceNodeContribution.contract.FilterLogs(opts, "Reset")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionResetIterator{contract: _ServiceNodeContribution.contract, event: "Reset", logs: logs, sub: sub}, nil
}

// WatchReset is a free log subscription operation binding the contract event 0x6423db340205c829eeb91151b1c5d1dc6d7a2b8708b1621494e89ba90c87081e.
//
// Solidity: event Reset()
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) WatchReset(opts *bind.WatchOpts, sink chan<- *ServiceNodeContributionReset) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeContribution.contract.WatchLogs(opts, "Reset")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeContributionReset)
				if err := _ServiceNodeContribution.contract.UnpackLog(event, "Reset", log); err != nil {
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

// ParseReset is a log parse operation binding the contract event 0x6423db340205c829eeb91151b1c5d1dc6d7a2b8708b1621494e89ba90c87081e.
//
// Solidity: event Reset()
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) ParseReset(log types.Log) (*ServiceNodeContributionReset, error) {
	event := new(ServiceNodeContributionReset)
	if err := _ServiceNodeContribution.contract.UnpackLog(event, "Reset", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeContributionUpdateFeeIterator is returned from FilterUpdateFee and is used to iterate over the raw logs and unpacked data for UpdateFee events raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdateFeeIterator struct {
	Event *ServiceNodeContributionUpdateFee // Event containing the contract specifics and raw log

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
func (it *ServiceNodeContributionUpdateFeeIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeContributionUpdateFee)
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
		it.Event = new(ServiceNodeContributionUpdateFee)
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
func (it *ServiceNodeContributionUpdateFeeIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeContributionUpdateFeeIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeContributionUpdateFee represents a UpdateFee event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdateFee struct {
	NewFee uint16
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterUpdateFee is a free log retrieval operation binding the contract event 0x6b21e0b71c12e6cd9a3b2bc9bca648afabce42f96ab1f4b2a085107b8a125ca2.
//
// Solidity: event UpdateFee(uint16 newFee)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) FilterUpdateFee(opts *bind.FilterOpts) (*ServiceNodeContributionUpdateFeeIterator, error) {

	logs, sub, err := _ServiceNodeContribution.contract.FilterLogs(opts, "UpdateFee")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionUpdateFeeIterator{contract: _ServiceNodeContribution.contract, event: "UpdateFee", logs: logs, sub: sub}, nil
}

// WatchUpdateFee is a free log subscription operation binding the contract event 0x6b21e0b71c12e6cd9a3b2bc9bca648afabce42f96ab1f4b2a085107b8a125ca2.
//
// Solidity: event UpdateFee(uint16 newFee)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) WatchUpdateFee(opts *bind.WatchOpts, sink chan<- *ServiceNodeContributionUpdateFee) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeContribution.contract.WatchLogs(opts, "UpdateFee")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeContributionUpdateFee)
				if err := _ServiceNodeContribution.contract.UnpackLog(event, "UpdateFee", log); err != nil {
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

// ParseUpdateFee is a log parse operation binding the contract event 0x6b21e0b71c12e6cd9a3b2bc9bca648afabce42f96ab1f4b2a085107b8a125ca2.
//
// Solidity: event UpdateFee(uint16 newFee)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) ParseUpdateFee(log types.Log) (*ServiceNodeContributionUpdateFee, error) {
	event := new(ServiceNodeContributionUpdateFee)
	if err := _ServiceNodeContribution.contract.UnpackLog(event, "UpdateFee", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeContributionUpdateManualFinalizeIterator is returned from FilterUpdateManualFinalize and is used to iterate over the raw logs and unpacked data for UpdateManualFinalize events raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdateManualFinalizeIterator struct {
	Event *ServiceNodeContributionUpdateManualFinalize // Event containing the contract specifics and raw log

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
func (it *ServiceNodeContributionUpdateManualFinalizeIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeContributionUpdateManualFinalize)
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
		it.Event = new(ServiceNodeContributionUpdateManualFinalize)
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
func (it *ServiceNodeContributionUpdateManualFinalizeIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeContributionUpdateManualFinalizeIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeContributionUpdateManualFinalize represents a UpdateManualFinalize event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdateManualFinalize struct {
	NewValue bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterUpdateManualFinalize is a free log retrieval operation binding the contract event 0x45e1c879e8fa28095a2771ccbd73452d90d92c3073335da45910fdfa0cbbd019.
//
// Solidity: event UpdateManualFinalize(bool newValue)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) FilterUpdateManualFinalize(opts *bind.FilterOpts) (*ServiceNodeContributionUpdateManualFinalizeIterator, error) {

	logs, sub, err := _ServiceNodeContribution.contract.FilterLogs(opts, "UpdateManualFinalize")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionUpdateManualFinalizeIterator{contract: _ServiceNodeContribution.contract, event: "UpdateManualFinalize", logs: logs, sub: sub}, nil
}

// WatchUpdateManualFinalize is a free log subscription operation binding the contract event 0x45e1c879e8fa28095a2771ccbd73452d90d92c3073335da45910fdfa0cbbd019.
//
// Solidity: event UpdateManualFinalize(bool newValue)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) WatchUpdateManualFinalize(opts *bind.WatchOpts, sink chan<- *ServiceNodeContributionUpdateManualFinalize) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeContribution.contract.WatchLogs(opts, "UpdateManualFinalize")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeContributionUpdateManualFinalize)
				if err := _ServiceNodeContribution.contract.UnpackLog(event, "UpdateManualFinalize", log); err != nil {
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

// ParseUpdateManualFinalize is a log parse operation binding the contract event 0x45e1c879e8fa28095a2771ccbd73452d90d92c3073335da45910fdfa0cbbd019.
//
// Solidity: event UpdateManualFinalize(bool newValue)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) ParseUpdateManualFinalize(log types.Log) (*ServiceNodeContributionUpdateManualFinalize, error) {
	event := new(ServiceNodeContributionUpdateManualFinalize)
	if err := _ServiceNodeContribution.contract.UnpackLog(event, "UpdateManualFinalize", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeContributionUpdatePubkeysIterator is returned from FilterUpdatePubkeys and is used to iterate over the raw logs and unpacked data for UpdatePubkeys events raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdatePubkeysIterator struct {
	Event *ServiceNodeContributionUpdatePubkeys // Event containing the contract specifics and raw log

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
func (it *ServiceNodeContributionUpdatePubkeysIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeContributionUpdatePubkeys)
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
		it.Event = new(ServiceNodeContributionUpdatePubkeys)
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
func (it *ServiceNodeContributionUpdatePubkeysIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeContributionUpdatePubkeysIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeContributionUpdatePubkeys represents a UpdatePubkeys event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdatePubkeys struct {
	NewBLSPubkey     ServiceNodeContributionG1Point
	NewEd25519Pubkey *big.Int
	Raw              types.Log // Blockchain specific contextual infos
}

// FilterUpdatePubkeys is a free log retrieval operation binding the contract event 0x5d06a1dd1d17e79877eddf2192aeb10a8333d39dd8fee91587990b6b9e043447.
//
// Solidity: event UpdatePubkeys((uint256,uint256) newBLSPubkey, uint256 newEd25519Pubkey)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) FilterUpdatePubkeys(opts *bind.FilterOpts) (*ServiceNodeContributionUpdatePubkeysIterator, error) {

	logs, sub, err := _ServiceNodeContribution.contract.FilterLogs(opts, "UpdatePubkeys")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionUpdatePubkeysIterator{contract: _ServiceNodeContribution.contract, event: "UpdatePubkeys", logs: logs, sub: sub}, nil
}

// WatchUpdatePubkeys is a free log subscription operation binding the contract event 0x5d06a1dd1d17e79877eddf2192aeb10a8333d39dd8fee91587990b6b9e043447.
//
// Solidity: event UpdatePubkeys((uint256,uint256) newBLSPubkey, uint256 newEd25519Pubkey)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) WatchUpdatePubkeys(opts *bind.WatchOpts, sink chan<- *ServiceNodeContributionUpdatePubkeys) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeContribution.contract.WatchLogs(opts, "UpdatePubkeys")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeContributionUpdatePubkeys)
				if err := _ServiceNodeContribution.contract.UnpackLog(event, "UpdatePubkeys", log); err != nil {
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

// ParseUpdatePubkeys is a log parse operation binding the contract event 0x5d06a1dd1d17e79877eddf2192aeb10a8333d39dd8fee91587990b6b9e043447.
//
// Solidity: event UpdatePubkeys((uint256,uint256) newBLSPubkey, uint256 newEd25519Pubkey)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) ParseUpdatePubkeys(log types.Log) (*ServiceNodeContributionUpdatePubkeys, error) {
	event := new(ServiceNodeContributionUpdatePubkeys)
	if err := _ServiceNodeContribution.contract.UnpackLog(event, "UpdatePubkeys", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeContributionUpdateReservedContributorsIterator is returned from FilterUpdateReservedContributors and is used to iterate over the raw logs and unpacked data for UpdateReservedContributors events raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdateReservedContributorsIterator struct {
	Event *ServiceNodeContributionUpdateReservedContributors // Event containing the contract specifics and raw log

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
func (it *ServiceNodeContributionUpdateReservedContributorsIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeContributionUpdateReservedContributors)
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
		it.Event = new(ServiceNodeContributionUpdateReservedContributors)
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
func (it *ServiceNodeContributionUpdateReservedContributorsIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeContributionUpdateReservedContributorsIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeContributionUpdateReservedContributors represents a UpdateReservedContributors event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdateReservedContributors struct {
	NewReservedContributors []ServiceNodeContributionReservedContributor
	Raw                     types.Log // Blockchain specific contextual infos
}

// FilterUpdateReservedContributors is a free log retrieval operation binding the contract event 0x2c9d548092771ba8beaf76b73c1feb6bdc0c0a32f297a7a9903d2e90b7c557c4.
//
// Solidity: event UpdateReservedContributors((address,uint256)[] newReservedContributors)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) FilterUpdateReservedContributors(opts *bind.FilterOpts) (*ServiceNodeContributionUpdateReservedContributorsIterator, error) {

	logs, sub, err := _ServiceNodeContribution.contract.FilterLogs(opts, "UpdateReservedContributors")
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionUpdateReservedContributorsIterator{contract: _ServiceNodeContribution.contract, event: "UpdateReservedContributors", logs: logs, sub: sub}, nil
}

// WatchUpdateReservedContributors is a free log subscription operation binding the contract event 0x2c9d548092771ba8beaf76b73c1feb6bdc0c0a32f297a7a9903d2e90b7c557c4.
//
// Solidity: event UpdateReservedContributors((address,uint256)[] newReservedContributors)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) WatchUpdateReservedContributors(opts *bind.WatchOpts, sink chan<- *ServiceNodeContributionUpdateReservedContributors) (event.Subscription, error) {

	logs, sub, err := _ServiceNodeContribution.contract.WatchLogs(opts, "UpdateReservedContributors")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeContributionUpdateReservedContributors)
				if err := _ServiceNodeContribution.contract.UnpackLog(event, "UpdateReservedContributors", log); err != nil {
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

// ParseUpdateReservedContributors is a log parse operation binding the contract event 0x2c9d548092771ba8beaf76b73c1feb6bdc0c0a32f297a7a9903d2e90b7c557c4.
//
// Solidity: event UpdateReservedContributors((address,uint256)[] newReservedContributors)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) ParseUpdateReservedContributors(log types.Log) (*ServiceNodeContributionUpdateReservedContributors, error) {
	event := new(ServiceNodeContributionUpdateReservedContributors)
	if err := _ServiceNodeContribution.contract.UnpackLog(event, "UpdateReservedContributors", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeContributionUpdateStakerBeneficiaryIterator is returned from FilterUpdateStakerBeneficiary and is used to iterate over the raw logs and unpacked data for UpdateStakerBeneficiary events raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdateStakerBeneficiaryIterator struct {
	Event *ServiceNodeContributionUpdateStakerBeneficiary // Event containing the contract specifics and raw log

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
func (it *ServiceNodeContributionUpdateStakerBeneficiaryIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeContributionUpdateStakerBeneficiary)
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
		it.Event = new(ServiceNodeContributionUpdateStakerBeneficiary)
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
func (it *ServiceNodeContributionUpdateStakerBeneficiaryIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeContributionUpdateStakerBeneficiaryIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeContributionUpdateStakerBeneficiary represents a UpdateStakerBeneficiary event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionUpdateStakerBeneficiary struct {
	Staker         common.Address
	NewBeneficiary common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterUpdateStakerBeneficiary is a free log retrieval operation binding the contract event 0x1ccdbafdd0f1a6d1af7ea8b92d1d18c648203d36bc2d48c960c39fb5269c8547.
//
// Solidity: event UpdateStakerBeneficiary(address indexed staker, address newBeneficiary)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) FilterUpdateStakerBeneficiary(opts *bind.FilterOpts, staker []common.Address) (*ServiceNodeContributionUpdateStakerBeneficiaryIterator, error) {

	var stakerRule []interface{}
	for _, stakerItem := range staker {
		stakerRule = append(stakerRule, stakerItem)
	}

	logs, sub, err := _ServiceNodeContribution.contract.FilterLogs(opts, "UpdateStakerBeneficiary", stakerRule)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionUpdateStakerBeneficiaryIterator{contract: _ServiceNodeContribution.contract, event: "UpdateStakerBeneficiary", logs: logs, sub: sub}, nil
}

// WatchUpdateStakerBeneficiary is a free log subscription operation binding the contract event 0x1ccdbafdd0f1a6d1af7ea8b92d1d18c648203d36bc2d48c960c39fb5269c8547.
//
// Solidity: event UpdateStakerBeneficiary(address indexed staker, address newBeneficiary)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) WatchUpdateStakerBeneficiary(opts *bind.WatchOpts, sink chan<- *ServiceNodeContributionUpdateStakerBeneficiary, staker []common.Address) (event.Subscription, error) {

	var stakerRule []interface{}
	for _, stakerItem := range staker {
		stakerRule = append(stakerRule, stakerItem)
	}

	logs, sub, err := _ServiceNodeContribution.contract.WatchLogs(opts, "UpdateStakerBeneficiary", stakerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeContributionUpdateStakerBeneficiary)
				if err := _ServiceNodeContribution.contract.UnpackLog(event, "UpdateStakerBeneficiary", log); err != nil {
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

// ParseUpdateStakerBeneficiary is a log parse operation binding the contract event 0x1ccdbafdd0f1a6d1af7ea8b92d1d18c648203d36bc2d48c960c39fb5269c8547.
//
// Solidity: event UpdateStakerBeneficiary(address indexed staker, address newBeneficiary)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) ParseUpdateStakerBeneficiary(log types.Log) (*ServiceNodeContributionUpdateStakerBeneficiary, error) {
	event := new(ServiceNodeContributionUpdateStakerBeneficiary)
	if err := _ServiceNodeContribution.contract.UnpackLog(event, "UpdateStakerBeneficiary", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceNodeContributionWithdrawContributionIterator is returned from FilterWithdrawContribution and is used to iterate over the raw logs and unpacked data for WithdrawContribution events raised by the ServiceNodeContribution contract.
type ServiceNodeContributionWithdrawContributionIterator struct {
	Event *ServiceNodeContributionWithdrawContribution // Event containing the contract specifics and raw log

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
func (it *ServiceNodeContributionWithdrawContributionIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceNodeContributionWithdrawContribution)
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
		it.Event = new(ServiceNodeContributionWithdrawContribution)
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
func (it *ServiceNodeContributionWithdrawContributionIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceNodeContributionWithdrawContributionIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceNodeContributionWithdrawContribution represents a WithdrawContribution event raised by the ServiceNodeContribution contract.
type ServiceNodeContributionWithdrawContribution struct {
	Contributor common.Address
	Amount      *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterWithdrawContribution is a free log retrieval operation binding the contract event 0x249a82fbe5056a1940b4e996665ba2a82c340ae9fa1e069fd1ababf5508f396e.
//
// Solidity: event WithdrawContribution(address indexed contributor, uint256 amount)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) FilterWithdrawContribution(opts *bind.FilterOpts, contributor []common.Address) (*ServiceNodeContributionWithdrawContributionIterator, error) {

	var contributorRule []interface{}
	for _, contributorItem := range contributor {
		contributorRule = append(contributorRule, contributorItem)
	}

	logs, sub, err := _ServiceNodeContribution.contract.FilterLogs(opts, "WithdrawContribution", contributorRule)
	if err != nil {
		return nil, err
	}
	return &ServiceNodeContributionWithdrawContributionIterator{contract: _ServiceNodeContribution.contract, event: "WithdrawContribution", logs: logs, sub: sub}, nil
}

// WatchWithdrawContribution is a free log subscription operation binding the contract event 0x249a82fbe5056a1940b4e996665ba2a82c340ae9fa1e069fd1ababf5508f396e.
//
// Solidity: event WithdrawContribution(address indexed contributor, uint256 amount)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) WatchWithdrawContribution(opts *bind.WatchOpts, sink chan<- *ServiceNodeContributionWithdrawContribution, contributor []common.Address) (event.Subscription, error) {

	var contributorRule []interface{}
	for _, contributorItem := range contributor {
		contributorRule = append(contributorRule, contributorItem)
	}

	logs, sub, err := _ServiceNodeContribution.contract.WatchLogs(opts, "WithdrawContribution", contributorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceNodeContributionWithdrawContribution)
				if err := _ServiceNodeContribution.contract.UnpackLog(event, "WithdrawContribution", log); err != nil {
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

// ParseWithdrawContribution is a log parse operation binding the contract event 0x249a82fbe5056a1940b4e996665ba2a82c340ae9fa1e069fd1ababf5508f396e.
//
// Solidity: event WithdrawContribution(address indexed contributor, uint256 amount)
func (_ServiceNodeContribution *ServiceNodeContributionFilterer) ParseWithdrawContribution(log types.Log) (*ServiceNodeContributionWithdrawContribution, error) {
	event := new(ServiceNodeContributionWithdrawContribution)
	if err := _ServiceNodeContribution.contract.UnpackLog(event, "WithdrawContribution", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
