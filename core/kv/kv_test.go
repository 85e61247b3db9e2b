package kv

import (
	"math"
	"testing"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

func TestVersionedReads(t *testing.T) {
	db, err := Open(t.TempDir(), Options{Logger: zerolog.Nop()})
	require.NoError(t, err)
	defer db.Close()

	require.NoError(t, db.CommitAt(1, []Change{{Key: []byte("a"), Value: []byte("1")}, {Key: []byte("b"), Value: []byte("x")}}))
	require.NoError(t, db.CommitAt(2, []Change{{Key: []byte("a"), Value: []byte("2")}, {Key: []byte("b"), Delete: true}}))

	cases := []struct {
		version uint64
		a, b    string
	}{{1, "1", "x"}, {2, "2", ""}, {math.MaxUint64, "2", ""}}
	for _, tc := range cases {
		s := db.At(tc.version)
		a, err := s.Get([]byte("a"))
		require.NoError(t, err)
		b, err := s.Get([]byte("b"))
		require.NoError(t, err)
		s.Discard()
		require.Equal(t, tc.a, string(a), "version %d", tc.version)
		require.Equal(t, tc.b, string(b), "version %d", tc.version)
	}
}

func TestIteratePrefixInOrder(t *testing.T) {
	db, err := Open("", Options{InMemory: true, Logger: zerolog.Nop()})
	require.NoError(t, err)
	defer db.Close()
	require.NoError(t, db.CommitAt(1, []Change{
		{Key: []byte("p/c"), Value: []byte("3")}, {Key: []byte("p/a"), Value: []byte("1")},
		{Key: []byte("q/z"), Value: []byte("9")}, {Key: []byte("p/b"), Value: []byte("2")},
	}))
	s := db.At(1)
	defer s.Discard()
	var got []string
	require.NoError(t, s.Iterate([]byte("p/"), func(k, v []byte) bool {
		got = append(got, string(k)+"="+string(v))
		return len(got) < 2
	}))
	require.Equal(t, []string{"p/a=1", "p/b=2"}, got)
}
