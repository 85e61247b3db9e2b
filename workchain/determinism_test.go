// Package workchain_test guards the rules of DESIGN.md §2 that keep the
// workchain deterministic, by reading its source.
package workchain_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// forbidden are imports that bring the network, plugins, the L2 client or
// non-deterministic sources into the state machine.
var forbidden = []string{
	"net", "net/http", "net/rpc", "os/exec", "math/rand", "math/rand/v2",
	"github.com/hashicorp/go-plugin", "google.golang.org/grpc",
	"github.com/ethereum/go-ethereum/ethclient", "github.com/ethereum/go-ethereum/rpc",
	"github.com/seshnet/seshnet/plugins", "github.com/seshnet/seshnet/modules",
}

func TestWorkchainStaysDeterministic(t *testing.T) {
	fset := token.NewFileSet()
	var checked int
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		require.NoError(t, err)
		checked++
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			for _, bad := range forbidden {
				if p == bad || strings.HasPrefix(p, bad+"/") {
					t.Errorf("%s imports %s", path, p)
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.GoStmt:
				t.Errorf("%s: goroutine at %s", path, fset.Position(x.Pos()))
			case *ast.SelectorExpr:
				if id, ok := x.X.(*ast.Ident); ok && id.Name == "time" && x.Sel.Name == "Now" {
					t.Errorf("%s: time.Now at %s; take time from the block", path, fset.Position(x.Pos()))
				}
			}
			return true
		})
		return nil
	})
	require.NoError(t, err)
	require.Greater(t, checked, 10, "the walk found the workchain's files")
}
