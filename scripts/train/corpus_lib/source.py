"""Read-only access to a repository snapshot pinned to one commit.

Snapshots live at $MIRROR/<owner>+<name>/repo (a bare git directory); MIRROR
defaults to `.mirror` beside the folder that holds the project checkout
(the convention of shared/dev/_common.py), i.e. `../.mirror` from the
repository root.
"""
import os
import subprocess
import sys

_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
MIRROR_ROOT = os.environ.get("MIRROR", os.path.join(os.path.dirname(_ROOT), ".mirror"))


class Snapshot:
    """One repository at one commit; every read goes through `git show COMMIT:PATH`."""

    def __init__(self, owner_name, commit):
        self.owner_name = owner_name
        self.commit = commit
        base = os.path.join(MIRROR_ROOT, owner_name.replace("/", "+"), "repo")
        self.git_dir = next((d for d in (base, os.path.join(base, ".git"))
                             if os.path.isfile(os.path.join(d, "HEAD"))), None)
        if self.git_dir is None:
            sys.exit(f"no snapshot of {owner_name}: expected a git copy of github.com/{owner_name} "
                     f"at {base} (set MIRROR to the folder holding <owner>+<name>/repo)")
        probe = subprocess.run(["git", "--git-dir", self.git_dir, "cat-file", "-e", commit + "^{commit}"],
                               capture_output=True)
        if probe.returncode != 0:
            head = self._git("rev-parse", "HEAD").strip()
            sys.exit(f"{owner_name}: pinned commit {commit} is not in {self.git_dir} (its HEAD is {head}); "
                     f"the converter was written against the pinned commit: check what changed, then update the pin")

    def _git(self, *args):
        return subprocess.run(["git", "--git-dir", self.git_dir, *args], check=True,
                              capture_output=True).stdout.decode("utf-8")

    def ls(self, prefix):
        out = self._git("ls-tree", "-r", "--name-only", self.commit, "--", prefix)
        return [p for p in out.splitlines() if p]

    def read(self, path):
        try:
            return self._git("show", f"{self.commit}:{path}")
        except subprocess.CalledProcessError as e:
            sys.exit(f"{self.owner_name}@{self.commit[:10]}: cannot read {path} (files of 4 MB and more "
                     f"are absent from the snapshots): {e.stderr.decode()[:200]}")
