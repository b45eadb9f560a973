"""The built-in vocabularies (content-model.md, "Vocabularies"): their words, which a site may
extend, and each word's display name, marked for the interface's translation catalogs."""
from __future__ import annotations

from ..translatable import N_

BUILT_IN = {
    "types": "field-trip job-shadow internship apprenticeship mentoring camp club competition "
             "course dual-credit workshop career-event college-visit family-event "
             "professional-development",
    "sectors": "engineering-manufacturing healthcare-life-sciences computer-science-it aerospace "
               "construction-trades maritime energy-environment agriculture-food "
               "digital-media-arts business-finance",
    "supports": "transportation meals stipend childcare devices interpreters "
                "disability-accommodations scholarships",
    "focus": "girls students-of-color low-income rural first-generation english-learners "
             "students-with-disabilities foster-youth housing-insecure",
    "partner_kinds": "industry nonprofit higher-education k12 government foundation community "
                     "workforce library-museum",
    "offers": "field-trips job-shadows internships mentors guest-speakers equipment funding "
              "curriculum advisory",
    "stage": "awareness exploration immersion",
    "seasons": "school-year after-school weekends summer breaks",
    "audience": "students families educators",
    "availability": "open waitlist full cancelled",
    "guide_audience": "partners educators families",
}
EXTENSIBLE = ("types", "sectors", "supports", "focus", "partner_kinds", "offers")
# The display name of every built-in word (a site's own words are named in site.yaml),
# marked for the translation catalogs; templates show them through _().
NAMES = {
    # types
    "field-trip": N_("Field trip"), "job-shadow": N_("Job shadow"), "internship": N_("Internship"),
    "apprenticeship": N_("Apprenticeship"), "mentoring": N_("Mentoring"), "camp": N_("Camp"),
    "club": N_("Club"), "competition": N_("Competition"), "course": N_("Course"),
    "dual-credit": N_("Dual credit"), "workshop": N_("Workshop"),
    "career-event": N_("Career event"), "college-visit": N_("College visit"),
    "family-event": N_("Family event"), "professional-development": N_("Professional development"),
    # sectors
    "engineering-manufacturing": N_("Engineering & manufacturing"),
    "healthcare-life-sciences": N_("Healthcare & life sciences"),
    "computer-science-it": N_("Computer science & IT"), "aerospace": N_("Aerospace"),
    "construction-trades": N_("Construction & trades"), "maritime": N_("Maritime"),
    "energy-environment": N_("Energy & environment"), "agriculture-food": N_("Agriculture & food"),
    "digital-media-arts": N_("Digital media & arts"), "business-finance": N_("Business & finance"),
    # supports
    "transportation": N_("Transportation"), "meals": N_("Meals"), "stipend": N_("Stipend"),
    "childcare": N_("Childcare"), "devices": N_("Devices to use"),
    "interpreters": N_("Interpreters"),
    "disability-accommodations": N_("Disability accommodations"),
    "scholarships": N_("Scholarships"),
    # focus
    "girls": N_("Girls"), "students-of-color": N_("Students of color"),
    "low-income": N_("Low income"), "rural": N_("Rural"),
    "first-generation": N_("First generation"), "english-learners": N_("English learners"),
    "students-with-disabilities": N_("Students with disabilities"),
    "foster-youth": N_("Foster youth"), "housing-insecure": N_("Housing insecure"),
    # partner_kinds
    "industry": N_("Industry"), "nonprofit": N_("Nonprofit"),
    "higher-education": N_("Higher education"), "k12": N_("K-12 schools"),
    "government": N_("Government"), "foundation": N_("Foundation"), "community": N_("Community"),
    "workforce": N_("Workforce"), "library-museum": N_("Libraries & museums"),
    # offers
    "field-trips": N_("Field trips"), "job-shadows": N_("Job shadows"),
    "internships": N_("Internships"), "mentors": N_("Mentors"),
    "guest-speakers": N_("Guest speakers"), "equipment": N_("Equipment"), "funding": N_("Funding"),
    "curriculum": N_("Curriculum"), "advisory": N_("Advisory"),
    # stage
    "awareness": N_("Awareness"), "exploration": N_("Exploration"), "immersion": N_("Immersion"),
    # seasons
    "school-year": N_("School year"), "after-school": N_("After school"),
    "weekends": N_("Weekends"), "summer": N_("Summer"), "breaks": N_("School breaks"),
    # audience
    "students": N_("Students"), "families": N_("Families"), "educators": N_("Educators"),
    # availability
    "open": N_("Open"), "waitlist": N_("Waitlist"), "full": N_("Full"),
    "cancelled": N_("Cancelled"),
    # guide_audience
    "partners": N_("Partners"),
}
# cost.per: the words the site shows in the reader's language ("$25 per week"); any other
# text (at most 40 characters) is shown as written.
PER = {
    "session": N_("per session"), "hour": N_("per hour"), "day": N_("per day"),
    "week": N_("per week"), "month": N_("per month"), "semester": N_("per semester"),
    "year": N_("per year"), "program": N_("for the whole program"),
}
