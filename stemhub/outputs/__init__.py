"""The files a build writes beside the HTML pages. Each output is a function of what the build
made (outputs/made.py) and the problems: it yields (site path, text, bytes or a file to copy)
and reports problems. They run in this order, after the pages are written."""
from . import (admin, calendar, data, embeds, feeds, hsds, icons, pagefind, robots, search,
               sitemap, static)

OUTPUTS = (icons.files, static.files, calendar.files, search.files, pagefind.files, feeds.files,
           sitemap.files, robots.files, admin.files, data.files, hsds.files, embeds.files)
