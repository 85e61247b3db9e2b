# Recomputes the vectors of sessionid_test.go with libsodium (through ctypes)
# and hashlib, independently of our Go code: python3 core/sessionid/testdata/vectors.py
import ctypes, hashlib, base64
s = ctypes.CDLL("libsodium.so.23"); s.sodium_init()
seed = bytes(range(32))
pk = ctypes.create_string_buffer(32); sk = ctypes.create_string_buffer(64)
s.crypto_sign_seed_keypair(pk, sk, seed)
xpk = ctypes.create_string_buffer(32); s.crypto_sign_ed25519_pk_to_curve25519(xpk, pk)
acct = b'\x05' + xpk.raw
print("ed", pk.raw.hex()); print("sid", acct.hex())
for ns, data in [(0, b"hello"), (-10, b"hello"), (42, b"")]:
    nss = b"" if ns == 0 else str(ns).encode()
    h = hashlib.blake2b(acct + nss + data, digest_size=32).digest()
    print(ns, data, base64.b64encode(h).decode().rstrip("="))
