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

// BLSTestHarnessMetaData contains all meta data concerning the BLSTestHarness contract.
var BLSTestHarnessMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"p\",\"type\":\"uint256[4]\"}],\"name\":\"clearCofactor\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"constants\",\"outputs\":[{\"internalType\":\"uint256[7]\",\"name\":\"\",\"type\":\"uint256[7]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dst\",\"type\":\"bytes32\"}],\"name\":\"expandMessageXMD\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"c\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"d\",\"type\":\"uint256\"}],\"name\":\"fq2Sqrt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dst\",\"type\":\"bytes32\"}],\"name\":\"hashToField\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dst\",\"type\":\"bytes32\"}],\"name\":\"hashToG2\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dst\",\"type\":\"bytes32\"}],\"name\":\"mapToG2\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"sig\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[2]\",\"name\":\"pk\",\"type\":\"uint256[2]\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"dst\",\"type\":\"bytes32\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50611bcd8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c806372de5b2f1161005857806372de5b2f146101285780639e3e1b441461013d578063a6b3d9af14610150578063c37a3b8314610173575f5ffd5b806312964fa21461008957806313e0e232146100b25780631dba317f146100e55780636c47d32e146100f8575b5f5ffd5b61009c61009736600461184d565b61019b565b6040516100a9919061188f565b60405180910390f35b6100c56100c036600461184d565b6101b6565b6040805194855260208501939093529183015260608201526080016100a9565b61009c6100f3366004611911565b6101d4565b61010b61010636600461184d565b6101e5565b6040805193845260208401929092521515908201526060016100a9565b6101306101ff565b6040516100a9919061192b565b61009c61014b36600461184d565b610306565b61016361015e366004611952565b610318565b60405190151581526020016100a9565b6101866101813660046119f8565b610336565b604080519283526020830191909152016100a9565b6101a36116c8565b6101ad838361034e565b90505b92915050565b5f5f5f5f6101c48686610445565b9299919850965090945092505050565b6101dc6116c8565b6101b082610572565b5f5f5f6101f28585610671565b9250925092509250925092565b6102076116e6565b6040518060e001604052807f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e581526020017e9713b03af0fed4cd2cafadeed8fdf4a74fa084e52d1852e4a2bd0685c315d281526020017f2fb347984f7911f74c0bec3cf559b143b78cc310c2c3330c99e39557176f553d81526020017f16c9e55061ebae204ba4cc8bd75a079432ae2a1d0b7c9dce1665d51c640fcba281526020017f063cf305489af5dcdc5ec698b6e2f9b9dbaae0eda9c95998dc54014671a0135a81526020017f07c03cbcac41049a0704b5a7ec796f2b21807dc98fa25bd282d37f632623b0e381526020016744e992b44a6909f1815250905090565b61030e6116c8565b6101ad8383610710565b5f61032d85856103288686610710565b61072a565b95945050505050565b5f5f61034284846108d6565b915091505b9250929050565b6103566116c8565b6040515f9061036b9085908390602001611a2f565b60408051601f1981840301815291905290505f5b6101008110156103ed578060f81b826001845161039c9190611a67565b815181106103ac576103ac611a7a565b60200101906001600160f81b03191690815f1a9053505f5f6103ce8487610a02565b9150915081156103e35793506101b092505050565b505060010161037f565b5060405162461bcd60e51b815260206004820152602160248201527f6861736820746f2047323a206e6f20706f696e7420696e2032353620747269656044820152607360f81b60648201526084015b60405180910390fd5b60408051608880825260c082019092525f918291829182918291602082018180368337505060405161048692915089906080905f908b906020908101611a8e565b6040516020818303038152906040528051906020012090508060018760206040516020016104b79493929190611ae6565b60405160208183030381529060405280519060200120945084811860028760206040516020016104ea9493929190611ae6565b604051602081830303815290604052805190602001209350838118600387602060405160200161051d9493929190611ae6565b60405160208183030381529060405280519060200120925082811860048760206040516020016105509493929190611ae6565b6040516020818303038152906040528051906020012091505092959194509250565b61057a6116c8565b5f6040518060c00160405280845f6004811061059857610598611a7a565b60200201518152602001846001600481106105b5576105b5611a7a565b60200201518152602001846002600481106105d2576105d2611a7a565b60200201518152602001846003600481106105ef576105ef611a7a565b60200201518152602001600181526020015f81525090505f610619826744e992b44a6909f1610b50565b90505f61063f8261063a61063561062f86610bab565b86610e67565b6111e3565b610e67565b90506106518161063a610635856111e3565b90506106668161063a610635610635876111e3565b905061032d816112d4565b5f5f5f5f5f5f5f6106828989610445565b93509350935093505f516020611b785f395f51905f52806106a5576106a5611b15565b608084901c5f516020611b785f395f51905f52600160801b87090896505f516020611b785f395f51905f52825f516020611b785f395f51905f5280600160801b80096fffffffffffffffffffffffffffffffff87160908969996985060019081161496505050505050565b6107186116c8565b6101ad610725848461034e565b610572565b5f5f610735846113b8565b90505f60405180610180016040528060018152602001600281526020018760016004811061076557610765611a7a565b60200201518152602001875f6004811061078157610781611a7a565b602002015181526020018760036004811061079e5761079e611a7a565b60200201518152602001876002600481106107bb576107bb611a7a565b60200201518152602001835f600281106107d7576107d7611a7a565b60200201518152602001836001600281106107f4576107f4611a7a565b602002015181526020018560016004811061081157610811611a7a565b60200201518152602001855f6004811061082d5761082d611a7a565b602002015181526020018560036004811061084a5761084a611a7a565b602002015181526020018560026004811061086757610867611a7a565b602002015190529050610878611704565b5f6020826101808560085afa9050806108c75760405162461bcd60e51b8152602060048201526011602482015270496e76616c6964205369676e617475726560781b604482015260640161043c565b50516001149695505050505050565b5f5f5f5f845f03610909576108ea8661142b565b9092509050806108fb575f826108fe565b815f5b935093505050610347565b6109355f516020611b785f395f51905f52808788095f516020611b785f395f51905f52898a090861142b565b90925090508061094c575f5f935093505050610347565b5f61096e6109695f516020611b785f395f51905f52858a08611471565b61142b565b92509050816109b25761099b6109695f516020611b785f395f51905f52610994866114ae565b8a08611471565b92509050816109b2575f5f94509450505050610347565b805f516020611b785f395f51905f526109f25f516020611b785f395f51905f528485086109ed60025f516020611b785f395f51905f52611a67565b6114d3565b8809945094505050509250929050565b5f610a0b6116c8565b5f5f5f610a188787610671565b9250925092505f5f610a2c85858787611570565b91509150610a3c82828787611570565b9092509050610a8c82827f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e57e9713b03af0fed4cd2cafadeed8fdf4a74fa084e52d1852e4a2bd0685c315d26115dc565b90925090505f80610a9d84846108d6565b91509150815f1480610aad575080155b15610ac1575f985050505050505050610347565b8415610afb57610ade825f516020611b785f395f51905f52611a67565b610af5825f516020611b785f395f51905f52611a67565b90925090505b5f5f610b0984848686611570565b9150915060405180608001604052808a81526020018981526020018581526020018481525099508582148015610b3e57508481145b9a505050505050505050509250929050565b610b58611722565b6101005b8015610ba457610b6b82610bab565b9150610b78600182611a67565b83901c600116600103610b9257610b8f8285610e67565b91505b80610b9c81611b29565b915050610b5c565b5092915050565b610bb3611722565b6080820151158015610bc7575060a0820151155b15610bd0575090565b610bd8611740565b82516020840151610bf39190818660015b6020020151611570565b6020830152815260408301516060840151610c12919081866003610be9565b606083015260408201819052610c38908260035b60200201516040840151846003610be9565b60a08301526080820152825160208401516040830151610c629291908460035b60200201516115dc565b60e083015260c08201819052610c88908260075b602002015160c0840151846007610be9565b60e0830181905260c083018290528251610cac9291908460015b602002015161160d565b60e0830181905260c083018290526080830151610ccd929190846005610ca2565b60e0830181905260c08301829052610ce9919081846007610c58565b60e083015260c082015280515f516020611b785f395f51905f5290600390095f516020611b785f395f51905f5260038360016020020151096020830152808252610d40908260015b60200201518351846001610be9565b606083018190526040830182905260c0830151610d8d9291905f516020611b785f395f51905f5290800860e08501515f516020611b785f395f51905f52908660075b60200201510861160d565b602084015282526040830151610db3908460035b60200201516080860151866005610be9565b60a0840181905260808401829052610dcf919081856005610c58565b60a0840152608083015260c0810151610df5908260075b60200201518451856001610ca2565b60e083015260c08201528051610e0d90826001610c76565b60e0830181905260c083018290526080830151610e579291905f516020611b785f395f51905f5290600890095f516020611b785f395f51905f52600886600560200201510961160d565b6060840152604083015250919050565b610e6f611722565b6080830151158015610e83575060a0830151155b15610e8f5750806101b0565b6080820151158015610ea3575060a0820151155b15610eaf5750816101b0565b610eb761175f565b6080840151610ed6908560055b60200201516080870151876005610be9565b602083015281526080830151610eee90846005610da1565b60608301526040820181905284516020860151610f0d92846003610be9565b60a08301526080820152825160208401518251610f2e929190846001610be9565b60e083015260c08201526040840151610f4990856003610da1565b610120830152610100820152610f698160085b6020020151826009610c26565b6101208301526101008201526040830151610f8690846003610ec4565b6101608301526101408201819052610fa09082600b610d31565b61016083015261014082015260c081015160e08201516080830151610fc9929190846005610ca2565b60e083015260c0820152610140810151610160820151610100830151610ff3929190846009610ca2565b61016083015261014082015260c0810151158015611013575060e0810151155b1561104a5761014081015115801561102e5750610160810151155b156110445761103c84610bab565b9150506101b0565b506101b0565b60c081015160e0820151611062919081846007610be9565b6020830152815260c081015161107a90826007610d31565b60608301526040820152608081015161109590826005610d31565b60a083015260808201526101408101516101608201516110b991908184600b610be9565b6101a08301819052610180830182905260408301516110dc929190846003610ca2565b6101a08301819052610180830182905260808301516111249291905f516020611b785f395f51905f5290800860a08501515f516020611b785f395f51905f5290866005610d82565b60208401528252608081015161113c90826005610de6565b6101a083015261018082018190526101408201516101608301516111629284600d610be9565b6101a0830152610180820152611179816008610f5c565b6101e08301526101c082018190526101808201516101a083015161119f9284600f610ca2565b6060840152604083015260808401516111ba90856005610da1565b60a0840152608083018190526111d290836005610c76565b60a084015260808301525092915050565b6111eb611722565b8151611249906112028460015b60200201516114ae565b7f2fb347984f7911f74c0bec3cf559b143b78cc310c2c3330c99e39557176f553d7f16c9e55061ebae204ba4cc8bd75a079432ae2a1d0b7c9dce1665d51c640fcba2611570565b6020830152815260408201516112ab906112648460036111f8565b7f063cf305489af5dcdc5ec698b6e2f9b9dbaae0eda9c95998dc54014671a0135a7f07c03cbcac41049a0704b5a7ec796f2b21807dc98fa25bd282d37f632623b0e3611570565b6060830152604082015260808201516112c58360056111f8565b60a08301526080820152919050565b6112dc6116c8565b60808201511515806112f1575060a082015115155b6113345760405162461bcd60e51b8152602060048201526014602482015273473220706f696e7420617420696e66696e69747960601b604482015260640161043c565b5f8061134e8460046020020151856005602002015161164e565b915091505f5f61136084848686611570565b8751919350915061137b908760015b60200201518484611570565b6020870152855261138e82828686611570565b604088015191935091506113a49087600361136f565b606087015260408601525092949350505050565b6113c061177e565b81511580156113d157506020820151155b156113da575090565b6040805180820190915282518152602081015f516020611b785f395f51905f52846001602002015161140c9190611b3e565b611423905f516020611b785f395f51905f52611a67565b905292915050565b5f8061145583600461144b5f516020611b785f395f51905f526001611b51565b6109ed9190611b64565b9150825f516020611b785f395f51905f52838409149050915091565b5f60018216156114a35760026114945f516020611b785f395f51905f5284611b51565b61149e9190611b64565b6101b0565b6101b0600283611b64565b5f81156114cc5761149e825f516020611b785f395f51905f52611a67565b5f92915050565b5f5f6040518060c001604052806020815260200160208152602001602081526020018581526020018481526020015f516020611b785f395f51905f52815250905061151c611704565b5f60208260c08560055afa9050806115665760405162461bcd60e51b815260206004820152600d60248201526c1b5bd9195e1c0819985a5b1959609a1b604482015260640161043c565b5051949350505050565b5f805f516020611b785f395f51905f526115995f516020611b785f395f51905f528588096114ae565b5f516020611b785f395f51905f52868909085f516020611b785f395f51905f52808688095f516020611b785f395f51905f52868a09089150915094509492505050565b5f805f516020611b785f395f51905f528487085f516020611b785f395f51905f528487089150915094509492505050565b5f805f516020611b785f395f51905f52611626856114ae565b87085f516020611b785f395f51905f5261163f856114ae565b87089150915094509492505050565b5f80806116905f516020611b785f395f51905f52808687095f516020611b785f395f51905f52888909086109ed60025f516020611b785f395f51905f52611a67565b90505f516020611b785f395f51905f528186096116bc5f516020611b785f395f51905f528387096114ae565b92509250509250929050565b60405180608001604052806004906020820280368337509192915050565b6040518060e001604052806007906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b6040518060c001604052806006906020820280368337509192915050565b6040518061010001604052806008906020820280368337509192915050565b6040518061020001604052806010906020820280368337509192915050565b60405180604001604052806002906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff811182821017156117d9576117d961179c565b604052919050565b5f82601f8301126117f0575f5ffd5b813567ffffffffffffffff81111561180a5761180a61179c565b61181d601f8201601f19166020016117b0565b818152846020838601011115611831575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f6040838503121561185e575f5ffd5b823567ffffffffffffffff811115611874575f5ffd5b611880858286016117e1565b95602094909401359450505050565b6080810181835f5b60048110156118b6578151835260209283019290910190600101611897565b50505092915050565b5f82601f8301126118ce575f5ffd5b5f6118d960806117b0565b90508060808401858111156118ec575f5ffd5b845b818110156119065780358352602092830192016118ee565b509195945050505050565b5f60808284031215611921575f5ffd5b6101ad83836118bf565b60e0810181835f5b60078110156118b6578151835260209283019290910190600101611933565b5f5f5f5f6101008587031215611966575f5ffd5b61197086866118bf565b93505f86609f870112611981575f5ffd5b505f8061198e60406117b0565b905080915060c08701888111156119a3575f5ffd5b608088015b818110156119c05780358452602093840193016119a8565b5090945035905067ffffffffffffffff8111156119db575f5ffd5b6119e7878288016117e1565b9497939650939460e0013593505050565b5f5f60408385031215611a09575f5ffd5b50508035926020909101359150565b5f81518060208401855e5f93019283525090919050565b5f611a3a8285611a18565b6001600160f81b03199390931683525050600101919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156101b0576101b0611a53565b634e487b7160e01b5f52603260045260245ffd5b5f611aa2611a9c838a611a18565b88611a18565b60f09690961b6001600160f01b0319168652505060f892831b6001600160f81b03199081166002860152600385019290925290911b16602382015260240192915050565b9384526001600160f81b031960f893841b81166020860152602185019290925290911b16604182015260420190565b634e487b7160e01b5f52601260045260245ffd5b5f81611b3757611b37611a53565b505f190190565b5f82611b4c57611b4c611b15565b500690565b808201808211156101b0576101b0611a53565b5f82611b7257611b72611b15565b50049056fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47a2646970667358221220657deadb135566c24f8284d5ffdb8a6da72fa5708e03626e5f093e88e487be4e64736f6c634300081c0033",
}

// BLSTestHarnessABI is the input ABI used to generate the binding from.
// Deprecated: Use BLSTestHarnessMetaData.ABI instead.
var BLSTestHarnessABI = BLSTestHarnessMetaData.ABI

// BLSTestHarnessBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BLSTestHarnessMetaData.Bin instead.
var BLSTestHarnessBin = BLSTestHarnessMetaData.Bin

// DeployBLSTestHarness deploys a new Ethereum contract, binding an instance of BLSTestHarness to it.
func DeployBLSTestHarness(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *BLSTestHarness, error) {
	parsed, err := BLSTestHarnessMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BLSTestHarnessBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BLSTestHarness{BLSTestHarnessCaller: BLSTestHarnessCaller{contract: contract}, BLSTestHarnessTransactor: BLSTestHarnessTransactor{contract: contract}, BLSTestHarnessFilterer: BLSTestHarnessFilterer{contract: contract}}, nil
}

// BLSTestHarness is an auto generated Go binding around an Ethereum contract.
type BLSTestHarness struct {
	BLSTestHarnessCaller     // Read-only binding to the contract
	BLSTestHarnessTransactor // Write-only binding to the contract
	BLSTestHarnessFilterer   // Log filterer for contract events
}

// BLSTestHarnessCaller is an auto generated read-only Go binding around an Ethereum contract.
type BLSTestHarnessCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BLSTestHarnessTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BLSTestHarnessTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BLSTestHarnessFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BLSTestHarnessFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BLSTestHarnessSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BLSTestHarnessSession struct {
	Contract     *BLSTestHarness   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BLSTestHarnessCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BLSTestHarnessCallerSession struct {
	Contract *BLSTestHarnessCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// BLSTestHarnessTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BLSTestHarnessTransactorSession struct {
	Contract     *BLSTestHarnessTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// BLSTestHarnessRaw is an auto generated low-level Go binding around an Ethereum contract.
type BLSTestHarnessRaw struct {
	Contract *BLSTestHarness // Generic contract binding to access the raw methods on
}

// BLSTestHarnessCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BLSTestHarnessCallerRaw struct {
	Contract *BLSTestHarnessCaller // Generic read-only contract binding to access the raw methods on
}

// BLSTestHarnessTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BLSTestHarnessTransactorRaw struct {
	Contract *BLSTestHarnessTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBLSTestHarness creates a new instance of BLSTestHarness, bound to a specific deployed contract.
func NewBLSTestHarness(address common.Address, backend bind.ContractBackend) (*BLSTestHarness, error) {
	contract, err := bindBLSTestHarness(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BLSTestHarness{BLSTestHarnessCaller: BLSTestHarnessCaller{contract: contract}, BLSTestHarnessTransactor: BLSTestHarnessTransactor{contract: contract}, BLSTestHarnessFilterer: BLSTestHarnessFilterer{contract: contract}}, nil
}

// NewBLSTestHarnessCaller creates a new read-only instance of BLSTestHarness, bound to a specific deployed contract.
func NewBLSTestHarnessCaller(address common.Address, caller bind.ContractCaller) (*BLSTestHarnessCaller, error) {
	contract, err := bindBLSTestHarness(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BLSTestHarnessCaller{contract: contract}, nil
}

// NewBLSTestHarnessTransactor creates a new write-only instance of BLSTestHarness, bound to a specific deployed contract.
func NewBLSTestHarnessTransactor(address common.Address, transactor bind.ContractTransactor) (*BLSTestHarnessTransactor, error) {
	contract, err := bindBLSTestHarness(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BLSTestHarnessTransactor{contract: contract}, nil
}

// NewBLSTestHarnessFilterer creates a new log filterer instance of BLSTestHarness, bound to a specific deployed contract.
func NewBLSTestHarnessFilterer(address common.Address, filterer bind.ContractFilterer) (*BLSTestHarnessFilterer, error) {
	contract, err := bindBLSTestHarness(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BLSTestHarnessFilterer{contract: contract}, nil
}

// bindBLSTestHarness binds a generic wrapper to an already deployed contract.
func bindBLSTestHarness(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BLSTestHarnessMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BLSTestHarness *BLSTestHarnessRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BLSTestHarness.Contract.BLSTestHarnessCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BLSTestHarness *BLSTestHarnessRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BLSTestHarness.Contract.BLSTestHarnessTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BLSTestHarness *BLSTestHarnessRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BLSTestHarness.Contract.BLSTestHarnessTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BLSTestHarness *BLSTestHarnessCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BLSTestHarness.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BLSTestHarness *BLSTestHarnessTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BLSTestHarness.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BLSTestHarness *BLSTestHarnessTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BLSTestHarness.Contract.contract.Transact(opts, method, params...)
}

// ClearCofactor is a free data retrieval call binding the contract method 0x1dba317f.
//
// Solidity: function clearCofactor(uint256[4] p) view returns(uint256[4])
func (_BLSTestHarness *BLSTestHarnessCaller) ClearCofactor(opts *bind.CallOpts, p [4]*big.Int) ([4]*big.Int, error) {
	var out []interface{}
	err := _BLSTestHarness.contract.Call(opts, &out, "clearCofactor", p)

	if err != nil {
		return *new([4]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)

	return out0, err

}

// ClearCofactor is a free data retrieval call binding the contract method 0x1dba317f.
//
// Solidity: function clearCofactor(uint256[4] p) view returns(uint256[4])
func (_BLSTestHarness *BLSTestHarnessSession) ClearCofactor(p [4]*big.Int) ([4]*big.Int, error) {
	return _BLSTestHarness.Contract.ClearCofactor(&_BLSTestHarness.CallOpts, p)
}

// ClearCofactor is a free data retrieval call binding the contract method 0x1dba317f.
//
// Solidity: function clearCofactor(uint256[4] p) view returns(uint256[4])
func (_BLSTestHarness *BLSTestHarnessCallerSession) ClearCofactor(p [4]*big.Int) ([4]*big.Int, error) {
	return _BLSTestHarness.Contract.ClearCofactor(&_BLSTestHarness.CallOpts, p)
}

// Constants is a free data retrieval call binding the contract method 0x72de5b2f.
//
// Solidity: function constants() pure returns(uint256[7])
func (_BLSTestHarness *BLSTestHarnessCaller) Constants(opts *bind.CallOpts) ([7]*big.Int, error) {
	var out []interface{}
	err := _BLSTestHarness.contract.Call(opts, &out, "constants")

	if err != nil {
		return *new([7]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([7]*big.Int)).(*[7]*big.Int)

	return out0, err

}

// Constants is a free data retrieval call binding the contract method 0x72de5b2f.
//
// Solidity: function constants() pure returns(uint256[7])
func (_BLSTestHarness *BLSTestHarnessSession) Constants() ([7]*big.Int, error) {
	return _BLSTestHarness.Contract.Constants(&_BLSTestHarness.CallOpts)
}

// Constants is a free data retrieval call binding the contract method 0x72de5b2f.
//
// Solidity: function constants() pure returns(uint256[7])
func (_BLSTestHarness *BLSTestHarnessCallerSession) Constants() ([7]*big.Int, error) {
	return _BLSTestHarness.Contract.Constants(&_BLSTestHarness.CallOpts)
}

// ExpandMessageXMD is a free data retrieval call binding the contract method 0x13e0e232.
//
// Solidity: function expandMessageXMD(bytes message, bytes32 dst) pure returns(bytes32, bytes32, bytes32, bytes32)
func (_BLSTestHarness *BLSTestHarnessCaller) ExpandMessageXMD(opts *bind.CallOpts, message []byte, dst [32]byte) ([32]byte, [32]byte, [32]byte, [32]byte, error) {
	var out []interface{}
	err := _BLSTestHarness.contract.Call(opts, &out, "expandMessageXMD", message, dst)

	if err != nil {
		return *new([32]byte), *new([32]byte), *new([32]byte), *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	out1 := *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	out2 := *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	out3 := *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)

	return out0, out1, out2, out3, err

}

// ExpandMessageXMD is a free data retrieval call binding the contract method 0x13e0e232.
//
// Solidity: function expandMessageXMD(bytes message, bytes32 dst) pure returns(bytes32, bytes32, bytes32, bytes32)
func (_BLSTestHarness *BLSTestHarnessSession) ExpandMessageXMD(message []byte, dst [32]byte) ([32]byte, [32]byte, [32]byte, [32]byte, error) {
	return _BLSTestHarness.Contract.ExpandMessageXMD(&_BLSTestHarness.CallOpts, message, dst)
}

// ExpandMessageXMD is a free data retrieval call binding the contract method 0x13e0e232.
//
// Solidity: function expandMessageXMD(bytes message, bytes32 dst) pure returns(bytes32, bytes32, bytes32, bytes32)
func (_BLSTestHarness *BLSTestHarnessCallerSession) ExpandMessageXMD(message []byte, dst [32]byte) ([32]byte, [32]byte, [32]byte, [32]byte, error) {
	return _BLSTestHarness.Contract.ExpandMessageXMD(&_BLSTestHarness.CallOpts, message, dst)
}

// Fq2Sqrt is a free data retrieval call binding the contract method 0xc37a3b83.
//
// Solidity: function fq2Sqrt(uint256 c, uint256 d) view returns(uint256, uint256)
func (_BLSTestHarness *BLSTestHarnessCaller) Fq2Sqrt(opts *bind.CallOpts, c *big.Int, d *big.Int) (*big.Int, *big.Int, error) {
	var out []interface{}
	err := _BLSTestHarness.contract.Call(opts, &out, "fq2Sqrt", c, d)

	if err != nil {
		return *new(*big.Int), *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	out1 := *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)

	return out0, out1, err

}

// Fq2Sqrt is a free data retrieval call binding the contract method 0xc37a3b83.
//
// Solidity: function fq2Sqrt(uint256 c, uint256 d) view returns(uint256, uint256)
func (_BLSTestHarness *BLSTestHarnessSession) Fq2Sqrt(c *big.Int, d *big.Int) (*big.Int, *big.Int, error) {
	return _BLSTestHarness.Contract.Fq2Sqrt(&_BLSTestHarness.CallOpts, c, d)
}

// Fq2Sqrt is a free data retrieval call binding the contract method 0xc37a3b83.
//
// Solidity: function fq2Sqrt(uint256 c, uint256 d) view returns(uint256, uint256)
func (_BLSTestHarness *BLSTestHarnessCallerSession) Fq2Sqrt(c *big.Int, d *big.Int) (*big.Int, *big.Int, error) {
	return _BLSTestHarness.Contract.Fq2Sqrt(&_BLSTestHarness.CallOpts, c, d)
}

// HashToField is a free data retrieval call binding the contract method 0x6c47d32e.
//
// Solidity: function hashToField(bytes message, bytes32 dst) pure returns(uint256, uint256, bool)
func (_BLSTestHarness *BLSTestHarnessCaller) HashToField(opts *bind.CallOpts, message []byte, dst [32]byte) (*big.Int, *big.Int, bool, error) {
	var out []interface{}
	err := _BLSTestHarness.contract.Call(opts, &out, "hashToField", message, dst)

	if err != nil {
		return *new(*big.Int), *new(*big.Int), *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	out1 := *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	out2 := *abi.ConvertType(out[2], new(bool)).(*bool)

	return out0, out1, out2, err

}

// HashToField is a free data retrieval call binding the contract method 0x6c47d32e.
//
// Solidity: function hashToField(bytes message, bytes32 dst) pure returns(uint256, uint256, bool)
func (_BLSTestHarness *BLSTestHarnessSession) HashToField(message []byte, dst [32]byte) (*big.Int, *big.Int, bool, error) {
	return _BLSTestHarness.Contract.HashToField(&_BLSTestHarness.CallOpts, message, dst)
}

// HashToField is a free data retrieval call binding the contract method 0x6c47d32e.
//
// Solidity: function hashToField(bytes message, bytes32 dst) pure returns(uint256, uint256, bool)
func (_BLSTestHarness *BLSTestHarnessCallerSession) HashToField(message []byte, dst [32]byte) (*big.Int, *big.Int, bool, error) {
	return _BLSTestHarness.Contract.HashToField(&_BLSTestHarness.CallOpts, message, dst)
}

// HashToG2 is a free data retrieval call binding the contract method 0x9e3e1b44.
//
// Solidity: function hashToG2(bytes message, bytes32 dst) view returns(uint256[4])
func (_BLSTestHarness *BLSTestHarnessCaller) HashToG2(opts *bind.CallOpts, message []byte, dst [32]byte) ([4]*big.Int, error) {
	var out []interface{}
	err := _BLSTestHarness.contract.Call(opts, &out, "hashToG2", message, dst)

	if err != nil {
		return *new([4]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)

	return out0, err

}

// HashToG2 is a free data retrieval call binding the contract method 0x9e3e1b44.
//
// Solidity: function hashToG2(bytes message, bytes32 dst) view returns(uint256[4])
func (_BLSTestHarness *BLSTestHarnessSession) HashToG2(message []byte, dst [32]byte) ([4]*big.Int, error) {
	return _BLSTestHarness.Contract.HashToG2(&_BLSTestHarness.CallOpts, message, dst)
}

// HashToG2 is a free data retrieval call binding the contract method 0x9e3e1b44.
//
// Solidity: function hashToG2(bytes message, bytes32 dst) view returns(uint256[4])
func (_BLSTestHarness *BLSTestHarnessCallerSession) HashToG2(message []byte, dst [32]byte) ([4]*big.Int, error) {
	return _BLSTestHarness.Contract.HashToG2(&_BLSTestHarness.CallOpts, message, dst)
}

// MapToG2 is a free data retrieval call binding the contract method 0x12964fa2.
//
// Solidity: function mapToG2(bytes message, bytes32 dst) view returns(uint256[4])
func (_BLSTestHarness *BLSTestHarnessCaller) MapToG2(opts *bind.CallOpts, message []byte, dst [32]byte) ([4]*big.Int, error) {
	var out []interface{}
	err := _BLSTestHarness.contract.Call(opts, &out, "mapToG2", message, dst)

	if err != nil {
		return *new([4]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)

	return out0, err

}

// MapToG2 is a free data retrieval call binding the contract method 0x12964fa2.
//
// Solidity: function mapToG2(bytes message, bytes32 dst) view returns(uint256[4])
func (_BLSTestHarness *BLSTestHarnessSession) MapToG2(message []byte, dst [32]byte) ([4]*big.Int, error) {
	return _BLSTestHarness.Contract.MapToG2(&_BLSTestHarness.CallOpts, message, dst)
}

// MapToG2 is a free data retrieval call binding the contract method 0x12964fa2.
//
// Solidity: function mapToG2(bytes message, bytes32 dst) view returns(uint256[4])
func (_BLSTestHarness *BLSTestHarnessCallerSession) MapToG2(message []byte, dst [32]byte) ([4]*big.Int, error) {
	return _BLSTestHarness.Contract.MapToG2(&_BLSTestHarness.CallOpts, message, dst)
}

// Verify is a free data retrieval call binding the contract method 0xa6b3d9af.
//
// Solidity: function verify(uint256[4] sig, uint256[2] pk, bytes message, bytes32 dst) view returns(bool)
func (_BLSTestHarness *BLSTestHarnessCaller) Verify(opts *bind.CallOpts, sig [4]*big.Int, pk [2]*big.Int, message []byte, dst [32]byte) (bool, error) {
	var out []interface{}
	err := _BLSTestHarness.contract.Call(opts, &out, "verify", sig, pk, message, dst)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Verify is a free data retrieval call binding the contract method 0xa6b3d9af.
//
// Solidity: function verify(uint256[4] sig, uint256[2] pk, bytes message, bytes32 dst) view returns(bool)
func (_BLSTestHarness *BLSTestHarnessSession) Verify(sig [4]*big.Int, pk [2]*big.Int, message []byte, dst [32]byte) (bool, error) {
	return _BLSTestHarness.Contract.Verify(&_BLSTestHarness.CallOpts, sig, pk, message, dst)
}

// Verify is a free data retrieval call binding the contract method 0xa6b3d9af.
//
// Solidity: function verify(uint256[4] sig, uint256[2] pk, bytes message, bytes32 dst) view returns(bool)
func (_BLSTestHarness *BLSTestHarnessCallerSession) Verify(sig [4]*big.Int, pk [2]*big.Int, message []byte, dst [32]byte) (bool, error) {
	return _BLSTestHarness.Contract.Verify(&_BLSTestHarness.CallOpts, sig, pk, message, dst)
}
