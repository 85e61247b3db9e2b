package exec

import (
	"encoding/json"
	"errors"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/seshnet/seshnet/workchain/state"
	"github.com/seshnet/seshnet/workchain/tx"
)

// Module is one concern of the workchain as the application composes it:
// everything in it is optional but Name. The application builds its router
// from the modules it is given (refusing two owners of one transaction
// type, L2 event kind, query path or name) and runs their block hooks in
// the phases app/finalize.go writes out.
type Module struct {
	// Name is the module's genesis section, parameter key and codespace.
	Name string
	// Codes maps the module's errors to its result codes (0: not its
	// error). Codes are reported in the codespace Name.
	Codes func(err error) uint32
	// Txs are the transaction types the module executes.
	Txs map[string]TxHandler
	// L2 are the attested L2 event kinds (core/l2event) the module applies.
	L2 map[byte]L2Handler
	// Queries answer /<path>/<arg> for each path.
	Queries map[string]Query
	// Params is the module's parameter set, if it has one.
	Params ParamSpace
	// Genesis is the module's section of app_state, if it has one.
	Genesis *Genesis
	// BeginBlock runs before the block's attestations and transactions.
	BeginBlock func(c Context, b Block) error
	// EndBlock runs after them, before the validator set and swarms.
	EndBlock func(c Context) error
}

// TxHandler runs one transaction type. Signer is the one kind of key that
// may send it, unless AnySigner; Check is the cheap part CheckTx runs;
// Deliver runs in FinalizeBlock, in a cache of the block dropped if it
// fails, after the envelope, signature, ante checks and nonce passed.
type TxHandler struct {
	Signer tx.SignerKind
	// AnySigner lets a key of any kind send the transaction (Signer is then
	// ignored): for a body that authenticates itself (an Oxen coin claim
	// carries its holder's signature), where the envelope's signer is only
	// a relayer with a nonce. The envelope's chain id, signature and nonce
	// are checked as for any transaction, and a node key must still be a
	// registered node's (no stranger's key gets a nonce in state).
	AnySigner bool
	Check     func(c Context, t *tx.Tx) error
	Deliver   func(c Context, t *tx.Tx) error
	// Once, if set, names what the body does apart from its envelope (a
	// vote's voter and vote nonce, a claim's spend key): at most one
	// transaction with a given name can ever succeed, yet every copy of a
	// signed body, wrapped by another relayer key, passes Check against
	// committed state. The application keeps one per name in the mempool,
	// proposes one per block and rejects a proposal with two, so a body
	// seen in the mempool cannot be replayed through throwaway keys to fill
	// blocks with failures (each of which would also leave its relayer's
	// nonce in state). An error is a malformed body (the module's code).
	Once func(t *tx.Tx) (string, error)
}

// L2Handler applies one attested L2 event's payload, in a cache of the
// block dropped if it fails. A failure is recorded in the block's events
// and never halts the chain.
type L2Handler func(c Context, payload []byte) error

// Query answers one query path over committed state at some height.
type Query func(kv state.KV, arg string) (any, error)

// Query errors a handler wraps so the application answers with the right
// code.
var (
	ErrNotFound    = errors.New("not found")
	ErrBadArgument = errors.New("bad argument")
)

// Block is what a begin-block hook learns of the block beyond its context:
// CometBFT's record of the last commit's signers and of misbehavior.
type Block struct {
	Hash            []byte
	ProposerAddress []byte
	// LastCommit lists the validators of the previous height and whether
	// each signed (liveness).
	LastCommit abci.CommitInfo
	// Misbehavior is evidence of double signing and light-client attacks.
	Misbehavior []abci.Misbehavior
}

// Genesis is a module's section of app_state.
type Genesis struct {
	// Default is the section of a new network.
	Default func() any
	// Validate checks a section strictly and names each wrong field.
	Validate func(raw json.RawMessage) error
	// Init writes a validated section into state at the initial height.
	Init func(c Context, raw json.RawMessage) error
	// Export reads the section back from state.
	Export func(kv state.KV) (any, error)
}
