package host

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/seshnet/seshnet/core/atomicfile"
)

// AdminTokenHeader carries the admin token: a browser sends no custom
// header cross-site without a CORS preflight, which the admin API never
// grants, so a web page the operator visits cannot act on the node.
const AdminTokenHeader = "X-Seshnet-Admin-Token"

// WriteAdminToken makes a fresh random admin token and writes it to path,
// readable by the node's user only (the CLI reads it there).
func WriteAdminToken(path string) (string, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", fmt.Errorf("admin token: %w", err)
	}
	tok := hex.EncodeToString(raw)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return "", fmt.Errorf("admin token: %w", err)
	}
	if err := atomicfile.Write(path, []byte(tok+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("admin token: %w", err)
	}
	return tok, nil
}

// ReadAdminToken reads the token a running node wrote.
func ReadAdminToken(path string) (string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("admin token: %w (is the node running, and are you its user?)", err)
	}
	return strings.TrimSpace(string(raw)), nil
}

// AdminHandler serves the node's local admin API (bind it to loopback):
//
//	GET  /modules                  status of every module (JSON)
//	POST /modules/reload?name=NAME re-read the config (load), apply it and
//	                               swap module NAME (ReloadWith)
//	POST /modules/reload           re-read the config and apply it (Apply)
//
// Every request must carry token in AdminTokenHeader and name a loopback
// Host (a DNS-rebound name is refused); a POST must be application/json,
// which a cross-site form or a no-cors fetch cannot send.
func (h *Host) AdminHandler(load func() (Config, error), token string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /modules", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, h.Status())
	})
	mux.HandleFunc("POST /modules/reload", func(w http.ResponseWriter, r *http.Request) {
		cfg, err := load()
		if err == nil {
			if name := r.URL.Query().Get("name"); name != "" {
				err = h.ReloadWith(cfg, name)
			} else {
				err = h.Apply(cfg)
			}
		}
		if err != nil {
			writeJSON(w, http.StatusConflict, map[string]string{"error": err.Error()})
			return
		}
		writeJSON(w, http.StatusOK, h.Status())
	})
	return adminGuard(token, mux)
}

// adminGuard refuses what did not come from a local admin client.
func adminGuard(token string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err := checkAdmin(r, token); err != nil {
			writeJSON(w, err.code, map[string]string{"error": err.msg})
			return
		}
		next.ServeHTTP(w, r)
	})
}

type adminRefusal struct {
	code int
	msg  string
}

func checkAdmin(r *http.Request, token string) *adminRefusal {
	if !loopbackHost(r.Host) {
		return &adminRefusal{http.StatusMisdirectedRequest, "the admin API answers only to a loopback Host"}
	}
	got := r.Header.Get(AdminTokenHeader)
	if token == "" || subtle.ConstantTimeCompare([]byte(got), []byte(token)) != 1 {
		return &adminRefusal{http.StatusUnauthorized, "missing or wrong " + AdminTokenHeader + " (the node writes it to HOME/data/admin_token)"}
	}
	if r.Method == http.MethodPost {
		if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
			return &adminRefusal{http.StatusUnsupportedMediaType, "a POST must be application/json"}
		}
	}
	return nil
}

// loopbackHost: a Host header naming localhost or a loopback address.
func loopbackHost(hostport string) bool {
	name := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		name = h
	}
	name = strings.Trim(name, "[]")
	if strings.EqualFold(name, "localhost") {
		return true
	}
	ip := net.ParseIP(name)
	return ip != nil && ip.IsLoopback()
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

var adminClient = &http.Client{Timeout: 60 * time.Second}

// FetchStatus asks a running node's admin API for its modules.
func FetchStatus(ctx context.Context, adminURL, token string) ([]ModuleStatus, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, adminURL+"/modules", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set(AdminTokenHeader, token)
	var out []ModuleStatus
	return out, do(req, &out)
}

// RequestReload asks a running node to swap one module (or, with name "",
// to re-read its config).
func RequestReload(ctx context.Context, adminURL, token, name string) ([]ModuleStatus, error) {
	u := adminURL + "/modules/reload"
	if name != "" {
		u += "?name=" + url.QueryEscape(name)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, strings.NewReader("{}"))
	if err != nil {
		return nil, err
	}
	req.Header.Set(AdminTokenHeader, token)
	req.Header.Set("Content-Type", "application/json")
	var out []ModuleStatus
	return out, do(req, &out)
}

func do(req *http.Request, out any) error {
	res, err := adminClient.Do(req)
	if err != nil {
		return fmt.Errorf("node admin API: %w (is the node running?)", err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, 1<<20))
	if err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK {
		var e struct{ Error string }
		_ = json.Unmarshal(body, &e)
		if e.Error == "" {
			e.Error = res.Status
		}
		return fmt.Errorf("node refused: %s", e.Error)
	}
	return json.Unmarshal(body, out)
}
