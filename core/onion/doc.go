// Package onion is Session's onion request v2 format (DESIGN.md §10): the
// framing of a request body, the two hop ciphers, the per-layer control
// JSON, the client's builder and the node's peeling of one layer. It is pure:
// no networking, no logging, no clock. Wire conventions follow
// oxen-storage-server and libsession-util (channel_encryption.cpp,
// onion_processing.cpp, onionreq/builder.cpp); where this package differs
// from them the difference is written next to the code.
//
// A request travels as
//
//	[u32 little-endian N][N bytes ciphertext][JSON {"ephemeral_key", "enc_type"}]
//
// and each hop decrypts the ciphertext into the same framing, whose JSON
// says either "forward to this node" (destination, ephemeral_key, enc_type)
// or "you are the destination" (headers). Only the destination encrypts the
// reply, once, with the key it derived for its own layer.
package onion
