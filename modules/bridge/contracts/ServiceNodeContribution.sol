// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import "./Admin.sol";

/// What the contribution contract calls on ServiceNodeRewards (the tuples
/// are the same as ServiceNodeRewards's structs).
interface IStakingRewards {
    function stakingRequirement() external view returns (uint256);
    function maxContributors() external view returns (uint256);
    function designatedToken() external view returns (address);
    function validateProofOfPossession(
        ServiceNodeContribution.G1Point memory blsPubkey,
        ServiceNodeContribution.BLSSignatureParams memory blsSignature,
        address caller,
        uint256 serviceNodePubkey
    ) external;
    function addBLSPublicKey(
        ServiceNodeContribution.G1Point memory blsPubkey,
        ServiceNodeContribution.BLSSignatureParams memory blsSignature,
        ServiceNodeContribution.ServiceNodeParams memory serviceNodeParams,
        ServiceNodeContribution.Contributor[] memory contributors
    ) external;
}

/// A multi-contributor node on the interface of Session's public
/// ServiceNodeContribution (session-token-contracts,
/// contracts/ServiceNodeContribution.sol), written from its behaviour: the
/// operator opens it with the node's keys, a fee and reserved slots, and
/// contributes first (at least a quarter); others then join with at least
/// the public minimum (the remaining stake shared over the remaining slots)
/// or exactly their reservation; when the stake is complete it registers the
/// node on ServiceNodeRewards (automatically unless manualFinalize). Before
/// that a contributor may withdraw after WITHDRAWAL_DELAY, and the operator
/// may reset, refunding everyone. Upstream deploys these through a factory;
/// here the operator deploys one directly (operator = _operator).
contract ServiceNodeContribution {
    using SafeTransfer for IERC20;

    struct G1Point {
        uint256 X;
        uint256 Y;
    }

    struct BLSSignatureParams {
        uint256 sigs0;
        uint256 sigs1;
        uint256 sigs2;
        uint256 sigs3;
    }

    struct ServiceNodeParams {
        uint256 serviceNodePubkey;
        uint256 serviceNodeSignature1;
        uint256 serviceNodeSignature2;
        uint16 fee;
    }

    struct Staker {
        address addr;
        address beneficiary;
    }

    struct Contributor {
        Staker staker;
        uint256 stakedAmount;
    }

    struct ReservedContributor {
        address addr;
        uint256 amount;
    }

    struct ReservedContribution {
        uint256 amount;
        bool received;
    }

    enum Status {
        WaitForOperatorContrib,
        OpenForPublicContrib,
        WaitForFinalized,
        Finalized
    }

    // solhint-disable-next-line var-name-mixedcase
    IERC20 public immutable SESH;
    IStakingRewards public immutable stakingRewardsContract;
    uint256 public immutable stakingRequirement;
    address public immutable operator;
    uint256 public immutable maxContributors;

    G1Point public blsPubkey;
    // Upstream also makes these three public as _serviceNodeParams(),
    // _blsSignature() and _contributorAddresses(uint256): duplicates of
    // serviceNodeParams(), blsSignature() and contributorAddresses(uint256)
    // that abigen cannot name apart.
    ServiceNodeParams private _serviceNodeParams;
    BLSSignatureParams private _blsSignature;

    mapping(address => uint256) public contributions;
    mapping(address => uint256) public contributionTimestamp;
    Staker[] private _contributorAddresses;
    mapping(address => ReservedContribution) public reservedContributions;
    address[] public reservedContributionsAddresses;

    Status public status = Status.WaitForOperatorContrib;
    uint64 public constant WITHDRAWAL_DELAY = 1 days;
    uint16 public constant MAX_FEE = 10000;
    bool public manualFinalize;

    event Finalized();
    event NewContribution(address indexed contributor, address beneficiary, uint256 amount);
    event OpenForPublicContribution();
    event Filled();
    event WithdrawContribution(address indexed contributor, uint256 amount);
    event UpdateStakerBeneficiary(address indexed staker, address newBeneficiary);
    event UpdateManualFinalize(bool newValue);
    event UpdateFee(uint16 newFee);
    event UpdatePubkeys(G1Point newBLSPubkey, uint256 newEd25519Pubkey);
    event UpdateReservedContributors(ReservedContributor[] newReservedContributors);
    event Reset();

    error CalcMinContributionGivenBadContribArgs(uint256 numContributors, uint256 maxNumContributors);
    error ContributeFundsNotPossible(Status status);
    error ContributionBelowMinAmount(uint256 contributed, uint256 min);
    error ContributionBelowReservedAmount(uint256 contributed, uint256 reserved);
    error ContributionExceedsStakingRequirement(uint256 totalContributed, uint256 totalReserved, uint256 stakingRequirement);
    error DuplicateAddressInReservedContributor(uint256 index);
    error FeeExceedsPossibleValue(uint16 fee, uint16 max);
    error RequireWaitForOperatorContribStatus(Status status);
    error FinalizeNotPossible(Status status);
    error FirstContributionMustBeOperator(address contributor, address operator);
    error BeneficiaryUpdatingDisabledNodeIsNotOpen(uint256 ed25519Pubkey);
    error FirstReservedContributorMustBeOperator(uint256 index, address operator);
    error OnlyOperatorIsAuthorised(address addr, address operator);
    error MaxContributorsExceeded(uint256 maxContributors);
    error ReservedContributorHasZeroAddress(uint256 index);
    error ReservedContributionBelowMinAmount(uint256 index, uint256 contributed, uint256 min);
    error ReservedContributionExceedsStakingRequirement(uint256 index, uint256 contributed, uint256 remaining);
    error RewardsContractMaxContributorsChanged(uint256 oldMax, uint256 newMax);
    error RewardsContractStakingRequirementChanged(uint256 oldRequirement, uint256 newRequirement);
    error NonContributorUpdatedBeneficiary(address nonContributorAddr);
    error TooManyReservedContributors(uint256 length, uint256 max);
    error WithdrawTooEarly(uint256 contribTime, uint256 blockTime, uint256 delayRequired);

    modifier onlyOperator() {
        if (msg.sender != operator) revert OnlyOperatorIsAuthorised(msg.sender, operator);
        _;
    }

    modifier requireWaitForOperatorContribStatus() {
        if (status != Status.WaitForOperatorContrib) revert RequireWaitForOperatorContribStatus(status);
        _;
    }

    /// The BLS proof of possession is checked now (for _operator), so a
    /// contract that cannot register is refused before anyone pays into it.
    constructor(
        address _stakingRewardsContract,
        uint256 _maxContributors,
        G1Point memory key,
        BLSSignatureParams memory sig,
        ServiceNodeParams memory params,
        ReservedContributor[] memory reserved,
        address _operator,
        bool _manualFinalize
    ) {
        require(_stakingRewardsContract != address(0), "Shared: Zero-address is not permitted");
        require(_maxContributors != 0, "Shared: uint input is empty");
        stakingRewardsContract = IStakingRewards(_stakingRewardsContract);
        stakingRequirement = stakingRewardsContract.stakingRequirement();
        SESH = IERC20(stakingRewardsContract.designatedToken());
        maxContributors = _maxContributors;
        operator = _operator;
        _resetUpdateAndContribute(key, sig, params, reserved, _manualFinalize, address(0), 0);
    }

    // ------------------------------------------------------------ operator

    function updateManualFinalize(bool value) external onlyOperator {
        _updateManualFinalize(value);
    }

    function _updateManualFinalize(bool value) private {
        manualFinalize = value;
        emit UpdateManualFinalize(value);
    }

    function updateFee(uint16 fee) external onlyOperator {
        _updateFee(fee);
    }

    function _updateFee(uint16 fee) private requireWaitForOperatorContribStatus {
        if (fee > MAX_FEE) revert FeeExceedsPossibleValue(fee, MAX_FEE);
        _serviceNodeParams.fee = fee;
        emit UpdateFee(fee);
    }

    function updatePubkeys(
        G1Point memory newBLSPubkey,
        BLSSignatureParams memory newBLSSig,
        uint256 ed25519Pubkey,
        uint256 ed25519Sig0,
        uint256 ed25519Sig1
    ) external onlyOperator {
        _updatePubkeys(newBLSPubkey, newBLSSig, ed25519Pubkey, ed25519Sig0, ed25519Sig1);
    }

    function _updatePubkeys(
        G1Point memory newBLSPubkey,
        BLSSignatureParams memory newBLSSig,
        uint256 ed25519Pubkey,
        uint256 ed25519Sig0,
        uint256 ed25519Sig1
    ) private requireWaitForOperatorContribStatus {
        stakingRewardsContract.validateProofOfPossession(newBLSPubkey, newBLSSig, operator, ed25519Pubkey);
        blsPubkey = newBLSPubkey;
        _blsSignature = newBLSSig;
        _serviceNodeParams.serviceNodePubkey = ed25519Pubkey;
        _serviceNodeParams.serviceNodeSignature1 = ed25519Sig0;
        _serviceNodeParams.serviceNodeSignature2 = ed25519Sig1;
        emit UpdatePubkeys(newBLSPubkey, ed25519Pubkey);
    }

    /// Reserved slots: the first is the operator's; each meets the minimum
    /// for its position and together they fit in the stake.
    function updateReservedContributors(ReservedContributor[] memory reserved) external onlyOperator {
        _updateReservedContributors(reserved);
    }

    function _updateReservedContributors(ReservedContributor[] memory reserved)
        private
        requireWaitForOperatorContribStatus
    {
        for (uint256 i = 0; i < reservedContributionsAddresses.length; i++) {
            delete reservedContributions[reservedContributionsAddresses[i]];
        }
        delete reservedContributionsAddresses;
        if (reserved.length > maxContributors) revert TooManyReservedContributors(reserved.length, maxContributors);
        uint256 remaining = stakingRequirement;
        for (uint256 i = 0; i < reserved.length; i++) {
            if (i == 0 && reserved[i].addr != operator) revert FirstReservedContributorMustBeOperator(i, operator);
            if (reserved[i].addr == address(0)) revert ReservedContributorHasZeroAddress(i);
            ReservedContribution storage slot = reservedContributions[reserved[i].addr];
            if (slot.amount != 0) revert DuplicateAddressInReservedContributor(i);
            uint256 min = calcMinimumContribution(remaining, i, maxContributors);
            uint256 amount = reserved[i].amount;
            if (amount < min) revert ReservedContributionBelowMinAmount(i, amount, min);
            if (remaining < amount) revert ReservedContributionExceedsStakingRequirement(i, amount, remaining);
            remaining -= amount;
            reservedContributionsAddresses.push(reserved[i].addr);
            slot.amount = amount;
            slot.received = false;
        }
        emit UpdateReservedContributors(reserved);
    }

    function finalize() external onlyOperator {
        _finalize();
    }

    /// Registers the node with the collected stake.
    function _finalize() private {
        if (status != Status.WaitForFinalized) revert FinalizeNotPossible(status);
        status = Status.Finalized;
        emit Finalized();
        uint256 n = _contributorAddresses.length;
        Contributor[] memory cs = new Contributor[](n);
        for (uint256 i = 0; i < n; i++) {
            Staker storage s = _contributorAddresses[i];
            cs[i] = Contributor(s, contributions[s.addr]);
        }
        SESH.approve(address(stakingRewardsContract), stakingRequirement);
        stakingRewardsContract.addBLSPublicKey(blsPubkey, _blsSignature, _serviceNodeParams, cs);
    }

    /// Refunds everyone (unless finalized) and reopens for the operator.
    function reset() external onlyOperator {
        _reset();
    }

    function _reset() private {
        for (uint256 i = 0; i < _contributorAddresses.length; i++) {
            address who = _contributorAddresses[i].addr;
            uint256 refund = contributions[who];
            if (status != Status.Finalized && refund > 0) SESH.safeTransfer(who, refund);
            delete contributions[who];
            delete contributionTimestamp[who];
        }
        delete _contributorAddresses;
        status = Status.WaitForOperatorContrib;
        _updateReservedContributors(new ReservedContributor[](0));
        emit Reset();
    }

    function resetUpdateAndContribute(
        G1Point memory key,
        BLSSignatureParams memory sig,
        ServiceNodeParams memory params,
        ReservedContributor[] memory reserved,
        bool _manualFinalize,
        address beneficiary,
        uint256 amount
    ) external onlyOperator {
        _resetUpdateAndContribute(key, sig, params, reserved, _manualFinalize, beneficiary, amount);
    }

    function _resetUpdateAndContribute(
        G1Point memory key,
        BLSSignatureParams memory sig,
        ServiceNodeParams memory params,
        ReservedContributor[] memory reserved,
        bool _manualFinalize,
        address beneficiary,
        uint256 amount
    ) private {
        _reset();
        _updatePubkeys(key, sig, params.serviceNodePubkey, params.serviceNodeSignature1, params.serviceNodeSignature2);
        _updateFee(params.fee);
        _updateReservedContributors(reserved);
        _updateManualFinalize(_manualFinalize);
        if (amount > 0) _contributeFunds(operator, beneficiary, amount);
    }

    // ------------------------------------------------------------ contributors

    function updateBeneficiary(address newBeneficiary) external {
        _updateBeneficiary(msg.sender, newBeneficiary);
    }

    function _updateBeneficiary(address stakerAddr, address newBeneficiary) private {
        if (status != Status.OpenForPublicContrib && status != Status.WaitForFinalized) {
            revert BeneficiaryUpdatingDisabledNodeIsNotOpen(_serviceNodeParams.serviceNodePubkey);
        }
        address desired = newBeneficiary == address(0) ? stakerAddr : newBeneficiary;
        for (uint256 i = 0; i < _contributorAddresses.length; i++) {
            Staker storage s = _contributorAddresses[i];
            if (s.addr == stakerAddr) {
                if (s.beneficiary == desired) return;
                s.beneficiary = desired;
                emit UpdateStakerBeneficiary(stakerAddr, desired);
                return;
            }
        }
        revert NonContributorUpdatedBeneficiary(stakerAddr);
    }

    /// Contributes amount (approve the token first). The operator must come
    /// first; a reserved address pays at least its reservation; anyone else
    /// at least minimumContribution() the first time (top-ups are free).
    function contributeFunds(uint256 amount, address beneficiary) external {
        _contributeFunds(msg.sender, beneficiary, amount);
    }

    function _contributeFunds(address caller, address beneficiary, uint256 amount) private {
        if (status != Status.WaitForOperatorContrib && status != Status.OpenForPublicContrib) {
            revert ContributeFundsNotPossible(status);
        }
        uint256 parentMax = stakingRewardsContract.maxContributors();
        if (maxContributors != parentMax) revert RewardsContractMaxContributorsChanged(maxContributors, parentMax);
        uint256 parentReq = stakingRewardsContract.stakingRequirement();
        // Upstream reports this with RewardsContractMaxContributorsChanged too.
        if (stakingRequirement != parentReq) revert RewardsContractMaxContributorsChanged(stakingRequirement, parentReq);
        if (status == Status.WaitForOperatorContrib) {
            if (caller != operator) revert FirstContributionMustBeOperator(caller, operator);
            status = Status.OpenForPublicContrib;
            emit OpenForPublicContribution();
        }
        ReservedContribution storage slot = reservedContributions[caller];
        if (slot.amount > 0 && !slot.received) {
            if (amount < slot.amount) revert ContributionBelowReservedAmount(amount, slot.amount);
            slot.received = true;
        } else if (contributions[caller] == 0) {
            uint256 min = minimumContribution();
            if (amount < min) revert ContributionBelowMinAmount(amount, min);
        }
        address desired = beneficiary == address(0) ? caller : beneficiary;
        if (contributions[caller] == 0) {
            _contributorAddresses.push(Staker(caller, desired));
        } else {
            _updateBeneficiary(caller, desired);
        }
        contributions[caller] += amount;
        contributionTimestamp[caller] = block.timestamp;
        uint256 total = totalContribution();
        uint256 reservedLeft = totalReservedContribution();
        if (total + reservedLeft > stakingRequirement) {
            revert ContributionExceedsStakingRequirement(total, reservedLeft, stakingRequirement);
        }
        if (_contributorAddresses.length > maxContributors) revert MaxContributorsExceeded(maxContributors);
        if (total == stakingRequirement) {
            status = Status.WaitForFinalized;
            emit Filled();
        }
        emit NewContribution(caller, desired, amount);
        SESH.safeTransferFrom(caller, address(this), amount);
        if (status == Status.WaitForFinalized && !manualFinalize) _finalize();
    }

    /// Before finalization: a contributor takes their stake back after
    /// WITHDRAWAL_DELAY since their last contribution; the operator resets
    /// the whole contract. After finalization it only forgets the contributor.
    function withdrawContribution() external {
        if (msg.sender == operator) {
            _reset();
            return;
        }
        uint256 since = block.timestamp - contributionTimestamp[msg.sender];
        if (since < WITHDRAWAL_DELAY) {
            revert WithdrawTooEarly(contributionTimestamp[msg.sender], block.timestamp, WITHDRAWAL_DELAY);
        }
        uint256 refund = removeAndRefundContributor(msg.sender);
        if (refund > 0) emit WithdrawContribution(msg.sender, refund);
    }

    function removeAndRefundContributor(address who) private returns (uint256 refund) {
        refund = contributions[who];
        if (refund == 0) return 0;
        delete contributions[who];
        delete contributionTimestamp[who];
        uint256 n = _contributorAddresses.length;
        for (uint256 i = 0; i < n; i++) {
            if (_contributorAddresses[i].addr == who) {
                _contributorAddresses[i] = _contributorAddresses[n - 1];
                _contributorAddresses.pop();
                break;
            }
        }
        reservedContributions[who].received = false;
        if (status == Status.Finalized) return 0;
        SESH.safeTransfer(who, refund);
        if (status == Status.WaitForFinalized) status = Status.OpenForPublicContrib;
    }

    // ------------------------------------------------------------ views

    function blsSignature() external view returns (BLSSignatureParams memory) {
        return _blsSignature;
    }

    function serviceNodeParams() external view returns (ServiceNodeParams memory) {
        return _serviceNodeParams;
    }

    function contributorAddresses(uint256 index) external view returns (Staker memory) {
        return _contributorAddresses[index];
    }

    /// The public minimum now: what is neither contributed nor reserved,
    /// shared over the slots neither taken nor reserved.
    function minimumContribution() public view returns (uint256) {
        uint256 awaiting;
        uint256 awaitingCount;
        for (uint256 i = 0; i < reservedContributionsAddresses.length; i++) {
            ReservedContribution storage slot = reservedContributions[reservedContributionsAddresses[i]];
            if (!slot.received) {
                awaiting += slot.amount;
                awaitingCount += 1;
            }
        }
        return calcMinimumContribution(
            stakingRequirement - totalContribution() - awaiting,
            _contributorAddresses.length + awaitingCount,
            maxContributors
        );
    }

    /// The operator's minimum is a quarter of what remains, rounded up; a
    /// later one's is the remainder over the free slots, rounded up.
    function calcMinimumContribution(uint256 contributionRemaining, uint256 numContributors, uint256 maxNumContributors)
        public
        pure
        returns (uint256)
    {
        if (maxNumContributors <= numContributors) {
            revert CalcMinContributionGivenBadContribArgs(numContributors, maxNumContributors);
        }
        if (numContributors == 0) return (contributionRemaining - 1) / 4 + 1;
        return (contributionRemaining - 1) / (maxNumContributors - numContributors) + 1;
    }

    function minimumOperatorContribution(uint256 _stakingRequirement) public pure returns (uint256) {
        return calcMinimumContribution(_stakingRequirement, 0, 1);
    }

    function contributorAddressesLength() public view returns (uint256) {
        return _contributorAddresses.length;
    }

    function operatorContribution() public view returns (uint256) {
        return _contributorAddresses.length > 0 ? contributions[_contributorAddresses[0].addr] : 0;
    }

    function getContributions()
        public
        view
        returns (address[] memory addrs, address[] memory beneficiaries, uint256[] memory contribs)
    {
        uint256 n = _contributorAddresses.length;
        addrs = new address[](n);
        beneficiaries = new address[](n);
        contribs = new uint256[](n);
        for (uint256 i = 0; i < n; i++) {
            addrs[i] = _contributorAddresses[i].addr;
            beneficiaries[i] = _contributorAddresses[i].beneficiary;
            contribs[i] = contributions[addrs[i]];
        }
    }

    function getReserved() public view returns (address[] memory addrs, uint256[] memory contribs, bool[] memory received) {
        uint256 n = reservedContributionsAddresses.length;
        addrs = new address[](n);
        contribs = new uint256[](n);
        received = new bool[](n);
        for (uint256 i = 0; i < n; i++) {
            addrs[i] = reservedContributionsAddresses[i];
            contribs[i] = reservedContributions[addrs[i]].amount;
            received[i] = reservedContributions[addrs[i]].received;
        }
    }

    function totalContribution() public view returns (uint256 result) {
        for (uint256 i = 0; i < _contributorAddresses.length; i++) {
            result += contributions[_contributorAddresses[i].addr];
        }
    }

    function totalReservedContribution() public view returns (uint256 result) {
        for (uint256 i = 0; i < reservedContributionsAddresses.length; i++) {
            ReservedContribution storage slot = reservedContributions[reservedContributionsAddresses[i]];
            if (!slot.received) result += slot.amount;
        }
    }
}
