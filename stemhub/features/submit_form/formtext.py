"""The words of the "List your program" form (form.py): each field's label and help, written
for the people who fill it in, and each rule's message in check's words (records/fields.py,
models.py, grades.py); all translated through the interface catalogs."""
from __future__ import annotations

from ...translatable import N_

# The field's name, as the form shows it; a key not named here shows as itself.
LABELS = {
    "title": N_("Program name"), "partner": N_("Who runs it"), "summary": N_("Summary"),
    "type": N_("Type of program"), "stage": N_("Pathway stage"), "sectors": N_("Career areas"),
    "audience": N_("Who signs up"), "grades": N_("Grades"), "cost": N_("Cost"),
    "cost.amount": N_("Amount in US dollars"), "cost.per": N_("What the amount pays for"),
    "cost.financial_aid": N_("Financial aid is offered"), "paid": N_("Students are paid"),
    "location": N_("Where"), "location.name": N_("Place name"),
    "location.address": N_("Street address"), "location.city": N_("Town or city"),
    "location.zip": N_("ZIP code"), "location.region": N_("Region"), "schedule": N_("When"),
    "schedule.start": N_("First day"), "schedule.end": N_("Last day"),
    "schedule.days": N_("Days it meets"), "schedule.time": N_("Hours"),
    "schedule.times": N_("Anything else about when"), "seasons": N_("Times of year"),
    "deadline": N_("Deadline to apply"), "apply_url": N_("Link to apply"),
    "contact": N_("Whom families ask"), "contact.name": N_("Name"), "contact.email": N_("E-mail"),
    "contact.phone": N_("Phone"), "languages": N_("Languages"),
    "supports": N_("Help that comes with it"), "focus": N_("Designed for"),
    "eligibility": N_("Who can join"), "capacity": N_("Number of places"),
    "tags": N_("Search words"), "availability": N_("Availability"),
    "verified_by": N_("Your name or role"),
    "org.name": N_("Organisation name"), "org.kind": N_("Kind of organisation"),
    "org.summary": N_("What the organisation does"), "org.website": N_("Web site"),
    "org.sectors": N_("Career areas"), "org.regions": N_("Regions it serves"),
    "org.offers": N_("How it works with schools"), "org.contact": N_("Whom to ask"),
    "org.contact.name": N_("Name"), "org.contact.email": N_("E-mail"),
    "org.contact.phone": N_("Phone"),
}
_DATE = N_("Like March 5, 2027, 3/5/2027 or 2027-03-05.")
# What a field is for, in plain words; a field not named here has no help.
HELP = {
    "title": N_("The name families see, at most 120 characters."),
    "partner": N_("The organisation that runs it. Not in the list? Choose “A new partner, not "
                  "listed yet” and tell us about it: its file is made too."),
    "summary": N_("One or two sentences on what participants do, at most 300 characters: "
                  "lists and search results show it."),
    "type": N_("The kind of program that fits best."),
    "stage": N_("How far along a career path it takes students: awareness (discover what the "
                "work is), exploration (try it) or immersion (do it, like an internship)."),
    "sectors": N_("The career areas it is about: at least one."),
    "audience": N_("Who signs up. Students when none is ticked."),
    "grades": N_("One grade (9), several (6, 7, 8) or a range (K-5, 9-12), from PK and K to "
                 "12. Needed when students sign up; for educators, the grades they teach."),
    "cost": N_("Free, or what a family pays."),
    "cost.amount": N_("A number, like 185 or 12.50."),
    "cost.per": N_("One word, shown in each family's language: %(session)s, %(hour)s, "
                   "%(day)s, %(week)s, %(month)s, %(semester)s, %(year)s or %(program)s (the "
                   "whole program). Or a few words of your own, like for three days."),
    "cost.financial_aid": N_("Tick when help with the cost is offered."),
    "paid": N_("Tick when students earn a wage or a stipend."),
    "location": N_("Online, or the place where it happens."),
    "location.name": N_("Like Millbrook Middle School."),
    "location.zip": N_("5 digits, or ZIP+4 (98012 or 98012-1234): search sorts programs by "
                       "distance from it."),
    "location.region": N_("The part of the region it is in."),
    "schedule": N_("When it runs, if it has dates."),
    "schedule.start": _DATE,
    "schedule.end": N_("Not before the first day. Like March 5, 2027, 3/5/2027 or 2027-03-05."),
    "schedule.days": N_("The days of the week it meets, if it meets on set days."),
    "schedule.time": N_("The hours of each day it meets, on a 24-hour clock, start-end: "
                        "15:30-17:00 is 3:30 to 5:00 pm."),
    "schedule.times": N_("Anything the days and hours do not say, in words, like every other "
                         "Saturday."),
    "seasons": N_("The times of year it runs."),
    "deadline": N_("The last day to apply. Like March 5, 2027, 3/5/2027 or 2027-03-05; leave "
                   "it empty when families can join at any time."),
    "apply_url": N_("The page where families apply or register, starting with https://."),
    "contact": N_("Whom families can ask; fill in what you want to share."),
    "contact.name": N_("A person or a role, like Program coordinator."),
    "contact.email": N_("Just the address, like name@example.org."),
    "contact.phone": N_("Digits, spaces and + - ( ) ., with an extension like x123."),
    "languages": N_("The languages it is offered in, as short codes separated by commas: en "
                    "(English), es (Spanish), vi (Vietnamese). English when left empty."),
    "supports": N_("What comes with it so that every student can take part."),
    "focus": N_("The groups it is designed for or gives priority to."),
    "eligibility": N_("Anything else about who can join, at most 300 characters."),
    "capacity": N_("How many places it has: a whole number."),
    "tags": N_("Words a family might search for, separated by commas: robotics, LEGO, coding."),
    "availability": N_("Open, unless it is full, has a waiting list or is cancelled."),
    "verified_by": N_("You confirm that these details are right today: the file says so, "
                      "with today's date."),
    "org.name": N_("Its full name, at most 120 characters."),
    "org.summary": N_("What it does, in one or two sentences, at most 300 characters."),
    "org.website": N_("Written in full, starting with https://."),
    "org.contact": N_("Whom the directory's team can ask; fill in what you want to share."),
    "org.contact.name": N_("A person or a role, like Partnerships lead."),
    "org.contact.email": N_("Just the address, like name@example.org."),
    "org.contact.phone": N_("Digits, spaces and + - ( ) ., with an extension like x123."),
}
# A group that is one word or its fields: the word's choice, and the fields'.
CHOICES = {"cost": (N_("Free"), N_("It costs money")),
           "location": (N_("Online"), N_("In person"))}
# Each rule's message (submit.js fills %(value)s with what was typed, %(num)s with the limit,
# %(count)s with what there is, %(start)s with the first day), worded as check words it.
SAYS = {
    "required": N_("Fill this in."), "choose": N_("Choose one."),
    "some": N_("Choose at least one."),
    "max": N_("This is %(count)s characters long; the limit is %(num)s."),
    "items": N_("This has %(count)s items; the limit is %(num)s."),
    "twice": N_("'%(value)s' is listed twice; keep one"),
    "chars": N_("Remove the invisible or control characters."),
    "taken": N_("This file name is taken or reserved: choose another."),
    "min": N_("%(value)s is too small; the least allowed is %(num)s"),
    "date": N_("'%(value)s' is not a date; write it like March 5, 2027, 3/5/2027 or "
               "2027-03-05"),
    "real-date": N_("%(value)s is not a real date; check the month and the day"),
    "after": N_("%(value)s is before the first day, %(start)s; check the dates"),
    "zip": N_("'%(value)s' is not a ZIP code; write 5 digits or ZIP+4 (98012 or 98012-1234)"),
    "number": N_("'%(value)s' is not a number; write digits like 45 or 12.50"),
    "whole": N_("'%(value)s' is not a whole number; write digits like 12"),
    "phone": N_("'%(value)s' is not a phone number; use digits, spaces, + - ( ) . and an "
                "extension like x123"),
    "email": N_("'%(value)s' is not an e-mail address; write it like name@example.org"),
    "url": N_("'%(value)s' is not a web address; write it in full, starting with https://"),
    "language": N_("'%(value)s' is not a language code stemhub knows. Use ISO 639-1 codes like "
                   "en, es, vi or so, with a region if needed (pt-BR)"),
    "grade": N_("%(value)s is not a grade (use PK, K or 1-12)"),
    "time": N_("'%(value)s' is not HH:MM-HH:MM; write 24-hour times like 15:30-17:00"),
    "file-name": N_("'%(value)s' cannot be a file name: use at most 80 lower-case letters a-z, "
                    "digits and single hyphens (robot-garden-club)"),
    "read": N_("Read as %(value)s."), "copied": N_("The file is copied."),
    "nocopy": N_("Copying did not work: select the file's text and copy it."),
}
# The rule a field's pattern stands for, by the key it is under (the last part of its name).
PATTERNS = {"zip": "zip", "amount": "number", "capacity": "whole", "phone": "phone",
            "email": "email", "apply_url": "url", "website": "url", "languages": "language",
            "grades": "grade", "partner": "file-name", "time": "time"}
