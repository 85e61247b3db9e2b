// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

interface IERC20Min {
    function transferFrom(address from, address to, uint256 value) external returns (bool);
    function transfer(address to, uint256 value) external returns (bool);
}

/// seshnet's staking contract for tests and local networks. Its events have
/// the names and fields of Session's ServiceNodeRewards, so the witness reads
/// both. It enforces the stake rules of DESIGN.md section 4; the Ed25519
/// proof of possession cannot be checked in the EVM and is checked by the
/// workchain, which rejects a registration whose signature does not verify.
/// Simplifications: the registering operator pays the whole stake, and an
/// exit is allowed after the unlock period instead of with a network
/// signature.
contract ServiceNodeRewards {
    struct G1Point {
        uint256 X;
        uint256 Y;
    }

    struct ServiceNodeParams {
        uint256 serviceNodePubkey; // Ed25519 public key
        uint256 serviceNodeSignature1; // Ed25519 signature over (Ed25519 key || BLS key), first half
        uint256 serviceNodeSignature2; // second half
        uint16 fee; // operator fee, basis points
    }

    struct Staker {
        address addr;
        address beneficiary;
    }

    struct Contributor {
        Staker staker;
        uint256 stakedAmount;
    }

    struct Node {
        address operator;
        G1Point pubkey;
        uint256 total;
        uint256 exitRequestedAt;
        Contributor[] contributors;
    }

    event NewServiceNodeV2(
        uint64 indexed serviceNodeID,
        address initiator,
        G1Point pubkey,
        ServiceNodeParams serviceNode,
        Contributor[] contributors
    );
    event ServiceNodeExitRequest(uint64 indexed serviceNodeID, address initiator, G1Point pubkey);
    event ServiceNodeExit(uint64 indexed serviceNodeID, address initiator, uint256 returnedAmount, G1Point pubkey);
    event StakingRequirementUpdated(uint256 newRequirement);

    uint256 public constant MAX_CONTRIBUTORS = 10;
    uint16 public constant MAX_FEE = 10000;

    IERC20Min public immutable token;
    address public immutable owner;
    uint256 public stakingRequirement;
    uint256 public unlockPeriod;
    uint64 public nextServiceNodeID = 1;

    mapping(uint64 => Node) internal nodes;
    mapping(bytes32 => bool) public blsKeyUsed;
    mapping(uint256 => bool) public ed25519KeyUsed;

    constructor(address token_, uint256 stakingRequirement_, uint256 unlockPeriod_) {
        token = IERC20Min(token_);
        owner = msg.sender;
        stakingRequirement = stakingRequirement_;
        unlockPeriod = unlockPeriod_;
    }

    function setStakingRequirement(uint256 newRequirement) external {
        require(msg.sender == owner, "only the owner");
        require(newRequirement > 0, "requirement must be positive");
        stakingRequirement = newRequirement;
        emit StakingRequirementUpdated(newRequirement);
    }

    /// Registers a node. The first contributor is the operator and must be
    /// the sender, who pays the whole stake (approve the token first).
    function addBLSPublicKey(
        G1Point calldata blsPubkey,
        ServiceNodeParams calldata params,
        Contributor[] calldata contributors
    ) external returns (uint64 id) {
        uint256 n = contributors.length;
        require(n >= 1 && n <= MAX_CONTRIBUTORS, "1 to 10 contributors");
        require(contributors[0].staker.addr == msg.sender, "the operator registers");
        require(params.fee <= MAX_FEE, "fee above 10000 bp");
        require(params.serviceNodePubkey != 0, "no ed25519 key");
        bytes32 blsID = keccak256(abi.encode(blsPubkey.X, blsPubkey.Y));
        require(!blsKeyUsed[blsID], "bls key already registered");
        require(!ed25519KeyUsed[params.serviceNodePubkey], "ed25519 key already registered");

        uint256 req = stakingRequirement;
        require(contributors[0].stakedAmount * 4 >= req, "operator stakes under 25%");
        uint256 total;
        for (uint256 i = 0; i < n; i++) {
            uint256 amount = contributors[i].stakedAmount;
            require(contributors[i].staker.addr != address(0), "contributor without address");
            if (i > 0) {
                uint256 remaining = req - total;
                uint256 slots = MAX_CONTRIBUTORS - i;
                require(amount >= (remaining + slots - 1) / slots, "contribution under its minimum");
            }
            require(amount <= req - total, "contributions exceed the requirement");
            total += amount;
        }
        require(total == req, "stake must equal the requirement");
        require(token.transferFrom(msg.sender, address(this), total), "stake transfer failed");

        id = nextServiceNodeID++;
        blsKeyUsed[blsID] = true;
        ed25519KeyUsed[params.serviceNodePubkey] = true;
        Node storage node = nodes[id];
        node.operator = msg.sender;
        node.pubkey = blsPubkey;
        node.total = total;
        for (uint256 i = 0; i < n; i++) {
            node.contributors.push(contributors[i]);
        }
        emit NewServiceNodeV2(id, msg.sender, blsPubkey, params, contributors);
    }

    /// A contributor asks to leave; the stake unlocks after unlockPeriod.
    function initiateExitBLSPublicKey(uint64 id) external {
        Node storage node = nodes[id];
        require(node.operator != address(0), "no such node");
        require(node.exitRequestedAt == 0, "exit already requested");
        bool isContributor;
        for (uint256 i = 0; i < node.contributors.length; i++) {
            isContributor = isContributor || node.contributors[i].staker.addr == msg.sender;
        }
        require(isContributor, "only a contributor");
        node.exitRequestedAt = block.timestamp;
        emit ServiceNodeExitRequest(id, msg.sender, node.pubkey);
    }

    /// After the unlock period, anyone may complete the exit; stakes go back.
    function exitAfterUnlock(uint64 id) external {
        Node storage node = nodes[id];
        require(node.operator != address(0), "no such node");
        require(node.exitRequestedAt != 0, "no exit requested");
        require(block.timestamp >= node.exitRequestedAt + unlockPeriod, "still locked");
        G1Point memory pubkey = node.pubkey;
        uint256 total = node.total;
        for (uint256 i = 0; i < node.contributors.length; i++) {
            require(token.transfer(node.contributors[i].staker.addr, node.contributors[i].stakedAmount), "refund failed");
        }
        delete nodes[id];
        emit ServiceNodeExit(id, msg.sender, total, pubkey);
    }
}
