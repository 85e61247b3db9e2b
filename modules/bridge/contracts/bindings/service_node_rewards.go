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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"stakingRequirement_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unlockPeriod_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"indexed\":false,\"internalType\":\"structServiceNodeRewards.ServiceNodeParams\",\"name\":\"serviceNode\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"internalType\":\"structServiceNodeRewards.Staker\",\"name\":\"staker\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"stakedAmount\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structServiceNodeRewards.Contributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"NewServiceNodeV2\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"returnedAmount\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"}],\"name\":\"ServiceNodeExit\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"serviceNodeID\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"pubkey\",\"type\":\"tuple\"}],\"name\":\"ServiceNodeExitRequest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRequirement\",\"type\":\"uint256\"}],\"name\":\"StakingRequirementUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_CONTRIBUTORS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FEE\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"X\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"Y\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.G1Point\",\"name\":\"blsPubkey\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"serviceNodePubkey\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature1\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"serviceNodeSignature2\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"fee\",\"type\":\"uint16\"}],\"internalType\":\"structServiceNodeRewards.ServiceNodeParams\",\"name\":\"params\",\"type\":\"tuple\"},{\"components\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"beneficiary\",\"type\":\"address\"}],\"internalType\":\"structServiceNodeRewards.Staker\",\"name\":\"staker\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"stakedAmount\",\"type\":\"uint256\"}],\"internalType\":\"structServiceNodeRewards.Contributor[]\",\"name\":\"contributors\",\"type\":\"tuple[]\"}],\"name\":\"addBLSPublicKey\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"blsKeyUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"ed25519KeyUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"exitAfterUnlock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"initiateExitBLSPublicKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextServiceNodeID\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRequirement\",\"type\":\"uint256\"}],\"name\":\"setStakingRequirement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stakingRequirement\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20Min\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unlockPeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c0604052600280546001600160401b0319166001179055348015610022575f5ffd5b506040516113a63803806113a68339810160408190526100419161005d565b6001600160a01b039092166080523360a0525f5560015561009c565b5f5f5f6060848603121561006f575f5ffd5b83516001600160a01b0381168114610085575f5ffd5b602085015160409095015190969495509392505050565b60805160a0516112d46100d25f395f818161016a015261025501525f8181610228015281816104640152610cfa01526112d45ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c80639d64104811610088578063bc063e1a11610063578063bc063e1a146101e1578063d9054b09146101fd578063f12fb37c14610210578063fc0c546a14610223575f5ffd5b80639d641048146101a45780639f4bca26146101b7578063a3becd0d146101bf575f5ffd5b806317f33a7d146100cf57806320d3a0b4146100ff57806355f3c33e1461011657806356d399e8146101485780638328b610146101505780638da5cb5b14610165575b5f5ffd5b6002546100e2906001600160401b031681565b6040516001600160401b0390911681526020015b60405180910390f35b61010860015481565b6040519081526020016100f6565b610138610124366004610f5a565b60046020525f908152604090205460ff1681565b60405190151581526020016100f6565b6101085f5481565b61016361015e366004610f5a565b61024a565b005b61018c7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100f6565b6101636101b2366004610f71565b610340565b610108600a81565b6101386101cd366004610f5a565b60056020525f908152604090205460ff1681565b6101ea61271081565b60405161ffff90911681526020016100f6565b61016361020b366004610f71565b610649565b6100e261021e366004610f9e565b6107eb565b61018c7f000000000000000000000000000000000000000000000000000000000000000081565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102b85760405162461bcd60e51b815260206004820152600e60248201526d37b7363c903a34329037bbb732b960911b60448201526064015b60405180910390fd5b5f81116103075760405162461bcd60e51b815260206004820152601c60248201527f726571756972656d656e74206d75737420626520706f7369746976650000000060448201526064016102af565b5f8190556040518181527e6b7a1ea14ff2794527a64af37d55a2040e351f8b4c1adcdc9aea80d64e04299060200160405180910390a150565b6001600160401b0381165f90815260036020526040902080546001600160a01b031661039d5760405162461bcd60e51b815260206004820152600c60248201526b6e6f2073756368206e6f646560a01b60448201526064016102af565b80600401545f036103e45760405162461bcd60e51b81526020600482015260116024820152701b9bc8195e1a5d081c995c5d595cdd1959607a1b60448201526064016102af565b60015481600401546103f6919061104d565b4210156104345760405162461bcd60e51b815260206004820152600c60248201526b1cdd1a5b1b081b1bd8dad95960a21b60448201526064016102af565b60408051808201909152600182015481526002820154602082015260038201545f5b600584015481101561059b577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a9059cbb8560050183815481106104a6576104a6611066565b5f9182526020909120600390910201546005870180546001600160a01b0390921691859081106104d8576104d8611066565b5f9182526020909120600260039092020101546040516001600160e01b031960e085901b1681526001600160a01b03909216600483015260248201526044016020604051808303815f875af1158015610533573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610557919061107a565b6105935760405162461bcd60e51b815260206004820152600d60248201526c1c99599d5b990819985a5b1959609a1b60448201526064016102af565b600101610456565b506001600160401b0384165f908152600360208190526040822080546001600160a01b0319168155600181018390556002810183905590810182905560048101829055906105ec6005830182610f03565b5050604080513381526020808201849052845182840152840151606082015290516001600160401b038616917f24c4411329b949fad2eba6f79a8ba090a08eac1af4b56c3a2f5a282ed45e233e919081900360800190a250505050565b6001600160401b0381165f90815260036020526040902080546001600160a01b03166106a65760405162461bcd60e51b815260206004820152600c60248201526b6e6f2073756368206e6f646560a01b60448201526064016102af565b6004810154156106f15760405162461bcd60e51b8152602060048201526016602482015275195e1a5d08185b1c9958591e481c995c5d595cdd195960521b60448201526064016102af565b5f805b600583015481101561074b5781806107415750336001600160a01b031683600501828154811061072657610726611066565b5f9182526020909120600390910201546001600160a01b0316145b91506001016106f4565b508061078e5760405162461bcd60e51b815260206004820152601260248201527137b7363c90309031b7b73a3934b13aba37b960711b60448201526064016102af565b426004830155604080513381526001840154602082015260028401548183015290516001600160401b038516917f8600c0145511b317ae0189933fa71eb57a32d74891804c7993ef74ec63a5e804919081900360600190a2505050565b5f81600181108015906107ff5750600a8111155b6108425760405162461bcd60e51b81526020600482015260146024820152733120746f20313020636f6e7472696275746f727360601b60448201526064016102af565b3384845f8161085357610853611066565b61086992602060609092020190810191506110ad565b6001600160a01b0316146108b85760405162461bcd60e51b8152602060048201526016602482015275746865206f70657261746f722072656769737465727360501b60448201526064016102af565b6127106108cb60808701606088016110de565b61ffff1611156109125760405162461bcd60e51b815260206004820152601260248201527106665652061626f76652031303030302062760741b60448201526064016102af565b84355f036109535760405162461bcd60e51b815260206004820152600e60248201526d6e6f2065643235353139206b657960901b60448201526064016102af565b6040515f90610975908835906020808b01359101918252602082015260400190565b60408051601f1981840301815291815281516020928301205f818152600490935291205490915060ff16156109ec5760405162461bcd60e51b815260206004820152601a60248201527f626c73206b657920616c7265616479207265676973746572656400000000000060448201526064016102af565b85355f9081526005602052604090205460ff1615610a4c5760405162461bcd60e51b815260206004820152601e60248201527f65643235353139206b657920616c72656164792072656769737465726564000060448201526064016102af565b5f5f5490508086865f818110610a6457610a64611066565b905060600201604001356004610a7a91906110f7565b1015610ac85760405162461bcd60e51b815260206004820152601960248201527f6f70657261746f72207374616b657320756e646572203235250000000000000060448201526064016102af565b5f805b84811015610c88575f888883818110610ae657610ae6611066565b9050606002016040013590505f6001600160a01b0316898984818110610b0e57610b0e611066565b610b2492602060609092020190810191506110ad565b6001600160a01b031603610b7a5760405162461bcd60e51b815260206004820152601b60248201527f636f6e7472696275746f7220776974686f75742061646472657373000000000060448201526064016102af565b8115610c0e575f610b8b848661110e565b90505f610b9984600a61110e565b9050806001610ba8828561104d565b610bb2919061110e565b610bbc9190611121565b831015610c0b5760405162461bcd60e51b815260206004820152601e60248201527f636f6e747269627574696f6e20756e64657220697473206d696e696d756d000060448201526064016102af565b50505b610c18838561110e565b811115610c735760405162461bcd60e51b8152602060048201526024808201527f636f6e747269627574696f6e73206578636565642074686520726571756972656044820152631b595b9d60e21b60648201526084016102af565b610c7d818461104d565b925050600101610acb565b50818114610cd85760405162461bcd60e51b815260206004820181905260248201527f7374616b65206d75737420657175616c2074686520726571756972656d656e7460448201526064016102af565b6040516323b872dd60e01b8152336004820152306024820152604481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906323b872dd906064016020604051808303815f875af1158015610d48573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d6c919061107a565b610db05760405162461bcd60e51b81526020600482015260156024820152741cdd185ad9481d1c985b9cd9995c8819985a5b1959605a1b60448201526064016102af565b600280546001600160401b0316905f610dc883611140565b82546101009290920a6001600160401b038181021990931691831602179091555f858152600460209081526040808320805460ff1990811660019081179092558e35855260058452828520805490911682179055938516835260038083529083208054336001600160a01b03199091161781558e3594810194909455908d013560028401558201849055919650905b85811015610eac5781600501898983818110610e7557610e75611066565b83546001810185555f9485526020909420606090910292909201926003029091019050610ea2828261118a565b5050600101610e57565b50856001600160401b03167f533c16cb4158fe7c77021b90e9290bbefa457dd392bd8abc1eab59747834fd5b338c8c8c8c604051610eee9594939291906111cb565b60405180910390a25050505050949350505050565b5080545f8255600302905f5260205f2090810190610f219190610f24565b50565b5b80821115610f565780546001600160a01b0319908116825560018201805490911690555f6002820155600301610f25565b5090565b5f60208284031215610f6a575f5ffd5b5035919050565b5f60208284031215610f81575f5ffd5b81356001600160401b0381168114610f97575f5ffd5b9392505050565b5f5f5f5f84860360e0811215610fb2575f5ffd5b6040811215610fbf575f5ffd5b8594506080603f1982011215610fd3575f5ffd5b5060408501925060c08501356001600160401b03811115610ff2575f5ffd5b8501601f81018713611002575f5ffd5b80356001600160401b03811115611017575f5ffd5b87602060608302840101111561102b575f5ffd5b949793965060200194505050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561106057611060611039565b92915050565b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561108a575f5ffd5b81518015158114610f97575f5ffd5b6001600160a01b0381168114610f21575f5ffd5b5f602082840312156110bd575f5ffd5b8135610f9781611099565b803561ffff811681146110d9575f5ffd5b919050565b5f602082840312156110ee575f5ffd5b610f97826110c8565b808202811582820484141761106057611060611039565b8181038181111561106057611060611039565b5f8261113b57634e487b7160e01b5f52601260045260245ffd5b500490565b5f6001600160401b0382166001600160401b03810361116157611161611039565b60010192915050565b80546001600160a01b0319166001600160a01b0392909216919091179055565b813561119581611099565b61119f818361116a565b5060208201356111ae81611099565b6111bb816001840161116a565b5060409190910135600290910155565b6001600160a01b0386168152843560208083019190915280860135604080840191909152853560608085019190915291860135608084015285013560a08301525f9061010083019061ffff906112229088016110c8565b1660c084015261010060e08401528390528361012083015f5b8581101561129157823561124e81611099565b6001600160a01b03168252602083013561126781611099565b6001600160a01b03166020830152604083810135908301526060928301929091019060010161123b565b509897505050505050505056fea2646970667358221220dee8d1ec4f99af390bfc4661bb677e74bd752285168eede6a6b6fd93089a81a664736f6c634300081c0033",
}

// ServiceNodeRewardsABI is the input ABI used to generate the binding from.
// Deprecated: Use ServiceNodeRewardsMetaData.ABI instead.
var ServiceNodeRewardsABI = ServiceNodeRewardsMetaData.ABI

// ServiceNodeRewardsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ServiceNodeRewardsMetaData.Bin instead.
var ServiceNodeRewardsBin = ServiceNodeRewardsMetaData.Bin

// DeployServiceNodeRewards deploys a new Ethereum contract, binding an instance of ServiceNodeRewards to it.
func DeployServiceNodeRewards(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, stakingRequirement_ *big.Int, unlockPeriod_ *big.Int) (common.Address, *types.Transaction, *ServiceNodeRewards, error) {
	parsed, err := ServiceNodeRewardsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ServiceNodeRewardsBin), backend, token_, stakingRequirement_, unlockPeriod_)
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

// MAXCONTRIBUTORS is a free data retrieval call binding the contract method 0x9f4bca26.
//
// Solidity: function MAX_CONTRIBUTORS() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) MAXCONTRIBUTORS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "MAX_CONTRIBUTORS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXCONTRIBUTORS is a free data retrieval call binding the contract method 0x9f4bca26.
//
// Solidity: function MAX_CONTRIBUTORS() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) MAXCONTRIBUTORS() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.MAXCONTRIBUTORS(&_ServiceNodeRewards.CallOpts)
}

// MAXCONTRIBUTORS is a free data retrieval call binding the contract method 0x9f4bca26.
//
// Solidity: function MAX_CONTRIBUTORS() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) MAXCONTRIBUTORS() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.MAXCONTRIBUTORS(&_ServiceNodeRewards.CallOpts)
}

// MAXFEE is a free data retrieval call binding the contract method 0xbc063e1a.
//
// Solidity: function MAX_FEE() view returns(uint16)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) MAXFEE(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "MAX_FEE")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// MAXFEE is a free data retrieval call binding the contract method 0xbc063e1a.
//
// Solidity: function MAX_FEE() view returns(uint16)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) MAXFEE() (uint16, error) {
	return _ServiceNodeRewards.Contract.MAXFEE(&_ServiceNodeRewards.CallOpts)
}

// MAXFEE is a free data retrieval call binding the contract method 0xbc063e1a.
//
// Solidity: function MAX_FEE() view returns(uint16)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) MAXFEE() (uint16, error) {
	return _ServiceNodeRewards.Contract.MAXFEE(&_ServiceNodeRewards.CallOpts)
}

// BlsKeyUsed is a free data retrieval call binding the contract method 0x55f3c33e.
//
// Solidity: function blsKeyUsed(bytes32 ) view returns(bool)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) BlsKeyUsed(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "blsKeyUsed", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// BlsKeyUsed is a free data retrieval call binding the contract method 0x55f3c33e.
//
// Solidity: function blsKeyUsed(bytes32 ) view returns(bool)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) BlsKeyUsed(arg0 [32]byte) (bool, error) {
	return _ServiceNodeRewards.Contract.BlsKeyUsed(&_ServiceNodeRewards.CallOpts, arg0)
}

// BlsKeyUsed is a free data retrieval call binding the contract method 0x55f3c33e.
//
// Solidity: function blsKeyUsed(bytes32 ) view returns(bool)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) BlsKeyUsed(arg0 [32]byte) (bool, error) {
	return _ServiceNodeRewards.Contract.BlsKeyUsed(&_ServiceNodeRewards.CallOpts, arg0)
}

// Ed25519KeyUsed is a free data retrieval call binding the contract method 0xa3becd0d.
//
// Solidity: function ed25519KeyUsed(uint256 ) view returns(bool)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) Ed25519KeyUsed(opts *bind.CallOpts, arg0 *big.Int) (bool, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "ed25519KeyUsed", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Ed25519KeyUsed is a free data retrieval call binding the contract method 0xa3becd0d.
//
// Solidity: function ed25519KeyUsed(uint256 ) view returns(bool)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) Ed25519KeyUsed(arg0 *big.Int) (bool, error) {
	return _ServiceNodeRewards.Contract.Ed25519KeyUsed(&_ServiceNodeRewards.CallOpts, arg0)
}

// Ed25519KeyUsed is a free data retrieval call binding the contract method 0xa3becd0d.
//
// Solidity: function ed25519KeyUsed(uint256 ) view returns(bool)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) Ed25519KeyUsed(arg0 *big.Int) (bool, error) {
	return _ServiceNodeRewards.Contract.Ed25519KeyUsed(&_ServiceNodeRewards.CallOpts, arg0)
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

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) Token() (common.Address, error) {
	return _ServiceNodeRewards.Contract.Token(&_ServiceNodeRewards.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) Token() (common.Address, error) {
	return _ServiceNodeRewards.Contract.Token(&_ServiceNodeRewards.CallOpts)
}

// UnlockPeriod is a free data retrieval call binding the contract method 0x20d3a0b4.
//
// Solidity: function unlockPeriod() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCaller) UnlockPeriod(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceNodeRewards.contract.Call(opts, &out, "unlockPeriod")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UnlockPeriod is a free data retrieval call binding the contract method 0x20d3a0b4.
//
// Solidity: function unlockPeriod() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) UnlockPeriod() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.UnlockPeriod(&_ServiceNodeRewards.CallOpts)
}

// UnlockPeriod is a free data retrieval call binding the contract method 0x20d3a0b4.
//
// Solidity: function unlockPeriod() view returns(uint256)
func (_ServiceNodeRewards *ServiceNodeRewardsCallerSession) UnlockPeriod() (*big.Int, error) {
	return _ServiceNodeRewards.Contract.UnlockPeriod(&_ServiceNodeRewards.CallOpts)
}

// AddBLSPublicKey is a paid mutator transaction binding the contract method 0xf12fb37c.
//
// Solidity: function addBLSPublicKey((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint16) params, ((address,address),uint256)[] contributors) returns(uint64 id)
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) AddBLSPublicKey(opts *bind.TransactOpts, blsPubkey ServiceNodeRewardsG1Point, params ServiceNodeRewardsServiceNodeParams, contributors []ServiceNodeRewardsContributor) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "addBLSPublicKey", blsPubkey, params, contributors)
}

// AddBLSPublicKey is a paid mutator transaction binding the contract method 0xf12fb37c.
//
// Solidity: function addBLSPublicKey((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint16) params, ((address,address),uint256)[] contributors) returns(uint64 id)
func (_ServiceNodeRewards *ServiceNodeRewardsSession) AddBLSPublicKey(blsPubkey ServiceNodeRewardsG1Point, params ServiceNodeRewardsServiceNodeParams, contributors []ServiceNodeRewardsContributor) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.AddBLSPublicKey(&_ServiceNodeRewards.TransactOpts, blsPubkey, params, contributors)
}

// AddBLSPublicKey is a paid mutator transaction binding the contract method 0xf12fb37c.
//
// Solidity: function addBLSPublicKey((uint256,uint256) blsPubkey, (uint256,uint256,uint256,uint16) params, ((address,address),uint256)[] contributors) returns(uint64 id)
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) AddBLSPublicKey(blsPubkey ServiceNodeRewardsG1Point, params ServiceNodeRewardsServiceNodeParams, contributors []ServiceNodeRewardsContributor) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.AddBLSPublicKey(&_ServiceNodeRewards.TransactOpts, blsPubkey, params, contributors)
}

// ExitAfterUnlock is a paid mutator transaction binding the contract method 0x9d641048.
//
// Solidity: function exitAfterUnlock(uint64 id) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) ExitAfterUnlock(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "exitAfterUnlock", id)
}

// ExitAfterUnlock is a paid mutator transaction binding the contract method 0x9d641048.
//
// Solidity: function exitAfterUnlock(uint64 id) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) ExitAfterUnlock(id uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ExitAfterUnlock(&_ServiceNodeRewards.TransactOpts, id)
}

// ExitAfterUnlock is a paid mutator transaction binding the contract method 0x9d641048.
//
// Solidity: function exitAfterUnlock(uint64 id) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) ExitAfterUnlock(id uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.ExitAfterUnlock(&_ServiceNodeRewards.TransactOpts, id)
}

// InitiateExitBLSPublicKey is a paid mutator transaction binding the contract method 0xd9054b09.
//
// Solidity: function initiateExitBLSPublicKey(uint64 id) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactor) InitiateExitBLSPublicKey(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.contract.Transact(opts, "initiateExitBLSPublicKey", id)
}

// InitiateExitBLSPublicKey is a paid mutator transaction binding the contract method 0xd9054b09.
//
// Solidity: function initiateExitBLSPublicKey(uint64 id) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsSession) InitiateExitBLSPublicKey(id uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.InitiateExitBLSPublicKey(&_ServiceNodeRewards.TransactOpts, id)
}

// InitiateExitBLSPublicKey is a paid mutator transaction binding the contract method 0xd9054b09.
//
// Solidity: function initiateExitBLSPublicKey(uint64 id) returns()
func (_ServiceNodeRewards *ServiceNodeRewardsTransactorSession) InitiateExitBLSPublicKey(id uint64) (*types.Transaction, error) {
	return _ServiceNodeRewards.Contract.InitiateExitBLSPublicKey(&_ServiceNodeRewards.TransactOpts, id)
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
