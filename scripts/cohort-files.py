#!/usr/bin/env python3
"""Writes a synthetic cohort of N students as CSV and as a Common Transfer File (the same students
in both), for the import benchmark (BENCHMARKS.md, "Importing students"). Usage:
    scripts/cohort-files.py N OUT_DIR [SEED]
Names, dates, years, postcodes (real NE/M/B districts' sector centroids are not needed: full
postcode strings in districts the bundled table knows), FSM, SEN and columns a MIS adds."""
import random
import sys

LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
FORENAMES = ["Aisha", "Ben", "Chloe", "Daniel", "Ella", "Farhan", "Grace", "Harry", "Isla", "Jack", "Kacper", "Layla", "Zofia"]
SURNAMES = ["Ahmed", "Bell", "Charlton", "Dixon", "Elliott", "Khan", "Lee", "Nowak", "Okafor", "Patel", "Smith", "O'Neill"]
POSTCODES = ["NE1 4ST", "NE15 6AF", "NE4 7AF", "M1 1AE", "B1 1BB", "LS1 4DY", "SW1A 1AA", "CF10 1EP", "BS1 4DJ", "L1 8JQ"]


def upn(index):
    # LA (3 digits), establishment (4), year of allocation (2), serial (3): unique for index < 10^9.
    rest = f"{800 + index // 10_000_000 % 100:03d}{index // 1000 % 10000:04d}{(index // 10 ** 7) % 100:02d}{index % 1000:03d}"
    return LETTERS[sum(int(c) * (i + 2) for i, c in enumerate(rest)) % 23] + rest


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    students = []
    for index in range(count):
        year = 7 + index % 7
        students.append({
            "upn": upn(index), "surname": rng.choice(SURNAMES), "forename": rng.choice(FORENAMES),
            "dob": f"{2026 - year - 5 + (1 if rng.random() < 0.6 else 0)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "year": year, "fsm": rng.random() < 0.3, "sen": rng.choice("NNNNNNNKKE"), "postcode": rng.choice(POSTCODES),
        })
    with open(f"{out}/cohort.csv", "w") as csv:
        csv.write("UPN,Legal Surname,Forename,DOB,NC Year Actual,FSM Eligible,SEN Status,Postcode,Gender,Reg Group\n")
        for s in students:
            surname = f'"{s["surname"]}"' if "'" in s["surname"] else s["surname"]
            csv.write(f'{s["upn"]},{surname},{s["forename"]},{s["dob"]},{s["year"]},{"Y" if s["fsm"] else "N"},{s["sen"]},{s["postcode"]},F,{s["year"]}A\n')
    with open(f"{out}/cohort.xml", "w") as ctf:
        ctf.write('<?xml version="1.0" encoding="UTF-8"?>\n<CTfile><Header><DocumentName>Common Transfer File</DocumentName>'
                  "<CTFversion>21.0</CTFversion><DocumentQualifier>full</DocumentQualifier>"
                  "<SourceSchool><LEA>391</LEA><Estab>6905</Estab><SchoolName>Bench School</SchoolName></SourceSchool></Header>\n<CTFpupilData>\n")
        for s in students:
            surname = s["surname"].replace("'", "&apos;")
            fsm = ("<FSMhistory><FSMinstance><FSMstartDate>2022-09-01</FSMstartDate><UKcountry>ENG</UKcountry></FSMinstance></FSMhistory>"
                   if s["fsm"] else "")
            ctf.write(f'<Pupil><UPN>{s["upn"]}</UPN><Surname>{surname}</Surname><Forename>{s["forename"]}</Forename>'
                      f'<DOB>{s["dob"]}</DOB><Sex>F</Sex><BasicDetails><NCyearActual>{s["year"]}</NCyearActual><EnrolStatus>C</EnrolStatus>'
                      f'</BasicDetails>{fsm}<SENhistory><SEN><StartDate>2020-09-01</StartDate><SENprovision>{s["sen"]}</SENprovision></SEN>'
                      f'</SENhistory><Address><BS7666Address><Street>1 High Street</Street></BS7666Address><PostCode>{s["postcode"]}</PostCode>'
                      f'</Address><Contacts><Contact><Surname>{surname}</Surname><Address><PostCode>ZZ1 1ZZ</PostCode></Address></Contact></Contacts></Pupil>\n')
        ctf.write("</CTFpupilData></CTfile>\n")


main()
