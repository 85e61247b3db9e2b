package bls

import (
	"fmt"
	"testing"
)

var benchMsg = make([]byte, RewardMessageSize)

func BenchmarkHashToG2(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		benchMsg[0] = byte(i) // a new message each time: the number of tries varies
		if _, err := HashToG2(benchMsg, testDST); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSign(b *testing.B) {
	k := newKey(b)
	for i := 0; b.Loop(); i++ {
		benchMsg[0] = byte(i)
		if _, err := Sign(k, benchMsg, testDST); err != nil {
			b.Fatal(err)
		}
	}
}

// signers makes n keys and their signatures over one message.
func signers(b *testing.B, n int) ([]PublicKey, []Signature) {
	b.Helper()
	h, err := HashToG2(benchMsg, testDST)
	if err != nil {
		b.Fatal(err)
	}
	pks := make([]PublicKey, n)
	sigs := make([]Signature, n)
	for i := range pks {
		k := newKey(b)
		pks[i] = k.PublicKey()
		sigs[i].p.ScalarMultiplication(&h, k.Big()) // = Sign, without n hashes
	}
	return pks, sigs
}

// BenchmarkAggregate sums n signatures and n public keys (what an aggregator
// does once the signatures are in).
func BenchmarkAggregate(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			pks, sigs := signers(b, n)
			for b.Loop() {
				Aggregate(sigs)
				AggregatePublicKeys(pks)
			}
		})
	}
}

// BenchmarkVerifyAggregate checks an aggregate of n signatures the contract's
// way: the stored aggregate key minus a tenth of the nodes as non-signers,
// then one pairing check (hash to G2 included).
func BenchmarkVerifyAggregate(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			pks, sigs := signers(b, n)
			all := AggregatePublicKeys(pks)
			absent := pks[:n/10]
			agg := Aggregate(sigs[n/10:])
			for b.Loop() {
				if err := Verify(SubtractNonSigners(all, absent), benchMsg, agg, testDST); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
