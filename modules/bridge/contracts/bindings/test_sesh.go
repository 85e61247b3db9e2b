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

// TestSESHMetaData contains all meta data concerning the TestSESH contract.
var TestSESHMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60a0604052348015600e575f5ffd5b50336080526080516106c96100315f395f818160f8015261035201526106c95ff3fe608060405234801561000f575f5ffd5b50600436106100a6575f3560e01c8063313ce5671161006e578063313ce5671461017e57806340c10f191461019857806370a08231146101ad57806395d89b41146101cc578063a9059cbb146101ef578063dd62ed3e14610202575f5ffd5b806306fdde03146100aa57806307546172146100f3578063095ea7b31461013257806318160ddd1461015557806323b872dd1461016b575b5f5ffd5b6100dd6040518060400160405280601481526020017353657373696f6e20546f6b656e2028746573742960601b81525081565b6040516100ea9190610556565b60405180910390f35b61011a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100ea565b6101456101403660046105a6565b61022c565b60405190151581526020016100ea565b61015d5f5481565b6040519081526020016100ea565b6101456101793660046105ce565b610298565b610186600981565b60405160ff90911681526020016100ea565b6101ab6101a63660046105a6565b610347565b005b61015d6101bb366004610608565b60016020525f908152604090205481565b6100dd604051806040016040528060048152602001630a68aa6960e31b81525081565b6101456101fd3660046105a6565b61043c565b61015d610210366004610628565b600260209081525f928352604080842090915290825290205481565b335f8181526002602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925906102869086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0383165f908152600260209081526040808320338452909152812054828110156103045760405162461bcd60e51b8152602060048201526011602482015270616c6c6f77616e636520746f6f206c6f7760781b60448201526064015b60405180910390fd5b61030e838261066d565b6001600160a01b0386165f90815260026020908152604080832033845290915290205561033c858585610451565b506001949350505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146103b75760405162461bcd60e51b81526020600482015260156024820152746f6e6c7920746865206d696e746572206d696e747360581b60448201526064016102fb565b805f5f8282546103c79190610680565b90915550506001600160a01b0382165f90815260016020526040812080548392906103f3908490610680565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b5f610448338484610451565b50600192915050565b6001600160a01b0383165f908152600160205260409020548111156104aa5760405162461bcd60e51b815260206004820152600f60248201526e62616c616e636520746f6f206c6f7760881b60448201526064016102fb565b6001600160a01b0383165f90815260016020526040812080548392906104d190849061066d565b90915550506001600160a01b0382165f90815260016020526040812080548392906104fd908490610680565b92505081905550816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161054991815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146105a1575f5ffd5b919050565b5f5f604083850312156105b7575f5ffd5b6105c08361058b565b946020939093013593505050565b5f5f5f606084860312156105e0575f5ffd5b6105e98461058b565b92506105f76020850161058b565b929592945050506040919091013590565b5f60208284031215610618575f5ffd5b6106218261058b565b9392505050565b5f5f60408385031215610639575f5ffd5b6106428361058b565b91506106506020840161058b565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561029257610292610659565b808201808211156102925761029261065956fea26469706673582212209ccaa5d674b565b6ada1f969bd6699cb74c3a405ac2a00a028a6686bc356936764736f6c634300081c0033",
}

// TestSESHABI is the input ABI used to generate the binding from.
// Deprecated: Use TestSESHMetaData.ABI instead.
var TestSESHABI = TestSESHMetaData.ABI

// TestSESHBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use TestSESHMetaData.Bin instead.
var TestSESHBin = TestSESHMetaData.Bin

// DeployTestSESH deploys a new Ethereum contract, binding an instance of TestSESH to it.
func DeployTestSESH(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *TestSESH, error) {
	parsed, err := TestSESHMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(TestSESHBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &TestSESH{TestSESHCaller: TestSESHCaller{contract: contract}, TestSESHTransactor: TestSESHTransactor{contract: contract}, TestSESHFilterer: TestSESHFilterer{contract: contract}}, nil
}

// TestSESH is an auto generated Go binding around an Ethereum contract.
type TestSESH struct {
	TestSESHCaller     // Read-only binding to the contract
	TestSESHTransactor // Write-only binding to the contract
	TestSESHFilterer   // Log filterer for contract events
}

// TestSESHCaller is an auto generated read-only Go binding around an Ethereum contract.
type TestSESHCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestSESHTransactor is an auto generated write-only Go binding around an Ethereum contract.
type TestSESHTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestSESHFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type TestSESHFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// TestSESHSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type TestSESHSession struct {
	Contract     *TestSESH         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// TestSESHCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type TestSESHCallerSession struct {
	Contract *TestSESHCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// TestSESHTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type TestSESHTransactorSession struct {
	Contract     *TestSESHTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// TestSESHRaw is an auto generated low-level Go binding around an Ethereum contract.
type TestSESHRaw struct {
	Contract *TestSESH // Generic contract binding to access the raw methods on
}

// TestSESHCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type TestSESHCallerRaw struct {
	Contract *TestSESHCaller // Generic read-only contract binding to access the raw methods on
}

// TestSESHTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type TestSESHTransactorRaw struct {
	Contract *TestSESHTransactor // Generic write-only contract binding to access the raw methods on
}

// NewTestSESH creates a new instance of TestSESH, bound to a specific deployed contract.
func NewTestSESH(address common.Address, backend bind.ContractBackend) (*TestSESH, error) {
	contract, err := bindTestSESH(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &TestSESH{TestSESHCaller: TestSESHCaller{contract: contract}, TestSESHTransactor: TestSESHTransactor{contract: contract}, TestSESHFilterer: TestSESHFilterer{contract: contract}}, nil
}

// NewTestSESHCaller creates a new read-only instance of TestSESH, bound to a specific deployed contract.
func NewTestSESHCaller(address common.Address, caller bind.ContractCaller) (*TestSESHCaller, error) {
	contract, err := bindTestSESH(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &TestSESHCaller{contract: contract}, nil
}

// NewTestSESHTransactor creates a new write-only instance of TestSESH, bound to a specific deployed contract.
func NewTestSESHTransactor(address common.Address, transactor bind.ContractTransactor) (*TestSESHTransactor, error) {
	contract, err := bindTestSESH(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &TestSESHTransactor{contract: contract}, nil
}

// NewTestSESHFilterer creates a new log filterer instance of TestSESH, bound to a specific deployed contract.
func NewTestSESHFilterer(address common.Address, filterer bind.ContractFilterer) (*TestSESHFilterer, error) {
	contract, err := bindTestSESH(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &TestSESHFilterer{contract: contract}, nil
}

// bindTestSESH binds a generic wrapper to an already deployed contract.
func bindTestSESH(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := TestSESHMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TestSESH *TestSESHRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TestSESH.Contract.TestSESHCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TestSESH *TestSESHRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TestSESH.Contract.TestSESHTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TestSESH *TestSESHRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TestSESH.Contract.TestSESHTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_TestSESH *TestSESHCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _TestSESH.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_TestSESH *TestSESHTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _TestSESH.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_TestSESH *TestSESHTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _TestSESH.Contract.contract.Transact(opts, method, params...)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_TestSESH *TestSESHCaller) Allowance(opts *bind.CallOpts, arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TestSESH.contract.Call(opts, &out, "allowance", arg0, arg1)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_TestSESH *TestSESHSession) Allowance(arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	return _TestSESH.Contract.Allowance(&_TestSESH.CallOpts, arg0, arg1)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (_TestSESH *TestSESHCallerSession) Allowance(arg0 common.Address, arg1 common.Address) (*big.Int, error) {
	return _TestSESH.Contract.Allowance(&_TestSESH.CallOpts, arg0, arg1)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_TestSESH *TestSESHCaller) BalanceOf(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _TestSESH.contract.Call(opts, &out, "balanceOf", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_TestSESH *TestSESHSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _TestSESH.Contract.BalanceOf(&_TestSESH.CallOpts, arg0)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (_TestSESH *TestSESHCallerSession) BalanceOf(arg0 common.Address) (*big.Int, error) {
	return _TestSESH.Contract.BalanceOf(&_TestSESH.CallOpts, arg0)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TestSESH *TestSESHCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _TestSESH.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TestSESH *TestSESHSession) Decimals() (uint8, error) {
	return _TestSESH.Contract.Decimals(&_TestSESH.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (_TestSESH *TestSESHCallerSession) Decimals() (uint8, error) {
	return _TestSESH.Contract.Decimals(&_TestSESH.CallOpts)
}

// Minter is a free data retrieval call binding the contract method 0x07546172.
//
// Solidity: function minter() view returns(address)
func (_TestSESH *TestSESHCaller) Minter(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _TestSESH.contract.Call(opts, &out, "minter")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Minter is a free data retrieval call binding the contract method 0x07546172.
//
// Solidity: function minter() view returns(address)
func (_TestSESH *TestSESHSession) Minter() (common.Address, error) {
	return _TestSESH.Contract.Minter(&_TestSESH.CallOpts)
}

// Minter is a free data retrieval call binding the contract method 0x07546172.
//
// Solidity: function minter() view returns(address)
func (_TestSESH *TestSESHCallerSession) Minter() (common.Address, error) {
	return _TestSESH.Contract.Minter(&_TestSESH.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestSESH *TestSESHCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TestSESH.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestSESH *TestSESHSession) Name() (string, error) {
	return _TestSESH.Contract.Name(&_TestSESH.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_TestSESH *TestSESHCallerSession) Name() (string, error) {
	return _TestSESH.Contract.Name(&_TestSESH.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestSESH *TestSESHCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _TestSESH.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestSESH *TestSESHSession) Symbol() (string, error) {
	return _TestSESH.Contract.Symbol(&_TestSESH.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_TestSESH *TestSESHCallerSession) Symbol() (string, error) {
	return _TestSESH.Contract.Symbol(&_TestSESH.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestSESH *TestSESHCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _TestSESH.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestSESH *TestSESHSession) TotalSupply() (*big.Int, error) {
	return _TestSESH.Contract.TotalSupply(&_TestSESH.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_TestSESH *TestSESHCallerSession) TotalSupply() (*big.Int, error) {
	return _TestSESH.Contract.TotalSupply(&_TestSESH.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TestSESH *TestSESHTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestSESH.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TestSESH *TestSESHSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestSESH.Contract.Approve(&_TestSESH.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_TestSESH *TestSESHTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestSESH.Contract.Approve(&_TestSESH.TransactOpts, spender, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 value) returns()
func (_TestSESH *TestSESHTransactor) Mint(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestSESH.contract.Transact(opts, "mint", to, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 value) returns()
func (_TestSESH *TestSESHSession) Mint(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestSESH.Contract.Mint(&_TestSESH.TransactOpts, to, value)
}

// Mint is a paid mutator transaction binding the contract method 0x40c10f19.
//
// Solidity: function mint(address to, uint256 value) returns()
func (_TestSESH *TestSESHTransactorSession) Mint(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestSESH.Contract.Mint(&_TestSESH.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TestSESH *TestSESHTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestSESH.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TestSESH *TestSESHSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestSESH.Contract.Transfer(&_TestSESH.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_TestSESH *TestSESHTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestSESH.Contract.Transfer(&_TestSESH.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TestSESH *TestSESHTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestSESH.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TestSESH *TestSESHSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestSESH.Contract.TransferFrom(&_TestSESH.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_TestSESH *TestSESHTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _TestSESH.Contract.TransferFrom(&_TestSESH.TransactOpts, from, to, value)
}

// TestSESHApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the TestSESH contract.
type TestSESHApprovalIterator struct {
	Event *TestSESHApproval // Event containing the contract specifics and raw log

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
func (it *TestSESHApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TestSESHApproval)
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
		it.Event = new(TestSESHApproval)
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
func (it *TestSESHApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TestSESHApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TestSESHApproval represents a Approval event raised by the TestSESH contract.
type TestSESHApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestSESH *TestSESHFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*TestSESHApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _TestSESH.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &TestSESHApprovalIterator{contract: _TestSESH.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestSESH *TestSESHFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *TestSESHApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _TestSESH.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TestSESHApproval)
				if err := _TestSESH.contract.UnpackLog(event, "Approval", log); err != nil {
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

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_TestSESH *TestSESHFilterer) ParseApproval(log types.Log) (*TestSESHApproval, error) {
	event := new(TestSESHApproval)
	if err := _TestSESH.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// TestSESHTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the TestSESH contract.
type TestSESHTransferIterator struct {
	Event *TestSESHTransfer // Event containing the contract specifics and raw log

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
func (it *TestSESHTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(TestSESHTransfer)
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
		it.Event = new(TestSESHTransfer)
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
func (it *TestSESHTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *TestSESHTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// TestSESHTransfer represents a Transfer event raised by the TestSESH contract.
type TestSESHTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestSESH *TestSESHFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*TestSESHTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TestSESH.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &TestSESHTransferIterator{contract: _TestSESH.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestSESH *TestSESHFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *TestSESHTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _TestSESH.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(TestSESHTransfer)
				if err := _TestSESH.contract.UnpackLog(event, "Transfer", log); err != nil {
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

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_TestSESH *TestSESHFilterer) ParseTransfer(log types.Log) (*TestSESHTransfer, error) {
	event := new(TestSESHTransfer)
	if err := _TestSESH.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
