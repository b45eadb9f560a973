"""The words and places bench/generate.py draws its sites from: program types and kinds, sectors,
topics and their fields, ordinary and function words (by rank: the first are the most common),
organisation and place names, tags, focus groups, regions, ZIP codes and towns."""
from __future__ import annotations

TYPES = ("field-trip job-shadow internship apprenticeship mentoring camp club competition course "
         "dual-credit workshop career-event college-visit family-event").split()
SECTORS = ("engineering-manufacturing healthcare-life-sciences computer-science-it aerospace "
           "construction-trades maritime energy-environment agriculture-food digital-media-arts "
           "business-finance").split()
SEASONS = "school-year after-school weekends summer breaks".split()
SUPPORTS = "transportation meals stipend childcare devices interpreters".split()

# The kinds of program a title names, by type ("{}" is the topic): 33 in all.
KINDS = {
    "field-trip": ["{} Field Trip", "{} Lab Tour", "{} Site Visit"],
    "job-shadow": ["{} Job Shadow Day", "{} Job Shadow"],
    "internship": ["{} Summer Internship", "{} Internship", "Paid {} Internship"],
    "apprenticeship": ["{} Pre-Apprenticeship", "{} Youth Apprenticeship"],
    "mentoring": ["{} Mentoring Program", "{} Mentor Circle"],
    "camp": ["{} Summer Camp", "{} Day Camp", "{} Spring Break Camp"],
    "club": ["{} Club", "After-School {} Club"],
    "competition": ["{} Challenge", "{} Competition", "{} Team"],
    "course": ["Intro to {}", "{} Course", "{} Academy"],
    "dual-credit": ["{} Dual-Credit Class", "College {} for High School"],
    "workshop": ["{} Workshop", "Saturday {} Workshop"],
    "career-event": ["{} Career Fair", "{} Career Night"],
    "college-visit": ["{} College Visit", "{} Campus Day"],
    "family-event": ["Family {} Night", "{} Family Day"],
}
assert sorted(KINDS) == sorted(TYPES)

# Words of a field, mixed into the text of its topics' programs and partners.
FIELDS = {
    "make": "machines parts fixtures prototype shop drawings assembly motors gears metals "
            "sensors circuits",
    "health": "patients clinic medicine anatomy doctors health therapy blood heart hospital "
              "wellness injuries",
    "science": "experiments microscope cells samples chemistry data lab research specimens "
               "hypothesis scientists evidence",
    "computing": "code software computers apps networks programming algorithms debugging "
                 "websites servers databases logic",
    "air": "aircraft flight pilots wings engines airport hangar navigation satellites orbit "
           "launch altitude",
    "build": "buildings framing blueprints concrete lumber jobsite crews roofing wiring trades "
             "measurements power",
    "sea": "boats vessels harbor ocean tides dock ships deck fishing salmon port shoreline",
    "earth": "energy solar climate streams watershed habitat recycling forests wildlife soil "
             "water rivers",
    "food": "farm crops food orchards greenhouse livestock tractors harvest dairy seeds "
            "irrigation kitchen",
    "media": "video cameras editing animation audio graphics storytelling sound film lighting "
             "studio scripts",
    "money": "budget customers startup pitch sales accounting banking business spreadsheet "
             "investors prices profit",
}
FIELDS = {k: v.split() for k, v in FIELDS.items()}

# 163 topics and their fields.
TOPICS = [(name, field) for field, names in {
    "make": "Robotics;Underwater Robotics;Competitive Robotics;Robotics and Automation;"
            "CNC Machining;Welding;Pipe Welding;Mechanical Engineering;Electrical Engineering;"
            "Electronics;Circuit Design;3D Printing;CAD Design;Manufacturing;Precision Machining;"
            "Industrial Automation;Mechatronics;Engineering Design;Materials Science;"
            "Metal Fabrication;Product Design;Chemical Engineering;Woodworking;Makerspace",
    "health": "Nursing;Nursing Assistant;Hospital;Medical Careers;Anatomy and Physiology;"
              "Pharmacy;Dental Careers;Emergency Medicine;Sports Medicine;Physical Therapy;"
              "Biomedical Science;Public Health;Veterinary Science;Medical Imaging;"
              "Mental Health Careers;Medical Assisting;Health Sciences;Paramedic Training",
    "science": "Marine Biology;Cell Biology;Biotechnology;Forensic Science;Chemistry;Physics;"
               "Astronomy;Genetics;Neuroscience;Microbiology;Lab Science;Science Fair;"
               "Math Circle;Statistics;Math Olympiad",
    "computing": "Cybersecurity;Coding;Python Programming;Web Development;App Development;"
                 "Game Design;Data Science;Artificial Intelligence;Machine Learning;"
                 "Computer Science;Computer Networking;Cloud Computing;Scratch Coding;"
                 "Computer Repair;IT Support;Ethical Hacking;Database Design;Digital Forensics",
    "air": "Aerospace Engineering;Aviation;Drone Piloting;Rocketry;Model Rocketry;"
           "Aircraft Maintenance;Flight Simulation;Space Science;Satellite Design;Avionics;"
           "Air Traffic Control;Aerospace Manufacturing",
    "build": "Carpentry;Construction Trades;Electrical Trades;Plumbing;HVAC;Architecture;"
             "Bridge Design;Surveying;Heavy Equipment;Green Building;Masonry;Sheet Metal;"
             "Civil Engineering;Construction Management",
    "sea": "Maritime Careers;Boat Building;Marine Technology;Oceanography;Fisheries Science;"
           "Shipyard;Marine Mechanics;Port Operations;Coastal Science;Tide Pool Science;"
           "Salmon Ecology;Ocean Engineering",
    "earth": "Solar Energy;Wind Energy;Renewable Energy;Water Quality;Environmental Science;"
             "Climate Science;Watershed Science;Forestry;Wildlife Biology;Field Ecology;"
             "Recycling and Waste;Geology;Earthquake Science;Soil Science;Electric Vehicles;"
             "Energy Efficiency",
    "food": "Agriculture;Food Science;Horticulture;Greenhouse Growing;Dairy Science;"
            "Farm Mechanics;Culinary Science;Beekeeping;Aquaculture;Plant Science;Urban Farming;"
            "Agricultural Technology",
    "media": "Video Production;Animation;Podcasting;Graphic Design;Photography;Filmmaking;"
             "Audio Engineering;Digital Art;Music Technology;Virtual Reality;Data Journalism;"
             "UX Design",
    "money": "Entrepreneurship;Financial Literacy;Accounting;Business Analytics;Marketing;"
             "Supply Chain;Economics;Investing;Banking Careers;Logistics",
}.items() for name in names.split(";")]
assert len(TOPICS) == len({t for t, _ in TOPICS}) == 163, len(TOPICS)

# Ordinary words, most common first: a text's k-th word is drawn with weight 1/rank.
COMMON = """students learn week work team day school program skills projects build time teens help
local new first hands real meet explore class free summer group tools community families mentors
college questions try practice youth careers see make start share talk find bring open join
session ideas plan design test apply space people job future friends fun world problem year
spend small use lunch morning afternoon end pay grade home guest experts visit working safety
staff learning create solve teams materials online support cost days basics show parents
instructors partners goal idea step steps trip equipment ready hour hours tour
problems every last great good best field simple real-world meet-up skills-based hand
together chance path paths different choose finish presentation final showcase feedback
certificate credit credits interest interests hear speakers panel leaders engineers
technicians workers professionals industry company companies employers area region county
city neighborhood library center campus classroom room building lunchtime snacks transportation
bus schedule weekday weekdays weekend weekends evening evenings break month months spring fall
winter season seasons deadline application form interview teacher teachers counselor counselors
parent guardian family adult adults kids middle high younger older age ages beginner
beginners experience needed required welcome everyone anyone nobody questions answers notes
journal notebook laptop computer phone camera tablet kit kits supplies gear gloves goggles boots
clothes uniform badge award awards prize prizes judges judge score scores round rounds event
events fair fairs night nights outdoor indoor outside inside nearby 
hands-on step-by-step small-group one-on-one mentor coach coaches volunteer volunteers alumni
graduates stories story question answer discuss discussion reflect review check checks
measure record records report reports sketch sketches model models map maps plans goals
confidence teamwork leadership communication creativity curiosity problem-solving patience
focus care pride respect trust honest careful quick slow steady busy quiet loud bright clear
strong safe healthy useful practical basic advanced modern classic famous rare
common whole half full empty extra early late soon often always never sometimes usually""".split()
COMMON = list(dict.fromkeys(COMMON))
# Words English needs in every sentence, drawn apart (generate.py's FUNCTION_SHARE of tokens).
FUNCTION = """the and to a of in for with you your on at will from are is how we our as by this
that can or all each who what about into more their they be have an up out""".split()
SMALL = {"and", "to", "for", "of", "the"}
ORGS = ("Center;Institute;Society;Club;Alliance;Lab;Academy;Works;Association;Partners;"
        "Foundation;Collective").split(";")
PLACES = ("Community College;School District;Public Library;Boys and Girls Club;YMCA;"
          "Rotary Club;Chamber of Commerce;Science Center;Technical College;Medical Center;"
          "Port Authority;Parks Department").split(";")
# Keywords a program may carry besides its topic (for word search).
TAGS = ("robotics;block coding;Python;3D printing;CAD;welding;CNC;electronics;soldering;drones;"
        "rocketry;marine biology;water quality;soil science;nursing;anatomy;lab safety;"
        "data science;web design;game design;cybersecurity;solar power;wind energy;carpentry;"
        "electrical trades;aviation;bridge design;podcasting;video editing;budgeting").split(";")
REGIONS = ["north", "south", "east", "west", "central"]
FOCUS = ("girls students-of-color low-income rural first-generation english-learners "
         "students-with-disabilities foster-youth housing-insecure").split()
# Real ZIP codes of Skagit, Snohomish and King counties (Washington), with their towns, so that
# distance search has real centroids (each checked with zipcodes.matching).
ZIPS = {
    "98273": "Mount Vernon", "98274": "Mount Vernon", "98233": "Burlington",
    "98284": "Sedro-Woolley", "98237": "Concrete", "98238": "Conway", "98221": "Anacortes",
    "98232": "Bow", "98201": "Everett", "98203": "Everett", "98204": "Everett",
    "98208": "Everett", "98223": "Arlington", "98258": "Lake Stevens", "98270": "Marysville",
    "98271": "Marysville", "98290": "Snohomish", "98292": "Stanwood", "98001": "Auburn",
    "98002": "Auburn", "98004": "Bellevue", "98011": "Bothell", "98012": "Bothell",
    "98020": "Edmonds", "98021": "Bothell", "98026": "Edmonds", "98027": "Issaquah",
    "98028": "Kenmore", "98029": "Issaquah", "98031": "Kent", "98032": "Kent",
    "98033": "Kirkland", "98034": "Kirkland", "98036": "Lynnwood", "98037": "Lynnwood",
    "98038": "Maple Valley", "98042": "Kent", "98043": "Mountlake Terrace", "98052": "Redmond",
    "98053": "Redmond",
}

TOWNS = sorted(set(ZIPS.values())) + ["Skagit Valley", "North Sound", "Cascade", "Puget Sound",
                                       "Salish Sea", "Evergreen"]
