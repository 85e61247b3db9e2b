package oxensnap

import (
	"sort"

	"github.com/seshnet/seshnet/workchain/oxen"
)

// apportion splits pool among weights in proportion, to the atomic unit,
// by the largest remainder: each gets ⌊w × pool / W⌋, and the units that
// rounding left (fewer than the number of weights) go one each to the
// largest remainders, ties to the lower index (the caller's order is an
// address order). Every unit of the pool is given out when W > 0.
// Weights are at most W < 2^64 in total, so w × pool / W fits 64 bits.
func apportion(weights []uint64, total, pool uint64) (shares []uint64, leftover uint64) {
	shares = make([]uint64, len(weights))
	if total == 0 {
		return shares, 0
	}
	rems := make([]uint64, len(weights))
	var given uint64
	for i, w := range weights {
		shares[i], rems[i], _ = mulDiv(w, pool, total) // w ≤ total: the quotient is at most pool
		given += shares[i]
	}
	leftover = pool - given
	byRem := make([]int, len(weights))
	for i := range byRem {
		byRem[i] = i
	}
	sort.SliceStable(byRem, func(a, b int) bool { return rems[byRem[a]] > rems[byRem[b]] })
	for k := uint64(0); k < leftover; k++ {
		shares[byRem[k]]++
	}
	return shares, leftover
}

// bonus gives each address with points its share of the bonus pool:
// points / total points × pool, by the largest remainder. With no points
// the pool stays undistributed (reported).
func (im *importer) bonus() {
	weights := make([]uint64, len(im.s.BonusPoints))
	var total uint64
	for i, p := range im.s.BonusPoints {
		weights[i] = p.Points.v
		total += p.Points.v // Check matched it to totals.bonus_points: no wrap
	}
	order := sortedBy(len(weights), func(i int) []byte { return im.s.BonusPoints[i].EthAddress[:] })
	shares, remainder := apportion(permute(weights, order), total, *im.o.BonusPool)
	for k, i := range order {
		im.credit("bonus_points["+itoa(i)+"]", im.s.BonusPoints[i].EthAddress, shares[k])
		im.rep.Sesh.Bonus += shares[k]
	}
	im.rep.Sesh.BonusRemainderUnits = remainder
	im.rep.Sesh.BonusUndistributed = *im.o.BonusPool - im.rep.Sesh.Bonus
}

// coins are the coin claims: each balance converted at the ratio while the
// converted total fits the claims pool (the rest of the pool stays
// unallocated); when it does not, the pool is shared in proportion to the
// balances instead, every unit of it given out by the largest remainder
// (Session: "directly proportional to the circulating supply"). Claims of
// 0 units are left out.
func (im *importer) coins() []oxen.Coin {
	pool := *im.o.ClaimsPool
	order := sortedBy(len(im.s.Coins), func(i int) []byte { return []byte(im.s.Coins[i].OxenAddress) })
	amounts := make([]uint64, len(order))
	var converted, total uint64
	fits := true
	for k, i := range order {
		b := im.s.Coins[i].Amount.v
		total += b // Check matched it to totals.coins: no wrap
		q, _, ok := im.convert(b)
		if !ok || converted+q < converted {
			fits = false
			continue
		}
		amounts[k], converted = q, converted+q
	}
	if fits = fits && converted <= pool; fits {
		im.rep.Sesh.CoinsMode = "ratio"
	} else {
		im.rep.Sesh.CoinsMode = "prorated"
		weights := make([]uint64, len(order))
		for k, i := range order {
			weights[k] = im.s.Coins[i].Amount.v
		}
		amounts, im.rep.Sesh.CoinsRemainderUnits = apportion(weights, total, pool)
	}
	out := make([]oxen.Coin, 0, len(order))
	for k, i := range order {
		if amounts[k] == 0 {
			im.rep.Sesh.CoinsBelowOneUnit++
			continue
		}
		out = append(out, oxen.Coin{OxenAddress: im.s.Coins[i].OxenAddress, Amount: amounts[k]})
		im.rep.Sesh.Coins += amounts[k]
	}
	im.rep.Sesh.CoinAddresses = uint64(len(out))
	im.rep.Sesh.ClaimsUnallocated = pool - im.rep.Sesh.Coins
	return out
}

// sortedBy is 0..n-1 ordered by key (a stable address order).
func sortedBy(n int, key func(i int) []byte) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return string(key(order[a])) < string(key(order[b])) })
	return order
}

func permute(v []uint64, order []int) []uint64 {
	out := make([]uint64, len(order))
	for k, i := range order {
		out[k] = v[i]
	}
	return out
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}
