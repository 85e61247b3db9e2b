package helperproc

import (
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The test binary's own CPU time grows while it burns CPU.
func TestCPUOfThisProcess(t *testing.T) {
	before, err := CPU(os.Getpid())
	require.NoError(t, err)
	x := 0
	for end := time.Now().Add(100 * time.Millisecond); time.Now().Before(end); {
		x++
	}
	after, err := CPU(os.Getpid())
	require.NoError(t, err)
	require.Greater(t, after, before, "spun %d times", x)
}

func TestHelperEcho(t *testing.T) {
	if !Child("HELPERPROC_TEST_CHILD") {
		t.Skip("the helper process of TestStartAndServe")
	}
	Serve("hello", "world")
}

// A helper started with Start hands its fields over and ends with the test.
func TestStartAndServe(t *testing.T) {
	fields, cpu := Start(t, "TestHelperEcho", "HELPERPROC_TEST_CHILD")
	require.Equal(t, []string{"hello", "world"}, fields)
	require.GreaterOrEqual(t, cpu(), time.Duration(0))
}

func TestCPUOfNoProcess(t *testing.T) {
	_, err := CPU(-1)
	require.Error(t, err)
}
