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

// RewardRatePoolMetaData contains all meta data concerning the RewardRatePool contract.
var RewardRatePoolMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"InvalidInitialization\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newBeneficiary\",\"type\":\"address\"}],\"name\":\"BeneficiaryUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"FundsReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"name\":\"Initialized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ANNUAL_SIMPLE_PAYOUT_RATE\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BASIS_POINTS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SESH\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VERSION\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"beneficiary\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeElapsed\",\"type\":\"uint256\"}],\"name\":\"calculatePayoutAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"calculateReleasedAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"calculateTotalDeposited\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_beneficiary\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_sesh\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastPaidOutTime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payoutReleased\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardRate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newBeneficiary\",\"type\":\"address\"}],\"name\":\"setBeneficiary\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalPaidOut\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a0604052348015600e575f5ffd5b50336080526080516109cf61002b5f395f61038801526109cf5ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c8063ab1a4a2f116100a9578063e1f1c4a71161006e578063e1f1c4a71461021c578063e30c397814610225578063f2fde38b14610236578063f85bb0f014610249578063ffa1ad7414610251575f5ffd5b8063ab1a4a2f146101c4578063ab5fcdc9146101e5578063c3aca558146101ee578063ca59808714610201578063d66fcb6914610209575f5ffd5b8063485cc955116100ef578063485cc95514610184578063715018a61461019757806379ba50971461019f5780637b0a47ee146101a75780638da5cb5b146101af575f5ffd5b80631357e1dc146101205780631c31f7101461013c57806332f7c3841461015157806338af3eed14610159575b5f5ffd5b61012960045481565b6040519081526020015b60405180910390f35b61014f61014a366004610842565b610259565b005b6101296102e3565b60035461016c906001600160a01b031681565b6040516001600160a01b039091168152602001610133565b61014f61019236600461085b565b610372565b61014f61044a565b61014f610486565b6101296104bc565b5f5461010090046001600160a01b031661016c565b6101cc609781565b60405167ffffffffffffffff9091168152602001610133565b61012960055481565b60025461016c906001600160a01b031681565b6101296104e1565b61012961021736600461088c565b61055d565b6101cc6103e881565b6001546001600160a01b031661016c565b61014f610244366004610842565b6105a1565b61014f610628565b610129600181565b5f5461010090046001600160a01b0316331461028f5760405163118cdaa760e01b81523360048201526024015b60405180910390fd5b600380546001600160a01b0319166001600160a01b0383169081179091556040519081527feee59a71c694e68368a1cb0d135c448051bbfb12289e6c2223b0ceb100c2321d9060200160405180910390a150565b6002546040516370a0823160e01b81523060048201525f91610360916001600160a01b03909116906370a0823190602401602060405180830381865afa15801561032f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061035391906108ac565b60055461021790426108d7565b60045461036d91906108ea565b905090565b5f5460ff16806103ab5750336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614155b156103c95760405163f92ee8a960e01b815260040160405180910390fd5b5f805460ff19166001179055600380546001600160a01b038085166001600160a01b031992831617909255426005556002805492841692909116919091179055610412336106a2565b604051600181527fc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d29060200160405180910390a15050565b5f5461010090046001600160a01b0316331461047b5760405163118cdaa760e01b8152336004820152602401610286565b6104845f6106a2565b565b6001546001600160a01b031633146104b35760405163118cdaa760e01b8152336004820152602401610286565b610484336106a2565b5f61036d6104c86102e3565b6104d06104e1565b6104da91906108d7565b607861055d565b600480546002546040516370a0823160e01b815230938101939093525f926001600160a01b03909116906370a0823190602401602060405180830381865afa15801561052f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061055391906108ac565b61036d91906108ea565b5f61056e6103e86301e133806108fd565b67ffffffffffffffff1682610584609786610927565b61058e9190610927565b610598919061093e565b90505b92915050565b5f5461010090046001600160a01b031633146105d25760405163118cdaa760e01b8152336004820152602401610286565b600180546001600160a01b0319166001600160a01b038381169182179092555f8054604051929361010090910416917f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e227009190a350565b5f6106316102e3565b90505f6004548261064291906108d7565b6004839055426005556040518181529091507f952b264c8e0a06cddb4bbaa6d6af1d565145329fd95bbe72cb2b53942b2dc9669060200160405180910390a160035460025461069e916001600160a01b03918216911683610709565b5050565b600180546001600160a01b03191690555f80546001600160a01b03838116610100818102610100600160a81b03198516178555604051930490911692909183917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35050565b6040516001600160a01b03831660248201526044810182905261075a90849060640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b17905261075f565b505050565b5f5f836001600160a01b031683604051610779919061095d565b5f604051808303815f865af19150503d805f81146107b2576040519150601f19603f3d011682016040523d82523d5f602084013e6107b7565b606091505b50915091508115806107e557508051158015906107e55750808060200190518101906107e39190610973565b155b806107f857506001600160a01b0384163b155b1561082157604051635274afe760e01b81526001600160a01b0385166004820152602401610286565b50505050565b80356001600160a01b038116811461083d575f5ffd5b919050565b5f60208284031215610852575f5ffd5b61059882610827565b5f5f6040838503121561086c575f5ffd5b61087583610827565b915061088360208401610827565b90509250929050565b5f5f6040838503121561089d575f5ffd5b50508035926020909101359150565b5f602082840312156108bc575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561059b5761059b6108c3565b8082018082111561059b5761059b6108c3565b67ffffffffffffffff8181168382160290811690818114610920576109206108c3565b5092915050565b808202811582820484141761059b5761059b6108c3565b5f8261095857634e487b7160e01b5f52601260045260245ffd5b500490565b5f82518060208501845e5f920191825250919050565b5f60208284031215610983575f5ffd5b81518015158114610992575f5ffd5b939250505056fea2646970667358221220b6a49fe324c70b5e1e2bb4de02d30478d3d2858e4859f58e8ca31f28db3bcc4f64736f6c634300081c0033",
}

// RewardRatePoolABI is the input ABI used to generate the binding from.
// Deprecated: Use RewardRatePoolMetaData.ABI instead.
var RewardRatePoolABI = RewardRatePoolMetaData.ABI

// RewardRatePoolBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RewardRatePoolMetaData.Bin instead.
var RewardRatePoolBin = RewardRatePoolMetaData.Bin

// DeployRewardRatePool deploys a new Ethereum contract, binding an instance of RewardRatePool to it.
func DeployRewardRatePool(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *RewardRatePool, error) {
	parsed, err := RewardRatePoolMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RewardRatePoolBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RewardRatePool{RewardRatePoolCaller: RewardRatePoolCaller{contract: contract}, RewardRatePoolTransactor: RewardRatePoolTransactor{contract: contract}, RewardRatePoolFilterer: RewardRatePoolFilterer{contract: contract}}, nil
}

// RewardRatePool is an auto generated Go binding around an Ethereum contract.
type RewardRatePool struct {
	RewardRatePoolCaller     // Read-only binding to the contract
	RewardRatePoolTransactor // Write-only binding to the contract
	RewardRatePoolFilterer   // Log filterer for contract events
}

// RewardRatePoolCaller is an auto generated read-only Go binding around an Ethereum contract.
type RewardRatePoolCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardRatePoolTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RewardRatePoolTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardRatePoolFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RewardRatePoolFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RewardRatePoolSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RewardRatePoolSession struct {
	Contract     *RewardRatePool   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RewardRatePoolCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RewardRatePoolCallerSession struct {
	Contract *RewardRatePoolCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// RewardRatePoolTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RewardRatePoolTransactorSession struct {
	Contract     *RewardRatePoolTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// RewardRatePoolRaw is an auto generated low-level Go binding around an Ethereum contract.
type RewardRatePoolRaw struct {
	Contract *RewardRatePool // Generic contract binding to access the raw methods on
}

// RewardRatePoolCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RewardRatePoolCallerRaw struct {
	Contract *RewardRatePoolCaller // Generic read-only contract binding to access the raw methods on
}

// RewardRatePoolTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RewardRatePoolTransactorRaw struct {
	Contract *RewardRatePoolTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRewardRatePool creates a new instance of RewardRatePool, bound to a specific deployed contract.
func NewRewardRatePool(address common.Address, backend bind.ContractBackend) (*RewardRatePool, error) {
	contract, err := bindRewardRatePool(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RewardRatePool{RewardRatePoolCaller: RewardRatePoolCaller{contract: contract}, RewardRatePoolTransactor: RewardRatePoolTransactor{contract: contract}, RewardRatePoolFilterer: RewardRatePoolFilterer{contract: contract}}, nil
}

// NewRewardRatePoolCaller creates a new read-only instance of RewardRatePool, bound to a specific deployed contract.
func NewRewardRatePoolCaller(address common.Address, caller bind.ContractCaller) (*RewardRatePoolCaller, error) {
	contract, err := bindRewardRatePool(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RewardRatePoolCaller{contract: contract}, nil
}

// NewRewardRatePoolTransactor creates a new write-only instance of RewardRatePool, bound to a specific deployed contract.
func NewRewardRatePoolTransactor(address common.Address, transactor bind.ContractTransactor) (*RewardRatePoolTransactor, error) {
	contract, err := bindRewardRatePool(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RewardRatePoolTransactor{contract: contract}, nil
}

// NewRewardRatePoolFilterer creates a new log filterer instance of RewardRatePool, bound to a specific deployed contract.
func NewRewardRatePoolFilterer(address common.Address, filterer bind.ContractFilterer) (*RewardRatePoolFilterer, error) {
	contract, err := bindRewardRatePool(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RewardRatePoolFilterer{contract: contract}, nil
}

// bindRewardRatePool binds a generic wrapper to an already deployed contract.
func bindRewardRatePool(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RewardRatePoolMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RewardRatePool *RewardRatePoolRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RewardRatePool.Contract.RewardRatePoolCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RewardRatePool *RewardRatePoolRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardRatePool.Contract.RewardRatePoolTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RewardRatePool *RewardRatePoolRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RewardRatePool.Contract.RewardRatePoolTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RewardRatePool *RewardRatePoolCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RewardRatePool.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RewardRatePool *RewardRatePoolTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardRatePool.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RewardRatePool *RewardRatePoolTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RewardRatePool.Contract.contract.Transact(opts, method, params...)
}

// ANNUALSIMPLEPAYOUTRATE is a free data retrieval call binding the contract method 0xab1a4a2f.
//
// Solidity: function ANNUAL_SIMPLE_PAYOUT_RATE() view returns(uint64)
func (_RewardRatePool *RewardRatePoolCaller) ANNUALSIMPLEPAYOUTRATE(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "ANNUAL_SIMPLE_PAYOUT_RATE")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ANNUALSIMPLEPAYOUTRATE is a free data retrieval call binding the contract method 0xab1a4a2f.
//
// Solidity: function ANNUAL_SIMPLE_PAYOUT_RATE() view returns(uint64)
func (_RewardRatePool *RewardRatePoolSession) ANNUALSIMPLEPAYOUTRATE() (uint64, error) {
	return _RewardRatePool.Contract.ANNUALSIMPLEPAYOUTRATE(&_RewardRatePool.CallOpts)
}

// ANNUALSIMPLEPAYOUTRATE is a free data retrieval call binding the contract method 0xab1a4a2f.
//
// Solidity: function ANNUAL_SIMPLE_PAYOUT_RATE() view returns(uint64)
func (_RewardRatePool *RewardRatePoolCallerSession) ANNUALSIMPLEPAYOUTRATE() (uint64, error) {
	return _RewardRatePool.Contract.ANNUALSIMPLEPAYOUTRATE(&_RewardRatePool.CallOpts)
}

// BASISPOINTS is a free data retrieval call binding the contract method 0xe1f1c4a7.
//
// Solidity: function BASIS_POINTS() view returns(uint64)
func (_RewardRatePool *RewardRatePoolCaller) BASISPOINTS(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "BASIS_POINTS")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// BASISPOINTS is a free data retrieval call binding the contract method 0xe1f1c4a7.
//
// Solidity: function BASIS_POINTS() view returns(uint64)
func (_RewardRatePool *RewardRatePoolSession) BASISPOINTS() (uint64, error) {
	return _RewardRatePool.Contract.BASISPOINTS(&_RewardRatePool.CallOpts)
}

// BASISPOINTS is a free data retrieval call binding the contract method 0xe1f1c4a7.
//
// Solidity: function BASIS_POINTS() view returns(uint64)
func (_RewardRatePool *RewardRatePoolCallerSession) BASISPOINTS() (uint64, error) {
	return _RewardRatePool.Contract.BASISPOINTS(&_RewardRatePool.CallOpts)
}

// SESH is a free data retrieval call binding the contract method 0xc3aca558.
//
// Solidity: function SESH() view returns(address)
func (_RewardRatePool *RewardRatePoolCaller) SESH(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "SESH")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// SESH is a free data retrieval call binding the contract method 0xc3aca558.
//
// Solidity: function SESH() view returns(address)
func (_RewardRatePool *RewardRatePoolSession) SESH() (common.Address, error) {
	return _RewardRatePool.Contract.SESH(&_RewardRatePool.CallOpts)
}

// SESH is a free data retrieval call binding the contract method 0xc3aca558.
//
// Solidity: function SESH() view returns(address)
func (_RewardRatePool *RewardRatePoolCallerSession) SESH() (common.Address, error) {
	return _RewardRatePool.Contract.SESH(&_RewardRatePool.CallOpts)
}

// VERSION is a free data retrieval call binding the contract method 0xffa1ad74.
//
// Solidity: function VERSION() view returns(uint256)
func (_RewardRatePool *RewardRatePoolCaller) VERSION(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "VERSION")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// VERSION is a free data retrieval call binding the contract method 0xffa1ad74.
//
// Solidity: function VERSION() view returns(uint256)
func (_RewardRatePool *RewardRatePoolSession) VERSION() (*big.Int, error) {
	return _RewardRatePool.Contract.VERSION(&_RewardRatePool.CallOpts)
}

// VERSION is a free data retrieval call binding the contract method 0xffa1ad74.
//
// Solidity: function VERSION() view returns(uint256)
func (_RewardRatePool *RewardRatePoolCallerSession) VERSION() (*big.Int, error) {
	return _RewardRatePool.Contract.VERSION(&_RewardRatePool.CallOpts)
}

// Beneficiary is a free data retrieval call binding the contract method 0x38af3eed.
//
// Solidity: function beneficiary() view returns(address)
func (_RewardRatePool *RewardRatePoolCaller) Beneficiary(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "beneficiary")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Beneficiary is a free data retrieval call binding the contract method 0x38af3eed.
//
// Solidity: function beneficiary() view returns(address)
func (_RewardRatePool *RewardRatePoolSession) Beneficiary() (common.Address, error) {
	return _RewardRatePool.Contract.Beneficiary(&_RewardRatePool.CallOpts)
}

// Beneficiary is a free data retrieval call binding the contract method 0x38af3eed.
//
// Solidity: function beneficiary() view returns(address)
func (_RewardRatePool *RewardRatePoolCallerSession) Beneficiary() (common.Address, error) {
	return _RewardRatePool.Contract.Beneficiary(&_RewardRatePool.CallOpts)
}

// CalculatePayoutAmount is a free data retrieval call binding the contract method 0xd66fcb69.
//
// Solidity: function calculatePayoutAmount(uint256 balance, uint256 timeElapsed) pure returns(uint256)
func (_RewardRatePool *RewardRatePoolCaller) CalculatePayoutAmount(opts *bind.CallOpts, balance *big.Int, timeElapsed *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "calculatePayoutAmount", balance, timeElapsed)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CalculatePayoutAmount is a free data retrieval call binding the contract method 0xd66fcb69.
//
// Solidity: function calculatePayoutAmount(uint256 balance, uint256 timeElapsed) pure returns(uint256)
func (_RewardRatePool *RewardRatePoolSession) CalculatePayoutAmount(balance *big.Int, timeElapsed *big.Int) (*big.Int, error) {
	return _RewardRatePool.Contract.CalculatePayoutAmount(&_RewardRatePool.CallOpts, balance, timeElapsed)
}

// CalculatePayoutAmount is a free data retrieval call binding the contract method 0xd66fcb69.
//
// Solidity: function calculatePayoutAmount(uint256 balance, uint256 timeElapsed) pure returns(uint256)
func (_RewardRatePool *RewardRatePoolCallerSession) CalculatePayoutAmount(balance *big.Int, timeElapsed *big.Int) (*big.Int, error) {
	return _RewardRatePool.Contract.CalculatePayoutAmount(&_RewardRatePool.CallOpts, balance, timeElapsed)
}

// CalculateReleasedAmount is a free data retrieval call binding the contract method 0x32f7c384.
//
// Solidity: function calculateReleasedAmount() view returns(uint256)
func (_RewardRatePool *RewardRatePoolCaller) CalculateReleasedAmount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "calculateReleasedAmount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CalculateReleasedAmount is a free data retrieval call binding the contract method 0x32f7c384.
//
// Solidity: function calculateReleasedAmount() view returns(uint256)
func (_RewardRatePool *RewardRatePoolSession) CalculateReleasedAmount() (*big.Int, error) {
	return _RewardRatePool.Contract.CalculateReleasedAmount(&_RewardRatePool.CallOpts)
}

// CalculateReleasedAmount is a free data retrieval call binding the contract method 0x32f7c384.
//
// Solidity: function calculateReleasedAmount() view returns(uint256)
func (_RewardRatePool *RewardRatePoolCallerSession) CalculateReleasedAmount() (*big.Int, error) {
	return _RewardRatePool.Contract.CalculateReleasedAmount(&_RewardRatePool.CallOpts)
}

// CalculateTotalDeposited is a free data retrieval call binding the contract method 0xca598087.
//
// Solidity: function calculateTotalDeposited() view returns(uint256)
func (_RewardRatePool *RewardRatePoolCaller) CalculateTotalDeposited(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "calculateTotalDeposited")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// CalculateTotalDeposited is a free data retrieval call binding the contract method 0xca598087.
//
// Solidity: function calculateTotalDeposited() view returns(uint256)
func (_RewardRatePool *RewardRatePoolSession) CalculateTotalDeposited() (*big.Int, error) {
	return _RewardRatePool.Contract.CalculateTotalDeposited(&_RewardRatePool.CallOpts)
}

// CalculateTotalDeposited is a free data retrieval call binding the contract method 0xca598087.
//
// Solidity: function calculateTotalDeposited() view returns(uint256)
func (_RewardRatePool *RewardRatePoolCallerSession) CalculateTotalDeposited() (*big.Int, error) {
	return _RewardRatePool.Contract.CalculateTotalDeposited(&_RewardRatePool.CallOpts)
}

// LastPaidOutTime is a free data retrieval call binding the contract method 0xab5fcdc9.
//
// Solidity: function lastPaidOutTime() view returns(uint256)
func (_RewardRatePool *RewardRatePoolCaller) LastPaidOutTime(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "lastPaidOutTime")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LastPaidOutTime is a free data retrieval call binding the contract method 0xab5fcdc9.
//
// Solidity: function lastPaidOutTime() view returns(uint256)
func (_RewardRatePool *RewardRatePoolSession) LastPaidOutTime() (*big.Int, error) {
	return _RewardRatePool.Contract.LastPaidOutTime(&_RewardRatePool.CallOpts)
}

// LastPaidOutTime is a free data retrieval call binding the contract method 0xab5fcdc9.
//
// Solidity: function lastPaidOutTime() view returns(uint256)
func (_RewardRatePool *RewardRatePoolCallerSession) LastPaidOutTime() (*big.Int, error) {
	return _RewardRatePool.Contract.LastPaidOutTime(&_RewardRatePool.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_RewardRatePool *RewardRatePoolCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_RewardRatePool *RewardRatePoolSession) Owner() (common.Address, error) {
	return _RewardRatePool.Contract.Owner(&_RewardRatePool.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_RewardRatePool *RewardRatePoolCallerSession) Owner() (common.Address, error) {
	return _RewardRatePool.Contract.Owner(&_RewardRatePool.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_RewardRatePool *RewardRatePoolCaller) PendingOwner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "pendingOwner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_RewardRatePool *RewardRatePoolSession) PendingOwner() (common.Address, error) {
	return _RewardRatePool.Contract.PendingOwner(&_RewardRatePool.CallOpts)
}

// PendingOwner is a free data retrieval call binding the contract method 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (_RewardRatePool *RewardRatePoolCallerSession) PendingOwner() (common.Address, error) {
	return _RewardRatePool.Contract.PendingOwner(&_RewardRatePool.CallOpts)
}

// RewardRate is a free data retrieval call binding the contract method 0x7b0a47ee.
//
// Solidity: function rewardRate() view returns(uint256)
func (_RewardRatePool *RewardRatePoolCaller) RewardRate(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "rewardRate")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RewardRate is a free data retrieval call binding the contract method 0x7b0a47ee.
//
// Solidity: function rewardRate() view returns(uint256)
func (_RewardRatePool *RewardRatePoolSession) RewardRate() (*big.Int, error) {
	return _RewardRatePool.Contract.RewardRate(&_RewardRatePool.CallOpts)
}

// RewardRate is a free data retrieval call binding the contract method 0x7b0a47ee.
//
// Solidity: function rewardRate() view returns(uint256)
func (_RewardRatePool *RewardRatePoolCallerSession) RewardRate() (*big.Int, error) {
	return _RewardRatePool.Contract.RewardRate(&_RewardRatePool.CallOpts)
}

// TotalPaidOut is a free data retrieval call binding the contract method 0x1357e1dc.
//
// Solidity: function totalPaidOut() view returns(uint256)
func (_RewardRatePool *RewardRatePoolCaller) TotalPaidOut(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _RewardRatePool.contract.Call(opts, &out, "totalPaidOut")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalPaidOut is a free data retrieval call binding the contract method 0x1357e1dc.
//
// Solidity: function totalPaidOut() view returns(uint256)
func (_RewardRatePool *RewardRatePoolSession) TotalPaidOut() (*big.Int, error) {
	return _RewardRatePool.Contract.TotalPaidOut(&_RewardRatePool.CallOpts)
}

// TotalPaidOut is a free data retrieval call binding the contract method 0x1357e1dc.
//
// Solidity: function totalPaidOut() view returns(uint256)
func (_RewardRatePool *RewardRatePoolCallerSession) TotalPaidOut() (*big.Int, error) {
	return _RewardRatePool.Contract.TotalPaidOut(&_RewardRatePool.CallOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_RewardRatePool *RewardRatePoolTransactor) AcceptOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardRatePool.contract.Transact(opts, "acceptOwnership")
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_RewardRatePool *RewardRatePoolSession) AcceptOwnership() (*types.Transaction, error) {
	return _RewardRatePool.Contract.AcceptOwnership(&_RewardRatePool.TransactOpts)
}

// AcceptOwnership is a paid mutator transaction binding the contract method 0x79ba5097.
//
// Solidity: function acceptOwnership() returns()
func (_RewardRatePool *RewardRatePoolTransactorSession) AcceptOwnership() (*types.Transaction, error) {
	return _RewardRatePool.Contract.AcceptOwnership(&_RewardRatePool.TransactOpts)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address _beneficiary, address _sesh) returns()
func (_RewardRatePool *RewardRatePoolTransactor) Initialize(opts *bind.TransactOpts, _beneficiary common.Address, _sesh common.Address) (*types.Transaction, error) {
	return _RewardRatePool.contract.Transact(opts, "initialize", _beneficiary, _sesh)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address _beneficiary, address _sesh) returns()
func (_RewardRatePool *RewardRatePoolSession) Initialize(_beneficiary common.Address, _sesh common.Address) (*types.Transaction, error) {
	return _RewardRatePool.Contract.Initialize(&_RewardRatePool.TransactOpts, _beneficiary, _sesh)
}

// Initialize is a paid mutator transaction binding the contract method 0x485cc955.
//
// Solidity: function initialize(address _beneficiary, address _sesh) returns()
func (_RewardRatePool *RewardRatePoolTransactorSession) Initialize(_beneficiary common.Address, _sesh common.Address) (*types.Transaction, error) {
	return _RewardRatePool.Contract.Initialize(&_RewardRatePool.TransactOpts, _beneficiary, _sesh)
}

// PayoutReleased is a paid mutator transaction binding the contract method 0xf85bb0f0.
//
// Solidity: function payoutReleased() returns()
func (_RewardRatePool *RewardRatePoolTransactor) PayoutReleased(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardRatePool.contract.Transact(opts, "payoutReleased")
}

// PayoutReleased is a paid mutator transaction binding the contract method 0xf85bb0f0.
//
// Solidity: function payoutReleased() returns()
func (_RewardRatePool *RewardRatePoolSession) PayoutReleased() (*types.Transaction, error) {
	return _RewardRatePool.Contract.PayoutReleased(&_RewardRatePool.TransactOpts)
}

// PayoutReleased is a paid mutator transaction binding the contract method 0xf85bb0f0.
//
// Solidity: function payoutReleased() returns()
func (_RewardRatePool *RewardRatePoolTransactorSession) PayoutReleased() (*types.Transaction, error) {
	return _RewardRatePool.Contract.PayoutReleased(&_RewardRatePool.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_RewardRatePool *RewardRatePoolTransactor) RenounceOwnership(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RewardRatePool.contract.Transact(opts, "renounceOwnership")
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_RewardRatePool *RewardRatePoolSession) RenounceOwnership() (*types.Transaction, error) {
	return _RewardRatePool.Contract.RenounceOwnership(&_RewardRatePool.TransactOpts)
}

// RenounceOwnership is a paid mutator transaction binding the contract method 0x715018a6.
//
// Solidity: function renounceOwnership() returns()
func (_RewardRatePool *RewardRatePoolTransactorSession) RenounceOwnership() (*types.Transaction, error) {
	return _RewardRatePool.Contract.RenounceOwnership(&_RewardRatePool.TransactOpts)
}

// SetBeneficiary is a paid mutator transaction binding the contract method 0x1c31f710.
//
// Solidity: function setBeneficiary(address newBeneficiary) returns()
func (_RewardRatePool *RewardRatePoolTransactor) SetBeneficiary(opts *bind.TransactOpts, newBeneficiary common.Address) (*types.Transaction, error) {
	return _RewardRatePool.contract.Transact(opts, "setBeneficiary", newBeneficiary)
}

// SetBeneficiary is a paid mutator transaction binding the contract method 0x1c31f710.
//
// Solidity: function setBeneficiary(address newBeneficiary) returns()
func (_RewardRatePool *RewardRatePoolSession) SetBeneficiary(newBeneficiary common.Address) (*types.Transaction, error) {
	return _RewardRatePool.Contract.SetBeneficiary(&_RewardRatePool.TransactOpts, newBeneficiary)
}

// SetBeneficiary is a paid mutator transaction binding the contract method 0x1c31f710.
//
// Solidity: function setBeneficiary(address newBeneficiary) returns()
func (_RewardRatePool *RewardRatePoolTransactorSession) SetBeneficiary(newBeneficiary common.Address) (*types.Transaction, error) {
	return _RewardRatePool.Contract.SetBeneficiary(&_RewardRatePool.TransactOpts, newBeneficiary)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_RewardRatePool *RewardRatePoolTransactor) TransferOwnership(opts *bind.TransactOpts, newOwner common.Address) (*types.Transaction, error) {
	return _RewardRatePool.contract.Transact(opts, "transferOwnership", newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_RewardRatePool *RewardRatePoolSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _RewardRatePool.Contract.TransferOwnership(&_RewardRatePool.TransactOpts, newOwner)
}

// TransferOwnership is a paid mutator transaction binding the contract method 0xf2fde38b.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (_RewardRatePool *RewardRatePoolTransactorSession) TransferOwnership(newOwner common.Address) (*types.Transaction, error) {
	return _RewardRatePool.Contract.TransferOwnership(&_RewardRatePool.TransactOpts, newOwner)
}

// RewardRatePoolBeneficiaryUpdatedIterator is returned from FilterBeneficiaryUpdated and is used to iterate over the raw logs and unpacked data for BeneficiaryUpdated events raised by the RewardRatePool contract.
type RewardRatePoolBeneficiaryUpdatedIterator struct {
	Event *RewardRatePoolBeneficiaryUpdated // Event containing the contract specifics and raw log

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
func (it *RewardRatePoolBeneficiaryUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardRatePoolBeneficiaryUpdated)
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
		it.Event = new(RewardRatePoolBeneficiaryUpdated)
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
func (it *RewardRatePoolBeneficiaryUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardRatePoolBeneficiaryUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardRatePoolBeneficiaryUpdated represents a BeneficiaryUpdated event raised by the RewardRatePool contract.
type RewardRatePoolBeneficiaryUpdated struct {
	NewBeneficiary common.Address
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterBeneficiaryUpdated is a free log retrieval operation binding the contract event 0xeee59a71c694e68368a1cb0d135c448051bbfb12289e6c2223b0ceb100c2321d.
//
// Solidity: event BeneficiaryUpdated(address newBeneficiary)
func (_RewardRatePool *RewardRatePoolFilterer) FilterBeneficiaryUpdated(opts *bind.FilterOpts) (*RewardRatePoolBeneficiaryUpdatedIterator, error) {

	logs, sub, err := _RewardRatePool.contract.FilterLogs(opts, "BeneficiaryUpdated")
	if err != nil {
		return nil, err
	}
	return &RewardRatePoolBeneficiaryUpdatedIterator{contract: _RewardRatePool.contract, event: "BeneficiaryUpdated", logs: logs, sub: sub}, nil
}

// WatchBeneficiaryUpdated is a free log subscription operation binding the contract event 0xeee59a71c694e68368a1cb0d135c448051bbfb12289e6c2223b0ceb100c2321d.
//
// Solidity: event BeneficiaryUpdated(address newBeneficiary)
func (_RewardRatePool *RewardRatePoolFilterer) WatchBeneficiaryUpdated(opts *bind.WatchOpts, sink chan<- *RewardRatePoolBeneficiaryUpdated) (event.Subscription, error) {

	logs, sub, err := _RewardRatePool.contract.WatchLogs(opts, "BeneficiaryUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardRatePoolBeneficiaryUpdated)
				if err := _RewardRatePool.contract.UnpackLog(event, "BeneficiaryUpdated", log); err != nil {
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

// ParseBeneficiaryUpdated is a log parse operation binding the contract event 0xeee59a71c694e68368a1cb0d135c448051bbfb12289e6c2223b0ceb100c2321d.
//
// Solidity: event BeneficiaryUpdated(address newBeneficiary)
func (_RewardRatePool *RewardRatePoolFilterer) ParseBeneficiaryUpdated(log types.Log) (*RewardRatePoolBeneficiaryUpdated, error) {
	event := new(RewardRatePoolBeneficiaryUpdated)
	if err := _RewardRatePool.contract.UnpackLog(event, "BeneficiaryUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardRatePoolFundsReleasedIterator is returned from FilterFundsReleased and is used to iterate over the raw logs and unpacked data for FundsReleased events raised by the RewardRatePool contract.
type RewardRatePoolFundsReleasedIterator struct {
	Event *RewardRatePoolFundsReleased // Event containing the contract specifics and raw log

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
func (it *RewardRatePoolFundsReleasedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardRatePoolFundsReleased)
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
		it.Event = new(RewardRatePoolFundsReleased)
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
func (it *RewardRatePoolFundsReleasedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardRatePoolFundsReleasedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardRatePoolFundsReleased represents a FundsReleased event raised by the RewardRatePool contract.
type RewardRatePoolFundsReleased struct {
	Amount *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterFundsReleased is a free log retrieval operation binding the contract event 0x952b264c8e0a06cddb4bbaa6d6af1d565145329fd95bbe72cb2b53942b2dc966.
//
// Solidity: event FundsReleased(uint256 amount)
func (_RewardRatePool *RewardRatePoolFilterer) FilterFundsReleased(opts *bind.FilterOpts) (*RewardRatePoolFundsReleasedIterator, error) {

	logs, sub, err := _RewardRatePool.contract.FilterLogs(opts, "FundsReleased")
	if err != nil {
		return nil, err
	}
	return &RewardRatePoolFundsReleasedIterator{contract: _RewardRatePool.contract, event: "FundsReleased", logs: logs, sub: sub}, nil
}

// WatchFundsReleased is a free log subscription operation binding the contract event 0x952b264c8e0a06cddb4bbaa6d6af1d565145329fd95bbe72cb2b53942b2dc966.
//
// Solidity: event FundsReleased(uint256 amount)
func (_RewardRatePool *RewardRatePoolFilterer) WatchFundsReleased(opts *bind.WatchOpts, sink chan<- *RewardRatePoolFundsReleased) (event.Subscription, error) {

	logs, sub, err := _RewardRatePool.contract.WatchLogs(opts, "FundsReleased")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardRatePoolFundsReleased)
				if err := _RewardRatePool.contract.UnpackLog(event, "FundsReleased", log); err != nil {
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

// ParseFundsReleased is a log parse operation binding the contract event 0x952b264c8e0a06cddb4bbaa6d6af1d565145329fd95bbe72cb2b53942b2dc966.
//
// Solidity: event FundsReleased(uint256 amount)
func (_RewardRatePool *RewardRatePoolFilterer) ParseFundsReleased(log types.Log) (*RewardRatePoolFundsReleased, error) {
	event := new(RewardRatePoolFundsReleased)
	if err := _RewardRatePool.contract.UnpackLog(event, "FundsReleased", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardRatePoolInitializedIterator is returned from FilterInitialized and is used to iterate over the raw logs and unpacked data for Initialized events raised by the RewardRatePool contract.
type RewardRatePoolInitializedIterator struct {
	Event *RewardRatePoolInitialized // Event containing the contract specifics and raw log

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
func (it *RewardRatePoolInitializedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardRatePoolInitialized)
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
		it.Event = new(RewardRatePoolInitialized)
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
func (it *RewardRatePoolInitializedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardRatePoolInitializedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardRatePoolInitialized represents a Initialized event raised by the RewardRatePool contract.
type RewardRatePoolInitialized struct {
	Version uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterInitialized is a free log retrieval operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_RewardRatePool *RewardRatePoolFilterer) FilterInitialized(opts *bind.FilterOpts) (*RewardRatePoolInitializedIterator, error) {

	logs, sub, err := _RewardRatePool.contract.FilterLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return &RewardRatePoolInitializedIterator{contract: _RewardRatePool.contract, event: "Initialized", logs: logs, sub: sub}, nil
}

// WatchInitialized is a free log subscription operation binding the contract event 0xc7f505b2f371ae2175ee4913f4499e1f2633a7b5936321eed1cdaeb6115181d2.
//
// Solidity: event Initialized(uint64 version)
func (_RewardRatePool *RewardRatePoolFilterer) WatchInitialized(opts *bind.WatchOpts, sink chan<- *RewardRatePoolInitialized) (event.Subscription, error) {

	logs, sub, err := _RewardRatePool.contract.WatchLogs(opts, "Initialized")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardRatePoolInitialized)
				if err := _RewardRatePool.contract.UnpackLog(event, "Initialized", log); err != nil {
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
func (_RewardRatePool *RewardRatePoolFilterer) ParseInitialized(log types.Log) (*RewardRatePoolInitialized, error) {
	event := new(RewardRatePoolInitialized)
	if err := _RewardRatePool.contract.UnpackLog(event, "Initialized", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardRatePoolOwnershipTransferStartedIterator is returned from FilterOwnershipTransferStarted and is used to iterate over the raw logs and unpacked data for OwnershipTransferStarted events raised by the RewardRatePool contract.
type RewardRatePoolOwnershipTransferStartedIterator struct {
	Event *RewardRatePoolOwnershipTransferStarted // Event containing the contract specifics and raw log

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
func (it *RewardRatePoolOwnershipTransferStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardRatePoolOwnershipTransferStarted)
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
		it.Event = new(RewardRatePoolOwnershipTransferStarted)
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
func (it *RewardRatePoolOwnershipTransferStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardRatePoolOwnershipTransferStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardRatePoolOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the RewardRatePool contract.
type RewardRatePoolOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferStarted is a free log retrieval operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_RewardRatePool *RewardRatePoolFilterer) FilterOwnershipTransferStarted(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*RewardRatePoolOwnershipTransferStartedIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _RewardRatePool.contract.FilterLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &RewardRatePoolOwnershipTransferStartedIterator{contract: _RewardRatePool.contract, event: "OwnershipTransferStarted", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferStarted is a free log subscription operation binding the contract event 0x38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e22700.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (_RewardRatePool *RewardRatePoolFilterer) WatchOwnershipTransferStarted(opts *bind.WatchOpts, sink chan<- *RewardRatePoolOwnershipTransferStarted, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _RewardRatePool.contract.WatchLogs(opts, "OwnershipTransferStarted", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardRatePoolOwnershipTransferStarted)
				if err := _RewardRatePool.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
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
func (_RewardRatePool *RewardRatePoolFilterer) ParseOwnershipTransferStarted(log types.Log) (*RewardRatePoolOwnershipTransferStarted, error) {
	event := new(RewardRatePoolOwnershipTransferStarted)
	if err := _RewardRatePool.contract.UnpackLog(event, "OwnershipTransferStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RewardRatePoolOwnershipTransferredIterator is returned from FilterOwnershipTransferred and is used to iterate over the raw logs and unpacked data for OwnershipTransferred events raised by the RewardRatePool contract.
type RewardRatePoolOwnershipTransferredIterator struct {
	Event *RewardRatePoolOwnershipTransferred // Event containing the contract specifics and raw log

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
func (it *RewardRatePoolOwnershipTransferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RewardRatePoolOwnershipTransferred)
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
		it.Event = new(RewardRatePoolOwnershipTransferred)
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
func (it *RewardRatePoolOwnershipTransferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RewardRatePoolOwnershipTransferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RewardRatePoolOwnershipTransferred represents a OwnershipTransferred event raised by the RewardRatePool contract.
type RewardRatePoolOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterOwnershipTransferred is a free log retrieval operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_RewardRatePool *RewardRatePoolFilterer) FilterOwnershipTransferred(opts *bind.FilterOpts, previousOwner []common.Address, newOwner []common.Address) (*RewardRatePoolOwnershipTransferredIterator, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _RewardRatePool.contract.FilterLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return &RewardRatePoolOwnershipTransferredIterator{contract: _RewardRatePool.contract, event: "OwnershipTransferred", logs: logs, sub: sub}, nil
}

// WatchOwnershipTransferred is a free log subscription operation binding the contract event 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (_RewardRatePool *RewardRatePoolFilterer) WatchOwnershipTransferred(opts *bind.WatchOpts, sink chan<- *RewardRatePoolOwnershipTransferred, previousOwner []common.Address, newOwner []common.Address) (event.Subscription, error) {

	var previousOwnerRule []interface{}
	for _, previousOwnerItem := range previousOwner {
		previousOwnerRule = append(previousOwnerRule, previousOwnerItem)
	}
	var newOwnerRule []interface{}
	for _, newOwnerItem := range newOwner {
		newOwnerRule = append(newOwnerRule, newOwnerItem)
	}

	logs, sub, err := _RewardRatePool.contract.WatchLogs(opts, "OwnershipTransferred", previousOwnerRule, newOwnerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RewardRatePoolOwnershipTransferred)
				if err := _RewardRatePool.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
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
func (_RewardRatePool *RewardRatePoolFilterer) ParseOwnershipTransferred(log types.Log) (*RewardRatePoolOwnershipTransferred, error) {
	event := new(RewardRatePoolOwnershipTransferred)
	if err := _RewardRatePool.contract.UnpackLog(event, "OwnershipTransferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
