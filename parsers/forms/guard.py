"""Checks on a zip container before any part of it is inflated (zip bombs, huge parts)."""
from __future__ import annotations

import io
import zipfile

from parsers.forms.limits import Limits
from parsers.forms.result import FormError

_MB = 1_000_000


def open_zip(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """The zip, after its declared sizes passed the limits; FormError otherwise.

    Python's zipfile stops inflating a member at its declared size (and then
    fails its CRC check), so checking the declared sizes bounds the real work.
    """
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as err:
        raise FormError(f"filen er skadet eller ufullstendig (ikke en lesbar zip-fil: {err})") from err
    if len(infos) > limits.max_zip_members:
        raise FormError(f"filen har {len(infos)} deler (grense {limits.max_zip_members}); ikke lest")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise FormError("filen er kryptert (passordbeskyttet); ikke lest")
        size = info.file_size
        total += size
        if size > limits.max_member_bytes:
            raise FormError(
                f"delen {info.filename} pakker ut til {size // _MB} MB "
                f"(grense {limits.max_member_bytes // _MB} MB); mulig zip-bombe, ikke lest")
        if size > _MB and size > limits.max_ratio * max(info.compress_size, 1):
            raise FormError(
                f"delen {info.filename} er komprimert {size // max(info.compress_size, 1)}:1 "
                f"(grense {limits.max_ratio}:1); mulig zip-bombe, ikke lest")
        if info.filename == "xl/sharedStrings.xml" and size > limits.max_shared_strings_bytes:
            raise FormError(
                f"tekstene i arbeidsboken er {size // _MB} MB "
                f"(grense {limits.max_shared_strings_bytes // _MB} MB); ikke lest")
    if total > limits.max_total_bytes:
        raise FormError(f"filen pakker ut til {total // _MB} MB "
                        f"(grense {limits.max_total_bytes // _MB} MB); mulig zip-bombe, ikke lest")
    return zf
