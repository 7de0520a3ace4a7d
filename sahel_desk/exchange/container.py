"""The bundle file: a signed, optionally encrypted envelope around the changes.

Layout, all lengths big-endian::

    MAGIC | u32 header length | header (JSON) | u64 body length | body | signature (64)

The body is the zlib-compressed JSON payload; with a password it is sealed
with AES-256-GCM under a key derived by scrypt, the header being the
associated data. The Ed25519 signature covers everything before it, so a
changed byte anywhere, a cut file or a swapped header is refused; the
sender's public key travels in the header, and what its bundles may carry is
what an administrator chose when trusting it (see services.ExchangeService).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from sahel_desk.errors import UserError
from sahel_desk.text.message import Text

MAGIC = b"SAHEL-DESK-BUNDLE\n"
FORMAT = 1
SIGNATURE_SIZE = 64
#: scrypt cost: about a tenth of a second and 32 MiB per guess on a laptop
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


#: What a bundle may unpack to. A bundle of 100,000 demo incidents is 27 MB on disk and
#: 223 MB unpacked (8.4 times); these leave room for four times that, and a file whose
#: content would unpack past them (a "zip bomb") is refused while it is being unpacked,
#: before more than the limit is held in memory.
MAX_PAYLOAD_BYTES = 1 << 30  # 1 GiB
MAX_RATIO = 100
#: below this size the ratio is not held against a bundle (a small one of repetitive
#: text may compress better than a big one)
RATIO_FLOOR_BYTES = 32 << 20  # 32 MiB
#: read and unpack in pieces of these sizes
IN_CHUNK, OUT_CHUNK = 1 << 16, 1 << 20


class BundleError(UserError):
    """A bundle that cannot be read: not a bundle, cut short, altered, or locked."""


class BundleTooLargeError(BundleError):
    """A bundle whose content unpacks to more than a bundle ever holds."""

    def __init__(self, message: str, *, unpacked: int = 0):
        super().__init__(message)
        #: how much had been unpacked when it was refused (0: refused unread)
        self.unpacked = unpacked


@dataclass(frozen=True)
class Opened:
    header: dict[str, Any]
    payload: dict[str, Any]


def new_signing_key() -> tuple[bytes, bytes]:
    """A fresh Ed25519 key pair as raw bytes (private, public)."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes_raw()
    return private, key.public_key().public_bytes_raw()


def fingerprint(public_key: bytes) -> str:
    """A key as people compare it, on the phone or side by side: "SHA256:" and the
    base64 of its SHA-256 hash, as SSH shows host keys."""
    digest = hashlib.sha256(public_key).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def _key_from_password(password: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(password.encode("utf-8"))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def payload_bytes(payload: dict[str, Any]) -> bytes:
    """The payload as compact UTF-8 JSON; text that UTF-8 cannot hold (a lone surrogate,
    which no desk stores but a script may hand over) is written as a JSON escape."""
    try:
        return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(payload, separators=(",", ":")).encode("ascii")


def seal(payload: dict[str, Any], header: dict[str, Any], private_key: bytes,
         password: str | None = None) -> bytes:
    """The bundle bytes for ``payload``; ``header`` says who sends it and what it holds."""
    return seal_body(zlib.compress(payload_bytes(payload), 6), header, private_key, password)


def seal_body(body: bytes, header: dict[str, Any], private_key: bytes,
              password: str | None = None) -> bytes:
    """The bundle bytes around an already compressed payload (``seal`` without the JSON:
    also how a test writes a signed bundle whose content is not what a desk writes)."""
    signer = Ed25519PrivateKey.from_private_bytes(private_key)
    header = {**header, "format": FORMAT,
              "public_key": _b64(signer.public_key().public_bytes_raw()),
              "encrypted": password is not None}
    if password is not None:
        salt, nonce = os.urandom(16), os.urandom(12)
        header["kdf"] = {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                         "salt": _b64(salt)}
        header["cipher"] = {"name": "AES-256-GCM", "nonce": _b64(nonce)}
        header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
        body = AESGCM(_key_from_password(password, salt)).encrypt(nonce, body, header_bytes)
    else:
        header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    signed = b"".join((MAGIC, struct.pack(">I", len(header_bytes)), header_bytes,
                       struct.pack(">Q", len(body)), body))
    return signed + signer.sign(signed)


def read_header(data: bytes, source: str = "bundle") -> tuple[dict[str, Any], bytes, bytes]:
    """Split and check the envelope: (header, header bytes, body); the signature is checked."""
    if not data.startswith(MAGIC):
        raise BundleError(Text("{source} is not a Sahel Desk bundle.", source=source))
    at = len(MAGIC)
    try:
        (header_len,) = struct.unpack_from(">I", data, at)
        header_bytes = data[at + 4: at + 4 + header_len]
        at += 4 + header_len
        (body_len,) = struct.unpack_from(">Q", data, at)
        at += 8
    except struct.error:
        raise BundleError(Text("{source} is cut short (truncated); ask for it again.",
                               source=source)) from None
    body = data[at: at + body_len]
    signature = data[at + body_len:]
    if len(header_bytes) != header_len or len(body) != body_len or (
            len(signature) != SIGNATURE_SIZE):
        if len(data) < at + body_len + SIGNATURE_SIZE:
            raise BundleError(Text("{source} is cut short (truncated); ask for it again. "
                                   "Nothing was changed.", source=source))
        raise BundleError(Text("{source} is longer than it says; ask for it again. Nothing "
                               "was changed.", source=source))
    try:
        header = json.loads(header_bytes)
        if not isinstance(header, dict):
            raise TypeError("the header is not an object")
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(header["public_key"]))
        public.verify(signature, data[:at + body_len])
    except (InvalidSignature, ValueError, KeyError, TypeError, RecursionError):
        raise BundleError(Text("{source} was altered after it was written (its signature does "
                               "not match). Nothing was changed.",
                               source=source)) from None
    if header.get("format") != FORMAT:
        raise BundleError(Text("{source} was written by another version of Sahel Desk (bundle "
                               "format {format}).",
                               source=source, format=header.get('format')))
    return header, header_bytes, body


def open_bundle(data: bytes, password: str | None = None, source: str = "bundle") -> Opened:
    """Check and unpack a bundle; every failure is a BundleError saying what is wrong."""
    header, header_bytes, body = read_header(data, source)
    if header.get("encrypted"):
        if password is None:
            raise BundleError(Text("{source} is encrypted: give its password (--password-file).",
                                   source=source))
        try:
            salt = base64.b64decode(header["kdf"]["salt"])
            nonce = base64.b64decode(header["cipher"]["nonce"])
            key = _key_from_password(password, salt)
            body = AESGCM(key).decrypt(nonce, body, header_bytes)
        except InvalidTag:
            raise BundleError(Text("The password for {source} is wrong. Nothing was changed.",
                                   source=source)
                              ) from None
        except (KeyError, ValueError, TypeError):
            raise BundleError(Text("{source} has a damaged encryption header.",
                                   source=source)) from None
    raw = inflate(body, source)
    try:
        payload = json.loads(raw)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError(Text("{source} holds damaged data. Nothing was changed.",
                               source=source)) from None
    if not isinstance(payload, dict):
        raise BundleError(Text("{source} holds no changes a desk wrote (its content is not a "
                               "set of named parts). Nothing was changed.",
                               source=source))
    return Opened(header, payload)


def payload_limit(compressed_size: int) -> int:
    """The most a body of ``compressed_size`` bytes may unpack to."""
    return min(MAX_PAYLOAD_BYTES, max(RATIO_FLOOR_BYTES, MAX_RATIO * compressed_size))


def inflate(body: bytes, source: str = "bundle") -> bytes:
    """The unpacked body, refused as soon as it grows past :func:`payload_limit`: the
    input is fed in small pieces and the output taken a piece at a time, kept as
    pieces (a growing buffer may be copied as it grows, for twice the memory), so a
    bomb costs at most the limit in memory and never more."""
    limit = payload_limit(len(body))
    out: list[bytes] = []
    size = 0
    unpack = zlib.decompressobj()
    view = memoryview(body)
    try:
        for start in range(0, len(body), IN_CHUNK):
            data: bytes | memoryview = view[start:start + IN_CHUNK]
            while True:
                piece = unpack.decompress(data, OUT_CHUNK)
                size += len(piece)
                if size > limit:
                    raise BundleTooLargeError(
                        Text("{source} unpacks to more than {size} (a bundle may hold at most "
                             "{ratio} times its packed size, and never more than {most}); "
                             "it looks made to exhaust memory and was refused. Nothing was "
                             "changed.",
                             source=source,
                             size=_size(limit),
                             ratio=MAX_RATIO,
                             most=_size(MAX_PAYLOAD_BYTES)), unpacked=size)
                out.append(piece)
                data = unpack.unconsumed_tail
                if unpack.eof or (not data and len(piece) < OUT_CHUNK):
                    break
            if unpack.eof:
                break
    except zlib.error:
        raise BundleError(Text("{source} holds damaged data. Nothing was changed.",
                               source=source)) from None
    if not unpack.eof:
        raise BundleError(Text("{source} holds damaged data (its content is cut short). Nothing "
                               "was changed.",
                               source=source))
    return b"".join(out)


def _size(count: int) -> str:
    if count >= 1 << 30:
        return f"{count / (1 << 30):g} GiB"
    return f"{count / (1 << 20):,.0f} MiB"
