// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import "./Admin.sol";

/// The reward pool on the interface and rule of Session's public
/// RewardRatePool (session-token-contracts, contracts/RewardRatePool.sol):
/// since the last payout, the pool releases 15.1% a year, simple interest, of
/// its undistributed balance; payoutReleased() sends what has been released
/// to the beneficiary (the ServiceNodeRewards contract, which pays claims).
/// The rate is chosen upstream so that daily payouts compound to about 14% of
/// the balance a year.
contract RewardRatePool is Initializable, Ownable2Step {
    using SafeTransfer for IERC20;

    uint256 public constant VERSION = 1;
    uint64 public constant ANNUAL_SIMPLE_PAYOUT_RATE = 151; // 15.1%, in tenths of a percent
    uint64 public constant BASIS_POINTS = 1000;

    // solhint-disable-next-line var-name-mixedcase
    IERC20 public SESH;
    address public beneficiary;
    uint256 public totalPaidOut;
    uint256 public lastPaidOutTime;

    event FundsReleased(uint256 amount);
    event BeneficiaryUpdated(address newBeneficiary);

    function initialize(address _beneficiary, address _sesh) public initializer {
        beneficiary = _beneficiary;
        lastPaidOutTime = block.timestamp;
        SESH = IERC20(_sesh);
        _setOwner(msg.sender);
    }

    /// Sends everything released since the last payout to the beneficiary.
    function payoutReleased() public {
        uint256 newTotal = calculateReleasedAmount();
        uint256 released = newTotal - totalPaidOut;
        totalPaidOut = newTotal;
        lastPaidOutTime = block.timestamp;
        emit FundsReleased(released);
        SESH.safeTransfer(beneficiary, released);
    }

    function setBeneficiary(address newBeneficiary) public onlyOwner {
        beneficiary = newBeneficiary;
        emit BeneficiaryUpdated(newBeneficiary);
    }

    /// What the pool releases in 2 minutes at the current balance (upstream's
    /// "block reward" of Session's 2-minute blocks).
    function rewardRate() public view returns (uint256) {
        return calculatePayoutAmount(calculateTotalDeposited() - calculateReleasedAmount(), 2 minutes);
    }

    /// The balance plus everything paid out so far.
    function calculateTotalDeposited() public view returns (uint256) {
        return SESH.balanceOf(address(this)) + totalPaidOut;
    }

    /// Everything paid out plus what has been released since the last payout.
    function calculateReleasedAmount() public view returns (uint256) {
        return totalPaidOut + calculatePayoutAmount(SESH.balanceOf(address(this)), block.timestamp - lastPaidOutTime);
    }

    /// balance * 15.1% * timeElapsed / 365 days, rounded down.
    function calculatePayoutAmount(uint256 balance, uint256 timeElapsed) public pure returns (uint256) {
        return (balance * ANNUAL_SIMPLE_PAYOUT_RATE * timeElapsed) / (BASIS_POINTS * 365 days);
    }
}
