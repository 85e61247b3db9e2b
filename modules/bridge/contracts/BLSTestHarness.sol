// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import "./BLS.sol";

/// Test only, never deployed on a network: exposes the BLS library so Go
/// tests can check it against upstream's vectors and compute H(m) for
/// signatures until the Go BLS package exists.
contract BLSTestHarness {
    function expandMessageXMD(bytes memory message, bytes32 dst)
        external
        pure
        returns (bytes32, bytes32, bytes32, bytes32)
    {
        return BLS.expandMessageXMD(message, dst);
    }

    function hashToField(bytes memory message, bytes32 dst) external pure returns (uint256, uint256, bool) {
        return BLS.hashToField(message, dst);
    }

    function fq2Sqrt(uint256 c, uint256 d) external view returns (uint256, uint256) {
        return BLS.fq2Sqrt(c, d);
    }

    function mapToG2(bytes memory message, bytes32 dst) external view returns (uint256[4] memory) {
        return BLS.mapToG2(message, dst);
    }

    function hashToG2(bytes memory message, bytes32 dst) external view returns (uint256[4] memory) {
        return BLS.hashToG2(message, dst);
    }

    function clearCofactor(uint256[4] memory p) external view returns (uint256[4] memory) {
        return BLS.clearCofactor(p);
    }

    function verify(uint256[4] memory sig, uint256[2] memory pk, bytes memory message, bytes32 dst)
        external
        view
        returns (bool)
    {
        return BLS.pairingCheck(sig, pk, BLS.hashToG2(message, dst));
    }

    function constants() external pure returns (uint256[7] memory) {
        return [BLS.TWIST_B0, BLS.TWIST_B1, BLS.PSI_X0, BLS.PSI_X1, BLS.PSI_Y0, BLS.PSI_Y1, BLS.BN_X];
    }
}
