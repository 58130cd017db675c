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
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, OSError,
            EOFError) as err:
        raise FormError(f"the file is damaged or incomplete (not a readable zip: {err})") from err
    if len(infos) > limits.max_zip_members:
        raise FormError(f"the file has {len(infos)} parts (limit {limits.max_zip_members}); not read")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise FormError("the file is encrypted (password-protected); not read")
        size = info.file_size
        total += size
        if size > limits.max_member_bytes:
            raise FormError(
                f"part {info.filename} inflates to {size // _MB} MB "
                f"(limit {limits.max_member_bytes // _MB} MB); possible zip bomb, not read")
        if size > _MB and size > limits.max_ratio * max(info.compress_size, 1):
            raise FormError(
                f"part {info.filename} is compressed {size // max(info.compress_size, 1)}:1 "
                f"(limit {limits.max_ratio}:1); possible zip bomb, not read")
        if info.filename == "xl/sharedStrings.xml" and size > limits.max_shared_strings_bytes:
            raise FormError(
                f"the workbook's shared strings are {size // _MB} MB "
                f"(limit {limits.max_shared_strings_bytes // _MB} MB); not read")
    if total > limits.max_total_bytes:
        raise FormError(f"the file inflates to {total // _MB} MB "
                        f"(limit {limits.max_total_bytes // _MB} MB); possible zip bomb, not read")
    return zf
