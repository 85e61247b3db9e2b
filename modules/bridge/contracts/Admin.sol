// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// The ERC-20 calls the contracts make.
interface IERC20 {
    function transfer(address to, uint256 value) external returns (bool);
    function transferFrom(address from, address to, uint256 value) external returns (bool);
    function approve(address spender, uint256 value) external returns (bool);
    function balanceOf(address account) external view returns (uint256);
}

/// Token transfers that revert on failure whether the token returns false or
/// nothing (what OpenZeppelin's SafeERC20 does for upstream).
library SafeTransfer {
    error SafeERC20FailedOperation(address token);

    function call(IERC20 token, bytes memory data) private {
        (bool ok, bytes memory ret) = address(token).call(data);
        if (!ok || (ret.length != 0 && !abi.decode(ret, (bool))) || address(token).code.length == 0) {
            revert SafeERC20FailedOperation(address(token));
        }
    }

    function safeTransfer(IERC20 token, address to, uint256 value) internal {
        call(token, abi.encodeCall(IERC20.transfer, (to, value)));
    }

    function safeTransferFrom(IERC20 token, address from, address to, uint256 value) internal {
        call(token, abi.encodeCall(IERC20.transferFrom, (from, to, value)));
    }
}

/// Upstream's contracts are OpenZeppelin upgradeable proxies initialised by
/// initialize(...). Ours are deployed directly: the constructor records the
/// deployer and only the deployer may call initialize, once (a proxy's
/// initializer is open to the first caller, which only works when deploying
/// and initialising in one transaction).
abstract contract Initializable {
    address private immutable _deployer;
    bool private _initialized;

    event Initialized(uint64 version);

    error InvalidInitialization();

    constructor() {
        _deployer = msg.sender;
    }

    modifier initializer() {
        if (_initialized || msg.sender != _deployer) revert InvalidInitialization();
        _initialized = true;
        _;
        emit Initialized(1);
    }
}

/// OpenZeppelin's Ownable2Step interface (names, events and errors).
abstract contract Ownable2Step {
    address private _owner;
    address private _pendingOwner;

    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    error OwnableUnauthorizedAccount(address account);
    error OwnableInvalidOwner(address owner);

    modifier onlyOwner() {
        if (msg.sender != _owner) revert OwnableUnauthorizedAccount(msg.sender);
        _;
    }

    function owner() public view returns (address) {
        return _owner;
    }

    function pendingOwner() public view returns (address) {
        return _pendingOwner;
    }

    function transferOwnership(address newOwner) public onlyOwner {
        _pendingOwner = newOwner;
        emit OwnershipTransferStarted(_owner, newOwner);
    }

    function acceptOwnership() public {
        if (msg.sender != _pendingOwner) revert OwnableUnauthorizedAccount(msg.sender);
        _setOwner(msg.sender);
    }

    function renounceOwnership() public onlyOwner {
        _setOwner(address(0));
    }

    function _setOwner(address newOwner) internal {
        delete _pendingOwner;
        address old = _owner;
        _owner = newOwner;
        emit OwnershipTransferred(old, newOwner);
    }
}

/// OpenZeppelin's Pausable interface.
abstract contract Pausable {
    bool private _paused;

    event Paused(address account);
    event Unpaused(address account);

    error EnforcedPause();
    error ExpectedPause();

    modifier whenNotPaused() {
        if (_paused) revert EnforcedPause();
        _;
    }

    function paused() public view returns (bool) {
        return _paused;
    }

    function _pause() internal {
        if (_paused) revert EnforcedPause();
        _paused = true;
        emit Paused(msg.sender);
    }

    function _unpause() internal {
        if (!_paused) revert ExpectedPause();
        _paused = false;
        emit Unpaused(msg.sender);
    }
}
