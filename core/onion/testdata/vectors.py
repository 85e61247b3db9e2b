# Recomputes the seal vectors of vectors_test.go with libsodium (through
# ctypes) and the "cryptography" package's AES-GCM, independently of our Go
# code: python3 core/onion/testdata/vectors.py
import ctypes, hashlib, binascii
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
s = ctypes.CDLL("libsodium.so.23"); s.sodium_init()
h = binascii.unhexlify; x = lambda b: binascii.hexlify(b).decode()
seed = h("421151a459faeade3d247115f94aedae42318124095afabe4d1451a559faedee")
pk = ctypes.create_string_buffer(32); sk = ctypes.create_string_buffer(64)
s.crypto_sign_seed_keypair(pk, sk, seed)
xpk = ctypes.create_string_buffer(32); s.crypto_sign_ed25519_pk_to_curve25519(xpk, pk)
print("node x25519 pub", x(xpk.raw))
eph = h("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
ephpub = ctypes.create_string_buffer(32); s.crypto_scalarmult_base(ephpub, eph); print("eph pub", x(ephpub.raw))
shared = ctypes.create_string_buffer(32); s.crypto_scalarmult(shared, eph, xpk.raw)
import hmac
mac = hmac.new(b"LOKI", shared.raw, hashlib.sha256).digest()
print("aes key", x(mac))
req=b'{"method":"info","params":{}}'; rep=b'{"status":200,"body":"ok"}'
n=h("000102030405060708090a0b")
print("aes layer", x(n+AESGCM(mac).encrypt(n, req, None)))
print("aes reply", x(n+AESGCM(mac).encrypt(n, rep, None)))
k = hashlib.blake2b(shared.raw+ephpub.raw+xpk.raw, digest_size=32).digest(); print("xchacha key", x(k))
n24=h("000102030405060708090a0b0c0d0e0f1011121314151617")
for m in (req, rep):
    out = ctypes.create_string_buffer(len(m)+16); ol = ctypes.c_ulonglong()
    s.crypto_aead_xchacha20poly1305_ietf_encrypt(out, ctypes.byref(ol), m, ctypes.c_ulonglong(len(m)), None, ctypes.c_ulonglong(0), None, n24, k)
    print("xchacha", x(n24+out.raw[:ol.value]))
