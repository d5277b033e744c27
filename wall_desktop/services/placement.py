"""Where a database lives: read-only media, cloud-synced folders, network filesystems.

A cloud client (OneDrive, Dropbox, Google Drive, Nextcloud) may upload a
half-written file or replace it with another laptop's copy; a network
filesystem may not honour SQLite's locks.  Neither is refused, but the user
is told why it is risky.  Read-only media open read-only.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from wall_desktop.i18n import _

# Folder names that cloud clients create, and files they leave inside the synced folder.
_CLOUD_FOLDER_NAMES: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("mój dysk", "Google Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("icloud drive", "iCloud Drive"),
    ("icloud~com~apple~clouddocs", "iCloud Drive"),
)
_CLOUD_MARKER_FILES: tuple[tuple[str, str], ...] = (
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".tmp.drivedownload", "Google Drive"),
    (".shortcut-targets-by-id", "Google Drive"),
    (".nextcloudsync.log", "Nextcloud"),
    (".owncloudsync.log", "ownCloud"),
)
_SYNC_JOURNAL_PREFIXES = (".sync_", "._sync_")  # Nextcloud/ownCloud journal: .sync_<id>.db

# statfs(2) f_type values of network filesystems (Linux).
_NETWORK_MAGIC: dict[int, str] = {
    0x6969: "nfs",
    0x517B: "smb",
    0xFF534D42: "cifs",
    0xFE534D42: "smb2",
    0x564C: "ncp",
    0x5346414F: "afs",
    0x6B414653: "afs",
    0x73757245: "coda",
    0x00C36400: "ceph",
    0x01021997: "9p",
}
_FUSE_MAGIC = 0x65735546
_NETWORK_FUSE = ("sshfs", "rclone", "davfs", "s3fs", "gvfsd-fuse", "gcsfuse", "curlftpfs")


@dataclass(frozen=True)
class PlacementWarning:
    """A reason to worry about where the database is; ``message`` is for the user."""

    kind: Literal["cloud", "network"]
    service: str
    folder: Path | None
    message: str


def cloud_sync_folder(path: Path) -> tuple[str, Path] | None:
    """The cloud service and the synced folder that holds ``path``, if any."""
    for folder in [path.parent, *path.parent.parents]:
        name = folder.name.lower()
        for prefix, service in _CLOUD_FOLDER_NAMES:
            # "OneDrive - Fundacja" and "OneDrive-Personal" are OneDrive too.
            if name == prefix or name.startswith(prefix + " -") or name.startswith(prefix + "-"):
                return service, folder
        for marker, service in _CLOUD_MARKER_FILES:
            if (folder / marker).exists():
                return service, folder
        if _has_sync_journal(folder):
            return "Nextcloud", folder
    return None


def _has_sync_journal(folder: Path) -> bool:
    try:
        names = os.listdir(folder)
    except OSError:
        return False
    return any(n.startswith(_SYNC_JOURNAL_PREFIXES) and n.endswith(".db") for n in names)


def filesystem_type(path: Path) -> str | None:
    """The network filesystem behind ``path`` ("nfs", "cifs", "sshfs", ...), else None."""
    if not sys.platform.startswith("linux"):
        return None
    folder = path if path.is_dir() else path.parent
    magic = _statfs_type(folder)
    if magic is None:
        return None
    if magic == _FUSE_MAGIC:
        subtype = _fuse_subtype(folder)
        if subtype and any(subtype.startswith(n) for n in _NETWORK_FUSE):
            return subtype
        return None
    return _NETWORK_MAGIC.get(magic)


def _statfs_type(folder: Path) -> int | None:
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return None
    try:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        buf = ctypes.create_string_buffer(512)  # larger than any struct statfs
        if libc.statfs(os.fsencode(folder), buf) != 0:
            return None
    except (OSError, AttributeError):
        return None
    # f_type is the first field, a native long; masks make CIFS's magic positive on 32 bits.
    (value,) = struct.unpack_from("l", buf.raw, 0)
    return int(value) & 0xFFFFFFFF


def _fuse_subtype(folder: Path) -> str | None:
    """The FUSE filesystem's name, from the longest mount point that holds ``folder``."""
    try:
        lines = Path("/proc/self/mountinfo").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    target = os.path.realpath(folder)
    best: tuple[int, str] | None = None
    for line in lines:
        left, _sep, right = line.partition(" - ")
        fields = left.split()
        if len(fields) < 5 or not right:
            continue
        mount = fields[4].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and (best is None or len(mount) > best[0]):
            fstype = right.split()[0]
            best = (len(mount), fstype.removeprefix("fuse."))
    return best[1] if best else None


def placement_warnings(path: Path, *, fs_type: str | None = None) -> list[PlacementWarning]:
    """Warnings for a database at ``path`` (``fs_type`` overrides detection, for tests)."""
    warnings: list[PlacementWarning] = []
    cloud = cloud_sync_folder(path)
    if cloud is not None:
        service, folder = cloud
        warnings.append(
            PlacementWarning(
                kind="cloud",
                service=service,
                folder=folder,
                message=_(
                    "The database is inside {folder}, a folder that {service} synchronises. "
                    "The sync client may upload a half-saved file or replace it with a copy "
                    "from another computer; keep the database outside synced folders and "
                    "use backups to move it."
                ).format(folder=folder, service=service),
            )
        )
    network = fs_type if fs_type is not None else filesystem_type(path)
    if network:
        warnings.append(
            PlacementWarning(
                kind="network",
                service=network,
                folder=None,
                message=_(
                    "The database is on a network drive ({fs}). Network drives may not "
                    "honour the locks that keep the file safe, and a dropped connection "
                    "can damage it; keep the database on this computer's own disk."
                ).format(fs=network),
            )
        )
    return warnings


def read_only_reason(path: Path) -> str | None:
    """Why the database at ``path`` cannot be written, or None when it can."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return _("the disk or USB stick it is on is read-only")
    except (OSError, AttributeError):
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return _("the file is read-only")
    if not os.access(folder, os.W_OK):
        return _("its folder cannot be written to")
    return None
