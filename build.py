"""Build the site in this folder: python build.py [build|check|serve] --help"""
import sys

from stemhub.cli import main

if __name__ == "__main__":
    sys.exit(main())
