"""What is kept between runs: last_build.py (what `build` remembers on disk, so that a build
with nothing changed is done at once), in_memory.py (what the dev server keeps from one rebuild
for the next), stamps.py (files told apart by their stat, values by a digest)."""
