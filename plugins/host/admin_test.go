package host

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

// TestAdminAPI_CSRF: the admin API must not act on a request a web page in
// the operator's browser can make, nor on one sent to a DNS-rebound name.
// Fails on a96bbb3: a cross-site "simple" POST (no token, text/plain, any
// Host) reloads the modules.
func TestAdminAPI_CSRF(t *testing.T) {
	h, err := New(Config{}, &fakeNode{}, zerolog.Nop())
	require.NoError(t, err)
	tokenFile := filepath.Join(t.TempDir(), "data", "admin_token")
	token, err := WriteAdminToken(tokenFile)
	require.NoError(t, err)
	var reloads atomic.Int64
	srv := httptest.NewServer(h.AdminHandler(func() (Config, error) { reloads.Add(1); return Config{}, nil }, token))
	defer srv.Close()

	cases := []struct {
		name, method, host, ctype, token string
		code                             int
	}{
		{"cross-site simple POST", http.MethodPost, "", "text/plain", "", http.StatusUnauthorized},
		{"form POST without token", http.MethodPost, "", "application/x-www-form-urlencoded", "", http.StatusUnauthorized},
		{"wrong token", http.MethodPost, "", "application/json", strings.Repeat("0", 64), http.StatusUnauthorized},
		{"token but text/plain", http.MethodPost, "", "text/plain", token, http.StatusUnsupportedMediaType},
		{"DNS-rebound Host", http.MethodPost, "evil.example:26680", "application/json", token, http.StatusMisdirectedRequest},
		{"status without token", http.MethodGet, "", "", "", http.StatusUnauthorized},
		{"status from the CLI", http.MethodGet, "", "", token, http.StatusOK},
		{"reload from the CLI", http.MethodPost, "localhost:26680", "application/json", token, http.StatusOK},
	}
	want := int64(0)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req, err := http.NewRequest(tc.method, srv.URL+"/modules"+map[bool]string{true: "/reload"}[tc.method == http.MethodPost], strings.NewReader("{}"))
			require.NoError(t, err)
			if tc.host != "" {
				req.Host = tc.host
			}
			if tc.ctype != "" {
				req.Header.Set("Content-Type", tc.ctype)
			}
			if tc.token != "" {
				req.Header.Set(AdminTokenHeader, tc.token)
			}
			res, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			require.Equal(t, tc.code, res.StatusCode, "%s", body)
			if tc.method == http.MethodPost && tc.code == http.StatusOK {
				want++
			}
			require.Equal(t, want, reloads.Load(), "reloads after %s", tc.name)
		})
	}

	// The client side sends what the guard wants.
	got, err := ReadAdminToken(tokenFile)
	require.NoError(t, err)
	_, err = RequestReload(context.Background(), srv.URL, got, "")
	require.NoError(t, err)
	_, err = FetchStatus(context.Background(), srv.URL, got)
	require.NoError(t, err)
	_, err = RequestReload(context.Background(), srv.URL, "nope", "")
	require.ErrorContains(t, err, "missing or wrong")
	require.Equal(t, want+1, reloads.Load())
}
