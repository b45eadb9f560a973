"""python -m stemhub: the same as the stemhub command."""
import sys

from .cli import main

sys.exit(main())
