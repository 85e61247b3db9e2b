package host

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// AdminHandler serves the node's local admin API (bind it to loopback):
//
//	GET  /modules                  status of every module (JSON)
//	POST /modules/reload?name=NAME swap one module
//	POST /modules/reload           re-read the config and apply it (reloadAll)
func (h *Host) AdminHandler(reloadAll func() error) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /modules", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, h.Status())
	})
	mux.HandleFunc("POST /modules/reload", func(w http.ResponseWriter, r *http.Request) {
		var err error
		if name := r.URL.Query().Get("name"); name != "" {
			err = h.Reload(name)
		} else {
			err = reloadAll()
		}
		if err != nil {
			writeJSON(w, http.StatusConflict, map[string]string{"error": err.Error()})
			return
		}
		writeJSON(w, http.StatusOK, h.Status())
	})
	return mux
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

var adminClient = &http.Client{Timeout: 60 * time.Second}

// FetchStatus asks a running node's admin API for its modules.
func FetchStatus(ctx context.Context, adminURL string) ([]ModuleStatus, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, adminURL+"/modules", nil)
	if err != nil {
		return nil, err
	}
	var out []ModuleStatus
	return out, do(req, &out)
}

// RequestReload asks a running node to swap one module (or, with name "",
// to re-read its config).
func RequestReload(ctx context.Context, adminURL, name string) ([]ModuleStatus, error) {
	u := adminURL + "/modules/reload"
	if name != "" {
		u += "?name=" + url.QueryEscape(name)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, nil)
	if err != nil {
		return nil, err
	}
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
		return fmt.Errorf("node refused: %s", e.Error)
	}
	return json.Unmarshal(body, out)
}
