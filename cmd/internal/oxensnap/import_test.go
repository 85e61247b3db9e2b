package oxensnap

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seshnet/seshnet/workchain/registry"
)

func TestSampleImportsAndConserves(t *testing.T) {
	s, keys, err := Sample(7, 200, 2000)
	require.NoError(t, err)
	require.Len(t, keys.Holders, 2000)
	res, err := Import(s, Options{Registry: registry.DefaultParams()})
	require.NoError(t, err)
	t.Log(res.Report.Text())
}
