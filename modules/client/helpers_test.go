package client

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/crypto/nacl/box"

	"github.com/seshnet/seshnet/core/sessionid"
)

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// sealEnvelope seals a hand-made envelope to an account.
func sealEnvelope(t *testing.T, to sessionid.Account, env envelope) []byte {
	t.Helper()
	plain, err := json.Marshal(env)
	require.NoError(t, err)
	k := to.Key()
	data, err := box.SealAnonymous(nil, plain, &k, rand.Reader)
	require.NoError(t, err)
	return data
}
