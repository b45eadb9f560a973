"""The files a build writes beside the HTML pages. Each output is a function of what the build
made (outputs/made.py) and the problems: it yields (site path, text, bytes or a file to copy)
and reports problems. They run in this order, after the pages are written."""
from . import admin, calendar, embeds, icons, pagefind, search, static

OUTPUTS = (icons.files, static.files, calendar.files, search.files, pagefind.files, admin.files,
           embeds.files)
