// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import "./Admin.sol";
import "./BLS.sol";

/// seshnet's staking contract, on the interface of Session's public
/// ServiceNodeRewards (session-token-contracts, contracts/ServiceNodeRewards.sol):
/// the same functions, events, errors and semantics, so the node, the witness
/// and the CLI work with either. Written from that contract's behaviour, not
/// copied. docs/bridge.md lists what differs (deployment: a constructor with
/// the wait times plus a once-only initialize instead of a proxy).
///
/// Registration needs the BLS proof of possession; exits either carry the
/// network's aggregate signature or wait MAX_SERVICE_NODE_EXIT_WAIT_TIME
/// after the request; an exited stake is not sent back here but becomes
/// claimable through updateRewardsBalance, as upstream. Rewards are
/// cumulative per address, signed by the network (all registered nodes but at
/// most blsNonSignerThreshold non-signers), and paid from this contract's
/// token balance, which the RewardRatePool feeds.
contract ServiceNodeRewards is Initializable, Ownable2Step, Pausable {
    using SafeTransfer for IERC20;

    struct G1Point {
        uint256 X;
        uint256 Y;
    }

    /// A G2 signature: sigs0 = x.real, sigs1 = x.imag, sigs2 = y.real, sigs3 = y.imag.
    struct BLSSignatureParams {
        uint256 sigs0;
        uint256 sigs1;
        uint256 sigs2;
        uint256 sigs3;
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

    struct SeedServiceNode {
        G1Point blsPubkey;
        uint256 ed25519Pubkey;
        uint256 addedTimestamp;
        Contributor[] contributors;
    }

    /// A node; nodes form a doubly linked list through next/prev with the
    /// sentinel id 0.
    struct ServiceNode {
        uint64 next;
        uint64 prev;
        address operator;
        G1Point blsPubkey;
        uint256 addedTimestamp;
        uint256 leaveRequestTimestamp; // first leave request
        uint256 latestLeaveRequestTimestamp; // latest (a request may be repeated)
        uint256 deposit;
        Contributor[] contributors;
        uint256 ed25519Pubkey;
    }

    struct Recipient {
        uint256 rewards; // cumulative, as signed by the network
        uint256 claimed;
    }

    uint256 public constant VERSION = 1;
    uint64 public constant LIST_SENTINEL = 0;
    uint256 public constant MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND = 20;
    uint256 public constant MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST = 1 hours;
    uint256 public constant SMALL_CONTRIBUTOR_DIVISOR = 4;

    /// Upstream constants (30 days, 30 days) and internal minimumExitAge (2
    /// hours); set at deployment so a devnet can shorten them, as upstream's
    /// own LocalDevnetServiceNodeRewards does for the exit age.
    uint256 public immutable MAX_SERVICE_NODE_EXIT_WAIT_TIME;
    uint256 public immutable SMALL_CONTRIBUTOR_LEAVE_DELAY;
    uint256 private immutable minimumExitAge;

    bool public isStarted;
    IERC20 public designatedToken;
    IERC20 public foundationPool;

    uint64 public nextServiceNodeID;
    uint256 public totalNodes;
    uint256 public blsNonSignerThreshold;
    uint256 public blsNonSignerThresholdMax;
    uint256 public signatureExpiry;

    bytes32 public proofOfPossessionTag;
    bytes32 public rewardTag;
    bytes32 public exitTag;
    bytes32 public liquidateTag;
    bytes32 public hashToG2Tag;

    uint256 public stakingRequirement;
    uint256 public maxContributors;
    uint256 public liquidatorRewardRatio;
    uint256 public poolShareOfLiquidationRatio;
    uint256 public recipientRatio;

    uint256 public claimThreshold;
    uint256 public claimCycle;
    uint256 public currentClaimTotal;
    uint256 public currentClaimCycle;

    mapping(uint64 => ServiceNode) private _serviceNodes;
    mapping(address => Recipient) public recipients;
    mapping(bytes => uint64) public serviceNodeIDs; // abi.encode(G1Point) => id
    mapping(uint256 => uint64) public ed25519ToServiceNodeID;

    G1Point private _aggregatePubkey;
    uint256 public lastHeightPubkeyWasAggregated;
    uint256 public numPubkeyAggregationsForHeight;

    event NewSeededServiceNode(uint64 indexed serviceNodeID, G1Point blsPubkey, uint256 ed25519Pubkey);
    event NewServiceNodeV2(
        uint64 indexed serviceNodeID,
        address initiator,
        G1Point pubkey,
        ServiceNodeParams serviceNode,
        Contributor[] contributors
    );
    event RewardsBalanceUpdated(address indexed recipientAddress, uint256 amount, uint256 previousBalance);
    event RewardsClaimed(address indexed recipientAddress, uint256 amount);
    event BLSNonSignerThresholdMaxUpdated(uint256 newMax);
    event ClaimThresholdUpdated(uint256 newThreshold);
    event ClaimCycleUpdated(uint256 newValue);
    event LiquidationRatiosUpdated(uint256 liquidatorRatio, uint256 poolRatio, uint256 recipientRatio);
    event ServiceNodeLiquidated(uint64 indexed serviceNodeID, address initiator, G1Point pubkey);
    event ServiceNodeExit(uint64 indexed serviceNodeID, address initiator, uint256 returnedAmount, G1Point pubkey);
    event ServiceNodeExitRequest(uint64 indexed serviceNodeID, address initiator, G1Point pubkey);
    event StakingRequirementUpdated(uint256 newRequirement);
    event SignatureExpiryUpdated(uint256 newExpiry);

    error BLSPubkeyAlreadyExists(uint64 serviceNodeID);
    error BLSPubkeyDoesNotExist(G1Point pubkey);
    error BLSPubkeyDoesNotMatch(uint64 serviceNodeID, G1Point pubkey);
    error Ed25519PubkeyAlreadyExists(uint64 serviceNodeID);
    error CallerNotContributor(uint64 serviceNodeID, address caller);
    error ClaimThresholdExceeded();
    error ContractAlreadyStarted();
    error ContractNotStarted();
    error ContributionTotalMismatch(uint256 required, uint256 provided);
    error InsufficientOperatorContribution(uint256 operatorStake);
    error DeleteSentinelNodeNotAllowed();
    error InsufficientBLSSignatures(uint256 numSigners, uint256 requiredSigners);
    error InsufficientContributors();
    error InsufficientNodes();
    error InvalidBLSSignature(G1Point aggPubkey);
    error InvalidBLSProofOfPossession();
    error ExitTooEarly(uint64 serviceNodeID, uint256 addedTimestamp, uint256 currenttime);
    error LeaveRequestTooEarly(uint64 serviceNodeID, uint256 endTimestamp, uint256 currTimestamp);
    error LeaveRequestNotInitiatedYet(uint64 serviceNodeID);
    error LiquidatorPenaltyTooHigh();
    error MaxContributorsExceeded();
    error MaxClaimExceeded();
    error MaxPubkeyAggregationsExceeded();
    error NullBLSPubkey();
    error NullEd25519Pubkey();
    error NullAddress();
    error PositiveNumberRequirement();
    error RecipientAddressDoesNotMatch(address expectedRecipient, address providedRecipient, uint256 serviceNodeID);
    error RecipientRewardsTooLow();
    error ServiceNodeDoesntExist(uint64 serviceNodeID);
    error SignatureExpired(uint64 serviceNodeID, uint256 timestamp, uint256 currenttime);
    error SmallContributorLeaveTooEarly(uint64 serviceNodeID, address contributor);

    /// Mainnet values: 30 days, 30 days, 2 hours.
    constructor(uint256 exitWaitTime, uint256 smallContributorLeaveDelay, uint256 minimumExitAge_) {
        MAX_SERVICE_NODE_EXIT_WAIT_TIME = exitWaitTime;
        SMALL_CONTRIBUTOR_LEAVE_DELAY = smallContributorLeaveDelay;
        minimumExitAge = minimumExitAge_;
    }

    /// Upstream's initialize, with its defaults: non-signer max 4000,
    /// signature expiry 10 minutes, claims capped at 1M SESH per 12 hours.
    function initialize(
        address token_,
        address foundationPool_,
        uint256 stakingRequirement_,
        uint256 maxContributors_,
        uint256 liquidatorRewardRatio_,
        uint256 poolShareOfLiquidationRatio_,
        uint256 recipientRatio_
    ) public initializer {
        if (recipientRatio_ < 1) revert PositiveNumberRequirement();
        if ((liquidatorRewardRatio_ + poolShareOfLiquidationRatio_) * 3 > recipientRatio_) {
            revert LiquidatorPenaltyTooHigh();
        }
        blsNonSignerThresholdMax = 4000;
        proofOfPossessionTag = buildTag("BLS_SIG_TRYANDINCREMENT_POP");
        rewardTag = buildTag("BLS_SIG_TRYANDINCREMENT_REWARD");
        exitTag = buildTag("BLS_SIG_TRYANDINCREMENT_EXIT");
        liquidateTag = buildTag("BLS_SIG_TRYANDINCREMENT_LIQUIDATE");
        hashToG2Tag = buildTag("BLS_SIG_HASH_TO_FIELD_TAG");
        signatureExpiry = 10 minutes;
        claimThreshold = 1_000_000 * 1e9;
        claimCycle = 12 hours;
        designatedToken = IERC20(token_);
        foundationPool = IERC20(foundationPool_);
        stakingRequirement = stakingRequirement_;
        maxContributors = maxContributors_;
        liquidatorRewardRatio = liquidatorRewardRatio_;
        poolShareOfLiquidationRatio = poolShareOfLiquidationRatio_;
        recipientRatio = recipientRatio_;
        nextServiceNodeID = LIST_SENTINEL + 1;
        _serviceNodes[LIST_SENTINEL].prev = LIST_SENTINEL;
        _serviceNodes[LIST_SENTINEL].next = LIST_SENTINEL;
        _setOwner(msg.sender);
    }

    modifier whenStarted() {
        if (!isStarted) revert ContractNotStarted();
        _;
    }

    modifier hasEnoughSigners(uint256 nonSigners) {
        if (nonSigners > blsNonSignerThreshold) {
            revert InsufficientBLSSignatures(totalNodes - nonSigners, totalNodes - blsNonSignerThreshold);
        }
        _;
    }

    // ------------------------------------------------------------ rewards

    /// Sets recipientAddress's cumulative rewards to recipientRewards, which
    /// must exceed the stored total, on the network's signature over
    /// rewardTag || recipientAddress || recipientRewards. ids are the nodes
    /// that did not sign; as upstream, they are neither checked for
    /// duplicates nor for existence: a duplicate subtracts its key twice and
    /// the signature fails, an unknown id subtracts nothing.
    function updateRewardsBalance(
        address recipientAddress,
        uint256 recipientRewards,
        BLSSignatureParams calldata blsSignature,
        uint64[] memory ids
    ) external whenNotPaused whenStarted hasEnoughSigners(ids.length) {
        if (recipientAddress == address(0)) revert NullAddress();
        uint256 previous = recipients[recipientAddress].rewards;
        if (previous >= recipientRewards) revert RecipientRewardsTooLow();
        bytes memory message = abi.encodePacked(rewardTag, recipientAddress, recipientRewards);
        validateSignatureOrRevert(ids, blsSignature, BLS.hashToG2(message, hashToG2Tag));
        recipients[recipientAddress].rewards = recipientRewards;
        emit RewardsBalanceUpdated(recipientAddress, recipientRewards, previous);
    }

    /// Claims everything not yet claimed.
    function claimRewards() public {
        Recipient storage r = recipients[msg.sender];
        _claimRewards(msg.sender, r.rewards - r.claimed);
    }

    function claimRewards(uint256 amount) public {
        _claimRewards(msg.sender, amount);
    }

    /// Pays amount, at most what is unclaimed; all claims together are capped
    /// at claimThreshold per claimCycle (cycles are block.timestamp / claimCycle).
    function _claimRewards(address claimer, uint256 amount) internal {
        Recipient storage r = recipients[claimer];
        if (amount > r.rewards - r.claimed) revert MaxClaimExceeded();
        uint256 cycle = block.timestamp / claimCycle;
        if (cycle > currentClaimCycle) {
            currentClaimCycle = cycle;
            currentClaimTotal = 0;
        }
        currentClaimTotal += amount;
        if (currentClaimTotal > claimThreshold) revert ClaimThresholdExceeded();
        r.claimed += amount;
        emit RewardsClaimed(claimer, amount);
        designatedToken.safeTransfer(claimer, amount);
    }

    // ------------------------------------------------------------ registration

    /// Registers a node. Without contributors the sender is the operator and
    /// stakes everything; otherwise contributors[0] is the operator (the
    /// sender may be a ServiceNodeContribution contract), the amounts must
    /// total stakingRequirement and the operator's be at least a quarter.
    /// The sender pays the whole stake. The BLS proof of possession is a
    /// signature by blsPubkey over proofOfPossessionTag || X || Y || operator
    /// || Ed25519 key.
    function addBLSPublicKey(
        G1Point memory blsPubkey,
        BLSSignatureParams memory blsSignature,
        ServiceNodeParams memory serviceNodeParams,
        Contributor[] memory contributors
    ) external whenNotPaused whenStarted {
        uint256 n = contributors.length;
        if (n > maxContributors) revert MaxContributorsExceeded();
        if (n > 0) {
            uint256 total;
            for (uint256 i = 0; i < n; i++) {
                total += contributors[i].stakedAmount;
            }
            if (total != stakingRequirement) revert ContributionTotalMismatch(stakingRequirement, total);
            if (contributors[0].stakedAmount * 4 < stakingRequirement) {
                revert InsufficientOperatorContribution(contributors[0].stakedAmount);
            }
        } else {
            contributors = new Contributor[](1);
            contributors[0] = Contributor(Staker(msg.sender, msg.sender), stakingRequirement);
        }
        uint64 existing = serviceNodeIDs[abi.encode(blsPubkey)];
        if (existing != 0) revert BLSPubkeyAlreadyExists(existing);
        address operator = contributors[0].staker.addr;
        _validateProofOfPossession(blsPubkey, blsSignature, operator, serviceNodeParams.serviceNodePubkey);

        (uint64 id, ServiceNode storage sn) = serviceNodeAdd(blsPubkey, serviceNodeParams.serviceNodePubkey);
        sn.deposit = stakingRequirement;
        sn.operator = operator;
        for (uint256 i = 0; i < contributors.length; i++) {
            sn.contributors.push(contributors[i]);
        }
        updateBLSNonSignerThreshold();
        emit NewServiceNodeV2(id, msg.sender, blsPubkey, serviceNodeParams, contributors);
        designatedToken.safeTransferFrom(msg.sender, address(this), stakingRequirement);
    }

    /// Reverts unless blsSignature proves possession of blsPubkey for this
    /// operator and Ed25519 key (the contribution contract checks early).
    function validateProofOfPossession(
        G1Point memory blsPubkey,
        BLSSignatureParams memory blsSignature,
        address caller,
        uint256 serviceNodePubkey
    ) external {
        _validateProofOfPossession(blsPubkey, blsSignature, caller, serviceNodePubkey);
    }

    function _validateProofOfPossession(
        G1Point memory blsPubkey,
        BLSSignatureParams memory blsSignature,
        address caller,
        uint256 serviceNodePubkey
    ) private view {
        bytes memory message =
            abi.encodePacked(proofOfPossessionTag, blsPubkey.X, blsPubkey.Y, caller, serviceNodePubkey);
        if (!BLS.pairingCheck(sigWords(blsSignature), [blsPubkey.X, blsPubkey.Y], BLS.hashToG2(message, hashToG2Tag))) {
            revert InvalidBLSProofOfPossession();
        }
    }

    /// Seeds nodes (the network's existing ones) before start(); no proof of
    /// possession, no token transfer, NewSeededServiceNode instead of
    /// NewServiceNodeV2.
    function seedPublicKeyList(SeedServiceNode[] calldata nodes) external onlyOwner {
        if (isStarted) revert ContractAlreadyStarted();
        for (uint256 i = 0; i < nodes.length; i++) {
            SeedServiceNode calldata node = nodes[i];
            uint256 n = node.contributors.length;
            if (n == 0) revert InsufficientContributors();
            if (n > maxContributors) revert MaxContributorsExceeded();
            (uint64 id, ServiceNode storage sn) = serviceNodeAdd(node.blsPubkey, node.ed25519Pubkey);
            sn.deposit = stakingRequirement;
            sn.operator = node.contributors[0].staker.addr;
            sn.addedTimestamp = node.addedTimestamp;
            uint256 total;
            for (uint256 j = 0; j < n; j++) {
                Contributor calldata c = node.contributors[j];
                if (c.staker.addr == address(0)) revert NullAddress();
                total += c.stakedAmount;
                sn.contributors.push(c);
            }
            if (total != stakingRequirement) revert ContributionTotalMismatch(stakingRequirement, total);
            emit NewSeededServiceNode(id, node.blsPubkey, node.ed25519Pubkey);
        }
        updateBLSNonSignerThreshold();
    }

    /// Appends a node to the list and its key to the aggregate. Once started,
    /// at most maxPermittedPubkeyAggregations() additions per block.
    function serviceNodeAdd(G1Point memory blsPubkey, uint256 ed25519Pubkey)
        internal
        returns (uint64 id, ServiceNode storage sn)
    {
        if (blsPubkey.X == 0 || blsPubkey.Y == 0) revert NullBLSPubkey();
        if (ed25519Pubkey == 0) revert NullEd25519Pubkey();
        bytes memory key = abi.encode(blsPubkey);
        if (serviceNodeIDs[key] != LIST_SENTINEL) revert BLSPubkeyAlreadyExists(serviceNodeIDs[key]);
        if (ed25519ToServiceNodeID[ed25519Pubkey] != LIST_SENTINEL) {
            revert Ed25519PubkeyAlreadyExists(ed25519ToServiceNodeID[ed25519Pubkey]);
        }
        if (isStarted) {
            if (lastHeightPubkeyWasAggregated < block.number) {
                lastHeightPubkeyWasAggregated = block.number;
                numPubkeyAggregationsForHeight = 0;
            }
            numPubkeyAggregationsForHeight++;
            if (numPubkeyAggregationsForHeight > maxPermittedPubkeyAggregations()) {
                revert MaxPubkeyAggregationsExceeded();
            }
        }
        id = nextServiceNodeID++;
        totalNodes++;
        sn = _serviceNodes[id];
        ServiceNode storage sentinel = _serviceNodes[LIST_SENTINEL];
        uint64 last = sentinel.prev;
        sn.next = LIST_SENTINEL;
        sn.prev = last;
        sentinel.prev = id;
        _serviceNodes[last].next = id;
        sn.blsPubkey = blsPubkey;
        sn.addedTimestamp = block.timestamp;
        sn.ed25519Pubkey = ed25519Pubkey;
        ed25519ToServiceNodeID[ed25519Pubkey] = id;
        serviceNodeIDs[key] = id;
        _aggregatePubkey = totalNodes == 1 ? blsPubkey : g1(BLS.g1Add(words(_aggregatePubkey), words(blsPubkey)));
    }

    function serviceNodeDelete(uint64 id) internal {
        if (totalNodes == 0) revert InsufficientNodes();
        if (id == LIST_SENTINEL) revert DeleteSentinelNodeNotAllowed();
        ServiceNode storage sn = _serviceNodes[id];
        _serviceNodes[sn.next].prev = sn.prev;
        _serviceNodes[sn.prev].next = sn.next;
        _aggregatePubkey = g1(BLS.g1Add(words(_aggregatePubkey), BLS.g1Neg(words(sn.blsPubkey))));
        delete ed25519ToServiceNodeID[sn.ed25519Pubkey];
        delete serviceNodeIDs[abi.encode(sn.blsPubkey)];
        delete _serviceNodes[id];
        totalNodes -= 1;
    }

    // ------------------------------------------------------------ exits

    /// A contributor asks for the node's exit. Contributors of less than a
    /// quarter must wait SMALL_CONTRIBUTOR_LEAVE_DELAY after registration;
    /// a request may be repeated after an hour (it re-emits the event).
    function initiateExitBLSPublicKey(uint64 serviceNodeID) public whenNotPaused {
        _initiateExitBLSPublicKey(serviceNodeID, msg.sender);
    }

    function _initiateExitBLSPublicKey(uint64 serviceNodeID, address caller) internal whenStarted {
        ServiceNode storage sn = _serviceNodes[serviceNodeID];
        bool isContributor;
        bool isSmall;
        for (uint256 i = 0; i < sn.contributors.length; i++) {
            Contributor storage c = sn.contributors[i];
            if (c.staker.addr == caller) {
                isContributor = true;
                isSmall = SMALL_CONTRIBUTOR_DIVISOR * c.stakedAmount < sn.deposit;
                break;
            }
        }
        if (!isContributor) revert CallerNotContributor(serviceNodeID, caller);
        if (sn.leaveRequestTimestamp == 0) {
            if (isSmall && block.timestamp < sn.addedTimestamp + SMALL_CONTRIBUTOR_LEAVE_DELAY) {
                revert SmallContributorLeaveTooEarly(serviceNodeID, caller);
            }
            sn.leaveRequestTimestamp = block.timestamp;
        } else {
            uint256 end = sn.latestLeaveRequestTimestamp + MIN_TIME_BEFORE_REPEATED_LEAVE_REQUEST;
            if (block.timestamp < end) revert LeaveRequestTooEarly(serviceNodeID, end, block.timestamp);
        }
        sn.latestLeaveRequestTimestamp = block.timestamp;
        emit ServiceNodeExitRequest(serviceNodeID, caller, sn.blsPubkey);
    }

    /// Removes a node on the network's signature over
    /// exitTag || X || Y || timestamp (at most signatureExpiry old).
    function exitBLSPublicKeyWithSignature(
        G1Point calldata blsPubkey,
        uint256 timestamp,
        BLSSignatureParams calldata blsSignature,
        uint64[] memory ids
    ) external whenNotPaused whenStarted hasEnoughSigners(ids.length) {
        uint64 id = _validateBLSExitWithSignature(blsPubkey, timestamp, blsSignature, exitTag, ids);
        _exitBLSPublicKey(id, _serviceNodes[id].deposit);
    }

    /// Removes a node MAX_SERVICE_NODE_EXIT_WAIT_TIME after its first leave
    /// request, without a signature.
    function exitBLSPublicKeyAfterWaitTime(uint64 serviceNodeID) external whenNotPaused whenStarted {
        uint256 requested = _serviceNodes[serviceNodeID].leaveRequestTimestamp;
        if (requested == 0) revert LeaveRequestNotInitiatedYet(serviceNodeID);
        uint256 end = requested + MAX_SERVICE_NODE_EXIT_WAIT_TIME;
        if (block.timestamp < end) revert LeaveRequestTooEarly(serviceNodeID, end, block.timestamp);
        _exitBLSPublicKey(serviceNodeID, _serviceNodes[serviceNodeID].deposit);
    }

    /// The stake stays in the contract: the network credits returnedAmount to
    /// the contributors' claimable rewards.
    function _exitBLSPublicKey(uint64 serviceNodeID, uint256 returnedAmount) internal {
        G1Point memory pubkey = _serviceNodes[serviceNodeID].blsPubkey;
        serviceNodeDelete(serviceNodeID);
        updateBLSNonSignerThreshold();
        emit ServiceNodeExit(serviceNodeID, msg.sender, returnedAmount, pubkey);
    }

    /// Removes a node on the network's liquidation signature; the liquidator
    /// and the pool take their ratios of the deposit.
    function liquidateBLSPublicKeyWithSignature(
        G1Point calldata blsPubkey,
        uint256 timestamp,
        BLSSignatureParams calldata blsSignature,
        uint64[] memory ids
    ) external whenNotPaused whenStarted hasEnoughSigners(ids.length) {
        uint64 id = _validateBLSExitWithSignature(blsPubkey, timestamp, blsSignature, liquidateTag, ids);
        uint256 deposit = _serviceNodes[id].deposit;
        emit ServiceNodeLiquidated(id, msg.sender, _serviceNodes[id].blsPubkey);
        uint256 ratioSum = poolShareOfLiquidationRatio + liquidatorRewardRatio + recipientRatio;
        uint256 liquidatorAmount = (deposit * liquidatorRewardRatio) / ratioSum;
        uint256 poolAmount =
            deposit * poolShareOfLiquidationRatio == 0 ? 0 : (deposit * poolShareOfLiquidationRatio - 1) / ratioSum + 1;
        _exitBLSPublicKey(id, deposit - liquidatorAmount - poolAmount);
        if (liquidatorRewardRatio > 0) designatedToken.safeTransfer(msg.sender, liquidatorAmount);
        if (poolShareOfLiquidationRatio > 0) designatedToken.safeTransfer(address(foundationPool), poolAmount);
    }

    function _validateBLSExitWithSignature(
        G1Point calldata blsPubkey,
        uint256 timestamp,
        BLSSignatureParams calldata blsSignature,
        bytes32 tag,
        uint64[] memory ids
    ) internal view returns (uint64 id) {
        id = serviceNodeIDs[abi.encode(blsPubkey)];
        if (id == 0) revert BLSPubkeyDoesNotExist(blsPubkey);
        if (block.timestamp > timestamp + signatureExpiry) revert SignatureExpired(id, timestamp, block.timestamp);
        ServiceNode storage sn = _serviceNodes[id];
        if (blsPubkey.X != sn.blsPubkey.X || blsPubkey.Y != sn.blsPubkey.Y) revert BLSPubkeyDoesNotMatch(id, blsPubkey);
        if (block.timestamp < sn.addedTimestamp + minimumExitAge) {
            revert ExitTooEarly(id, sn.addedTimestamp, block.timestamp);
        }
        bytes memory message = abi.encodePacked(tag, blsPubkey.X, blsPubkey.Y, timestamp);
        validateSignatureOrRevert(ids, blsSignature, BLS.hashToG2(message, hashToG2Tag));
    }

    // ------------------------------------------------------------ governance

    /// Recounts the nodes and the aggregate key from the list (upstream does
    /// not update the non-signer threshold here either).
    function rederiveTotalNodesAndAggregatePubkey() public {
        totalNodes = 0;
        uint64 cur = _serviceNodes[LIST_SENTINEL].next;
        while (cur != LIST_SENTINEL) {
            ServiceNode storage sn = _serviceNodes[cur];
            _aggregatePubkey =
                totalNodes == 0 ? sn.blsPubkey : g1(BLS.g1Add(words(_aggregatePubkey), words(sn.blsPubkey)));
            cur = sn.next;
            totalNodes += 1;
        }
    }

    function updateBLSNonSignerThreshold() internal {
        uint256 third = totalNodes / 3;
        blsNonSignerThreshold = third > blsNonSignerThresholdMax ? blsNonSignerThresholdMax : third;
    }

    function start() public onlyOwner {
        isStarted = true;
    }

    function pause() public onlyOwner {
        _pause();
    }

    function unpause() public onlyOwner {
        _unpause();
    }

    function setStakingRequirement(uint256 newRequirement) public onlyOwner {
        if (newRequirement == 0) revert PositiveNumberRequirement();
        stakingRequirement = newRequirement;
        emit StakingRequirementUpdated(newRequirement);
    }

    function setSignatureExpiry(uint256 newExpiry) public onlyOwner {
        if (newExpiry == 0) revert PositiveNumberRequirement();
        signatureExpiry = newExpiry;
        emit SignatureExpiryUpdated(newExpiry);
    }

    function setBLSNonSignerThresholdMax(uint256 newMax) public onlyOwner {
        if (newMax == 0) revert PositiveNumberRequirement();
        blsNonSignerThresholdMax = newMax;
        emit BLSNonSignerThresholdMaxUpdated(newMax);
    }

    function setClaimThreshold(uint256 newMax) public onlyOwner {
        if (newMax == 0) revert PositiveNumberRequirement();
        claimThreshold = newMax;
        emit ClaimThresholdUpdated(newMax);
    }

    function setClaimCycle(uint256 newValue) public onlyOwner {
        if (newValue == 0) revert PositiveNumberRequirement();
        claimCycle = newValue;
        emit ClaimCycleUpdated(newValue);
    }

    /// The recipient ratio must be at least three times liquidator + pool.
    function setLiquidationRatios(uint256 liquidator, uint256 pool, uint256 recipient) public onlyOwner {
        if (recipient == 0) revert PositiveNumberRequirement();
        if ((liquidator + pool) * 3 > recipient) revert LiquidatorPenaltyTooHigh();
        liquidatorRewardRatio = liquidator;
        poolShareOfLiquidationRatio = pool;
        recipientRatio = recipient;
        emit LiquidationRatiosUpdated(liquidator, pool, recipient);
    }

    // ------------------------------------------------------------ views

    /// Verifies a network signature: the aggregate key minus the non-signers'
    /// keys must have signed hm.
    function validateSignatureOrRevert(uint64[] memory ids, BLSSignatureParams memory sig, uint256[4] memory hm)
        private
        view
    {
        uint256[2] memory missing;
        for (uint256 i = 0; i < ids.length; i++) {
            missing = BLS.g1Add(missing, words(_serviceNodes[ids[i]].blsPubkey));
        }
        uint256[2] memory key = BLS.g1Add(words(_aggregatePubkey), BLS.g1Neg(missing));
        if (!BLS.pairingCheck(sigWords(sig), key, hm)) revert InvalidBLSSignature(g1(key));
    }

    /// max(20, 2% of the nodes) additions per block.
    function maxPermittedPubkeyAggregations() public view returns (uint256) {
        uint256 twoPercent = totalNodes * 2 / 100;
        return twoPercent > MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND
            ? twoPercent
            : MAX_PERMITTED_PUBKEY_AGGREGATIONS_LOWER_BOUND;
    }

    function serviceNodes(uint64 serviceNodeID) external view returns (ServiceNode memory) {
        return _serviceNodes[serviceNodeID];
    }

    function aggregatePubkey() external view returns (G1Point memory) {
        return _aggregatePubkey;
    }

    function allServiceNodeIDs() external view returns (uint64[] memory ids, G1Point[] memory pubkeys) {
        ids = new uint64[](totalNodes);
        pubkeys = new G1Point[](totalNodes);
        uint64 cur = _serviceNodes[LIST_SENTINEL].next;
        for (uint256 i = 0; cur != LIST_SENTINEL; i++) {
            ids[i] = cur;
            pubkeys[i] = _serviceNodes[cur].blsPubkey;
            cur = _serviceNodes[cur].next;
        }
    }

    /// keccak256(base || uint256 chainid || address(this)): signatures are
    /// bound to one chain and one contract.
    function buildTag(string memory base) private view returns (bytes32) {
        return keccak256(abi.encodePacked(base, block.chainid, address(this)));
    }

    function words(G1Point memory p) private pure returns (uint256[2] memory) {
        return [p.X, p.Y];
    }

    function g1(uint256[2] memory w) private pure returns (G1Point memory) {
        return G1Point(w[0], w[1]);
    }

    function sigWords(BLSSignatureParams memory s) private pure returns (uint256[4] memory) {
        return [s.sigs0, s.sigs1, s.sigs2, s.sigs3];
    }
}
